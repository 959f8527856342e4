//! `content/toegankelijkheid.md`: the accessibility statement. Its status,
//! date, contact and known gaps belong to the organisation that publishes
//! the site, so it is content the organisation edits, not app text; without
//! the file the app shows a short general statement.

use super::diagnostic::{Diagnostic, Parsed};
use super::document::{parse_body, plain_text, Block};

/// The file, relative to the content folder.
pub const FILE: &str = "toegankelijkheid.md";

/// The statement as the page shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    /// The first `#` heading (the page title), if the file has one.
    pub title: Option<String>,
    /// Everything else, in order.
    pub blocks: Vec<Block>,
}

/// Parses the statement. Total: any text gives a statement.
pub fn parse_statement(src: &str) -> Parsed<Statement> {
    let mut diagnostics: Vec<Diagnostic> = Vec::new();
    super::encoding::report_not_utf8(src, &mut diagnostics);
    let mut blocks = parse_body(src, 0, &mut diagnostics);
    let title = match blocks.first() {
        Some(Block::Heading { level: 1, content, .. }) => Some(plain_text(content)),
        _ => None,
    };
    if title.is_some() {
        blocks.remove(0);
    }
    Parsed { value: Statement { title, blocks }, diagnostics }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_heading_is_the_title_and_the_rest_the_page() {
        let s = parse_statement("# Toegankelijkheid\n\n## Status\n\nC.\n").value;
        assert_eq!(s.title.as_deref(), Some("Toegankelijkheid"));
        assert!(matches!(s.blocks.first(), Some(Block::Heading { level: 2, .. })));
        let untitled = parse_statement("Alleen tekst.").value;
        assert_eq!(untitled.title, None);
        assert_eq!(untitled.blocks.len(), 1);
        assert_eq!(parse_statement("").value.blocks, Vec::new());
    }
}
