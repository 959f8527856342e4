//! The mission player for children: one step at a time, each a page, a
//! knowledge check or an exercise; a badge at the end.
//!
//! Accessibility criteria:
//! - Must: the progress bar has a text equivalent ("Stap 2 van 7").
//! - Must: after "Verder" or "Terug", focus moves to the new step heading.
//! - Must: every exercise works by keyboard alone, every target is at
//!   least 44 by 44 px, and nothing is timed.
//! - Must: "Verder" is always there: a child who is stuck is never locked
//!   in an exercise.

pub mod chat;
pub mod password_lab;
pub mod privacy;
pub mod real_or_fake;
pub mod sorting;

use leptos::prelude::*;
use weerbaar_core::content::kinds::mission::{Mission, Step, Task};
use weerbaar_core::content::Audience;
use weerbaar_core::progress::youth;
use weerbaar_core::route::Route;

use super::question::KnowledgeCheck;
use crate::app::markdown;
use crate::app::state::{ContentStore, ProgressStore};
use crate::app::strings::youth as s;
use crate::app::widgets::page_title::PageTitle;
use crate::platform::{dom, now};

const STEP_HEADING: &str = "stap";

/// Plays a mission.
#[component]
pub fn MissionPlayer(
    /// Module id (progress key, link base).
    module_id: String,
    /// Module title: the page's `h1`.
    title: String,
    /// The steps.
    mission: Mission,
) -> impl IntoView {
    let progress = expect_context::<ProgressStore>();
    let total = mission.steps.len();
    let start = progress.doc.with_untracked(|d| d.module(&module_id).and_then(|m| m.page)).unwrap_or(0) as usize;
    let step = RwSignal::new(start.min(total.saturating_sub(1)));
    let steps = StoredValue::new(mission.steps);
    let id = StoredValue::new(module_id);
    let module_title = StoredValue::new(title.clone());
    let finished = RwSignal::new(false);

    let go = move |to: usize| {
        step.set(to);
        id.with_value(|id| progress.doc.update(|d| d.record_page(id, to as u32, now())));
        dom::scroll_to_top();
        request_animation_frame(|| dom::focus_id(STEP_HEADING));
    };
    let finish = move |_| {
        id.with_value(|id| {
            progress.doc.update(|d| {
                d.record_completed(id, None, now());
                d.record_page(id, 0, now());
            })
        });
        finished.set(true);
        dom::scroll_to_top();
        request_animation_frame(|| dom::focus_id(STEP_HEADING));
    };
    let status = move || format!("{} {} {} {total}", s::STEP, step.get() + 1, s::OF);
    let body = move || {
        let n = step.get();
        let module_id = id.get_value();
        steps.with_value(|steps| steps.get(n).cloned()).map(|st| view! { <StepView module_id step=st/> })
    };
    view! {
        <PageTitle text=title/>
        <div class="mission">
            {move || (!finished.get()).then(|| view! {
                <p class="mission__status">{status}</p>
                <progress class="mission__bar" max=total.to_string() value=move || (step.get() + 1).to_string() aria-label=s::PROGRESS_LABEL></progress>
            })}
            {move || if finished.get() {
                view! { <MissionDone title=module_title.get_value()/> }.into_any()
            } else {
                body().into_any()
            }}
            {move || (!finished.get()).then(|| view! {
                <nav class="pager" aria-label=s::PROGRESS_LABEL>
                    {move || (step.get() > 0).then(|| view! {
                        <button type="button" class="button button--secondary" on:click=move |_| go(step.get_untracked() - 1)>{s::PREVIOUS}</button>
                    })}
                    {move || if step.get() + 1 < total {
                        view! { <button type="button" class="button" on:click=move |_| go(step.get_untracked() + 1)>{s::NEXT}</button> }.into_any()
                    } else {
                        view! { <button type="button" class="button" on:click=finish>{s::FINISH}</button> }.into_any()
                    }}
                </nav>
            })}
        </div>
    }
}

/// One step: heading, text, and the exercise if there is one.
#[component]
fn StepView(module_id: String, step: Step) -> impl IntoView {
    let title = markdown::inline_text(&step.title);
    let heading = if title.is_empty() { s::HOME_TITLE.to_string() } else { title };
    if let Task::Check(question) = step.task {
        return view! {
            <section class="mission-step" aria-labelledby=STEP_HEADING>
                <KnowledgeCheck module_id question heading_id=STEP_HEADING/>
            </section>
        }
        .into_any();
    }
    let task = match step.task {
        Task::Read | Task::Check(_) => ().into_any(),
        Task::RealOrFake(message) => view! { <real_or_fake::RealOrFake message/> }.into_any(),
        Task::Sort(sort) => view! { <sorting::SortCards module_id=module_id.clone() sort/> }.into_any(),
        Task::Chat(chat) => view! { <chat::Chat module_id=module_id.clone() chat/> }.into_any(),
        Task::Password => view! { <password_lab::PasswordLab/> }.into_any(),
        Task::Privacy(settings) => view! { <privacy::PrivacySettings settings/> }.into_any(),
    };
    view! {
        <section class="mission-step" aria-labelledby=STEP_HEADING>
            <h2 id=STEP_HEADING tabindex="-1">{heading}</h2>
            <div class="prose">{markdown::blocks(&module_id, &step.blocks)}</div>
            {task}
        </section>
    }
    .into_any()
}

/// The end of a mission: the badge, the rank, and where to go next.
#[component]
fn MissionDone(title: String) -> impl IntoView {
    let content = expect_context::<ContentStore>();
    let progress = expect_context::<ProgressStore>();
    view! {
        <section class="mission-step mission-done" aria-labelledby=STEP_HEADING>
            <h2 id=STEP_HEADING tabindex="-1">{s::DONE_TITLE}</h2>
            <div class="badge-medal" aria-hidden="true"><span>"★"</span></div>
            <p class="mission-done__badge">{s::DONE_BADGE}" "<strong>{title}</strong>"."</p>
            <p>{move || {
                let (done, total) = missions_done(&content, &progress);
                s::rank_sentence(s::DONE_RANK, &youth::rank(done, total))
            }}</p>
            <div class="button-row">
                <a class="button" href=Route::Audience(Audience::Youth).href()>{s::BACK_TO_MISSIONS}</a>
                <a class="button button--secondary" href=Route::Diploma.href()>{s::DIPLOMA_LINK}</a>
            </div>
        </section>
    }
}

/// The ids of the missions in the catalogue's youth section.
pub fn youth_missions(content: &ContentStore) -> Vec<String> {
    match content.catalogue.get() {
        Some(Ok(cat)) => cat
            .value
            .section(Audience::Youth)
            .map(|sec| sec.tracks.iter().flat_map(|t| t.entries.iter().map(|e| e.id.clone())).collect())
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}

/// How many of the youth section's missions are completed, and of how many.
pub fn missions_done(content: &ContentStore, progress: &ProgressStore) -> (usize, usize) {
    let missions = youth_missions(content);
    let done = progress.doc.with(|d| missions.iter().filter(|m| d.status(m) == weerbaar_core::progress::Status::Completed).count());
    (done, missions.len())
}

/// "Wie kun je het vertellen?": under every mission, in children's words.
#[component]
pub fn TellSomeone() -> impl IntoView {
    view! {
        <section class="what-to-do tell" aria-labelledby="vertellen-titel">
            <h2 id="vertellen-titel">{s::TELL_TITLE}</h2>
            <p>{s::TELL_INTRO}</p>
            <ul>{s::TELL_ADULTS.iter().map(|a| view! { <li>{*a}</li> }).collect::<Vec<_>>()}</ul>
            <p>{s::TELL_NO_BLAME}</p>
            <p>{s::TELL_KINDERTELEFOON}" "<a href=s::KINDERTELEFOON_HREF>{s::KINDERTELEFOON_NUMBER}</a>" "{s::KINDERTELEFOON_FREE}</p>
            <p><strong>{s::TELL_DANGER}</strong></p>
        </section>
    }
}
