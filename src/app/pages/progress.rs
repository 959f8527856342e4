//! "Mijn voortgang": every module in the catalogue with its status, and
//! the learner's own before/after per audience.

use leptos::prelude::*;
use weerbaar_core::content::Audience;
use weerbaar_core::measure::parse::id_for;
use weerbaar_core::progress::Status;
use weerbaar_core::route::Route;

use super::audience::status_badge;
use super::my_data::MyData;
use super::own_measurement::list_title;
use crate::app::i18n::{lang_for, with_content};
use crate::app::state::{load_measure, ContentStore, ProgressStore};
use crate::app::strings as s;
use crate::app::widgets::load_error::with_catalogue;
use crate::app::widgets::own_growth::OwnGrowth;
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
                                        {s::cert_title()}<span class="visually-hidden">{with_content(s::cert_for(&e.title), &e.title, lang_for("nl"))}</span>
                                    </a>
                                }
                            });
                            view! {
                                <li class="module-list__item">
                                    <a href=Route::Module(e.id.clone()).href() lang=lang_for("nl")>{e.title.clone()}</a>
                                    {status_badge(status)}
                                    {proof}
                                </li>
                            }
                        })
                        .collect();
                    view! {
                        <section class="track">
                            <h2 lang=lang_for("nl")>{sec.title.clone()}</h2>
                            <ul class="module-list">{rows}</ul>
                        </section>
                    }
                })
                .collect();
            if sections.is_empty() {
                view! { <p>{s::progress_empty()}</p> }.into_any()
            } else {
                sections.into_any()
            }
        }
    });
    view! {
        <PageTitle text=s::progress_title().to_string()/>
        <p class="lead">{s::progress_intro()}</p>
        {body}
        <OwnMeasurements/>
        <MyData/>
    }
}

/// Per audience whose questions the learner answered: what changed. The
/// set is fetched to know the right answers; a set the site no longer has
/// shows nothing rather than a guess.
#[component]
fn OwnMeasurements() -> impl IntoView {
    let progress = expect_context::<ProgressStore>();
    let taken: Vec<_> = progress.doc.with_untracked(|d| {
        Audience::ALL.into_iter().map(|a| (a, d.own_measure(&id_for(a)))).filter(|(_, own)| own.before.is_some() || own.after.is_some()).collect()
    });
    (!taken.is_empty()).then(|| {
        let parts: Vec<_> = taken
            .into_iter()
            .map(|(audience, own)| {
                let measure = LocalResource::new(move || load_measure(audience));
                let content = expect_context::<ContentStore>();
                view! {
                    <h3>{move || s::progress_growth_heading(&list_title(content, audience))}</h3>
                    {move || match measure.get() {
                        None => view! { <p>{s::progress_growth_loading()}</p> }.into_any(),
                        Some(Ok(m)) => view! { <OwnGrowth measure=m.value.clone() own=own.clone()/> }.into_any(),
                        Some(Err(_)) => ().into_any(),
                    }}
                }
            })
            .collect();
        view! {
            <section class="own-growth" aria-labelledby="eigen-meting">
                <h2 id="eigen-meting">{s::progress_growth_title()}</h2>
                {parts}
            </section>
        }
    })
}
