//! What a learner has done, as one versioned document.
//!
//! The document is what gets stored (in localStorage, or exported to a file),
//! so its shape is a contract with every browser that ever saved it: change
//! it only by adding a version and a migration in [`schema`].

pub mod assessment;
pub mod order;
pub mod privacy;
pub mod repetition;
pub mod schema;
pub mod spotting;
pub mod story;
pub mod youth;

use std::collections::BTreeMap;

/// Milliseconds since the Unix epoch, as the browser's `Date.now()`.
pub type Millis = u64;

/// Everything Weerbaar remembers on this device.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct ProgressDoc {
    /// Progress per module id.
    #[serde(default)]
    pub modules: BTreeMap<String, ModuleProgress>,
}

/// Progress in one module.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct ModuleProgress {
    /// When the learner first opened it.
    pub first_opened: Millis,
    /// When anything last changed; newest wins when tabs merge.
    pub updated: Millis,
    /// When it was completed, and with which score (percent), if it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed: Option<Completion>,
    /// The lesson page the learner was on, to resume there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// Final-test answers by question id (chosen option indices, or for an
    /// ordering question the step indices in the learner's order), kept so
    /// a reload resumes the test and the result page can review them.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub answers: BTreeMap<String, Vec<usize>>,
    /// Spaced-repetition schedule per quiz question or card id.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub review: BTreeMap<String, repetition::Due>,
    /// The route through a branching scenario: node ids from the start.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub path: Vec<String>,
    /// How many attempts at the graded questions were started after the
    /// first; seeds the order of a new attempt ([`assessment::attempt_order`]).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub attempt: u32,
    /// The result of the last complete attempt, passed or not. Practice
    /// never changes it, so a certificate (or an LMS score) always stands for
    /// a whole test answered in one go.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<AttemptResult>,
    /// Items being practised again after an attempt (missed questions);
    /// empty when the learner is not practising. Their answers replace the
    /// attempt's answers on screen but never its result.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub practice: Vec<String>,
    /// Mission steps whose exercise the child finished (see
    /// [`youth::steps_to_do`]): a badge needs every exercise done, not only
    /// every page passed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub done: Vec<String>,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// The outcome of one complete attempt at a test or quiz.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct AttemptResult {
    /// When the last question was answered.
    pub at: Millis,
    /// Percent right.
    pub score: u32,
    /// Whether the score reached the pass mark.
    pub passed: bool,
}

/// A finished module.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Completion {
    /// When.
    pub at: Millis,
    /// Score in percent, for modules that have one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<u32>,
}

/// How far a learner is with a module, for "Mijn voortgang".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Never opened.
    NotStarted,
    /// Opened, not finished.
    InProgress,
    /// Finished.
    Completed,
}

impl ProgressDoc {
    /// Notes that module `id` was opened at `now`. Opening again keeps the
    /// first date and any completion.
    pub fn record_opened(&mut self, id: &str, now: Millis) {
        self.touch(id, now);
    }

    /// The record for `id`, created if needed, with `updated` moved to `now`.
    fn touch(&mut self, id: &str, now: Millis) -> &mut ModuleProgress {
        let m = self.modules.entry(id.to_string()).or_insert(ModuleProgress { first_opened: now, updated: now, ..Default::default() });
        m.updated = m.updated.max(now);
        m
    }

    /// Remembers the lesson page the learner is on.
    pub fn record_page(&mut self, id: &str, page: u32, now: Millis) {
        self.touch(id, now).page = Some(page);
    }

    /// Remembers a final-test answer.
    pub fn record_answer(&mut self, id: &str, question: &str, chosen: Vec<usize>, now: Millis) {
        self.touch(id, now).answers.insert(question.to_string(), chosen);
    }

    /// Notes that the exercise of mission step `step` was done.
    pub fn record_step_done(&mut self, id: &str, step: &str, now: Millis) {
        let m = self.touch(id, now);
        if !m.done.iter().any(|s| s == step) {
            m.done.push(step.to_string());
        }
    }

    /// Remembers the route through a scenario.
    pub fn record_path(&mut self, id: &str, path: Vec<String>, now: Millis) {
        self.touch(id, now).path = path;
    }

    /// Reschedules item `item` of module `id` after a right or wrong answer.
    pub fn record_review(&mut self, id: &str, item: &str, correct: bool, now: Millis) {
        let m = self.touch(id, now);
        let previous = m.review.get(item).copied();
        m.review.insert(item.to_string(), repetition::after_answer(previous, correct, now));
    }

    /// Starts practising `items` (the questions missed in an attempt): their
    /// answers are asked again, and nothing given while practising changes
    /// the attempt's result or the completion.
    pub fn start_practice(&mut self, id: &str, items: &[String], now: Millis) {
        let m = self.touch(id, now);
        for q in items {
            m.answers.remove(q);
        }
        m.practice = items.to_vec();
    }

    /// Starts a new attempt at every question: all answers are cleared and
    /// the attempt counter moves on, which gives a new question order. The
    /// last result stays until the new attempt is complete.
    pub fn start_attempt(&mut self, id: &str, now: Millis) {
        let m = self.touch(id, now);
        m.answers.clear();
        m.practice.clear();
        m.attempt = m.attempt.saturating_add(1);
    }

    /// Whether the learner is practising in module `id`.
    pub fn is_practising(&self, id: &str) -> bool {
        self.modules.get(id).is_some_and(|m| !m.practice.is_empty())
    }

    /// Records the grade of a round in which every question was answered.
    /// After a real attempt it becomes the result (and a pass completes the
    /// module with that score); after practice nothing is recorded.
    pub fn record_round(&mut self, id: &str, grade: &assessment::Grade, now: Millis) {
        if self.is_practising(id) {
            return;
        }
        self.touch(id, now).result = Some(AttemptResult { at: now, score: grade.percent, passed: grade.passed });
        if grade.passed {
            self.record_completed(id, Some(grade.percent), now);
        }
    }

    /// Marks module `id` completed with `score` (percent). A later, lower
    /// score never replaces a pass: the certificate stays valid.
    pub fn record_completed(&mut self, id: &str, score: Option<u32>, now: Millis) {
        let m = self.touch(id, now);
        let better = match (m.completed, score) {
            (None, _) => true,
            (Some(c), Some(s)) => c.score.is_none_or(|old| s >= old),
            (Some(_), None) => false,
        };
        if better {
            m.completed = Some(Completion { at: now, score });
        }
    }

    /// Progress for `id`, if any.
    pub fn module(&self, id: &str) -> Option<&ModuleProgress> {
        self.modules.get(id)
    }

    /// Where the learner is with module `id`.
    pub fn status(&self, id: &str) -> Status {
        match self.modules.get(id) {
            None => Status::NotStarted,
            Some(m) if m.completed.is_some() => Status::Completed,
            Some(_) => Status::InProgress,
        }
    }

    /// The module among `ids` the learner worked on last and has not
    /// finished, for "Verder waar je was".
    pub fn resume<'a>(&self, ids: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
        ids.into_iter()
            .filter_map(|id| self.modules.get(id).filter(|m| m.completed.is_none()).map(|m| (m.updated, id)))
            .max_by_key(|(updated, _)| *updated)
            .map(|(_, id)| id)
    }

    /// Merges `other` into `self`, module by module: the newest record
    /// (`updated`) wins, so two tabs, or an import, never lose each other's
    /// work. Returns true if `self` changed.
    pub fn merge(&mut self, other: &ProgressDoc) -> bool {
        let mut changed = false;
        for (id, theirs) in &other.modules {
            match self.modules.get_mut(id) {
                Some(ours) if !newer(theirs, ours) => {}
                Some(ours) => {
                    *ours = theirs.clone();
                    changed = true;
                }
                None => {
                    self.modules.insert(id.clone(), theirs.clone());
                    changed = true;
                }
            }
        }
        changed
    }

    /// True when nothing has been recorded.
    pub fn is_empty(&self) -> bool {
        self.modules.is_empty()
    }
}

/// Whether `a` should replace `b`: newer, or equally new but with more
/// done (a completion), so the merge is the same whichever tab runs it.
fn newer(a: &ModuleProgress, b: &ModuleProgress) -> bool {
    let key = |m: &ModuleProgress| (m.updated, m.completed.map(|c| (c.at, c.score)), std::cmp::Reverse(m.first_opened), m.page, m.answers.clone());
    key(a) > key(b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn doc() -> impl Strategy<Value = ProgressDoc> {
        let module = (
            0u64..50,
            0u64..50,
            proptest::option::of((0u64..50, proptest::option::of(0u32..=100))),
            proptest::option::of(0u32..3),
            proptest::collection::btree_map("[xy]", proptest::collection::vec(0usize..3, 0..2), 0..2),
        )
            .prop_map(|(a, b, c, page, answers)| ModuleProgress {
                first_opened: a.min(b),
                updated: a.max(b),
                completed: c.map(|(at, score)| Completion { at, score }),
                page,
                answers,
                ..Default::default()
            });
        proptest::collection::btree_map("[abc]", module, 0..4).prop_map(|modules| ProgressDoc { modules })
    }

    proptest! {
        #[test]
        fn merge_is_order_independent_and_idempotent(a in doc(), b in doc(), c in doc()) {
            let mut ab = a.clone(); ab.merge(&b);
            let mut ba = b.clone(); ba.merge(&a);
            prop_assert_eq!(&ab, &ba);
            let mut again = ab.clone();
            prop_assert!(!again.merge(&b));
            prop_assert_eq!(&again, &ab);
            let mut ab_c = ab.clone(); ab_c.merge(&c);
            let mut bc = b.clone(); bc.merge(&c);
            let mut a_bc = a.clone(); a_bc.merge(&bc);
            prop_assert_eq!(ab_c, a_bc);
        }

        #[test]
        fn merge_never_loses_a_module(a in doc(), b in doc()) {
            let mut m = a.clone(); m.merge(&b);
            for id in a.modules.keys().chain(b.modules.keys()) {
                prop_assert!(m.modules.contains_key(id));
            }
        }
    }

    #[test]
    fn opening_twice_keeps_the_first_date() {
        let mut p = ProgressDoc::default();
        assert_eq!(p.status("a"), Status::NotStarted);
        p.record_opened("a", 10);
        p.record_opened("a", 20);
        let m = &p.modules["a"];
        assert_eq!((m.first_opened, m.updated), (10, 20));
        assert_eq!(p.status("a"), Status::InProgress);
        p.modules.get_mut("a").unwrap().completed = Some(Completion { at: 30, score: Some(80) });
        p.record_opened("a", 40);
        assert_eq!(p.status("a"), Status::Completed);
    }

    #[test]
    fn a_lower_score_never_replaces_a_pass_and_pages_resume() {
        let mut p = ProgressDoc::default();
        p.record_page("m", 3, 1);
        assert_eq!(p.module("m").unwrap().page, Some(3));
        p.record_completed("m", Some(80), 2);
        p.record_completed("m", Some(60), 3);
        assert_eq!(p.module("m").unwrap().completed, Some(Completion { at: 2, score: Some(80) }));
        p.record_completed("m", Some(90), 4);
        assert_eq!(p.module("m").unwrap().completed, Some(Completion { at: 4, score: Some(90) }));
        p.record_answer("m", "v1", vec![1], 5);
        p.record_answer("m", "v2", vec![0], 5);
        p.start_practice("m", &["v1".to_string()], 6);
        assert_eq!(p.module("m").unwrap().answers.keys().collect::<Vec<_>>(), ["v2"]);
    }

    #[test]
    fn resume_picks_the_latest_unfinished_listed_module() {
        let mut p = ProgressDoc::default();
        assert_eq!(p.resume(["a", "b"]), None);
        p.record_opened("a", 1);
        p.record_opened("b", 2);
        p.record_opened("c", 9);
        assert_eq!(p.resume(["a", "b"]), Some("b"), "c is not listed here");
        p.record_completed("b", None, 3);
        assert_eq!(p.resume(["a", "b"]), Some("a"), "b is finished");
    }

    fn grade(percent: u32, passed: bool) -> assessment::Grade {
        assessment::Grade { correct: 0, total: 4, percent, passed, missed: Vec::new() }
    }

    #[test]
    fn practice_never_turns_a_failed_attempt_into_a_pass() {
        let mut p = ProgressDoc::default();
        p.record_answer("m", "v1", vec![1], 1);
        p.record_round("m", &grade(50, false), 2);
        assert_eq!(p.module("m").unwrap().result, Some(AttemptResult { at: 2, score: 50, passed: false }));
        assert_eq!(p.status("m"), Status::InProgress);
        // Practising the missed questions and getting them right records nothing.
        p.start_practice("m", &["v1".to_string()], 3);
        assert!(p.is_practising("m"));
        p.record_round("m", &grade(100, true), 4);
        assert_eq!(p.module("m").unwrap().result.map(|r| r.score), Some(50));
        assert_eq!(p.status("m"), Status::InProgress);
        // A new attempt at everything counts again, in a new order.
        p.start_attempt("m", 5);
        let m = p.module("m").unwrap();
        assert!(m.answers.is_empty() && m.practice.is_empty());
        assert_eq!(m.attempt, 1);
        p.record_round("m", &grade(75, true), 6);
        assert_eq!(p.module("m").unwrap().completed, Some(Completion { at: 6, score: Some(75) }));
        assert_eq!(p.module("m").unwrap().result, Some(AttemptResult { at: 6, score: 75, passed: true }));
    }
}
