//! Start page: pick who you are.

use leptos::prelude::*;
use weerbaar_core::content::Audience;
use weerbaar_core::route::Route;

use crate::app::strings as s;
use crate::app::widgets::page_title::PageTitle;
use crate::app::widgets::resume::ResumeLink;

/// The home page.
#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <PageTitle text=s::home_title().to_string()/>
        <p class="lead">{s::home_intro()}</p>
        <ResumeLink/>
        <h2>{s::home_choose()}</h2>
        <ul class="audience-grid">
            {Audience::ALL.into_iter().map(|a| {
                let (name, description) = s::audience_label(a);
                view! {
                    <li class=format!("audience-card audience-card--{}", a.code())>
                        <a class="audience-card__link" href=Route::Audience(a).href()>{name}</a>
                        <p class="audience-card__text">{description}</p>
                    </li>
                }
            }).collect::<Vec<_>>()}
        </ul>
    }
}
