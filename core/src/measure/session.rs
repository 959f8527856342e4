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
                Tally { counts: vec![0; q.options.len().min(MAX_OPTIONS)], right: measure.right_option(&k.key, phase) }
            };
            items.push(ItemCounts { key: k.key.clone(), label: k.label(), kind: ItemKind::Knowledge, before: tally(Phase::Before), after: tally(Phase::After) });
        }
        for s in &measure.statements {
            let tally = || Tally { counts: vec![0; SCALE_POINTS], right: None };
            items.push(ItemCounts { key: s.key.clone(), label: s.text_plain(), kind: ItemKind::Statement, before: tally(), after: tally() });
        }
        Some(Session { date, audience, measure: measure.id.clone(), participants_before: 0, participants_after: 0, items })
    }

    /// How many took part in `phase`.
    pub fn participants(&self, phase: Phase) -> u32 {
        match phase {
            Phase::Before => self.participants_before,
            Phase::After => self.participants_after,
        }
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
        self.participants_before.min(self.participants_after) < super::MIN_GROUP
    }
}
