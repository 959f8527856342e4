//! `content/SUMMARY.md`: which modules exist, for whom, in which order.
//!
//! Follows mdBook's SUMMARY convention so it reads naturally anywhere:
//!
//! ```text
//! catalogue = [ "#" title ] { paragraph } { audience }
//! audience  = "##" heading "{#" code "}" { paragraph } { track | list }
//! track     = "###" heading list
//! list      = { "-" "[" title "](" path ".md)" }
//! ```
//!
//! The order in the file is the order in the app.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::audience::Audience;
use super::diagnostic::{Code, Diagnostic, Parsed, Span};

/// The whole catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct Catalogue {
    /// Audience sections in file order.
    pub sections: Vec<Section>,
    /// Modules named but not shown in the app: listed under a heading that
    /// is not a valid audience, or with spaces in the file name. Already
    /// reported there, so the check does not also call them unlisted.
    #[serde(skip)]
    pub unplaced: Vec<String>,
}

/// Everything offered to one audience.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Section {
    /// Which audience.
    pub audience: Audience,
    /// Heading text, e.g. "Medewerkers van de gemeente".
    pub title: String,
    /// The paragraph(s) under the heading.
    pub intro: String,
    /// Groups of modules; the first may have no title.
    pub tracks: Vec<Track>,
}

/// A named group of modules within an audience.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Track {
    /// `###` heading, if any.
    pub title: Option<String>,
    /// Modules in order.
    pub entries: Vec<Entry>,
}

/// One module in the catalogue.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Entry {
    /// Link text.
    pub title: String,
    /// Path without `.md`, the module id.
    pub id: String,
    /// Where the link was written, for diagnostics about the file it names.
    /// Only the checker reads it; `preparsed.json` leaves it out.
    #[serde(skip)]
    pub span: Span,
}

impl Catalogue {
    /// The section for `audience`, if the catalogue has one.
    pub fn section(&self, audience: Audience) -> Option<&Section> {
        self.sections.iter().find(|s| s.audience == audience)
    }

    /// Every entry, in order, with its audience.
    pub fn entries(&self) -> impl Iterator<Item = (Audience, &Entry)> {
        self.sections.iter().flat_map(|s| s.tracks.iter().flat_map(move |t| t.entries.iter().map(move |e| (s.audience, e))))
    }

    /// The entry for module `id`.
    pub fn entry(&self, id: &str) -> Option<(Audience, &Entry)> {
        self.entries().find(|(_, e)| e.id == id)
    }

    /// The module after `id` in its audience's list (across its tracks), so
    /// every ending can offer "Volgende module". None after the last one.
    pub fn next_after(&self, id: &str) -> Option<&Entry> {
        let (audience, _) = self.entry(id)?;
        let mut list = self.entries().filter(|(a, _)| *a == audience).map(|(_, e)| e);
        list.by_ref().find(|e| e.id == id)?;
        list.next()
    }
}

/// Turns a link in SUMMARY.md into a module id, or says why it cannot.
pub fn module_id_from_path(dest: &str) -> Result<String, &'static str> {
    let path = dest.trim().trim_start_matches("./");
    if path.contains("://") || path.starts_with(['/', '\\']) || path.contains(':') {
        return Err("de link wijst niet naar een bestand in de map content");
    }
    let Some(stem) = path.strip_suffix(".md") else {
        return Err("de link wijst niet naar een .md-bestand");
    };
    if stem.is_empty() || stem.split(['/', '\\']).any(|seg| seg.is_empty() || seg == "." || seg == "..") {
        return Err("het pad naar het bestand klopt niet");
    }
    let id = stem.replace('\\', "/");
    if !is_module_id(&id) {
        return Err("gebruik in de bestandsnaam alleen letters, cijfers en streepjes, en begin met een letter of cijfer");
    }
    Ok(id)
}

/// The syntax of a module id (its path without `.md`): folders and a file
/// name of letters, digits, spaces, `-`, `_` and `.`, each starting with a letter or
/// digit. Also what an imported progress file may name, so an id like
/// `__proto__` or `../x` never reaches the app.
pub fn is_module_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 200
        && id.split('/').all(|seg| {
            seg.chars().next().is_some_and(|c| c.is_alphanumeric())
                && seg.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | ' '))
                && !seg.contains("..")
        })
}

/// Parses SUMMARY.md. Always returns a catalogue; entries that cannot be
/// placed are reported and left out.
pub fn parse_catalogue(src: &str) -> Parsed<Catalogue> {
    let mut p = CatalogueParser::default();
    super::encoding::report_not_utf8(src, &mut p.diags);
    // Spans stay offsets into `src`, byte-order mark included.
    let text = super::front_matter::without_bom(src);
    let bom = src.len() - text.len();
    for (event, range) in Parser::new_ext(text, Options::ENABLE_HEADING_ATTRIBUTES).into_offset_iter() {
        p.event(event, range.start + bom..range.end + bom);
    }
    Parsed { value: p.cat, diagnostics: p.diags }
}

/// Reads SUMMARY.md events one at a time; one method per grammar rule.
#[derive(Default)]
struct CatalogueParser {
    cat: Catalogue,
    diags: Vec<Diagnostic>,
    /// Text of the heading, paragraph or link being read.
    text: String,
    heading: Option<(HeadingLevel, Option<String>, Span)>,
    link: Option<(String, Span)>,
    item_depth: usize,
    item_had_link: bool,
    /// Inside inline `<script>` or `<style>`: its text is dropped.
    in_script: bool,
    /// True after a `##` heading that names no valid (or a repeated)
    /// audience: entries below it cannot be placed.
    orphaned: bool,
}

impl CatalogueParser {
    fn event(&mut self, event: Event<'_>, range: Span) {
        match event {
            Event::Start(Tag::Heading { level, id, .. }) => {
                self.text.clear();
                self.heading = Some((level, id.map(|s| s.to_string()), range));
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((level, id, span)) = self.heading.take() {
                    self.heading(level, id, span);
                }
            }
            Event::Start(Tag::Item) => {
                self.item_depth += 1;
                self.item_had_link = false;
                self.text.clear();
            }
            Event::End(TagEnd::Item) => {
                self.item_depth = self.item_depth.saturating_sub(1);
                let text = std::mem::take(&mut self.text);
                if let Some(path) = (!self.item_had_link).then(|| spaced_link_target(&text)).flatten() {
                    self.spaces_in_name(path, range);
                } else if !self.item_had_link && !text.trim().is_empty() {
                    self.diags.push(Diagnostic::new(
                        Code::CatalogueBadLink,
                        range,
                        format!("Deze regel is geen link naar een module: \"{}\".", text.trim()),
                    ));
                }
                self.item_had_link = false;
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                self.text.clear();
                self.link = Some((dest_url.to_string(), range));
            }
            Event::End(TagEnd::Link) => {
                if let Some((dest, span)) = self.link.take() {
                    if self.item_depth > 0 {
                        self.item_had_link = true;
                        self.entry(&dest, span);
                    }
                }
                self.text.clear();
            }
            Event::Start(Tag::Paragraph) if self.item_depth == 0 => self.text.clear(),
            Event::End(TagEnd::Paragraph) if self.item_depth == 0 => self.paragraph(range),
            Event::Text(_) | Event::Code(_) if self.in_script => {}
            Event::Text(t) | Event::Code(t) => self.text.push_str(&t),
            Event::SoftBreak | Event::HardBreak => self.text.push(' '),
            Event::Html(h) | Event::InlineHtml(h) => {
                // The text between <script> and </script> is code, not a
                // title: it must not reach a heading or the page title.
                let tag = h.trim_start().to_ascii_lowercase();
                if tag.starts_with("<script") || tag.starts_with("<style") {
                    self.in_script = !tag.contains("</script") && !tag.contains("</style");
                } else if tag.starts_with("</script") || tag.starts_with("</style") {
                    self.in_script = false;
                }
                self.diags.push(Diagnostic::new(Code::RawHtml, range, format!("Hier staat HTML: \"{}\".", h.trim())));
            }
            _ => {}
        }
    }

    fn heading(&mut self, level: HeadingLevel, id: Option<String>, span: Span) {
        let title = std::mem::take(&mut self.text).trim().to_string();
        match level {
            HeadingLevel::H1 => {}
            HeadingLevel::H2 => {
                self.orphaned = true;
                match id.as_deref().map(|code| (code, Audience::from_code(code))) {
                    Some((_, Some(audience))) if self.cat.section(audience).is_some() => {
                        self.diags.push(Diagnostic::new(
                            Code::CatalogueDuplicateAudience,
                            span,
                            format!("De doelgroep '{}' staat al eerder in SUMMARY.md.", audience.code()),
                        ));
                    }
                    Some((_, Some(audience))) => {
                        self.orphaned = false;
                        self.cat.sections.push(Section { audience, title, intro: String::new(), tracks: Vec::new() });
                    }
                    Some((code, None)) => {
                        self.diags.push(Diagnostic::new(Code::CatalogueBadAudience, span, format!("\"{code}\" is geen doelgroep.")))
                    }
                    None => self.diags.push(Diagnostic::new(
                        Code::CatalogueBadAudience,
                        span,
                        format!("Bij het kopje \"{title}\" staat niet voor welke doelgroep het is."),
                    )),
                }
            }
            _ => {
                if let Some(section) = self.current() {
                    section.tracks.push(Track { title: Some(title), entries: Vec::new() });
                }
            }
        }
    }

    fn paragraph(&mut self, span: Span) {
        let text = std::mem::take(&mut self.text).trim().to_string();
        if text.is_empty() {
            return;
        }
        let before_any_section = self.cat.sections.is_empty() && !self.orphaned;
        match self.current() {
            // Only text right under the audience heading is its intro.
            Some(section) if section.tracks.is_empty() => {
                if !section.intro.is_empty() {
                    section.intro.push(' ');
                }
                section.intro.push_str(&text);
            }
            None if before_any_section => {} // intro of the whole file
            _ => self.diags.push(Diagnostic::new(Code::CatalogueStrayText, span, "Deze tekst staat tussen de modules en wordt niet getoond.")),
        }
    }

    fn entry(&mut self, dest: &str, span: Span) {
        // `%20` is how some editors write a space in a link; it is the same
        // file name with spaces as the line Markdown reads no link in.
        if dest.contains("%20") {
            self.text.clear();
            self.spaces_in_name(&dest.replace("%20", " "), span);
            return;
        }
        let title = std::mem::take(&mut self.text).trim().to_string();
        let id = match module_id_from_path(dest) {
            Ok(id) => id,
            Err(why) => {
                self.diags.push(Diagnostic::new(Code::CatalogueBadLink, span, format!("Bij \"{title}\": {why} (\"{dest}\").")));
                return;
            }
        };
        if self.cat.entry(&id).is_some() {
            self.diags.push(Diagnostic::new(Code::CatalogueDuplicateModule, span, format!("Het bestand \"{dest}\" staat al eerder in SUMMARY.md.")));
            return;
        }
        if self.orphaned {
            // The heading above was already reported; one error is enough.
            self.cat.unplaced.push(id);
            return;
        }
        let Some(section) = self.current() else {
            self.diags.push(Diagnostic::new(
                Code::CatalogueEntryOutsideAudience,
                span,
                format!("De module \"{title}\" staat niet onder een doelgroep."),
            ));
            self.cat.unplaced.push(id);
            return;
        };
        if section.tracks.is_empty() {
            section.tracks.push(Track { title: None, entries: Vec::new() });
        }
        if let Some(track) = section.tracks.last_mut() {
            track.entries.push(Entry { title, id, span });
        }
    }

    /// Reports the link to `path`, a file name with spaces, and keeps the
    /// file from being called unlisted as well: it is listed, just unreadably.
    fn spaces_in_name(&mut self, path: &str, span: Span) {
        self.diags.push(Diagnostic::new(
            Code::CatalogueSpaceInName,
            span,
            format!(
                "In de bestandsnaam \"{path}\" staan spaties, en dan leest de app de link niet. Noem het bestand bijvoorbeeld \"{}\".",
                without_spaces(path)
            ),
        ));
        let id = path.trim_start_matches("./").strip_suffix(".md").unwrap_or(path);
        self.cat.unplaced.push(id.to_string());
    }

    /// The section entries go into, unless the last `##` was invalid.
    fn current(&mut self) -> Option<&mut Section> {
        if self.orphaned {
            None
        } else {
            self.cat.sections.last_mut()
        }
    }
}

/// The `.md` file a list line like `[Signalen](inwoner/Signalen In Je Straat.md)`
/// points at. Markdown reads no link there: a link target cannot hold spaces.
fn spaced_link_target(line: &str) -> Option<&str> {
    let (_, target) = line.trim().strip_prefix('[')?.split_once("](")?;
    let path = target.strip_suffix(')')?.trim();
    (path.contains(' ') && path.ends_with(".md")).then_some(path)
}

/// `path` as a file name without spaces or capitals, to suggest:
/// "inwoner/Signalen In Je Straat.md" becomes "inwoner/signalen-in-je-straat.md".
fn without_spaces(path: &str) -> String {
    path.split('/').map(|segment| segment.split_whitespace().collect::<Vec<_>>().join("-").to_lowercase()).collect::<Vec<_>>().join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_next_module_stays_within_the_audience_and_crosses_tracks() {
        let cat = parse_catalogue(GOOD).value;
        assert_eq!(cat.next_after("inwoner/vreemd").map(|e| e.id.as_str()), Some("inwoner/meer"));
        assert_eq!(cat.next_after("inwoner/meer"), None, "not into another audience");
        assert_eq!(cat.next_after("jeugd/phishing"), None);
        assert_eq!(cat.next_after("onbekend/x"), None);
    }

    const GOOD: &str = "# Weerbaar\n\nWelkom.\n\n## Inwoners {#inwoner}\n\nVoor iedereen.\n\n- [Vreemde zaken](inwoner/vreemd.md)\n\n### Verdieping\n\n- [Meer](inwoner/meer.md)\n\n## Jeugd {#jeugd}\n\n- [Phishing](./jeugd/phishing.md)\n";

    #[test]
    fn reads_sections_tracks_and_entries_in_order() {
        let p = parse_catalogue(GOOD);
        assert_eq!(p.diagnostics, vec![]);
        let c = p.value;
        assert_eq!(c.sections.len(), 2);
        assert_eq!(c.sections[0].audience, Audience::Residents);
        assert_eq!(c.sections[0].title, "Inwoners");
        assert_eq!(c.sections[0].intro, "Voor iedereen.");
        assert_eq!(c.sections[0].tracks.len(), 2);
        assert_eq!(c.sections[0].tracks[1].title.as_deref(), Some("Verdieping"));
        let ids: Vec<_> = c.entries().map(|(_, e)| e.id.as_str()).collect();
        assert_eq!(ids, ["inwoner/vreemd", "inwoner/meer", "jeugd/phishing"]);
        assert_eq!(c.entry("jeugd/phishing").map(|(a, _)| a), Some(Audience::Youth));
    }

    fn codes(src: &str) -> Vec<Code> {
        parse_catalogue(src).diagnostics.into_iter().map(|d| d.code).collect()
    }

    #[test]
    fn each_catalogue_mistake_is_named() {
        assert_eq!(codes("## Boeren {#boer}\n\n- [a](a.md)\n"), vec![Code::CatalogueBadAudience]);
        assert_eq!(parse_catalogue("## Boeren {#boer}\n\n- [a](a.md)\n").value.unplaced, ["a"]);
        assert_eq!(codes("## Inwoners\n"), vec![Code::CatalogueBadAudience]);
        assert_eq!(codes("## A {#inwoner}\n## B {#inwoner}\n"), vec![Code::CatalogueDuplicateAudience]);
        assert_eq!(codes("- [a](a.md)\n"), vec![Code::CatalogueEntryOutsideAudience]);
        assert_eq!(
            codes("## A {#inwoner}\n- [a](a.txt)\n- [b](https://x.nl/b.md)\n- [c](../c.md)\n- gewoon tekst\n"),
            vec![Code::CatalogueBadLink; 4]
        );
        assert_eq!(codes("## A {#inwoner}\n- [a](a.md)\n- [b](a.md)\n"), vec![Code::CatalogueDuplicateModule]);
        assert_eq!(codes("## A {#inwoner}\n- [a](a.md)\n\nlosse tekst\n"), vec![Code::CatalogueStrayText]);
    }

    #[test]
    fn a_file_name_with_spaces_is_one_clear_error_and_still_counts_as_listed() {
        for line in ["- [Signalen](inwoner/Signalen In Je Straat.md)", "- [Signalen](inwoner/Signalen%20In%20Je%20Straat.md)"] {
            let p = parse_catalogue(&format!("## A {{#inwoner}}\n\n{line}\n"));
            assert_eq!(p.diagnostics.iter().map(|d| d.code).collect::<Vec<_>>(), [Code::CatalogueSpaceInName], "{line}");
            assert_eq!(
                p.diagnostics[0].message,
                "In de bestandsnaam \"inwoner/Signalen In Je Straat.md\" staan spaties, en dan leest de app de link niet. Noem het bestand bijvoorbeeld \"inwoner/signalen-in-je-straat.md\"."
            );
            assert!(!p.diagnostics[0].message.contains("geen link naar een module"));
            assert_eq!(p.value.unplaced, ["inwoner/Signalen In Je Straat"], "{line}");
        }
        // Text in brackets that names no .md file is still just not a link.
        assert_eq!(codes("## A {#inwoner}\n- [Later](komt nog)\n"), [Code::CatalogueBadLink]);
    }
}
