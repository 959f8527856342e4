//! One player per activity kind. Each renders the core's model and records
//! progress through `ProgressStore`; rules (marking, grading) live in
//! `weerbaar_core::progress::assessment`.

pub mod cards;
pub mod choices;
pub mod final_test;
pub mod lesson;
pub mod mission;
pub mod order;
pub mod question;
pub mod quiz;
pub mod review;
pub mod round;
pub mod scenario;
pub mod scene;
