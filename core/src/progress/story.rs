//! Where a learner is in a branching scenario: the path of node ids from
//! the start. Kept in progress so a reload continues the story, and shown
//! at an ending as "the route you took". Kinds: `scenario`, and the chat
//! exercise of a `missie`.

use crate::content::kinds::scenario::Scenario;

/// The longest valid beginning of `stored` for `scenario`: it must start at
/// the first node and each step must be a choice of the step before. When
/// a trainer has since changed the scenario, the learner resumes at the
/// last step that still exists instead of at a broken one. Never empty
/// unless the scenario has no nodes.
pub fn resume(scenario: &Scenario, stored: &[String]) -> Vec<String> {
    let Some(start) = scenario.nodes.first() else { return Vec::new() };
    let mut path = vec![start.id.clone()];
    for next in stored.iter().skip(1) {
        let here = path.last().and_then(|id| scenario.node(id));
        if here.is_some_and(|n| n.choices.iter().any(|c| &c.target == next)) && scenario.node(next).is_some() {
            path.push(next.clone());
        } else {
            break;
        }
    }
    if stored.first().is_some_and(|s| s != &start.id) {
        path.truncate(1);
    }
    path
}

/// The path after taking the choice that leads to `target`, or `None` when
/// the current node has no such choice.
pub fn choose(scenario: &Scenario, path: &[String], target: &str) -> Option<Vec<String>> {
    let here = scenario.node(path.last()?)?;
    here.choices.iter().any(|c| c.target == target).then(|| {
        let mut next = path.to_vec();
        next.push(target.to_string());
        next
    })
}

/// One step back; the start stays the start.
pub fn back(path: &[String]) -> Vec<String> {
    let keep = path.len().saturating_sub(1).max(1).min(path.len());
    path[..keep].to_vec()
}

/// Whether the path ends at an ending (a node without choices).
pub fn at_ending(scenario: &Scenario, path: &[String]) -> bool {
    path.last().and_then(|id| scenario.node(id)).is_some_and(|n| n.choices.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::kinds::Items;
    use crate::content::parse_module;
    use proptest::prelude::*;

    fn scenario() -> Scenario {
        let src = "---\ntitel: T\nsoort: scenario\ndoelgroep: agrarier\n---\n\
            ## Begin {#begin}\nTekst\n\n- [Vragen](#vragen)\n- [Geld](#geld)\n\n\
            ## Vragen {#vragen}\nTekst\n\n- [Melden](#melden)\n- [Terug](#geld)\n\n\
            ## Geld {#geld}\nSlecht einde.\n\n\
            ## Melden {#melden}\nGoed einde.\n";
        let parsed = parse_module("t", src);
        assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
        match parsed.value.items {
            Items::Scenario(s) => s,
            _ => unreachable!(),
        }
    }

    fn p(ids: &[&str]) -> Vec<String> {
        ids.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_story_goes_forward_back_and_ends() {
        let s = scenario();
        let start = resume(&s, &[]);
        assert_eq!(start, p(&["begin"]));
        assert_eq!(choose(&s, &start, "melden"), None, "not a choice here");
        let step = choose(&s, &start, "vragen").unwrap();
        let end = choose(&s, &step, "melden").unwrap();
        assert!(at_ending(&s, &end));
        assert!(!at_ending(&s, &step));
        assert_eq!(back(&end), step);
        assert_eq!(back(&start), start);
    }

    #[test]
    fn a_changed_scenario_resumes_at_the_last_step_that_still_fits() {
        let s = scenario();
        assert_eq!(resume(&s, &p(&["begin", "vragen", "weg", "melden"])), p(&["begin", "vragen"]));
        assert_eq!(resume(&s, &p(&["begin", "melden"])), p(&["begin"]));
        assert_eq!(resume(&s, &p(&["oud-begin", "vragen"])), p(&["begin"]));
    }

    proptest! {
        #[test]
        fn any_stored_path_resumes_to_a_valid_one(stored in proptest::collection::vec("(begin|vragen|geld|melden|x)", 0..8)) {
            let s = scenario();
            let path = resume(&s, &stored);
            prop_assert_eq!(&path[0], "begin");
            for pair in path.windows(2) {
                prop_assert!(s.node(&pair[0]).unwrap().choices.iter().any(|c| c.target == pair[1]));
            }
        }
    }
}
