//! App-wide state: loaded content and the learner's progress.

use futures::FutureExt;
use leptos::prelude::*;
use std::collections::BTreeMap;
use weerbaar_core::content::diagnostic::Located;

use weerbaar_core::content::module::{read_facts, read_listing, Facts, Listing};
use weerbaar_core::content::preparsed::{self, Preparsed};
use weerbaar_core::content::translation::{self, Language};
use weerbaar_core::content::{glossary, Catalogue, Glossary, Module, Parsed, SiteConfig};
use weerbaar_core::progress::youth::Player;
use weerbaar_core::progress::ProgressDoc;

use super::pages::lazy;
use crate::platform::fetch::{fetch_text, FetchError};
use crate::platform::storage::{self, StorageProblem};
use crate::platform::{dom, next_task, now};

/// A parsed content file with its problems resolved to lines.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked<T> {
    /// What could be parsed.
    pub value: T,
    /// Errors and warnings with file, line and source text.
    pub problems: Vec<Located>,
}

impl<T> Checked<T> {
    pub(crate) fn new(file: &str, src: &str, parsed: Parsed<T>) -> Self {
        Checked { problems: Located::all(file, src, &parsed.diagnostics), value: parsed.value }
    }

    /// True when a problem is an error (warnings are for the checker).
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(|p| p.severity == weerbaar_core::content::Severity::Error)
    }
}

/// The result of loading and parsing one file.
pub type Loaded<T> = Result<Checked<T>, FetchError>;

/// Site config and catalogue, fetched once at start.
#[derive(Clone, Copy)]
pub struct ContentStore {
    /// `content/site.md`.
    pub site: LocalResource<Loaded<SiteConfig>>,
    /// `content/SUMMARY.md`.
    pub catalogue: LocalResource<Loaded<Catalogue>>,
}

impl ContentStore {
    /// Starts fetching both files, and the build's parse of them
    /// (`preparsed.json`): a file exactly as the build read it needs no
    /// parser; an edited one (or one with problems) is parsed by a lazily
    /// loaded part, so the Markdown parser is not in the first visit's code.
    /// The glossary is not among them: only pages in lazily loaded parts use
    /// it ([`load_glossary`]).
    pub fn load() -> Self {
        ContentStore {
            site: LocalResource::new(|| async {
                let (src, built) = futures::future::join(fetch_text("content/site.md"), preparsed()).await;
                let src = src?;
                match built.site_for(&src) {
                    Some(value) => Ok(Checked { value, problems: Vec::new() }),
                    None => lazy::site_file(src).await.map_err(|_| FetchError::Network),
                }
            }),
            catalogue: LocalResource::new(|| async {
                let (src, built) = futures::future::join(fetch_text("content/SUMMARY.md"), preparsed()).await;
                let src = src?;
                match built.catalogue_for(&src) {
                    Some(value) => Ok(Checked { value, problems: Vec::new() }),
                    None => lazy::catalogue_file(src).await.map_err(|_| FetchError::Network),
                }
            }),
        }
    }

    /// The site config to use now: the loaded one, or the national fallback
    /// while loading or when site.md could not be read, so contacts and
    /// the header never go missing.
    pub fn site_or_fallback(&self) -> SiteConfig {
        match self.site.get() {
            Some(Ok(c)) => c.value,
            _ => SiteConfig::fallback(),
        }
    }

    /// Applies the brand colour from site.md once it has loaded.
    pub fn apply_theme(self) {
        Effect::new(move |_| {
            if let Some(colour) = self.site_or_fallback().primary_colour {
                dom::set_css_variable("--wb-primary", &colour);
            }
        });
    }
}

type SharedPreparsed = futures::future::Shared<futures::future::LocalBoxFuture<'static, Preparsed>>;

thread_local! {
    /// The glossary once read: every module page needs it, the file does
    /// not change while the app runs.
    static GLOSSARY: std::cell::RefCell<Option<Checked<Glossary>>> = const { std::cell::RefCell::new(None) };
    /// `preparsed.json`, fetched once for site.md and SUMMARY.md. Not a resource: a resource read in another's fetcher is
    /// tracked, so its arrival would fetch those files a second time.
    static PREPARSED: std::cell::RefCell<Option<SharedPreparsed>> = const { std::cell::RefCell::new(None) };
    /// `modules.json` once read: the build wrote it, it does not change
    /// while the app runs, and a list that grows after it is drawn moves
    /// the link Back returns to.
    static FACTS: std::cell::RefCell<Option<BTreeMap<String, Facts>>> = const { std::cell::RefCell::new(None) };
}

/// The build's parse of site.md and SUMMARY.md; empty when it cannot be
/// read (then the app parses the files itself).
fn preparsed() -> SharedPreparsed {
    PREPARSED.with_borrow_mut(|slot| {
        slot.get_or_insert_with(|| {
            async {
                let path = format!("content/{}", preparsed::FILE);
                fetch_text(&path).await.map(|json| Preparsed::read(&json)).unwrap_or_default()
            }
            .boxed_local()
            .shared()
        })
        .clone()
    })
}

/// `content/begrippen.md`, fetched the first time a page needs it and then
/// kept; optional, so a missing file is an error only for the studio to
/// show. Fetched in parallel with a module (the service worker precaches
/// it), so waiting for it costs nothing in practice.
pub async fn load_glossary() -> Loaded<Glossary> {
    if let Some(kept) = GLOSSARY.with_borrow(Clone::clone) {
        return Ok(kept);
    }
    let built = format!("content/{}", preparsed::json_file(glossary::FILE));
    let (src, built) = futures::future::join(fetch_text(&format!("content/{}", glossary::FILE)), fetch_text(&built)).await;
    let src = src?;
    let checked = match built.ok().and_then(|json| preparsed::parsed_from(&json, &src)) {
        Some(value) => Checked { value, problems: Vec::new() },
        None => lazy::glossary_file(src).await.map_err(|_| FetchError::Network)?,
    };
    GLOSSARY.set(Some(checked.clone()));
    Ok(checked)
}

/// Fetches module `id` and the build's parse of it, with the glossary's
/// terms marked where the module first uses them; when the glossary is
/// missing or broken the module shows without explanations. The Markdown
/// is parsed here (in a lazily loaded part) only when it differs from what
/// the build parsed, or has problems to show.
pub async fn load_module(id: String) -> Loaded<Module> {
    let file = format!("{id}.md");
    let built = async {
        let json = fetch_text(&format!("content/{}", preparsed::json_file(&file))).await.ok();
        if !json.as_deref().is_some_and(preparsed::has_value) {
            // Nothing the build parsed: the parsers will be needed.
            let _ = lazy::parsers_ready().await;
        }
        json
    };
    let (src, built, glossary) = futures::future::join3(fetch_text(&format!("content/{file}")), built, load_glossary()).await;
    let src = src?;
    let mut checked = match built.and_then(|json| preparsed::parsed_from(&json, &src)) {
        Some(value) => Checked { value, problems: Vec::new() },
        None => {
            let parsed = parse_module_file(id.clone(), file, src).await?;
            // Marking the glossary's terms gets a task of its own too.
            next_task().await;
            parsed
        }
    };
    if let Ok(g) = glossary {
        glossary::annotate(&mut checked.value, &g.value);
    }
    Ok(checked)
}

/// Module `id` from `file` (the original, or a translation), parsed by the
/// lazily loaded part in two tasks with a pause in between: a huge file
/// then never freezes the page for long (issue 20).
async fn parse_module_file(id: String, file: String, src: String) -> Loaded<Module> {
    let read = lazy::read_module(id, src.clone()).await.map_err(|_| FetchError::Network)?;
    next_task().await;
    lazy::finish_module(read, file, src).await.map_err(|_| FetchError::Network)
}

/// What the build recorded of module `id` in modules.json for its own page
/// (`module::read_listing`): its translations' languages and its kind.
pub async fn listing_of(id: &str) -> Listing {
    fetch_text("content/modules.json").await.map(|json| read_listing(&json, id)).unwrap_or_default()
}

/// Which language a module page shows, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// The Dutch original, as chosen (or no choice made).
    Original,
    /// The translation into this language.
    Translation(&'static Language),
    /// The Dutch original, because the chosen language has no (usable)
    /// translation: the page says so in that language.
    Missing(&'static Language),
}

/// Module `id` in `language` (`None`: Dutch) when `available` (fetched
/// beside the original) lists it:
/// the translation is fetched with the original and shown only when it
/// still matches it (`translation::matches`: a file changed on the server
/// after the build could have other correct answers), with the original's
/// ids and settings (`translation::adopt`) so progress is shared. Anything
/// else shows the original and says so. The glossary explains Dutch words,
/// so a translation is shown without it.
pub fn load_module_in(
    id: String,
    language: Option<&'static Language>,
    available: impl std::future::Future<Output = Vec<String>>,
) -> impl std::future::Future<Output = (Loaded<Module>, Reading)> {
    let original = load_module(id.clone());
    async move {
        let (original, available) = futures::future::join(original, available).await;
        let checked = match original {
            Ok(checked) => checked,
            Err(e) => return (Err(e), Reading::Original),
        };
        match language {
            None => (Ok(checked), Reading::Original),
            Some(language) => translated(id, checked, language, &available).await,
        }
    }
}

/// The translation of `original` into `language`, or the original with a
/// notice when there is none that still matches it.
async fn translated(id: String, original: Checked<Module>, language: &'static Language, available: &[String]) -> (Loaded<Module>, Reading) {
    let checked = &original;
    if checked.has_errors() || !available.iter().any(|c| c == language.code) {
        return (Ok(original), Reading::Missing(language));
    }
    let file = translation::file_for(&format!("{id}.md"), language.code);
    let Ok(src) = fetch_text(&format!("content/{file}")).await else { return (Ok(original), Reading::Missing(language)) };
    let Ok(file_checked) = parse_module_file(id, file, src).await else { return (Ok(original), Reading::Missing(language)) };
    if file_checked.has_errors() {
        return (Ok(original), Reading::Missing(language));
    }
    // In the parsers' part, which the translation was just parsed by: a
    // module page in Dutch never needs this code.
    match lazy::adopt_translation(checked.value.clone(), file_checked.value).await {
        Ok(Some(value)) => (Ok(Checked { value, problems: file_checked.problems }), Reading::Translation(language)),
        _ => (Ok(original), Reading::Missing(language)),
    }
}

/// Fetches and parses the before/after measurement set of `audience`
/// (`content/meting/<code>.md`).
pub async fn load_measure(audience: weerbaar_core::content::Audience) -> Loaded<weerbaar_core::measure::Measure> {
    let id = weerbaar_core::measure::parse::id_for(audience);
    let file = format!("{id}.md");
    let src = fetch_text(&format!("content/{file}")).await?;
    Ok(Checked::new(&file, &src, weerbaar_core::measure::parse_measure(&id, &src)))
}

/// The duration and description of every module, as the build wrote them
/// (`module::read_facts`); empty when the file cannot be read.
pub async fn load_facts() -> BTreeMap<String, Facts> {
    if let Some(kept) = FACTS.with_borrow(Clone::clone) {
        return kept;
    }
    let facts = fetch_text("content/modules.json").await.map(|json| read_facts(&json)).unwrap_or_default();
    // A failed fetch is asked again next time, not kept as "no facts".
    if !facts.is_empty() {
        FACTS.with_borrow_mut(|slot| *slot = Some(facts.clone()));
    }
    facts
}

/// The learner's progress, and what to tell them about storing it.
#[derive(Clone, Copy)]
pub struct ProgressStore {
    /// The document; every change is saved by the effect in [`load`](Self::load).
    pub doc: RwSignal<ProgressDoc>,
    /// A storage problem to show as a notice, until dismissed.
    pub problem: RwSignal<Option<StorageProblem>>,
    /// Whether progress is written to the browser at all (not when storage
    /// is blocked, or holds a newer version's progress): a page that
    /// promises to keep something asks this, not the dismissible notice.
    pub writable: bool,
}

impl ProgressStore {
    /// Loads progress from storage and keeps saving it when it changes.
    pub fn load() -> Self {
        let (doc, problem, writable) = storage::load();
        let store = ProgressStore { doc: RwSignal::new(doc), problem: RwSignal::new(problem), writable };
        // Effects are for the outside world only: this one mirrors the
        // document into localStorage. The first run would only rewrite what
        // was just read, so it is skipped.
        Effect::new(move |first_run_done: Option<bool>| {
            store.doc.track();
            if first_run_done.is_some() && writable {
                match store.doc.with_untracked(storage::save) {
                    // Another tab had saved more: take it in. This runs the
                    // effect once more, which then writes nothing new.
                    Ok(merged) => {
                        if store.doc.with_untracked(|d| *d != merged) {
                            store.doc.set(merged);
                        }
                    }
                    Err(p) => store.problem.set(Some(p)),
                }
            }
            true
        });
        // Another tab saved or erased progress: follow it.
        let handle = window_event_listener(leptos::ev::storage, move |ev| {
            if ev.key().as_deref() != Some(storage::KEY) {
                return;
            }
            match ev.new_value() {
                None => store.doc.set(ProgressDoc::default()),
                Some(text) => {
                    if let Some(theirs) = storage::decode_foreign(&text) {
                        let mut merged = store.doc.get_untracked();
                        if merged.merge(&theirs) {
                            store.doc.set(merged);
                        }
                    }
                }
            }
        });
        on_cleanup(move || handle.remove());
        store
    }

    /// Progress that lives in memory only and is never saved: for the
    /// studio's preview, where a trainer's test answers are nobody's record.
    pub fn preview() -> Self {
        ProgressStore { doc: RwSignal::new(ProgressDoc::default()), problem: RwSignal::new(None), writable: false }
    }

    /// Reads progress again from wherever it is kept now: after a shared
    /// session starts (sessionStorage, empty) or ends (back to this
    /// device's own progress).
    pub fn reload(&self) {
        let (doc, problem, _) = storage::load();
        self.doc.set(doc);
        self.problem.set(problem);
    }

    /// Notes that a module was opened.
    pub fn record_opened(&self, id: &str) {
        self.doc.update(|d| d.record_opened(id, now()));
    }
}

/// Why a shared-computer session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionEnd {
    /// The child pressed "Klaar".
    Done,
    /// Nobody touched the computer for too long.
    Idle,
}

/// The child's player and whether this tab is a shared-computer session.
#[derive(Clone, Copy)]
pub struct YouthSession {
    /// Nickname and avatar, once chosen.
    pub player: RwSignal<Option<Player>>,
    /// True while a shared-computer session runs.
    pub shared: RwSignal<bool>,
    /// Set when a shared session just ended, to say so on the next page.
    pub ended: RwSignal<Option<SessionEnd>>,
}

impl YouthSession {
    /// Picks up a session that was running in this tab before a reload.
    pub fn load() -> Self {
        YouthSession { player: RwSignal::new(storage::player()), shared: RwSignal::new(storage::is_shared()), ended: RwSignal::new(None) }
    }

    /// Starts playing as `player`, on a shared computer or on one's own.
    pub fn begin(&self, progress: ProgressStore, player: Player, shared: bool) {
        if shared && !self.shared.get_untracked() {
            storage::start_shared();
            progress.reload();
        }
        if storage::save_player(Some(&player)).is_err() {
            progress.problem.set(Some(StorageProblem::Blocked));
        }
        self.player.set(Some(player));
        self.shared.set(shared);
        self.ended.set(None);
    }

    /// Forgets the player on this device (own device: "Andere speler").
    pub fn forget_player(&self) {
        let _ = storage::save_player(None);
        self.player.set(None);
    }

    /// Ends a shared session: everything it kept is wiped and the app goes
    /// back to this device's own (normally empty) progress.
    pub fn end(&self, progress: ProgressStore, why: SessionEnd) {
        storage::end_shared();
        self.shared.set(false);
        self.player.set(storage::player());
        progress.reload();
        self.ended.set(Some(why));
    }
}
