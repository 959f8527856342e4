//! The final test of a lesson: one question per page with the question as
//! the page's `h1`, then a result page that reviews every answer.
//!
//! Accessibility criteria:
//! - Must: the question is the `h1` and the `<legend>` (GOV.UK "one question
//!   per page"); after each step focus moves to the new `h1`.
//! - Must: "Volgende" without a choice shows an error summary (role=alert,
//!   focused) whose link moves focus to the first option, plus an inline
//!   error; nothing the learner entered is cleared.
//! - Must: the review says in words what was chosen and what is right.

use std::collections::BTreeMap;

use leptos::prelude::*;
use weerbaar_core::content::kinds::question::Question;
use weerbaar_core::progress::{assessment, AttemptResult};
use weerbaar_core::route::Route;

use super::choices::Choices;
use super::review::ReviewList;
use crate::app::i18n::{content_lang, with_content};
use crate::app::markdown;
use crate::app::state::ProgressStore;
use crate::app::strings as s;
use crate::app::widgets::module_end::ModuleEnd;
use crate::app::widgets::page_title::PageTitle;
use crate::platform::{dom, now};

const H1: &str = "paginatitel";

/// Plays the final test and shows the result.
///
/// The recorded result is always that of a complete attempt: practising
/// the missed questions afterwards is said to be practice and changes
/// nothing; "Doe de hele toets opnieuw" asks every question again, in a new
/// order. The rules are in `weerbaar_core::progress` (`record_round`,
/// `start_practice`, `start_attempt`).
#[component]
pub fn FinalTest(
    /// Module id (progress key, link base).
    module_id: String,
    /// Module title, shown above each question.
    module_title: String,
    /// The test's questions: the pool an attempt draws from.
    questions: Vec<Question>,
    /// `toetsvragen:`, how many questions one attempt asks; all when None.
    size: Option<u32>,
    /// Percentage needed to pass.
    pass_mark: u32,
    /// Back to the lesson pages.
    on_back: Callback<()>,
) -> impl IntoView {
    let progress = expect_context::<ProgressStore>();
    let id = StoredValue::new(module_id);
    let questions = StoredValue::new(questions);
    let state = move || id.with_value(|id| progress.doc.with(|d| d.module(id).cloned().unwrap_or_default()));
    // The questions of the attempt under way, in the order it asks them.
    let asked = move |attempt: u32| questions.with_value(|pool| assessment::attempt_questions(pool, attempt, size));
    // Which question is open; None shows the result.
    let current = Memo::new(move |_| {
        let m = state();
        assessment::next_unanswered(&asked(m.attempt), &m.answers).map(|q| q.id.clone())
    });
    let title = StoredValue::new(module_title);
    // Answering is the event that changes progress; views only read it.
    // (Recording the result from inside the result view would change the
    // very document that view reads, and loop.)
    let on_answer = Callback::new(move |(question, picked): (String, Vec<usize>)| {
        id.with_value(|id| {
            progress.doc.update(|d| {
                d.record_answer(id, &question, picked, now());
                let m = d.module(id).cloned().unwrap_or_default();
                let qs = asked(m.attempt);
                if assessment::next_unanswered(&qs, &m.answers).is_none() {
                    d.record_round(id, &assessment::grade(&qs, &m.answers, pass_mark), now());
                }
            })
        })
    });
    view! {
        {move || match current.get() {
            Some(qid) => {
                let m = state();
                let qs = asked(m.attempt);
                let ids: Vec<String> = qs.iter().map(|q| q.id.clone()).collect();
                let step = assessment::round_step(&ids, &m.answers, &m.practice, false);
                let Some(question) = qs.into_iter().find(|q| q.id == qid) else { return ().into_any() };
                let caption = s::question_caption(&title.get_value(), step);
                view! { <TestQuestion module_id=id.get_value() caption=with_content(caption, &title.get_value(), content_lang()) question last=step.is_last() on_answer/> }.into_any()
            }
            None => {
                let m = state();
                let qs = asked(m.attempt);
                let grade = assessment::grade(&qs, &m.answers, pass_mark);
                view! {
                    <TestResult module_id=id.get_value() questions=qs answers=m.answers grade
                        result=m.result practised=m.practice.len() pass_mark on_back/>
                }.into_any()
            }
        }}
    }
}

#[component]
fn TestQuestion(module_id: String, caption: AnyView, question: Question, last: bool, on_answer: Callback<(String, Vec<usize>)>) -> impl IntoView {
    let chosen = RwSignal::new(assessment::initial_answer(&question));
    let error = RwSignal::new(false);
    let first_option = format!("toets-{}-0", question.id);
    let qid = StoredValue::new(question.id.clone());
    let hint = s::answer_hint(&question.answer);
    let next = move |_| {
        if chosen.with(Vec::is_empty) {
            error.set(true);
            request_animation_frame(|| dom::focus_id("foutmelding"));
            return;
        }
        on_answer.run((qid.get_value(), chosen.get_untracked()));
        dom::scroll_to_top();
        request_animation_frame(|| dom::focus_id(H1));
    };
    let prompt = markdown::inline_text(&question.prompt);
    let focus_target = StoredValue::new(first_option);
    view! {
        {move || error.get().then(|| view! {
            <div class="error-summary" id="foutmelding" role="alert" tabindex="-1">
                <h2 class="error-summary__title">{s::error_summary_title()}</h2>
                <ul>
                    // The link must not change the URL hash (that is the
                    // route); it moves focus to the first option instead.
                    <li><a href=format!("#{}", focus_target.get_value()) on:click=move |ev| {
                        ev.prevent_default();
                        focus_target.with_value(|id| dom::focus_id(id));
                    }>{s::choose_first()}</a></li>
                </ul>
            </div>
        })}
        <p class="caption">{caption}</p>
        <fieldset class="fieldset" aria-describedby=move || error.get().then_some("toets-fout")>
            <legend class="fieldset__legend fieldset__legend--page"><PageTitle text=prompt lang=content_lang()/></legend>
            <div class="prose">{markdown::blocks(&module_id, &question.intro)}</div>
            <p class="hint">{hint}</p>
            {move || error.get().then(|| view! { <p class="error-message" id="toets-fout"><span class="visually-hidden">{s::error_prefix()}</span>{s::choose_first()}</p> })}
            <Choices module_id=module_id.clone() question=question.clone() prefix=format!("toets-{}", question.id) chosen/>
        </fieldset>
        <button type="button" class="button" on:click=next>{if last { s::to_result() } else { s::next() }}</button>
    }
}

#[component]
fn TestResult(
    module_id: String,
    questions: Vec<Question>,
    answers: BTreeMap<String, Vec<usize>>,
    /// The grade of the answers on screen (after practice: including it).
    grade: assessment::Grade,
    /// The recorded result of the last complete attempt.
    result: Option<AttemptResult>,
    /// How many questions were practised; 0 after a real attempt.
    practised: usize,
    pass_mark: u32,
    on_back: Callback<()>,
) -> impl IntoView {
    let progress = expect_context::<ProgressStore>();
    let missed = StoredValue::new(grade.missed.clone());
    let mid = StoredValue::new(module_id.clone());
    let restart = move |practice: bool| {
        mid.with_value(|m| {
            progress.doc.update(|d| {
                if practice {
                    missed.with_value(|q| d.start_practice(m, q, now()));
                } else {
                    d.start_attempt(m, now());
                }
            })
        });
        dom::scroll_to_top();
        request_animation_frame(|| dom::focus_id(H1));
    };
    // What counts is the recorded attempt; a practice round only reports
    // how the practice went.
    let (score, passed) = match (practised, result) {
        (1.., Some(r)) => (r.score, r.passed),
        _ => (grade.percent, grade.passed),
    };
    let headline = if practised > 0 {
        s::practice_result(practised - grade.missed.len().min(practised), practised, score, passed)
    } else {
        s::score_line(grade.correct, grade.total, grade.percent)
    };
    let needed = s::pass_mark(pass_mark, assessment::needed_to_pass(grade.total, pass_mark), grade.total);
    let can_practise = practised == 0 && !grade.missed.is_empty();
    view! {
        <PageTitle text={(if practised > 0 { s::practice_title() } else { s::result_title() }).to_string()}/>
        <div class=if passed { "panel panel--passed" } else { "panel panel--not-yet" }>
            <p class="panel__score">{headline}</p>
            <p>{needed}</p>
            {(practised == 0).then(|| view! { <p>{if passed { s::result_passed() } else { s::result_not_yet() }}</p> })}
            {passed.then(|| view! { <p><a href=Route::Certificate(module_id.clone()).href()>{s::cert_link()}</a></p> })}
        </div>
        <div class="button-row">
            {can_practise.then(|| view! { <button type="button" class="button" on:click=move |_| restart(true)>{s::retry_missed()}</button> })}
            <button type="button" class=if can_practise { "button button--secondary" } else { "button" } on:click=move |_| restart(false)>{s::restart_test()}</button>
            <button type="button" class="button button--secondary" on:click=move |_| on_back.run(())>{s::back_to_lesson()}</button>
        </div>
        <ModuleEnd module_id=module_id.clone()/>
        <h2>{s::review_title()}</h2>
        <ReviewList module_id questions answers/>
    }
}
