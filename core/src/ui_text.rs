//! The app's own words in another language than Dutch.
//!
//! Built like GNU gettext: the Dutch sentence is the key, and a catalogue
//! (`public/i18n/<code>.json`, one flat object from Dutch to the language)
//! gives its translation. Why this and not a keyed catalogue compiled into
//! the wasm:
//! - Dutch stays where the tone is reviewed (`src/app/strings.rs`), and a
//!   sentence without a translation simply shows in Dutch: nothing breaks.
//! - The catalogue is fetched only by a learner who chooses the language, so
//!   a Dutch first visit pays nothing for it (ARCHITECTURE.md, "UI languages").
//! - Sentences with numbers or names are templates with named holes
//!   (`"Vraag {n} van {total}"`); [`fill`] puts the values in, so word order
//!   may differ between languages.

use std::collections::{BTreeSet, HashMap};
use std::fmt::Display;

/// A UI language other than Dutch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UiLanguage {
    /// BCP 47 code, also the catalogue's file name and the page's `lang`.
    pub code: &'static str,
    /// Its own name, written in itself ("English"), for the switch.
    pub name: &'static str,
    /// What the switch does, in the language itself, read after its name:
    /// a module page also offers "English" for its text, and the two
    /// buttons must not sound the same.
    pub switch_hint: &'static str,
    /// Said, in the language itself, when its catalogue cannot be fetched
    /// (offline before it was ever used): the learner chose it because
    /// Dutch is hard for them.
    pub unavailable: &'static str,
}

/// Every UI language besides Dutch, in the order the switch offers them.
pub const UI_LANGUAGES: &[UiLanguage] = &[UiLanguage {
    code: "en",
    name: "English",
    switch_hint: "use this website in English",
    unavailable: "The English texts could not be loaded, so the app is in Dutch. Check your connection and choose English again.",
}];

/// Dutch's name and switch hint, for the switch back (Dutch has no
/// catalogue: it is the app's own language).
pub const DUTCH: (&str, &str) = ("Nederlands", "gebruik deze website in het Nederlands");

/// The UI language with this code, if the app has one.
pub fn ui_language(code: &str) -> Option<&'static UiLanguage> {
    UI_LANGUAGES.iter().find(|l| l.code == code)
}

/// Where a language's catalogue is served, relative to the page.
pub fn catalogue_path(language: &UiLanguage) -> String {
    format!("i18n/{}.json", language.code)
}

/// The Dutch words the app shows that the core holds rather than the
/// app's `strings.rs`: the answer scale, month names, the children's ranks,
/// the studio's template names.
/// The app passes them through its catalogue like its own sentences, and
/// the catalogue test requires a translation of each.
pub fn core_words() -> impl Iterator<Item = &'static str> {
    crate::measure::words::SCALE
        .into_iter()
        .chain(crate::date::MONTHS)
        .chain(crate::progress::youth::rank_names())
        .chain(crate::content::templates::all().map(|t| t.name))
}

/// Translations of the app's Dutch sentences into one language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Catalogue {
    entries: HashMap<String, String>,
}

impl Catalogue {
    /// Reads a catalogue file: one JSON object from Dutch to translation.
    /// An empty translation counts as missing, so a half-done file shows
    /// Dutch rather than blank buttons.
    pub fn parse(json: &str) -> Result<Self, String> {
        let raw: HashMap<String, String> = serde_json::from_str(json).map_err(|e| e.to_string())?;
        let entries = raw.into_iter().filter(|(_, v)| !v.trim().is_empty()).collect();
        Ok(Catalogue { entries })
    }

    /// The translation of `dutch`, if the catalogue has one.
    pub fn get(&self, dutch: &str) -> Option<&str> {
        self.entries.get(dutch).map(String::as_str)
    }

    /// The Dutch sentences it translates.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.entries.keys().map(String::as_str)
    }

    /// Number of translated sentences.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether it translates nothing.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// Puts values into a template's named holes: `{n}` becomes the value
/// named `n`. A hole without a value stays as written (a translator's typo
/// shows as `{aantal}` instead of losing the sentence); `{{` and `}}` are
/// not special, as no sentence needs braces.
pub fn fill(template: &str, values: &[(&str, &dyn Display)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match values.iter().find(|(n, _)| *n == name) {
                    Some((_, value)) => out.push_str(&value.to_string()),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The names of a template's holes, for checking that a translation keeps
/// every one of them.
pub fn holes(template: &str) -> BTreeSet<&str> {
    let mut out = BTreeSet::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        let name = &after[..close];
        if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            out.insert(name);
        }
        rest = &after[close + 1..];
    }
    out
}

/// The full stop a sentence needs after `ends_with`, a title put in it:
/// none when the title already ends a sentence ("Wie vraagt om je
/// bankpas?" must not become "…bankpas?.").
pub fn stop_after(ends_with: &str) -> &'static str {
    match ends_with.trim_end().chars().last() {
        Some('.' | '?' | '!' | '…') => "",
        _ => ".",
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_title_that_ends_a_sentence_gets_no_second_stop() {
        use super::stop_after;
        assert_eq!(stop_after("Wie vraagt om je bankpas?"), "");
        assert_eq!(stop_after("Pas op!"), "");
        assert_eq!(stop_after("En dan…"), "");
        assert_eq!(stop_after("Echt of nep. "), "");
        assert_eq!(stop_after("Echt of nep"), ".");
        assert_eq!(stop_after(""), ".");
    }

    use super::*;
    use proptest::prelude::*;

    #[test]
    fn fills_named_holes_in_any_order() {
        assert_eq!(fill("Vraag {n} van {total}", &[("total", &4), ("n", &2)]), "Vraag 2 van 4");
        assert_eq!(fill("{total} questions, this is {n}", &[("n", &2), ("total", &4)]), "4 questions, this is 2");
    }

    #[test]
    fn a_hole_without_a_value_stays_visible() {
        assert_eq!(fill("Nog {aantal} over", &[("n", &3)]), "Nog {aantal} over");
        assert_eq!(fill("open { zonder eind", &[]), "open { zonder eind");
    }

    #[test]
    fn finds_holes() {
        assert_eq!(holes("'{step}' staat op plek {place} van {total}."), BTreeSet::from(["place", "step", "total"]));
        assert!(holes("Geen gaten").is_empty());
    }

    #[test]
    fn empty_translations_count_as_missing() {
        let c = Catalogue::parse(r#"{"Ja": "Yes", "Nee": " "}"#).unwrap();
        assert_eq!(c.get("Ja"), Some("Yes"));
        assert_eq!(c.get("Nee"), None);
        assert_eq!(c.len(), 1);
    }

    #[test]
    fn a_broken_file_is_an_error_not_a_panic() {
        assert!(Catalogue::parse("{\"Ja\": 3}").is_err());
        assert!(Catalogue::parse("[").is_err());
    }

    /// Every sentence of the app has a translation in every UI language,
    /// with the same holes, and no catalogue holds sentences the app no
    /// longer says. The Dutch sentences are read from the app's source with
    /// a Rust parser: every entry of a `texts!` block and every string
    /// literal passed to `tr(..)` in `src/app/strings.rs`, plus
    /// [`core_words`].
    #[test]
    fn every_catalogue_matches_the_app() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
        let source = std::fs::read_to_string(format!("{root}/src/app/strings.rs")).unwrap();
        let mut said = dutch_sentences(&source);
        assert!(said.len() > 100, "found only {} sentences in strings.rs", said.len());
        said.extend(core_words().map(str::to_string));
        for language in UI_LANGUAGES {
            let file = format!("{root}/public/{}", catalogue_path(language));
            let json = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{file}: {e}"));
            let catalogue = Catalogue::parse(&json).unwrap_or_else(|e| panic!("{file}: {e}"));
            let missing: Vec<_> = said.iter().filter(|d| catalogue.get(d).is_none()).collect();
            assert!(missing.is_empty(), "{file}: {} sentences have no translation: {missing:#?}", missing.len());
            let stale: Vec<_> = catalogue.keys().filter(|k| !said.contains(*k)).collect();
            assert!(stale.is_empty(), "{file} translates sentences the app no longer has: {stale:#?}");
            for dutch in &said {
                let translated = catalogue.get(dutch).unwrap();
                assert_eq!(holes(dutch), holes(translated), "{file}: the holes differ between {dutch:?} and {translated:?}");
            }
        }
    }

    fn dutch_sentences(source: &str) -> BTreeSet<String> {
        use syn::visit::Visit;
        struct Calls(BTreeSet<String>);
        impl<'a> Visit<'a> for Calls {
            fn visit_expr_call(&mut self, call: &'a syn::ExprCall) {
                if let syn::Expr::Path(p) = &*call.func {
                    if p.path.is_ident("tr") {
                        match call.args.first() {
                            Some(syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. })) => {
                                self.0.insert(s.value());
                            }
                            _ => panic!("tr() takes a string literal, so its sentence can be checked"),
                        }
                    }
                }
                syn::visit::visit_expr_call(self, call);
            }
            // `texts! { name = "Dutch"; }` (strings.rs's fixed sentences).
            fn visit_macro(&mut self, mac: &'a syn::Macro) {
                if mac.path.is_ident("texts") {
                    let sentences = mac
                        .parse_body_with(|input: syn::parse::ParseStream| {
                            let mut out = Vec::new();
                            while !input.is_empty() {
                                input.call(syn::Attribute::parse_outer)?;
                                input.parse::<syn::Ident>()?;
                                input.parse::<syn::Token![=]>()?;
                                out.push(input.parse::<syn::LitStr>()?.value());
                                input.parse::<syn::Token![;]>()?;
                            }
                            Ok(out)
                        })
                        .expect("texts! holds `name = \"Dutch\";` entries");
                    self.0.extend(sentences);
                }
            }
        }
        let file = syn::parse_file(source).unwrap();
        let mut calls = Calls(BTreeSet::new());
        calls.visit_file(&file);
        calls.0
    }

    proptest! {
        #[test]
        fn fill_never_panics_and_keeps_text_without_holes(template in "\\PC{0,40}", value in "\\PC{0,10}") {
            let out = fill(&template, &[("n", &value)]);
            if !template.contains('{') {
                prop_assert_eq!(out, template);
            }
        }
    }
}
