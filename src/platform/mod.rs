//! Browser adapters: the only code that touches `window()`.
//!
//! Invariant: everything here fails soft. A blocked, full or missing browser
//! feature becomes a value the app can show a notice for, never a panic.

pub mod dom;
pub mod fetch;
pub mod files;
pub mod offline;
pub mod storage;

/// Milliseconds since the epoch, from the browser clock.
pub fn now() -> u64 {
    js_sys::Date::now() as u64
}
