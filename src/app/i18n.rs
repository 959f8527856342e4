//! The language of the app's own words: Dutch, or a language from
//! `weerbaar_core::ui_text::UI_LANGUAGES` whose catalogue is fetched when a
//! learner chooses it in the header.
//!
//! Why the whole app is drawn again on a switch (see `App`) instead of every
//! text being a signal: a switch happens once in a visit, and redrawing
//! keeps the ~500 texts plain functions. What a learner did is saved at every
//! step, so redrawing loses nothing but focus, which the switch puts back.

use std::cell::Cell;

use leptos::prelude::*;
use weerbaar_core::ui_text::{catalogue_path, ui_language, Catalogue, UiLanguage};

use crate::platform::fetch::{fetch_text, FetchError};
use crate::platform::{dom, storage};

/// A language with its catalogue, kept for the rest of the visit.
struct Active {
    language: &'static UiLanguage,
    catalogue: Catalogue,
}

thread_local! {
    /// What [`tr`] reads; `None` is Dutch. Leaked once per language chosen,
    /// so its sentences are `&'static` like the Dutch ones.
    static ACTIVE: Cell<Option<&'static Active>> = const { Cell::new(None) };
    /// The last catalogue fetched, kept when the learner goes back to
    /// Dutch, so switching to and fro fetches and leaks it only once.
    static LOADED: Cell<Option<&'static Active>> = const { Cell::new(None) };
}

/// `dutch` in the UI language; Dutch itself when the UI is Dutch or the
/// catalogue has no translation of it. Only `strings.rs` calls this, with a
/// string literal (a native test reads those literals).
pub fn tr(dutch: &'static str) -> &'static str {
    ACTIVE.get().and_then(|a| a.catalogue.get(dutch)).unwrap_or(dutch)
}

/// [`tr`] for a Dutch word the core holds (`ui_text::core_words`: the
/// answer scale, month names, ranks, studio templates), which the
/// catalogue test covers.
pub fn tr_core(dutch: &'static str) -> &'static str {
    tr(dutch)
}

/// The UI language now (`None`: Dutch).
pub fn current() -> Option<&'static UiLanguage> {
    ACTIVE.get().map(|a| a.language)
}

/// The language of the content in this part of the page: Dutch, unless a
/// module page shows a translation (it provides this around its player).
#[derive(Clone, Copy)]
pub struct ContentLanguage(pub &'static str);

/// `lang` for text that comes from content (a module's text, a title from
/// the catalogue, site.md's contacts), when its language differs from the
/// app's: `nl` in the English app, `pl` for a Polish module in the Dutch
/// app, nothing when they match (the page's own `lang` says it). Screen
/// readers switch voice on it (WCAG 3.1.2); the app's own words around it
/// carry no `lang` and so are read in the app's language.
pub fn content_lang() -> Option<&'static str> {
    lang_for(use_context::<ContentLanguage>().map_or("nl", |c| c.0))
}

/// `lang` for text in language `code` (`Some(code)` unless the app speaks
/// it): for Dutch content on a page whose module is translated (site.md's
/// contacts under a Polish module).
pub fn lang_for(code: &'static str) -> Option<&'static str> {
    (code != current().map_or("nl", |l| l.code)).then_some(code)
}

/// Why a language could not be switched to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unavailable(pub &'static UiLanguage);

/// Fetches `language`'s catalogue (unless it is the one in use) and makes
/// it the one [`tr`] reads; `None` goes back to Dutch. Sets `<html lang>`.
async fn activate(language: Option<&'static UiLanguage>) -> Result<(), Unavailable> {
    match language {
        None => ACTIVE.set(None),
        Some(l) if current() == Some(l) => {}
        Some(l) => match LOADED.get().filter(|a| a.language == l) {
            Some(kept) => ACTIVE.set(Some(kept)),
            None => {
                let catalogue = fetch_catalogue(l).await.map_err(|_| Unavailable(l))?;
                let active: &'static Active = Box::leak(Box::new(Active { language: l, catalogue }));
                LOADED.set(Some(active));
                ACTIVE.set(Some(active));
            }
        },
    }
    dom::set_page_language(current().map_or("nl", |l| l.code));
    Ok(())
}

async fn fetch_catalogue(language: &UiLanguage) -> Result<Catalogue, FetchError> {
    let json = fetch_text(&catalogue_path(language)).await?;
    Catalogue::parse(&json).map_err(|_| FetchError::Network)
}

/// Before the first draw: the remembered language, if it is not Dutch and
/// its catalogue can be had. When it cannot (offline on a device that never
/// cached it), the app opens in Dutch and the header says why.
pub async fn start() -> Option<Unavailable> {
    let remembered = storage::ui_language().and_then(|code| ui_language(&code));
    activate(remembered).await.err()
}

/// The UI language as the app's views see it: redrawn when it changes.
#[derive(Clone, Copy)]
pub struct UiLanguageStore {
    /// Bumped on every switch; `App` draws the shell again when it changes.
    pub drawn: RwSignal<Option<&'static UiLanguage>>,
    /// A language chosen but not available, for the header's notice.
    pub unavailable: RwSignal<Option<Unavailable>>,
}

impl UiLanguageStore {
    /// The store for a start that may have failed to open `failed`.
    pub fn new(failed: Option<Unavailable>) -> Self {
        UiLanguageStore { drawn: RwSignal::new(current()), unavailable: RwSignal::new(failed) }
    }

    /// Switches the app's words to `language` (`None`: Dutch), remembers
    /// the choice and draws everything again. Focus goes back to the switch
    /// (now in the new language), so a keyboard user stays where they were.
    pub fn switch(self, language: Option<&'static UiLanguage>) {
        leptos::task::spawn_local(async move {
            match activate(language).await {
                Ok(()) => {
                    // Fails soft: blocked storage only means Dutch on the next visit.
                    let _ = storage::save_ui_language(language.map(|l| l.code));
                    self.unavailable.set(None);
                    self.drawn.set(current());
                    // After the redraw: the old switch is still there now.
                    request_animation_frame(|| dom::focus_id(SWITCH_ID));
                }
                Err(problem) => self.unavailable.set(Some(problem)),
            }
        });
    }
}

/// The header's language switch, for focus after a redraw.
pub const SWITCH_ID: &str = "taalkeuze";

/// One of the app's sentences that names something from content ("Terug
/// naar Inwoners", "Vraag 2 van 4 · Signalen"): the content's words in a
/// `span` with `lang` (from [`content_lang`] or [`lang_for`]) when given,
/// the rest as the app's words.
pub fn with_content(sentence: String, content: &str, lang: Option<&'static str>) -> AnyView {
    match (lang, sentence.find(content)) {
        (Some(lang), Some(at)) if !content.is_empty() => {
            let after = sentence[at + content.len()..].to_string();
            let before = sentence[..at].to_string();
            let content = content.to_string();
            // One outer span: inside a flex container (the back link) loose
            // text pieces would become separate items and lose their spaces.
            view! { <span>{before}<span lang=lang>{content}</span>{after}</span> }.into_any()
        }
        _ => sentence.into_any(),
    }
}
