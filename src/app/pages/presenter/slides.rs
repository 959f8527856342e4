//! What one presenter slide shows, one function per kind of slide
//! (`present::Shown`, and a scenario's situation). The stepping, the keys
//! and the fitting are the presenter's (`super`); which slide comes next,
//! how a long page is cut and the hand counts are rules in
//! `weerbaar_core::present`.

use leptos::prelude::*;
use weerbaar_core::content::kinds::cards::Card;
use weerbaar_core::content::kinds::lesson::Page;
use weerbaar_core::content::kinds::question::{Answer, AnswerOption, Question, Step};
use weerbaar_core::content::kinds::scenario::Node;
use weerbaar_core::content::kinds::scene::Scene;
use weerbaar_core::content::{paths, Module};
use weerbaar_core::present::{self, HandCount, Shown};
use weerbaar_core::progress::order;

use crate::app::i18n::content_lang;
use crate::app::markdown;
use crate::app::strings as s;
use crate::app::widgets::page_title::PageTitle;
use crate::app::widgets::tally::Tally;

/// The slide for `shown` of module `m`; `revealed` once "Toon antwoord" was pressed.
pub fn shown(m: &Module, shown: Shown, revealed: bool, hands: RwSignal<HandCount>) -> AnyView {
    let mid = &m.id;
    match shown {
        Shown::Page(p, part) => page(mid, p, part),
        Shown::Question(q, part) => question(mid, q, part, revealed, hands),
        Shown::Card(card) => card_slide(mid, card, revealed, hands),
        Shown::Scene(scene) => scene_slide(mid, &m.title, scene, revealed),
        Shown::SceneSignals(scene, part) => scene_signals(scene, part),
    }
}

/// A scenario's situation, part `part` of its text; its choices, each with
/// a tally and "Kies", come with the last part.
pub fn story(mid: &str, node: &Node, part: usize, last_part: bool, hands: RwSignal<HandCount>, choose: Callback<usize>) -> AnyView {
    let blocks = present::page_parts(&node.blocks).into_iter().nth(part).unwrap_or_default();
    let choices: Vec<_> = node
        .choices
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let label = markdown::inline_text(&c.label);
            let after = view! {
                {tally(hands, label.clone(), content_lang(), node.id.clone(), i)}
                <button type="button" class="button button--small" on:click=move |_| choose.run(i)>{s::present_choose()}</button>
            };
            option(Some((i + 1).to_string()), content_text(label), false, after.into_any())
        })
        .collect();
    let title = markdown::inline_text(&node.title);
    view! {
        <PageTitle text={if part > 0 { s::continued(&title) } else { title }} lang=content_lang()/>
        <div class="prose">{markdown::blocks(mid, &blocks)}</div>
        {(last_part && !choices.is_empty()).then(|| view! { <ol class="present-options">{choices}</ol> })}
    }
    .into_any()
}

fn page(mid: &str, p: &Page, part: usize) -> AnyView {
    let title = markdown::inline_text(&p.title);
    let title = if title.is_empty() { s::introduction().to_string() } else { title };
    let title = if part > 0 { s::continued(&title) } else { title };
    let blocks = present::page_parts(&p.blocks).into_iter().nth(part).unwrap_or_default();
    view! { <PageTitle text=title lang=content_lang()/><div class="prose">{markdown::blocks(mid, &blocks)}</div> }.into_any()
}

/// A question with a long introduction is shown in parts; its options come
/// with the last part.
fn question(mid: &str, q: &Question, part: usize, revealed: bool, hands: RwSignal<HandCount>) -> AnyView {
    let intro = present::page_parts(&q.intro).into_iter().nth(part).unwrap_or_default();
    let prompt = markdown::inline_text(&q.prompt);
    let heading = if part > 0 { s::continued(&prompt) } else { prompt };
    if !present::is_last_part(&q.intro, part) {
        return view! { <PageTitle text=heading lang=content_lang()/><div class="prose">{markdown::blocks(mid, &intro)}</div> }.into_any();
    }
    let (options, right_order) = match &q.answer {
        Answer::One(options) | Answer::Several(options) => (choice_options(&q.id, options, revealed, hands), None),
        Answer::Order(steps) => {
            let (shown, right) = order_steps(&q.id, steps);
            (shown, Some(right))
        }
    };
    view! {
        <PageTitle text=heading lang=content_lang()/>
        <div class="prose">{markdown::blocks(mid, &intro)}</div>
        <ol class="present-options">{options}</ol>
        {revealed.then(|| view! { <div class="present-answer">{right_order}{markdown::blocks(mid, &q.explanation)}</div> })}
    }
    .into_any()
}

/// Lettered options, each with a hand count; the right ones marked once revealed.
fn choice_options(item: &str, options: &[AnswerOption], revealed: bool, hands: RwSignal<HandCount>) -> AnyView {
    options
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let label = markdown::inline_text_blocks(&o.content);
            let right = revealed && o.correct;
            let text = view! {
                {content_text(label.clone())}
                {right.then(|| view! { <strong class="present-option__right">{s::present_right()}</strong> })}
            };
            option(Some(letter(i)), text.into_any(), right, tally(hands, label, content_lang(), item.to_string(), i))
        })
        .collect::<Vec<_>>()
        .into_any()
}

/// The steps shuffled, lettered so the group can call out an order ("C, A,
/// B"), and the right order for the reveal. No tally: hands cannot vote
/// for an order.
fn order_steps(item: &str, steps: &[Step]) -> (AnyView, AnyView) {
    let start = order::start(item, steps.len());
    let label = |i: usize| steps.get(i).map(|step| markdown::inline_text_blocks(&step.content)).unwrap_or_default();
    let shown: Vec<_> =
        start.iter().enumerate().map(|(place, &i)| option(Some(letter(place)), content_text(label(i)), false, ().into_any())).collect();
    let right: Vec<_> = (0..steps.len())
        .map(|i| {
            let place = start.iter().position(|&s| s == i).unwrap_or(i);
            view! { <li>{format!("{}: ", letter(place))}{content_text(label(i))}</li> }
        })
        .collect();
    let right = view! { <p><strong>{s::order_right_title()}</strong></p><ol class="present-order">{right}</ol> };
    (shown.into_any(), right.into_any())
}

fn card_slide(mid: &str, card: &Card, revealed: bool, hands: RwSignal<HandCount>) -> AnyView {
    let text = markdown::inline_text_blocks(&card.content);
    let answer = |label: &'static str, value: usize, right: bool| {
        option(None, label.into_any(), revealed && right, tally(hands, label.to_string(), None, card.id.clone(), value))
    };
    view! {
        <PageTitle text=text lang=content_lang()/>
        <ol class="present-options">
            {answer(s::signal(), 1, card.signal)}
            {answer(s::no_signal(), 0, !card.signal)}
        </ol>
        {revealed.then(|| view! {
            <div class="present-answer">
                <p><strong>{if card.signal { s::card_is_signal() } else { s::card_is_no_signal() }}</strong></p>
                {markdown::blocks(mid, &card.explanation)}
            </div>
        })}
    }
    .into_any()
}

fn scene_slide(mid: &str, title: &str, scene: &Scene, revealed: bool) -> AnyView {
    let src = paths::image_src(mid, &scene.image).unwrap_or_default();
    let marks: Vec<_> = scene
        .regions
        .iter()
        .filter(|r| revealed && r.signal)
        .map(|r| {
            let [l, t, w, h] = r.css_rect();
            view! {
                <span class="mark mark--found" style:left=l style:top=t style:width=w style:height=h>
                    <span class="mark__tag" lang=content_lang()>{r.label.clone()}</span>
                </span>
            }
        })
        .collect();
    view! {
        <PageTitle text=title.to_string() lang=content_lang()/>
        // The picture's size is known only once it has loaded.
        <div class="scene-scroll"><div class="scene"><img class="scene__picture" src=src alt="" on:load=move |_| super::fit()/>{marks}</div></div>
        <details class="details"><summary>{s::scene_description()}</summary><div class="prose">{markdown::blocks(mid, &scene.description)}</div></details>
    }
    .into_any()
}

/// Why each is a signal, on a slide of its own: with the picture it would
/// not fit the screen.
fn scene_signals(scene: &Scene, part: usize) -> AnyView {
    let list: Vec<_> = present::signal_parts(scene)
        .get(part)
        .into_iter()
        .flatten()
        .filter_map(|&i| scene.regions.get(i))
        .map(|r| view! { <li><strong lang=content_lang()>{r.label.clone()}</strong>": "{content_text(markdown::inline_text_blocks(&r.explanation))}</li> })
        .collect();
    view! { <PageTitle text=s::scene_found_all().to_string()/><ul class="present-answer">{list}</ul> }.into_any()
}

fn letter(i: usize) -> String {
    present::option_letter(i).to_string()
}

/// Text from the module, with its `lang` when it is not the app's language.
fn content_text(text: String) -> AnyView {
    view! { <span lang=content_lang()>{text}</span> }.into_any()
}

/// One projected answer option: its letter (called out by the group), its
/// text, marked once revealed as right, and what follows it (the tally of
/// hands, a scenario's "Kies"). The one markup for every option on a slide.
fn option(letter: Option<String>, text: AnyView, right: bool, after: AnyView) -> AnyView {
    view! {
        <li class=if right { "present-option present-option--right" } else { "present-option" }>
            {letter.map(|l| view! { <span class="present-option__letter">{l}</span> })}
            <span class="present-option__text">{text}</span>
            {after}
        </li>
    }
    .into_any()
}

/// The hand count for `option` of `item`; `lang` is the label's.
fn tally(hands: RwSignal<HandCount>, label: String, lang: Option<&'static str>, item: String, option: usize) -> AnyView {
    let item = StoredValue::new(item);
    let count = Signal::derive(move || hands.with(|h| item.with_value(|i| h.get(i, option))));
    let on_step = Callback::new(move |by: i32| {
        hands.update(|h| {
            item.with_value(|i| if by > 0 { h.add(i, option) } else { h.remove(i, option) });
        })
    });
    view! { <Tally label lang count on_step/> }.into_any()
}
