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
        <PageTitle text=s::not_found_title().to_string()/>
        <p>{s::not_found_text()}</p>
        <ul>
            <li><a href=Route::Home.href()>{s::back_home()}</a></li>
            {Audience::ALL.into_iter().map(|a| view! {
                <li><a href=Route::Audience(a).href()>{s::audience_label(a).0}</a></li>
            }).collect::<Vec<_>>()}
            <li><a href=Route::Progress.href()>{s::nav_progress()}</a></li>
        </ul>
    }
}
