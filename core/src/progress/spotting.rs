//! Rules of marking signals (kinds: `scene`, and a `missie`'s "echt of
//! nep" exercise): the "find the signals" scene game (which
//! regions a level shows, how marked regions are scored) and a mission's
//! "echt of nep" message. Found signals earn points, false alarms cost
//! some, time never counts. Both games, their result pages and the
//! pictures' tags judge a mark with the one rule in [`Mark::of`].

use crate::content::kinds::mission::Message;
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

/// What one thing that may be a signal turned out to be, given whether the
/// player marked it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// A signal, marked.
    Found,
    /// A signal, not marked.
    Missed,
    /// A signal, not marked, that never came into view (see [`in_view`]):
    /// the result must not blame what could not be seen.
    OutOfView,
    /// Something ordinary, marked.
    FalseAlarm,
    /// Something ordinary, left alone.
    Ordinary,
}

impl Mark {
    /// Judges one thing: whether it is a signal and whether it was marked.
    pub fn of(signal: bool, marked: bool) -> Mark {
        match (signal, marked) {
            (true, true) => Mark::Found,
            (true, false) => Mark::Missed,
            (false, true) => Mark::FalseAlarm,
            (false, false) => Mark::Ordinary,
        }
    }

    /// Judges a scene's region, shown from the left edge to `seen_right`
    /// (as in [`in_view`]).
    pub fn of_region(region: &Region, marked: &[String], seen_right: u16) -> Mark {
        match Mark::of(region.signal, marked.iter().any(|m| m == &region.id)) {
            Mark::Missed if !in_view(region, seen_right) => Mark::OutOfView,
            other => other,
        }
    }
}

/// How a child did on an "echt of nep" message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    /// Suspicious parts the child marked.
    pub found: usize,
    /// Suspicious parts in the message.
    pub suspicious: usize,
    /// Ordinary parts the child marked.
    pub false_alarms: usize,
}

/// Counts what `marked` (one flag per part of `message`; missing flags are
/// unmarked) found.
pub fn tally(message: &Message, marked: &[bool]) -> Tally {
    let mut t = Tally { found: 0, suspicious: 0, false_alarms: 0 };
    for (i, part) in message.parts.iter().enumerate() {
        match Mark::of(part.suspicious, marked.get(i).copied().unwrap_or(false)) {
            Mark::Found => {
                t.found += 1;
                t.suspicious += 1;
            }
            Mark::Missed | Mark::OutOfView => t.suspicious += 1,
            Mark::FalseAlarm => t.false_alarms += 1,
            Mark::Ordinary => {}
        }
    }
    t
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
    /// Ordinary things the player left alone.
    pub ordinary: Vec<&'s Region>,
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
    let (mut found, mut missed, mut false_alarms, mut ordinary) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for &r in played {
        // Scoring does not ask what was in view: only the result's wording does.
        match Mark::of_region(r, marked, u16::MAX) {
            Mark::Found => found.push(r),
            Mark::Missed | Mark::OutOfView => missed.push(r),
            Mark::FalseAlarm => false_alarms.push(r),
            Mark::Ordinary => ordinary.push(r),
        }
    }
    let earned = found.len() as u32 * POINTS_FOUND;
    let lost = false_alarms.len() as u32 * POINTS_FALSE_ALARM;
    let max_points = (found.len() + missed.len()) as u32 * POINTS_FOUND;
    Outcome { points: earned.saturating_sub(lost), max_points, found, missed, false_alarms, ordinary }
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

    #[test]
    fn a_mark_is_judged_by_signal_and_marking_and_view() {
        assert_eq!(
            [Mark::of(true, true), Mark::of(true, false), Mark::of(false, true), Mark::of(false, false)],
            [Mark::Found, Mark::Missed, Mark::FalseAlarm, Mark::Ordinary]
        );
        let s = scene();
        let (left, right) = (&s.regions[0], &s.regions[5]);
        assert_eq!(Mark::of_region(right, &[], 300), Mark::OutOfView);
        assert_eq!(Mark::of_region(right, &[], 1000), Mark::Missed);
        assert_eq!(Mark::of_region(right, std::slice::from_ref(&right.id), 300), Mark::Found, "a mark counts wherever it was made");
        assert_eq!(Mark::of_region(left, &[], 300), Mark::Missed);
        assert_eq!(Mark::of_region(&s.regions[1], &[], 0), Mark::Ordinary, "only a signal can be out of view");
    }

    #[test]
    fn a_tally_counts_finds_and_false_alarms() {
        use crate::content::kinds::mission::{MessageForm, Part};
        let part = |suspicious| Part { content: Vec::new(), suspicious, explanation: Vec::new() };
        let m = Message { form: MessageForm::Sms, parts: vec![part(true), part(false), part(true), part(false)] };
        assert_eq!(tally(&m, &[true, true, false, false]), Tally { found: 1, suspicious: 2, false_alarms: 1 });
        assert_eq!(tally(&m, &[]), Tally { found: 0, suspicious: 2, false_alarms: 0 });
    }

    /// A round of `scene` at `level` with regions `marks` marked (numbers
    /// that are no region's are ignored, as stray ids are).
    fn play<'s>(scene: &'s Scene, level: Level, marks: &[usize]) -> (Vec<&'s Region>, Outcome<'s>) {
        let played = level.regions(scene);
        let marked: Vec<String> = marks.iter().map(|i| format!("plek-{i}")).collect();
        let o = score(&played, &marked);
        (played, o)
    }

    proptest! {
        #[test]
        fn every_played_region_lands_in_one_list(marks in proptest::collection::vec(0usize..8, 0..10)) {
            let s = scene();
            let (played, o) = play(&s, Level::Hard, &marks);
            let mut all = [ids(&o.found), ids(&o.missed), ids(&o.false_alarms), ids(&o.ordinary)].concat();
            all.sort();
            let mut expected = ids(&played);
            expected.sort();
            prop_assert_eq!(all, expected);
        }

        #[test]
        fn outcome_partitions_the_signals(marks in proptest::collection::vec(0usize..8, 0..10)) {
            let s = scene();
            let (_, o) = play(&s, Level::Normal, &marks);
            prop_assert_eq!(o.found.len() + o.missed.len(), 3);
            prop_assert!(o.percent() <= 100);
            prop_assert!(o.points <= o.max_points);
        }
    }
}
