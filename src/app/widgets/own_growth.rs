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
use crate::app::widgets::before_after_chart::{Bar, BeforeAfterChart, ChartRow};

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
        <BeforeAfterChart rows=chart_rows(&growth) id=chart_id alt=s::OWN_MEASURE_CHART_ALT caption=s::OWN_MEASURE_CHART_CAPTION/>
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
fn chart_rows(growth: &Growth) -> Vec<ChartRow> {
    let bar = |share: Option<f64>| share.map(|share| Bar { share, value: None });
    let mut rows = Vec::new();
    if growth.asked > 0 {
        let share = |took: bool, right: u32| bar(took.then(|| f64::from(right) / f64::from(growth.asked)));
        rows.push(ChartRow {
            label: s::OWN_MEASURE_KNOWLEDGE.to_string(),
            before: share(growth.took[0], growth.right_before),
            after: share(growth.took[1], growth.right_after),
        });
    }
    let scale = |p: Option<u8>| bar(p.map(|p| f64::from(p) / SCALE_POINTS as f64));
    rows.extend(growth.statements.iter().map(|st| ChartRow { label: st.text.clone(), before: scale(st.before), after: scale(st.after) }));
    rows
}
