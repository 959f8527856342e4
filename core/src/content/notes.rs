//! Trainer notes: a fenced block that only presenter mode shows.
//!
//! ````markdown
//! ## De kapper zonder klanten {#kapper}
//! ```trainer
//! Vraag de groep: wie kent zo'n zaak? Laat iemand vertellen waarom het opviel.
//! ```
//! ````
//!
//! Notes are taken out of the document while it is parsed, before any kind
//! parser or view sees it, so no learner page can show them by accident:
//! they live only in [`Module::notes`](super::Module::notes).

use std::collections::BTreeMap;

use super::document::{plain_text, Block, ListItem};
use super::kinds::section::slug;

/// The info word after the opening fence.
pub const FENCE_WORD: &str = "trainer";

/// Notes per item id (the `##` section they were written in); notes before
/// the first `##` are under the empty id.
pub type Notes = BTreeMap<String, Vec<String>>;

/// Removes every trainer block from `body` (also inside lists and quotes)
/// and returns the body without them plus the notes by section id.
pub fn extract(body: Vec<Block>) -> (Vec<Block>, Notes) {
    let mut notes = Notes::new();
    let mut section = String::new();
    let mut kept = Vec::with_capacity(body.len());
    for block in body {
        if let Block::Heading { level: 2, content, id, .. } = &block {
            section = id.clone().filter(|i| !i.is_empty()).unwrap_or_else(|| slug(&plain_text(content)));
        }
        if let Some(b) = strip(block, &section, &mut notes) {
            kept.push(b);
        }
    }
    (kept, notes)
}

fn is_note(info: &Option<String>) -> bool {
    info.as_deref().is_some_and(|i| i.split_whitespace().next().is_some_and(|w| w.eq_ignore_ascii_case(FENCE_WORD)))
}

fn strip(block: Block, section: &str, notes: &mut Notes) -> Option<Block> {
    match block {
        Block::Code { info, text, .. } if is_note(&info) => {
            let text = text.trim().to_string();
            if !text.is_empty() {
                notes.entry(section.to_string()).or_default().push(text);
            }
            None
        }
        Block::List { start, items } => {
            let items = items
                .into_iter()
                .map(|item| ListItem { blocks: item.blocks.into_iter().filter_map(|b| strip(b, section, notes)).collect(), ..item })
                .collect();
            Some(Block::List { start, items })
        }
        Block::Quote { callout, blocks, span } => {
            Some(Block::Quote { callout, blocks: blocks.into_iter().filter_map(|b| strip(b, section, notes)).collect(), span })
        }
        other => Some(other),
    }
}

#[cfg(test)]
mod tests {
    use crate::content::parse_module;

    const SRC: &str = "---\ntitel: Q\nsoort: quiz\ndoelgroep: inwoner\n---\n```trainer\nWelkom iedereen.\n```\n\n\
        ## Wat doe je? {#vaten}\n\n```Trainer\nVraag wie dit kent.\n```\n\n- [x] Bellen\n  > Goed.\n\n  ```trainer\n  In de lijst.\n  ```\n- [ ] Niets\n  > Liever niet.\n\n\
        > [!NOTE]\n> Uitleg.\n>\n> ```trainer\n> In de uitleg.\n> ```\n";

    #[test]
    fn notes_are_taken_out_wherever_they_are_written() {
        let m = parse_module("q", SRC);
        assert!(m.diagnostics.is_empty(), "{:?}", m.diagnostics);
        let notes = &m.value.notes;
        assert_eq!(notes[""], vec!["Welkom iedereen."]);
        assert_eq!(notes["vaten"], vec!["Vraag wie dit kent.", "In de lijst.", "In de uitleg."]);
        let json = serde_json::to_string(&(&m.value.body, &m.value.items)).unwrap();
        for text in ["Welkom", "Vraag wie", "In de lijst", "In de uitleg"] {
            assert!(!json.contains(text), "{text} leaked into the learner model");
        }
    }
}
