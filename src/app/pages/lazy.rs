//! Pages whose code is split into separate wasm files, fetched the first
//! time someone opens them, so the first visit loads only the shell, the
//! home page and the audience pages; and the content parsers, which a visit
//! needs only when the build could not parse the file it reads
//! (`state::ContentStore::load`, `state::load_module`).

#![allow(unsafe_code, improper_ctypes_definitions)]

use std::future::Future;

use leptos::prelude::*;
use leptos::task::{spawn_local, spawn_local_scoped_with_cancellation};
use leptos::wasm_split::{wasm_split, SplitLoaderError};

use super::{
    accessibility, certificate, diploma, group_measurement, lesson_print, measurements, module, own_measurement, presenter, progress, studio,
    teacher, youth,
};
use crate::app::state::Checked;
use crate::app::strings as s;
use crate::app::widgets::load_error::{LoadError, Loading};
use crate::app::widgets::page_title::PageTitle;
use crate::platform::fetch::FetchError;

/// A part of the app could not be fetched: offline without the service
/// worker's copy, or a new version was published in between.
#[derive(Debug)]
pub struct NotLoaded;

impl From<SplitLoaderError> for NotLoaded {
    fn from(_: SplitLoaderError) -> Self {
        NotLoaded
    }
}

type Loaded = Result<AnyView, NotLoaded>;

/// Builds a page outside any reactive tracking, whatever polls the load: a
/// page's components read progress as they start, and a tracked read would
/// rebuild the whole page (losing focus) at every answer.
fn built(page: impl FnOnce() -> AnyView) -> Loaded {
    Ok(untrack(page))
}

/// Shows the page once its code is there: "loading" while it comes (only
/// the first time), and the usual load error with "Probeer opnieuw" when it
/// could not be fetched.
///
/// Not a `<Suspense>`: that would also wait for every resource read inside
/// the page (the password lab's word lists, a module file) and swap the
/// whole page for its fallback meanwhile, losing the learner's focus.
pub fn page<Fut: Future<Output = Loaded> + 'static>(load: impl Fn() -> Fut + 'static) -> AnyView {
    load_page(Box::new(move || Box::pin(load())))
}

/// A page's load, boxed: [`page`]'s body is then compiled once, not once
/// per page (13 copies, 20 KB of the main wasm before, all in the first
/// visit's download).
type PageLoad = Box<dyn Fn() -> std::pin::Pin<Box<dyn Future<Output = Loaded>>>>;

fn load_page(load: PageLoad) -> AnyView {
    // The finished page waits here until it is rendered; `arrived` counts
    // finished loads, so rendering runs once per load.
    let slot = StoredValue::new_local(None::<Loaded>);
    let arrived = RwSignal::new(0u32);
    let load = StoredValue::new_local(load);
    // The page is built when its code has arrived, in a task: under this
    // owner, so it finds the app's context and is cleaned up when the learner
    // leaves; with no observer, so nothing it reads re-runs the router.
    let owner = Owner::current();
    let start = move || {
        let Some(loading) = load.try_with_value(|load| load()) else { return };
        let task = async move {
            let page = loading.await;
            if slot.try_set_value(Some(page)).is_none() {
                arrived.try_update(|n| *n += 1);
            }
        };
        match &owner {
            Some(owner) => owner.with(|| untrack(|| spawn_local_scoped_with_cancellation(task))),
            None => spawn_local(task),
        }
    };
    start();
    (move || {
        arrived.track();
        match slot.try_update_value(Option::take).flatten() {
            None => view! { <Loading/> }.into_any(),
            Some(Ok(page)) => page,
            Some(Err(NotLoaded)) => {
                let start = start.clone();
                view! {
                    <PageTitle text=s::load_failed_title().to_string()/>
                    <LoadError error=FetchError::Network on_retry=Callback::new(move |_| {
                        arrived.update(|n| *n += 1);
                        start();
                    })/>
                }
                .into_any()
            }
        }
    })
    .into_any()
}

// The first name is the part a page's code goes to: one part per group of
// pages that a route needs together, because each part is a round trip on
// a slow line (150 ms at a farm session). Code that two parts share goes to
// a chunk of its own, so the build has many small wasm files; the boot
// script preloads all of a route's files at once, so they cost one round
// trip together (ARCHITECTURE.md, "Split wasm").
#[wasm_split(module, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn module(id: String) -> Loaded {
    built(|| view! { <module::ModulePage id/> }.into_any())
}

#[wasm_split(pages, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn certificate(id: String) -> Loaded {
    built(|| view! { <certificate::CertificatePage id/> }.into_any())
}

#[wasm_split(pages, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn presenter(id: String) -> Loaded {
    built(|| view! { <presenter::PresenterPage id/> }.into_any())
}

#[wasm_split(pages, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn teacher(id: String) -> Loaded {
    built(|| view! { <teacher::TeacherPage id/> }.into_any())
}

#[wasm_split(pages, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn lesson_print(id: String) -> Loaded {
    built(|| view! { <lesson_print::LessonPrintPage id/> }.into_any())
}

// The youth missions' player (their exercises, the password lab, the chat):
// the largest player, and no adult's module needs it. The module page starts
// loading it once modules.json says the module is a mission
// ([`preload_player`]); on a mission's deep link the boot script has
// preloaded its files already.
#[wasm_split(mission, preload(preload_mission), wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn mission_player(module_id: String, title: String, mission: weerbaar_core::content::kinds::mission::Mission) -> Loaded {
    built(|| view! { <crate::app::players::mission::MissionPlayer module_id title mission/> }.into_any())
}

// The players of lessons, scenarios and card games: a quiz deep link, the
// case issue 20 measures, needs none of their code.
#[wasm_split(players, preload(preload_players), wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn lesson_player(
    module_id: String,
    lesson: weerbaar_core::content::kinds::lesson::Lesson,
    title: String,
    minutes: Option<u32>,
    pass_mark: Option<u32>,
    test_size: Option<u32>,
) -> Loaded {
    built(|| view! { <crate::app::players::lesson::LessonPlayer module_id lesson title minutes pass_mark test_size/> }.into_any())
}

#[wasm_split(players, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn scenario_player(module_id: String, title: String, scenario: weerbaar_core::content::kinds::scenario::Scenario) -> Loaded {
    built(|| view! { <crate::app::players::scenario::ScenarioPlayer module_id title scenario/> }.into_any())
}

#[wasm_split(players, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn card_game(
    module_id: String,
    title: String,
    summary: Option<String>,
    intro: Vec<weerbaar_core::content::document::Block>,
    cards: Vec<weerbaar_core::content::kinds::cards::Card>,
) -> Loaded {
    built(|| view! { <crate::app::players::cards::CardGame module_id title summary intro cards/> }.into_any())
}

// The signal game's player: with its picture, zoom and timer code the
// second largest, and a quiz or lesson needs none of it. Loaded as the
// mission's player is, so the game does not wait one round trip more for it.
#[wasm_split(scene, preload(preload_scene), wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn scene_player(
    module_id: String,
    title: String,
    summary: Option<String>,
    scene: weerbaar_core::content::kinds::scene::Scene,
    pass_mark: u32,
) -> Loaded {
    built(|| view! { <crate::app::players::scene::ScenePlayer module_id title summary scene pass_mark/> }.into_any())
}

// The LMS session of a SCORM package (`app::lms`): reading and writing its
// resume state and reporting to it, 13.9 KB brotli that a website visitor,
// outside any LMS, never needs. Fetched by the module page once it has
// found an LMS.
#[wasm_split(lms, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn lms_session(
    store: crate::app::lms::LmsStore,
    api: crate::platform::lms::Api,
    id: String,
    dictionary: Vec<String>,
    grading: weerbaar_core::lms::Grading,
    progress: crate::app::state::ProgressStore,
) -> Result<(), NotLoaded> {
    store.follow(api, id, dictionary, grading, progress);
    Ok(())
}

/// Starts fetching the part with the player of a module of `kind`, when it
/// has one of its own, while the module itself is still on its way
/// (`state::listing_of`). A deep link's boot script has preloaded the files
/// already; this is for a module opened from within the app, which would
/// otherwise show "Laden…" for one more round trip. A failure is left to
/// the player's own load, which shows it with "Probeer opnieuw".
pub fn preload_player(kind: Option<weerbaar_core::content::module::Kind>) {
    use weerbaar_core::content::module::Kind;
    match kind {
        Some(Kind::Lesson | Kind::Scenario | Kind::Cards) => spawn_local(async {
            let _ = preload_players().await;
        }),
        Some(Kind::Scene) => spawn_local(async {
            let _ = preload_scene().await;
        }),
        Some(Kind::Mission) => spawn_local(async {
            let _ = preload_mission().await;
        }),
        // The quiz player is the module page's own.
        Some(Kind::Quiz) | None => {}
    }
}

#[wasm_split(studio, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn studio() -> Loaded {
    built(|| view! { <studio::StudioPage/> }.into_any())
}

// With the studio: trainer tools, rarely opened by learners.
#[wasm_split(studio, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn group_measurement(audience: weerbaar_core::content::Audience) -> Loaded {
    built(|| view! { <group_measurement::GroupMeasurementPage audience/> }.into_any())
}

#[wasm_split(studio, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn measurements() -> Loaded {
    built(|| view! { <measurements::MeasurementsPage/> }.into_any())
}

#[wasm_split(pages, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn youth() -> Loaded {
    built(|| view! { <youth::YouthPage/> }.into_any())
}

#[wasm_split(pages, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn diploma() -> Loaded {
    built(|| view! { <diploma::DiplomaPage/> }.into_any())
}

// With "Mijn voortgang": both rarely opened, and the statement's code need
// not weigh on every first visit.
#[wasm_split(progress, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn accessibility() -> Loaded {
    built(|| view! { <accessibility::AccessibilityPage/> }.into_any())
}

// With "Mijn voortgang", which shows the same before/after.
#[wasm_split(progress, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn own_measurement(audience: weerbaar_core::content::Audience, phase: weerbaar_core::measure::Phase) -> Loaded {
    built(|| view! { <own_measurement::OwnMeasurementPage audience phase/> }.into_any())
}

#[wasm_split(progress, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn progress() -> Loaded {
    built(|| view! { <progress::ProgressPage/> }.into_any())
}

// The content parsers with their diagnostics' texts and the Markdown
// parser: only when a file differs from the build's parse of it (edited on
// the host), has problems, or is a translation (ARCHITECTURE.md,
// "preparsed.json").
#[wasm_split(content, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn site_file(src: String) -> Result<Checked<weerbaar_core::content::SiteConfig>, NotLoaded> {
    Ok(Checked::new("site.md", &src, weerbaar_core::content::parse_site(&src)))
}

#[wasm_split(content, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn catalogue_file(src: String) -> Result<Checked<weerbaar_core::content::Catalogue>, NotLoaded> {
    Ok(Checked::new("SUMMARY.md", &src, weerbaar_core::content::parse_catalogue(&src)))
}

#[wasm_split(content, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn glossary_file(src: String) -> Result<Checked<weerbaar_core::content::Glossary>, NotLoaded> {
    let file = weerbaar_core::content::glossary::FILE;
    Ok(Checked::new(file, &src, weerbaar_core::content::parse_glossary(&src)))
}

/// Loads the parsers' part ahead of need: a module the build did not parse
/// (over 64 KB, or with problems) will need it, and this is known as soon as
/// its small JSON answer arrives, well before its large Markdown has.
#[wasm_split(content, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn parsers_ready() -> Result<(), NotLoaded> {
    Ok(())
}

/// The first half of parsing module `id` (`module::read_module`); the
/// caller lets the browser paint before the second ([`finish_module`]).
#[wasm_split(content, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn read_module(id: String, src: String) -> Result<weerbaar_core::content::module::ReadModule, NotLoaded> {
    Ok(weerbaar_core::content::module::read_module(&id, &src))
}

/// `translation` with the original's ids and settings
/// (`translation::adopt`), if it still matches `original`
/// (`translation::matches`: a file changed on the server after the build
/// could have other correct answers).
#[wasm_split(content, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn adopt_translation(
    original: weerbaar_core::content::Module,
    translation: weerbaar_core::content::Module,
) -> Result<Option<weerbaar_core::content::Module>, NotLoaded> {
    use weerbaar_core::content::translation::{adopt, matches};
    Ok(matches(&original, &translation).then(|| adopt(&original, translation)))
}

/// The second half: the module read from `file` (the original, or a
/// translation: no build parses those) with its problems.
#[wasm_split(content, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn finish_module(
    read: weerbaar_core::content::module::ReadModule,
    file: String,
    src: String,
) -> Result<Checked<weerbaar_core::content::Module>, NotLoaded> {
    Ok(Checked::new(&file, &src, weerbaar_core::content::module::finish_module(read, &src)))
}
