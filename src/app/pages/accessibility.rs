//! The accessibility statement: `content/toegankelijkheid.md` when the
//! organisation wrote one (its status, date, contact and known gaps are
//! theirs to state), else a short general statement.

use leptos::prelude::*;
use weerbaar_core::content::statement::{parse_statement, FILE};

use super::statement::Statement;
use crate::app::i18n::lang_for;
use crate::app::markdown;
use crate::app::strings as s;
use crate::app::widgets::load_error::Loading;
use crate::app::widgets::page_title::PageTitle;
use crate::platform::fetch::fetch_text;

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let text = LocalResource::new(|| async { fetch_text(&format!("content/{FILE}")).await });
    move || match text.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Ok(src)) => {
            let statement = parse_statement(&src).value;
            // The statement is the organisation's own Dutch text.
            let title_lang = statement.title.is_some().then(|| lang_for("nl")).flatten();
            view! {
                <PageTitle text=statement.title.unwrap_or_else(|| s::accessibility_title().to_string()) lang=title_lang/>
                <div class="prose">{markdown::blocks("toegankelijkheid", &statement.blocks)}</div>
            }
            .into_any()
        }
        // No statement of its own (or offline before it was ever fetched).
        Some(Err(_)) => view! { <Statement title=s::accessibility_title() paragraphs=s::accessibility_text()/> }.into_any(),
    }
}
