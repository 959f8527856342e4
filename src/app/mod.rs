//! The Leptos app: shell, hash router and pages.
//!
//! Invariant: no rules live here. Pages render the core's model and call the
//! core's methods; browser work goes through `crate::platform`.

pub mod i18n;
mod lms;
mod markdown;
mod nav;
mod pages;
mod players;
mod shell;
mod state;
pub mod strings;
mod widgets;

use leptos::prelude::*;

pub use state::{ContentStore, ProgressStore, YouthSession};

/// The whole app.
#[component]
pub fn App(
    /// The remembered UI language that could not be opened, if any.
    failed: Option<i18n::Unavailable>,
) -> impl IntoView {
    let language = i18n::UiLanguageStore::new(failed);
    provide_context(language);
    let content = ContentStore::load();
    provide_context(content);
    provide_context(ProgressStore::load());
    provide_context(YouthSession::load());
    provide_context(nav::Navigation::start());
    provide_context(widgets::update_notice::UpdateAvailable::start());
    content.apply_theme();
    // Drawn again when the UI language changes (see `i18n`); the stores
    // above stay, so progress, content and the route carry over.
    move || {
        language.drawn.track();
        view! { <shell::Shell/> }
    }
}
