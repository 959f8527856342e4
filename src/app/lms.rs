//! Reporting to a learning management system (LMS), when the app was
//! launched from a SCORM package (`./dev pakket`). One place, like saving
//! progress: an effect follows the progress document and passes every
//! change of the launched module on to the LMS. What to report is decided
//! in `weerbaar_core::lms`; `platform::lms` only talks to the LMS.
//!
//! Without an LMS nothing here runs. Local progress is kept as always: the
//! LMS gets a copy, so an LMS that fails never costs the learner anything;
//! it shows a short notice ([`LmsStore::problem`]) and the learner goes on.

use std::collections::BTreeMap;

use leptos::prelude::*;
use weerbaar_core::content::Module;
use weerbaar_core::lms::{self, suspend, Grading};
use weerbaar_core::progress::ProgressDoc;
use weerbaar_core::route::Route;

use crate::app::state::ProgressStore;
use crate::platform::lms::{self as platform, Api};
use crate::platform::{dom, now};

/// The launched module, once its page has loaded it.
#[derive(Clone)]
struct Attached {
    grading: Grading,
    dictionary: Vec<String>,
}

/// The LMS session of this page, if it runs inside an LMS.
#[derive(Clone, Copy)]
pub struct LmsStore {
    /// The LMS object, the launched module id and the resume state it
    /// handed over; `None` outside an LMS.
    session: StoredValue<Option<(Api, String, String)>, LocalStorage>,
    attached: RwSignal<Option<Attached>>,
    /// True once the LMS refused something: shown as a notice until dismissed.
    pub problem: RwSignal<bool>,
}

impl LmsStore {
    /// Finds the LMS and starts the session, when the page was launched on
    /// a module (the launch address of every SCO in our packages).
    pub fn start(progress: ProgressStore) -> Self {
        let store = LmsStore { session: StoredValue::new_local(None), attached: RwSignal::new(None), problem: RwSignal::new(false) };
        let Some(Route::Module(id)) = Route::parse(&dom::current_hash()) else {
            return store;
        };
        let Some(api) = platform::find() else {
            return store;
        };
        if api.initialize().is_err() {
            store.problem.set(true);
            return store;
        }
        let resume = api.get(lms::SUSPEND_DATA);
        let version = api.version;
        store.session.set_value(Some((api, id, resume)));
        let started = now();
        let sent = StoredValue::new_local(BTreeMap::<&'static str, String>::new());

        // Every change of the module's progress: set what changed, commit.
        Effect::new(move |_| {
            let Some(attached) = store.attached.get() else { return };
            let values = store.session.with_value(|s| {
                let (_, id, _) = s.as_ref()?;
                progress.doc.with(|d| {
                    let m = d.module(id);
                    let state = m.map(|m| suspend::encode(m, &attached.dictionary)).unwrap_or_default();
                    Some(lms::values(version, lms::report(attached.grading, m), &state))
                })
            });
            let changed: Vec<(&'static str, String)> =
                values.unwrap_or_default().into_iter().filter(|(k, v)| sent.with_value(|s| s.get(k) != Some(v))).collect();
            if changed.is_empty() {
                return;
            }
            let time = lms::session_time(version, now().saturating_sub(started));
            store.report(changed.iter().chain(std::iter::once(&time)));
            sent.update_value(|s| s.extend(changed));
        });

        // Leaving: the session time, a last commit, and finish.
        let handle = platform::on_leave(move || {
            let time = lms::session_time(version, now().saturating_sub(started));
            store.report(std::iter::once(&time));
            store.session.update_value(|s| {
                if let Some((api, _, _)) = s.take() {
                    let _ = api.finish();
                }
            });
        });
        on_cleanup(move || handle.remove());
        store
    }

    /// Sets `values` and commits; any refusal raises the notice.
    fn report<'a>(&self, values: impl Iterator<Item = &'a (&'static str, String)>) {
        let ok = self.session.with_value(|s| {
            let Some((api, _, _)) = s else { return true };
            let mut ok = true;
            for (element, value) in values {
                ok &= api.set(element, value).is_ok();
            }
            ok && api.commit().is_ok()
        });
        if !ok && !self.problem.get_untracked() {
            self.problem.set(true);
        }
    }

    /// Called by the module page once `module` has loaded, before its player
    /// shows: for the launched module, takes in the resume state the LMS
    /// handed over (newest wins, as between tabs) and starts reporting.
    pub fn attach(&self, module: &Module, progress: ProgressStore) {
        let resume = self.session.with_value(|s| match s {
            Some((_, id, resume)) if *id == module.id => Some(resume.clone()),
            _ => None,
        });
        let Some(resume) = resume else { return };
        if self.attached.get_untracked().is_some() {
            return;
        }
        let dictionary = suspend::dictionary(module);
        if let Some(m) = suspend::decode(&module.id, &resume, &dictionary) {
            let theirs = ProgressDoc { modules: BTreeMap::from([(module.id.clone(), m)]) };
            let mut merged = progress.doc.get_untracked();
            if merged.merge(&theirs) {
                progress.doc.set(merged);
            }
        }
        self.attached.set(Some(Attached { grading: Grading::of(module), dictionary }));
    }
}
