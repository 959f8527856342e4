//! Branching scenarios: each `##` heading is a node; a list item that is a
//! link to `#node` is a choice. A node without choices is an ending. The
//! first node is the start.
//!
//! ```markdown
//! ## Een nette meneer op het erf {#start}
//! Hij wil je schuur huren en betaalt contant vooruit.
//! - [Je vraagt naar zijn bedrijf en een contract](#vragen)
//! - [Je neemt het geld aan](#geld)
//! ```

use std::collections::{BTreeMap, BTreeSet};

use super::super::diagnostic::{Code, Diagnostic};
use super::super::document::{Block, Inline};
use super::section::Section;
use super::Ctx;

/// A branching scenario.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Scenario {
    /// Text before the first node.
    pub intro: Vec<Block>,
    /// Nodes; the first is the start.
    pub nodes: Vec<Node>,
}

/// One situation in a scenario.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Node {
    /// `{#id}` or derived from the heading.
    pub id: String,
    /// Heading.
    pub title: Vec<Inline>,
    /// What happens here.
    pub blocks: Vec<Block>,
    /// Where the learner can go next; empty for an ending.
    pub choices: Vec<Choice>,
}

/// One choice.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Choice {
    /// What the learner does.
    pub label: Vec<Inline>,
    /// Id of the node it leads to.
    pub target: String,
}

impl Scenario {
    /// The node with `id`.
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.nodes.iter().find(|n| n.id == id)
    }
}

/// Builds a scenario and checks that every path can end.
pub fn parse(ctx: &mut Ctx<'_>) -> Scenario {
    build(ctx.intro.clone(), &ctx.sections, ctx.diags)
}

/// A scenario from `sections` (`##` in a scenario file, `###` in a
/// mission's chat), with every path checked.
pub fn build(intro: Vec<Block>, sections: &[Section], diags: &mut Vec<Diagnostic>) -> Scenario {
    let mut nodes = Vec::new();
    for s in sections {
        let mut blocks = Vec::new();
        let mut choices = Vec::new();
        for b in &s.blocks {
            let Block::List { items, .. } = b else {
                blocks.push(b.clone());
                continue;
            };
            for item in items {
                match as_choice(&item.blocks) {
                    Some(choice) => choices.push(choice),
                    None => diags.push(Diagnostic::new(
                        Code::ChoiceNoLink,
                        item.span.clone(),
                        "Deze keuze is geen link naar een ander deel van het scenario.",
                    )),
                }
            }
        }
        nodes.push((s.span.clone(), Node { id: s.id.clone(), title: s.title.clone(), blocks, choices }));
    }
    if nodes.len() < 2 {
        let at = nodes.first().map_or(0..0, |(span, _)| span.clone());
        diags.push(Diagnostic::new(Code::ScenarioTooShort, at, "Dit scenario heeft te weinig delen."));
    }
    let ids: BTreeSet<&str> = nodes.iter().map(|(_, n)| n.id.as_str()).collect();
    for (span, node) in &nodes {
        for c in &node.choices {
            if !ids.contains(c.target.as_str()) {
                diags.push(Diagnostic::new(
                    Code::ChoiceUnknownNode,
                    span.clone(),
                    format!("Een keuze in \"{}\" leidt naar #{}, maar dat kopje bestaat niet.", node.id, c.target),
                ));
            }
        }
    }
    if let Some((_, start)) = nodes.first() {
        let edges: BTreeMap<&str, Vec<&str>> =
            nodes.iter().map(|(_, n)| (n.id.as_str(), n.choices.iter().map(|c| c.target.as_str()).collect())).collect();
        let reachable = reach(&edges, start.id.as_str());
        let endings: BTreeSet<&str> = nodes.iter().filter(|(_, n)| n.choices.is_empty()).map(|(_, n)| n.id.as_str()).collect();
        for (span, node) in &nodes {
            if !reachable.contains(node.id.as_str()) {
                diags.push(Diagnostic::new(Code::NodeUnreachable, span.clone(), format!("Geen enkele keuze leidt naar \"{}\".", node.id)));
            } else if !reach(&edges, node.id.as_str()).iter().any(|id| endings.contains(id)) {
                diags.push(Diagnostic::new(Code::NoWayOut, span.clone(), format!("Vanaf \"{}\" kan de speler nooit bij een einde komen.", node.id)));
            }
        }
    }
    Scenario { intro, nodes: nodes.into_iter().map(|(_, n)| n).collect() }
}

fn reach<'a>(edges: &BTreeMap<&'a str, Vec<&'a str>>, from: &'a str) -> BTreeSet<&'a str> {
    let mut seen = BTreeSet::new();
    let mut todo = vec![from];
    while let Some(id) = todo.pop() {
        if seen.insert(id) {
            todo.extend(edges.get(id).into_iter().flatten().copied());
        }
    }
    seen
}

fn as_choice(blocks: &[Block]) -> Option<Choice> {
    let [Block::Paragraph { content, .. }] = blocks else { return None };
    let links: Vec<&Inline> = content.iter().filter(|i| !matches!(i, Inline::Text(t) if t.trim().is_empty())).collect();
    match links.as_slice() {
        [Inline::Link { href, content }] => {
            let target = href.strip_prefix('#')?;
            Some(Choice { label: content.clone(), target: target.to_string() })
        }
        _ => None,
    }
}
