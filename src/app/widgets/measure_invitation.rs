//! On an audience's page: the invitation to the learner's own before/after
//! questions, when the site ships a measurement set for that audience. What
//! to offer is decided in the core ([`learner::invitation`]); this only
//! shows it.

use std::collections::BTreeMap;

use leptos::prelude::*;
use weerbaar_core::content::catalogue::Section;
use weerbaar_core::content::module::Facts;
use weerbaar_core::measure::learner::{self, Invitation};
use weerbaar_core::measure::{parse::id_for, Phase};
use weerbaar_core::progress::Status;
use weerbaar_core::route::Route;

use crate::app::state::ProgressStore;
use crate::app::strings as s;
use crate::platform::now;

/// The invitation for `section`'s audience, or nothing.
#[component]
pub fn MeasureInvitation(section: Section, facts: LocalResource<BTreeMap<String, Facts>>) -> impl IntoView {
    let progress = expect_context::<ProgressStore>();
    let audience = section.audience;
    let set = id_for(audience);
    let ids: Vec<String> = section.tracks.iter().flat_map(|t| &t.entries).map(|e| e.id.clone()).collect();
    move || {
        // Only when the build listed a set for this audience (modules.json).
        let minutes = facts.get()?.get(&set).map(|f| f.minutes)?;
        let offer = progress.doc.with(|d| {
            let finished = ids.iter().filter(|id| d.status(id) == Status::Completed).count();
            learner::invitation(d, &set, finished)
        })?;
        let set_id = set.clone();
        let decline = move |_| progress.doc.update(|d| d.decline_measure(&set_id, now()));
        let (title, text, link, href) = match offer {
            Invitation::Before => (
                s::own_measure_invite_before_title(),
                s::own_measure_invite_before(minutes),
                s::own_measure_start(),
                Route::OwnMeasurement(audience, Phase::Before).href(),
            ),
            Invitation::After => (
                s::own_measure_invite_after(),
                s::own_measure_invite_after_text().to_string(),
                s::own_measure_start(),
                Route::OwnMeasurement(audience, Phase::After).href(),
            ),
            Invitation::SeeGrowth => {
                (s::own_measure_invite_done(), s::own_measure_invite_done_text().to_string(), s::own_measure_see_growth(), Route::Progress.href())
            }
        };
        Some(view! {
            <section class="notice notice--info measure-invite" aria-labelledby="meting-uitnodiging">
                <h2 class="notice__title" id="meting-uitnodiging">{title}</h2>
                <p>{text}</p>
                <div class="button-row">
                    <a class="button" href=href>{link}</a>
                    {(offer != Invitation::SeeGrowth).then(|| view! {
                        <button type="button" class="button button--secondary" on:click=decline>{s::own_measure_skip()}</button>
                    })}
                </div>
            </section>
        })
    }
}
