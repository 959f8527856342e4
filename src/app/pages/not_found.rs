//! A helpful 404: where you can go instead.

use leptos::prelude::*;
use weerbaar_core::content::Audience;
use weerbaar_core::route::Route;

use crate::app::strings as s;
use crate::app::widgets::page_title::PageTitle;

/// Shown for any unknown `#/...` route.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <PageTitle text=s::NOT_FOUND_TITLE.to_string()/>
        <p>{s::NOT_FOUND_TEXT}</p>
        <ul>
            <li><a href=Route::Home.href()>{s::BACK_HOME}</a></li>
            {Audience::ALL.into_iter().map(|a| view! {
                <li><a href=Route::Audience(a).href()>{s::audience_label(a).0}</a></li>
            }).collect::<Vec<_>>()}
            <li><a href=Route::Progress.href()>{s::NAV_PROGRESS}</a></li>
        </ul>
    }
}
