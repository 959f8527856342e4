//! Pure core of Weerbaar: everything that decides *what* the app shows and
//! *how* progress is kept, with no browser types.
//!
//! Invariant: this crate never depends on Leptos, web-sys or wasm-bindgen, so
//! that `cargo test -p weerbaar-core` runs natively and the same parser serves
//! the app, the command-line checker and the tests.
#![warn(missing_docs)]

pub mod content;
pub mod date;
pub mod lms;
pub mod measure;
pub mod password;
pub mod present;
pub mod progress;
pub mod reading;
pub mod route;
pub mod ui_text;
