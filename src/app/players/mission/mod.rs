//! The mission player for children: one step at a time, each a page, a
//! knowledge check or an exercise; a badge at the end.
//!
//! Accessibility criteria:
//! - Must: the progress bar has a text equivalent ("Stap 2 van 7").
//! - Must: after "Verder" or "Terug", focus moves to the new step heading.
//! - Must: every exercise works by keyboard alone, every target is at
//!   least 44 by 44 px, and nothing is timed.
//! - Must: "Verder" is always there: a child who is stuck is never locked
//!   in an exercise. While the exercise is not done it is a secondary
//!   button, so the exercise's own button is the one clear next action.
//! - Must: the badge comes only when every exercise was done; "Klaar" with
//!   exercises left says which, with a link to each.

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
use crate::app::i18n::{content_lang, with_content};
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
    // Steps whose exercise was done, and the ones left when "Klaar" was
    // pressed too early (shown instead of the badge).
    let done = RwSignal::new(id.with_value(|id| progress.doc.with_untracked(|d| d.module(id).map(|m| m.done.clone()).unwrap_or_default())));
    let left = RwSignal::new(Vec::<usize>::new());
    let on_done = Callback::new(move |step_id: String| {
        if done.with_untracked(|d| !d.contains(&step_id)) {
            done.update(|d| d.push(step_id.clone()));
            id.with_value(|id| progress.doc.update(|d| d.record_step_done(id, &step_id, now())));
        }
    });
    // The current step is finished when it is only to read or its exercise was done.
    let step_done = move || {
        let n = step.get();
        steps.with_value(|steps| steps.get(n).is_none_or(|st| !youth::is_exercise(&st.task) || done.with(|d| d.contains(&st.id))))
    };

    let go = move |to: usize| {
        left.set(Vec::new());
        step.set(to);
        id.with_value(|id| progress.doc.update(|d| d.record_page(id, to as u32, now())));
        dom::scroll_to_top();
        request_animation_frame(|| dom::focus_id(STEP_HEADING));
    };
    let finish = move |_| {
        let todo = steps.with_value(|steps| done.with_untracked(|d| youth::steps_to_do(steps, d)));
        if !todo.is_empty() {
            left.set(todo);
            request_animation_frame(|| dom::focus_id("nog-te-doen"));
            return;
        }
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
    let status = move || s::step_of(step.get() + 1, total);
    let body = move || {
        let n = step.get();
        let module_id = id.get_value();
        steps.with_value(|steps| steps.get(n).cloned()).map(|st| {
            let step_id = st.id.clone();
            view! { <StepView module_id step=st on_done=Callback::new(move |_| on_done.run(step_id.clone()))/> }
        })
    };
    view! {
        <PageTitle text=title lang=content_lang()/>
        <div class="mission">
            {move || (!finished.get()).then(|| view! {
                <p class="mission__status">{status}</p>
                <progress class="mission__bar" max=total.to_string() value=move || (step.get() + 1).to_string() aria-label=s::progress_label()></progress>
            })}
            {move || if finished.get() {
                view! { <MissionDone title=module_title.get_value()/> }.into_any()
            } else {
                body().into_any()
            }}
            {move || (!left.with(Vec::is_empty)).then(|| view! {
                <div class="notice notice--info mission-left" id="nog-te-doen" tabindex="-1" role="status">
                    <h2 class="notice__title">{s::left_title()}</h2>
                    <p>{s::left_text()}</p>
                    <ul>
                        {left.get().into_iter().map(|i| {
                            let title = steps.with_value(|steps| markdown::inline_text(&steps[i].title));
                            view! { <li><button type="button" class="button button--secondary" on:click=move |_| go(i)>{with_content(s::go_to_step(i + 1, &title), &title, content_lang())}</button></li> }
                        }).collect::<Vec<_>>()}
                    </ul>
                </div>
            })}
            {move || (!finished.get()).then(|| view! {
                <nav class="pager" aria-label=s::progress_label()>
                    {move || (step.get() > 0).then(|| view! {
                        <button type="button" class="button button--secondary" on:click=move |_| go(step.get_untracked() - 1)>{s::previous()}</button>
                    })}
                    {move || {
                        // One clear primary action: while the exercise is
                        // not done, its own button is primary and this one
                        // secondary.
                        let class = if step_done() { "button" } else { "button button--secondary" };
                        if step.get() + 1 < total {
                            view! { <button type="button" class=class on:click=move |_| go(step.get_untracked() + 1)>{s::next()}</button> }.into_any()
                        } else {
                            view! { <button type="button" class=class on:click=finish>{s::finish()}</button> }.into_any()
                        }
                    }}
                </nav>
            })}
        </div>
    }
}

/// One step: heading, text, and the exercise if there is one.
#[component]
fn StepView(module_id: String, step: Step, on_done: Callback<()>) -> impl IntoView {
    let title = markdown::inline_text(&step.title);
    let heading_lang = (!title.is_empty()).then(content_lang).flatten();
    let heading = if title.is_empty() { s::home_title().to_string() } else { title };
    if let Task::Check(question) = step.task {
        return view! {
            <section class="mission-step" aria-labelledby=STEP_HEADING>
                <KnowledgeCheck module_id question heading_id=STEP_HEADING on_checked=Callback::new(move |_| on_done.run(()))/>
            </section>
        }
        .into_any();
    }
    let task = match step.task {
        Task::Read | Task::Check(_) => ().into_any(),
        Task::RealOrFake(message) => view! { <real_or_fake::RealOrFake message on_done/> }.into_any(),
        Task::Sort(sort) => view! { <sorting::SortCards module_id=module_id.clone() sort on_done/> }.into_any(),
        Task::Chat(chat) => view! { <chat::Chat module_id=module_id.clone() chat on_done/> }.into_any(),
        Task::Password => view! { <password_lab::PasswordLab on_done/> }.into_any(),
        Task::Privacy(settings) => view! { <privacy::PrivacySettings settings on_done/> }.into_any(),
    };
    view! {
        <section class="mission-step" aria-labelledby=STEP_HEADING>
            <h2 id=STEP_HEADING tabindex="-1" lang=heading_lang>{heading}</h2>
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
            <h2 id=STEP_HEADING tabindex="-1">{s::done_title()}</h2>
            <div class="badge-medal" aria-hidden="true"><span>"★"</span></div>
            <p class="mission-done__badge">{s::done_badge()}" "<strong lang=content_lang()>{title.clone()}</strong>{weerbaar_core::ui_text::stop_after(&title)}</p>
            <p>{move || {
                let (done, total) = missions_done(&content, &progress);
                s::rank_sentence(s::done_rank(), &youth::rank(done, total))
            }}</p>
            <div class="button-row">
                <a class="button" href=Route::Audience(Audience::Youth).href()>{s::back_to_missions()}</a>
                <a class="button button--secondary" href=Route::Diploma.href()>{s::diploma_link()}</a>
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
            <h2 id="vertellen-titel">{s::tell_title()}</h2>
            <p>{s::tell_intro()}</p>
            <ul>{s::tell_adults().into_iter().map(|a| view! { <li>{a}</li> }).collect::<Vec<_>>()}</ul>
            <p>{s::tell_no_blame()}</p>
            <p>{s::tell_kindertelefoon()}" "<a href=s::kindertelefoon_href()>{s::kindertelefoon_number()}</a>" "{s::kindertelefoon_free()}</p>
            <p><strong>{s::tell_danger()}</strong></p>
        </section>
    }
}
