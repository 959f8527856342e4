//! A question with its options, as a knowledge check: choose, check, and
//! read why.
//!
//! Accessibility criteria:
//! - Must: the options are a `<fieldset>` whose `<legend>` is the question.
//! - Must: checking without a choice shows an error next to the options,
//!   linked with `aria-describedby`, and keeps what was entered.
//! - Must: after checking, focus moves to the feedback heading, so screen
//!   readers read the result (GOV.UK moves focus the same way).
//! - Must: right and wrong are said in words, never by colour alone.

use leptos::prelude::*;
use weerbaar_core::content::kinds::question::{Answer, Question};
use weerbaar_core::progress::assessment;

use super::choices::Choices;
use super::order::RightOrder;
use crate::app::i18n::content_lang;
use crate::app::markdown;
use crate::app::strings as s;
use crate::app::widgets::page_title::PageTitle;
use crate::platform::dom;

/// A question to check at once: a knowledge check inside a lesson page, or
/// a quiz question that is a page of its own.
#[component]
pub fn KnowledgeCheck(
    /// Module id, for resolving links and pictures.
    module_id: String,
    /// The question.
    question: Question,
    /// Id for the heading inside the legend, so the page can focus it.
    /// Ignored with `as_page`, where the heading is the page's `h1`.
    heading_id: &'static str,
    /// The question is the page's `h1` (one question per page).
    #[prop(optional)]
    as_page: bool,
    /// Told which options were chosen, once the learner checks.
    #[prop(optional)]
    on_checked: Option<Callback<Vec<usize>>>,
    /// Shown under the feedback once checked (e.g. the "next" button).
    #[prop(optional)]
    after_check: Option<ViewFn>,
) -> impl IntoView {
    let chosen = RwSignal::new(assessment::initial_answer(&question));
    let checked = RwSignal::new(false);
    let error = RwSignal::new(false);
    let name = format!("vraag-{}", question.id);
    let feedback_id = format!("{name}-uitleg");
    let error_id = format!("{name}-fout");
    let hint = s::answer_hint(&question.answer);
    let q = StoredValue::new(question.clone());
    // Copy, so the button can be rebuilt by the reactive view.
    let feedback_focus = StoredValue::new(feedback_id.clone());
    let check = move |_| {
        if chosen.with(Vec::is_empty) {
            error.set(true);
            return;
        }
        error.set(false);
        checked.set(true);
        if let Some(cb) = on_checked {
            cb.run(chosen.get_untracked());
        }
        // A plain String, not a reactive value: "Volgende vraag" may have
        // replaced this question (and disposed its values) before the frame
        // comes, at a double-click's speed or in a background tab.
        // try_: "Volgende vraag" may have replaced this question (and disposed
        // its values) before the frame comes, at a double-click's speed or in
        // a background tab; then there is nothing left to focus.
        request_animation_frame(move || {
            feedback_focus.try_with_value(|id| dom::focus_id(id));
        });
    };
    let prompt = markdown::inline_text(&question.prompt);
    let module_for_feedback = module_id.clone();
    let feedback = move || {
        checked.get().then(|| {
            let picked = chosen.get_untracked();
            let (right, answer, explanation) = q.with_value(|q| (assessment::is_correct(q, &picked), q.answer.clone(), q.explanation.clone()));
            let id = module_for_feedback.clone();
            // Choosing: the "why" of each chosen option. Ordering: the right
            // order, with the "why" of each step.
            let why = match answer {
                Answer::One(options) | Answer::Several(options) => {
                    picked.iter().filter_map(|&i| options.get(i)).map(|o| markdown::blocks(&id, &o.feedback)).collect::<Vec<_>>().into_any()
                }
                Answer::Order(steps) => view! { <RightOrder module_id=id.clone() steps given=picked/> }.into_any(),
            };
            view! {
                <div class=if right { "feedback feedback--right" } else { "feedback feedback--wrong" }>
                    <h3 id=feedback_id.clone() tabindex="-1">{if right { s::check_right() } else { s::check_not_yet() }}</h3>
                    {why}
                    {markdown::blocks(&id, &explanation)}
                </div>
                {after_check.clone().map(|f| f.run())}
            }
        })
    };
    view! {
        <div class="question">
            // GOV.UK pattern: on a question page the heading sits inside the
            // legend, so it is read once, as both.
            <fieldset class="fieldset" aria-describedby=move || error.get().then(|| error_id.clone())>
                {if as_page {
                    view! { <legend class="fieldset__legend fieldset__legend--page"><PageTitle text=prompt lang=content_lang()/></legend> }.into_any()
                } else {
                    view! { <legend class="fieldset__legend"><h2 id=heading_id tabindex="-1" lang=content_lang()>{prompt}</h2></legend> }.into_any()
                }}
                <div class="prose">{markdown::blocks(&module_id, &question.intro)}</div>
                <p class="hint">{hint}</p>
                {move || error.get().then(|| view! { <p class="error-message" role="alert" id=format!("vraag-{}-fout", q.with_value(|q| q.id.clone()))><span class="visually-hidden">{s::error_prefix()}</span>{s::choose_first()}</p> })}
                <Choices module_id=module_id.clone() question=question.clone() prefix=name.clone() chosen judged=checked/>
            </fieldset>
            {move || (!checked.get()).then(|| view! { <button type="button" class="button" on:click=check>{s::check_answer()}</button> })}
            <div aria-live="polite">{feedback}</div>
        </div>
    }
}
