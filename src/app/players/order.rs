//! An ordering question's steps (`{.volgorde}`): the learner moves each step
//! up or down with buttons until the order is right. The rules (start order,
//! moving, judging) are in `weerbaar_core::progress::order`.
//!
//! Accessibility criteria:
//! - Must: every step can be moved with buttons alone, by keyboard or a
//!   single click (WCAG 2.5.7: no dragging needed). There is no dragging.
//! - Must: each button's name starts with its visible word and names the
//!   step ("Omhoog: zet 'Bel 112' eerder"), WCAG 2.5.3.
//! - Must: after a move, focus stays on the button just pressed (now at the
//!   step's new place), and the new place is said in a polite live region.
//! - Must: at the top or bottom a button stays focusable (`aria-disabled`,
//!   not `disabled`), so focus never falls to the page; pressing it says
//!   that the step is already there.
//! - Must: once judged, each step says in words whether it was in the right
//!   place, and the feedback lists the right order.

use leptos::prelude::*;
use weerbaar_core::content::kinds::question::Step;
use weerbaar_core::progress::order::{self, Direction};

use crate::app::markdown;
use crate::app::strings as s;
use crate::platform::dom;

/// The steps in the learner's current order, with buttons to move them.
#[component]
pub fn OrderSteps(
    /// Module id, for resolving links and pictures in the steps.
    module_id: String,
    /// The steps in the right order (as the trainer wrote them).
    steps: Vec<Step>,
    /// The start of the buttons' ids (`{prefix}-{step}-omhoog`).
    prefix: String,
    /// The learner's order: step indices, first place first.
    order: RwSignal<Vec<usize>>,
    /// Once true, the buttons are gone and each step says whether its place
    /// was right.
    #[prop(into)]
    judged: Signal<bool>,
) -> impl IntoView {
    let labels: Vec<String> = steps.iter().map(|step| markdown::inline_text_blocks(&step.content)).collect();
    let labels = StoredValue::new(labels);
    let steps = StoredValue::new(steps);
    let prefix = StoredValue::new(prefix);
    let said = RwSignal::new(String::new());
    let press = move |step: usize, direction: Direction| {
        let Some(at) = order.with_untracked(|o| o.iter().position(|&s| s == step)) else { return };
        let mut moved = None;
        order.update(|o| moved = order::move_step(o, at, direction));
        let total = order.with_untracked(Vec::len);
        let label = labels.with_value(|l| l.get(step).cloned().unwrap_or_default());
        said.set(match moved {
            Some(to) => s::step_moved(&label, to + 1, total),
            None => s::step_at_end(&label, direction == Direction::Up),
        });
        // The list is drawn anew in its new order, so the pressed button is
        // a new element: give it focus back once it is in the document.
        let id = button_id(&prefix.get_value(), step, direction);
        request_animation_frame(move || dom::focus_id(&id));
    };
    let rows = move || {
        let current = order.get();
        let total = current.len();
        let done = judged.get();
        current
            .iter()
            .enumerate()
            .map(|(place, &step)| {
                let label = labels.with_value(|l| l.get(step).cloned().unwrap_or_default());
                let content = steps.with_value(|all| all.get(step).map(|s| s.content.clone()).unwrap_or_default());
                let right = place == step;
                let verdict = done.then(|| {
                    view! {
                        <span class=if right { "verdict verdict--right" } else { "verdict verdict--wrong" }>
                            {if right { s::place_right() } else { s::place_wrong() }}
                        </span>
                    }
                });
                let buttons = (!done).then(|| {
                    let p = prefix.get_value();
                    view! {
                        <span class="order__buttons">
                            <button type="button" class="button button--small button--secondary" id=button_id(&p, step, Direction::Up)
                                aria-label=s::move_up_label(&label) aria-disabled=(place == 0).then_some("true")
                                on:click=move |_| press(step, Direction::Up)>{s::move_up()}</button>
                            <button type="button" class="button button--small button--secondary" id=button_id(&p, step, Direction::Down)
                                aria-label=s::move_down_label(&label) aria-disabled=(place + 1 == total).then_some("true")
                                on:click=move |_| press(step, Direction::Down)>{s::move_down()}</button>
                        </span>
                    }
                });
                view! {
                    <li class="order__step">
                        <div class="order__text">{markdown::blocks(&module_id, &content)}{verdict}</div>
                        {buttons}
                    </li>
                }
            })
            .collect::<Vec<_>>()
    };
    view! {
        <ol class="order">{rows}</ol>
        <p class="visually-hidden" aria-live="polite">{move || said.get()}</p>
    }
}

fn button_id(prefix: &str, step: usize, direction: Direction) -> String {
    let word = match direction {
        Direction::Up => "omhoog",
        Direction::Down => "omlaag",
    };
    format!("{prefix}-stap{step}-{word}")
}

/// The right order with each step's "why", and how many places the learner
/// had right: shown after checking and in the review.
#[component]
pub fn RightOrder(
    /// Module id, for resolving links and pictures.
    module_id: String,
    /// The steps in the right order.
    steps: Vec<Step>,
    /// The learner's order.
    given: Vec<usize>,
) -> impl IntoView {
    let right = order::places_right(&given).iter().filter(|&&r| r).count();
    let all_right = order::is_right(&given, steps.len());
    view! {
        {(!all_right).then(|| view! { <p>{s::places_right(right, steps.len())}</p> })}
        <p><strong>{s::order_right_title()}</strong></p>
        <ol class="order order--right">
            {steps.iter().map(|step| view! {
                <li>{markdown::blocks(&module_id, &step.content)}{markdown::blocks(&module_id, &step.feedback)}</li>
            }).collect::<Vec<_>>()}
        </ol>
    }
}
