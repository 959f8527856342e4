//! The review after a test or quiz: every question, what the learner chose,
//! what is right, and why. Said in words, never by colour alone.

use std::collections::BTreeMap;

use leptos::prelude::*;
use weerbaar_core::content::kinds::question::{Answer, AnswerOption, Question};
use weerbaar_core::progress::assessment;

use super::order::RightOrder;
use crate::app::i18n::content_lang;
use crate::app::markdown;
use crate::app::strings as s;

/// An ordered list reviewing `questions` against `answers`.
#[component]
pub fn ReviewList(module_id: String, questions: Vec<Question>, answers: BTreeMap<String, Vec<usize>>) -> impl IntoView {
    let items = questions
        .iter()
        .enumerate()
        .map(|(n, q)| {
            let picked = answers.get(&q.id).cloned().unwrap_or_default();
            let right = assessment::is_correct(q, &picked);
            let (yours, correct, why) = match &q.answer {
                Answer::One(options) | Answer::Several(options) => {
                    let texts = |which: &dyn Fn(usize, &AnswerOption) -> bool| {
                        options
                            .iter()
                            .enumerate()
                            .filter(|(i, o)| which(*i, o))
                            .map(|(_, o)| markdown::inline_text_blocks(&o.content))
                            .collect::<Vec<_>>()
                            .join("; ")
                    };
                    let why = picked.iter().filter_map(|&i| options.get(i)).map(|o| markdown::blocks(&module_id, &o.feedback)).collect::<Vec<_>>();
                    (texts(&|i, _| picked.contains(&i)), Some(texts(&|_, o| o.correct)), why.into_any())
                }
                // An order reads as a numbered line; the right order, with
                // each step's why, comes below it (not twice in one line).
                Answer::Order(steps) => {
                    let label = |i: &usize| steps.get(*i).map(|step| markdown::inline_text_blocks(&step.content));
                    let yours = s::numbered(&picked.iter().filter_map(label).collect::<Vec<_>>());
                    let why = view! { <RightOrder module_id=module_id.clone() steps=steps.clone() given=picked.clone()/> };
                    (yours, None, why.into_any())
                }
            };
            view! {
                <li class=if right { "review__item review__item--right" } else { "review__item review__item--wrong" }>
                    <h3>{format!("{} {}: ", s::question(), n + 1)}<span lang=content_lang()>{markdown::inline_text(&q.prompt)}</span></h3>
                    <p><strong>{if right { s::review_right() } else { s::review_wrong() }}</strong></p>
                    <p>{s::review_yours()}" "<span lang=content_lang()>{yours}</span></p>
                    {correct.filter(|_| !right).map(|c| view! { <p>{s::review_correct()}" "<span lang=content_lang()>{c}</span></p> })}
                    {why}
                    {markdown::blocks(&module_id, &q.explanation)}
                </li>
            }
        })
        .collect::<Vec<_>>();
    view! { <ol class="review">{items}</ol> }
}
