//! Checks a whole content folder: site.md, SUMMARY.md and every module,
//! plus what only shows across files (missing files, modules nobody can
//! reach, pictures that do not exist).
//!
//! Files are read through [`ContentSource`], so the same check runs on the
//! real folder (CLI, tests) and on an in-memory folder (unit tests).

use std::collections::BTreeSet;

use super::catalogue::parse_catalogue;
use super::diagnostic::{Code, Diagnostic, Located, Severity};
use super::document::{walk, Inline};
use super::glossary;
use super::kinds::Items;
use super::module::{parse_module, Module};
use super::paths;
use super::picture;
use super::site::parse_site;
use super::translation;
use super::Audience;
use crate::measure;

/// Read access to a content folder. Paths use `/` and are relative to it.
pub trait ContentSource {
    /// The text of `path`, or `None` if it does not exist or is not text.
    fn read(&self, path: &str) -> Option<String>;
    /// Whether any file exists at `path`.
    fn exists(&self, path: &str) -> bool;
    /// Every `.md` file in the folder, recursively.
    fn markdown_files(&self) -> Vec<String>;
}

/// Files in the content folder that are documentation, not modules.
pub const NOT_MODULES: [&str; 6] = ["SUMMARY.md", "site.md", glossary::FILE, super::statement::FILE, "HANDLEIDING.md", "README.md"];

/// What the checker found.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Report {
    /// Every problem, resolved to file and line, in file order.
    pub problems: Vec<Located>,
    /// Every module that could be read, in catalogue order.
    pub modules: Vec<ModuleSummary>,
    /// Every file of the folder the website may serve: site.md, SUMMARY.md,
    /// the handbook, listed modules and the pictures that passed the check.
    /// The build ships nothing else from the folder.
    pub shipped: Vec<String>,
    /// How many terms the glossary (begrippen.md) explains.
    pub terms: usize,
    /// Every measurement set (`soort: meting`) found in the folder.
    pub measures: Vec<MeasureSummary>,
    /// site.md and SUMMARY.md parsed, when they have no problems; the build
    /// writes this to `content/preparsed.json` for the first visit.
    pub preparsed: super::preparsed::Preparsed,
    /// The parse of every listed module and of the glossary, by file,
    /// `None` when it has problems (the app then parses it itself, to show
    /// them); the build writes each next to its file (`preparsed::json_file`),
    /// `null` included, so no page asks for a file that is not there.
    pub parsed: std::collections::BTreeMap<String, Option<serde_json::Value>>,
}

/// One measurement set in the machine-readable summary.
#[derive(Debug, Clone, serde::Serialize)]
pub struct MeasureSummary {
    /// Path without `.md`.
    pub id: String,
    /// `titel:`
    pub title: String,
    /// `doelgroep:` code, if valid.
    pub audience: Option<&'static str>,
    /// Knowledge items that are paired (before and after).
    pub knowledge: usize,
    /// Willingness statements.
    pub statements: usize,
    /// `duur:` in minutes, for both phases; the audience page states it
    /// when it invites a learner (through `content/modules.json`).
    pub minutes: Option<u32>,
}

/// One module in the machine-readable summary.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ModuleSummary {
    /// Path without `.md`.
    pub id: String,
    /// `titel:`
    pub title: String,
    /// `soort:` code.
    pub kind: &'static str,
    /// `doelgroep:` code, if valid.
    pub audience: Option<&'static str>,
    /// Items counted by kind: pages, questions, options, cards, regions...
    pub items: std::collections::BTreeMap<&'static str, usize>,
    /// Pictures it shows that may be shipped, relative to the folder.
    pub pictures: Vec<String>,
    /// `duur:` and `omschrijving:`, which the build writes to
    /// `content/modules.json` for the lists of modules.
    #[serde(flatten)]
    pub facts: super::module::Facts,
    /// The languages of its translations that passed the check (`en`,
    /// `pl`), in the order of [`translation::LANGUAGES`]; the build writes
    /// them to `content/modules.json` as `talen`.
    #[serde(rename = "talen")]
    pub languages: Vec<&'static str>,
}

impl Report {
    /// Number of problems with `severity`.
    pub fn count(&self, severity: Severity) -> usize {
        self.problems.iter().filter(|p| p.severity == severity).count()
    }
}

/// Checks everything in `src`.
pub fn check(src: &dyn ContentSource) -> Report {
    let preparsed = super::preparsed::Preparsed::build(src.read("site.md").as_deref(), src.read("SUMMARY.md").as_deref());
    let mut report = Report { preparsed, ..Report::default() };
    let add = |report: &mut Report, file: &str, text: &str, diags: Vec<Diagnostic>| {
        report.problems.extend(Located::all(file, text, &diags));
    };

    match src.read("site.md") {
        Some(text) => {
            let site = parse_site(&text);
            let mut diags = site.diagnostics;
            if let Some(logo) = site.value.logo {
                let at = text.find(logo.as_str()).unwrap_or(0);
                let span = at..at + logo.len();
                if !src.exists(&logo) {
                    diags.push(Diagnostic::new(Code::MissingLinkedFile, span, format!("Het logo \"{logo}\" staat niet in de map content.")));
                } else if let Some(why) = picture_problem(src, &logo) {
                    diags.push(Diagnostic::new(Code::UnsafePicture, span, format!("Het logo \"{logo}\" is niet veilig. {why}")));
                } else {
                    report.shipped.push(logo);
                }
            }
            report.shipped.push("site.md".into());
            add(&mut report, "site.md", &text, diags)
        }
        None => add(&mut report, "site.md", "", vec![Diagnostic::new(Code::SiteMissing, 0..0, "Het bestand site.md ontbreekt.")]),
    }

    // The glossary is optional: no file, no explanations, nothing to say.
    // A file with mistakes still ships; the app uses the terms that work.
    if let Some(text) = src.read(glossary::FILE) {
        let parsed = glossary::parse_glossary(&text);
        report.parsed.insert(glossary::FILE.to_string(), super::preparsed::file(&text, &parsed).map(|f| serde_json::to_value(f).unwrap_or_default()));
        report.terms = parsed.value.terms.len();
        add(&mut report, glossary::FILE, &text, parsed.diagnostics);
    }

    // The accessibility statement is optional too (the app has a short one).
    if let Some(text) = src.read(super::statement::FILE) {
        add(&mut report, super::statement::FILE, &text, super::statement::parse_statement(&text).diagnostics);
    }

    let Some(summary_text) = src.read("SUMMARY.md") else {
        add(&mut report, "SUMMARY.md", "", vec![Diagnostic::new(Code::CatalogueMissing, 0..0, summary_missing(src))]);
        return report;
    };
    report.shipped.push("SUMMARY.md".into());
    report.shipped.extend(NOT_MODULES.iter().filter(|f| !matches!(**f, "SUMMARY.md" | "site.md") && src.exists(f)).map(|f| f.to_string()));
    let catalogue = parse_catalogue(&summary_text);
    let mut summary_diags = catalogue.diagnostics.clone();
    if catalogue.value.entries().next().is_none() {
        summary_diags.push(Diagnostic::new(Code::CatalogueEmpty, 0..0, "SUMMARY.md noemt geen enkele module, dus de website blijft leeg."));
    }
    let mut listed = BTreeSet::new();
    // Listed modules as parsed, for comparing their translations.
    let mut originals = std::collections::BTreeMap::new();
    for (audience, entry) in catalogue.value.entries() {
        let file = format!("{}.md", entry.id);
        if let Some((original_file, code)) = translation::split(&file) {
            if translation::language(code).is_some() && src.exists(&original_file) {
                // Checked below as a translation, against its original.
                summary_diags.push(Diagnostic::new(
                    Code::TranslationInCatalogue,
                    entry.span.clone(),
                    format!("\"{file}\" is een vertaling van \"{original_file}\" en geen eigen module."),
                ));
                continue;
            }
        }
        listed.insert(file.clone());
        let Some(text) = src.read(&file) else {
            summary_diags.push(Diagnostic::new(Code::CatalogueMissingFile, entry.span.clone(), format!("Het bestand \"{file}\" bestaat niet.")));
            continue;
        };
        if measure::parse::is_measure(&text) {
            // Checked below as a measurement set, not as a module.
            listed.remove(&file);
            summary_diags.push(Diagnostic::new(
                Code::MeasureInCatalogue,
                entry.span.clone(),
                format!("\"{file}\" is een meting (soort: meting) en geen module."),
            ));
            continue;
        }
        let parsed = parse_module(&entry.id, &text);
        report.parsed.insert(file.clone(), super::preparsed::file(&text, &parsed).map(|f| serde_json::to_value(f).unwrap_or_default()));
        let mut diags = parsed.diagnostics;
        if parsed.value.audience.is_some_and(|a| a != audience) {
            diags.push(Diagnostic::new(
                Code::AudienceMismatch,
                0..0,
                format!("In SUMMARY.md staat deze module bij '{}', maar in het bestand staat een andere doelgroep.", audience.code()),
            ));
        }
        // Measured here, not in the parser: only packages for an LMS need it.
        let fullest = crate::lms::suspend::fullest_len(&parsed.value);
        if fullest > crate::lms::suspend::LIMIT {
            diags.push(Diagnostic::new(
                Code::SuspendTooLarge,
                0..0,
                format!(
                    "Als iemand alles in deze module doet, is de voortgang {fullest} tekens lang. Een leeromgeving (LMS) hoeft er maar {} te bewaren.",
                    crate::lms::suspend::LIMIT
                ),
            ));
        }
        let (linked, pictures) = linked_files(src, &parsed.value, &text);
        diags.extend(linked);
        add(&mut report, &file, &text, diags);
        report.shipped.push(file.clone());
        report.shipped.extend(pictures.iter().cloned());
        report.modules.push(ModuleSummary { pictures, ..summarise(&parsed.value) });
        originals.insert(file.clone(), (parsed.value, text));
    }
    add(&mut report, "SUMMARY.md", &summary_text, summary_diags);

    listed.extend(catalogue.value.unplaced.iter().map(|id| format!("{id}.md")));
    for file in src.markdown_files() {
        if listed.contains(&file) || NOT_MODULES.contains(&file.as_str()) {
            continue;
        }
        let text = src.read(&file).unwrap_or_default();
        if let Some(diags) = check_translation(src, &file, &text, &originals, &mut report) {
            add(&mut report, &file, &text, diags);
            continue;
        }
        if measure::parse::is_measure(&text) {
            let diags = check_measure(&file, &text, &mut report);
            add(&mut report, &file, &text, diags);
            continue;
        }
        add(&mut report, &file, &text, vec![Diagnostic::new(Code::NotInCatalogue, 0..0, format!("\"{file}\" staat niet in SUMMARY.md."))]);
    }
    report.shipped.sort();
    report.shipped.dedup();
    report
}

/// Why there is no SUMMARY.md: a file with the name in other letters
/// (`summary.md`) is named, since the website asks for exactly SUMMARY.md.
fn summary_missing(src: &dyn ContentSource) -> String {
    let missing = "Het bestand SUMMARY.md staat niet in deze map.";
    match src.markdown_files().into_iter().find(|f| f.eq_ignore_ascii_case("SUMMARY.md")) {
        Some(other) => format!("{missing} Er staat wel een bestand \"{other}\": noem het SUMMARY.md, met hoofdletters."),
        None => missing.to_string(),
    }
}

/// Checks `file` as a translation (`x.en.md` next to `x.md`), or `None`
/// when it is not one: its name has no language code, or an unknown code
/// and no original (`notities.oud.md` stays an unlisted module). A
/// translation without errors whose original is listed ships, and its
/// language is added to the original's summary; any other stays off the
/// site, so learners read the Dutch original instead of a translation with
/// other correct answers.
fn check_translation(
    src: &dyn ContentSource,
    file: &str,
    text: &str,
    originals: &std::collections::BTreeMap<String, (Module, String)>,
    report: &mut Report,
) -> Option<Vec<Diagnostic>> {
    let (original_file, code) = translation::split(file)?;
    let language = translation::language(code);
    if NOT_MODULES.contains(&original_file.as_str()) {
        // site.en.md, begrippen.en.md: only modules have translations.
        return language.map(|_| {
            vec![Diagnostic::new(
                Code::TranslationNoOriginal,
                0..0,
                format!("\"{file}\" lijkt een vertaling van \"{original_file}\", maar alleen modules kunnen (nog) vertaald worden."),
            )]
        });
    }
    let unlisted;
    let (original, original_text) = match originals.get(&original_file) {
        Some((m, t)) => (m, t),
        None => match src.read(&original_file) {
            Some(t) if !measure::parse::is_measure(&t) => {
                let id = original_file.strip_suffix(".md").unwrap_or(&original_file);
                unlisted = (parse_module(id, &t).value, t);
                (&unlisted.0, &unlisted.1)
            }
            Some(_) if language.is_some() => {
                return Some(vec![Diagnostic::new(
                    Code::TranslationNoOriginal,
                    0..0,
                    format!("\"{file}\" lijkt een vertaling van de meting \"{original_file}\", maar een meting kan (nog) niet vertaald worden."),
                )]);
            }
            None if language.is_some() => {
                return Some(vec![Diagnostic::new(
                    Code::TranslationNoOriginal,
                    0..0,
                    format!("\"{file}\" is een vertaling, maar het origineel \"{original_file}\" bestaat niet."),
                )]);
            }
            _ => return None,
        },
    };
    let Some(language) = language else {
        return Some(vec![Diagnostic::new(
            Code::TranslationUnknownLanguage,
            0..0,
            format!("\"{file}\" lijkt een vertaling van \"{original_file}\", maar de app kent de taalcode '{code}' niet."),
        )]);
    };
    let parsed = parse_module(&original.id, text);
    let mut diags = parsed.diagnostics;
    diags.extend(translation::compare(original, original_text, &parsed.value, text, language));
    let (linked, pictures) = linked_files(src, &parsed.value, text);
    diags.extend(linked);
    let listed = originals.contains_key(&original_file);
    if listed && !diags.iter().any(|d| d.severity == Severity::Error) {
        report.shipped.push(file.to_string());
        report.shipped.extend(pictures.iter().cloned());
        if let Some(summary) = report.modules.iter_mut().find(|m| m.id == original.id) {
            // Its pictures are the module's: kept offline and packaged with it.
            for picture in pictures {
                if !summary.pictures.contains(&picture) {
                    summary.pictures.push(picture);
                }
            }
            summary.languages.push(language.code);
            summary.languages.sort_by_key(|c| translation::LANGUAGES.iter().position(|l| l.code == *c));
        }
    }
    Some(diags)
}

/// Checks a measurement set (`soort: meting`): its own diagnostics, plus
/// whether it sits where the app looks for it (`meting/<doelgroep>.md`).
/// A set in its place is shipped and summarised.
fn check_measure(file: &str, text: &str, report: &mut Report) -> Vec<Diagnostic> {
    let id = file.strip_suffix(".md").unwrap_or(file);
    let parsed = measure::parse_measure(id, text);
    let mut diags = parsed.diagnostics;
    let m = parsed.value;
    if let Some(audience) = m.audience {
        let expected = measure::parse::path_for(audience);
        if file != expected {
            diags.push(Diagnostic::new(
                Code::MeasurePlace,
                0..0,
                format!("De app zoekt de meting voor '{}' in {expected}, niet in {file}.", audience.code()),
            ));
        } else {
            report.shipped.push(file.to_string());
        }
    }
    report.measures.push(MeasureSummary {
        id: m.id.clone(),
        title: m.title.clone(),
        audience: m.audience.map(Audience::code),
        knowledge: m.knowledge.len(),
        statements: m.statements.len(),
        minutes: m.minutes,
    });
    diags
}

/// What a module points at inside the folder: a picture (`![..](..)` or
/// `afbeelding:`) or a link.
enum Target {
    Picture(String),
    Link(String),
}

/// Checks every file a module points at, and returns the problems plus the
/// pictures that may be shipped with it (present and safe). A link may
/// only lead to another module: any other file opened as a document, an SVG
/// above all, would run with the site's own rights.
fn linked_files(src: &dyn ContentSource, module: &Module, text: &str) -> (Vec<Diagnostic>, Vec<String>) {
    let mut targets = Vec::new();
    if let Some(image) = &module.image {
        targets.push(Target::Picture(image.clone()));
    }
    walk(&module.body, &mut |_| {}, &mut |i| match i {
        Inline::Link { href, .. } => targets.push(Target::Link(href.clone())),
        Inline::Image { src, .. } => targets.push(Target::Picture(src.clone())),
        _ => {}
    });
    let mut diags = Vec::new();
    let mut pictures = Vec::new();
    for target in targets {
        let (Target::Picture(written) | Target::Link(written)) = &target;
        let path = written.split('#').next().unwrap_or("");
        if path.is_empty() || written.contains(':') {
            continue;
        }
        // Point at the first place the target is written.
        let at = text.find(written.as_str()).unwrap_or(0);
        let span = at..at + written.len();
        let Some(resolved) = paths::join(&module.id, path).filter(|p| src.exists(p)) else {
            diags.push(Diagnostic::new(Code::MissingLinkedFile, span, format!("Het bestand \"{written}\" bestaat niet.")));
            continue;
        };
        match target {
            Target::Link(_) if !resolved.ends_with(".md") => diags.push(Diagnostic::new(
                Code::LinkNotModule,
                span,
                format!("De link naar \"{written}\" wijst naar een bestand dat geen module is."),
            )),
            Target::Link(_) => {}
            Target::Picture(_) if !picture::is_picture(&resolved) => {
                diags.push(Diagnostic::new(Code::NotAPicture, span, format!("\"{written}\" is geen afbeelding.")))
            }
            Target::Picture(_) => match picture_problem(src, &resolved) {
                Some(why) => diags.push(Diagnostic::new(Code::UnsafePicture, span, format!("De tekening \"{written}\" is niet veilig. {why}"))),
                None => pictures.push(resolved),
            },
        }
    }
    pictures.dedup();
    (diags, pictures)
}

/// Why the picture at `path` may not be shipped; only SVG can carry code.
fn picture_problem(src: &dyn ContentSource, path: &str) -> Option<String> {
    if !path.to_ascii_lowercase().ends_with(".svg") {
        return None;
    }
    match src.read(path) {
        Some(svg) => picture::svg_problem(&svg),
        None => Some("het bestand is geen leesbare tekst.".into()),
    }
}

fn summarise(m: &Module) -> ModuleSummary {
    use super::count::Count as C;
    let mut counts = std::collections::BTreeMap::new();
    let mut add = |count: C, n: usize| {
        if n > 0 {
            *counts.entry(count).or_default() += n;
        }
    };
    match &m.items {
        Items::Lesson(lesson) => {
            add(C::Pages, lesson.pages.len());
            let checks: Vec<_> = lesson.pages.iter().filter_map(|p| p.check.as_ref()).collect();
            add(C::Checks, checks.len());
            add(C::TestQuestions, lesson.test.len());
            add(C::Questions, checks.len() + lesson.test.len());
            add(C::Answers, checks.iter().copied().chain(lesson.test.iter()).map(|q| q.answer.len()).sum());
        }
        Items::Quiz(questions) => {
            add(C::Questions, questions.len());
            add(C::Answers, questions.iter().map(|q| q.answer.len()).sum());
        }
        Items::Cards(cards) => {
            add(C::Cards, cards.len());
            add(C::Signals, cards.iter().filter(|c| c.signal).count());
        }
        Items::Scene(scene) => {
            add(C::Regions, scene.regions.len());
            add(C::Signals, scene.regions.iter().filter(|r| r.signal).count());
            add(C::Decoys, scene.regions.iter().filter(|r| !r.signal).count());
        }
        Items::Scenario(scenario) => {
            add(C::Situations, scenario.nodes.len());
            add(C::Endings, scenario.nodes.iter().filter(|n| n.choices.is_empty()).count());
        }
        Items::Mission(mission) => {
            use super::kinds::mission::Task;
            add(C::Steps, mission.steps.len());
            for step in &mission.steps {
                let exercise = match &step.task {
                    Task::Read => None,
                    Task::Check(_) => {
                        add(C::Checks, 1);
                        add(C::Questions, 1);
                        None
                    }
                    Task::RealOrFake(_) => Some(C::RealOrFake),
                    Task::Sort(_) => Some(C::Sorting),
                    Task::Chat(_) => Some(C::Chat),
                    Task::Password => Some(C::PasswordLab),
                    Task::Privacy(_) => Some(C::PrivacyProfile),
                };
                if let Some(kind) = exercise {
                    add(C::Exercises, 1);
                    add(kind, 1);
                }
            }
            add(C::TeacherPages, usize::from(!mission.teacher.is_empty()));
        }
    }
    add(C::TrainerNotes, m.notes.values().map(Vec::len).sum());
    let items = counts.into_iter().map(|(c, n)| (c.plural(), n)).collect();
    ModuleSummary {
        id: m.id.clone(),
        title: m.title.clone(),
        kind: m.kind.code(),
        audience: m.audience.map(Audience::code),
        items,
        pictures: Vec::new(),
        facts: super::module::Facts { minutes: m.minutes, summary: m.summary.clone() },
        languages: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    /// An in-memory content folder.
    struct Mem(BTreeMap<&'static str, &'static str>);

    impl ContentSource for Mem {
        fn read(&self, path: &str) -> Option<String> {
            self.0.get(path).map(|s| s.to_string())
        }
        fn exists(&self, path: &str) -> bool {
            self.0.contains_key(path)
        }
        fn markdown_files(&self) -> Vec<String> {
            self.0.keys().filter(|k| k.ends_with(".md")).map(|k| k.to_string()).collect()
        }
    }

    const SITE: &str = "---\norganisatie: X\n---\n## A\nB\n";
    const MODULE: &str = "---\ntitel: A\nsoort: les\ndoelgroep: inwoner\n---\nTekst ![straat](../beeld/straat.svg)\n";

    fn codes(files: &[(&'static str, &'static str)]) -> Vec<(String, Code)> {
        let report = check(&Mem(files.iter().copied().collect()));
        report.problems.iter().map(|p| (p.file.clone(), *Code::ALL.iter().find(|c| c.as_str() == p.code).unwrap())).collect()
    }

    #[test]
    fn a_complete_folder_is_clean() {
        let files =
            [("site.md", SITE), ("SUMMARY.md", "## I {#inwoner}\n- [A](inwoner/a.md)\n"), ("inwoner/a.md", MODULE), ("beeld/straat.svg", "<svg/>")];
        assert_eq!(codes(&files), vec![]);
    }

    #[test]
    fn a_measure_in_its_place_is_checked_shipped_and_summarised_not_listed() {
        const MEASURE: &str = "---\ntitel: M\nsoort: meting\ndoelgroep: inwoner\n---\n# Voor\n## V {#a}\nonderwerp: iets\n\n- [x] Ja\n- [ ] Nee\n# Na\n## W {#a}\n- [ ] Nee\n- [x] Ja\n# Stellingen\n## Ik zou melden\n";
        let files = [
            ("site.md", SITE),
            ("SUMMARY.md", "## I {#inwoner}\n- [A](inwoner/a.md)\n"),
            ("inwoner/a.md", MODULE),
            ("beeld/straat.svg", "<svg/>"),
            ("meting/inwoner.md", MEASURE),
        ];
        assert_eq!(codes(&files), vec![]);
        let report = check(&Mem(files.iter().copied().collect()));
        assert!(report.shipped.contains(&"meting/inwoner.md".to_string()), "{:?}", report.shipped);
        assert_eq!((report.measures[0].audience, report.measures[0].knowledge, report.measures[0].statements), (Some("inwoner"), 1, 1));
        assert!(report.modules.iter().all(|m| m.id != "meting/inwoner"));
    }

    #[test]
    fn a_faithful_translation_ships_and_is_recorded_a_drifted_one_does_not() {
        const QUIZ: &str = "---\ntitel: A\nsoort: quiz\ndoelgroep: inwoner\n---\n## V\n- [x] Ja\n  > Goed.\n- [ ] Nee\n  > Fout.\n";
        const EN: &str = "---\ntitel: A\nsoort: quiz\ndoelgroep: inwoner\n---\n## Q\n- [x] Yes\n  > Right.\n- [ ] No\n  > Wrong.\n";
        const PL: &str = "---\ntitel: A\nsoort: quiz\ndoelgroep: inwoner\n---\n## P\n- [ ] Tak\n  > Dobrze.\n- [x] Nie\n  > Źle.\n";
        let files = [
            ("site.md", SITE),
            ("SUMMARY.md", "## I {#inwoner}\n- [A](inwoner/a.md)\n"),
            ("inwoner/a.md", QUIZ),
            ("inwoner/a.en.md", EN),
            ("inwoner/a.pl.md", PL),
            ("inwoner/a.de.md", EN),
            ("inwoner/weg.en.md", EN),
            ("site.en.md", SITE),
        ];
        assert_eq!(
            codes(&files),
            vec![
                ("inwoner/a.de.md".into(), Code::TranslationUnknownLanguage),
                ("inwoner/a.pl.md".into(), Code::TranslationCorrect),
                ("inwoner/weg.en.md".into(), Code::TranslationNoOriginal),
                ("site.en.md".into(), Code::TranslationNoOriginal),
            ]
        );
        let report = check(&Mem(files.iter().copied().collect()));
        assert!(report.shipped.contains(&"inwoner/a.en.md".to_string()));
        assert!(!report.shipped.iter().any(|f| f.ends_with(".pl.md") || f.ends_with(".de.md") || f.starts_with("inwoner/weg")));
        assert_eq!(report.modules.len(), 1, "a translation is no module of its own");
        assert_eq!(report.modules[0].languages, ["en"]);
    }

    #[test]
    fn cross_file_mistakes_are_named_with_the_right_file() {
        let files = [
            ("SUMMARY.md", "## I {#inwoner}\n- [A](inwoner/a.md)\n- [B](inwoner/weg.md)\n## J {#jeugd}\n- [C](jeugd/c.md)\n"),
            ("inwoner/a.md", MODULE),
            ("jeugd/c.md", "---\ntitel: C\nsoort: les\ndoelgroep: inwoner\n---\nTekst\n"),
            ("inwoner/vergeten.md", MODULE),
        ];
        assert_eq!(
            codes(&files),
            vec![
                ("site.md".into(), Code::SiteMissing),
                ("inwoner/a.md".into(), Code::MissingLinkedFile),
                ("jeugd/c.md".into(), Code::AudienceMismatch),
                ("SUMMARY.md".into(), Code::CatalogueMissingFile),
                ("inwoner/vergeten.md".into(), Code::NotInCatalogue),
            ]
        );
    }

    #[test]
    fn a_missing_summary_gets_its_own_help_not_the_one_for_a_wrong_file_name() {
        let report = check(&Mem([("site.md", SITE)].into_iter().collect()));
        let summary = report.problems.iter().find(|p| p.file == "SUMMARY.md").unwrap();
        assert_eq!(summary.code, "F-OVERZICHT-010");
        assert_eq!(summary.message, "Het bestand SUMMARY.md staat niet in deze map.");
        assert!(!summary.help.contains("bestandsnaam in SUMMARY.md"), "{}", summary.help);
        assert!(summary.help.contains("'Het overzicht: SUMMARY.md'"), "{}", summary.help);
        // The same file in small letters is named: the website asks for SUMMARY.md.
        let report = check(&Mem([("site.md", SITE), ("summary.md", "## I {#inwoner}\n")].into_iter().collect()));
        let summary = report.problems.iter().find(|p| p.file == "SUMMARY.md").unwrap();
        assert!(summary.message.ends_with("Er staat wel een bestand \"summary.md\": noem het SUMMARY.md, met hoofdletters."), "{}", summary.message);
    }
}
