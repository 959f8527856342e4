//! One module file: front matter + Markdown body -> [`Module`].

use super::audience::Audience;
use super::diagnostic::{Code, Diagnostic, Parsed};
use super::document::{self, Block};
use super::front_matter;
use super::kinds::{self, section, Ctx, Items};

/// Declares [`Kind`] from one table: each kind's variant and the word
/// trainers write after `soort:`. [`Kind::ALL`] and [`Kind::code`] come from
/// the same lines, so a new kind cannot be left out of either (a list next
/// to the enum could fall out of step without the compiler noticing).
macro_rules! kinds {
    ($($(#[$doc:meta])* $variant:ident => $code:literal,)*) => {
        /// What kind of activity a module is; decides which player shows it.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
        pub enum Kind {
            $($(#[$doc])* $variant,)*
        }

        impl Kind {
            /// Every kind, in the order the studio offers their templates.
            pub const ALL: &'static [Kind] = &[$(Kind::$variant),*];

            /// The word trainers write after `soort:`.
            pub fn code(self) -> &'static str {
                match self {
                    $(Kind::$variant => $code,)*
                }
            }
        }
    };
}

kinds! {
    /// Questions with feedback (`quiz`).
    Quiz => "quiz",
    /// Pages of text with knowledge checks (`les`).
    Lesson => "les",
    /// "Signaal of niet?" card deck (`kaarten`).
    Cards => "kaarten",
    /// Branching story (`scenario`).
    Scenario => "scenario",
    /// Find the signals in a picture (`scene`).
    Scene => "scene",
    /// Youth mission (`missie`).
    Mission => "missie",
}

impl Kind {
    /// Looks a kind up by the word trainers write.
    pub fn from_code(code: &str) -> Option<Kind> {
        let code = code.trim().to_lowercase();
        let code = if code == "scène" { "scene" } else { code.as_str() };
        Kind::ALL.iter().copied().find(|k| k.code() == code)
    }
}

/// A parsed module. Fields are filled as far as the file allowed; check the
/// diagnostics before trusting it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Module {
    /// Path of the file in `content/` without `.md`: unique by construction,
    /// and the key for routes and progress.
    pub id: String,
    /// `titel:`
    pub title: String,
    /// `soort:`; lesson when missing or unknown (an error is reported).
    pub kind: Kind,
    /// `doelgroep:`
    pub audience: Option<Audience>,
    /// `duur:` in minutes.
    pub minutes: Option<u32>,
    /// `slaaggrens:` in percent.
    pub pass_mark: Option<u32>,
    /// `toetsvragen:` how many questions of a larger test pool one attempt
    /// asks; every question when not set.
    pub test_size: Option<u32>,
    /// `omschrijving:` one sentence for the catalogue.
    pub summary: Option<String>,
    /// `afbeelding:` the picture of a scene, relative to this file.
    pub image: Option<String>,
    /// The whole body as a document, for pages that show it as text.
    pub body: Vec<Block>,
    /// Text before the first `##` for the start page of kinds whose items
    /// do not show it themselves (quiz, cards): the trainer's introduction
    /// is never dropped. See [`kinds::start_text`].
    pub intro: Vec<Block>,
    /// The body read as items of this module's kind.
    pub items: Items,
    /// Trainer notes by item id, for presenter mode only; removed from
    /// `body` and `items`.
    pub notes: super::notes::Notes,
}

const KNOWN_KEYS: [&str; 8] = ["titel", "soort", "doelgroep", "duur", "slaaggrens", "toetsvragen", "omschrijving", "afbeelding"];

/// What a list of modules shows about each one before it is opened. The
/// build writes them for every shipped module to `content/modules.json`
/// (from the checker's report), so a list costs one small file instead of
/// every module of the audience on every visit. Shipped measurement sets
/// are listed too, under their id (`meting/inwoner`), so the audience page
/// knows whether to invite the learner to one.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Facts {
    /// `duur:` in minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<u32>,
    /// `omschrijving:`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
}

/// Reads `content/modules.json` (module id -> facts). Anything unreadable
/// gives an empty map: the lists then show titles only.
pub fn read_facts(json: &str) -> std::collections::BTreeMap<String, Facts> {
    serde_json::from_str(json).unwrap_or_default()
}

/// What `content/modules.json` says of one module that only its own page
/// needs. Not fields of [`Facts`]: the lists of modules read those on the
/// first visit, and every byte there counts against its budget.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Listing {
    /// The languages of its translations that passed the check (`talen`).
    pub languages: Vec<String>,
    /// Its kind (`kind`, the `soort:` code): known before the module itself
    /// has arrived, so the page can fetch its player's code alongside.
    pub kind: Option<Kind>,
}

/// Reads module `id`'s [`Listing`] from `content/modules.json`; an empty one
/// when the file or the entry cannot be read.
pub fn read_listing(json: &str, id: &str) -> Listing {
    #[derive(serde::Deserialize)]
    struct Listed {
        #[serde(default)]
        talen: Vec<String>,
        #[serde(default)]
        kind: Option<String>,
    }
    serde_json::from_str::<std::collections::BTreeMap<String, Listed>>(json)
        .ok()
        .and_then(|mut all| all.remove(id))
        .map(|l| Listing { languages: l.talen, kind: l.kind.as_deref().and_then(Kind::from_code) })
        .unwrap_or_default()
}

/// Parses one module file. `id` is its path in `content/` without `.md`.
pub fn parse_module(id: &str, src: &str) -> Parsed<Module> {
    finish_module(read_module(id, src), src)
}

/// A module file read up to its blocks: the first half of [`parse_module`].
/// In two halves so the app can let the browser breathe in between when a
/// file is huge (issue 20: a 2 000-question quiz, 890 KB, is two tasks of
/// about 160 and 60-100 ms at 4x CPU slowdown instead of one over 500 ms).
#[derive(Debug)]
pub struct ReadModule {
    id: String,
    title: String,
    kind: Kind,
    audience: Option<Audience>,
    minutes: Option<u32>,
    pass_mark: Option<u32>,
    test_size: Option<u32>,
    test_size_span: Option<std::ops::Range<usize>>,
    summary: Option<String>,
    image: Option<String>,
    body: Vec<Block>,
    has_front_matter: bool,
    diags: Vec<Diagnostic>,
}

/// The first half of [`parse_module`]: front matter and Markdown.
pub fn read_module(id: &str, src: &str) -> ReadModule {
    let mut diags = Vec::new();
    super::encoding::report_not_utf8(src, &mut diags);
    let fm = front_matter::parse(src, &mut diags);
    let fm_end = fm.body_start.min(src.len());

    for f in &fm.fields {
        if !KNOWN_KEYS.contains(&f.key.as_str()) {
            diags.push(Diagnostic::new(Code::FrontMatterUnknownKey, f.span.clone(), format!("'{}' kent de app niet.", f.key)));
        }
    }
    let title = match fm.get("titel") {
        Some(f) if !f.value.is_empty() => f.value.clone(),
        Some(f) => {
            diags.push(Diagnostic::new(Code::TitleMissing, f.span.clone(), "De titel is leeg."));
            String::new()
        }
        None if fm.fields.is_empty() && diags.iter().any(|d| d.code == Code::FrontMatterMissing) => String::new(),
        None => {
            diags.push(Diagnostic::new(Code::TitleMissing, 0..0, "Deze module heeft geen titel."));
            String::new()
        }
    };
    let has_front_matter = !diags.iter().any(|d| d.code == Code::FrontMatterMissing);
    let kind = match fm.get("soort") {
        Some(f) => Kind::from_code(&f.value).unwrap_or_else(|| {
            diags.push(Diagnostic::new(Code::UnknownKind, f.value_span.clone(), format!("De soort \"{}\" bestaat niet.", f.value)));
            Kind::Lesson
        }),
        None => {
            if has_front_matter {
                diags.push(Diagnostic::new(Code::KindMissing, 0..0, "Er staat niet bij wat voor soort module dit is."));
            }
            Kind::Lesson
        }
    };
    let audience = fm.audience(has_front_matter, "Er staat niet bij voor wie deze module is.", &mut diags);
    let minutes = fm.number("duur", 600, &mut diags);
    let pass_mark = fm.number("slaaggrens", 100, &mut diags);
    let test_size = fm.number("toetsvragen", 1000, &mut diags).filter(|n| *n > 0);
    let test_size_span = fm.get("toetsvragen").map(|f| f.value_span.clone());
    let summary = fm.get("omschrijving").map(|f| f.value.clone()).filter(|s| !s.is_empty());

    front_matter::report_misplaced(src, fm_end, &mut diags);
    let image = fm.get("afbeelding").map(|f| f.value.clone()).filter(|s| !s.is_empty());
    check_indentation(src, fm_end, &mut diags);
    let body_src = src.get(fm_end..).unwrap_or("");
    let body = document::parse_body(body_src, fm_end, &mut diags);
    if body.is_empty() && has_front_matter {
        diags.push(Diagnostic::new(Code::EmptyBody, fm_end..fm_end, "Deze module heeft nog geen inhoud."));
    }
    ReadModule {
        id: id.to_string(),
        title,
        kind,
        audience,
        minutes,
        pass_mark,
        test_size,
        test_size_span,
        summary,
        image,
        body,
        has_front_matter,
        diags,
    }
}

/// The second half of [`parse_module`]: what the blocks mean for the
/// module's kind, and every check on the whole. `src` is the file `read` came from.
pub fn finish_module(read: ReadModule, src: &str) -> Parsed<Module> {
    let ReadModule { id, title, kind, audience, minutes, pass_mark, test_size, test_size_span, summary, image, body, has_front_matter, mut diags } =
        read;
    // Here rather than in the first half: the Markdown parser's half is the
    // heavier one, and the two should be about even.
    let body = demote_stray_titles(kind, body, has_front_matter, &mut diags);
    let (body, notes) = super::notes::extract(body);
    let (intro, sections) = section::split(body.clone());
    let start_text = kinds::start_text(kind, &intro);
    let items = kinds::parse_items(kind, Ctx { src, intro, sections, diags: &mut diags, image: image.as_deref() });
    if let (Some(size), Some(span)) = (test_size, test_size_span) {
        check_test_size(&items, size, span, &mut diags);
    }
    diags.sort_by_key(|d| d.span.start);
    dedupe_per_line(src, &mut diags);
    Parsed {
        value: Module { id, title, kind, audience, minutes, pass_mark, test_size, summary, image, body, intro: start_text, items, notes },
        diagnostics: diags,
    }
}

/// `toetsvragen:` only means something for a lesson with a `# Toets` that
/// has more questions than that.
fn check_test_size(items: &Items, size: u32, span: std::ops::Range<usize>, diags: &mut Vec<Diagnostic>) {
    let pool = match items {
        Items::Lesson(l) => l.test.len(),
        Items::Quiz(_) | Items::Cards(_) | Items::Scene(_) | Items::Scenario(_) | Items::Mission(_) => 0,
    };
    let message = if pool == 0 {
        "'toetsvragen' werkt alleen in een les met een toets (# Toets). Hier doet het niets.".to_string()
    } else if size as usize > pool {
        format!("Eén poging stelt {size} vragen, maar de toets heeft er maar {pool}. Elke poging stelt nu alle {pool} vragen.")
    } else {
        return;
    };
    diags.push(Diagnostic::new(Code::TestSize, span, message));
}

/// A `#` heading is a marker in two places only: `# Toets` in a lesson and
/// `# Voor de leerkracht` in a mission. Anywhere else it is a trainer who
/// wrote `#` for a page (the most likely slip, since Word and most editors
/// call it "Kop 1"): read it as the `##` page it was meant to be, and say so,
/// instead of letting it swallow everything after it. Without front matter
/// that error is the one to fix first, so this one stays silent.
fn demote_stray_titles(kind: Kind, body: Vec<Block>, warn: bool, diags: &mut Vec<Diagnostic>) -> Vec<Block> {
    let marker = match kind {
        Kind::Lesson => Some("toets"),
        Kind::Mission => Some("leerkracht"),
        Kind::Quiz | Kind::Cards | Kind::Scene | Kind::Scenario => None,
    };
    body.into_iter()
        .map(|block| match block {
            Block::Heading { level: 1, content, id, classes, span } => {
                let text = document::plain_text(&content);
                let is_marker = marker.is_some_and(|m| text.to_lowercase().contains(m));
                if !is_marker && warn {
                    diags.push(Diagnostic::new(
                        Code::TopHeading,
                        span.clone(),
                        format!("\"{}\" heeft één # en wordt nu als pagina met ## gelezen.", text.trim()),
                    ));
                }
                Block::Heading { level: if is_marker { 1 } else { 2 }, content, id, classes, span }
            }
            other => other,
        })
        .collect()
}

/// The same kind of problem twice on one line (`<b>` and `</b>`) is one
/// thing for a trainer to fix: keep the first.
fn dedupe_per_line(src: &str, diags: &mut Vec<Diagnostic>) {
    let index = super::LineIndex::new(src);
    let mut seen = std::collections::HashSet::new();
    diags.retain(|d| seen.insert((d.code, index.line_col(src, d.span.start).line)));
}

/// A tab in the indentation of a list line counts as four spaces in
/// Markdown, which silently moves an answer's feedback under the wrong
/// option (or out of the list). Warn once per line.
fn check_indentation(src: &str, from: usize, diags: &mut Vec<Diagnostic>) {
    let mut pos = from;
    for line in src.get(from..).unwrap_or("").split_inclusive('\n') {
        let indent: &str = &line[..line.len() - line.trim_start_matches([' ', '\t']).len()];
        let rest = line.trim_start_matches([' ', '\t']);
        let structural = rest.starts_with(['-', '*', '+', '>']) || rest.starts_with(|c: char| c.is_ascii_digit());
        if indent.contains('\t') && structural {
            diags.push(Diagnostic::new(Code::TabIndent, pos..pos + indent.len(), "Deze regel springt in met een tab."));
        }
        pos += line.len();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "---\ntitel: Wat is ondermijning?\nsoort: les\ndoelgroep: medewerker\nduur: 15\n---\n\n## Welkom\n\nTekst.\n";

    /// The fixes that list what a trainer may write are prose, so no match
    /// keeps them complete: this does, for a new kind, audience or key.
    #[test]
    fn the_fixes_name_every_kind_audience_and_key() {
        for kind in Kind::ALL {
            assert!(Code::UnknownKind.help().contains(kind.code()), "F-SOORT-001 does not name '{}'", kind.code());
        }
        for audience in Audience::ALL {
            assert!(Code::UnknownAudience.help().contains(audience.code()), "F-DOELGROEP-001 does not name '{}'", audience.code());
        }
        for key in KNOWN_KEYS {
            assert!(Code::FrontMatterUnknownKey.help().contains(key), "F-VOORBLAD-004 does not name '{key}'");
        }
    }

    #[test]
    fn a_good_module_parses_cleanly() {
        let p = parse_module("medewerker/wat-is", GOOD);
        assert_eq!(p.diagnostics, vec![]);
        assert_eq!(p.value.title, "Wat is ondermijning?");
        assert_eq!(p.value.kind, Kind::Lesson);
        assert_eq!(p.value.audience, Some(Audience::Staff));
        assert_eq!(p.value.minutes, Some(15));
        assert_eq!(p.value.body.len(), 2);
    }

    #[test]
    fn a_listing_is_read_leniently() {
        let json = r#"{"inwoner/a":{"minutes":10,"kind":"les","talen":["en","pl"]},"inwoner/b":{"minutes":5,"kind":"scene"},"meting/inwoner":{}}"#;
        assert_eq!(read_listing(json, "inwoner/a"), Listing { languages: vec!["en".into(), "pl".into()], kind: Some(Kind::Lesson) });
        assert_eq!(read_listing(json, "inwoner/b"), Listing { languages: Vec::new(), kind: Some(Kind::Scene) });
        assert_eq!(read_listing(json, "meting/inwoner"), Listing::default());
        assert_eq!(read_listing(json, "inwoner/c"), Listing::default());
        assert_eq!(read_listing(r#"{"inwoner/a":{"kind":"onbekend"}}"#, "inwoner/a").kind, None);
        assert_eq!(read_listing("<html>niet gevonden</html>", "inwoner/a"), Listing::default());
    }

    #[test]
    fn facts_are_read_leniently() {
        let f = read_facts(r#"{"inwoner/a":{"minutes":10,"summary":"Kort."},"inwoner/b":{}}"#);
        assert_eq!(f["inwoner/a"], Facts { minutes: Some(10), summary: Some("Kort.".into()) });
        assert_eq!(f["inwoner/b"], Facts::default());
        // A catalogue with translations reads as before (`talen` is read
        // by the module page only, see read_listing).
        let f = read_facts(r#"{"inwoner/a":{"minutes":10,"talen":["en","pl"]}}"#);
        assert_eq!(f["inwoner/a"].minutes, Some(10));
        assert!(read_facts("<html>niet gevonden</html>").is_empty());
        assert!(read_facts(r#"{"a": 3}"#).is_empty());
    }

    #[test]
    fn an_introduction_is_shown_by_every_kind() {
        let intro = |kind: &str, body: &str| {
            let src = format!("---\ntitel: T\nsoort: {kind}\ndoelgroep: inwoner\nafbeelding: a.svg\n---\n\nEén signaal bewijst niets.\n\n{body}");
            let m = parse_module("inwoner/t", &src).value;
            let own = format!("{:?}", m.items).contains("Eén signaal bewijst niets");
            let start = document::plain_text_blocks(&m.intro).contains("Eén signaal bewijst niets");
            (own, start)
        };
        // Shown once: on the start page, or by the kind's own first page.
        assert_eq!(intro("quiz", "## V\n\n- [x] a\n  > j\n- [ ] b\n  > n\n"), (false, true));
        assert_eq!(intro("kaarten", "- [x] Kaart\n  > uitleg\n"), (false, true));
        assert_eq!(intro("les", "## P\n\nTekst.\n"), (true, false));
        assert_eq!(intro("scenario", "## Begin\n\n- [Verder](#eind)\n\n## Eind {#eind}\n\nKlaar.\n"), (true, false));
        assert_eq!(intro("scene", "## Deur\n\nplek: 1, 1, 10, 10\nsignaal: ja\n\n> Uitleg.\n"), (true, false));
        assert_eq!(intro("missie", "## Stap\n\nTekst.\n"), (true, false));
        // A deck's cards before the first heading are cards, not introduction.
        let src = "---\ntitel: T\nsoort: kaarten\ndoelgroep: inwoner\n---\n\nLees goed.\n\n- [x] Kaart\n  > uitleg\n";
        let m = parse_module("inwoner/t", src).value;
        assert_eq!(document::plain_text_blocks(&m.intro).trim(), "Lees goed.");
    }

    fn codes(src: &str) -> Vec<Code> {
        parse_module("x", src).diagnostics.into_iter().map(|d| d.code).collect()
    }

    #[test]
    fn each_front_matter_mistake_is_named() {
        assert_eq!(codes("---\nsoort: les\ndoelgroep: inwoner\n---\nx\n"), vec![Code::TitleMissing]);
        assert_eq!(codes("---\ntitel:\nsoort: les\ndoelgroep: inwoner\n---\nx\n"), vec![Code::TitleMissing]);
        assert_eq!(codes("---\ntitel: a\nsoort: film\ndoelgroep: inwoner\n---\nx\n"), vec![Code::UnknownKind]);
        assert_eq!(codes("---\ntitel: a\ndoelgroep: inwoner\n---\nx\n"), vec![Code::KindMissing]);
        assert_eq!(codes("---\ntitel: a\nsoort: les\ndoelgroep: boeren\n---\nx\n"), vec![Code::UnknownAudience]);
        assert_eq!(codes("---\ntitel: a\nsoort: les\n---\nx\n"), vec![Code::AudienceMissing]);
        assert_eq!(codes("---\ntitel: a\nsoort: les\ndoelgroep: inwoner\nduur: tien\n---\nx\n"), vec![Code::BadNumber]);
        assert_eq!(codes("---\ntitel: a\nsoort: les\ndoelgroep: inwoner\nkleur: rood\n---\nx\n"), vec![Code::FrontMatterUnknownKey]);
        assert_eq!(codes("---\ntitel: a\nsoort: les\ndoelgroep: inwoner\n---\n"), vec![Code::EmptyBody]);
        assert_eq!(codes("# Alleen tekst\n"), vec![Code::FrontMatterMissing]);
    }

    #[test]
    fn a_second_settings_block_is_an_error_and_its_text_is_kept() {
        let src = "---\ntitel: a\nsoort: les\ndoelgroep: inwoner\n---\nBegin.\n\n---\nduur: 5\n---\nEind.\n";
        let p = parse_module("x", src);
        assert_eq!(p.diagnostics.iter().map(|d| d.code).collect::<Vec<_>>(), vec![Code::FrontMatterNotAtTop]);
        let text = format!("{:?}", p.value.body);
        assert!(text.contains("Eind.") && text.contains("duur: 5"), "{text}");
    }
}
