//! The catalogue for one audience, from SUMMARY.md.

use std::collections::BTreeMap;

use leptos::prelude::*;
use weerbaar_core::content::catalogue::{Section, Track};
use weerbaar_core::content::module::Facts;
use weerbaar_core::content::Audience;
use weerbaar_core::progress::Status;
use weerbaar_core::route::Route;

use crate::app::i18n::lang_for;
use crate::app::state::{load_facts, ContentStore, ProgressStore};
use crate::app::strings as s;
use crate::app::widgets::load_error::{LoadError, Loading};
use crate::app::widgets::measure_invitation::MeasureInvitation;
use crate::app::widgets::page_title::PageTitle;
use crate::app::widgets::problems::ProblemList;
use crate::app::widgets::resume::ResumeLink;

/// Modules for `audience`, grouped in tracks, with the learner's status.
#[component]
pub fn AudiencePage(
    /// Whose catalogue.
    audience: Audience,
) -> impl IntoView {
    let content = expect_context::<ContentStore>();
    let fallback_title = s::audience_label(audience).0;
    move || match content.catalogue.get() {
        None => view! { <PageTitle text=fallback_title.to_string()/><Loading/> }.into_any(),
        Some(Err(error)) => view! {
            <PageTitle text=fallback_title.to_string()/>
            <LoadError error on_retry=Callback::new(move |_| content.catalogue.refetch())/>
        }
        .into_any(),
        Some(Ok(cat)) => {
            let errors = cat.has_errors().then(|| cat.problems.clone());
            let section = cat.value.section(audience).cloned();
            if let Some(section) = &section {
                keep_for_offline(section);
            }
            view! {
                {match section {
                    Some(section) => view! { <SectionView section/> }.into_any(),
                    None => view! {
                        <PageTitle text=fallback_title.to_string()/>
                        <p>{s::audience_not_in_catalogue()}</p>
                    }
                    .into_any(),
                }}
                {errors.map(|problems| view! { <ProblemList title=s::catalogue_errors_title() intro=s::catalogue_errors_intro() problems/> })}
                {(audience == Audience::Trainers).then(|| view! { <SiteProblems/> })}
            }
            .into_any()
        }
    }
}

/// Whoever opens an audience's page may want its modules on the road: the
/// service worker keeps them, with their pictures (ARCHITECTURE.md, "What a
/// first visit stores"). Used by this page and the youth page. At most the
/// first [`KEPT_PER_AUDIENCE`], in the catalogue's order: a region that
/// lists a hundred modules for one audience must not make a learner on a
/// data bundle download all of them; any other module is kept once opened.
pub fn keep_for_offline(section: &Section) {
    let files = section.tracks.iter().flat_map(|t| &t.entries).take(KEPT_PER_AUDIENCE).map(|e| format!("content/{}.md", e.id)).collect();
    crate::platform::offline::keep(files);
}

/// How many of an audience's modules a visit to its page keeps for offline
/// use: more than any shipped audience lists (13), few enough to bound the
/// background download (measured with `./dev bench --schaal`).
const KEPT_PER_AUDIENCE: usize = 20;

/// Problems in site.md, shown to trainers only: learners still get the
/// national fallback contacts, so nothing breaks for them.
#[component]
fn SiteProblems() -> impl IntoView {
    let content = expect_context::<ContentStore>();
    move || match content.site.get() {
        Some(Ok(site)) if site.has_errors() => {
            Some(view! { <ProblemList title=s::site_errors_title() intro=s::site_errors_intro() problems=site.problems/> })
        }
        _ => None,
    }
}

#[component]
fn SectionView(section: Section) -> impl IntoView {
    let empty = section.tracks.iter().all(|t| t.entries.is_empty());
    // Duration and description of every module, in one small file the
    // build writes; the list shows without them until then.
    let facts = LocalResource::new(load_facts);
    view! {
        <PageTitle text=section.title.clone() lang=lang_for("nl")/>
        {(!section.intro.is_empty()).then(|| view! { <p class="lead" lang=lang_for("nl")>{section.intro.clone()}</p> })}
        <ResumeLink audience=section.audience/>
        <MeasureInvitation section=section.clone() facts/>
        {empty.then(|| view! { <p>{s::audience_no_modules()}</p> })}
        {section.tracks.into_iter().map(|track| view! { <TrackView track facts/> }).collect::<Vec<_>>()}
    }
}

#[component]
fn TrackView(track: Track, facts: LocalResource<BTreeMap<String, Facts>>) -> impl IntoView {
    let progress = expect_context::<ProgressStore>();
    view! {
        <section class="track">
            {track.title.clone().map(|t| view! { <h2 lang=lang_for("nl")>{t}</h2> })}
            <ul class="module-list">
                {track.entries.into_iter().map(|entry| {
                    let id = entry.id.clone();
                    let status = move || progress.doc.with(|d| d.status(&id));
                    let fid = entry.id.clone();
                    view! {
                        <li class="module-list__item">
                            <a href=Route::Module(entry.id.clone()).href() lang=lang_for("nl")>{entry.title.clone()}</a>
                            {move || status_badge(status())}
                            {move || facts.get().and_then(|all| all.get(&fid).cloned()).map(|f| view! {
                                <p class="module-list__facts">
                                    {f.minutes.map(|m| view! { <span class="module-list__minutes">{s::about_minutes(m)}</span> })}
                                    {f.summary.map(|t| view! { <span class="module-list__summary" lang=lang_for("nl")>{t}</span> })}
                                </p>
                            })}
                        </li>
                    }
                }).collect::<Vec<_>>()}
            </ul>
        </section>
    }
}

/// A text badge (never colour alone) for a module's status.
pub fn status_badge(status: Status) -> impl IntoView {
    let (class, text) = match status {
        Status::Completed => ("badge badge--done", s::status_done()),
        Status::InProgress => ("badge badge--started", s::status_started()),
        Status::NotStarted => ("badge badge--new", s::status_new()),
    };
    view! { <span class=class>{text}</span> }
}
