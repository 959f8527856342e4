//! A learner's own before/after: one sentence, a chart and the same figures
//! in a table. Shown after the "after" questions and on "Mijn voortgang".
//! The comparison itself is the core's ([`learner::compare`]).
//!
//! Accessibility criteria:
//! - Must: the chart ([`BeforeAfterChart`]) has the same figures in the
//!   table under it.

use leptos::prelude::*;
use weerbaar_core::measure::learner::{self, Growth, OwnMeasure};
use weerbaar_core::measure::words::SCALE;
use weerbaar_core::measure::{Measure, SCALE_POINTS};

use crate::app::i18n::tr_core;
use crate::app::strings as s;
use crate::app::widgets::before_after_chart::{Bar, BeforeAfterChart, Row};

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
        None if growth.took[0] => s::own_measure_only_before().to_string(),
        None => s::own_measure_only_after().to_string(),
    };
    let point = |p: Option<u8>| p.and_then(|p| SCALE.get(usize::from(p).wrapping_sub(1))).map_or(s::own_measure_skipped(), |w| tr_core(w));
    let knowledge_cell = |took: bool, right: u32| if took { s::own_right(right, growth.asked) } else { s::own_measure_not_taken().to_string() };
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
        <BeforeAfterChart rows=chart_rows(&growth) id=chart_id alt=s::own_measure_chart_alt() caption=s::own_measure_chart_caption()/>
        <table class="table">
            <caption>{s::own_measure_table_caption()}</caption>
            <thead><tr><th scope="col">{s::measure_item()}</th><th scope="col">{s::measure_before()}</th><th scope="col">{s::measure_after()}</th></tr></thead>
            <tbody>
                {(growth.asked > 0).then(|| view! {
                    <tr>
                        <th scope="row">{s::own_measure_knowledge()}</th>
                        <td>{knowledge_cell(growth.took[0], growth.right_before)}</td>
                        <td>{knowledge_cell(growth.took[1], growth.right_after)}</td>
                    </tr>
                })}
                {rows}
            </tbody>
        </table>
    }
}

/// The chart's rows: right answers as a share of the questions asked, and
/// each statement's point as a share of the scale; nothing where a phase
/// was not taken or a statement was skipped.
fn chart_rows(growth: &Growth) -> Vec<Row> {
    let bar = |share: Option<f64>| share.map(|share| Bar { share, value: None });
    let mut rows = Vec::new();
    if growth.asked > 0 {
        let right = |took: bool, right: u32| bar(took.then(|| f64::from(right) / f64::from(growth.asked)));
        rows.push(Row {
            label: s::own_measure_knowledge().to_string(),
            before: right(growth.took[0], growth.right_before),
            after: right(growth.took[1], growth.right_after),
        });
    }
    let point = |p: Option<u8>| bar(p.map(|p| f64::from(p) / SCALE_POINTS as f64));
    rows.extend(growth.statements.iter().map(|st| Row { label: st.text.clone(), before: point(st.before), after: point(st.after) }));
    rows
}
