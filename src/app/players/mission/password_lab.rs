//! The password lab: type a passphrase and see at once how hard it is to
//! guess. The estimate is made in Rust (`weerbaar_core::password`); the word
//! lists load only when the lab opens, so the first visit stays small.
//!
//! What is typed lives in this component only: it is never put in
//! progress, storage or a URL, and the field asks browsers not to offer it
//! for saving or autocomplete.
//!
//! Accessibility criteria:
//! - Must: the field has a visible label and its hint is linked.
//! - Must: the verdict is text ("Sterkte: Sterk"), the bar is decoration.
//! - Must: screen readers hear the verdict once typing pauses, not at
//!   every key.

use std::time::Duration;

use leptos::prelude::*;
use weerbaar_core::password::{self, WordLists};

use crate::app::strings::youth as s;
use crate::platform::fetch::fetch_text;

/// How long typing must pause before the verdict is read out.
const ANNOUNCE_AFTER: Duration = Duration::from_millis(800);

/// The lab.
#[component]
pub fn PasswordLab(
    /// Called once the child has tried a password and heard the verdict.
    on_done: Callback<()>,
) -> impl IntoView {
    let lists = LocalResource::new(|| async {
        let passwords = fetch_text("jeugd/wachtwoorden.txt").await.ok()?;
        let words = fetch_text("jeugd/woorden.txt").await.ok()?;
        Some(WordLists::parse(&passwords, &words))
    });
    let typed = RwSignal::new(String::new());
    let hidden = RwSignal::new(false);
    let announced = RwSignal::new(String::new());
    let pending = StoredValue::new(None::<TimeoutHandle>);

    let estimate = Memo::new(move |_| {
        let text = typed.get();
        lists.with(|l| match l {
            Some(Some(lists)) => password::estimate(&text, lists),
            _ => password::estimate(&text, &WordLists::default()),
        })
    });
    let verdict = move || {
        let e = estimate.get();
        if e.length == 0 {
            s::lab_empty().to_string()
        } else {
            format!(
                "{} {}. {} {}",
                s::lab_strength(),
                s::lab_levels()[e.level.number() as usize],
                s::lab_time(),
                s::lab_times()[e.time_band() as usize]
            )
        }
    };
    let on_input = move |ev: leptos::ev::Event| {
        typed.set(event_target_value(&ev));
        // Trying a password is the exercise; the verdict shows as it is typed.
        if !typed.with_untracked(String::is_empty) {
            on_done.run(());
        }
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        pending.set_value(set_timeout_with_handle(move || announced.set(verdict()), ANNOUNCE_AFTER).ok());
    };
    on_cleanup(move || {
        if let Some(h) = pending.get_value() {
            h.clear();
        }
    });
    let tip = move |done: bool, text: &'static str| {
        view! {
            <li class="lab-tip" class:lab-tip--done=done>
                <strong>{if done { s::lab_tip_ok() } else { s::lab_tip_todo() }}</strong>" "{text}
            </li>
        }
    };
    view! {
        <div class="lab">
            <label class="label" for="oefenwachtwoord">{s::lab_label()}</label>
            <p id="oefenwachtwoord-hint" class="hint">{s::lab_hint()}</p>
            <input id="oefenwachtwoord" class="input lab__input" type=move || if hidden.get() { "password" } else { "text" }
                autocomplete="off" autocapitalize="off" spellcheck="false" aria-describedby="oefenwachtwoord-hint"
                prop:value=move || typed.get() on:input=on_input/>
            <div class="checkbox">
                <input id="verberg" type="checkbox" prop:checked=move || hidden.get() on:change=move |ev| hidden.set(event_target_checked(&ev))/>
                <label for="verberg">{s::lab_hide()}</label>
            </div>
            {move || match lists.get() {
                None => Some(view! { <p class="hint">{s::lab_loading()}</p> }.into_any()),
                Some(None) => Some(view! { <p class="hint">{s::lab_no_lists()}</p> }.into_any()),
                Some(Some(_)) => None,
            }}
            <div class="meter" aria-hidden="true">
                <div class=move || format!("meter__fill meter__fill--{}", if estimate.get().length == 0 { 0 } else { estimate.get().level.number() + 1 })></div>
            </div>
            <p class="lab__verdict" aria-hidden="true">{verdict}</p>
            <p class="visually-hidden" aria-live="polite">{move || announced.get()}</p>
            <h3>{s::lab_tips()}</h3>
            <ul class="lab-tips">
                {move || {
                    let e = estimate.get();
                    let some = e.length > 0;
                    vec![
                        tip(e.words >= 4, s::lab_tip_words()),
                        tip(e.length >= 15, s::lab_tip_length()),
                        tip(some && !e.common, s::lab_tip_common()),
                        tip(some && !e.sequence, s::lab_tip_sequence()),
                        tip(some && !e.year, s::lab_tip_year()),
                    ]
                }}
            </ul>
        </div>
    }
}
