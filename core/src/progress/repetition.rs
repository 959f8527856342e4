//! Spaced repetition for quiz questions and cards (a Leitner system): an
//! item answered wrongly comes back on the next visit; each right answer in
//! a row pushes it further away (1, 3, 7, then 21 days).
//!
//! Pure rules over [`Due`] records kept per module in the progress
//! document, so players only ask "in which order?" and report answers.

use std::collections::BTreeMap;

use super::Millis;

/// Days until an item comes back, by level. Level 0 means "missed": due
/// at once, so the next visit starts with it.
pub const INTERVAL_DAYS: [u64; 5] = [0, 1, 3, 7, 21];
/// The highest level.
pub const MAX_LEVEL: u8 = (INTERVAL_DAYS.len() - 1) as u8;
const DAY: Millis = 24 * 60 * 60 * 1000;

/// When one item is due again, and how well it is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Due {
    /// 0 (missed) up to [`MAX_LEVEL`] (known well).
    pub level: u8,
    /// From this moment the item is due again.
    pub due: Millis,
}

impl Due {
    /// Whether the item should be asked again at `now`.
    pub fn is_due(&self, now: Millis) -> bool {
        self.due <= now
    }

    /// Whether it was missed the last time it was asked.
    pub fn missed_last_time(&self) -> bool {
        self.level == 0
    }
}

/// The new record after answering an item (`previous` is `None` the first
/// time). Right moves one level up, wrong goes back to level 0.
pub fn after_answer(previous: Option<Due>, correct: bool, now: Millis) -> Due {
    let level = match (previous, correct) {
        (_, false) => 0,
        (None, true) => 1,
        (Some(p), true) => (p.level.min(MAX_LEVEL) + 1).min(MAX_LEVEL),
    };
    let wait = INTERVAL_DAYS[level as usize].saturating_mul(DAY);
    Due { level, due: now.saturating_add(wait) }
}

/// The order in which to ask `ids` at `now`: first the items that are due
/// and were missed last time, then other due items, then items never asked
/// (in document order), then the rest, soonest due first. Stable: items in
/// the same group keep their document order.
pub fn order<'a>(ids: &[&'a str], schedule: &BTreeMap<String, Due>, now: Millis) -> Vec<&'a str> {
    let rank = |id: &str| match schedule.get(id) {
        Some(d) if d.is_due(now) && d.missed_last_time() => (0, 0),
        Some(d) if d.is_due(now) => (1, 0),
        None => (2, 0),
        Some(d) => (3, d.due),
    };
    let mut out = ids.to_vec();
    out.sort_by_key(|id| rank(id));
    out
}

/// How many of `ids` were missed last time and are waiting to be practised.
pub fn missed_count(ids: &[&str], schedule: &BTreeMap<String, Due>) -> usize {
    ids.iter().filter(|id| schedule.get(**id).is_some_and(Due::missed_last_time)).count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const NOW: Millis = 1_800_000_000_000;

    #[test]
    fn wrong_comes_back_at_once_right_waits_longer_each_time() {
        let first = after_answer(None, true, NOW);
        assert_eq!(first, Due { level: 1, due: NOW + DAY });
        let second = after_answer(Some(first), true, NOW);
        assert_eq!(second, Due { level: 2, due: NOW + 3 * DAY });
        let missed = after_answer(Some(second), false, NOW);
        assert_eq!(missed, Due { level: 0, due: NOW });
        let mut d = missed;
        for _ in 0..10 {
            d = after_answer(Some(d), true, NOW);
        }
        assert_eq!(d, Due { level: MAX_LEVEL, due: NOW + 21 * DAY });
    }

    #[test]
    fn missed_items_come_first_on_the_next_visit() {
        let mut s = BTreeMap::new();
        s.insert("b".to_string(), after_answer(None, false, NOW));
        s.insert("c".to_string(), after_answer(None, true, NOW));
        s.insert("d".to_string(), Due { level: 2, due: NOW - 1 });
        let ids = ["a", "b", "c", "d", "e"];
        // Next day: b was missed, d is due, a and e are new, c is due too (1 day).
        assert_eq!(order(&ids, &s, NOW + DAY), vec!["b", "c", "d", "a", "e"]);
        // Same moment: c is not due yet, so it goes last.
        assert_eq!(order(&ids, &s, NOW), vec!["b", "d", "a", "e", "c"]);
        assert_eq!(missed_count(&ids, &s), 1);
    }

    #[test]
    fn a_stored_level_beyond_the_table_is_harmless() {
        let d = after_answer(Some(Due { level: 200, due: 0 }), true, NOW);
        assert_eq!(d.level, MAX_LEVEL);
    }

    proptest! {
        #[test]
        fn order_is_a_permutation(n in 0usize..30, answers in proptest::collection::vec((0usize..30, any::<bool>(), 0u64..100), 0..60)) {
            let names: Vec<String> = (0..n).map(|i| format!("q{i}")).collect();
            let ids: Vec<&str> = names.iter().map(String::as_str).collect();
            let mut s = BTreeMap::new();
            for (i, right, t) in answers {
                if let Some(id) = names.get(i) {
                    let prev = s.get(id).copied();
                    s.insert(id.clone(), after_answer(prev, right, NOW + t * DAY));
                }
            }
            let mut got = order(&ids, &s, NOW + 50 * DAY);
            got.sort_unstable();
            let mut want = ids.clone();
            want.sort_unstable();
            prop_assert_eq!(got, want);
        }

        #[test]
        fn a_miss_is_always_due_first(n in 1usize..20, miss in 0usize..20) {
            let names: Vec<String> = (0..n).map(|i| format!("q{i}")).collect();
            let ids: Vec<&str> = names.iter().map(String::as_str).collect();
            let miss = miss % n;
            let mut s = BTreeMap::new();
            for (i, id) in names.iter().enumerate() {
                s.insert(id.clone(), after_answer(None, i != miss, NOW));
            }
            prop_assert_eq!(order(&ids, &s, NOW)[0], ids[miss]);
        }
    }
}
