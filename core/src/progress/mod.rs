//! What a learner has done, as one versioned document.
//!
//! The document is what gets stored (in localStorage, or exported to a file),
//! so its shape is a contract with every browser that ever saved it: change
//! it only by adding a version and a migration in [`schema`].

pub mod schema;

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
        self.modules
            .entry(id.to_string())
            .and_modify(|m| m.updated = m.updated.max(now))
            .or_insert(ModuleProgress { first_opened: now, updated: now, completed: None });
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
    let key = |m: &ModuleProgress| (m.updated, m.completed.map(|c| (c.at, c.score)), std::cmp::Reverse(m.first_opened));
    key(a) > key(b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn doc() -> impl Strategy<Value = ProgressDoc> {
        let module = (0u64..50, 0u64..50, proptest::option::of((0u64..50, proptest::option::of(0u32..=100))))
            .prop_map(|(a, b, c)| ModuleProgress { first_opened: a.min(b), updated: a.max(b), completed: c.map(|(at, score)| Completion { at, score }) });
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
}
