//! Lessons: each `##` section is a page; a page with a task list carries a
//! knowledge check (see [`question`](super::question)).

use super::super::document::{Block, Inline};
use super::question::{self, Question};
use super::Ctx;

/// A lesson: pages in order.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Lesson {
    /// The pages; text before the first `##` is a first page without title.
    pub pages: Vec<Page>,
}

/// One page of a lesson.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
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

/// Builds the pages of a lesson.
pub fn parse(ctx: &mut Ctx<'_>) -> Lesson {
    let mut pages = Vec::new();
    if !ctx.intro.is_empty() {
        pages.push(Page { id: "begin".into(), title: Vec::new(), blocks: ctx.intro.clone(), check: None });
    }
    for section in &ctx.sections {
        let check = question::from_section(section, ctx.diags);
        let blocks = match &check {
            Some(q) => q.intro.clone(),
            None => section.blocks.clone(),
        };
        pages.push(Page { id: section.id.clone(), title: section.title.clone(), blocks, check });
    }
    Lesson { pages }
}
