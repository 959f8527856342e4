//! A before/after bar chart: per row a bar for "voor" and one for "na",
//! with a legend. Used by the trainer's combined measurements and by a
//! learner's own growth, which draw the same picture of different figures.
//!
//! Accessibility criteria:
//! - Must: the chart is one image (`role="img"`) whose name (`alt`) says
//!   where the same figures are in text; colour is never the only
//!   difference (the legend names "voor" and "na").

use leptos::prelude::*;

use crate::app::strings as s;

/// Height of one row (label plus two bars), in SVG units.
const ROW: f64 = 60.0;
/// Height of one bar.
const BAR: f64 = 16.0;
/// Width of a full bar (a share of 1).
const WIDTH: f64 = 300.0;

/// One bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// Its length as a share of the full width, 0 to 1.
    pub share: f64,
    /// The figure written after it ("40 %"), if any. A bar without one is
    /// drawn at least 2 units long, so a zero still shows an answer was
    /// given; one with a figure says so in the figure.
    pub value: Option<String>,
}

/// One row of the chart; a missing bar is a figure not shown (not taken,
/// or too few people).
#[derive(Debug, Clone, PartialEq)]
pub struct ChartRow {
    /// What the row is about.
    pub label: String,
    /// The bar for "voor".
    pub before: Option<Bar>,
    /// The bar for "na".
    pub after: Option<Bar>,
}

/// The chart.
#[component]
pub fn BeforeAfterChart(
    /// The rows, top to bottom.
    rows: Vec<ChartRow>,
    /// The id of the chart's name, unique on the page.
    id: String,
    /// The chart's name, saying where its figures are in text.
    alt: &'static str,
    /// The caption under it.
    caption: &'static str,
) -> impl IntoView {
    let height = ROW * rows.len() as f64 + 30.0;
    let bar = |bar: Option<Bar>, y: f64, class: &'static str| {
        bar.map(|Bar { share, value }| {
            let width = if value.is_some() { share * WIDTH } else { (share * WIDTH).max(2.0) };
            view! {
                <rect class=class x="0" y=y width=width height=BAR/>
                {value.map(|v| view! { <text class="measure-chart__value" x=width + 6.0 y=y + BAR - 3.0>{v}</text> })}
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
                <text x="20" y="14">{s::MEASURE_BEFORE}</text>
                <rect class="measure-chart__after" x="90" y="2" width="14" height="14"/>
                <text x="110" y="14">{s::MEASURE_AFTER}</text>
                {rows}
            </svg>
            <figcaption>{caption}</figcaption>
        </figure>
    }
}
