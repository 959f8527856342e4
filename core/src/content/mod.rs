//! Trainer-written content: Markdown in, typed model plus diagnostics out.
//!
//! Every parser here is total: any input gives a value and a list of
//! [`Diagnostic`]s, never a panic and never an `Err` that loses the rest.

pub mod audience;
pub mod authoring;
pub mod catalogue;
pub mod check;
pub mod contrast;
pub mod count;
pub mod diagnostic;
pub mod document;
pub mod encoding;
pub mod front_matter;
pub mod glossary;
pub mod kinds;
pub mod line_index;
pub mod module;
pub mod notes;
pub mod paths;
pub mod picture;
pub mod preparsed;
pub mod site;
pub mod statement;
pub mod templates;
pub mod translation;

pub use audience::Audience;
pub use catalogue::{parse_catalogue, Catalogue};
pub use diagnostic::{Code, Diagnostic, Located, Parsed, Severity};
pub use glossary::{parse_glossary, Glossary};
pub use line_index::LineIndex;
pub use module::{parse_module, Module};
pub use site::{parse_site, SiteConfig};
