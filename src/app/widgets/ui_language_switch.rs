//! The header's language switch: "English" while the app speaks Dutch,
//! "Nederlands" while it speaks English. One button, as GOV.UK does for
//! Welsh: with two languages a list would only add a step.
//!
//! Accessibility criteria:
//! - Must: the button's name is the language's own name with `lang` on it,
//!   so a screen reader says "English" in an English voice (WCAG 3.1.2),
//!   followed by what it does ("use this website in English"): a module page
//!   also has an "English" button, for the module's text.
//! - Must: after the switch focus is back on the switch, so a keyboard or
//!   screen-reader user is not thrown to the top of the page.
//! - Must: when the language cannot be loaded, a notice says so in that
//!   language, and the app stays usable in Dutch.

use leptos::prelude::*;
use weerbaar_core::ui_text::{DUTCH, UI_LANGUAGES};

use crate::app::i18n::{self, UiLanguageStore, SWITCH_ID};

/// The switch, for the header.
#[component]
pub fn UiLanguageSwitch() -> impl IntoView {
    let store = expect_context::<UiLanguageStore>();
    // Dutch now: offer the first other language; another language now:
    // offer Dutch.
    let (target, code, name, hint) = match i18n::current() {
        None => (Some(&UI_LANGUAGES[0]), UI_LANGUAGES[0].code, UI_LANGUAGES[0].name, UI_LANGUAGES[0].switch_hint),
        Some(_) => (None, "nl", DUTCH.0, DUTCH.1),
    };
    view! {
        <button type="button" class="header-toggle" id=SWITCH_ID lang=code on:click=move |_| store.switch(target)>
            {name}<span class="visually-hidden">" – "{hint}</span>
        </button>
    }
}

/// Under the header, when a chosen language could not be loaded.
#[component]
pub fn UiLanguageNotice() -> impl IntoView {
    let store = expect_context::<UiLanguageStore>();
    // The live region is there from the start, so a failed switch is read out.
    view! {
        <div role="status" class="wrap">
            {move || store.unavailable.get().map(|problem| view! {
                <p class="notice notice--warning" lang=problem.0.code>{problem.0.unavailable}</p>
            })}
        </div>
    }
}
