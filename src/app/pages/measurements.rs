//! "Metingen samenvoegen": a trainer opens the CSV reports of several group
//! sessions (written by the presenter's before/after measurement) and gets
//! one overview per audience and period, with a chart, a table and
//! sentences a municipality can paste into its annual report. The files
//! are read in this tab only; nothing is sent or kept.
//!
//! Accessibility criteria:
//! - Must: GOV.UK file-upload pattern (label, hint, input, button); refused
//!   files are listed in an error summary that names the file and the line.
//! - Must: every chart has the same figures in a table next to it, and the
//!   chart itself is one image with a text alternative.
//! - Must: a figure about fewer than five people is never shown, in the
//!   chart or the table ("te weinig deelnemers").

use leptos::prelude::*;
use weerbaar_core::measure::model::Phase;
use weerbaar_core::measure::overview::{combine_files, Group, Period};
use weerbaar_core::measure::words::TOO_FEW;
use weerbaar_core::measure::Figure;

use crate::app::strings as s;
use crate::app::widgets::before_after_chart::{Bar, BeforeAfterChart, Row};
use crate::app::widgets::page_title::PageTitle;
use crate::platform::files::{self, ReadError};

/// A session report is a few KB; anything far larger is not one.
const MAX_FILE_BYTES: usize = 1024 * 1024;

const PERIODS: [(Period, &str); 4] =
    [(Period::Month, "per maand"), (Period::Quarter, "per kwartaal"), (Period::Year, "per jaar"), (Period::All, "alles samen")];

#[component]
pub fn MeasurementsPage() -> impl IntoView {
    // Every file opened so far, by name: opening more adds to them, opening
    // a file with the same name again replaces it, nothing is lost.
    let opened = RwSignal::new(Vec::<(String, Vec<u8>)>::new());
    let unreadable = RwSignal::new(Vec::<(String, &'static str)>::new());
    let period = RwSignal::new(Period::Year);
    let input = NodeRef::<leptos::html::Input>::new();
    let overview = Memo::new(move |_| opened.with(|files| combine_files(files, period.get())));

    let open = move |_| {
        let Some(el) = input.get() else { return };
        leptos::task::spawn_local(async move {
            let picked = files::read_all_picked(&el, MAX_FILE_BYTES).await;
            let mut failed = Vec::new();
            opened.update(|all| {
                for (name, read) in picked {
                    match read {
                        Ok(bytes) => {
                            all.retain(|(n, _)| *n != name);
                            all.push((name, bytes));
                        }
                        Err(ReadError::TooLarge) => failed.push((name, s::measure_too_large())),
                        Err(ReadError::Unreadable) => failed.push((name, s::measure_unreadable())),
                    }
                }
            });
            unreadable.set(failed);
            el.set_value("");
        });
    };

    let refused = move || {
        let mut list: Vec<(String, String)> = unreadable.get().into_iter().map(|(n, why)| (n, why.to_string())).collect();
        list.extend(overview.with(|o| o.refused.iter().map(|r| (r.file.clone(), r.error.to_string())).collect::<Vec<_>>()));
        (!list.is_empty()).then(|| {
            view! {
                <div class="error-summary" role="alert">
                    <h2 class="error-summary__title">{s::measure_refused_title()}</h2>
                    <ul>{list.into_iter().map(|(file, why)| view! { <li><strong>{file}</strong>": "{why}</li> }).collect::<Vec<_>>()}</ul>
                </div>
            }
        })
    };
    let duplicates = move || {
        overview.with(|o| {
            (!o.duplicates.is_empty()).then(|| view! { <p class="notice notice--info">{s::measure_duplicates()}" "{o.duplicates.join(", ")}</p> })
        })
    };
    let groups =
        move || overview.with(|o| o.groups.iter().enumerate().map(|(i, g)| view! { <GroupReport group=g.clone() n=i/> }).collect::<Vec<_>>());

    let run_links = weerbaar_core::content::Audience::ALL
        .into_iter()
        .filter(|a| *a != weerbaar_core::content::Audience::Trainers)
        .map(|a| view! { <li><a href=weerbaar_core::route::Route::GroupMeasurement(a).href()>{s::audience_label(a).0}</a></li> })
        .collect::<Vec<_>>();
    view! {
        <PageTitle text=s::measure_title().to_string()/>
        <h2>{s::group_measure_run_title()}</h2>
        <p>{s::group_measure_run_intro()}</p>
        <ul>{run_links}</ul>
        <h2>{s::measure_combine_title()}</h2>
        <p class="lead">{s::measure_intro()}</p>
        <div class="form-group">
            <label class="label" for="meting-bestanden">{s::measure_files_label()}</label>
            <p class="hint" id="meting-bestanden-hint">{s::measure_files_hint()}</p>
            <input class="file-input" type="file" multiple id="meting-bestanden" accept=".csv,text/csv" aria-describedby="meting-bestanden-hint" node_ref=input/>
        </div>
        <div class="button-row">
            <button type="button" class="button" on:click=open>{s::measure_open()}</button>
            {move || opened.with(|o| !o.is_empty()).then(|| view! {
                <button type="button" class="button button--secondary" on:click=move |_| { opened.set(Vec::new()); unreadable.set(Vec::new()); }>{s::measure_clear()}</button>
            })}
        </div>
        <fieldset class="fieldset">
            <legend class="fieldset__legend">{s::measure_period()}</legend>
            {PERIODS.into_iter().map(|(p, label)| {
                let id = format!("periode-{label}").replace(' ', "-");
                view! {
                    <div class="choice">
                        <input class="choice__input" type="radio" name="periode" id=id.clone() prop:checked=move || period.get() == p on:change=move |_| period.set(p)/>
                        <label class="choice__label" for=id>{label}</label>
                    </div>
                }
            }).collect::<Vec<_>>()}
        </fieldset>
        <div role="status" class="measure-count">
            {move || opened.with(|o| (!o.is_empty()).then(|| s::measure_files_opened(o.len(), overview.with(|v| v.groups.iter().map(|g| g.sessions).sum::<u32>()))))}
        </div>
        {refused}
        {duplicates}
        {groups}
    }
}

/// One audience in one period: who took part, a chart, the table and the
/// conclusions.
#[component]
pub(crate) fn GroupReport(group: Group, n: usize) -> impl IntoView {
    let (audience, _) = s::audience_label(group.audience);
    let heading = format!("{audience} · {}", group.period);
    let people = |phase| group.participants_figure(phase).map_or(TOO_FEW.to_string(), |p| p.to_string());
    let facts = s::measure_group_facts(group.sessions, &people(Phase::Before), &people(Phase::After));
    let rows: Vec<_> = group
        .items
        .iter()
        .map(|item| {
            view! {
                <tr>
                    <th scope="row">{item.label.clone()}</th>
                    <td>{item.before.figure().to_string()}</td>
                    <td>{item.after.figure().to_string()}</td>
                </tr>
            }
        })
        .collect();
    let conclusions: Vec<_> = group.conclusions().into_iter().map(|c| view! { <li>{c}</li> }).collect();
    let chart_id = format!("grafiek-{n}");
    view! {
        <section class="measure-group" aria-labelledby=format!("groep-{n}")>
            <h2 id=format!("groep-{n}")>{heading}</h2>
            <p>{facts}</p>
            // A group too small to report has no figures to chart or tabulate.
            {(!group.too_few()).then(|| view! {
                <BeforeAfterChart rows=chart_rows(&group) id=chart_id.clone() alt=s::measure_chart_alt() caption=s::measure_chart_caption()/>
                <table class="table">
                    <caption>{s::measure_table_caption()}</caption>
                    <thead><tr><th scope="col">{s::measure_item()}</th><th scope="col">{s::measure_before()}</th><th scope="col">{s::measure_after()}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            })}
            <h3>{s::measure_conclusions()}</h3>
            <ul>{conclusions}</ul>
        </section>
    }
}

/// The chart's rows: each item's percentage before and after; a figure about
/// too few people has no bar (the table says why).
fn chart_rows(group: &Group) -> Vec<Row> {
    let bar = |figure: Figure| figure.percent().map(|p| Bar { share: f64::from(p) / 100.0, value: Some(format!("{p} %")) });
    group.items.iter().map(|item| Row { label: item.label.clone(), before: bar(item.before.figure()), after: bar(item.after.figure()) }).collect()
}
