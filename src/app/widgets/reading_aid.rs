//! "Grotere letters": larger text with wider letter, word and line spacing,
//! the one reading aid Dutch research on low literacy and dyslexia shows to
//! help. One button in the header, on every page; the choice is remembered
//! on this device and applies to every player, the presenter and print
//! (the stylesheet keys it to `html.leeshulp`).
//!
//! Accessibility criteria:
//! - Must: a toggle button whose state is `aria-pressed`, with the same
//!   visible name in both states (WCAG 2.5.3).
//! - Must: the page reflows at 320 px with the aid on (tested).

use leptos::prelude::*;

use crate::app::strings as s;
use crate::platform::{dom, storage};

const CLASS: &str = "leeshulp";

/// The header's toggle.
#[component]
pub fn ReadingAidToggle() -> impl IntoView {
    let on = RwSignal::new(storage::reading_aid());
    Effect::new(move |_| dom::set_root_class(CLASS, on.get()));
    let toggle = move |_| {
        let next = !on.get_untracked();
        on.set(next);
        // Not kept (storage blocked or full): it still applies now, and the
        // storage notice already says that nothing is kept.
        let _ = storage::save_reading_aid(next);
    };
    view! {
        <button type="button" class="header-toggle" aria-pressed=move || if on.get() { "true" } else { "false" } on:click=toggle>
            {s::reading_aid()}
        </button>
    }
}
