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

    /// True when nothing has been recorded.
    pub fn is_empty(&self) -> bool {
        self.modules.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
