//! A learner's own before/after: one sentence, a chart and the same figures
//! in a table. Shown after the "after" questions and on "Mijn voortgang".
//! The comparison itself is the core's ([`learner::compare`]).
//!
//! Accessibility criteria:
//! - Must: the chart is one image whose name says where its figures are in
//!   text (the table below it); colour is never the only difference (the
//!   legend and the table name "voor" and "na").

use leptos::prelude::*;
use weerbaar_core::measure::learner::{self, Growth, OwnMeasure};
use weerbaar_core::measure::words::SCALE;
use weerbaar_core::measure::{Measure, SCALE_POINTS};

use crate::app::strings as s;

/// The difference between the learner's answers before and after.
#[component]
pub fn OwnGrowth(
    /// The audience's measurement set.
    measure: Measure,
    /// The learner's answers.
    own: OwnMeasure,
) -> impl IntoView {
    let growth = learner::compare(&measure, &own);
    let sentence = match growth.knowledge_text() {
        Some(text) => text,
        None if growth.took[0] => s::OWN_MEASURE_ONLY_BEFORE.to_string(),
        None => s::OWN_MEASURE_ONLY_AFTER.to_string(),
    };
    let point = |p: Option<u8>| p.and_then(|p| SCALE.get(usize::from(p).wrapping_sub(1))).map_or(s::OWN_MEASURE_SKIPPED, |w| *w);
    let knowledge_cell = |took: bool, right: u32| if took { s::own_right(right, growth.asked) } else { s::OWN_MEASURE_NOT_TAKEN.to_string() };
    let rows: Vec<_> = growth
        .statements
        .iter()
        .map(|st| {
            view! {
                <tr>
                    <th scope="row">{st.text.clone()}</th>
                    <td>{point(st.before)}</td>
                    <td>{point(st.after)}</td>
                </tr>
            }
        })
        .collect();
    let chart_id = format!("eigen-grafiek-{}", measure.id.replace('/', "-"));
    view! {
        <p class="own-growth__sentence">{sentence}</p>
        <Chart growth=growth.clone() id=chart_id/>
        <table class="table">
            <caption>{s::OWN_MEASURE_TABLE_CAPTION}</caption>
            <thead><tr><th scope="col">{s::MEASURE_ITEM}</th><th scope="col">{s::MEASURE_BEFORE}</th><th scope="col">{s::MEASURE_AFTER}</th></tr></thead>
            <tbody>
                {(growth.asked > 0).then(|| view! {
                    <tr>
                        <th scope="row">{s::OWN_MEASURE_KNOWLEDGE}</th>
                        <td>{knowledge_cell(growth.took[0], growth.right_before)}</td>
                        <td>{knowledge_cell(growth.took[1], growth.right_after)}</td>
                    </tr>
                })}
                {rows}
            </tbody>
        </table>
    }
}

/// Bars per row, before and after, each as a share of its maximum: right
/// answers of the questions asked, or the point on the 5-point scale.
#[component]
fn Chart(growth: Growth, id: String) -> impl IntoView {
    const ROW: f64 = 60.0;
    const BAR: f64 = 16.0;
    const WIDTH: f64 = 300.0;
    let mut lines: Vec<(String, Option<f64>, Option<f64>)> = Vec::new();
    if growth.asked > 0 {
        let share = |took: bool, right: u32| took.then(|| f64::from(right) / f64::from(growth.asked));
        lines.push((s::OWN_MEASURE_KNOWLEDGE.to_string(), share(growth.took[0], growth.right_before), share(growth.took[1], growth.right_after)));
    }
    let scale = |p: Option<u8>| p.map(|p| f64::from(p) / SCALE_POINTS as f64);
    lines.extend(growth.statements.iter().map(|st| (st.text.clone(), scale(st.before), scale(st.after))));
    let height = ROW * lines.len() as f64 + 30.0;
    let bar = |share: Option<f64>, y: f64, class: &'static str| {
        share.map(|f| view! { <rect class=class x="0" y=y width=(f * WIDTH).max(2.0) height=BAR/> })
    };
    let rows: Vec<_> = lines
        .into_iter()
        .enumerate()
        .map(|(i, (label, before, after))| {
            let y = 30.0 + ROW * i as f64;
            view! {
                <g>
                    <text class="measure-chart__label" x="0" y=y + 10.0>{label}</text>
                    {bar(before, y + 16.0, "measure-chart__before")}
                    {bar(after, y + 18.0 + BAR, "measure-chart__after")}
                </g>
            }
        })
        .collect();
    let labelled_by = id.clone();
    view! {
        <figure class="measure-chart">
            <svg role="img" aria-labelledby=labelled_by viewBox=format!("0 0 360 {height}") width="100%" style:max-width="36rem">
                <title id=id>{s::OWN_MEASURE_CHART_ALT}</title>
                <rect class="measure-chart__before" x="0" y="2" width="14" height="14"/>
                <text x="20" y="14">{s::MEASURE_BEFORE}</text>
                <rect class="measure-chart__after" x="90" y="2" width="14" height="14"/>
                <text x="110" y="14">{s::MEASURE_AFTER}</text>
                {rows}
            </svg>
            <figcaption>{s::OWN_MEASURE_CHART_CAPTION}</figcaption>
        </figure>
    }
}
