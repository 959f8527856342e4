//! Voorlezen: a toggle in the header and, when on, a bar at the top of the
//! page that reads the page aloud with the device's own voice, marking what
//! is being read, with pause and stop. On by default in the youth track
//! (`weerbaar_core::reading`), off elsewhere until the learner turns it on;
//! never needed to play. Reading stops on every change of page (and, in
//! `speech.js`, when what is being read leaves the page).
//!
//! Accessibility criteria:
//! - Must: the toggle is a button with `aria-pressed` and one name.
//! - Must: every state is said in words in a status region (reading,
//!   paused, no voice on this device).
//! - Must: what is read is also marked on screen (not only by colour).

use leptos::prelude::*;
use weerbaar_core::reading::read_aloud_shown;

use crate::app::nav::Navigation;
use crate::app::strings as s;
use crate::platform::speech::{self, ReadState};
use crate::platform::storage;

/// Shared by the toggle and the bar.
#[derive(Clone, Copy)]
pub struct ReadAloud {
    choice: RwSignal<Option<bool>>,
    state: RwSignal<ReadState>,
    shown: Signal<bool>,
}

impl ReadAloud {
    /// Made once by the shell; stops reading on every change of page.
    pub fn provide() {
        let nav = expect_context::<Navigation>();
        let choice = RwSignal::new(storage::read_aloud_choice());
        let state = RwSignal::new(ReadState::Idle);
        let shown = Signal::derive(move || read_aloud_shown(choice.get(), nav.route.get().audience()));
        speech::watch(move |s| state.set(s));
        Effect::new(move |_| {
            nav.hash.track();
            shown.track();
            speech::stop();
            state.set(ReadState::Idle);
        });
        provide_context(ReadAloud { choice, state, shown });
    }
}

/// The header's toggle.
#[component]
pub fn ReadAloudToggle() -> impl IntoView {
    let r = expect_context::<ReadAloud>();
    let toggle = move |_| {
        let next = !r.shown.get_untracked();
        r.choice.set(Some(next));
        // Not kept: it still applies now; the storage notice says why.
        let _ = storage::save_read_aloud_choice(next);
    };
    view! {
        <button type="button" class="header-toggle" aria-pressed=move || if r.shown.get() { "true" } else { "false" } on:click=toggle>
            {s::read_aloud()}
        </button>
    }
}

/// The bar at the top of `<main>`, while read-aloud is on.
#[component]
pub fn ReadAloudBar() -> impl IntoView {
    let r = expect_context::<ReadAloud>();
    let button = |label: &'static str, action: fn()| {
        view! { <button type="button" class="button button--secondary button--small" on:click=move |_| action()>{label}</button> }
    };
    let controls = move || match r.state.get() {
        ReadState::Reading => view! { {button(s::read_aloud_pause(), speech::pause)}{button(s::read_aloud_stop(), speech::stop)} }.into_any(),
        ReadState::Paused => view! { {button(s::read_aloud_resume(), speech::resume)}{button(s::read_aloud_stop(), speech::stop)} }.into_any(),
        ReadState::Idle | ReadState::NoVoice | ReadState::NoSpeech | ReadState::Failed => button(s::read_aloud_start(), speech::start).into_any(),
    };
    let status = move || match r.state.get() {
        ReadState::Reading => s::read_aloud_reading(),
        ReadState::Paused => s::read_aloud_paused(),
        ReadState::NoVoice => s::read_aloud_no_voice(),
        ReadState::NoSpeech => s::read_aloud_no_speech(),
        ReadState::Failed => s::read_aloud_failed(),
        ReadState::Idle => "",
    };
    move || {
        r.shown.get().then(|| {
            view! {
                <div class="read-aloud no-print" role="group" aria-label=s::read_aloud()>
                    <div class="read-aloud__controls">{controls}</div>
                    <p class="read-aloud__status" role="status">{status}</p>
                </div>
            }
        })
    }
}
