//! Marking answers and grading a final test. Pure rules, so the views only
//! show results and never decide them. Kinds: `les` (knowledge checks and
//! the final test), `quiz`, `kaarten`, and a `missie`'s check step.

use std::collections::BTreeMap;

use crate::content::kinds::question::{correct_options, Answer, Question};

use super::order;

/// The pass mark (percent) when the front matter sets no `slaaggrens`.
pub const DEFAULT_PASS_MARK: u32 = 70;

/// Whether `given` answers `question`. For choosing, `given` holds option
/// indices and must be exactly the set of correct options (single choice:
/// the one right option; multiple choice: all right options and no wrong
/// one). For ordering it is the learner's order of step indices and must be
/// the whole right order: half an order is not a procedure you can follow.
pub fn is_correct(question: &Question, given: &[usize]) -> bool {
    match &question.answer {
        Answer::One(options) | Answer::Several(options) => {
            let mut chosen: Vec<usize> = given.to_vec();
            chosen.sort_unstable();
            chosen.dedup();
            chosen == correct_options(options)
        }
        Answer::Order(steps) => order::is_right(given, steps.len()),
    }
}

/// The answer a question starts with: nothing chosen, or for an ordering
/// question its steps shuffled ([`order::start`]). An ordering question is
/// always answered (the shuffled order is an answer, only a wrong one).
pub fn initial_answer(question: &Question) -> Vec<usize> {
    match &question.answer {
        Answer::One(_) | Answer::Several(_) => Vec::new(),
        Answer::Order(steps) => order::start(&question.id, steps.len()),
    }
}

/// The outcome of a final test.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grade {
    /// Questions answered correctly.
    pub correct: usize,
    /// Questions in the test.
    pub total: usize,
    /// Rounded down, so 69.9 % never passes a 70 % mark.
    pub percent: u32,
    /// `percent >= pass_mark`.
    pub passed: bool,
    /// Ids of questions answered wrongly or not at all, in test order.
    pub missed: Vec<String>,
}

/// Grades `answers` (question id -> chosen options) against `questions`.
/// A test with no questions is passed with 100 %; unanswered questions
/// count as wrong.
pub fn grade(questions: &[Question], answers: &BTreeMap<String, Vec<usize>>, pass_mark: u32) -> Grade {
    let missed: Vec<String> = questions.iter().filter(|q| !answers.get(&q.id).is_some_and(|a| is_correct(q, a))).map(|q| q.id.clone()).collect();
    let total = questions.len();
    let correct = total - missed.len();
    let percent = (correct * 100).checked_div(total).map_or(100, |p| p as u32);
    Grade { correct, total, percent, passed: percent >= pass_mark, missed }
}

/// Picks option `i`: a radio choice replaces the choice; a checkbox
/// (multiple choice) toggles `i` in or out.
pub fn toggle_choice(chosen: &mut Vec<usize>, i: usize, multiple: bool) {
    if !multiple {
        *chosen = vec![i];
    } else if let Some(at) = chosen.iter().position(|&x| x == i) {
        chosen.remove(at);
    } else {
        chosen.push(i);
    }
}

/// The first question of `questions` without an answer, to resume a test.
pub fn next_unanswered<'q>(questions: &'q [Question], answers: &BTreeMap<String, Vec<usize>>) -> Option<&'q Question> {
    questions.iter().find(|q| !answers.contains_key(&q.id))
}

/// The questions attempt `attempt` asks, in the order it asks them: every
/// question of the pool, or `size` of them when the trainer wrote
/// `toetsvragen:` (a pool larger than one test), so a new attempt brings
/// other questions as well as another order.
pub fn attempt_questions(pool: &[Question], attempt: u32, size: Option<u32>) -> Vec<Question> {
    let take = size.map_or(pool.len(), |n| (n as usize).min(pool.len()));
    attempt_order(pool.len(), attempt).into_iter().take(take).map(|i| pool[i].clone()).collect()
}

/// The order (indices) in which attempt `attempt` asks `count` questions:
/// the trainer's order the first time, another order for every later
/// attempt, so a new attempt cannot be answered from memory of positions.
/// Deterministic, so a reload in the middle of an attempt keeps its order.
pub fn attempt_order(count: usize, attempt: u32) -> Vec<usize> {
    if attempt == 0 {
        return (0..count).collect();
    }
    shuffled(count, u64::from(attempt))
}

/// `0..count` shuffled by `seed`, never in the order `0..count` itself when
/// `count >= 2`. Deterministic: the same seed gives the same order, so a
/// reload keeps it and no randomness source is needed.
pub fn shuffled(count: usize, seed: u64) -> Vec<usize> {
    let mut order: Vec<usize> = (0..count).collect();
    if count < 2 {
        return order;
    }
    // xorshift64*, seeded by `seed`.
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut next = move || {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        state.wrapping_mul(0x2545_F491_4F6C_DD1D)
    };
    for i in (1..count).rev() {
        let j = (next() % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    // A shuffle may land on the trainer's order; a new attempt should look
    // new, and an ordering question must not start solved.
    if order.iter().enumerate().all(|(i, &o)| i == o) {
        order.rotate_left(1);
    }
    order
}

/// How many of `total` questions must be right to pass at `pass_mark`
/// percent (the same rule as [`grade`], which rounds the percentage down).
pub fn needed_to_pass(total: usize, pass_mark: u32) -> usize {
    (total * pass_mark as usize).div_ceil(100)
}

/// Where a learner is in a round of questions, for "Vraag 2 van 4".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    /// 1-based number of the question on screen.
    pub number: usize,
    /// Questions in this round: all of them, or only those being practised.
    pub total: usize,
    /// Whether this is a practice round.
    pub practice: bool,
}

impl Step {
    /// Whether the question on screen is the round's last.
    pub fn is_last(&self) -> bool {
        self.number >= self.total
    }
}

/// The step of a round over `ids` with `answers` so far. `practice` lists
/// the items being practised (empty for an attempt at everything);
/// `on_screen_answered` is true while the question on screen shows its
/// feedback (it is then already among the answers).
pub fn round_step(ids: &[String], answers: &BTreeMap<String, Vec<usize>>, practice: &[String], on_screen_answered: bool) -> Step {
    let in_round: Vec<&String> = if practice.is_empty() { ids.iter().collect() } else { ids.iter().filter(|id| practice.contains(id)).collect() };
    let total = in_round.len();
    let answered = in_round.iter().filter(|id| answers.contains_key(id.as_str())).count();
    let number = if on_screen_answered { answered } else { answered + 1 };
    Step { number: number.clamp(1, total.max(1)), total, practice: !practice.is_empty() }
}

/// Minutes left in a lesson of `minutes` when on `page` (0-based) of
/// `pages`, rounded up, never below 1 while pages remain.
pub fn minutes_left(minutes: u32, page: usize, pages: usize) -> u32 {
    if pages == 0 || page >= pages {
        return 0;
    }
    let remaining = (pages - page) as u32;
    (minutes * remaining).div_ceil(pages as u32).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn radio_replaces_checkbox_toggles() {
        let mut c = vec![];
        toggle_choice(&mut c, 1, false);
        toggle_choice(&mut c, 2, false);
        assert_eq!(c, vec![2]);
        toggle_choice(&mut c, 0, true);
        toggle_choice(&mut c, 2, true);
        assert_eq!(c, vec![0]);
    }
    use crate::content::kinds::Items;
    use crate::content::parse_module;

    fn quiz() -> Vec<Question> {
        let q = |name: &str, opts: &str| format!("## {name}\n\n{opts}\n");
        let src = format!(
            "---\ntitel: T\nsoort: quiz\ndoelgroep: inwoner\n---\n{}{}{}",
            q("Een", "- [x] a\n  > j\n- [ ] b\n  > n\n"),
            q("Twee {.meerkeuze}", "- [x] a\n  > j\n- [x] b\n  > j\n- [ ] c\n  > n\n"),
            q("Drie", "- [ ] a\n  > n\n- [x] b\n  > j\n"),
        );
        match parse_module("t", &src).value.items {
            Items::Quiz(q) => q,
            _ => unreachable!(),
        }
    }

    #[test]
    fn multiple_choice_needs_all_right_and_no_wrong() {
        let q = quiz();
        assert!(is_correct(&q[0], &[0]));
        assert!(!is_correct(&q[0], &[1]));
        assert!(!is_correct(&q[0], &[]));
        assert!(is_correct(&q[1], &[1, 0, 0]));
        assert!(!is_correct(&q[1], &[0]));
        assert!(!is_correct(&q[1], &[0, 1, 2]));
    }

    #[test]
    fn an_order_is_right_only_whole_and_starts_shuffled() {
        let src = "---\ntitel: T\nsoort: quiz\ndoelgroep: agrarier\n---\n\n## Wat eerst? {.volgorde}\n\n1. Afstand\n2. Bellen\n3. Gemeente\n";
        let Items::Quiz(q) = parse_module("t", src).value.items else { unreachable!() };
        assert!(is_correct(&q[0], &[0, 1, 2]));
        assert!(!is_correct(&q[0], &[0, 2, 1]), "two of three places right is not right");
        assert!(!is_correct(&q[0], &[0, 1, 2, 2]));
        let start = initial_answer(&q[0]);
        assert!(!start.is_empty() && !is_correct(&q[0], &start), "{start:?}");
        assert!(initial_answer(&quiz()[0]).is_empty(), "a choice starts with nothing chosen");
        let answers: BTreeMap<String, Vec<usize>> = [("wat-eerst".into(), vec![0, 1, 2])].into();
        assert_eq!(grade(&q, &answers, 100).percent, 100);
    }

    #[test]
    fn grading_rounds_down_and_lists_what_was_missed() {
        let q = quiz();
        let answers: BTreeMap<String, Vec<usize>> = [("een".into(), vec![0]), ("twee".into(), vec![0, 1])].into();
        let g = grade(&q, &answers, 67);
        assert_eq!((g.correct, g.total, g.percent, g.passed), (2, 3, 66, false));
        assert_eq!(g.missed, ["drie"]);
        assert!(grade(&q, &answers, 66).passed);
        assert_eq!(grade(&[], &answers, 70).percent, 100);
        assert_eq!(next_unanswered(&q, &answers).map(|q| q.id.as_str()), Some("drie"));
    }

    #[test]
    fn a_new_attempt_asks_in_a_new_order_that_survives_a_reload() {
        assert_eq!(attempt_order(4, 0), [0, 1, 2, 3]);
        for attempt in 1..50 {
            let order = attempt_order(4, attempt);
            assert_ne!(order, [0, 1, 2, 3], "attempt {attempt} looks like the first");
            assert_eq!(order, attempt_order(4, attempt));
            let mut sorted = order.clone();
            sorted.sort_unstable();
            assert_eq!(sorted, [0, 1, 2, 3]);
        }
        assert_eq!(attempt_order(1, 3), [0]);
        assert!(attempt_order(0, 3).is_empty());
        let q = quiz();
        let order = attempt_order(3, 1);
        let asked = attempt_questions(&q, 1, None);
        assert_eq!(asked.iter().map(|q| q.id.clone()).collect::<Vec<_>>(), order.iter().map(|&i| q[i].id.clone()).collect::<Vec<_>>());
    }

    #[test]
    fn a_pool_gives_each_attempt_its_own_questions() {
        let q = quiz();
        let ids = |attempt| attempt_questions(&q, attempt, Some(2)).into_iter().map(|q| q.id).collect::<Vec<_>>();
        assert_eq!(ids(0), ["een", "twee"], "the first attempt asks the trainer's first questions");
        assert!((1..20).all(|a| ids(a).len() == 2));
        assert!((1..20).any(|a| ids(a).contains(&"drie".to_string())), "later attempts draw from the whole pool");
        assert_eq!(attempt_questions(&q, 0, Some(9)).len(), 3, "never more than the pool");
    }

    #[test]
    fn the_pass_mark_in_questions_matches_grading() {
        for total in 1..30usize {
            for mark in [0u32, 50, 60, 67, 70, 75, 80, 100] {
                let need = needed_to_pass(total, mark);
                let pct = |c: usize| (c * 100 / total) as u32;
                assert!(pct(need) >= mark, "{need} of {total} passes {mark}");
                assert!(need == 0 || pct(need - 1) < mark, "{} of {total} fails {mark}", need - 1);
            }
        }
    }

    #[test]
    fn steps_count_within_the_round_being_played() {
        let ids: Vec<String> = ["a", "b", "c", "d"].map(String::from).into();
        let mut answers = BTreeMap::new();
        assert_eq!(round_step(&ids, &answers, &[], false), Step { number: 1, total: 4, practice: false });
        answers.insert("a".to_string(), vec![0]);
        assert_eq!(round_step(&ids, &answers, &[], true).number, 1);
        assert_eq!(round_step(&ids, &answers, &[], false).number, 2);
        // Practising c and d after an attempt: "1 of 2", not "3 of 4".
        answers.insert("b".to_string(), vec![0]);
        let practice = ["c".to_string(), "d".to_string()];
        let step = round_step(&ids, &answers, &practice, false);
        assert_eq!(step, Step { number: 1, total: 2, practice: true });
        assert!(!step.is_last());
        answers.insert("c".to_string(), vec![0]);
        assert!(round_step(&ids, &answers, &practice, false).is_last());
    }

    #[test]
    fn minutes_left_counts_down_to_the_end() {
        assert_eq!(minutes_left(15, 0, 5), 15);
        assert_eq!(minutes_left(15, 4, 5), 3);
        assert_eq!(minutes_left(2, 9, 10), 1);
        assert_eq!(minutes_left(15, 5, 5), 0);
        assert_eq!(minutes_left(15, 0, 0), 0);
    }
}
