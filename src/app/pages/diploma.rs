//! The children's diploma: nickname, animal, rank and the missions done,
//! on one printable page. It shows only what is already on this device (or
//! in this shared session); printing sends nothing anywhere.

use leptos::prelude::*;
use weerbaar_core::content::Audience;
use weerbaar_core::date;
use weerbaar_core::progress::youth;
use weerbaar_core::route::Route;

use super::youth::avatar_src;
use crate::app::i18n::tr_core;
use crate::app::state::{ContentStore, ProgressStore, YouthSession};
use crate::app::strings::youth as s;
use crate::app::widgets::page_title::PageTitle;
use crate::platform::{local_day, print};

/// The diploma page.
#[component]
pub fn DiplomaPage() -> impl IntoView {
    let content = expect_context::<ContentStore>();
    let progress = expect_context::<ProgressStore>();
    let young = expect_context::<YouthSession>();
    let organisation = move || content.site_or_fallback().organisation;
    // (title, date) of every mission done, in catalogue order.
    let done = move || -> Vec<(String, String)> {
        let Some(Ok(cat)) = content.catalogue.get() else { return Vec::new() };
        let Some(section) = cat.value.section(Audience::Youth) else { return Vec::new() };
        progress.doc.with(|d| {
            section
                .tracks
                .iter()
                .flat_map(|t| t.entries.iter())
                .filter_map(|e| {
                    let at = d.module(&e.id)?.completed?.at;
                    let (y, m, day) = local_day(at);
                    Some((e.title.clone(), date::long_with(y, m, day, tr_core)))
                })
                .collect()
        })
    };
    let total = move || crate::app::players::mission::youth_missions(&content).len();
    view! {
        <div class="youth-diploma">
        <div class="no-print">
            <PageTitle text=s::diploma_title().to_string()/>
            <p><a href=Route::Audience(Audience::Youth).href()>{s::back_to_missions()}</a></p>
        </div>
        {move || {
            let missions = done();
            if missions.is_empty() {
                return view! { <p>{s::diploma_none()}</p> }.into_any();
            }
            let player = young.player.get();
            let name = player.as_ref().map_or(s::diploma_no_player().to_string(), |p| p.nickname.clone());
            let rank = s::rank_name(youth::rank(missions.len(), total()).name);
            view! {
                <div class="button-row no-print">
                    <button type="button" class="button" on:click=move |_| print()>{s::diploma_print()}</button>
                </div>
                <section class="certificate diploma" aria-labelledby="diploma-titel">
                    <p class="certificate__org-name">{organisation}</p>
                    <h2 class="certificate__title" id="diploma-titel">{s::diploma_title()}</h2>
                    <p>{s::diploma_for()}</p>
                    {player.as_ref().map(|p| view! { <img class="diploma__avatar" src=avatar_src(&p.avatar) alt="" width="96" height="96"/> })}
                    <p class="certificate__name">{name}</p>
                    // Labels, not a sentence around the name: "Dit diploma is
                    // voor Sam" then "heeft deze missies gehaald" read as one
                    // broken sentence with the rank in between.
                    <p>{s::diploma_done()}</p>
                    <ul class="diploma__missions">
                        {missions.into_iter().map(|(title, when)| view! { <li><strong>{title}</strong>" ("{when}")"</li> }).collect::<Vec<_>>()}
                    </ul>
                    <p class="diploma__rank">{s::diploma_rank()}": "<strong>{rank}</strong></p>
                </section>
            }
            .into_any()
        }}
        </div>
    }
}
