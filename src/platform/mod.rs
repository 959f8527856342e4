//! Browser adapters: the only code that touches `window()`.
//!
//! Invariant: everything here fails soft. A blocked, full or missing browser
//! feature becomes a value the app can show a notice for, never a panic.

pub mod dom;
pub mod fetch;
pub mod files;
pub mod lms;
pub mod offline;
pub mod speech;
pub mod storage;

/// Lets the browser handle input and paint before the caller goes on: long
/// work (parsing a 2 000-question quiz, then marking its glossary terms) is
/// cut into tasks, so no single one freezes the page (issue 20). A microtask
/// (`leptos::task::tick`) would not do: the browser only gets a turn between
/// tasks.
pub async fn next_task() {
    let (done, waiting) = futures::channel::oneshot::channel();
    leptos::prelude::set_timeout(
        move || {
            let _ = done.send(());
        },
        std::time::Duration::ZERO,
    );
    // A dropped sender (never: the timeout always fires) just goes on.
    let _ = waiting.await;
}

/// Milliseconds since the epoch, from the browser clock.
pub fn now() -> u64 {
    js_sys::Date::now() as u64
}

/// The learner's local calendar day of a moment, as (year, month 1-12, day).
pub fn local_day(millis: u64) -> (i32, u32, u32) {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(millis as f64));
    (date.get_full_year() as i32, date.get_month() + 1, date.get_date())
}

/// Opens the browser's print dialog (which also saves as PDF).
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}
