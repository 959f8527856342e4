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
//! Nothing of this is in the first visit's wasm: the store is made by the
//! first module page ([`LmsStore::get`]), which is in a lazily loaded part,
//! and the session itself ([`LmsStore::follow`]) is a part of its own
//! (`lazy::lms_session`), fetched only when an LMS is there
//! ([`LmsStore::launched_here`]): a website visitor never downloads it.
//! The notice is shown by the module page too.

use std::collections::BTreeMap;

use leptos::prelude::*;
use weerbaar_core::content::Module;
use weerbaar_core::lms::{self, suspend, Grading, Version};
use weerbaar_core::progress::ProgressDoc;

use crate::app::state::ProgressStore;
use crate::platform::lms::{self as platform, Api};
use crate::platform::now;

/// A running LMS session.
struct Session {
    api: Api,
    /// `cmi.suspend_data` as the LMS handed it over at the start.
    resume: String,
    /// When the session started, for the session time.
    started: u64,
}

/// What the store keeps.
struct Inner {
    /// The module the page was launched on: the first module page shown
    /// (every SCO in our packages launches on its module). Only that
    /// module is reported, also when the learner follows a link to another.
    launched: String,
    /// The app's root owner: the effect lives as long as the app, not as
    /// long as the module page that started it.
    root: Owner,
    /// Whether the launched module's page attached (once per page load).
    attached: bool,
    /// `None` outside an LMS, and after finishing.
    session: Option<Session>,
    /// Whether the notice was shown: once per session, or a broken LMS
    /// would bring it back at every step.
    told: bool,
}

/// The LMS session of this page, if it runs inside an LMS.
#[derive(Clone, Copy)]
pub struct LmsStore {
    inner: StoredValue<Inner, LocalStorage>,
    /// True once the LMS refused something: shown as a notice until dismissed.
    pub problem: RwSignal<bool>,
}

thread_local! {
    static STORE: std::cell::Cell<Option<LmsStore>> = const { std::cell::Cell::new(None) };
}

impl LmsStore {
    /// The store of this page load, made by the first module page (called
    /// where a component runs, so there is a reactive owner).
    pub fn get(module_id: &str) -> Option<Self> {
        if let Some(store) = STORE.get() {
            return Some(store);
        }
        let mut root = Owner::current()?;
        while let Some(parent) = root.parent() {
            root = parent;
        }
        let store = root.with(|| LmsStore {
            inner: StoredValue::new_local(Inner { launched: module_id.to_string(), root: root.clone(), attached: false, session: None, told: false }),
            problem: RwSignal::new(false),
        });
        STORE.set(Some(store));
        Some(store)
    }

    /// Starts the session with the LMS `api`; finishes it when the page goes.
    fn connect(&self, api: Api) -> bool {
        if api.initialize().is_err() {
            self.tell();
            return false;
        }
        let resume = api.get(lms::SUSPEND_DATA);
        self.inner.update_value(|i| i.session = Some(Session { api, resume, started: now() }));
        // Leaving: the session time, a last commit, and finish. For as long
        // as the page lives, so the handle is not removed.
        let store = *self;
        let _ = platform::on_leave(move || {
            let _ = store.report(&[]);
            store.inner.update_value(|i| {
                if let Some(s) = i.session.take() {
                    let _ = s.api.finish();
                }
            });
        });
        true
    }

    /// Sets `values` and the session time, and commits; any refusal raises
    /// the notice. True when the LMS took everything.
    fn report(&self, values: &[(&'static str, String)]) -> bool {
        let ok = self.inner.with_value(|i| {
            let Some(s) = &i.session else { return true };
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

    /// Raises the notice (once per session): the LMS refused something, or
    /// the session's code could not be fetched, so the LMS does not get the
    /// learner's progress.
    pub fn tell(&self) {
        let first = self.inner.try_update_value(|i| !std::mem::replace(&mut i.told, true)).unwrap_or(false);
        if first {
            self.problem.set(true);
        }
    }

    /// Called by the module page once module `id` has loaded, before its
    /// player shows: the LMS, the first time for the launched module when
    /// there is one; the page then fetches the session's part and
    /// [`follow`](Self::follow)s it. Cheap, so a website visitor's module
    /// page pays nothing for the LMS.
    pub fn launched_here(&self, id: &str) -> Option<Api> {
        let first = self.inner.try_update_value(|i| i.launched == id && !std::mem::replace(&mut i.attached, true)).unwrap_or(false);
        first.then(platform::find).flatten()
    }

    /// Starts the session with `api` for the launched module (`id`, with
    /// what [`session_facts`] takes of it), takes in the resume state the
    /// LMS handed over (newest wins, as between tabs), then reports every
    /// change of its progress.
    pub fn follow(&self, api: Api, id: String, dictionary: Vec<String>, grading: Grading, progress: ProgressStore) {
        if !self.connect(api) {
            return;
        }
        let Some((resume, version)) = self.inner.with_value(|i| i.session.as_ref().map(|s| (s.resume.clone(), s.api.version))) else { return };
        if let Some(m) = suspend::decode(&id, &resume, &dictionary) {
            let mut theirs = ProgressDoc::default();
            theirs.modules.insert(id.clone(), m);
            let mut merged = progress.doc.get_untracked();
            if merged.merge(&theirs) {
                progress.doc.set(merged);
            }
        }
        let store = *self;
        let Some(root) = self.inner.try_with_value(|i| i.root.clone()) else { return };
        root.with(|| report_changes(store, progress, version, id, grading, dictionary));
    }
}

/// What [`LmsStore::follow`] needs of a module, taken on the module page so
/// the module itself need not be copied into the session's part (a copy of
/// a 2 000-question module is a long task).
pub fn session_facts(module: &Module) -> (Vec<String>, Grading) {
    (suspend::dictionary(module), Grading::of(module))
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
