//! Bars before and after per row, for the measurement reports (a group's
//! percentages) and a learner's own growth. One image whose text
//! alternative says where the same figures are in text (the table the page
//! shows under it); colour is never the only difference (the legend and
//! the table say "voor" and "na").

use leptos::prelude::*;

use crate::app::strings as s;

/// One bar: how much of the row's maximum (0.0 to 1.0), and the value to
/// write next to it, if any.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// Share of the maximum.
    pub share: f64,
    /// Written after the bar ("82 %").
    pub value: Option<String>,
}

/// One row: a label, and a bar for each phase (none where there is no
/// figure, such as a skipped question or a group too small).
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// What the row is about.
    pub label: String,
    /// Before.
    pub before: Option<Bar>,
    /// After.
    pub after: Option<Bar>,
}

/// The chart; `alt` is its text alternative, `caption` is shown under it.
#[component]
pub fn BeforeAfterChart(rows: Vec<Row>, id: String, alt: &'static str, caption: &'static str) -> impl IntoView {
    const ROW: f64 = 60.0;
    const BAR: f64 = 16.0;
    const WIDTH: f64 = 300.0;
    let height = ROW * rows.len() as f64 + 30.0;
    let bar = |bar: Option<Bar>, y: f64, class: &'static str| {
        bar.map(|b| {
            let width = (b.share.clamp(0.0, 1.0) * WIDTH).max(2.0);
            view! {
                <rect class=class x="0" y=y width=width height=BAR/>
                {b.value.map(|v| view! { <text class="measure-chart__value" x=width + 6.0 y=y + BAR - 3.0>{v}</text> })}
            }
        })
    };
    let rows: Vec<_> = rows
        .into_iter()
        .enumerate()
        .map(|(i, row)| {
            let y = 30.0 + ROW * i as f64;
            view! {
                <g>
                    <text class="measure-chart__label" x="0" y=y + 10.0>{row.label}</text>
                    {bar(row.before, y + 16.0, "measure-chart__before")}
                    {bar(row.after, y + 18.0 + BAR, "measure-chart__after")}
                </g>
            }
        })
        .collect();
    let labelled_by = id.clone();
    view! {
        <figure class="measure-chart">
            <svg role="img" aria-labelledby=labelled_by viewBox=format!("0 0 360 {height}") width="100%" style:max-width="36rem">
                <title id=id>{alt}</title>
                <rect class="measure-chart__before" x="0" y="2" width="14" height="14"/>
                <text x="20" y="14">{s::measure_before()}</text>
                <rect class="measure-chart__after" x="90" y="2" width="14" height="14"/>
                <text x="110" y="14">{s::measure_after()}</text>
                {rows}
            </svg>
            <figcaption>{caption}</figcaption>
        </figure>
    }
}
