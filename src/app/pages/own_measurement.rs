//! "Wat weet je al?": a learner answers their audience's before or after
//! questions for themselves. Never graded, every question may be left open,
//! and the answers stay in the learner's progress on this device. After the
//! "after" questions the learner sees the difference, and where to report.
//!
//! Accessibility criteria:
//! - Must: each question is a fieldset whose legend is the question; the
//!   scale's five points are radio buttons with their words as labels.
//! - Must: after "Klaar" focus moves to the new page title.

use leptos::prelude::*;
use weerbaar_core::content::Audience;
use weerbaar_core::measure::parse::id_for;
use weerbaar_core::measure::words::SCALE;
use weerbaar_core::measure::{Measure, Phase};
use weerbaar_core::route::Route;

use crate::app::i18n::{content_lang, lang_for, tr_core, with_content};
use crate::app::markdown;
use crate::app::players::choices::ChoiceInput;
use crate::app::state::{load_facts, load_measure, ContentStore, ProgressStore};
use crate::app::strings as s;
use crate::app::widgets::contacts::ContactList;
use crate::app::widgets::load_error::with_measure;
use crate::app::widgets::own_growth::OwnGrowth;
use crate::app::widgets::page_title::PageTitle;
use crate::platform::fetch::FetchError;
use crate::platform::{dom, now};

#[component]
pub fn OwnMeasurementPage(audience: Audience, phase: Phase) -> impl IntoView {
    // The build lists the sets it shipped (modules.json); asking for one it
    // did not would only cost a request that fails.
    let measure = LocalResource::new(move || async move {
        if !load_facts().await.contains_key(&id_for(audience)) {
            return Err(FetchError::NotFound);
        }
        load_measure(audience).await
    });
    let content = expect_context::<ContentStore>();
    let back = move || {
        let list = list_title(content, audience);
        view! { <p class="back-link"><a href=Route::Audience(audience).href()>{with_content(s::back_to(&list), &list, lang_for("nl"))}</a></p> }
    };
    let page =
        with_measure(measure, s::own_measure_title(), s::own_measure_none(), move |m| view! { <Questions measure=m audience phase/> }.into_any());
    view! { {back}{page} }
}

/// The title of `audience`'s list ("Inwoners"), as the catalogue names it.
pub(crate) fn list_title(content: ContentStore, audience: Audience) -> String {
    match content.catalogue.get() {
        Some(Ok(cat)) => cat.value.section(audience).map(|sec| sec.title.clone()),
        _ => None,
    }
    .unwrap_or_else(|| s::audience_label(audience).0.to_string())
}

/// The questions of one phase, then what comes next.
#[component]
fn Questions(measure: Measure, audience: Audience, phase: Phase) -> impl IntoView {
    let progress = expect_context::<ProgressStore>();
    let set = measure.id.clone();
    // Answered before? Then the form shows those answers again.
    let earlier = progress.doc.with_untracked(|d| d.own_measure(&set).answers(phase).cloned());
    let answers = RwSignal::new(earlier.unwrap_or_default());
    let finished = RwSignal::new(false);
    let measure = StoredValue::new(measure);

    let done = {
        let set = set.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            progress.doc.update(|d| answers.with_untracked(|a| d.record_measure(&set, phase, a, now())));
            finished.set(true);
            request_animation_frame(|| dom::focus_id("paginatitel"));
        }
    };
    let skip = move |_| {
        progress.doc.update(|d| d.decline_measure(&set, now()));
        dom::go_to(&Route::Audience(audience).href());
    };

    let knowledge = move || {
        measure.with_value(|m| {
            m.knowledge
                .iter()
                .enumerate()
                .map(|(n, pair)| {
                    let q = pair.question(phase);
                    let key = pair.key.clone();
                    let labels = markdown::answer_labels(&q.answer);
                    let chosen = {
                        let key = key.clone();
                        move || answers.with(|a| a.knowledge.get(&key).copied())
                    };
                    let choose = move |i: usize| {
                        answers.update(|a| {
                            a.knowledge.insert(key.clone(), i);
                        })
                    };
                    let radios = options(&format!("vraag-{n}"), labels, content_lang(), chosen, choose);
                    view! {
                        <fieldset class="fieldset own-measure__item">
                            <legend class="fieldset__legend" lang=content_lang()>{markdown::inline_text(&q.prompt)}</legend>
                            {radios}
                        </fieldset>
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    let statements = move || {
        measure.with_value(|m| {
            m.statements
                .iter()
                .enumerate()
                .map(|(n, st)| {
                    let key = st.key.clone();
                    let chosen = {
                        let key = key.clone();
                        move || answers.with(|a| a.statements.get(&key).map(|p| usize::from(*p).saturating_sub(1)))
                    };
                    let choose = move |i: usize| {
                        answers.update(|a| {
                            a.statements.insert(key.clone(), u8::try_from(i + 1).unwrap_or(1));
                        })
                    };
                    let radios = options(&format!("stelling-{n}"), SCALE.iter().map(|w| tr_core(w).to_string()).collect(), None, chosen, choose);
                    view! {
                        <fieldset class="fieldset own-measure__item own-measure__scale">
                            <legend class="fieldset__legend" lang=content_lang()>{st.text_plain()}</legend>
                            {radios}
                        </fieldset>
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    let (title, intro) = measure.with_value(|m| {
        let extra = match phase {
            Phase::Before => &m.intro_before,
            Phase::After => &m.intro_after,
        };
        let title = match phase {
            Phase::Before => s::own_measure_title_before(),
            Phase::After => s::own_measure_title_after(),
        };
        (title, view! { <div class="prose">{markdown::blocks(&m.id, &m.intro)}{markdown::blocks(&m.id, extra)}</div> })
    });
    let form = view! {
        <PageTitle text=title.to_string()/>
        {intro}
        <form class="own-measure" on:submit=done>
            <h2>{s::own_measure_questions()}</h2>
            {knowledge}
            <h2>{s::own_measure_statements()}</h2>
            <p class="hint">{s::own_measure_statements_hint()}</p>
            {statements}
            <div class="button-row">
                <button type="submit" class="button">{s::own_measure_done()}</button>
                {(phase == Phase::Before).then(|| view! {
                    <button type="button" class="button button--secondary" on:click=skip>{s::own_measure_skip()}</button>
                })}
            </div>
        </form>
    };
    let form = StoredValue::new_local(Some(form));
    move || {
        if finished.get() {
            view! { <Finished measure=measure.get_value() audience phase/> }.into_any()
        } else {
            form.try_update_value(Option::take).flatten().map(IntoAny::into_any).unwrap_or_else(|| ().into_any())
        }
    }
}

/// Radio buttons for one question; `chosen` is the checked option.
fn options<C, F>(name: &str, labels: Vec<String>, lang: Option<&'static str>, chosen: C, choose: F) -> impl IntoView
where
    C: Fn() -> Option<usize> + Clone + Send + Sync + 'static,
    F: Fn(usize) + Clone + Send + Sync + 'static,
{
    labels
        .into_iter()
        .enumerate()
        .map(|(i, label)| {
            let chosen = chosen.clone();
            let choose = choose.clone();
            view! {
                <ChoiceInput id=format!("{name}-{i}") name=name.to_string() checked=Signal::derive(move || chosen() == Some(i))
                    on_change=Callback::new(move |()| choose(i)) label=label.into_any() lang/>
            }
        })
        .collect::<Vec<_>>()
}

/// After "Klaar": on to the modules, or the difference and the right
/// answers, and always where to report.
#[component]
fn Finished(measure: Measure, audience: Audience, phase: Phase) -> impl IntoView {
    let progress = expect_context::<ProgressStore>();
    let content = expect_context::<ContentStore>();
    let contacts = Signal::derive(move || content.site_or_fallback().contacts_for(Some(audience)));
    let own = progress.doc.with_untracked(|d| d.own_measure(&measure.id));
    let to_modules = view! { <a class="button" href=Route::Audience(audience).href()>{s::own_measure_to_modules()}</a> };
    let body = match phase {
        Phase::Before => view! {
            <PageTitle text=s::own_measure_thanks().to_string()/>
            <p>{s::own_measure_thanks_before()}</p>
            <div class="button-row">{to_modules}</div>
        }
        .into_any(),
        Phase::After => {
            let right: Vec<_> = measure
                .knowledge
                .iter()
                .filter_map(|pair| {
                    let q = &pair.after;
                    let answer = measure.right_option(&pair.key, Phase::After).and_then(|i| markdown::answer_labels(&q.answer).into_iter().nth(i))?;
                    Some(view! {
                        <li><span lang=content_lang()>{markdown::inline_text(&q.prompt)}</span>" "<strong lang=content_lang()>{answer}</strong></li>
                    })
                })
                .collect();
            view! {
                <PageTitle text=s::own_measure_growth_title().to_string()/>
                <OwnGrowth measure=measure.clone() own/>
                <h2>{s::own_measure_right_answers()}</h2>
                <ul class="own-measure__answers">{right}</ul>
                <div class="button-row">
                    <a class="button" href=Route::Progress.href()>{s::progress_title()}</a>
                    <a class="button button--secondary" href=Route::Audience(audience).href()>{s::own_measure_to_modules()}</a>
                </div>
            }
            .into_any()
        }
    };
    view! {
        {body}
        <section class="what-to-do" aria-labelledby="wat-kun-je-doen">
            <h2 id="wat-kun-je-doen">{s::what_can_you_do()}</h2>
            <p>{s::what_can_you_do_intro()}</p>
            <ContactList contacts/>
        </section>
    }
}
