//! Presenter mode as data: which slides a module has and how a clicker
//! steps through them ("next" first reveals the answer, then moves on).
//! Branching scenarios step by choice instead (see `progress::story`).

use crate::content::kinds::Items;

/// What a slide shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slide {
    /// Lesson page `n` (its knowledge check, if any, can be revealed).
    Page(usize),
    /// Lesson test question or quiz question `n`.
    Question(usize),
    /// Card `n`.
    Card(usize),
    /// The whole scene; revealing marks the signals.
    Scene,
}

/// Where the presenter is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Position {
    /// Index into the slides.
    pub index: usize,
    /// Whether the answer is showing.
    pub revealed: bool,
}

/// The slides of a module, in order. Empty for scenarios and missions.
pub fn slides(items: &Items) -> Vec<Slide> {
    match items {
        Items::Lesson(l) => (0..l.pages.len()).map(Slide::Page).chain((0..l.test.len()).map(Slide::Question)).collect(),
        Items::Quiz(q) => (0..q.len()).map(Slide::Question).collect(),
        Items::Cards(c) => (0..c.len()).map(Slide::Card).collect(),
        Items::Scene(_) => vec![Slide::Scene],
        // Missions are played by the children themselves; the teacher's
        // page is what a class session needs.
        Items::Scenario(_) | Items::Mission(_) => Vec::new(),
    }
}

/// Whether `slide` has an answer to reveal.
pub fn has_answer(items: &Items, slide: Slide) -> bool {
    match (items, slide) {
        (Items::Lesson(l), Slide::Page(n)) => l.pages.get(n).is_some_and(|p| p.check.is_some()),
        (_, Slide::Page(_)) => false,
        _ => true,
    }
}

/// One step forward: reveal the answer if there is one to reveal, else
/// the next slide. Stays on the last slide once everything is shown.
pub fn forward(items: &Items, slides: &[Slide], at: Position) -> Position {
    let Some(&slide) = slides.get(at.index) else { return Position::default() };
    if !at.revealed && has_answer(items, slide) {
        return Position { revealed: true, ..at };
    }
    if at.index + 1 < slides.len() {
        Position { index: at.index + 1, revealed: false }
    } else {
        at
    }
}

/// One step back: hide the answer, else the previous slide with its answer
/// showing (as it was left).
pub fn backward(items: &Items, slides: &[Slide], at: Position) -> Position {
    if at.revealed {
        return Position { revealed: false, ..at };
    }
    match at.index.checked_sub(1) {
        Some(i) => Position { index: i, revealed: slides.get(i).is_some_and(|&s| has_answer(items, s)) },
        None => at,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::parse_module;
    use proptest::prelude::*;

    fn quiz(n: usize) -> Items {
        let mut src = String::from("---\ntitel: Q\nsoort: quiz\ndoelgroep: inwoner\n---\n");
        for i in 0..n {
            src.push_str(&format!("## Vraag {i}\n\n- [x] Ja\n  > Goed.\n- [ ] Nee\n  > Niet.\n\n"));
        }
        parse_module("q", &src).value.items
    }

    #[test]
    fn next_reveals_then_moves_on_and_back_retraces() {
        let items = quiz(2);
        let s = slides(&items);
        let p0 = Position::default();
        let p1 = forward(&items, &s, p0);
        assert_eq!(p1, Position { index: 0, revealed: true });
        let p2 = forward(&items, &s, p1);
        assert_eq!(p2, Position { index: 1, revealed: false });
        let end = forward(&items, &s, forward(&items, &s, p2));
        assert_eq!(end, Position { index: 1, revealed: true });
        assert_eq!(backward(&items, &s, p2), p1);
        assert_eq!(backward(&items, &s, p0), p0);
    }

    proptest! {
        #[test]
        fn forward_then_backward_returns(n in 1usize..6, steps in 0usize..20) {
            let items = quiz(n);
            let s = slides(&items);
            let mut at = Position::default();
            for _ in 0..steps {
                at = forward(&items, &s, at);
            }
            prop_assert!(at.index < s.len());
            let next = forward(&items, &s, at);
            if next != at {
                prop_assert_eq!(backward(&items, &s, next), at);
            }
        }
    }
}
