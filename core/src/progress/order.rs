//! The rules of an ordering question (`{.volgorde}`): the order it starts
//! in, moving a step, and judging an order. An answer is the learner's
//! order as step indices (the trainer's, right order, is `0, 1, 2, ...`),
//! stored like a choice's option indices, so progress and the LMS resume
//! state keep it without a new field (`ModuleProgress::answers`).

use super::assessment;

/// Which way a step moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// One place earlier ("Omhoog").
    Up,
    /// One place later ("Omlaag").
    Down,
}

/// The order question `id` with `count` steps starts in: shuffled, seeded by
/// the id so a reload and every learner see the same order (a trainer can
/// talk about "the third step on screen"), never already right.
pub fn start(id: &str, count: usize) -> Vec<usize> {
    assessment::shuffled(count, seed(id))
}

/// FNV-1a of the id: stable across builds and platforms, unlike `Hash`.
fn seed(id: &str) -> u64 {
    id.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// Whether `given` is the whole right order of `count` steps.
pub fn is_right(given: &[usize], count: usize) -> bool {
    given.len() == count && given.iter().enumerate().all(|(place, &step)| place == step)
}

/// For each place in `given`: whether the step there belongs there. The
/// feedback says which places were right, so a nearly right order is
/// recognised as such even though it does not count as right.
pub fn places_right(given: &[usize]) -> Vec<bool> {
    given.iter().enumerate().map(|(place, &step)| place == step).collect()
}

/// Moves the step at place `at` one place `direction`; returns its new
/// place, or `None` (and changes nothing) at the top or bottom, or when
/// `at` is outside the order.
pub fn move_step(order: &mut [usize], at: usize, direction: Direction) -> Option<usize> {
    let to = match direction {
        Direction::Up => at.checked_sub(1)?,
        Direction::Down => at.checked_add(1).filter(|&to| to < order.len())?,
    };
    if at >= order.len() {
        return None;
    }
    order.swap(at, to);
    Some(to)
}

/// Whether `given` is an order of exactly the steps `0..count`. A stored
/// answer can stop being one when a trainer adds or removes a step; the
/// player then starts the question afresh instead of showing a broken list.
pub fn is_order_of(given: &[usize], count: usize) -> bool {
    let mut sorted = given.to_vec();
    sorted.sort_unstable();
    sorted.len() == count && sorted.iter().enumerate().all(|(i, &s)| i == s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_start_is_shuffled_stable_and_never_right() {
        assert_eq!(start("afval", 3), start("afval", 3), "a reload keeps the order");
        for n in 2..=8 {
            for id in ["afval", "a", "", "wat-doe-je-eerst", "vraag-2"] {
                let order = start(id, n);
                assert!(is_order_of(&order, n), "{id} {n}: {order:?}");
                assert!(!is_right(&order, n), "{id} {n} starts solved");
            }
        }
        assert_eq!(start("x", 1), [0]);
        assert!(start("x", 0).is_empty());
    }

    #[test]
    fn only_the_whole_order_is_right_and_places_say_what_was() {
        assert!(is_right(&[0, 1, 2], 3));
        assert!(!is_right(&[0, 2, 1], 3));
        assert!(!is_right(&[0, 1], 3), "a step missing");
        assert_eq!(places_right(&[0, 2, 1]), [true, false, false]);
        assert_eq!(places_right(&[2, 1, 0]), [false, true, false]);
    }

    #[test]
    fn a_step_moves_one_place_and_stops_at_the_ends() {
        let mut order = vec![2, 0, 1];
        assert_eq!(move_step(&mut order, 0, Direction::Up), None);
        assert_eq!(move_step(&mut order, 2, Direction::Down), None);
        assert_eq!(move_step(&mut order, 5, Direction::Up), None);
        assert_eq!(order, [2, 0, 1], "nothing changed at the ends");
        assert_eq!(move_step(&mut order, 0, Direction::Down), Some(1));
        assert_eq!(order, [0, 2, 1]);
        assert_eq!(move_step(&mut order, 2, Direction::Up), Some(1));
        assert_eq!(order, [0, 1, 2]);
        assert!(is_right(&order, 3));
    }

    proptest! {
        #[test]
        fn moves_keep_an_order_and_can_always_reach_the_right_one(id in ".{0,20}", n in 0usize..10, moves in prop::collection::vec((0usize..12, any::<bool>()), 0..40)) {
            let mut order = start(&id, n);
            prop_assert!(is_order_of(&order, n));
            for (at, up) in moves {
                let _ = move_step(&mut order, at, if up { Direction::Up } else { Direction::Down });
                prop_assert!(is_order_of(&order, n));
            }
            // Bubble the right order in with moves only, as a keyboard user would.
            for _ in 0..n * n {
                let Some(at) = (1..order.len()).find(|&i| order[i - 1] > order[i]) else { break };
                prop_assert_eq!(move_step(&mut order, at, Direction::Up), Some(at - 1));
            }
            prop_assert!(is_right(&order, n));
            prop_assert!(places_right(&order).iter().all(|&r| r));
        }

        #[test]
        fn judging_never_panics_on_stored_garbage(given in prop::collection::vec(any::<usize>(), 0..12), n in 0usize..12) {
            let right = is_right(&given, n);
            prop_assert!(!right || is_order_of(&given, n));
            prop_assert_eq!(places_right(&given).len(), given.len());
        }
    }
}
