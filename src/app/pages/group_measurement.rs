//! "Meting met de groep": the trainer runs the before/after measurement of
//! an audience with a group, counting hands (or cards) per answer, and gets
//! a report to print and a CSV to keep. Counts only: no names, no free text.
//! The session is kept on this device while it runs, so a reload loses no
//! counts; it is sent nowhere.
//!
//! Accessibility criteria:
//! - Must: every count is changed with a button named after its answer
//!   ("Eén hand erbij voor ..."); the count is text next to it.
//! - Must: each step is the page's `h1`, so a screen reader hears it.
//! - Must: the report's figures are in a table, the chart is one image.

use leptos::prelude::*;
use weerbaar_core::content::Audience;
use weerbaar_core::measure::overview::session_summary;
use weerbaar_core::measure::{csv, Day, Measure, Phase, Session};
use weerbaar_core::route::Route;

use super::measurements::GroupReport;
use crate::app::i18n::{content_lang, tr_core};
use crate::app::markdown;
use crate::app::state::load_measure;
use crate::app::strings as s;
use crate::app::widgets::load_error::with_measure;
use crate::app::widgets::page_title::PageTitle;
use crate::app::widgets::tally::Tally;
use crate::platform::{dom, files, storage};
use weerbaar_core::measure::words::SCALE;

/// Where the trainer is in the measurement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    /// How many take part, before the session.
    Start,
    /// Item `n` of the phase.
    Item(Phase, usize),
    /// The session itself happens now; then how many take part after.
    Between,
    /// The figures, to print and download.
    Report,
}

impl Stage {
    fn code(self) -> String {
        match self {
            Stage::Start => "start".into(),
            Stage::Item(phase, n) => format!("{}:{n}", phase.code()),
            Stage::Between => "tussen".into(),
            Stage::Report => "verslag".into(),
        }
    }

    fn from_code(code: &str) -> Option<Stage> {
        match code {
            "start" => Some(Stage::Start),
            "tussen" => Some(Stage::Between),
            "verslag" => Some(Stage::Report),
            other => {
                let (phase, n) = other.split_once(':')?;
                Some(Stage::Item(Phase::from_code(phase)?, n.parse().ok()?))
            }
        }
    }
}

/// Today, from the browser's clock.
fn today() -> Option<Day> {
    let d = js_sys::Date::new_0();
    Day::new(u16::try_from(d.get_full_year()).ok()?, u8::try_from(d.get_month() + 1).ok()?, u8::try_from(d.get_date()).ok()?)
}

/// The session kept on this device for `measure`, with where it was; not
/// one that was only opened (nothing entered yet).
fn resumed(measure: &Measure, fresh: &Session) -> Option<(Session, Stage)> {
    let text = storage::measurement_session()?;
    let (stage, report) = text.split_once('\n')?;
    let session = csv::read(report.as_bytes()).ok().filter(|s| s.measure == measure.id)?;
    let stage = Stage::from_code(stage)?;
    let untouched = stage == Stage::Start && session.items == fresh.items && session.participants_before == 0;
    (!untouched).then_some((session, stage))
}

#[component]
pub fn GroupMeasurementPage(audience: Audience) -> impl IntoView {
    // Projected like presenter mode: large type, no header or footer.
    dom::set_root_class("presenting", true);
    on_cleanup(|| dom::set_root_class("presenting", false));
    let measure = LocalResource::new(move || load_measure(audience));
    // Header and footer are hidden while projecting: the way out is here.
    let back = view! { <p class="back-link"><a href=Route::Measurements.href()>{s::group_measure_exit()}</a></p> };
    let page = with_measure(measure, s::group_measure_title(), s::group_measure_none(), |m| match today().and_then(|day| Session::new(&m, day)) {
        Some(fresh) => view! { <Run measure=m fresh/> }.into_any(),
        None => view! { <PageTitle text=s::group_measure_title().to_string()/><p>{s::group_measure_none()}</p> }.into_any(),
    });
    view! { {back}{page} }
}

#[component]
fn Run(measure: Measure, fresh: Session) -> impl IntoView {
    let (start_session, start_stage, was_resumed) = match resumed(&measure, &fresh) {
        Some((session, stage)) => (session, stage, true),
        None => (fresh.clone(), Stage::Start, false),
    };
    let session = RwSignal::new(start_session);
    let stage = RwSignal::new(start_stage);
    let measure = StoredValue::new(measure);
    let fresh = StoredValue::new(fresh);
    // Every change is kept on this device at once.
    Effect::new(move |_| {
        let text = format!("{}\n{}", stage.get().code(), session.with(csv::write));
        let _ = storage::save_measurement_session(Some(&text));
    });
    let items_per_phase = measure.with_value(|m| m.knowledge.len() + m.statements.len());
    let go = move |next: Stage| {
        stage.set(next);
        dom::scroll_to_top();
    };
    let restart = move |_| {
        session.set(fresh.get_value());
        go(Stage::Start);
    };
    let title = measure.with_value(|m| m.title.clone());
    let mid = measure.with_value(|m| m.id.clone());

    let participants = move |phase: Phase| {
        let id = format!("deelnemers-{}", phase.code());
        let value = move || session.with(|s| if phase == Phase::Before { s.participants_before } else { s.participants_after }).to_string();
        let set = move |ev: leptos::ev::Event| {
            let n = event_target_value(&ev).trim().parse::<u32>().unwrap_or(0).min(10_000);
            session.update(|s| if phase == Phase::Before { s.participants_before = n } else { s.participants_after = n });
        };
        view! {
            <div class="form-group">
                <label class="label" for=id.clone()>{s::group_measure_people()}</label>
                <p class="hint" id=format!("{id}-hint")>{s::group_measure_people_hint()}</p>
                <input class="input input--number" type="number" inputmode="numeric" min="0" max="10000" id=id.clone() aria-describedby=format!("{id}-hint") prop:value=value on:change=set/>
            </div>
        }
    };

    let item = move |phase: Phase, n: usize| {
        measure.with_value(|m| {
            // A knowledge question's options are the set's (Dutch) text; a
            // statement's are the app's scale words.
            let (key, heading, labels, labels_lang): (String, String, Vec<String>, Option<&'static str>) = if let Some(pair) = m.knowledge.get(n) {
                let q = pair.question(phase);
                (pair.key.clone(), markdown::inline_text(&q.prompt), markdown::answer_labels(&q.answer), content_lang())
            } else if let Some(st) = m.statements.get(n - m.knowledge.len()) {
                (st.key.clone(), st.text_plain(), SCALE.iter().map(|w| tr_core(w).to_string()).collect(), None)
            } else {
                return ().into_any();
            };
            let rows: Vec<_> = labels
                .into_iter()
                .enumerate()
                .map(|(i, label)| {
                    let (k_count, k_step) = (key.clone(), key.clone());
                    let count = Signal::derive(move || {
                        session.with(|s| s.items.iter().find(|it| it.key == k_count).and_then(|it| it.tally(phase).counts.get(i).copied()).unwrap_or(0))
                    });
                    let on_step = Callback::new(move |by: i32| session.update(|s| { s.step(&k_step, phase, i, by); }));
                    view! {
                        <li class="present-option">
                            <span class="present-option__text" lang=labels_lang>{label.clone()}</span>
                            <Tally label lang=labels_lang count on_step/>
                        </li>
                    }
                })
                .collect();
            let last = n + 1 == items_per_phase;
            let next = match (phase, last) {
                (_, false) => Stage::Item(phase, n + 1),
                (Phase::Before, true) => Stage::Between,
                (Phase::After, true) => Stage::Report,
            };
            let back = match (phase, n) {
                (Phase::Before, 0) => Stage::Start,
                (Phase::After, 0) => Stage::Between,
                (_, n) => Stage::Item(phase, n - 1),
            };
            view! {
                <p class="caption">{s::group_measure_caption(phase == Phase::Before, n + 1, items_per_phase)}</p>
                <PageTitle text=heading lang=content_lang()/>
                <ol class="present-options">{rows}</ol>
                <div class="button-row">
                    <button type="button" class="button button--secondary" on:click=move |_| go(back)>{s::group_measure_back()}</button>
                    <button type="button" class="button" on:click=move |_| go(next)>{if last { s::group_measure_done_phase() } else { s::group_measure_next() }}</button>
                </div>
            }
            .into_any()
        })
    };

    let download = move |_| {
        let (name, text) = session.with(|s| (format!("weerbaar-meting-{}-{}.csv", s.audience.code(), s.date), csv::write(s)));
        let _ = files::download(&name, "text/csv", &text);
    };

    let resumed_notice = was_resumed.then(|| view! { <p class="notice notice--info no-print">{s::group_measure_resumed()}</p> });
    let stage_view = move || {
        match stage.get() {
        Stage::Start => view! {
            <PageTitle text=title.clone() lang=content_lang()/>
            <div class="prose">{measure.with_value(|m| markdown::blocks(&mid, &m.intro))}</div>
            <h2>{s::group_measure_before()}</h2>
            {participants(Phase::Before)}
            <button type="button" class="button" on:click=move |_| go(Stage::Item(Phase::Before, 0))>{s::group_measure_start_before()}</button>
        }
        .into_any(),
        Stage::Item(phase, n) => item(phase, n),
        Stage::Between => view! {
            <PageTitle text=s::group_measure_between().to_string()/>
            <p>{s::group_measure_between_text()}</p>
            <h2>{s::group_measure_after()}</h2>
            {participants(Phase::After)}
            <div class="button-row">
                <button type="button" class="button button--secondary" on:click=move |_| go(Stage::Item(Phase::Before, items_per_phase.saturating_sub(1)))>{s::group_measure_back()}</button>
                <button type="button" class="button" on:click=move |_| go(Stage::Item(Phase::After, 0))>{s::group_measure_start_after()}</button>
            </div>
        }
        .into_any(),
        Stage::Report => {
            let group = session.with(session_summary);
            view! {
                <PageTitle text=s::group_measure_report().to_string()/>
                <p>{session.with(|s| s::group_measure_report_intro(&title, &s.date.to_string()))}</p>
                <GroupReport group n=0/>
                <div class="button-row">
                    <button type="button" class="button" on:click=download>{s::group_measure_download()}</button>
                    <button type="button" class="button button--secondary" on:click=move |_| crate::platform::print()>{s::print_button()}</button>
                    <button type="button" class="button button--secondary" on:click=move |_| go(Stage::Item(Phase::After, items_per_phase.saturating_sub(1)))>{s::group_measure_back()}</button>
                    <button type="button" class="button button--secondary" on:click=restart>{s::group_measure_new()}</button>
                </div>
            }
            .into_any()
        }
    }
    };
    view! { {resumed_notice}{stage_view} }
}
