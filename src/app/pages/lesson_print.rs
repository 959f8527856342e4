//! A whole lesson on one page, to print or save as PDF: every page in
//! order, the knowledge checks as questions to think about (options, no
//! answers marked), and "Wat kun je doen?" with the reporting routes, which
//! a printout of one screen page would lack. The final test is left out:
//! on paper its answers would travel ahead of the test.

use leptos::prelude::*;
use weerbaar_core::content::document::Block;
use weerbaar_core::content::kinds::question::{Answer, Question};
use weerbaar_core::content::kinds::Items;
use weerbaar_core::progress::order;
use weerbaar_core::route::Route;

use crate::app::i18n::content_lang;
use crate::app::markdown;
use crate::app::state::{load_module, ContentStore};
use crate::app::strings as s;
use crate::app::widgets::contacts::ContactList;
use crate::app::widgets::load_error::{with_catalogue, with_module, ModuleNotFound};
use crate::app::widgets::page_title::PageTitle;
use crate::platform::print;

/// The print view of lesson `id`.
#[component]
pub fn LessonPrintPage(
    /// Module id of the lesson.
    id: String,
) -> impl IntoView {
    let content = expect_context::<ContentStore>();
    let module = {
        let id = id.clone();
        LocalResource::new(move || load_module(id.clone()))
    };
    with_catalogue(true, move |cat| match cat.value.entry(&id) {
        None => view! { <ModuleNotFound/> }.into_any(),
        Some(_) => with_module(module, move |m| {
            let back = view! { <p class="back-link"><a href=Route::Module(m.id.clone()).href()>{s::print_back()}</a></p> };
            let Items::Lesson(lesson) = m.items else {
                return view! {
                    {back}
                    <PageTitle text=m.title.clone() lang=content_lang()/>
                    <p>{s::print_not_lesson()}</p>
                }
                .into_any();
            };
            let audience = m.audience;
            let contacts = Signal::derive(move || content.site_or_fallback().contacts_for(audience));
            let module_id = m.id.clone();
            let pages = lesson
                .pages
                .iter()
                .map(|p| {
                    let title = markdown::inline_text(&p.title);
                    let title_lang = (!title.is_empty()).then(content_lang).flatten();
                    let question = p.check.as_ref().map(|q| {
                        view! {
                            <h3 lang=content_lang()>{markdown::inline_text(&q.prompt)}</h3>
                            <div class="prose">{markdown::blocks(&module_id, &q.intro)}</div>
                            <ul class="print-options">
                                {printed_options(q).iter().map(|text| view! { <li>{markdown::blocks(&module_id, text)}</li> }).collect::<Vec<_>>()}
                            </ul>
                        }
                    });
                    view! {
                        <section class="print-page">
                            <h2 lang=title_lang>{if title.is_empty() { s::introduction().to_string() } else { title }}</h2>
                            <div class="prose">{markdown::blocks(&module_id, &p.blocks)}</div>
                            {question}
                        </section>
                    }
                })
                .collect::<Vec<_>>();
            view! {
                {back}
                <PageTitle text=m.title.clone() lang=content_lang()/>
                {m.summary.clone().map(|t| view! { <p class="lead" lang=content_lang()>{t}</p> })}
                <p class="no-print">{s::print_intro()}</p>
                <div class="button-row">
                    <button type="button" class="button" on:click=move |_| print()>{s::print_button()}</button>
                </div>
                {pages}
                {(!lesson.test.is_empty()).then(|| view! { <p class="print-note">{s::print_no_test()}</p> })}
                <section class="what-to-do" aria-labelledby="wat-kun-je-doen">
                    <h2 id="wat-kun-je-doen">{s::what_can_you_do()}</h2>
                    <p>{s::what_can_you_do_intro()}</p>
                    <ContactList contacts/>
                </section>
            }
            .into_any()
        })
        .into_any(),
    })
}

/// What a printed question lists: its options, or an ordering question's
/// steps shuffled as the player starts them (the trainer's order is the
/// answer, so a handout must not show it).
fn printed_options(q: &Question) -> Vec<Vec<Block>> {
    match &q.answer {
        Answer::One(options) | Answer::Several(options) => options.iter().map(|o| o.content.clone()).collect(),
        Answer::Order(steps) => order::start(&q.id, steps.len()).into_iter().filter_map(|i| steps.get(i)).map(|step| step.content.clone()).collect(),
    }
}
