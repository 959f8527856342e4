//! `content/preparsed.json`: site.md and SUMMARY.md as the build parsed
//! them, and a `.json` next to the glossary and every module, so neither a
//! first visit nor a module page needs a Markdown parser (issue 20).
//!
//! The home and audience pages need both files at once, and parsing them
//! in the browser put pulldown-cmark, both parsers and every diagnostic's
//! help text in the main wasm: about a quarter of it. The build writes each
//! file's parse result here together with a fingerprint of the text it
//! read. The app still fetches the files themselves and uses a result only
//! when the fingerprint matches, so a municipality that edits `site.md` on
//! its host, without a build, sees its edit: the app then parses the file
//! in a lazily loaded part, as it does for a file with problems (only files
//! without any are pre-parsed, so the trainer's messages come from one place).

use serde::{Deserialize, Serialize};

use super::{parse_catalogue, parse_site, Catalogue, Parsed, SiteConfig};

/// Where the build writes it, relative to the content folder.
pub const FILE: &str = "preparsed.json";

/// The pre-parsed files of one build.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Preparsed {
    /// `site.md`, when it parsed without problems.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site: Option<Fingerprinted<SiteConfig>>,
    /// `SUMMARY.md`, when it parsed without problems.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub catalogue: Option<Fingerprinted<Catalogue>>,
}

/// A parse result and the fingerprint of the text it came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fingerprinted<T> {
    /// [`fingerprint`] of the source text.
    pub source: String,
    /// What the parser made of it.
    pub value: T,
}

impl Preparsed {
    /// Pre-parses the files that are there (`None`: missing).
    pub fn build(site: Option<&str>, summary: Option<&str>) -> Self {
        Preparsed { site: site.and_then(|src| clean(src, parse_site(src))), catalogue: summary.and_then(|src| clean(src, parse_catalogue(src))) }
    }

    /// Reads the build's file; anything unreadable is as if there were none
    /// (the app then parses the files itself).
    pub fn read(json: &str) -> Self {
        serde_json::from_str(json).unwrap_or_default()
    }

    /// The site config parsed from exactly `src`, if the build did so.
    pub fn site_for(&self, src: &str) -> Option<SiteConfig> {
        matching(self.site.as_ref(), src)
    }

    /// The catalogue parsed from exactly `src`, if the build did so.
    pub fn catalogue_for(&self, src: &str) -> Option<Catalogue> {
        matching(self.catalogue.as_ref(), src)
    }
}

/// Where the build writes the parse of a Markdown file of its own (a module,
/// the glossary): `inwoner/a.md` -> `inwoner/a.json`.
pub fn json_file(markdown: &str) -> String {
    format!("{}.json", markdown.strip_suffix(".md").unwrap_or(markdown))
}

/// Markdown longer than this is left to the app: its JSON would come on top
/// of the Markdown at about 1.4 times its bytes (the farmers' quiz: 5.9 KB
/// brotli as Markdown, 8.5 KB as JSON), while the parser costs a large file
/// one extra part, once. Time decides nothing here: the 2 000-question quiz
/// of `./dev bench --schaal` (890 KB) showed its first question after 5.10 s
/// (longest task 529 ms) from JSON and after 5.18 s (562 ms) parsed. The
/// largest shipped module is 18 KB.
pub const LARGEST_PREPARSED: usize = 64 * 1024;

/// A file's parse for the build to write next to it, when it has no
/// problems and is not too large ([`LARGEST_PREPARSED`]); `None` (written
/// as `null`) leaves the file to the app.
pub fn file<T: Clone>(src: &str, parsed: &Parsed<T>) -> Option<Fingerprinted<T>> {
    (parsed.diagnostics.is_empty() && src.len() <= LARGEST_PREPARSED).then(|| Fingerprinted { source: fingerprint(src), value: parsed.value.clone() })
}

/// Whether the build wrote a parse in `json` at all: `null` means it left
/// the file to the app (see [`file`]), which can then get its parser ready
/// before the file itself has arrived.
pub fn has_value(json: &str) -> bool {
    json.trim() != "null"
}

/// The value in the build's `json` (see [`file`]), if it was parsed from exactly `src`.
pub fn parsed_from<T: Clone + serde::de::DeserializeOwned>(json: &str, src: &str) -> Option<T> {
    let built: Fingerprinted<T> = serde_json::from_str(json).ok()?;
    matching(Some(&built), src)
}

fn clean<T>(src: &str, parsed: Parsed<T>) -> Option<Fingerprinted<T>> {
    parsed.diagnostics.is_empty().then(|| Fingerprinted { source: fingerprint(src), value: parsed.value })
}

fn matching<T: Clone>(entry: Option<&Fingerprinted<T>>, src: &str) -> Option<T> {
    entry.filter(|e| e.source == fingerprint(src)).map(|e| e.value.clone())
}

/// 64-bit FNV-1a of the text, in hex, with its length: enough to tell an
/// edited file from the one the build read (no adversary: whoever can edit
/// the file can edit this one too). Written out rather than a crate: it is
/// five lines, and std's hasher may change between Rust releases, which
/// would make a build's fingerprints disagree with an app built later.
pub fn fingerprint(src: &str) -> String {
    let hash = src.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3));
    format!("{}-{hash:016x}", src.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SITE: &str = "---\norganisatie: Gemeente Test\nhoofdkleur: #154273\n---\n## Politie\ntelefoon: 0900-8844\n\nGeen spoed? Bel de politie.\n";
    const SUMMARY: &str = "# Weerbaar\n\n## Inwoners {#inwoner}\n\n- [Signalen](inwoner/signalen.md)\n";

    #[test]
    fn a_clean_file_read_back_is_what_the_parser_makes_of_it() {
        let json = serde_json::to_string(&Preparsed::build(Some(SITE), Some(SUMMARY))).unwrap();
        let read = Preparsed::read(&json);
        assert_eq!(read.site_for(SITE), Some(parse_site(SITE).value));
        assert_eq!(read.catalogue_for(SUMMARY), Some(without_spans(parse_catalogue(SUMMARY).value)));
    }

    /// Where each link was written is for the checker's messages; the app
    /// never reads it, so the build leaves it out.
    fn without_spans(mut catalogue: Catalogue) -> Catalogue {
        catalogue.sections.iter_mut().flat_map(|s| &mut s.tracks).flat_map(|t| &mut t.entries).for_each(|e| e.span = 0..0);
        catalogue
    }

    #[test]
    fn the_shipped_content_is_pre_parsed_exactly() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
        let site = std::fs::read_to_string(root.join("site.md")).unwrap();
        let summary = std::fs::read_to_string(root.join("SUMMARY.md")).unwrap();
        let glossary = std::fs::read_to_string(root.join(super::super::glossary::FILE)).unwrap();
        let read = Preparsed::read(&serde_json::to_string(&Preparsed::build(Some(&site), Some(&summary))).unwrap());
        assert_eq!(read.site_for(&site), Some(parse_site(&site).value), "site.md has problems or does not survive JSON");
        assert_eq!(
            read.catalogue_for(&summary),
            Some(without_spans(parse_catalogue(&summary).value)),
            "SUMMARY.md has problems or does not survive JSON"
        );
        let parsed = super::super::parse_glossary(&glossary);
        let json = serde_json::to_string(&file(&glossary, &parsed)).unwrap();
        let read_glossary: Option<super::super::Glossary> = parsed_from(&json, &glossary);
        assert_eq!(read_glossary, Some(parsed.value), "the glossary has problems or does not survive JSON");
    }

    #[test]
    fn an_edited_file_is_not_answered_from_the_build() {
        let built = Preparsed::build(Some(SITE), Some(SUMMARY));
        let edited = SITE.replace("Gemeente Test", "Gemeente Rivierstad");
        assert_eq!(built.site_for(&edited), None);
        assert_eq!(built.catalogue_for(&format!("{SUMMARY}\n")), None);
    }

    #[test]
    fn a_file_with_problems_is_left_to_the_app() {
        let broken_site = "---\nhoofdkleur: #154273\n---\n";
        assert!(!parse_site(broken_site).diagnostics.is_empty());
        let built = Preparsed::build(Some(broken_site), None);
        assert_eq!(built, Preparsed::default());
        assert_eq!(built.site_for(broken_site), None);
    }

    #[test]
    fn every_shipped_module_survives_json_exactly() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
        let summary = std::fs::read_to_string(root.join("SUMMARY.md")).unwrap();
        let catalogue = parse_catalogue(&summary).value;
        let mut count = 0;
        for (_, entry) in catalogue.entries() {
            let src = std::fs::read_to_string(root.join(format!("{}.md", entry.id))).unwrap();
            let parsed = super::super::parse_module(&entry.id, &src);
            let built = file(&src, &parsed).unwrap_or_else(|| panic!("{} has problems: {:?}", entry.id, parsed.diagnostics));
            let json = serde_json::to_string(&built).unwrap();
            assert!(has_value(&json), "{}", entry.id);
            // Compared as JSON: where each block was written is for the
            // parsers' messages, and the build leaves it out (`#[serde(skip)]`
            // on `Block`'s spans); everything else must come back as it was.
            let read = parsed_from::<super::super::Module>(&json, &src).unwrap_or_else(|| panic!("{} is not read back", entry.id));
            assert_eq!(serde_json::to_value(read).unwrap(), serde_json::to_value(parsed.value).unwrap(), "{} does not survive JSON", entry.id);
            assert_eq!(parsed_from::<super::super::Module>(&json, &format!("{src} ")), None, "{}: an edit is noticed", entry.id);
            count += 1;
        }
        assert!(count > 20, "only {count} modules");
    }

    #[test]
    fn a_module_with_problems_is_left_to_the_app() {
        let src = "---\ntitel: Kapot\nsoort: quiz\ndoelgroep: inwoner\n---\n## Vraag zonder antwoorden\n";
        let parsed = super::super::parse_module("inwoner/kapot", src);
        assert!(!parsed.diagnostics.is_empty());
        assert!(file(src, &parsed).is_none());
        // What the build writes for it, which tells the app to get its parser ready.
        assert!(!has_value(&serde_json::to_string(&file(src, &parsed)).unwrap()));
        assert_eq!(parsed_from::<super::super::Module>("null", src), None);
        assert_eq!(parsed_from::<super::super::Module>("{ kapot", src), None);
        assert_eq!(json_file("inwoner/kapot.md"), "inwoner/kapot.json");
    }

    #[test]
    fn a_large_file_is_left_to_the_app() {
        let questions: String = (1..=700)
            .map(|i| format!("## Vraag {i}\n\n- [x] Melden.\n  > Goed.\n- [ ] Ik doe er verder niets mee.\n  > Liever wel melden.\n\n"))
            .collect();
        let src = format!("---\ntitel: Groot\nsoort: quiz\ndoelgroep: inwoner\n---\n{questions}");
        assert!(src.len() > LARGEST_PREPARSED);
        let parsed = super::super::parse_module("inwoner/groot", &src);
        assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics.first());
        assert!(file(&src, &parsed).is_none());
        let small = src[..src.find("## Vraag 3").unwrap()].to_string();
        assert!(file(&small, &super::super::parse_module("inwoner/groot", &small)).is_some(), "the same quiz, short, is pre-parsed");
    }

    #[test]
    fn unreadable_json_is_no_json() {
        assert_eq!(Preparsed::read("{ kapot"), Preparsed::default());
        assert_eq!(Preparsed::read(""), Preparsed::default());
    }

    #[test]
    fn fingerprints_differ_for_nearly_equal_texts() {
        assert_ne!(fingerprint("a"), fingerprint("b"));
        assert_ne!(fingerprint("ab"), fingerprint("ba"));
        assert_ne!(fingerprint(""), fingerprint("\n"));
        assert_eq!(fingerprint(SITE), fingerprint(SITE));
    }
}
