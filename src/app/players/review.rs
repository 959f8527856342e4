//! The review after a test or quiz: every question, what the learner chose,
//! what is right, and why. Said in words, never by colour alone.

use std::collections::BTreeMap;

use leptos::prelude::*;
use weerbaar_core::content::kinds::question::Question;
use weerbaar_core::progress::assessment;

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
            let texts = |which: &dyn Fn(usize) -> bool| {
                q.options
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| which(*i))
                    .map(|(_, o)| markdown::inline_text_blocks(&o.content))
                    .collect::<Vec<_>>()
                    .join("; ")
            };
            let yours = texts(&|i| picked.contains(&i));
            let correct = texts(&|i| q.options[i].correct);
            let why: Vec<_> = picked.iter().filter_map(|&i| q.options.get(i)).map(|o| markdown::blocks(&module_id, &o.feedback)).collect();
            view! {
                <li class=if right { "review__item review__item--right" } else { "review__item review__item--wrong" }>
                    <h3>{format!("{} {}: {}", s::QUESTION, n + 1, markdown::inline_text(&q.prompt))}</h3>
                    <p><strong>{if right { s::REVIEW_RIGHT } else { s::REVIEW_WRONG }}</strong></p>
                    <p>{s::REVIEW_YOURS}" "{yours}</p>
                    {(!right).then(|| view! { <p>{s::REVIEW_CORRECT}" "{correct.clone()}</p> })}
                    {why}
                    {markdown::blocks(&module_id, &q.explanation)}
                </li>
            }
        })
        .collect::<Vec<_>>();
    view! { <ol class="review">{items}</ol> }
}
