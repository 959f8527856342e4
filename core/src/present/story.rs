//! Presenting a branching scenario: it is stepped along the route the group
//! chooses, not by slides, and a situation with much text is shown in parts
//! (as a long lesson page is) with its choices on the last part.

use crate::content::kinds::scenario::{Node, Scenario};
use crate::progress::story;

use super::page_parts;

/// Where the presenter is in a scenario.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct StoryPosition {
    /// The situations shown so far, the current one last.
    pub path: Vec<String>,
    /// Which part of the current situation is on screen.
    pub part: usize,
}

impl StoryPosition {
    /// The first situation, first part.
    pub fn start(scenario: &Scenario) -> StoryPosition {
        StoryPosition { path: story::resume(scenario, &[]), part: 0 }
    }

    /// The situation on screen.
    pub fn node<'s>(&self, scenario: &'s Scenario) -> Option<&'s Node> {
        scenario.node(self.path.last()?)
    }

    /// How many parts the current situation is shown in (at least one).
    pub fn parts(&self, scenario: &Scenario) -> usize {
        self.node(scenario).map_or(1, |n| page_parts(&n.blocks).len())
    }

    /// Whether this is the situation's last part, where its choices show.
    pub fn is_last_part(&self, scenario: &Scenario) -> bool {
        self.part + 1 >= self.parts(scenario)
    }

    /// Whether "next" does anything: only within a situation; moving on
    /// takes a choice.
    pub fn can_go_forward(&self, scenario: &Scenario) -> bool {
        !self.is_last_part(scenario)
    }

    /// The next part of the situation; at its last part nothing changes.
    pub fn forward(&self, scenario: &Scenario) -> StoryPosition {
        let part = if self.can_go_forward(scenario) { self.part + 1 } else { self.part };
        StoryPosition { part, ..self.clone() }
    }

    /// The previous part, else the previous situation (from its start);
    /// the first situation's first part stays.
    pub fn backward(&self) -> StoryPosition {
        match self.part.checked_sub(1) {
            Some(part) => StoryPosition { part, ..self.clone() },
            None => StoryPosition { path: story::back(&self.path), part: 0 },
        }
    }

    /// Follows choice `n` (from 0) of the current situation; `None` for a
    /// choice it does not have.
    pub fn choose(&self, scenario: &Scenario, n: usize) -> Option<StoryPosition> {
        let target = &self.node(scenario)?.choices.get(n)?.target;
        Some(StoryPosition { path: story::choose(scenario, &self.path, target)?, part: 0 })
    }

    /// The key of the situation on screen, for notes and hand counts.
    pub fn item_key(&self) -> String {
        self.path.last().cloned().unwrap_or_default()
    }

    /// Whether the group is still at the opening situation (its notes
    /// include the module's general notes).
    pub fn at_start(&self) -> bool {
        self.path.len() <= 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::kinds::Items;
    use crate::content::parse_module;

    fn scenario() -> Scenario {
        let long = "Een zin over wat er in de winkel gebeurt en wat je ziet en hoort. ".repeat(10);
        let src = format!(
            "---\ntitel: S\nsoort: scenario\ndoelgroep: medewerker\n---\n## Begin {{#begin}}\n\n{long}\n\n{long}\n\n- [Bellen](#bel)\n- [Wachten](#wacht)\n\n## Bel {{#bel}}\n\nGoed.\n\n## Wacht {{#wacht}}\n\nJammer.\n"
        );
        let parsed = parse_module("s", &src);
        match parsed.value.items {
            Items::Scenario(s) => s,
            other => panic!("{other:?} {:?}", parsed.diagnostics),
        }
    }

    #[test]
    fn a_long_situation_is_stepped_in_parts_then_waits_for_a_choice() {
        let sc = scenario();
        let mut at = StoryPosition::start(&sc);
        assert_eq!((at.path.clone(), at.part, at.at_start()), (vec!["begin".to_string()], 0, true));
        let parts = at.parts(&sc);
        assert!(parts >= 2, "{parts}");
        for _ in 1..parts {
            assert!(at.can_go_forward(&sc));
            at = at.forward(&sc);
        }
        assert!(at.is_last_part(&sc) && !at.can_go_forward(&sc));
        assert_eq!(at.forward(&sc), at, "the last part waits for a choice");
        assert_eq!(at.choose(&sc, 5), None, "no sixth choice");
        let bel = at.choose(&sc, 0).unwrap();
        assert_eq!((bel.path.clone(), bel.part, bel.item_key()), (vec!["begin".to_string(), "bel".to_string()], 0, "bel".to_string()));
        assert!(!bel.at_start());
    }

    #[test]
    fn back_goes_a_part_then_a_situation_and_stops_at_the_start() {
        let sc = scenario();
        let start = StoryPosition::start(&sc);
        assert_eq!(start.backward(), start);
        let second = start.forward(&sc);
        assert_eq!(second.backward(), start);
        let last = (1..start.parts(&sc)).fold(start.clone(), |at, _| at.forward(&sc));
        let wacht = last.choose(&sc, 1).unwrap();
        assert_eq!(wacht.backward(), start, "back to the previous situation, from its start");
    }
}
