//! "Signaal of niet?" cards: every task-list item is a card; `[x]` means
//! "this is a signal"; a quote under the card explains why.
//!
//! ```markdown
//! - [x] De buren plakken alle ramen af met folie.
//!   > Afgeplakte ramen kunnen wijzen op een hennepkwekerij.
//! - [ ] Een buurman krijgt elke dag een pakketje.
//!   > Veel online bestellen is heel gewoon.
//! ```

use super::super::diagnostic::{Code, Diagnostic, Span};
use super::super::document::{not_a_task_item, Block, ListItem};
use super::section::slug;
use super::Ctx;

/// One card.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Card {
    /// Derived from the text; stable while the text stays the same, so
    /// spaced repetition can remember which cards were missed.
    pub id: String,
    /// The situation.
    pub content: Vec<Block>,
    /// `[x]`: this is a signal.
    pub signal: bool,
    /// Why it is or is not a signal.
    pub explanation: Vec<Block>,
    /// The `##` group the card was in, if any (e.g. an audience).
    pub group: Option<String>,
}

/// Every task-list item in the file becomes a card.
pub fn parse(ctx: &mut Ctx<'_>) -> Vec<Card> {
    let mut cards = Vec::new();
    collect(&ctx.intro, None, &mut cards, ctx.diags);
    for s in &ctx.sections {
        collect(&s.blocks, Some(s.title_text()), &mut cards, ctx.diags);
    }
    if cards.is_empty() {
        let at: Span = ctx.sections.first().map_or(0..0, |s| s.span.clone());
        ctx.diags.push(Diagnostic::new(Code::DeckEmpty, at, "In dit bestand staan geen kaarten."));
    }
    // Two cards with the same text would share an id: number the repeats.
    for i in 0..cards.len() {
        let n = cards[..i].iter().filter(|c| c.id == cards[i].id || c.id.starts_with(&format!("{}-", cards[i].id))).count();
        if n > 0 {
            cards[i].id = format!("{}-{}", cards[i].id, n + 1);
        }
    }
    cards
}

/// A list item's text and the `>` explanation under it.
pub fn explained(item: &ListItem) -> (Vec<Block>, Vec<Block>) {
    let (explanation, content): (Vec<Block>, Vec<Block>) = item.blocks.iter().cloned().partition(|b| matches!(b, Block::Quote { callout: None, .. }));
    let explanation = explanation
        .into_iter()
        .flat_map(|b| match b {
            Block::Quote { blocks, .. } => blocks,
            other => vec![other],
        })
        .collect();
    (content, explanation)
}

/// Whether `block` is a list of cards (a task list), not text around them.
pub fn is_deck(block: &Block) -> bool {
    matches!(block, Block::List { items, .. } if items.iter().any(|i| i.checked.is_some()))
}

fn collect(blocks: &[Block], group: Option<String>, cards: &mut Vec<Card>, diags: &mut Vec<Diagnostic>) {
    for b in blocks {
        let Block::List { items, .. } = b else { continue };
        if !is_deck(b) {
            continue;
        }
        for item in items {
            match item.checked {
                Some(signal) => cards.push(card(item, signal, group.clone(), diags)),
                None => diags.push(Diagnostic::new(
                    Code::MixedTaskList,
                    item.span.clone(),
                    not_a_task_item(item, "Deze kaart begint niet met [x] (signaal) of [ ] (geen signaal)."),
                )),
            }
        }
    }
}

fn card(item: &ListItem, signal: bool, group: Option<String>, diags: &mut Vec<Diagnostic>) -> Card {
    let (content, explanation) = explained(item);
    if explanation.is_empty() {
        diags.push(Diagnostic::new(Code::CardNoExplanation, item.span.clone(), "Bij deze kaart staat geen uitleg."));
    }
    let text = super::super::document::plain_text_blocks(&content);
    let id = slug(&text.chars().take(60).collect::<String>());
    Card { id, content, signal, explanation, group }
}
