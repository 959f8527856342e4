//! The teacher's page of a mission: learning goals, a 45-minute plan,
//! discussion questions and what to do when a child tells you something,
//! from the part after `# Voor de leerkracht`; plus what the children do,
//! step by step. Printable.

use leptos::prelude::*;
use weerbaar_core::content::kinds::mission::Task;
use weerbaar_core::content::kinds::Items;
use weerbaar_core::route::Route;

use crate::app::i18n::content_lang;
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
                    <PageTitle text=m.title.clone() lang=content_lang()/>
                    <p>{s::youth::teacher_not_mission()}</p>
                }
                .into_any();
            };
            let steps = mission
                .steps
                .iter()
                .map(|step| {
                    let title = markdown::inline_text(&step.title);
                    let kind = match &step.task {
                        Task::Read => s::youth::task_read(),
                        Task::Check(_) => s::youth::task_check(),
                        Task::RealOrFake(_) => s::youth::task_real_or_fake(),
                        Task::Sort(_) => s::youth::task_sort(),
                        Task::Chat(_) => s::youth::task_chat(),
                        Task::Password => s::youth::task_password(),
                        Task::Privacy(_) => s::youth::task_privacy(),
                    };
                    let title = if title.is_empty() {
                        s::youth::home_title().into_any()
                    } else {
                        view! { <span lang=content_lang()>{title}</span> }.into_any()
                    };
                    view! { <li>{title}" ("{kind}")"</li> }
                })
                .collect::<Vec<_>>();
            view! {
                <PageTitle text=format!("{} {}", s::youth::teacher_for(), m.title)/>
                <p class="no-print"><a href=Route::Module(m.id.clone()).href() lang=content_lang()>{m.title.clone()}</a></p>
                {if mission.teacher.is_empty() {
                    view! { <p>{s::youth::teacher_none()}</p> }.into_any()
                } else {
                    view! { <div class="prose">{markdown::blocks(&m.id, &mission.teacher)}</div> }.into_any()
                }}
                <h2>{s::youth::teacher_steps()}</h2>
                <ol>{steps}</ol>
                <div class="button-row no-print">
                    <button type="button" class="button button--secondary" on:click=move |_| print()>{s::youth::teacher_print()}</button>
                </div>
            }
            .into_any()
        })
        .into_any(),
    })
}
