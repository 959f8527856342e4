//! The teacher's page of a mission: learning goals, a 45-minute plan,
//! discussion questions and what to do when a child tells you something,
//! from the part after `# Voor de leerkracht`; plus what the children do,
//! step by step. Printable.

use leptos::prelude::*;
use weerbaar_core::content::kinds::mission::Task;
use weerbaar_core::content::kinds::Items;
use weerbaar_core::route::Route;

use crate::app::markdown;
use crate::app::state::load_module;
use crate::app::strings as s;
use crate::app::widgets::load_error::{with_catalogue, with_module, ModuleNotFound};
use crate::app::widgets::page_title::PageTitle;
use crate::platform::print;

/// The teacher's page for mission `id`.
#[component]
pub fn TeacherPage(
    /// Module id of the mission.
    id: String,
) -> impl IntoView {
    let module = {
        let id = id.clone();
        LocalResource::new(move || load_module(id.clone()))
    };
    with_catalogue(true, move |cat| match cat.value.entry(&id) {
        None => view! { <ModuleNotFound/> }.into_any(),
        Some(_) => with_module(module, |m| {
            let Items::Mission(mission) = m.items else {
                return view! {
                    <PageTitle text=m.title.clone()/>
                    <p>{s::youth::TEACHER_NOT_MISSION}</p>
                }
                .into_any();
            };
            let steps = mission
                .steps
                .iter()
                .map(|step| {
                    let title = markdown::inline_text(&step.title);
                    let kind = match &step.task {
                        Task::Read => s::youth::TASK_READ,
                        Task::Check(_) => s::youth::TASK_CHECK,
                        Task::RealOrFake(_) => s::youth::TASK_REAL_OR_FAKE,
                        Task::Sort(_) => s::youth::TASK_SORT,
                        Task::Chat(_) => s::youth::TASK_CHAT,
                        Task::Password => s::youth::TASK_PASSWORD,
                        Task::Privacy(_) => s::youth::TASK_PRIVACY,
                    };
                    view! { <li>{if title.is_empty() { s::youth::HOME_TITLE.to_string() } else { title }}" ("{kind}")"</li> }
                })
                .collect::<Vec<_>>();
            view! {
                <PageTitle text=format!("{} {}", s::youth::TEACHER_FOR, m.title)/>
                <p class="no-print"><a href=Route::Module(m.id.clone()).href()>{m.title.clone()}</a></p>
                {if mission.teacher.is_empty() {
                    view! { <p>{s::youth::TEACHER_NONE}</p> }.into_any()
                } else {
                    view! { <div class="prose">{markdown::blocks(&m.id, &mission.teacher)}</div> }.into_any()
                }}
                <h2>{s::youth::TEACHER_STEPS}</h2>
                <ol>{steps}</ol>
                <div class="button-row no-print">
                    <button type="button" class="button button--secondary" on:click=move |_| print()>{s::youth::TEACHER_PRINT}</button>
                </div>
            }
            .into_any()
        })
        .into_any(),
    })
}
