//! "Deze module is er ook in: English · Polski": the module page's choice
//! of content language, and the notice when the remembered language has no
//! translation of this module.
//!
//! Accessibility criteria:
//! - Must: every language is a button, reachable by Tab and pressed with
//!   Enter or Space; its name is written in that language and carries
//!   `lang`, so a screen reader says "Polski" with a Polish voice.
//! - Must: the language being read is not offered (one button fewer, never
//!   a disabled one that cannot be explained); so the pressed button goes
//!   away, and focus moves to the module's title in its new language.
//! - Must: the notice is in the remembered language with `lang` on it, so a
//!   learner who reads no Dutch understands why the text is Dutch; its
//!   button (in that language too) goes back to Dutch, the one way out of
//!   the notice on a module that has no translations to choose from.

use leptos::prelude::*;
use weerbaar_core::content::translation::{language, Language, LANGUAGES};

use crate::app::i18n;
use crate::app::nav::Navigation;
use crate::app::state::Reading;
use crate::app::strings as s;
use crate::platform::storage;

/// The learner's content language as remembered on this device. When none
/// was ever chosen, the app's own language: who switched the app to
/// English gets a module's English translation where there is one. Dutch
/// when neither, or when storage is blocked or holds something unknown.
pub fn remembered() -> Option<&'static Language> {
    storage::content_language().or_else(|| i18n::current().map(|l| l.code.to_string())).and_then(|code| language(&code))
}

/// The choice, shown when the module has translations, and the notice.
#[component]
pub fn LanguageChoice(
    /// Codes of the module's translations (`en`, `pl`), from modules.json.
    available: Signal<Vec<String>>,
    /// The chosen language (`None`: Dutch); the page loads the module in it.
    chosen: RwSignal<Option<&'static Language>>,
    /// What the page shows now (set once the module has loaded).
    reading: Signal<Option<Reading>>,
) -> impl IntoView {
    let nav = expect_context::<Navigation>();
    let choose = move |lang: Option<&'static Language>| {
        // The button just pressed leaves the list (the language now read is
        // not offered): focus goes to the module's title in its new
        // language, which a screen reader then reads, instead of the body.
        nav.request_focus();
        chosen.set(lang);
        // Fails soft: blocked storage only means the next page asks again.
        let _ = storage::save_content_language(lang.map_or("nl", |l| l.code));
    };
    // The languages to offer: Dutch and every translation, except the one
    // the learner reads now.
    let offered = move || {
        let available = available.get();
        if available.is_empty() {
            return Vec::new();
        }
        let now = match reading.get() {
            Some(Reading::Translation(l)) => Some(l),
            _ => None,
        };
        let mut out: Vec<Option<&'static Language>> = Vec::new();
        if now.is_some() {
            out.push(None);
        }
        out.extend(LANGUAGES.iter().filter(|l| available.iter().any(|c| c == l.code) && Some(*l) != now).map(Some));
        out
    };
    view! {
        {move || match reading.get() {
            Some(Reading::Missing(l)) => Some(view! {
                <div class="notice notice--info language-notice" lang=l.code>
                    <p>{l.missing}</p>
                    <button type="button" class="link-button" on:click=move |_| choose(None)>{l.back_to_dutch}</button>
                </div>
            }),
            _ => None,
        }}
        {move || {
            let offered = offered();
            (!offered.is_empty()).then(|| view! {
                <p class="language-choice">
                    <span id="taal-keuze">{s::also_in()}</span>" "
                    {offered.into_iter().enumerate().map(|(i, lang)| {
                        let (code, name) = lang.map_or(("nl", s::dutch()), |l| (l.code, l.name));
                        view! {
                            {(i > 0).then(|| view! { <span aria-hidden="true">" · "</span> })}
                            <button type="button" class="link-button" lang=code aria-describedby="taal-keuze"
                                on:click=move |_| choose(lang)>{name}</button>
                        }
                    }).collect::<Vec<_>>()}
                </p>
            })
        }}
    }
}
