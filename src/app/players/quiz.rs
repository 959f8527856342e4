//! The scenario quiz: a situation and one question per page, feedback and
//! an explanation right after answering, then a result page with a review.
//! Questions missed on an earlier visit come first (spaced repetition in
//! `weerbaar_core::progress::repetition`); "oefen wat je fout had" replays
//! only the misses.
//!
//! Accessibility criteria:
//! - Must: the question is the page's `h1` and the `<legend>`; after
//!   "Volgende vraag" focus moves to the new `h1`.
//! - Must: feedback is said in words and receives focus after checking.
//! - Must: everything works with Tab, Space and Enter alone.

use std::collections::BTreeMap;

use leptos::prelude::*;
use weerbaar_core::content::kinds::question::Question;
use weerbaar_core::progress::assessment;

use super::question::KnowledgeCheck;
use super::review::ReviewList;
use super::round::{Round, H1};
use crate::app::strings as s;
use crate::app::widgets::page_title::PageTitle;
use crate::platform::now;

/// Plays a quiz.
#[component]
pub fn QuizPlayer(
    /// Module id (progress key, link base).
    module_id: String,
    /// Module title, for the start page and above each question.
    title: String,
    /// `omschrijving:`, for the start page.
    summary: Option<String>,
    /// `duur:` in minutes.
    minutes: Option<u32>,
    /// The questions.
    questions: Vec<Question>,
    /// Percentage needed to count the quiz as done.
    pass_mark: u32,
) -> impl IntoView {
    let round = Round::new(module_id.clone(), questions.iter().map(|q| q.id.clone()).collect());
    let id = StoredValue::new(module_id);
    let questions = StoredValue::new(questions);
    let title = StoredValue::new(title);

    let on_checked = move |qid: String, picked: Vec<usize>| {
        let correct = questions.with_value(|qs| qs.iter().find(|q| q.id == qid).is_some_and(|q| assessment::is_correct(q, &picked)));
        round.answer(&qid, picked, correct, |d, id, answers| {
            let grade = questions.with_value(|qs| assessment::grade(qs, answers, pass_mark));
            if grade.passed {
                d.record_completed(id, Some(grade.percent), now());
            }
        });
    };

    move || {
        if !round.started.get() {
            return view! {
                <QuizStart title=title.get_value() summary=summary.clone() minutes count=round.ids().len()
                    missed=round.missed_before_untracked() on_start=Callback::new(move |_| round.next())/>
            }
            .into_any();
        }
        match round.on_screen.get() {
            Some(qid) => {
                let total = questions.with_value(Vec::len);
                let done = round.answered_untracked().min(total);
                let position = if round.showing_feedback_untracked() { done } else { done + 1 };
                let Some(question) = questions.with_value(|qs| qs.iter().find(|q| q.id == qid).cloned()) else {
                    return ().into_any();
                };
                let last = position >= total;
                let caption = format!("{}: {} {} {} {total}", title.get_value(), s::QUESTION, position.max(1), s::OF);
                view! {
                    <p class="caption">{caption}</p>
                    <KnowledgeCheck module_id=id.get_value() question heading_id=H1 as_page=true
                        on_checked=Callback::new(move |picked| on_checked(qid.clone(), picked))
                        after_check=ViewFn::from(move || view! {
                            <button type="button" class="button" on:click=move |_| round.next()>
                                {if last { s::SEE_RESULT } else { s::NEXT_QUESTION }}
                            </button>
                        })/>
                }
                .into_any()
            }
            None => {
                let answers = round.answers();
                let grade = questions.with_value(|qs| assessment::grade(qs, &answers, pass_mark));
                let missed = grade.missed.clone();
                view! {
                    <QuizResult module_id=id.get_value() questions=questions.get_value() answers grade
                        on_retry=Callback::new(move |_| round.replay(&missed))
                        on_restart=Callback::new(move |_| round.replay(&round.ids()))/>
                }
                .into_any()
            }
        }
    }
}

#[component]
fn QuizStart(title: String, summary: Option<String>, minutes: Option<u32>, count: usize, missed: usize, on_start: Callback<()>) -> impl IntoView {
    let facts = match minutes {
        Some(m) => format!("{} · {} {m} {}", s::questions(count), s::QUIZ_ABOUT, s::MINUTES),
        None => s::questions(count),
    };
    view! {
        <PageTitle text=title/>
        {summary.map(|t| view! { <p class="lead">{t}</p> })}
        <p>{facts}</p>
        {(missed > 0).then(|| view! { <p class="notice notice--info">{s::quiz_missed_first(missed)}</p> })}
        <button type="button" class="button" on:click=move |_| on_start.run(())>{s::QUIZ_START}</button>
    }
}

#[component]
fn QuizResult(
    module_id: String,
    questions: Vec<Question>,
    answers: BTreeMap<String, Vec<usize>>,
    grade: assessment::Grade,
    on_retry: Callback<()>,
    on_restart: Callback<()>,
) -> impl IntoView {
    let summary = format!("{} {} {} {} {} ({}%).", s::RESULT_YOU_HAD, grade.correct, s::OF, grade.total, s::RESULT_RIGHT, grade.percent);
    let any_missed = !grade.missed.is_empty();
    view! {
        <PageTitle text=s::RESULT_TITLE.to_string()/>
        <div class=if grade.passed { "panel panel--passed" } else { "panel panel--not-yet" }>
            <p class="panel__score">{summary}</p>
            <p>{if !any_missed { s::QUIZ_ALL_RIGHT } else if grade.passed { s::QUIZ_PASSED } else { s::QUIZ_NOT_YET }}</p>
        </div>
        <div class="button-row">
            {any_missed.then(|| view! { <button type="button" class="button" on:click=move |_| on_retry.run(())>{s::RETRY_MISSED}</button> })}
            <button type="button" class="button button--secondary" on:click=move |_| on_restart.run(())>{s::QUIZ_RESTART}</button>
        </div>
        <h2>{s::REVIEW_TITLE}</h2>
        <ReviewList module_id questions answers/>
    }
}
