//! "Mijn voortgang": every module in the catalogue with its status.

use leptos::prelude::*;
use weerbaar_core::progress::Status;
use weerbaar_core::route::Route;

use super::audience::status_badge;
use super::my_data::MyData;
use crate::app::state::ProgressStore;
use crate::app::strings as s;
use crate::app::widgets::load_error::with_catalogue;
use crate::app::widgets::page_title::PageTitle;

/// The progress overview.
#[component]
pub fn ProgressPage() -> impl IntoView {
    let progress = expect_context::<ProgressStore>();
    let body = with_catalogue(false, move |cat| {
        {
            let doc = progress.doc.get();
            // Only audiences where something was opened: a list of 50
            // "not started" rows helps nobody.
            let sections: Vec<_> = cat
                .value
                .sections
                .iter()
                .filter(|sec| sec.tracks.iter().flat_map(|t| &t.entries).any(|e| doc.status(&e.id) != Status::NotStarted))
                .map(|sec| {
                    let rows: Vec<_> = sec
                        .tracks
                        .iter()
                        .flat_map(|t| &t.entries)
                        .map(|e| {
                            let status = doc.status(&e.id);
                            // The link text names the module: a list of ten
                            // identical "bewijs" links says nothing out of context.
                            let proof = (status == Status::Completed).then(|| {
                                view! {
                                    <a class="module-list__extra" href=Route::Certificate(e.id.clone()).href()>
                                        {s::CERT_TITLE}<span class="visually-hidden">{format!(" voor {}", e.title)}</span>
                                    </a>
                                }
                            });
                            view! {
                                <li class="module-list__item">
                                    <a href=Route::Module(e.id.clone()).href()>{e.title.clone()}</a>
                                    {status_badge(status)}
                                    {proof}
                                </li>
                            }
                        })
                        .collect();
                    view! {
                        <section class="track">
                            <h2>{sec.title.clone()}</h2>
                            <ul class="module-list">{rows}</ul>
                        </section>
                    }
                })
                .collect();
            if sections.is_empty() {
                view! { <p>{s::PROGRESS_EMPTY}</p> }.into_any()
            } else {
                sections.into_any()
            }
        }
    });
    view! {
        <PageTitle text=s::PROGRESS_TITLE.to_string()/>
        <p class="lead">{s::PROGRESS_INTRO}</p>
        {body}
        <MyData/>
    }
}
