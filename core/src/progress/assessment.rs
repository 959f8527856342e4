//! Marking answers and grading a final test. Pure rules, so the views only
//! show results and never decide them.

use std::collections::BTreeMap;

use crate::content::kinds::question::Question;

/// The pass mark (percent) when the front matter sets no `slaaggrens`.
pub const DEFAULT_PASS_MARK: u32 = 70;

/// Whether `chosen` (option indices) is exactly the set of correct options.
/// For single choice that is the one right option; for multiple choice all
/// right options and no wrong one.
pub fn is_correct(question: &Question, chosen: &[usize]) -> bool {
    let mut chosen: Vec<usize> = chosen.to_vec();
    chosen.sort_unstable();
    chosen.dedup();
    chosen == question.correct()
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
    fn minutes_left_counts_down_to_the_end() {
        assert_eq!(minutes_left(15, 0, 5), 15);
        assert_eq!(minutes_left(15, 4, 5), 3);
        assert_eq!(minutes_left(2, 9, 10), 1);
        assert_eq!(minutes_left(15, 5, 5), 0);
        assert_eq!(minutes_left(15, 0, 0), 0);
    }
}
