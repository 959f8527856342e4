//! Lessons: each `##` section is a page; a page with a task list carries a
//! knowledge check (see [`question`](super::question)). A `#` heading (by
//! convention `# Toets`) starts the final test: every `##` after it is a
//! test question.

use super::super::diagnostic::{Code, Diagnostic};
use super::super::document::{Block, Inline};
use super::question::{self, Question};
use super::Ctx;

/// A lesson: pages in order.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Lesson {
    /// The pages; text before the first `##` is a first page without title.
    pub pages: Vec<Page>,
    /// The final test, after `# Toets`; empty when the lesson has none.
    pub test: Vec<Question>,
}

/// One page of a lesson.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Page {
    /// From `{#id}` or the heading.
    pub id: String,
    /// Heading; empty for the opening page.
    pub title: Vec<Inline>,
    /// Page text (for a check: the text before the options).
    pub blocks: Vec<Block>,
    /// A knowledge check on this page.
    pub check: Option<Question>,
}

/// Builds the pages and the final test of a lesson.
pub fn parse(ctx: &mut Ctx<'_>) -> Lesson {
    let mut pages = Vec::new();
    let mut test = Vec::new();
    let (intro, mut in_test) = strip_test_heading(&ctx.intro);
    if !intro.is_empty() {
        pages.push(Page { id: "begin".into(), title: Vec::new(), blocks: intro, check: None });
    }
    for section in &ctx.sections {
        if in_test {
            match question::from_section(section, ctx.diags) {
                Some(q) => test.push(q),
                None => ctx.diags.push(Diagnostic::new(
                    Code::QuestionNoOptions,
                    section.span.clone(),
                    format!("\"{}\" staat in de toets, maar er staan geen antwoorden bij.", section.title_text()),
                )),
            }
            continue;
        }
        let (blocks, starts_test) = strip_test_heading(&section.blocks);
        let check = question::from_section(section, ctx.diags);
        let blocks = match &check {
            Some(q) => q.intro.clone(),
            None => blocks,
        };
        pages.push(Page { id: section.id.clone(), title: section.title.clone(), blocks, check });
        in_test = starts_test;
    }
    Lesson { pages, test }
}

/// Splits off a level-1 heading (the start of the test) and what follows it.
fn strip_test_heading(blocks: &[Block]) -> (Vec<Block>, bool) {
    match blocks.iter().position(|b| matches!(b, Block::Heading { level: 1, .. })) {
        Some(at) => (blocks[..at].to_vec(), true),
        None => (blocks.to_vec(), false),
    }
}

#[cfg(test)]
mod tests {
    use crate::content::kinds::Items;
    use crate::content::parse_module;

    #[test]
    fn a_hash_heading_starts_the_final_test() {
        let q = "- [x] Ja\n  > Goed.\n- [ ] Nee\n  > Jammer.\n";
        let src = format!("---\ntitel: L\nsoort: les\ndoelgroep: medewerker\n---\nWelkom.\n\n## Pagina\n\nTekst.\n\n## Check\n\n{q}\n# Toets\n\n## Vraag 1\n\n{q}\n## Vraag 2\n\n{q}");
        let p = parse_module("m", &src);
        assert_eq!(p.diagnostics, vec![]);
        let Items::Lesson(l) = p.value.items else { panic!() };
        assert_eq!(l.pages.len(), 3);
        assert!(l.pages[2].check.is_some());
        assert_eq!(l.test.len(), 2);
        let broken = "---\ntitel: L\nsoort: les\ndoelgroep: medewerker\n---\n# Toets\n\n## Geen vraag\n\nTekst.\n";
        let codes: Vec<_> = parse_module("m", broken).diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(codes, [crate::content::Code::QuestionNoOptions]);
    }
}
