//! "Signaal of niet?": one situation per card, answered with two buttons
//! (or a swipe on touch screens), explained at once. Cards missed earlier
//! come first on a later visit (spaced repetition); at the end the missed
//! cards can be played again.
//!
//! Accessibility criteria:
//! - Must: the two answers are real buttons; swiping is an extra, never
//!   the only way (WCAG 2.5.1 pointer gestures).
//! - Must: the card text is the page's `h1`; after answering, focus moves
//!   to the feedback; after "Volgende kaart", to the next card.
//! - Must: right and wrong are said in words, not by colour alone.

use leptos::prelude::*;
use weerbaar_core::content::kinds::cards::Card;

use super::round::Round;
use crate::app::i18n::{content_lang, with_content};
use crate::app::markdown;
use crate::app::strings as s;
use crate::app::widgets::module_end::ModuleEnd;
use crate::app::widgets::page_title::PageTitle;
use crate::platform::{dom, now};

/// Answer index stored for "signaal" (and 0 for "geen signaal").
const SAID_SIGNAL: usize = 1;
/// A horizontal swipe of at least this many CSS pixels answers the card.
const SWIPE_PX: i32 = 80;

/// Plays a deck of cards.
#[component]
pub fn CardGame(
    /// Module id (progress key, link base).
    module_id: String,
    /// Module title.
    title: String,
    /// `omschrijving:`, for the start page.
    summary: Option<String>,
    /// Text before the first card (`Module::intro`), for the start page.
    intro: Vec<weerbaar_core::content::document::Block>,
    /// The cards.
    cards: Vec<Card>,
) -> impl IntoView {
    let round = Round::new(module_id.clone(), cards.iter().map(|c| c.id.clone()).collect());
    let id = StoredValue::new(module_id);
    let cards = StoredValue::new(cards);
    let title = StoredValue::new(title);
    let is_right = move |card: &Card, answer: &[usize]| answer.contains(&SAID_SIGNAL) == card.signal;

    let answer = move |cid: String, said_signal: bool| {
        let chosen = vec![usize::from(said_signal)];
        let correct = cards.with_value(|cs| cs.iter().find(|c| c.id == cid).is_some_and(|c| is_right(c, &chosen)));
        round.answer(&cid, chosen, correct, |d, id, _| d.record_completed(id, None, now()));
        request_animation_frame(|| dom::focus_id("kaart-uitleg"));
    };

    move || {
        if !round.started.get() {
            let count = round.ids().len();
            let missed = round.missed_before_untracked();
            return view! {
                <PageTitle text=title.get_value() lang=content_lang()/>
                {summary.clone().map(|t| view! { <p class="lead" lang=content_lang()>{t}</p> })}
                {(!intro.is_empty()).then(|| view! { <div class="prose">{markdown::blocks(&id.get_value(), &intro)}</div> })}
                <p>{format!("{count} {}", s::cards())}</p>
                <p>{s::cards_how()}</p>
                {(missed > 0).then(|| view! { <p class="notice notice--info">{s::cards_missed_first(missed)}</p> })}
                <button type="button" class="button" on:click=move |_| round.next()>{s::quiz_start()}</button>
            }
            .into_any();
        }
        match round.on_screen.get() {
            Some(cid) => {
                let Some(card) = cards.with_value(|cs| cs.iter().find(|c| c.id == cid).cloned()) else { return ().into_any() };
                let step = round.step_untracked();
                let shown_answered = round.showing_feedback_untracked();
                // The card stays on screen after answering (same id), so
                // the feedback needs its own signal to appear.
                let answered = RwSignal::new(shown_answered);
                let caption = s::card_caption(&title.get_value(), step);
                let heading = markdown::inline_text_blocks(&card.content);
                let module_id = id.get_value();
                let card_for_feedback = card.clone();
                let cid_feedback = cid.clone();
                let feedback = move || {
                    answered.get().then(|| {
                    let card = card_for_feedback.clone();
                    let given = round.answers().get(&cid_feedback).cloned().unwrap_or_default();
                    let right = is_right(&card, &given);
                    let verdict = if card.signal { s::card_is_signal() } else { s::card_is_no_signal() };
                    let last = step.is_last();
                    view! {
                        <div class=if right { "feedback feedback--right" } else { "feedback feedback--wrong" }>
                            <h2 id="kaart-uitleg" tabindex="-1">{if right { s::check_right() } else { s::check_not_yet() }}</h2>
                            <p><strong>{verdict}</strong></p>
                            {markdown::blocks(&module_id, &card.explanation)}
                        </div>
                        <button type="button" class="button" on:click=move |_| round.next()>{if last { s::see_result() } else { s::next_card() }}</button>
                    }
                })
                };
                // Swipe: remember where a touch started; a long enough
                // horizontal move answers (right = signaal).
                let touch_x = StoredValue::new(None::<i32>);
                let cid_swipe = cid.clone();
                let on_touchend = move |ev: web_sys::TouchEvent| {
                    let start = touch_x.get_value();
                    let end = ev.changed_touches().get(0).map(|t| t.client_x());
                    if let (Some(a), Some(b), false) = (start, end, answered.get_untracked()) {
                        if (b - a).abs() >= SWIPE_PX {
                            answer(cid_swipe.clone(), b > a);
                            answered.set(true);
                        }
                    }
                };
                let cid_button = StoredValue::new(cid.clone());
                view! {
                    <p class="caption">{with_content(caption, &title.get_value(), content_lang())}</p>
                    <div class="signal-card"
                        on:touchstart=move |ev: web_sys::TouchEvent| touch_x.set_value(ev.touches().get(0).map(|t| t.client_x()))
                        on:touchend=on_touchend>
                        <PageTitle text=heading lang=content_lang()/>
                        {move || (!answered.get()).then(|| view! {
                            <p class="hint">{s::cards_swipe_hint()}</p>
                            <div class="button-row signal-card__answers">
                                <button type="button" class="button button--secondary" on:click=move |_| { answer(cid_button.get_value(), false); answered.set(true); }>{s::no_signal()}</button>
                                <button type="button" class="button" on:click=move |_| { answer(cid_button.get_value(), true); answered.set(true); }>{s::signal()}</button>
                            </div>
                        })}
                    </div>
                    <div aria-live="polite">{feedback}</div>
                }
                .into_any()
            }
            None => {
                let answers = round.answers();
                let (missed, total): (Vec<Card>, usize) =
                    cards.with_value(|cs| (cs.iter().filter(|c| !answers.get(&c.id).is_some_and(|a| is_right(c, a))).cloned().collect(), cs.len()));
                let right = total - missed.len();
                let missed_ids: Vec<String> = missed.iter().map(|c| c.id.clone()).collect();
                let module_id = id.get_value();
                let list: Vec<_> = missed
                    .iter()
                    .map(|c| {
                        view! {
                            <li class="review__item review__item--wrong">
                                <h3 lang=content_lang()>{markdown::inline_text_blocks(&c.content)}</h3>
                                <p><strong>{if c.signal { s::card_is_signal() } else { s::card_is_no_signal() }}</strong></p>
                                {markdown::blocks(&module_id, &c.explanation)}
                            </li>
                        }
                    })
                    .collect();
                let any_missed = !missed_ids.is_empty();
                // After practising, say how the practice went, not a
                // score over the whole deck that the practice made perfect.
                let practised = round.practised();
                let score = if practised > 0 {
                    s::practised_cards(practised.saturating_sub(missed_ids.len()), practised)
                } else {
                    s::cards_score(right, total)
                };
                view! {
                    <PageTitle text={(if practised > 0 { s::practice_title() } else { s::result_title() }).to_string()}/>
                    <div class="panel panel--passed">
                        <p class="panel__score">{score}</p>
                        <p>{if any_missed { s::cards_some_missed() } else { s::cards_all_right() }}</p>
                    </div>
                    <div class="button-row">
                        {any_missed.then(|| view! { <button type="button" class="button" on:click=move |_| round.practise(&missed_ids)>{s::cards_replay_missed()}</button> })}
                        <button type="button" class="button button--secondary" on:click=move |_| round.restart()>{s::quiz_restart()}</button>
                    </div>
                    <ModuleEnd module_id=id.get_value()/>
                    {any_missed.then(|| view! { <h2>{s::cards_missed_title()}</h2><ol class="review">{list}</ol> })}
                }
                .into_any()
            }
        }
    }
}
