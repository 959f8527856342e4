//! One module: fetched when opened, parsed, shown with "Wat kun je doen?".

use leptos::prelude::*;
use weerbaar_core::content::kinds::Items;
use weerbaar_core::content::Module;
use weerbaar_core::progress::assessment;
use weerbaar_core::route::Route;

use crate::app::i18n::ContentLanguage;
use crate::app::lms::LmsStore;
use crate::app::pages::lazy;
use crate::app::players::mission::TellSomeone;
use crate::app::players::quiz::QuizPlayer;
use crate::app::state::{listing_of, load_module_in, ContentStore, ProgressStore, Reading};
use crate::app::strings as s;
use crate::app::widgets::contacts::ContactList;
use crate::app::widgets::language_choice::{self, LanguageChoice};
use crate::app::widgets::lms_notice::LmsNotice;
use crate::app::widgets::load_error::{with_catalogue, with_module, ModuleNotFound};
use crate::app::widgets::module_end::BackToAudience;
use crate::app::widgets::page_title::Preview;

/// The page for module `id`. Only modules listed in SUMMARY.md are
/// fetched: an unknown id needs no request (and no 404 in the console), and
/// nobody can make the app fetch arbitrary files by editing the URL.
#[component]
pub fn ModulePage(
    /// Module id: its path in content/ without `.md`.
    id: String,
) -> impl IntoView {
    with_catalogue(true, move |cat| match cat.value.entry(&id) {
        None => view! { <ModuleNotFound/> }.into_any(),
        Some(_) => view! { <ModuleLoader id=id.clone()/> }.into_any(),
    })
}

/// Fetches, parses and shows one listed module, in the learner's content
/// language when it has a translation into it (see [`LanguageChoice`]).
#[component]
fn ModuleLoader(id: String) -> impl IntoView {
    let progress = expect_context::<ProgressStore>();
    let lms = LmsStore::get(&id);
    let chosen = RwSignal::new(language_choice::remembered());
    let reading = RwSignal::new(None::<Reading>);
    // The module's translations, for the choice; none until known, or when
    // modules.json cannot be read (then the page is Dutch, as before).
    let available = RwSignal::new(Vec::<String>::new());
    if chosen.get_untracked().is_none() {
        // Fetched beside the module, not before it: a Dutch reader waits
        // for nothing new. It also says the module's kind, so the player's
        // part (when it has one) downloads while the module does.
        let id = id.clone();
        leptos::task::spawn_local(async move {
            listed(&id, available).await;
        });
    }
    let module = {
        let id = id.clone();
        LocalResource::new(move || {
            let id = id.clone();
            let language = chosen.get();
            // Only a translation that the build shipped is fetched, so a
            // module without one costs no request and no 404.
            let languages = {
                let id = id.clone();
                async move {
                    if language.is_none() {
                        return Vec::new();
                    }
                    listed(&id, available).await
                }
            };
            async move {
                let (loaded, shown) = load_module_in(id, language, languages).await;
                // Inside an LMS, its resume state is taken in before the
                // player reads the progress.
                if let (Some(lms), Ok(m)) = (lms, &loaded) {
                    if let Some(api) = (!m.has_errors()).then(|| lms.launched_here(&m.value.id)).flatten() {
                        let (dictionary, grading) = crate::app::lms::session_facts(&m.value);
                        if lazy::lms_session(lms, api, m.value.id.clone(), dictionary, grading, progress).await.is_err() {
                            lms.tell();
                        }
                    }
                }
                let _ = reading.try_set(Some(shown));
                loaded
            }
        })
    };
    // Recording the visit talks to storage (through the progress effect),
    // so it happens once the module has loaded without errors.
    // Read in place: a copy of a 2 000-question module costs a long task.
    Effect::new(move |_| {
        let opened = module.with(|m| match m {
            Some(Ok(m)) if !m.has_errors() => Some(m.value.id.clone()),
            _ => None,
        });
        if let Some(id) = opened {
            progress.record_opened(&id);
        }
    });
    view! {
        <LmsNotice lms/>
        <LanguageChoice available=available.into() chosen reading=reading.into()/>
        {with_module(module, move |m| {
            let lang = match reading.get_untracked() {
                Some(Reading::Translation(l)) => Some(l.code),
                _ => None,
            };
            view! { <ModuleView module=m lang/> }.into_any()
        })}
    }
}

/// Module `id`'s listing in modules.json: starts its player's part, if it
/// has one of its own, while the module downloads
/// ([`lazy::preload_player`]); shows its translations in the language
/// choice (`available`), and returns them.
async fn listed(id: &str, available: RwSignal<Vec<String>>) -> Vec<String> {
    let listing = listing_of(id).await;
    lazy::preload_player(listing.kind);
    let _ = available.try_set(listing.languages.clone());
    listing.languages
}

/// A parsed module with its player and "Wat kun je doen?". Also the
/// studio's preview, so trainers see exactly what learners will see.
#[component]
pub fn ModuleView(
    /// The module, in whichever language it is shown.
    module: Module,
    /// The content's language when it is a translation (`en`, `pl`); the
    /// player puts it on the content's text ([`content_lang`]), not on its
    /// own buttons and captions, which are in the app's language.
    #[prop(default = None)]
    lang: Option<&'static str>,
) -> impl IntoView {
    let content = expect_context::<ContentStore>();
    let audience = module.audience;
    let contacts = Signal::derive(move || content.site_or_fallback().contacts_for(audience));
    let is_mission = matches!(module.items, Items::Mission(_));
    let is_lesson = matches!(module.items, Items::Lesson(_));
    let in_preview = use_context::<Preview>().is_some();
    provide_context(ContentLanguage(lang.unwrap_or("nl")));
    view! {
        <BackToAudience module_id=module.id.clone()/>
        <article class="module" class:module--youth=is_mission>
            <div class="module__content">
            {match module.items {
                // The player owns the page's h1 (in a test it is the question).
                Items::Lesson(lesson) => {
                    let (id, title, minutes, pass_mark, test_size) = (module.id.clone(), module.title.clone(), module.minutes, module.pass_mark, module.test_size);
                    lazy::page(move || lazy::lesson_player(id.clone(), lesson.clone(), title.clone(), minutes, pass_mark, test_size))
                }
                Items::Quiz(questions) => view! {
                    <QuizPlayer module_id=module.id.clone() title=module.title.clone() summary=module.summary.clone() intro=module.intro.clone()
                        minutes=module.minutes questions pass_mark=module.pass_mark.unwrap_or(assessment::DEFAULT_PASS_MARK)/>
                }.into_any(),
                Items::Scenario(scenario) => {
                    let (id, title) = (module.id.clone(), module.title.clone());
                    lazy::page(move || lazy::scenario_player(id.clone(), title.clone(), scenario.clone()))
                }
                Items::Cards(cards) => {
                    let (id, title, summary, intro) = (module.id.clone(), module.title.clone(), module.summary.clone(), module.intro.clone());
                    lazy::page(move || lazy::card_game(id.clone(), title.clone(), summary.clone(), intro.clone(), cards.clone()))
                }
                Items::Scene(scene) => {
                    let (id, title, summary) = (module.id.clone(), module.title.clone(), module.summary.clone());
                    let pass_mark = module.pass_mark.unwrap_or(assessment::DEFAULT_PASS_MARK);
                    lazy::page(move || lazy::scene_player(id.clone(), title.clone(), summary.clone(), scene.clone(), pass_mark))
                }
                Items::Mission(mission) => {
                    let (id, title) = (module.id.clone(), module.title.clone());
                    lazy::page(move || lazy::mission_player(id.clone(), title.clone(), mission.clone()))
                }
            }}
            </div>
            // Children get their own "who can you tell"; adults the
            // reporting routes from site.md.
            {if is_mission {
                view! { <TellSomeone/> }.into_any()
            } else {
                view! {
                    <section class="what-to-do" aria-labelledby="wat-kun-je-doen">
                        <h2 id="wat-kun-je-doen">{s::what_can_you_do()}</h2>
                        <p>{s::what_can_you_do_intro()}</p>
                        <ContactList contacts/>
                    </section>
                }.into_any()
            }}
            {match (in_preview, is_mission) {
                (true, _) => ().into_any(),
                (false, true) => view! {
                    <p class="trainer-link"><a href=Route::Teacher(module.id.clone()).href()>{s::youth::teacher_link()}</a></p>
                }.into_any(),
                (false, false) => view! {
                    {is_lesson.then(|| view! { <p class="trainer-link"><a href=Route::Print(module.id.clone()).href()>{s::print_link()}</a></p> })}
                    <p class="trainer-link"><a href=Route::Presenter(module.id.clone()).href()>{s::present_link()}</a></p>
                }.into_any(),
            }}
        </article>
    }
}
