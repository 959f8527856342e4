//! What a learner has done, as one versioned document.
//!
//! The document is what gets stored (in localStorage, or exported to a file),
//! so its shape is a contract with every browser that ever saved it: change
//! it only by adding a version and a migration in [`schema`].

pub mod assessment;
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
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
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
    /// Final-test answers by question id (chosen option indices), kept so
    /// a reload resumes the test and the result page can review them.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub answers: BTreeMap<String, Vec<usize>>,
    /// Spaced-repetition schedule per quiz question or card id.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub review: BTreeMap<String, repetition::Due>,
    /// The route through a branching scenario: node ids from the start.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub path: Vec<String>,
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
        let m = self.modules.entry(id.to_string()).or_insert(ModuleProgress {
            first_opened: now,
            updated: now,
            completed: None,
            page: None,
            answers: BTreeMap::new(),
            review: BTreeMap::new(),
            path: Vec::new(),
        });
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

    /// Forgets the answers to `questions`, to retry only those.
    pub fn forget_answers(&mut self, id: &str, questions: &[String], now: Millis) {
        let m = self.touch(id, now);
        for q in questions {
            m.answers.remove(q);
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
                review: Default::default(),
                path: Vec::new(),
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
        p.forget_answers("m", &["v1".to_string()], 6);
        assert_eq!(p.module("m").unwrap().answers.keys().collect::<Vec<_>>(), ["v2"]);
    }
}
