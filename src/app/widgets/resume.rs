//! "Verder waar je was": the module the learner worked on last and has not
//! finished, on the home page (any audience) and an audience's page.

use leptos::prelude::*;
use weerbaar_core::content::Audience;
use weerbaar_core::route::Route;

use crate::app::i18n::{lang_for, with_content};
use crate::app::state::{ContentStore, ProgressStore};
use crate::app::strings as s;

/// A link back into the last unfinished module, if there is one. `audience`
/// limits it to that audience's list; `None` looks at every module.
#[component]
pub fn ResumeLink(
    /// Only modules of this audience, or all.
    #[prop(optional)]
    audience: Option<Audience>,
) -> impl IntoView {
    let content = expect_context::<ContentStore>();
    let progress = expect_context::<ProgressStore>();
    move || {
        let Some(Ok(cat)) = content.catalogue.get() else { return None };
        let entries: Vec<_> = cat.value.entries().filter(|(a, _)| audience.is_none_or(|x| x == *a)).map(|(_, e)| e.clone()).collect();
        let id = progress.doc.with(|d| d.resume(entries.iter().map(|e| e.id.as_str())).map(str::to_string))?;
        let entry = entries.into_iter().find(|e| e.id == id)?;
        Some(view! {
            <p class="resume">
                <a class="button" href=Route::Module(entry.id.clone()).href()>{with_content(s::resume(&entry.title), &entry.title, lang_for("nl"))}</a>
            </p>
        })
    }
}
