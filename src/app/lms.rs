//! Reporting to a learning management system (LMS), when the app was
//! launched from a SCORM package (`./dev pakket`). One place, like saving
//! progress: an effect follows the progress document and passes every
//! change of the launched module on to the LMS. What to report is decided
//! in `weerbaar_core::lms`; `platform::lms` only talks to the LMS.
//!
//! Without an LMS nothing here runs. Local progress is kept as always: the
//! LMS gets a copy, so an LMS that fails never costs the learner anything;
//! it shows a short notice ([`LmsStore::problem`]) and the learner goes on.
//!
//! Only finding the LMS is in the first visit's wasm ([`LmsStore::start`]).
//! Reporting starts in [`LmsStore::attach`], which only the module page
//! calls, so its code (the resume state's encoding above all) sits in the
//! module page's lazily loaded part: a website visitor never downloads it.

use std::collections::BTreeMap;

use leptos::prelude::*;
use weerbaar_core::content::Module;
use weerbaar_core::lms::{self, suspend, Grading, Version};
use weerbaar_core::progress::ProgressDoc;
use weerbaar_core::route::Route;

use crate::app::state::ProgressStore;
use crate::platform::lms::{self as platform, Api};
use crate::platform::{dom, now};

/// A running LMS session.
struct Session {
    api: Api,
    /// The module the SCO was launched on.
    module_id: String,
    /// `cmi.suspend_data` as the LMS handed it over at the start.
    resume: String,
    /// When the session started, for the session time.
    started: u64,
}

/// The LMS session of this page, if it runs inside an LMS.
#[derive(Clone, Copy)]
pub struct LmsStore {
    /// `None` outside an LMS, and after finishing.
    session: StoredValue<Option<Session>, LocalStorage>,
    /// The app's owner, so reporting started later lives as long as the app.
    owner: StoredValue<Option<Owner>, LocalStorage>,
    attached: StoredValue<bool>,
    /// True once the LMS refused something: shown as a notice until dismissed.
    pub problem: RwSignal<bool>,
    /// Whether the notice was shown: once per session, or a broken LMS
    /// would bring it back at every step.
    told: StoredValue<bool>,
}

impl LmsStore {
    /// Finds the LMS and starts the session, when the page was launched on
    /// a module (the launch address of every SCO in our packages).
    pub fn start() -> Self {
        let store = LmsStore {
            session: StoredValue::new_local(None),
            owner: StoredValue::new_local(Owner::current()),
            attached: StoredValue::new(false),
            problem: RwSignal::new(false),
            told: StoredValue::new(false),
        };
        let Some(Route::Module(module_id)) = Route::parse(&dom::current_hash()) else {
            return store;
        };
        let Some(api) = platform::find() else {
            return store;
        };
        if api.initialize().is_err() {
            store.tell();
            return store;
        }
        let resume = api.get(lms::SUSPEND_DATA);
        store.session.set_value(Some(Session { api, module_id, resume, started: now() }));
        // Leaving: the session time, a last commit, and finish.
        let handle = platform::on_leave(move || {
            let _ = store.report(&[]);
            store.session.update_value(|s| {
                if let Some(s) = s.take() {
                    let _ = s.api.finish();
                }
            });
        });
        on_cleanup(move || handle.remove());
        store
    }

    /// Sets `values` and the session time, and commits; any refusal raises
    /// the notice. True when the LMS took everything.
    fn report(&self, values: &[(&'static str, String)]) -> bool {
        let ok = self.session.with_value(|s| {
            let Some(s) = s else { return true };
            let time = lms::session_time(s.api.version, now().saturating_sub(s.started));
            let mut ok = true;
            for (element, value) in values.iter().chain(std::iter::once(&time)) {
                ok &= s.api.set(element, value).is_ok();
            }
            ok && s.api.commit().is_ok()
        });
        if !ok {
            self.tell();
        }
        ok
    }

    fn tell(&self) {
        if !self.told.get_value() {
            self.told.set_value(true);
            self.problem.set(true);
        }
    }

    /// Called by the module page once `module` has loaded, before its player
    /// shows. For the launched module: takes in the resume state the LMS
    /// handed over (newest wins, as between tabs), then reports every
    /// change of its progress.
    pub fn attach(&self, module: &Module, progress: ProgressStore) {
        let launched = self.session.with_value(|s| s.as_ref().filter(|s| s.module_id == module.id).map(|s| (s.resume.clone(), s.api.version)));
        let Some((resume, version)) = launched else { return };
        if self.attached.get_value() {
            return;
        }
        self.attached.set_value(true);
        let dictionary = suspend::dictionary(module);
        if let Some(m) = suspend::decode(&module.id, &resume, &dictionary) {
            let theirs = ProgressDoc { modules: BTreeMap::from([(module.id.clone(), m)]) };
            let mut merged = progress.doc.get_untracked();
            if merged.merge(&theirs) {
                progress.doc.set(merged);
            }
        }
        let store = *self;
        let (id, grading) = (module.id.clone(), Grading::of(module));
        let owner = self.owner.get_value().unwrap_or_default();
        owner.with(|| report_changes(store, progress, version, id, grading, dictionary));
    }
}

/// The effect: on every change of module `id`'s progress, sets what
/// changed since the LMS last took it, and commits.
fn report_changes(store: LmsStore, progress: ProgressStore, version: Version, id: String, grading: Grading, dictionary: Vec<String>) {
    let sent = StoredValue::new(BTreeMap::<&'static str, String>::new());
    Effect::new(move |_| {
        let values = progress.doc.with(|d| {
            let m = d.module(&id);
            let state = m.map(|m| suspend::encode(m, &dictionary)).unwrap_or_default();
            lms::values(version, lms::report(grading, m), &state)
        });
        let changed: Vec<(&'static str, String)> = values.into_iter().filter(|(k, v)| sent.with_value(|s| s.get(k) != Some(v))).collect();
        // What the LMS refused is sent again with the next change.
        if !changed.is_empty() && store.report(&changed) {
            sent.update_value(|s| s.extend(changed));
        }
    });
}
