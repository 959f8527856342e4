//! A round of items answered one by one (quiz questions, "signaal of
//! niet?" cards): which item is on screen, recording answers and the
//! spaced-repetition schedule, practising the missed items and starting a
//! new attempt.
//!
//! Answers are saved the moment they are given, so a reload never loses
//! them; `showing` keeps the answered item on screen with its feedback
//! until the learner moves on.

use std::collections::BTreeMap;

use leptos::prelude::*;
use weerbaar_core::progress::{assessment, repetition};

use crate::app::state::ProgressStore;
use crate::platform::{dom, now};

/// The page heading that receives focus after every step.
pub const H1: &str = "paginatitel";

/// Shared state of one round. `Copy`, so event handlers can hold it.
#[derive(Clone, Copy)]
pub struct Round {
    progress: ProgressStore,
    module_id: StoredValue<String>,
    ids: StoredValue<Vec<String>>,
    /// The item whose feedback is on screen.
    showing: RwSignal<Option<String>>,
    /// The item on screen: the one showing feedback, else the next to ask.
    pub on_screen: Memo<Option<String>>,
    /// Whether the learner is past the start page.
    pub started: RwSignal<bool>,
}

impl Round {
    /// A round over `ids` (in document order) of module `module_id`.
    pub fn new(module_id: String, ids: Vec<String>) -> Self {
        let progress = expect_context::<ProgressStore>();
        let module_id = StoredValue::new(module_id);
        let ids = StoredValue::new(ids);
        let showing = RwSignal::new(None::<String>);
        let next = Memo::new(move |_| {
            let m = module_id.with_value(|id| progress.doc.with(|d| d.module(id).cloned()));
            let (answers, review) = m.map(|m| (m.answers, m.review)).unwrap_or_default();
            ids.with_value(|ids| {
                let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
                repetition::order(&refs, &review, now()).into_iter().find(|q| !answers.contains_key(*q)).map(str::to_string)
            })
        });
        let on_screen = Memo::new(move |_| showing.get().or_else(|| next.get()));
        let started = RwSignal::new(module_id.with_value(|id| progress.doc.with_untracked(|d| d.module(id).is_some_and(|m| !m.answers.is_empty()))));
        Round { progress, module_id, ids, showing, on_screen, started }
    }

    /// Answers so far (tracked: for result pages).
    pub fn answers(&self) -> BTreeMap<String, Vec<usize>> {
        self.module_id.with_value(|id| self.progress.doc.with(|d| d.module(id).map(|m| m.answers.clone()).unwrap_or_default()))
    }

    /// Whether the item on screen has been answered and shows feedback.
    pub fn showing_feedback_untracked(&self) -> bool {
        self.showing.with_untracked(Option::is_some)
    }

    /// How many items were missed last time (for the start page).
    pub fn missed_before_untracked(&self) -> usize {
        let review = self.module_id.with_value(|id| self.progress.doc.with_untracked(|d| d.module(id).map(|m| m.review.clone()))).unwrap_or_default();
        self.ids.with_value(|ids| {
            let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
            repetition::missed_count(&refs, &review)
        })
    }

    /// Records an answer and keeps its item on screen. `finish` runs on the
    /// document when this answer completes the round, to record completion.
    pub fn answer(
        &self,
        item: &str,
        chosen: Vec<usize>,
        correct: bool,
        finish: impl FnOnce(&mut weerbaar_core::progress::ProgressDoc, &str, &BTreeMap<String, Vec<usize>>),
    ) {
        self.showing.set(Some(item.to_string()));
        let all = self.ids.get_value();
        self.module_id.with_value(|id| {
            self.progress.doc.update(|d| {
                let at = now();
                d.record_answer(id, item, chosen, at);
                d.record_review(id, item, correct, at);
                let answers = d.module(id).map(|m| m.answers.clone()).unwrap_or_default();
                if all.iter().all(|q| answers.contains_key(q)) {
                    finish(d, id, &answers);
                }
            })
        });
    }

    /// Leaves the feedback and shows the next item (or the result).
    pub fn next(&self) {
        self.showing.set(None);
        self.started.set(true);
        dom::scroll_to_top();
        request_animation_frame(|| dom::focus_id(H1));
    }

    /// Practises `items` (the missed ones) again; see
    /// `ProgressDoc::start_practice` for why that never changes the result.
    pub fn practise(&self, items: &[String]) {
        self.module_id.with_value(|id| self.progress.doc.update(|d| d.start_practice(id, items, now())));
        self.next();
    }

    /// Starts a new attempt at every item.
    pub fn restart(&self) {
        self.module_id.with_value(|id| self.progress.doc.update(|d| d.start_attempt(id, now())));
        self.next();
    }

    /// Where the learner is in this round, for "Vraag 2 van 4" (untracked,
    /// like [`Round::answered_untracked`]).
    pub fn step_untracked(&self) -> assessment::Step {
        let m = self.module_id.with_value(|id| self.progress.doc.with_untracked(|d| d.module(id).cloned())).unwrap_or_default();
        self.ids.with_value(|ids| assessment::round_step(ids, &m.answers, &m.practice, self.showing_feedback_untracked()))
    }

    /// How many items are being practised (0 in a real attempt); tracked,
    /// for result pages.
    pub fn practised(&self) -> usize {
        self.module_id.with_value(|id| self.progress.doc.with(|d| d.module(id).map_or(0, |m| m.practice.len())))
    }

    /// The recorded result of the last complete attempt (tracked).
    pub fn result(&self) -> Option<weerbaar_core::progress::AttemptResult> {
        self.module_id.with_value(|id| self.progress.doc.with(|d| d.module(id).and_then(|m| m.result)))
    }

    /// Every item id, in document order.
    pub fn ids(&self) -> Vec<String> {
        self.ids.get_value()
    }
}
