//! The scenario quiz: a situation and one question per page, feedback and
//! an explanation right after answering, then a result page with a review.
//! Questions missed on an earlier visit come first (spaced repetition in
//! `weerbaar_core::progress::repetition`); "oefen wat je fout had" replays
//! only the misses, as practice that leaves the round's result as it was.
//!
//! Accessibility criteria:
//! - Must: the question is the page's `h1` and the `<legend>`; after
//!   "Volgende vraag" focus moves to the new `h1`.
//! - Must: feedback is said in words and receives focus after checking.
//! - Must: everything works with Tab, Space and Enter alone.

use std::collections::BTreeMap;

use leptos::prelude::*;
use weerbaar_core::content::document::Block;
use weerbaar_core::content::kinds::question::Question;
use weerbaar_core::progress::{assessment, AttemptResult};

use super::question::KnowledgeCheck;
use super::review::ReviewList;
use super::round::{Round, H1};
use crate::app::i18n::{content_lang, with_content};
use crate::app::markdown;
use crate::app::strings as s;
use crate::app::widgets::module_end::ModuleEnd;
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
    /// Text before the first question (`Module::intro`), for the start page.
    intro: Vec<Block>,
    /// The questions.
    questions: Vec<Question>,
    /// Percentage needed to count the quiz as done.
    pass_mark: u32,
) -> impl IntoView {
    let round = Round::new(module_id.clone(), questions.iter().map(|q| q.id.clone()).collect());
    let id = StoredValue::new(module_id);
    let questions = StoredValue::new(questions);
    let title = StoredValue::new(title);
    let intro = StoredValue::new(intro);

    let on_checked = move |qid: String, picked: Vec<usize>| {
        let correct = questions.with_value(|qs| qs.iter().find(|q| q.id == qid).is_some_and(|q| assessment::is_correct(q, &picked)));
        round.answer(&qid, picked, correct, |d, id, answers| {
            let grade = questions.with_value(|qs| assessment::grade(qs, answers, pass_mark));
            d.record_round(id, &grade, now());
        });
    };

    move || {
        if !round.started.get() {
            return view! {
                <QuizStart module_id=id.get_value() title=title.get_value() summary=summary.clone() intro=intro.get_value() minutes count=round.ids().len() pass_mark
                    missed=round.missed_before_untracked() on_start=Callback::new(move |_| round.next())/>
            }
            .into_any();
        }
        match round.on_screen.get() {
            Some(qid) => {
                let step = round.step_untracked();
                let Some(question) = questions.with_value(|qs| qs.iter().find(|q| q.id == qid).cloned()) else {
                    return ().into_any();
                };
                let last = step.is_last();
                let caption = s::question_caption(&title.get_value(), step);
                view! {
                    <p class="caption">{with_content(caption, &title.get_value(), content_lang())}</p>
                    <KnowledgeCheck module_id=id.get_value() question heading_id=H1 as_page=true
                        on_checked=Callback::new(move |picked| on_checked(qid.clone(), picked))
                        after_check=ViewFn::from(move || view! {
                            <button type="button" class="button" on:click=move |_| round.next()>
                                {if last { s::see_result() } else { s::next_question() }}
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
                        practised=round.practised() result=round.result() pass_mark
                        on_retry=Callback::new(move |_| round.practise(&missed))
                        on_restart=Callback::new(move |_| round.restart())/>
                }
                .into_any()
            }
        }
    }
}

#[component]
fn QuizStart(
    module_id: String,
    title: String,
    summary: Option<String>,
    intro: Vec<Block>,
    minutes: Option<u32>,
    count: usize,
    pass_mark: u32,
    missed: usize,
    on_start: Callback<()>,
) -> impl IntoView {
    let facts = match minutes {
        Some(m) => format!("{} · {} {m} {}", s::questions(count), s::quiz_about(), s::minutes()),
        None => s::questions(count),
    };
    view! {
        <PageTitle text=title lang=content_lang()/>
        {summary.map(|t| view! { <p class="lead" lang=content_lang()>{t}</p> })}
        {(!intro.is_empty()).then(|| view! { <div class="prose">{markdown::blocks(&module_id, &intro)}</div> })}
        <p>{facts}</p>
        <p>{s::quiz_pass_mark(pass_mark, assessment::needed_to_pass(count, pass_mark), count)}</p>
        {(missed > 0).then(|| view! { <p class="notice notice--info">{s::quiz_missed_first(missed)}</p> })}
        <button type="button" class="button" on:click=move |_| on_start.run(())>{s::quiz_start()}</button>
    }
}

#[component]
fn QuizResult(
    module_id: String,
    questions: Vec<Question>,
    answers: BTreeMap<String, Vec<usize>>,
    grade: assessment::Grade,
    /// How many questions were practised; 0 after a whole round.
    practised: usize,
    /// The recorded result of the last whole round.
    result: Option<AttemptResult>,
    pass_mark: u32,
    on_retry: Callback<()>,
    on_restart: Callback<()>,
) -> impl IntoView {
    let any_missed = !grade.missed.is_empty();
    let (headline, verdict, passed) = match (practised, result) {
        (1.., Some(r)) => {
            (s::practised_questions(practised.saturating_sub(grade.missed.len()), practised), s::quiz_result_stays(r.score, pass_mark), r.passed)
        }
        _ => (
            s::score_line(grade.correct, grade.total, grade.percent),
            if !any_missed {
                s::quiz_all_right()
            } else if grade.passed {
                s::quiz_passed()
            } else {
                s::quiz_not_yet()
            }
            .to_string(),
            grade.passed,
        ),
    };
    let title = if practised > 0 { s::practice_title() } else { s::result_title() };
    view! {
        <PageTitle text=title.to_string()/>
        <div class=if passed { "panel panel--passed" } else { "panel panel--not-yet" }>
            <p class="panel__score">{headline}</p>
            <p>{verdict}</p>
        </div>
        <div class="button-row">
            {(any_missed && practised == 0).then(|| view! { <button type="button" class="button" on:click=move |_| on_retry.run(())>{s::retry_missed()}</button> })}
            <button type="button" class="button button--secondary" on:click=move |_| on_restart.run(())>{s::quiz_restart()}</button>
        </div>
        <ModuleEnd module_id=module_id.clone()/>
        <h2>{s::review_title()}</h2>
        <ReviewList module_id questions answers/>
    }
}
