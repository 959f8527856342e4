//! The way on from a module: back to its audience's list at the top of the
//! page, and "Volgende module" at every ending, so no module is a dead end.
//! Both follow SUMMARY.md: the next module is the next one listed for the
//! same audience.

use leptos::prelude::*;
use weerbaar_core::content::catalogue::Entry;
use weerbaar_core::content::Audience;
use weerbaar_core::route::Route;

use crate::app::i18n::{lang_for, with_content};
use crate::app::state::ContentStore;
use crate::app::strings as s;
use crate::app::widgets::page_title::Preview;

/// "Terug naar Inwoners", above a module. Nothing in the studio preview or
/// for a module the catalogue does not list.
#[component]
pub fn BackToAudience(
    /// The module on the page.
    module_id: String,
) -> impl IntoView {
    let listed = listed_in(module_id);
    move || {
        listed()
            .map(|(audience, title, _)| view! { <p class="back-link no-print"><a href=Route::Audience(audience).href()>{with_content(s::back_to(&title), &title, lang_for("nl"))}</a></p> })
    }
}

/// Where to go after the ending of a module: the next module of its
/// audience (if there is one) and back to the list.
#[component]
pub fn ModuleEnd(
    /// The module that just ended.
    module_id: String,
) -> impl IntoView {
    let listed = listed_in(module_id);
    move || {
        listed().map(|(audience, title, next)| {
            view! {
                <nav class="module-end no-print" aria-label=s::module_end_label()>
                    {next.map(|e| view! {
                        <a class="button" href=Route::Module(e.id.clone()).href()>{with_content(s::next_module(&e.title), &e.title, lang_for("nl"))}</a>
                    })}
                    <a class="button button--secondary" href=Route::Audience(audience).href()>{with_content(s::back_to(&title), &title, lang_for("nl"))}</a>
                </nav>
            }
        })
    }
}

/// The audience whose list shows `module_id`, that list's title and the
/// next module in it, once the catalogue is there. `None` in the studio's
/// preview (a draft belongs to no list) and for a module no list shows.
fn listed_in(module_id: String) -> impl Fn() -> Option<(Audience, String, Option<Entry>)> + Send + Sync + 'static {
    let content = expect_context::<ContentStore>();
    let in_preview = use_context::<Preview>().is_some();
    move || {
        let Some(Ok(cat)) = content.catalogue.get() else { return None };
        let (audience, _) = cat.value.entry(&module_id).filter(|_| !in_preview)?;
        let title = cat.value.section(audience)?.title.clone();
        Some((audience, title, cat.value.next_after(&module_id).cloned()))
    }
}
