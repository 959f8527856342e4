//! Before/after measurement ("meting"): does a session change what people
//! know and how ready they are to report, without collecting anything about
//! a person?
//!
//! - [`model`]: a measurement set as a trainer writes it (knowledge items in
//!   pairs, before and after, plus willingness statements).
//! - [`parse`]: Markdown -> [`Measure`] with diagnostics, total like every
//!   content parser.
//! - [`figure`]: percentages and small-cell suppression (a group under
//!   [`MIN_GROUP`] is "te weinig deelnemers", a typed value).
//! - [`session`]: one group session's counts per answer, before and after.
//! - [`csv`]: a session report as CSV, written and read back (refusing
//!   malformed files with the line).
//! - [`overview`]: several sessions combined per audience and period, with
//!   conclusions in plain Dutch.
//! - [`learner`]: one learner's own before/after, for "Mijn voortgang".
//! - [`words`]: every Dutch sentence this module produces, in one place.
//!
//! Pure: no browser types, no clock, no storage. The app supplies the date
//! and keeps the results.

pub mod csv;
pub mod day;
pub mod figure;
pub mod learner;
pub mod model;
pub mod overview;
pub mod parse;
pub mod session;
pub mod words;

pub use day::Day;
pub use figure::{Figure, MIN_GROUP};
pub use model::{KnowledgePair, Measure, Phase, Statement, SCALE_POINTS};
pub use parse::{parse_measure, MEASURE_KIND};
pub use session::{ItemCounts, ItemKind, Session, Tally};
