//! One player per activity kind. Each renders the core's model and records
//! progress through `ProgressStore`; rules (marking, grading) live in
//! `weerbaar_core::progress::assessment`.

pub mod lesson;
pub mod question;
