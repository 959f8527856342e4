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
use weerbaar_core::progress::{assessment, repetition};

use super::question::KnowledgeCheck;
use super::review::ReviewList;
use crate::app::state::ProgressStore;
use crate::app::strings as s;
use crate::app::widgets::page_title::PageTitle;
use crate::platform::{dom, now};

const H1: &str = "paginatitel";

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
    let progress = expect_context::<ProgressStore>();
    let id = StoredValue::new(module_id);
    let questions = StoredValue::new(questions);
    let title = StoredValue::new(title);
    let record = move || id.with_value(|id| progress.doc.with(|d| d.module(id).cloned()));
    let answers = move || record().map(|m| m.answers).unwrap_or_default();
    // A quiz with answers in progress continues; otherwise the start page.
    let started = RwSignal::new(!answers().is_empty());
    // The question whose feedback is on screen. Answering records progress
    // at once (a reload must not lose it), which moves "next unanswered" on;
    // this keeps the answered question visible until "Volgende vraag".
    let showing = RwSignal::new(None::<String>);
    let next_unanswered = Memo::new(move |_| {
        let m = record();
        let answers = m.as_ref().map(|m| m.answers.clone()).unwrap_or_default();
        let review = m.map(|m| m.review).unwrap_or_default();
        questions.with_value(|qs| {
            let ids: Vec<&str> = qs.iter().map(|q| q.id.as_str()).collect();
            repetition::order(&ids, &review, now()).into_iter().find(|q| !answers.contains_key(*q)).map(str::to_string)
        })
    });
    let on_screen = Memo::new(move |_| showing.get().or_else(|| next_unanswered.get()));

    let on_checked = move |qid: String, picked: Vec<usize>| {
        showing.set(Some(qid.clone()));
        id.with_value(|id| {
            questions.with_value(|qs| {
                let Some(q) = qs.iter().find(|q| q.id == qid) else { return };
                let correct = assessment::is_correct(q, &picked);
                progress.doc.update(|d| {
                    let at = now();
                    d.record_answer(id, &qid, picked, at);
                    d.record_review(id, &qid, correct, at);
                    let answers = d.module(id).map(|m| m.answers.clone()).unwrap_or_default();
                    if assessment::next_unanswered(qs, &answers).is_none() {
                        let grade = assessment::grade(qs, &answers, pass_mark);
                        if grade.passed {
                            d.record_completed(id, Some(grade.percent), at);
                        }
                    }
                });
            })
        });
    };
    let go_on = move || {
        showing.set(None);
        dom::scroll_to_top();
        request_animation_frame(|| dom::focus_id(H1));
    };
    let forget = move |which: Vec<String>| {
        id.with_value(|id| progress.doc.update(|d| d.forget_answers(id, &which, now())));
        started.set(true);
        go_on();
    };

    move || {
        if !started.get() {
            let ids: Vec<String> = questions.with_value(|qs| qs.iter().map(|q| q.id.clone()).collect());
            let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
            let review = id.with_value(|id| progress.doc.with_untracked(|d| d.module(id).map(|m| m.review.clone()))).unwrap_or_default();
            let missed = repetition::missed_count(&refs, &review);
            return view! {
                <QuizStart title=title.get_value() summary=summary.clone() minutes count=ids.len() missed
                    on_start=Callback::new(move |_| { started.set(true); go_on(); })/>
            }
            .into_any();
        }
        match on_screen.get() {
            Some(qid) => {
                let total = questions.with_value(Vec::len);
                // Untracked: recording the answer must not rebuild the page
                // that is showing its feedback.
                let done = id.with_value(|id| progress.doc.with_untracked(|d| d.module(id).map_or(0, |m| m.answers.len()))).min(total);
                let position = if showing.get_untracked().is_some() { done } else { done + 1 };
                let Some(question) = questions.with_value(|qs| qs.iter().find(|q| q.id == qid).cloned()) else {
                    return ().into_any();
                };
                let last = position >= total;
                let caption = format!("{}: {} {} {} {total}", title.get_value(), s::QUESTION, position.max(1), s::OF);
                let qid_for_check = qid.clone();
                view! {
                    <p class="caption">{caption}</p>
                    <KnowledgeCheck module_id=id.get_value() question heading_id=H1 as_page=true
                        on_checked=Callback::new(move |picked| on_checked(qid_for_check.clone(), picked))
                        after_check=ViewFn::from(move || view! {
                            <button type="button" class="button" on:click=move |_| go_on()>
                                {if last { s::SEE_RESULT } else { s::NEXT_QUESTION }}
                            </button>
                        })/>
                }
                .into_any()
            }
            None => {
                let answers = answers();
                let grade = questions.with_value(|qs| assessment::grade(qs, &answers, pass_mark));
                let missed = grade.missed.clone();
                let all: Vec<String> = questions.with_value(|qs| qs.iter().map(|q| q.id.clone()).collect());
                view! {
                    <QuizResult module_id=id.get_value() questions=questions.get_value() answers grade
                        on_retry=Callback::new(move |_| forget(missed.clone()))
                        on_restart=Callback::new(move |_| forget(all.clone()))/>
                }
                .into_any()
            }
        }
    }
}

#[component]
fn QuizStart(title: String, summary: Option<String>, minutes: Option<u32>, count: usize, missed: usize, on_start: Callback<()>) -> impl IntoView {
    let facts = match minutes {
        Some(m) => format!("{count} {} · {} {m} {}", s::QUESTIONS, s::QUIZ_ABOUT, s::MINUTES),
        None => format!("{count} {}", s::QUESTIONS),
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
