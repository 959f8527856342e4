//! The bar shown during a shared-computer session: "Klaar" wipes
//! everything the session kept, and so does ten minutes without input.
//!
//! Accessibility criteria (WCAG 2.2.1 Timing Adjustable):
//! - Must: a warning a minute before the wipe, as a dialog that takes
//!   focus, with one button to carry on (more than the required 20 s).
//! - Must: "Klaar" asks once more before wiping; focus goes to the question.

use std::time::Duration;

use leptos::prelude::*;
use weerbaar_core::content::Audience;
use weerbaar_core::progress::youth;
use weerbaar_core::route::Route;

use crate::app::state::{ProgressStore, SessionEnd, YouthSession};
use crate::app::strings::youth as s;
use crate::platform::{dom, now};

/// No input for this long ends the session.
const IDLE_END_MS: u64 = youth::IDLE_END_MINUTES * 60 * 1000;
/// The warning comes this long after the last input.
const IDLE_WARN_MS: u64 = youth::IDLE_WARN_MINUTES * 60 * 1000;

/// The bar; renders nothing outside a shared session.
#[component]
pub fn SharedSessionBar() -> impl IntoView {
    let youth = expect_context::<YouthSession>();
    move || youth.shared.get().then(|| view! { <ActiveSession/> })
}

#[component]
fn ActiveSession() -> impl IntoView {
    let youth = expect_context::<YouthSession>();
    let progress = expect_context::<ProgressStore>();
    let confirming = RwSignal::new(false);
    let warning = RwSignal::new(false);
    let last_input = StoredValue::new(now());

    let end = move |why: SessionEnd| {
        youth.end(progress, why);
        let home = Route::Audience(Audience::Youth).href();
        if dom::current_hash() == home {
            request_animation_frame(|| dom::focus_id("paginatitel"));
        } else {
            dom::go_to(&home);
        }
    };

    // Any key or touch counts as "still here", but not while the warning
    // shows: then only its button does, so the child sees it.
    for event in ["keydown", "pointerdown", "wheel"] {
        let handle = window_event_listener_untyped(event, move |_| {
            if !warning.get_untracked() {
                last_input.set_value(now());
            }
        });
        on_cleanup(move || handle.remove());
    }
    if let Ok(handle) = set_interval_with_handle(
        move || {
            let idle = now().saturating_sub(last_input.get_value());
            if idle >= IDLE_END_MS {
                end(SessionEnd::Idle);
            } else if idle >= IDLE_WARN_MS && !warning.get_untracked() {
                warning.set(true);
                request_animation_frame(|| dom::focus_id("nog-daar"));
            }
        },
        Duration::from_secs(5),
    ) {
        on_cleanup(move || handle.clear());
    }
    let stay = move |_| {
        last_input.set_value(now());
        warning.set(false);
    };

    view! {
        <div class="shared-bar" role="region" aria-label=s::shared_bar()>
            <div class="wrap shared-bar__inner">
                <p class="shared-bar__text">{s::shared_bar()}</p>
                {move || if confirming.get() {
                    view! {
                        <div class="shared-bar__confirm">
                            <p id="klaar-vraag" tabindex="-1">{s::done_confirm()}</p>
                            <div class="button-row">
                                <button type="button" class="button button--danger" on:click=move |_| end(SessionEnd::Done)>{s::done_yes()}</button>
                                <button type="button" class="button button--secondary" on:click=move |_| confirming.set(false)>{s::done_no()}</button>
                            </div>
                        </div>
                    }.into_any()
                } else {
                    view! {
                        <button type="button" class="button" on:click=move |_| {
                            confirming.set(true);
                            request_animation_frame(|| dom::focus_id("klaar-vraag"));
                        }>{s::done()}</button>
                    }.into_any()
                }}
            </div>
            {move || warning.get().then(|| view! {
                // Modal: Tab stays on its only button (focus never reaches the
                // page behind the overlay) and Escape means "stay", as the button.
                <div class="idle-warning" role="alertdialog" aria-modal="true" aria-labelledby="nog-daar-titel" aria-describedby="nog-daar-tekst"
                    on:keydown=move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
                        "Tab" => {
                            ev.prevent_default();
                            dom::focus_id("nog-daar");
                        }
                        "Escape" => {
                            ev.prevent_default();
                            last_input.set_value(now());
                            warning.set(false);
                        }
                        _ => {}
                    }>
                    <div class="idle-warning__box">
                        <h2 id="nog-daar-titel">{s::idle_title()}</h2>
                        <p id="nog-daar-tekst">{s::idle_text()}</p>
                        <button id="nog-daar" type="button" class="button" on:click=stay>{s::idle_stay()}</button>
                    </div>
                </div>
            })}
        </div>
    }
}
