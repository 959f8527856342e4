//! Sorting cards into two or three groups: one card at a time, a button per
//! group, and the card can also be dragged onto a group (mouse, pen or
//! finger). Feedback after every card says why.
//!
//! Accessibility criteria:
//! - Must: the buttons are the full way to play; dragging is an extra.
//! - Must: after choosing, focus moves to the feedback heading; after
//!   "Volgend kaartje", to the card.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use weerbaar_core::content::kinds::mission::Sort;

use crate::app::i18n::content_lang;
use crate::app::markdown;
use crate::app::strings::youth as s;
use crate::platform::dom;

/// The sorting exercise.
#[component]
pub fn SortCards(
    /// Module id (link base).
    module_id: String,
    /// The cards and groups.
    sort: Sort,
    /// Called when the last card is sorted: the exercise is done.
    on_done: Callback<()>,
) -> impl IntoView {
    let order = StoredValue::new(sort.dealing_order());
    let total = order.with_value(Vec::len);
    let sort = StoredValue::new(sort);
    let module_id = StoredValue::new(module_id);
    let pos = RwSignal::new(0usize);
    let answer = RwSignal::new(None::<usize>);
    let missed = RwSignal::new(Vec::<usize>::new());
    // Start point and offset in CSS pixels; integers, so no float formatting
    // code ends up in the wasm.
    let drag = RwSignal::new(None::<(i32, i32, i32, i32)>);

    let current = move || order.with_value(|o| o.get(pos.get()).copied());
    let choose = move |group: usize| {
        let Some(card) = order.with_value(|o| o.get(pos.get_untracked()).copied()) else { return };
        if answer.get_untracked().is_some() {
            return;
        }
        if sort.with_value(|deck| deck.cards[card].group) != group {
            missed.update(|m| m.push(card));
        }
        answer.set(Some(group));
        request_animation_frame(|| dom::focus_id("sorteer-uitleg"));
    };
    let next = move |_| {
        answer.set(None);
        pos.update(|p| *p += 1);
        let finished = pos.get_untracked() >= total;
        if finished {
            on_done.run(());
        }
        let target = if finished { "sorteer-klaar" } else { "kaartje" };
        request_animation_frame(move || dom::focus_id(target));
    };
    let again = move |_| {
        answer.set(None);
        missed.set(Vec::new());
        pos.set(0);
        request_animation_frame(|| dom::focus_id("kaartje"));
    };

    // Dragging: the card follows the pointer; where it is let go decides.
    let on_down = move |ev: leptos::ev::PointerEvent| {
        if answer.get_untracked().is_some() || ev.button() != 0 {
            return;
        }
        if let Some(el) = ev.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
            let _ = el.set_pointer_capture(ev.pointer_id());
        }
        drag.set(Some((ev.client_x(), ev.client_y(), 0, 0)));
    };
    let on_move = move |ev: leptos::ev::PointerEvent| {
        if let Some((x0, y0, _, _)) = drag.get_untracked() {
            drag.set(Some((x0, y0, ev.client_x() - x0, ev.client_y() - y0)));
        }
    };
    let on_up = move |ev: leptos::ev::PointerEvent| {
        let Some((_, _, dx, dy)) = drag.get_untracked() else { return };
        drag.set(None);
        // A tap is not a drop.
        if dx.abs() + dy.abs() < 20 {
            return;
        }
        let target = dom::attribute_at(ev.client_x(), ev.client_y(), "data-groep").and_then(|g| g.parse::<usize>().ok());
        if let Some(group) = target {
            choose(group);
        }
    };
    let card_style = move || drag.get().map(|(_, _, dx, dy)| format!("translate({dx}px, {dy}px)")).unwrap_or_default();

    move || match current() {
        Some(card) => {
            let (content, group, explanation, groups) = sort.with_value(|deck| {
                (deck.cards[card].content.clone(), deck.cards[card].group, deck.cards[card].explanation.clone(), deck.groups.clone())
            });
            let id = module_id.get_value();
            view! {
                <div class="sort">
                    <p class="sort__count">{s::card_of(pos.get() + 1, total)}</p>
                    <div id="kaartje" tabindex="-1" class="sort-card" class:sort-card--dragging=move || drag.get().is_some()
                        style:transform=card_style on:pointerdown=on_down on:pointermove=on_move on:pointerup=on_up
                        on:pointercancel=move |_| drag.set(None)>
                        <div class="prose">{markdown::blocks(&id, &content)}</div>
                    </div>
                    {move || match answer.get() {
                        None => view! {
                            <p class="hint">{s::drag_hint()}</p>
                            <div class="sort-bins" role="group" aria-label=s::where_does_it_go()>
                                {groups.iter().enumerate().map(|(g, name)| view! {
                                    <button type="button" class="sort-bin" data-groep=g.to_string() on:click=move |_| choose(g) lang=content_lang()>{name.clone()}</button>
                                }).collect::<Vec<_>>()}
                            </div>
                        }.into_any(),
                        Some(chosen) => {
                            let right = chosen == group;
                            view! {
                                <div class="feedback" class:feedback--right=right>
                                    <h3 id="sorteer-uitleg" tabindex="-1">
                                        {if right { s::right() } else { s::not_quite() }}" "{s::belongs_in()}" "<span lang=content_lang()>{groups[group].clone()}</span>
                                    </h3>
                                    <div class="prose">{markdown::blocks(&id, &explanation)}</div>
                                    <button type="button" class="button" on:click=next>{s::next_card()}</button>
                                </div>
                            }.into_any()
                        }
                    }}
                </div>
            }
            .into_any()
        }
        None => {
            let wrong = missed.get();
            let right = total - wrong.len();
            view! {
                <div class="feedback">
                    <h3 id="sorteer-klaar" tabindex="-1">{s::sort_done()}" "{s::sorted(right, total)}</h3>
                    {(!wrong.is_empty()).then(|| view! {
                        <p>{s::sort_review()}</p>
                        <ul class="explained">
                            {wrong.iter().map(|&c| sort.with_value(|deck| {
                                let card = &deck.cards[c];
                                view! {
                                    <li class="explained__item">
                                        <p class="explained__quote" lang=content_lang()>{markdown::inline_text_blocks(&card.content)}</p>
                                        <p><strong>{s::belongs_in()}" "<span lang=content_lang()>{deck.groups[card.group].clone()}</span>{weerbaar_core::ui_text::stop_after(&deck.groups[card.group])}</strong>" "<span lang=content_lang()>{markdown::inline_text_blocks(&card.explanation)}</span></p>
                                    </li>
                                }
                            })).collect::<Vec<_>>()}
                        </ul>
                    })}
                    <button type="button" class="button button--secondary" on:click=again>{s::try_again()}</button>
                </div>
            }
            .into_any()
        }
    }
}
