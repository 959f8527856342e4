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

use super::super::diagnostic::{Code, Diagnostic, Span};
use super::super::document::{Block, Inline, ListItem};
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
    /// Where the link was written, so a wrong target is named at its own
    /// line, not at the heading above. Only the parsers' messages read it;
    /// the build's `.json` of a module leaves it out.
    #[serde(skip)]
    pub span: Span,
}

impl Scenario {
    /// The node with `id`.
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.nodes.iter().find(|n| n.id == id)
    }
}

/// Builds a scenario and checks that every path can end.
pub fn parse(ctx: &mut Ctx<'_>) -> Scenario {
    build(ctx.src, ctx.intro.clone(), &ctx.sections, ctx.diags)
}

/// A scenario from `sections` (`##` in a scenario file, `###` in a
/// mission's chat), with every path checked. `src` is the whole file, to
/// find where each choice's link starts.
pub fn build(src: &str, intro: Vec<Block>, sections: &[Section], diags: &mut Vec<Diagnostic>) -> Scenario {
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
                match as_choice(src, item) {
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
    for (_, node) in &nodes {
        for c in &node.choices {
            if !ids.contains(c.target.as_str()) {
                diags.push(Diagnostic::new(
                    Code::ChoiceUnknownNode,
                    c.span.clone(),
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

fn as_choice(src: &str, item: &ListItem) -> Option<Choice> {
    let [Block::Paragraph { content, .. }] = item.blocks.as_slice() else { return None };
    let links: Vec<&Inline> = content.iter().filter(|i| !matches!(i, Inline::Text(t) if t.trim().is_empty())).collect();
    match links.as_slice() {
        [Inline::Link { href, content }] => {
            let target = href.strip_prefix('#')?;
            Some(Choice { label: content.clone(), target: target.to_string(), span: link_span(src, &item.span) })
        }
        _ => None,
    }
}

/// Where the link of the choice item at `item` is written: from its `[` to
/// the end of that line. The item's own span starts at the `-`, and a tight
/// list item has no paragraph span of its own to use instead.
fn link_span(src: &str, item: &Span) -> Span {
    let text = src.get(item.clone()).unwrap_or("");
    let Some(open) = text.find('[') else { return item.clone() };
    let line = text[open..].lines().next().unwrap_or("");
    item.start + open..item.start + open + line.trim_end().len()
}

#[cfg(test)]
mod tests {
    use super::super::super::diagnostic::Located;
    use super::super::super::module::parse_module;
    use super::*;

    /// Line and column of every diagnostic with `code`.
    fn places(src: &str, code: Code) -> Vec<(usize, usize)> {
        let diags: Vec<Diagnostic> = parse_module("inwoner/x", src).diagnostics.into_iter().filter(|d| d.code == code).collect();
        Located::all("inwoner/x.md", src, &diags).iter().map(|l| (l.line, l.col)).collect()
    }

    #[test]
    fn a_choice_to_a_missing_part_is_named_at_its_link() {
        let src = "---\ntitel: T\nsoort: scenario\ndoelgroep: inwoner\n---\n\n## Begin {#start}\n\nWat doe je?\n\n- [Bellen](#einde)\n- [Wachten](#wachtn)\n\n## Einde {#einde}\n\nKlaar.\n";
        assert_eq!(places(src, Code::ChoiceUnknownNode), [(12, 3)]);
        // Loose list and the link further along the line.
        let src = src.replace("- [Bellen](#einde)\n", "- [Bellen](#einde)\n\n").replace("- [Wachten]", "-   [Wachten]");
        assert_eq!(places(&src, Code::ChoiceUnknownNode), [(13, 5)]);
    }

    #[test]
    fn a_chat_choice_to_a_missing_part_is_named_at_its_link() {
        let src = "---\ntitel: T\nsoort: missie\ndoelgroep: jeugd\n---\n\n## Chat {#chat}\n\noefening: chat\n\n### Start {#start}\n\nHoi!\n\n- [Ja](#ja)\n- [Nee](#nee)\n\n### Ja {#ja}\n\nOk.\n";
        assert_eq!(places(src, Code::ChoiceUnknownNode), [(16, 3)]);
    }
}
