//! The Leptos app: shell, hash router and pages.
//!
//! Invariant: no rules live here. Pages render the core's model and call the
//! core's methods; browser work goes through `crate::platform`.

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
pub fn App() -> impl IntoView {
    let content = ContentStore::load();
    provide_context(content);
    provide_context(ProgressStore::load());
    provide_context(YouthSession::load());
    provide_context(nav::Navigation::start());
    provide_context(widgets::update_notice::UpdateAvailable::start());
    content.apply_theme();
    view! { <shell::Shell/> }
}
