//! Plain text pages: privacy and accessibility statements.

use leptos::prelude::*;

use crate::app::widgets::page_title::PageTitle;

/// A heading and paragraphs.
#[component]
pub fn Statement(
    /// The `h1`.
    title: &'static str,
    /// The text, one paragraph per item.
    paragraphs: Vec<&'static str>,
) -> impl IntoView {
    view! {
        <PageTitle text=title.to_string()/>
        <div class="prose">
            {paragraphs.iter().map(|p| view! { <p>{*p}</p> }).collect::<Vec<_>>()}
        </div>
    }
}
