//! "Echt of nep?": a message drawn as an e-mail, text or chat, whose parts
//! the child taps when they do not add up; then every part is explained.
//!
//! Accessibility criteria:
//! - Must: each part is a toggle button (`aria-pressed`), and "Aangetikt"
//!   is written next to a marked part (not colour alone).
//! - Must: after "Klaar, laat zien", focus moves to the result heading.

use leptos::prelude::*;
use weerbaar_core::content::kinds::mission::{Message, MessageForm};
use weerbaar_core::progress::spotting::{self, Mark};

use crate::app::i18n::content_lang;
use crate::app::markdown;
use crate::app::strings::youth as s;
use crate::platform::dom;

/// The exercise for one message.
#[component]
pub fn RealOrFake(
    /// The message to check.
    message: Message,
    /// Called when the child asked to see the answers: the exercise is done.
    on_done: Callback<()>,
) -> impl IntoView {
    let n = message.parts.len();
    let marked = RwSignal::new(vec![false; n]);
    let shown = RwSignal::new(false);
    let message = StoredValue::new(message);
    let (kind, class) = match message.with_value(|m| m.form) {
        MessageForm::Mail => (s::message_mail(), "message message--mail"),
        MessageForm::Sms => (s::message_sms(), "message message--sms"),
        MessageForm::Chat => (s::message_chat(), "message message--chat"),
    };
    let parts = message.with_value(|m| {
        m.parts
            .iter()
            .enumerate()
            .map(|(i, part)| {
                let text = markdown::inline_text_blocks(&part.content);
                let pressed = move || marked.with(|m| m[i]);
                view! {
                    <li>
                        <button type="button" class="message__part" aria-pressed=move || pressed().to_string() disabled=move || shown.get()
                            on:click=move |_| marked.update(|m| m[i] = !m[i])>
                            <span lang=content_lang()>{text}</span>
                            {move || pressed().then(|| view! { <span class="message__mark">{s::marked()}</span> })}
                        </button>
                    </li>
                }
            })
            .collect::<Vec<_>>()
    });
    let show = move |_| {
        shown.set(true);
        on_done.run(());
        request_animation_frame(|| dom::focus_id("nep-uitslag"));
    };
    let again = move |_| {
        marked.set(vec![false; n]);
        shown.set(false);
        request_animation_frame(|| dom::focus_id("nep-bericht"));
    };
    view! {
        <p class="hint">{s::mark_hint()}</p>
        <section id="nep-bericht" tabindex="-1" class=class aria-label=kind>
            <p class="message__kind">{kind}</p>
            <ul class="message__parts">{parts}</ul>
        </section>
        {move || if shown.get() {
            let t = message.with_value(|m| spotting::tally(m, &marked.get()));
            view! {
                <section class="feedback" aria-labelledby="nep-uitslag">
                    <h3 id="nep-uitslag" tabindex="-1">{s::found(t.found, t.suspicious)}</h3>
                    <ul class="explained">
                        {message.with_value(|m| m.parts.iter().enumerate().map(|(i, part)| {
                            let was_marked = marked.with(|m| m[i]);
                            let (verdict, class) = match Mark::of(part.suspicious, was_marked) {
                                Mark::Found => (s::seen_through(), "explained__item explained__item--good"),
                                // The whole message is in view.
                                Mark::Missed | Mark::OutOfView => (s::missed(), "explained__item explained__item--missed"),
                                Mark::FalseAlarm => (s::false_alarm(), "explained__item"),
                                Mark::Ordinary => (s::fine(), "explained__item"),
                            };
                            view! {
                                <li class=class>
                                    <p class="explained__quote">"“"<span lang=content_lang()>{markdown::inline_text_blocks(&part.content)}</span>"”"</p>
                                    <p><strong>{verdict}</strong>" "<span lang=content_lang()>{markdown::inline_text_blocks(&part.explanation)}</span></p>
                                </li>
                            }
                        }).collect::<Vec<_>>())}
                    </ul>
                    <button type="button" class="button button--secondary" on:click=again>{s::try_again()}</button>
                </section>
            }.into_any()
        } else {
            view! { <button type="button" class="button" on:click=show>{s::show_answers()}</button> }.into_any()
        }}
    }
}
