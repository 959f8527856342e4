//! Rules of the "find the signals" scene game: which regions a level shows,
//! and how marked regions are scored. Found signals earn points, false
//! alarms cost some, time never counts.

use crate::content::kinds::scene::{Region, Scene};

/// Points for each signal found.
pub const POINTS_FOUND: u32 = 10;
/// Points lost for each ordinary thing marked as a signal.
pub const POINTS_FALSE_ALARM: u32 = 5;
/// Decoys shown at the easy level.
pub const EASY_DECOYS: usize = 2;

/// How hard a round is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Every signal but only a few ordinary things; the number of signals is shown.
    Easy,
    /// Everything in the scene; the number of signals is shown.
    Normal,
    /// Everything in the scene; the number of signals is not shown.
    Hard,
}

impl Level {
    /// All levels, easy first.
    pub const ALL: [Level; 3] = [Level::Easy, Level::Normal, Level::Hard];

    /// Whether the player is told how many signals there are.
    pub fn shows_count(self) -> bool {
        self != Level::Hard
    }

    /// The regions to play at this level, in document order.
    pub fn regions(self, scene: &Scene) -> Vec<&Region> {
        let mut decoys = 0;
        scene
            .regions
            .iter()
            .filter(|r| {
                if r.signal || self != Level::Easy {
                    return true;
                }
                decoys += 1;
                decoys <= EASY_DECOYS
            })
            .collect()
    }
}

/// The outcome of one round.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome<'s> {
    /// Signals the player marked.
    pub found: Vec<&'s Region>,
    /// Signals the player did not mark.
    pub missed: Vec<&'s Region>,
    /// Ordinary things the player marked.
    pub false_alarms: Vec<&'s Region>,
    /// Points, never below zero.
    pub points: u32,
    /// Points for finding every signal without false alarms.
    pub max_points: u32,
}

impl<'s> Outcome<'s> {
    /// Points as a whole percentage of the maximum (100 for a scene
    /// without signals and no false alarms).
    pub fn percent(&self) -> u32 {
        (self.points * 100).checked_div(self.max_points).unwrap_or(if self.false_alarms.is_empty() { 100 } else { 0 })
    }

    /// The round as a grade: the scene counts as done ("Afgerond") only at
    /// `pass_mark` percent, so 0 of 5 found is a round played, not a
    /// module finished.
    pub fn grade(&self, pass_mark: u32) -> crate::progress::assessment::Grade {
        let percent = self.percent();
        crate::progress::assessment::Grade {
            correct: self.found.len(),
            total: self.found.len() + self.missed.len(),
            percent,
            passed: percent >= pass_mark,
            missed: self.missed.iter().map(|r| r.id.clone()).collect(),
        }
    }

    /// The signals not found, split into those the player could see and
    /// those that never came into view (on a narrow screen, right of what
    /// was scrolled to): the result must not blame what could not be seen.
    pub fn missed_by_view(&self, seen_right: u16) -> (Vec<&'s Region>, Vec<&'s Region>) {
        self.missed.iter().copied().partition(|r| in_view(r, seen_right))
    }
}

/// Whether a region's centre lay within the part of the picture that was
/// shown: from the left edge to `seen_right`, in tenths of a percent of the
/// picture's width (1000 = the whole picture).
pub fn in_view(region: &Region, seen_right: u16) -> bool {
    region.rect[0] + region.rect[2] / 2 <= seen_right
}

/// Scores the `marked` region ids among `played` regions. Ids that are not
/// among the played regions are ignored.
pub fn score<'s>(played: &[&'s Region], marked: &[String]) -> Outcome<'s> {
    let is_marked = |r: &Region| marked.iter().any(|m| m == &r.id);
    let found: Vec<_> = played.iter().copied().filter(|r| r.signal && is_marked(r)).collect();
    let missed: Vec<_> = played.iter().copied().filter(|r| r.signal && !is_marked(r)).collect();
    let false_alarms: Vec<_> = played.iter().copied().filter(|r| !r.signal && is_marked(r)).collect();
    let earned = found.len() as u32 * POINTS_FOUND;
    let lost = false_alarms.len() as u32 * POINTS_FALSE_ALARM;
    let max_points = (found.len() + missed.len()) as u32 * POINTS_FOUND;
    Outcome { points: earned.saturating_sub(lost), max_points, found, missed, false_alarms }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::kinds::Items;
    use crate::content::parse_module;
    use proptest::prelude::*;

    fn scene() -> Scene {
        let mut src = String::from("---\ntitel: S\nsoort: scene\ndoelgroep: inwoner\nafbeelding: s.svg\n---\nEen straat.\n");
        for (i, signal) in [true, false, true, false, false, true].iter().enumerate() {
            src.push_str(&format!("\n## Plek {i}\nplek: {}, 10, 5, 5\nsignaal: {}\n\nUitleg.\n", i * 10, if *signal { "ja" } else { "nee" }));
        }
        let parsed = parse_module("s", &src);
        match parsed.value.items {
            Items::Scene(s) => s,
            _ => unreachable!("{:?}", parsed.diagnostics),
        }
    }

    fn ids(rs: &[&Region]) -> Vec<String> {
        rs.iter().map(|r| r.id.clone()).collect()
    }

    #[test]
    fn easy_keeps_every_signal_and_two_decoys() {
        let s = scene();
        assert_eq!(Level::Easy.regions(&s).len(), 5);
        assert_eq!(Level::Easy.regions(&s).iter().filter(|r| r.signal).count(), 3);
        assert_eq!(Level::Hard.regions(&s).len(), 6);
        assert!(Level::Normal.shows_count() && !Level::Hard.shows_count());
    }

    #[test]
    fn found_signals_earn_and_false_alarms_cost() {
        let s = scene();
        let played = Level::Hard.regions(&s);
        let all = ids(&played);
        let o = score(&played, &[all[0].clone(), all[2].clone(), all[1].clone()]);
        assert_eq!((o.found.len(), o.missed.len(), o.false_alarms.len()), (2, 1, 1));
        assert_eq!((o.points, o.max_points, o.percent()), (15, 30, 50));
        // Marking everything is not a winning strategy.
        let o = score(&played, &all);
        assert_eq!((o.points, o.percent()), (15, 50));
        // Never below zero.
        let o = score(&played, &[all[1].clone(), all[3].clone(), all[4].clone()]);
        assert_eq!((o.points, o.percent()), (0, 0));
        assert_eq!(score(&played, &[all[0].clone(), all[2].clone(), all[5].clone()]).percent(), 100);
    }

    #[test]
    fn what_was_never_in_view_is_not_called_missed() {
        let s = scene();
        let played = Level::Hard.regions(&s);
        let o = score(&played, &[]);
        // Signals at 0 %, 20 % and 50 % from the left, each 5 % wide.
        let (seen, unseen) = o.missed_by_view(300);
        assert_eq!((ids(&seen), ids(&unseen)), (vec!["plek-0".to_string(), "plek-2".to_string()], vec!["plek-5".to_string()]));
        assert_eq!(o.missed_by_view(1000).1.len(), 0, "the whole picture was shown");
        assert_eq!(o.missed_by_view(0).0.len(), 0);
    }

    #[test]
    fn a_scene_is_done_at_the_pass_mark_not_by_playing() {
        let s = scene();
        let played = Level::Hard.regions(&s);
        let all = ids(&played);
        assert!(!score(&played, &[]).grade(70).passed, "0 of 3 found is not done");
        let g = score(&played, &[all[0].clone(), all[2].clone(), all[5].clone()]).grade(70);
        assert_eq!((g.correct, g.total, g.percent, g.passed), (3, 3, 100, true));
    }

    proptest! {
        #[test]
        fn outcome_partitions_the_signals(marks in proptest::collection::vec(0usize..8, 0..10)) {
            let s = scene();
            let played = Level::Normal.regions(&s);
            let marked: Vec<String> = marks.iter().map(|i| format!("plek-{i}")).collect();
            let o = score(&played, &marked);
            prop_assert_eq!(o.found.len() + o.missed.len(), 3);
            prop_assert!(o.percent() <= 100);
            prop_assert!(o.points <= o.max_points);
        }
    }
}
