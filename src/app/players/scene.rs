//! "Zoek de signalen": a drawn scene with regions to mark. Every region,
//! ordinary things included, is a button with a neutral name, so mouse,
//! touch, keyboard and screen-reader users play the same game and nobody is
//! told where the answers are. Scoring rules live in
//! `weerbaar_core::progress::spotting`.
//!
//! Accessibility criteria:
//! - Must: regions are `<button aria-pressed>` in reading order; the focused
//!   region shows its name; a text description of the picture is available.
//! - Must: no timer unless the player switches it on before starting, and
//!   it can be switched off while playing (WCAG 2.2.1).
//! - Must: at 320 px the picture keeps a usable size inside its own
//!   scrollable area (pan), the page itself does not scroll sideways; a
//!   visible hint says so, and "Hele tekening tonen" fits it to the screen.
//! - Must: the result never calls a signal missed that never came into view
//!   (it is listed as "buiten beeld"), and the scene counts as done only at
//!   its pass mark.
//! - Must: results are lists in words; the marked picture is decoration.

use std::time::Duration;

use leptos::prelude::*;
use weerbaar_core::content::kinds::scene::{Region, Scene};
use weerbaar_core::content::paths;
use weerbaar_core::progress::spotting::{self, Level, Mark};

use super::round::H1;
use crate::app::i18n::content_lang;
use crate::app::markdown;
use crate::app::state::ProgressStore;
use crate::app::strings as s;
use crate::app::widgets::page_title::PageTitle;
use crate::platform::{dom, now};

/// Seconds on the optional clock.
const CLOCK_SECONDS: u32 = 180;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Stage {
    Setup,
    Playing,
    Done,
}

/// Plays a scene.
#[component]
pub fn ScenePlayer(
    /// Module id (progress key, base for the picture's path).
    module_id: String,
    /// Module title.
    title: String,
    /// `omschrijving:`.
    summary: Option<String>,
    /// The scene.
    scene: Scene,
    /// Percentage of points needed to count the scene as done.
    pass_mark: u32,
) -> impl IntoView {
    let progress = expect_context::<ProgressStore>();
    let stage = RwSignal::new(Stage::Setup);
    let level = RwSignal::new(Level::Normal);
    let clock_on = RwSignal::new(false);
    let seconds_left = RwSignal::new(CLOCK_SECONDS);
    let marked = RwSignal::new(Vec::<String>::new());
    // How far right the picture was shown (tenths of a percent), and whether
    // it is fitted to the screen instead of panned.
    let seen_right = RwSignal::new(1000u16);
    let quiet = RwSignal::new(false);
    let fit = RwSignal::new(false);
    let scroller = NodeRef::<leptos::html::Div>::new();
    let note_view = move || {
        let shown = if fit.get_untracked() { 1000 } else { scroller.get_untracked().map_or(1000, |el| dom::shown_right(&el)) };
        seen_right.update(|s| *s = (*s).max(shown));
    };
    let id = StoredValue::new(module_id);
    let scene = StoredValue::new(scene);
    let title = StoredValue::new(title);
    let picture = id.with_value(|id| scene.with_value(|sc| paths::image_src(id, &sc.image))).unwrap_or_default();
    let picture = StoredValue::new(picture);
    // A picture that does not arrive leaves regions over an empty area: say
    // so, instead of a game nobody can play. A retry mounts the picture anew.
    let picture_failed = RwSignal::new(false);
    let picture_attempt = RwSignal::new(0u32);
    // The best round so far: a completion keeps the best passing score, the
    // last result may be higher or lower.
    let best = move || {
        id.with_value(|id| progress.doc.with(|d| d.module(id).and_then(|m| m.completed.and_then(|c| c.score).max(m.result.map(|r| r.score)))))
    };

    let show = move |next: Stage| {
        stage.set(next);
        dom::scroll_to_top();
        request_animation_frame(|| dom::focus_id(H1));
    };
    let finish = move || {
        if stage.get_untracked() != Stage::Playing {
            return;
        }
        let grade = scene.with_value(|sc| spotting::score(&level.get_untracked().regions(sc), &marked.get_untracked()).grade(pass_mark));
        id.with_value(|id| progress.doc.update(|d| d.record_round(id, &grade, now())));
        show(Stage::Done);
    };
    // The optional clock: one tick a second while playing; at zero the
    // round ends as if "Klaar" was pressed.
    let ticker = StoredValue::new(None::<IntervalHandle>);
    let stop_clock = move || {
        if let Some(h) = ticker.get_value() {
            h.clear();
        }
        ticker.set_value(None);
    };
    let start = move || {
        marked.set(Vec::new());
        seen_right.set(0);
        fit.set(false);
        // Once the picture is on screen, note what of it shows.
        request_animation_frame(note_view);
        seconds_left.set(CLOCK_SECONDS);
        stop_clock();
        if clock_on.get_untracked() {
            let handle = set_interval_with_handle(
                move || {
                    let left = seconds_left.get_untracked().saturating_sub(1);
                    seconds_left.set(left);
                    if left == 0 {
                        stop_clock();
                        finish();
                    }
                },
                Duration::from_secs(1),
            );
            ticker.set_value(handle.ok());
        }
        show(Stage::Playing);
    };
    on_cleanup(stop_clock);

    move || match stage.get() {
        Stage::Setup => view! {
            <PageTitle text=title.get_value() lang=content_lang()/>
            {summary.clone().map(|t| view! { <p class="lead" lang=content_lang()>{t}</p> })}
            {move || best().map(|b| view! { <p>{s::scene_best(b)}</p> })}
            <fieldset class="fieldset">
                <legend class="fieldset__legend fieldset__legend--m">{s::scene_level()}</legend>
                {Level::ALL.iter().map(|&l| {
                    let (name, hint) = level_text(l);
                    let input_id = format!("niveau-{}", name.to_lowercase());
                    let hint_id = format!("{input_id}-hint");
                    view! {
                        <div class="choice">
                            <input class="choice__input" type="radio" name="niveau" id=input_id.clone() aria-describedby=hint_id.clone()
                                prop:checked=move || level.get() == l on:change=move |_| level.set(l)/>
                            <label class="choice__label" for=input_id>{name}</label>
                            <p class="hint choice__hint" id=hint_id>{hint}</p>
                        </div>
                    }
                }).collect::<Vec<_>>()}
            </fieldset>
            <div class="choice">
                <input class="choice__input" type="checkbox" id="klok" aria-describedby="klok-hint"
                    prop:checked=move || clock_on.get() on:change=move |ev| clock_on.set(event_target_checked(&ev))/>
                <label class="choice__label" for="klok">{s::scene_clock()}</label>
                <p class="hint choice__hint" id="klok-hint">{s::scene_clock_hint()}</p>
            </div>
            <div class="button-row">
                <button type="button" class="button" on:click=move |_| start()>{s::quiz_start()}</button>
            </div>
        }
        .into_any(),
        Stage::Playing => {
            let l = level.get_untracked();
            let (regions, signals, description) = scene.with_value(|sc| {
                let played: Vec<Region> = l.regions(sc).into_iter().cloned().collect();
                let signals = played.iter().filter(|r| r.signal).count();
                (played, signals, sc.description.clone())
            });
            let buttons = regions
                .into_iter()
                .map(|r| {
                    let rid = StoredValue::new(r.id.clone());
                    let pressed = move || rid.with_value(|id| marked.with(|m| m.contains(id)));
                    let toggle = move |_| {
                        rid.with_value(|id| {
                            marked.update(|m| match m.iter().position(|x| x == id) {
                                Some(at) => {
                                    m.remove(at);
                                }
                                None => m.push(id.clone()),
                            })
                        })
                    };
                    let [l, t, w, h] = r.css_rect();
                    view! {
                        <button type="button" class=if r.near_right_edge() { "hotspot hotspot--right" } else { "hotspot" } aria-pressed=move || if pressed() { "true" } else { "false" } on:click=toggle
                            style:left=l.clone() style:top=t.clone() style:width=w.clone() style:height=h.clone()>
                            <span class="hotspot__label" lang=content_lang()>{r.label.clone()}</span>
                        </button>
                        // In the overview the choices show as drawing only.
                        <span class="hotspot-mark" class:hotspot-mark--on=pressed aria-hidden="true" style:left=l style:top=t style:width=w style:height=h></span>
                    }
                })
                .collect::<Vec<_>>();
            let module_id = id.get_value();
            view! {
                <PageTitle text=title.get_value() lang=content_lang()/>
                <p>{s::scene_how()}</p>
                <p class="scene-status" aria-live="polite">
                    {move || {
                        let n = marked.with(Vec::len);
                        if l.shows_count() { s::scene_count(signals, n) } else { s::scene_marked(n) }
                    }}
                </p>
                {move || (clock_on.get() && ticker.with_value(Option::is_some)).then(|| view! {
                    <p class="scene-clock">
                        <span>{move || s::clock_left(seconds_left.get())}</span>" "
                        <button type="button" class="button button--secondary button--small" on:click=move |_| { stop_clock(); clock_on.set(false); }>{s::scene_clock_off()}</button>
                    </p>
                })}
                <details class="details">
                    <summary>{s::scene_description()}</summary>
                    <div class="prose">{markdown::blocks(&module_id, &description)}</div>
                </details>
                {move || picture_failed.get().then(|| view! {
                    <div class="notice notice--error" role="alert">
                        <p>{scene.with_value(|sc| s::scene_picture_failed(&sc.image))}</p>
                        <button type="button" class="button button--secondary button--small"
                            on:click=move |_| picture_attempt.update(|n| *n += 1)>{s::scene_picture_retry()}</button>
                    </div>
                })}
                <div class="scene-fit">
                    <p class="hint scene-fit__hint">{move || if fit.get() { s::scene_fitted_hint() } else { s::scene_pan_hint() }}</p>
                    <button type="button" class="button button--secondary button--small" aria-pressed=move || if fit.get() { "true" } else { "false" }
                        on:click=move |_| { fit.update(|f| *f = !*f); note_view(); }>{s::scene_fit()}</button>
                </div>
                <div class="scene-scroll" class:scene-scroll--fit=move || fit.get() node_ref=scroller on:scroll=move |_| note_view()>
                    // Escape hides the name tag of the focused region (it may
                    // cover a neighbour) until focus moves on (WCAG 1.4.13).
                    <div class="scene" class:scene--quiet=move || quiet.get()
                        on:keydown=move |ev: leptos::ev::KeyboardEvent| if ev.key() == "Escape" { quiet.set(true) }
                        on:focusin=move |_| quiet.set(false)>
                        {move || { picture_attempt.track(); view! {
                            <img class="scene__picture" src=picture.get_value() alt=""
                                on:error=move |_| picture_failed.set(true) on:load=move |_| picture_failed.set(false)/>
                        }}}
                        {buttons}
                        // The overview is one large target: tapping a spot
                        // zooms back in there, where the regions are big
                        // enough to choose.
                        {move || fit.get().then(|| view! {
                            <button type="button" class="scene-zoom-in" aria-label=s::scene_zoom_in() on:click=move |ev| {
                                let at = dom::click_fraction(&ev);
                                fit.set(false);
                                request_animation_frame(move || {
                                    if let Some(el) = scroller.get_untracked() {
                                        dom::scroll_to_fraction(&el, at);
                                        dom::focus_first_shown(&el, ".hotspot");
                                    }
                                    note_view();
                                });
                            }></button>
                        })}
                    </div>
                </div>
                <div class="button-row">
                    <button type="button" class="button" on:click=move |_| { stop_clock(); finish(); }>{s::scene_ready()}</button>
                </div>
            }
            .into_any()
        }
        Stage::Done => {
            let l = level.get_untracked();
            let chosen = marked.get_untracked();
            let module_id = id.get_value();
            scene.with_value(|sc| {
                let played = l.regions(sc);
                let outcome = spotting::score(&played, &chosen);
                let seen = seen_right.get_untracked();
                let (not_found, out_of_view) = outcome.missed_by_view(seen);
                let grade = outcome.grade(pass_mark);
                let list = |rs: &[&Region]| -> Vec<_> {
                    rs.iter()
                        .map(|r| view! { <li><h3 class="result-list__name" lang=content_lang()>{r.label.clone()}</h3>{markdown::blocks(&module_id, &r.explanation)}</li> })
                        .collect()
                };
                let marks: Vec<_> = played
                    .iter()
                    .map(|r| {
                        let (class, tag) = match Mark::of_region(r, &chosen, seen) {
                            Mark::Found => ("mark mark--found", s::tag_found()),
                            Mark::OutOfView => ("mark mark--missed", s::tag_out_of_view()),
                            Mark::Missed => ("mark mark--missed", s::tag_missed()),
                            Mark::FalseAlarm => ("mark mark--false", s::tag_false_alarm()),
                            Mark::Ordinary => ("mark mark--ordinary", ""),
                        };
                        let [l, t, w, h] = r.css_rect();
                        view! {
                            <span class=format!("{class}{}", if r.near_right_edge() { " mark--right" } else { "" }) style:left=l style:top=t style:width=w style:height=h>
                                {(!tag.is_empty()).then(|| view! { <span class="mark__tag">{tag}</span> })}
                            </span>
                        }
                    })
                    .collect();
                let summary = s::scene_result(outcome.found.len(), outcome.found.len() + outcome.missed.len(), outcome.false_alarms.len());
                let points = s::scene_points(outcome.points, outcome.max_points, outcome.percent());
                view! {
                    <PageTitle text=s::result_title().to_string()/>
                    <div class="panel panel--passed">
                        <p class="panel__score">{summary}</p>
                        <p>{points}</p>
                        <p>{if grade.passed { s::scene_done(pass_mark) } else { s::scene_not_done(pass_mark) }}</p>
                        {move || best().map(|b| view! { <p>{s::scene_best(b)}</p> })}
                    </div>
                    <div class="scene-scroll" aria-hidden="true">
                        <div class="scene">
                            <img class="scene__picture" src=picture.get_value() alt=""/>
                            {marks}
                        </div>
                    </div>
                    {(!outcome.found.is_empty()).then(|| view! { <h2>{s::scene_found()}</h2><ul class="result-list">{list(&outcome.found)}</ul> })}
                    {(!not_found.is_empty()).then(|| view! { <h2>{s::scene_missed()}</h2><ul class="result-list">{list(&not_found)}</ul> })}
                    {(!out_of_view.is_empty()).then(|| view! {
                        <h2>{s::scene_out_of_view()}</h2><p>{s::scene_out_of_view_intro()}</p><ul class="result-list">{list(&out_of_view)}</ul>
                    })}
                    {(!outcome.false_alarms.is_empty()).then(|| view! { <h2>{s::scene_false_alarms()}</h2><p>{s::scene_false_alarms_intro()}</p><ul class="result-list">{list(&outcome.false_alarms)}</ul> })}
                    {(!outcome.ordinary.is_empty()).then(|| view! { <h2>{s::scene_ordinary()}</h2><ul class="result-list">{list(&outcome.ordinary)}</ul> })}
                    <p class="callout">{s::scene_what_now()}</p>
                    <div class="button-row">
                        <button type="button" class="button" on:click=move |_| show(Stage::Setup)>{s::scene_again()}</button>
                    </div>
                }
                .into_any()
            })
        }
    }
}

fn level_text(level: Level) -> (&'static str, &'static str) {
    match level {
        Level::Easy => (s::level_easy(), s::level_easy_hint()),
        Level::Normal => (s::level_normal(), s::level_normal_hint()),
        Level::Hard => (s::level_hard(), s::level_hard_hint()),
    }
}
