//! The branching scenario: a situation, a few choices, and the next
//! situation, until an ending that explains what happened and what the
//! better path was. One step back and a fresh start are always possible;
//! the route is saved, so a reload continues the story, and shown at the end.
//!
//! Accessibility criteria:
//! - Must: each situation's title is the page's `h1`; after a choice, back
//!   or restart, focus moves to it.
//! - Must: choices are buttons in a list under a heading ("Wat doe je?"),
//!   usable with Tab and Enter or Space.
//! - Must: the route at the end is an ordered list in words.

use leptos::prelude::*;
use weerbaar_core::content::kinds::scenario::Scenario;
use weerbaar_core::progress::story;
use weerbaar_core::route;

use crate::app::i18n::{content_lang, with_content};
use crate::app::markdown;
use crate::app::nav::Navigation;
use crate::app::state::ProgressStore;
use crate::app::strings as s;
use crate::app::widgets::module_end::ModuleEnd;
use crate::app::widgets::page_title::{PageTitle, Preview};
use crate::platform::{dom, now};

const H1: &str = "paginatitel";

/// What a step in the story does to the browser's history.
#[derive(Clone, Copy)]
enum History {
    /// A choice: Back returns to the step before it.
    Add,
    /// "Een stap terug" and "Begin opnieuw" move within the story without
    /// growing the history.
    Replace,
    /// The URL already says where we are (the browser's Back button).
    AsIs,
}

/// Plays a branching scenario.
#[component]
pub fn ScenarioPlayer(
    /// Module id (progress key, link base).
    module_id: String,
    /// Module title, shown above each situation.
    title: String,
    /// The scenario.
    scenario: Scenario,
) -> impl IntoView {
    let progress = expect_context::<ProgressStore>();
    let stored = progress.doc.with_untracked(|d| d.module(&module_id).map(|m| m.path.clone()).unwrap_or_default());
    let path = RwSignal::new(story::resume(&scenario, &stored));
    let scenario = StoredValue::new(scenario);
    let id = StoredValue::new(module_id);
    let title = StoredValue::new(title);

    // The browser's Back button goes one step back in the story: every
    // choice adds a history entry `?stap=N`, and when the URL's step drops
    // below the story's length (Back was pressed) the story follows it.
    // Not in the studio's preview, whose URL is the studio's.
    let nav = use_context::<Navigation>().filter(|_| use_context::<Preview>().is_none());
    let step_href = move |n: usize| id.with_value(|id| route::story_step_href(id, n));
    if nav.is_some() {
        dom::replace_hash(&step_href(path.get_untracked().len().max(1)));
    }
    let go = move |next: Vec<String>, history: History| {
        if nav.is_some() {
            let href = step_href(next.len().max(1));
            match history {
                History::Add => dom::push_hash(&href),
                History::Replace => dom::replace_hash(&href),
                History::AsIs => {}
            }
        }
        let ended = scenario.with_value(|sc| story::at_ending(sc, &next));
        id.with_value(|id| {
            progress.doc.update(|d| {
                d.record_path(id, next.clone(), now());
                if ended {
                    d.record_completed(id, None, now());
                }
            })
        });
        path.set(next);
        dom::scroll_to_top();
        request_animation_frame(|| dom::focus_id(H1));
    };

    if let Some(nav) = nav {
        Effect::new(move |_| {
            let Some(step) = route::story_step(&nav.hash.get()) else { return };
            let length = path.get_untracked().len();
            if step < length {
                go(path.get_untracked()[..step].to_vec(), History::AsIs);
            } else if step > length {
                // Forward after Back: that branch was left; stay here.
                dom::replace_hash(&step_href(length.max(1)));
            }
        });
    }

    move || {
        let current = path.get();
        scenario.with_value(|sc| {
            let Some(node) = current.last().and_then(|n| sc.node(n)) else {
                return view! { <PageTitle text=title.get_value() lang=content_lang()/> }.into_any();
            };
            let module_id = id.get_value();
            let step = current.len();
            let ending = node.choices.is_empty();
            let caption = s::story_caption(&title.get_value(), (!ending).then_some(step));
            let intro = (step == 1).then(|| view! { <div class="prose">{markdown::blocks(&module_id, &sc.intro)}</div> });
            let choices = node
                .choices
                .iter()
                .map(|c| {
                    let target = c.target.clone();
                    let here = current.clone();
                    let take = move |_| {
                        if let Some(next) = scenario.with_value(|sc| story::choose(sc, &here, &target)) {
                            go(next, History::Add);
                        }
                    };
                    view! { <li><button type="button" class="button button--choice" on:click=take lang=content_lang()>{markdown::inline_text(&c.label)}</button></li> }
                })
                .collect::<Vec<_>>();
            let route = ending.then(|| {
                let steps: Vec<_> = current
                    .windows(2)
                    .filter_map(|pair| {
                        let from = sc.node(&pair[0])?;
                        let choice = from.choices.iter().find(|c| c.target == pair[1])?;
                        Some(view! { <li><strong lang=content_lang()>{markdown::inline_text(&from.title)}</strong>": "<span lang=content_lang()>{markdown::inline_text(&choice.label)}</span></li> })
                    })
                    .collect();
                view! {
                    <h2>{s::story_route()}</h2>
                    <ol class="story-route">{steps}<li><strong>{s::story_ending()}": "</strong><span lang=content_lang()>{markdown::inline_text(&node.title)}</span></li></ol>
                }
            });
            let back_path = story::back(&current);
            let start_path = story::resume(sc, &[]);
            let can_go_back = step > 1;
            view! {
                <p class="caption">{with_content(caption, &title.get_value(), content_lang())}</p>
                <PageTitle text=markdown::inline_text(&node.title) lang=content_lang()/>
                {intro}
                <div class=if ending { "prose story-ending" } else { "prose" }>{markdown::blocks(&module_id, &node.blocks)}</div>
                {(!ending).then(|| view! {
                    <h2 id="keuzes">{s::story_choose()}</h2>
                    <ul class="story-choices" aria-labelledby="keuzes">{choices}</ul>
                })}
                {route}
                {ending.then(|| view! { <ModuleEnd module_id=module_id.clone()/> })}
                <div class="button-row">
                    {can_go_back.then(|| view! { <button type="button" class="button button--secondary" on:click=move |_| go(back_path.clone(), History::Replace)>{s::story_back()}</button> })}
                    {can_go_back.then(|| view! { <button type="button" class="button button--secondary" on:click=move |_| go(start_path.clone(), History::Replace)>{s::story_restart()}</button> })}
                </div>
            }
            .into_any()
        })
    }
}
