//! Presenter mode for group sessions: large type, a high-contrast theme,
//! stepping with the keys presentation clickers send, "toon antwoord", a
//! hand count per option and the trainer's notes. It reads no progress and
//! shows no learner data; it writes nothing.
//!
//! Accessibility criteria:
//! - Must: every action is a button as well as a key; keys are listed on
//!   the page; Space and Enter on a focused button keep their usual meaning.
//! - Must: the slide heading is the page's `h1` and is announced (live
//!   region) when the slide changes.
//! - Must: every slide fits the screen without scrolling (a clicker cannot
//!   scroll): a long slide is drawn smaller, down to `present::MIN_SCALE`.
//!
//! This file steps through a module and frames the slide; what each kind of
//! slide shows is in [`slides`].

mod slides;

use leptos::prelude::*;
use weerbaar_core::content::kinds::scenario::Scenario;
use weerbaar_core::content::kinds::Items;
use weerbaar_core::content::Module;
use weerbaar_core::present::{self, HandCount, Position, StoryPosition};
use weerbaar_core::route::Route;

use crate::app::i18n::content_lang;
use crate::app::state::load_module;
use crate::app::strings as s;
use crate::app::widgets::load_error::{with_catalogue, with_module, ModuleNotFound};
use crate::app::widgets::page_title::PageTitle;
use crate::platform::dom;

/// Presenter mode for module `id`.
#[component]
pub fn PresenterPage(id: String) -> impl IntoView {
    // The presenter theme applies to the whole document while this page is
    // shown (header and footer are hidden, type is large).
    dom::set_root_class("presenting", true);
    on_cleanup(|| {
        dom::set_root_class("presenting", false);
        dom::set_css_variable("--present-scale", "1");
    });
    // Only listed modules are fetched, as on the module page.
    with_catalogue(false, move |cat| match cat.value.entry(&id) {
        None => view! { <ModuleNotFound/> }.into_any(),
        Some(_) => view! { <PresenterLoader id=id.clone()/> }.into_any(),
    })
}

#[component]
fn PresenterLoader(id: String) -> impl IntoView {
    let module = LocalResource::new(move || load_module(id.clone()));
    with_module(module, |m| match m.items {
        // A mission has no slides: children play it themselves. An old or
        // typed link gets the page a class session needs, not an empty slide.
        Items::Mission(_) => view! { <MissionNotPresented module=m/> }.into_any(),
        _ => view! { <Presenter module=m/> }.into_any(),
    })
}

#[component]
fn MissionNotPresented(module: Module) -> impl IntoView {
    dom::set_root_class("presenting", false);
    view! {
        <PageTitle text=module.title.clone() lang=content_lang()/>
        <p>{s::present_mission()}</p>
        <p><a href=Route::Teacher(module.id.clone()).href()>{s::youth::teacher_link()}</a></p>
        <p><a href=Route::Module(module.id.clone()).href()>{s::present_mission_open()}</a></p>
    }
}

#[component]
fn Presenter(module: Module) -> impl IntoView {
    let slides = present::slides(&module.items);
    let is_scenario = scenario(&module.items).is_some();
    // A scenario is stepped along its route (`present::StoryPosition`);
    // every other kind by `slides`.
    let story = RwSignal::new(scenario(&module.items).map(StoryPosition::start).unwrap_or_default());
    let at = RwSignal::new(Position::default());
    let notes_open = RwSignal::new(false);
    let hands = RwSignal::new(HandCount::default());
    let module = StoredValue::new(module);
    let slides = StoredValue::new(slides);
    let story_can_go_forward = move || module.with_value(|m| scenario(&m.items).is_some_and(|sc| story.with(|at| at.can_go_forward(sc))));

    let forward = move || {
        if is_scenario {
            module.with_value(|m| {
                if let Some(sc) = scenario(&m.items) {
                    story.update(|at| *at = at.forward(sc));
                }
            });
        } else {
            module.with_value(|m| slides.with_value(|s| at.update(|p| *p = present::forward(&m.items, s, *p))));
        }
    };
    let backward = move || {
        if is_scenario {
            story.update(|at| *at = at.backward());
        } else {
            module.with_value(|m| slides.with_value(|s| at.update(|p| *p = present::backward(&m.items, s, *p))));
        }
    };
    let choose = move |n: usize| {
        if let Some(next) = module.with_value(|m| scenario(&m.items).and_then(|sc| story.with_untracked(|at| at.choose(sc, n)))) {
            story.set(next);
        }
    };
    // Clickers send PageDown/PageUp or the arrow keys; Space advances unless
    // a button or field has focus (then it is that control's key).
    // Number keys choose in a scenario; they can be turned off (WCAG 2.1.4:
    // a single-key shortcut must not fire by accident, e.g. with speech input).
    let digits = RwSignal::new(true);
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.ctrl_key() || ev.alt_key() || ev.meta_key() {
            return;
        }
        let on_control = dom::focus_is_on_control();
        match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" | "PageDown" => {
                ev.prevent_default();
                forward();
            }
            " " | "Enter" if !on_control && !is_scenario => {
                ev.prevent_default();
                forward();
            }
            "ArrowLeft" | "ArrowUp" | "PageUp" | "Backspace" if !on_control || ev.key() != "Backspace" => {
                ev.prevent_default();
                backward();
            }
            k => {
                if let Some(n) = present::choice_key(k).filter(|_| is_scenario && digits.get_untracked()) {
                    choose(n)
                }
            }
        }
    });
    on_cleanup(move || keys.remove());

    // The item on screen, for notes and tallies.
    let item_key = move || -> String {
        module.with_value(|m| match &m.items {
            Items::Scenario(_) => story.with(StoryPosition::item_key),
            items => slides.with_value(|s| s.get(at.get().index).map(|&sl| present::item_key(items, sl)).unwrap_or_default()),
        })
    };
    let notes = move || {
        let key = item_key();
        let first = if is_scenario { story.with(StoryPosition::at_start) } else { at.get().index == 0 };
        module.with_value(|m| present::notes_for(&m.notes, &key, first))
    };
    // Every change of what shows fits the slide anew, from full size.
    Effect::new(move |_| {
        at.track();
        story.track();
        notes_open.track();
        fit();
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| fit());
    on_cleanup(move || resize.remove());
    let total_notes = module.with_value(|m| m.notes.values().map(Vec::len).sum::<usize>());
    let title = module.with_value(|m| m.title.clone());
    let back_href = module.with_value(|m| Route::Module(m.id.clone()).href());
    let counter = move || {
        if is_scenario {
            s::story_step(story.with(|at| at.path.len()))
        } else {
            s::slide_of(at.get().index + 1, slides.with_value(Vec::len))
        }
    };

    let slide = move || {
        let pos = at.get();
        let place = story.get();
        module.with_value(|m| match &m.items {
            Items::Scenario(sc) => place
                .node(sc)
                .map_or_else(|| ().into_any(), |node| slides::story(&m.id, node, place.part, place.is_last_part(sc), hands, Callback::new(choose))),
            items => slides
                .with_value(|s| s.get(pos.index).copied())
                .and_then(|sl| present::shown(items, sl))
                .map_or_else(|| ().into_any(), |shown| slides::shown(m, shown, pos.revealed, hands)),
        })
    };

    let can_reveal = move || !is_scenario && module.with_value(|m| slides.with_value(|s| present::can_reveal(&m.items, s, at.get())));
    view! {
        <div class="presenter">
            <div class="presenter__bar">
                <p class="presenter__title">{s::present_title()}": "<span lang=content_lang()>{title}</span>" · "<span class="presenter__counter">{counter}</span></p>
                <div class="button-row">
                    <button type="button" class="button button--secondary" on:click=move |_| backward()>{s::present_previous()}</button>
                    {move || (!is_scenario || story_can_go_forward()).then(|| view! {
                        <button type="button" class="button" on:click=move |_| forward()>{if can_reveal() { s::present_reveal() } else { s::present_next() }}</button>
                    })}
                    {(total_notes > 0).then(|| view! {
                        <button type="button" class="button button--secondary" aria-expanded=move || if notes_open.get() { "true" } else { "false" } aria-controls="trainer-notities"
                            on:click=move |_| notes_open.update(|o| *o = !*o)>{move || s::present_notes_button(notes().len())}</button>
                    })}
                    <a class="button button--secondary" href=back_href>{s::present_stop()}</a>
                </div>
            </div>
            <div aria-live="polite" class="presenter__slide">{slide}</div>
            <aside id="trainer-notities" class="presenter__notes" hidden=move || !notes_open.get() aria-label=s::present_notes()>
                <h2>{s::present_notes()}</h2>
                {move || {
                    let n = notes();
                    if n.is_empty() {
                        view! { <p>{s::present_no_notes()}</p> }.into_any()
                    } else {
                        n.into_iter().map(|t| view! { <p class="presenter__note" lang=content_lang()>{t}</p> }).collect::<Vec<_>>().into_any()
                    }
                }}
            </aside>
            <p class="presenter__keys">
                {s::present_keys()}
                {is_scenario.then(|| view! {
                    " "
                    <button type="button" class="button button--secondary button--small" aria-pressed=move || if digits.get() { "true" } else { "false" }
                        on:click=move |_| digits.update(|d| *d = !*d)>{s::present_digits()}</button>
                })}
            </p>
        </div>
    }
}

/// The module's scenario, if it is one: the presenter steps a scenario by
/// its route, every other kind by slides.
fn scenario(items: &Items) -> Option<&Scenario> {
    if let Items::Scenario(sc) = items {
        Some(sc)
    } else {
        None
    }
}

/// The fitting under way: a new slide starts a new fitting, and an older
/// one still waiting for a frame stops. `<html data-fit>` says which fitting
/// finished last and `data-fitting` that one is under way, so a test can
/// wait for the slide it changed to.
static FITTING: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);

/// Fits the slide on screen anew, from full size.
fn fit() {
    let generation = FITTING.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
    dom::set_root_data("fitting", "1");
    fit_from(generation, 100);
}

/// Draws the slide at `scale` percent and, once the browser has laid it
/// out, smaller until it fits the window (`present::shrink`).
fn fit_from(generation: u32, scale: u32) {
    let current = move || FITTING.load(std::sync::atomic::Ordering::Relaxed) == generation;
    if !current() {
        return;
    }
    dom::set_css_variable("--present-scale", &present::scale_css(scale));
    request_animation_frame(move || {
        if !current() {
            return;
        }
        let (page, window) = dom::page_and_window_height();
        match present::shrink(scale, page, window) {
            Some(next) => fit_from(generation, next),
            // A picture still loading changes the height: its load
            // event fits the slide again, and that fitting finishes it.
            None if !dom::images_loaded(".presenter img") => {}
            None => {
                dom::set_root_data("fit", &generation.to_string());
                dom::remove_root_data("fitting");
            }
        }
    });
}
