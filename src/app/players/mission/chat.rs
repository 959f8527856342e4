//! A chat dilemma: the other person's messages as bubbles, the child's
//! replies as buttons; every ending says what to do.
//!
//! Accessibility criteria:
//! - Must: after a reply, focus moves to the newest message, so screen
//!   readers read it next (no live region as well: that would read twice).
//! - Must: "Een stap terug" and "Begin opnieuw" are always available.

use leptos::prelude::*;
use weerbaar_core::content::kinds::scenario::Scenario;
use weerbaar_core::progress::story;

use crate::app::i18n::content_lang;
use crate::app::markdown;
use crate::app::strings::youth as s;
use crate::platform::dom;

const NEWEST: &str = "chat-nieuw";

/// The chat.
#[component]
pub fn Chat(
    /// Module id (link base).
    module_id: String,
    /// The conversation.
    chat: Scenario,
    /// Called when the chat reaches an ending: the exercise is done.
    on_done: Callback<()>,
) -> impl IntoView {
    let start = story::resume(&chat, &[]);
    let path = RwSignal::new(start.clone());
    let chat = StoredValue::new(chat);
    let module_id = StoredValue::new(module_id);

    let choose = move |target: String| {
        if let Some(next) = chat.with_value(|c| path.with_untracked(|p| story::choose(c, p, &target))) {
            if chat.with_value(|c| story::at_ending(c, &next)) {
                on_done.run(());
            }
            path.set(next);
        }
        request_animation_frame(|| dom::focus_id(NEWEST));
    };
    let back = move |_| {
        path.update(|p| *p = story::back(p));
        request_animation_frame(|| dom::focus_id(NEWEST));
    };
    let restart = move |_| {
        path.set(start.clone());
        request_animation_frame(|| dom::focus_id(NEWEST));
    };

    let log = move || {
        let p = path.get();
        let id = module_id.get_value();
        chat.with_value(|c| {
            p.iter()
                .enumerate()
                .filter_map(|(i, node_id)| {
                    let node = c.node(node_id)?;
                    // The reply that led from this node to the next one.
                    let reply =
                        p.get(i + 1).and_then(|next| node.choices.iter().find(|ch| &ch.target == next)).map(|ch| markdown::inline_text(&ch.label));
                    let newest = i + 1 == p.len();
                    Some(view! {
                        <div class="chat__turn" id=newest.then_some(NEWEST) tabindex=newest.then_some("-1")>
                            <div class="chat__them prose">{markdown::blocks(&id, &node.blocks)}</div>
                            {reply.map(|r| view! { <p class="chat__me"><span class="visually-hidden">{s::you()}": "</span>{r}</p> })}
                        </div>
                    })
                })
                .collect::<Vec<_>>()
        })
    };
    let choices = move || {
        let p = path.get();
        let current = p.last().cloned().unwrap_or_default();
        chat.with_value(|c| {
            let node = c.node(&current)?;
            Some(if node.choices.is_empty() {
                view! { <p class="chat__end"><strong>{s::chat_end()}</strong></p> }.into_any()
            } else {
                view! {
                    <div class="chat__choices" role="group" aria-labelledby="chat-keuze">
                        <p id="chat-keuze" class="chat__question">{s::choose_reply()}</p>
                        {node.choices.iter().map(|ch| {
                            let target = ch.target.clone();
                            view! {
                                <button type="button" class="button button--choice" lang=content_lang() on:click=move |_| choose(target.clone())>
                                    {markdown::inline_text(&ch.label)}
                                </button>
                            }
                        }).collect::<Vec<_>>()}
                    </div>
                }
                .into_any()
            })
        })
    };
    view! {
        <section class="chat" aria-label=s::chat_label()>
            {log}
        </section>
        {choices}
        <div class="button-row">
            {move || (path.with(Vec::len) > 1).then(|| view! {
                <button type="button" class="button button--secondary" on:click=back>{s::chat_back()}</button>
            })}
            <button type="button" class="button button--secondary" on:click=restart>{s::chat_restart()}</button>
        </div>
    }
}
