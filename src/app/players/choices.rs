//! The answer options of a question as radio buttons or checkboxes, or an
//! ordering question's steps ([`OrderSteps`]): one component for the
//! knowledge check and the final test, so both keep the same markup, names
//! and keyboard behaviour, and a new question type is added here once.
//!
//! Accessibility criteria:
//! - Must: each option is a native input with its own `<label>`, inside the
//!   caller's `<fieldset>`; one `name` per question, so arrow keys move
//!   between radio buttons.
//! - Must: once judged, right and wrong are said in words next to the
//!   option, never by colour alone.

use leptos::prelude::*;
use weerbaar_core::content::kinds::question::{Answer, AnswerOption, Question};
use weerbaar_core::progress::assessment;

use super::order::OrderSteps;
use crate::app::markdown;
use crate::app::strings as s;

/// The options (or steps) of `question`, bound to `chosen`.
#[component]
pub fn Choices(
    /// Module id, for resolving links and pictures in the options.
    module_id: String,
    /// The question whose options these are.
    question: Question,
    /// The start of each input's id (`{prefix}-{n}`) and the group's name.
    prefix: String,
    /// The options chosen, in the order they were chosen; for an ordering
    /// question the learner's order (start it with
    /// `assessment::initial_answer`).
    chosen: RwSignal<Vec<usize>>,
    /// Once true, the options are locked and say which was right and which
    /// chosen one was wrong. Never, for a test judged only at the end.
    #[prop(optional, into)]
    judged: Signal<bool>,
) -> impl IntoView {
    match question.answer {
        Answer::One(options) => options_view(module_id, options, prefix, chosen, judged, false).into_any(),
        Answer::Several(options) => options_view(module_id, options, prefix, chosen, judged, true).into_any(),
        Answer::Order(steps) => view! { <OrderSteps module_id steps prefix order=chosen judged/> }.into_any(),
    }
}

fn options_view(
    module_id: String,
    options: Vec<AnswerOption>,
    prefix: String,
    chosen: RwSignal<Vec<usize>>,
    judged: Signal<bool>,
    multiple: bool,
) -> impl IntoView {
    options
        .iter()
        .enumerate()
        .map(|(i, option)| {
            let id = format!("{prefix}-{i}");
            let toggle = move |_| chosen.update(|c| assessment::toggle_choice(c, i, multiple));
            let correct = option.correct;
            let verdict = move || {
                let text = match (judged.get(), correct, chosen.with(|c| c.contains(&i))) {
                    (false, _, _) => return None,
                    (true, true, _) => s::option_right(),
                    (true, false, true) => s::option_your_wrong(),
                    (true, false, false) => return None,
                };
                Some(view! { <span class=if correct { "verdict verdict--right" } else { "verdict verdict--wrong" }>{text}</span> })
            };
            let label = view! { {markdown::blocks(&module_id, &option.content)}{verdict} }.into_any();
            view! {
                <ChoiceInput id name=prefix.clone() multiple checked=Signal::derive(move || chosen.with(|c| c.contains(&i)))
                    on_change=Callback::new(toggle) disabled=judged label/>
            }
        })
        .collect::<Vec<_>>()
}

/// One answer option: a native radio button or checkbox with its own
/// label. The one markup for every option list in the app (questions, the
/// own before/after measurement, the children's privacy exercise), so they
/// share names, styling and keyboard behaviour.
#[component]
pub fn ChoiceInput(
    /// The input's id; the label points at it.
    id: String,
    /// The group's name: radio buttons with one name form one group, so
    /// the arrow keys move between them.
    name: String,
    /// A checkbox instead of a radio button.
    #[prop(optional)]
    multiple: bool,
    /// Whether it is chosen.
    #[prop(into)]
    checked: Signal<bool>,
    /// Run when the learner (un)chooses it.
    on_change: Callback<()>,
    /// Locked, once judged.
    #[prop(optional, into)]
    disabled: Signal<bool>,
    /// What the label says (content, or the app's words).
    label: AnyView,
    /// The label's `lang`, when its text is content in another language.
    #[prop(default = None)]
    lang: Option<&'static str>,
) -> impl IntoView {
    view! {
        <div class="choice">
            <input class="choice__input" type=if multiple { "checkbox" } else { "radio" } id=id.clone() name=name
                prop:checked=move || checked.get() on:change=move |_| on_change.run(()) disabled=move || disabled.get()/>
            <label class="choice__label" for=id lang=lang>{label}</label>
        </div>
    }
}
