//! The lesson player: one page at a time, with progress, minutes left,
//! previous/next, and the place remembered so a learner resumes there.
//!
//! Accessibility criteria:
//! - Must: the progress bar has a text equivalent ("Pagina 2 van 6").
//! - Must: after previous/next, focus moves to the new page heading.
//! - Must: previous/next are buttons that work with Enter and Space.

use leptos::prelude::*;
use weerbaar_core::content::kinds::lesson::Lesson;
use weerbaar_core::progress::assessment;

use super::final_test::FinalTest;
use super::question::KnowledgeCheck;
use crate::app::i18n::content_lang;
use crate::app::markdown;
use crate::app::state::ProgressStore;
use crate::app::strings as s;
use crate::app::widgets::module_end::ModuleEnd;
use crate::app::widgets::page_title::PageTitle;
use crate::platform::{dom, now};

const PAGE_HEADING: &str = "lespagina";

/// Plays a lesson.
#[component]
pub fn LessonPlayer(
    /// Module id (progress key, link base).
    module_id: String,
    /// The pages.
    lesson: Lesson,
    /// Module title: the page's `h1` while reading.
    title: String,
    /// `duur:` from the front matter, for "minutes left".
    minutes: Option<u32>,
    /// `slaaggrens:`; 70 % when the trainer set none.
    pass_mark: Option<u32>,
    /// `toetsvragen:`: questions per test attempt; all when None.
    test_size: Option<u32>,
) -> impl IntoView {
    let progress = expect_context::<ProgressStore>();
    let total = lesson.pages.len();
    let has_test = !lesson.test.is_empty();
    // A test that was started continues where it stopped.
    let started_test = has_test && progress.doc.with_untracked(|d| d.module(&module_id).is_some_and(|m| !m.answers.is_empty()));
    let in_test = RwSignal::new(started_test);
    let test = StoredValue::new(lesson.test);
    let module_title = StoredValue::new(title);
    let start = progress.doc.with_untracked(|d| d.module(&module_id).and_then(|m| m.page)).unwrap_or(0) as usize;
    let page = RwSignal::new(start.min(total.saturating_sub(1)));
    let pages = StoredValue::new(lesson.pages);
    let id = StoredValue::new(module_id);
    let finished = RwSignal::new(false);

    let go = move |to: usize| {
        page.set(to);
        id.with_value(|id| progress.doc.update(|d| d.record_page(id, to as u32, now())));
        dom::scroll_to_top();
        request_animation_frame(|| dom::focus_id(PAGE_HEADING));
    };
    let finish = move |_| {
        id.with_value(|id| progress.doc.update(|d| d.record_completed(id, None, now())));
        finished.set(true);
        request_animation_frame(|| dom::focus_id(PAGE_HEADING));
    };
    let status = move || {
        let n = page.get();
        let pages = s::page_of(n + 1, total);
        match minutes {
            Some(m) => format!("{pages} · {}", s::minutes_left(assessment::minutes_left(m, n, total))),
            None => pages,
        }
    };
    let body = move || {
        let n = page.get();
        pages.with_value(|pages| {
            let Some(p) = pages.get(n) else { return ().into_any() };
            let module_id = id.get_value();
            if let Some(question) = p.check.clone() {
                return view! {
                    <section class="lesson-page" aria-labelledby=PAGE_HEADING>
                        <KnowledgeCheck module_id question heading_id=PAGE_HEADING/>
                    </section>
                }
                .into_any();
            }
            let title = markdown::inline_text(&p.title);
            let title_lang = (!title.is_empty()).then(content_lang).flatten();
            view! {
                <section class="lesson-page" aria-labelledby=PAGE_HEADING>
                    <h2 id=PAGE_HEADING tabindex="-1" lang=title_lang>{if title.is_empty() { s::introduction().to_string() } else { title }}</h2>
                    <div class="prose">{markdown::blocks(&module_id, &p.blocks)}</div>
                </section>
            }
            .into_any()
        })
    };
    let to_test = move |_| {
        in_test.set(true);
        dom::scroll_to_top();
        request_animation_frame(|| dom::focus_id("paginatitel"));
    };
    let back_to_pages = Callback::new(move |_| {
        in_test.set(false);
        request_animation_frame(|| dom::focus_id("paginatitel"));
    });
    move || {
        if in_test.get() {
            view! {
                <FinalTest module_id=id.get_value() module_title=module_title.get_value() questions=test.get_value() size=test_size
                    pass_mark=pass_mark.unwrap_or(assessment::DEFAULT_PASS_MARK) on_back=back_to_pages/>
            }
            .into_any()
        } else {
            view! {
        <PageTitle text=module_title.get_value() lang=content_lang()/>
        <div class="lesson">
            <p class="lesson__status">{status}</p>
            <progress class="lesson__bar" max=total.to_string() value=move || (page.get() + 1).to_string() aria-label=s::lesson_progress()></progress>
            {move || if finished.get() {
                view! {
                    <section class="lesson-page">
                        <h2 id=PAGE_HEADING tabindex="-1">{s::lesson_done_title()}</h2>
                        <p>{s::lesson_done_text()}</p>
                        <ModuleEnd module_id=id.get_value()/>
                    </section>
                }.into_any()
            } else {
                body().into_any()
            }}
            {move || (has_test && !finished.get() && page.get() + 1 == total).then(|| {
                let count = test.with_value(Vec::len).min(test_size.map_or(usize::MAX, |n| n as usize));
                let mark = pass_mark.unwrap_or(assessment::DEFAULT_PASS_MARK);
                view! { <p class="notice notice--info">{s::test_ahead(count, mark, assessment::needed_to_pass(count, mark))}</p> }
            })}
            <nav class="pager" aria-label=s::pager_label()>
                {move || (page.get() > 0 && !finished.get()).then(|| view! {
                    <button type="button" class="button button--secondary" on:click=move |_| go(page.get_untracked() - 1)>{s::previous()}</button>
                })}
                {move || if finished.get() {
                    ().into_any()
                } else if page.get() + 1 < total {
                    view! { <button type="button" class="button" on:click=move |_| go(page.get_untracked() + 1)>{s::next()}</button> }.into_any()
                } else if has_test {
                    view! { <button type="button" class="button" on:click=to_test>{s::to_test()}</button> }.into_any()
                } else {
                    view! { <button type="button" class="button" on:click=finish>{s::finish()}</button> }.into_any()
                }}
            </nav>
        </div>
    }.into_any()
        }
    }
}
