//! One group session: how many hands (or cards) went up for each answer,
//! before and after, and how many people took part. No names, no free text,
//! nothing per person.

use crate::content::Audience;

use super::day::Day;
use super::figure::Figure;
use super::model::{Measure, Phase, MAX_OPTIONS, SCALE_POINTS};

/// What an item measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ItemKind {
    /// A multiple-choice item with one right option (`kennis`).
    Knowledge,
    /// A willingness statement on the 5-point scale (`stelling`).
    Statement,
}

impl ItemKind {
    /// The word in the CSV.
    pub fn code(self) -> &'static str {
        match self {
            ItemKind::Knowledge => "kennis",
            ItemKind::Statement => "stelling",
        }
    }

    /// Looks a kind up by its CSV word.
    pub fn from_code(code: &str) -> Option<ItemKind> {
        [ItemKind::Knowledge, ItemKind::Statement].into_iter().find(|k| k.code() == code.trim().to_lowercase())
    }
}

/// The counts of one item in one phase.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Tally {
    /// Count per option (knowledge) or per scale point 1..=5 (statement).
    /// Empty when the item was not asked in this phase.
    pub counts: Vec<u32>,
    /// Index of the right option (knowledge only).
    pub right: Option<usize>,
}

impl Tally {
    /// Everyone who answered.
    pub fn answered(&self) -> u32 {
        self.counts.iter().fold(0u32, |a, c| a.saturating_add(*c))
    }

    /// Those who chose the right option (knowledge) or agreed, 4 or 5 on
    /// the scale (statement).
    pub fn positive(&self, kind: ItemKind) -> u32 {
        match kind {
            ItemKind::Knowledge => self.right.and_then(|r| self.counts.get(r)).copied().unwrap_or(0),
            ItemKind::Statement => self.counts.iter().skip(3).fold(0u32, |a, c| a.saturating_add(*c)),
        }
    }

    /// The share of [`Tally::positive`], suppressed under five answers.
    pub fn figure(&self, kind: ItemKind) -> Figure {
        Figure::share(self.positive(kind), self.answered())
    }

    /// Each count as a share of everyone who answered: the distribution
    /// over the scale (or options), each suppressed under five answers.
    pub fn distribution(&self) -> Vec<Figure> {
        let n = self.answered();
        self.counts.iter().map(|c| Figure::share(*c, n)).collect()
    }
}

/// One item of a session, both phases.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ItemCounts {
    /// The item's key in the measurement set.
    pub key: String,
    /// The topic (knowledge) or statement text, for reports that are read
    /// without the measurement file.
    pub label: String,
    /// Knowledge item or statement.
    pub kind: ItemKind,
    /// Before the session.
    pub before: Tally,
    /// After the session.
    pub after: Tally,
}

impl ItemCounts {
    /// The tally of `phase`.
    pub fn tally(&self, phase: Phase) -> &Tally {
        match phase {
            Phase::Before => &self.before,
            Phase::After => &self.after,
        }
    }

    /// The tally of `phase`, to count in.
    pub fn tally_mut(&mut self, phase: Phase) -> &mut Tally {
        match phase {
            Phase::Before => &mut self.before,
            Phase::After => &mut self.after,
        }
    }
}

/// A group session's report: what a trainer downloads as CSV.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Session {
    /// The day of the session.
    pub date: Day,
    /// Who the session was for.
    pub audience: Audience,
    /// Id of the measurement set (`meting/inwoner`).
    pub measure: String,
    /// How many took part before the session.
    pub participants_before: u32,
    /// How many took part after the session (some may have left).
    pub participants_after: u32,
    /// Every item, in the order of the measurement set.
    pub items: Vec<ItemCounts>,
}

impl Session {
    /// An empty session for `measure`: every item with zero counts, ready
    /// for the presenter to count in. `None` without an audience.
    pub fn new(measure: &Measure, date: Day) -> Option<Session> {
        let audience = measure.audience?;
        let mut items = Vec::new();
        for k in &measure.knowledge {
            let tally = |phase: Phase| {
                let q = k.question(phase);
                Tally { counts: vec![0; q.answer.len().min(MAX_OPTIONS)], right: measure.right_option(&k.key, phase) }
            };
            items.push(ItemCounts {
                key: k.key.clone(),
                label: k.label(),
                kind: ItemKind::Knowledge,
                before: tally(Phase::Before),
                after: tally(Phase::After),
            });
        }
        for s in &measure.statements {
            let tally = || Tally { counts: vec![0; SCALE_POINTS], right: None };
            items.push(ItemCounts { key: s.key.clone(), label: s.text_plain(), kind: ItemKind::Statement, before: tally(), after: tally() });
        }
        Some(Session { date, audience, measure: measure.id.clone(), participants_before: 0, participants_after: 0, items })
    }

    /// How many took part in `phase`: the number the trainer entered, but
    /// never fewer than answered any one item (if 14 hands went up, at
    /// least 14 people were there). So a report the trainer downloads is
    /// always one the overview accepts.
    pub fn participants(&self, phase: Phase) -> u32 {
        let entered = match phase {
            Phase::Before => self.participants_before,
            Phase::After => self.participants_after,
        };
        self.items.iter().map(|i| i.tally(phase).answered()).fold(entered, u32::max)
    }

    /// Adds `delta` (negative to take away) to the count of `option` of
    /// item `key` in `phase`, never going below zero: the presenter's + and
    /// − buttons. Returns the new count, or `None` for an unknown item or
    /// option.
    pub fn step(&mut self, key: &str, phase: Phase, option: usize, delta: i32) -> Option<u32> {
        let item = self.items.iter_mut().find(|i| i.key == key)?;
        let c = item.tally_mut(phase).counts.get_mut(option)?;
        *c = c.saturating_add_signed(delta).min(1_000_000);
        Some(*c)
    }

    /// Sets the count of `option` (0-based; a scale point 1..=5 is option
    /// 0..=4) of item `key` in `phase`. Returns false, changing nothing,
    /// for an unknown item or option.
    pub fn set_count(&mut self, key: &str, phase: Phase, option: usize, count: u32) -> bool {
        let Some(item) = self.items.iter_mut().find(|i| i.key == key) else { return false };
        match item.tally_mut(phase).counts.get_mut(option) {
            Some(c) => {
                *c = count;
                true
            }
            None => false,
        }
    }

    /// True when fewer than [`super::MIN_GROUP`] took part in either phase:
    /// the whole report then says "te weinig deelnemers".
    pub fn too_few(&self) -> bool {
        self.participants(Phase::Before).min(self.participants(Phase::After)) < super::MIN_GROUP
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::measure::parse::{parse_measure, tests::GOOD};

    #[test]
    fn a_session_is_counted_with_plus_and_minus_and_always_written_readable() {
        let m = parse_measure("meting/inwoner", GOOD).value;
        let mut s = Session::new(&m, Day::new(2026, 9, 1).unwrap()).unwrap();
        assert_eq!(s.items.len(), 4);
        assert_eq!(s.items[0].before.right, Some(1));
        assert_eq!(s.step("signaal", Phase::Before, 1, 3), Some(3));
        assert_eq!(s.step("signaal", Phase::Before, 1, -5), Some(0), "never below zero");
        assert_eq!(s.step("signaal", Phase::Before, 7, 1), None);
        assert_eq!(s.step("weg", Phase::Before, 0, 1), None);
        s.step("signaal", Phase::Before, 0, 6);
        s.step("waar-melden", Phase::Before, 4, 2);
        // The trainer entered 4 participants but 6 hands went up.
        s.participants_before = 4;
        assert_eq!(s.participants(Phase::Before), 6);
        let back = super::super::csv::read(super::super::csv::write(&s).as_bytes()).unwrap();
        assert_eq!(back.participants_before, 6);
        assert!(back.too_few(), "nobody was counted after");
        assert_eq!(back.items[0].before.figure(ItemKind::Knowledge), Figure::Percent(0));
        assert_eq!(back.items[2].before.distribution(), vec![Figure::TooFew; 5], "2 answers: too few");
    }
}
