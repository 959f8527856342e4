//! Several session reports combined into one overview per audience and
//! period, for a municipality's annual report. Combining sums counts, so a
//! group of three sessions of four people (each suppressed on its own) can
//! be reported together once it reaches [`super::MIN_GROUP`].
//!
//! Nothing is lost: a file that cannot be read is listed with its reason,
//! the same session opened twice is counted once and named.

use crate::content::Audience;

use super::csv::{self, ReadError};
use super::day::Day;
use super::figure::Figure;
use super::model::{Phase, SCALE_POINTS};
use super::session::{ItemKind, Session};
use super::words;

/// How sessions are grouped in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Period {
    /// Per calendar month.
    Month,
    /// Per quarter (a council's usual reporting period).
    Quarter,
    /// Per calendar year (the annual report).
    Year,
    /// Everything together.
    All,
}

const MONTHS: [&str; 12] =
    ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

impl Period {
    /// A sortable key for `day` in this period.
    fn key(self, day: Day) -> (u16, u8) {
        match self {
            Period::Month => (day.year(), day.month()),
            Period::Quarter => (day.year(), day.quarter()),
            Period::Year => (day.year(), 0),
            Period::All => (0, 0),
        }
    }

    /// "maart 2026", "1e kwartaal 2026", "2026", "alle sessies".
    fn label(self, day: Day) -> String {
        match self {
            Period::Month => format!("{} {}", MONTHS.get(usize::from(day.month()).saturating_sub(1)).unwrap_or(&""), day.year()),
            Period::Quarter => format!("{}e kwartaal {}", day.quarter(), day.year()),
            Period::Year => day.year().to_string(),
            Period::All => "alle sessies".into(),
        }
    }
}

/// Summed counts of one item in one phase.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Totals {
    /// Everyone who answered.
    pub answered: u32,
    /// Right answers (knowledge) or agreed, 4 or 5 (statement).
    pub positive: u32,
    /// Per scale point 1..=5 (statements only; zeros for knowledge).
    pub scale: [u32; SCALE_POINTS],
}

impl Totals {
    /// The share of [`Totals::positive`], suppressed under five answers.
    pub fn figure(&self) -> Figure {
        Figure::share(self.positive, self.answered)
    }

    /// The distribution over the scale, each suppressed under five answers.
    pub fn distribution(&self) -> [Figure; SCALE_POINTS] {
        self.scale.map(|c| Figure::share(c, self.answered))
    }
}

/// One item across the sessions of a group.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ItemTotals {
    /// The item's key.
    pub key: String,
    /// Topic or statement, from the first session that has it.
    pub label: String,
    /// Knowledge item or statement.
    pub kind: ItemKind,
    /// Before the sessions.
    pub before: Totals,
    /// After the sessions.
    pub after: Totals,
}

impl ItemTotals {
    /// The totals of `phase`.
    pub fn totals(&self, phase: Phase) -> &Totals {
        match phase {
            Phase::Before => &self.before,
            Phase::After => &self.after,
        }
    }

    /// One plain-language sentence about this item.
    pub fn conclusion(&self) -> String {
        let (b, a) = (self.before.figure(), self.after.figure());
        match self.kind {
            ItemKind::Knowledge => words::knowledge_conclusion(&self.label, b, a),
            ItemKind::Statement => words::statement_conclusion(&self.label, b, a),
        }
    }
}

/// The sessions of one audience in one period.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Group {
    /// Who the sessions were for.
    pub audience: Audience,
    /// "1e kwartaal 2026" and the like.
    pub period: String,
    /// The first session's day.
    pub first: Day,
    /// The last session's day.
    pub last: Day,
    /// How many sessions.
    pub sessions: u32,
    /// Participants before, summed.
    pub participants_before: u32,
    /// Participants after, summed.
    pub participants_after: u32,
    /// Every item, in the order first seen.
    pub items: Vec<ItemTotals>,
}

impl Group {
    /// True when fewer than [`super::MIN_GROUP`] took part in either phase.
    pub fn too_few(&self) -> bool {
        self.participants_before.min(self.participants_after) < super::MIN_GROUP
    }

    /// Participants before as a reportable figure ("te weinig deelnemers"
    /// under five).
    pub fn participants_figure(&self, phase: Phase) -> Option<u32> {
        let n = match phase {
            Phase::Before => self.participants_before,
            Phase::After => self.participants_after,
        };
        (n >= super::MIN_GROUP).then_some(n)
    }

    /// Plain-language conclusions, one per item; a single sentence when
    /// the group is too small.
    pub fn conclusions(&self) -> Vec<String> {
        if self.too_few() {
            return vec![words::group_too_small()];
        }
        self.items.iter().map(ItemTotals::conclusion).collect()
    }
}

/// A file the overview could not use.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Refused {
    /// The file's name as the trainer chose it.
    pub file: String,
    /// Why, with the line.
    pub error: ReadError,
}

/// The combined overview.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Overview {
    /// Per audience and period, sorted by audience, then time.
    pub groups: Vec<Group>,
    /// Files that could not be read, with the reason.
    pub refused: Vec<Refused>,
    /// Files that hold a session already counted from another file.
    pub duplicates: Vec<String>,
}

/// Reads every file (name, bytes) and combines the sessions.
pub fn combine_files(files: &[(String, Vec<u8>)], period: Period) -> Overview {
    let mut sessions: Vec<Session> = Vec::new();
    let mut overview = Overview::default();
    for (name, bytes) in files {
        match csv::read(bytes) {
            Ok(s) if sessions.contains(&s) => overview.duplicates.push(name.clone()),
            Ok(s) => sessions.push(s),
            Err(error) => overview.refused.push(Refused { file: name.clone(), error }),
        }
    }
    overview.groups = combine(&sessions, period);
    overview
}

/// One session on its own, for the report a trainer prints after the
/// session: the same figures, suppression and conclusions as an overview.
pub fn session_summary(session: &Session) -> Group {
    let mut groups = combine(std::slice::from_ref(session), Period::All);
    let mut g = groups.pop().unwrap_or_else(|| Group {
        audience: session.audience,
        period: String::new(),
        first: session.date,
        last: session.date,
        sessions: 1,
        participants_before: 0,
        participants_after: 0,
        items: Vec::new(),
    });
    g.period = session.date.to_string();
    g
}

/// Audience and period key: how groups are told apart and sorted.
type GroupKey = (Audience, (u16, u8));

/// Combines sessions per audience and period.
pub fn combine(sessions: &[Session], period: Period) -> Vec<Group> {
    let mut keyed: Vec<(GroupKey, Group)> = Vec::new();
    for s in sessions {
        let key = (s.audience, period.key(s.date));
        let pos = match keyed.iter().position(|(k, _)| *k == key) {
            Some(p) => p,
            None => {
                keyed.push((
                    key,
                    Group {
                        audience: s.audience,
                        period: period.label(s.date),
                        first: s.date,
                        last: s.date,
                        sessions: 0,
                        participants_before: 0,
                        participants_after: 0,
                        items: Vec::new(),
                    },
                ));
                keyed.len() - 1
            }
        };
        let g = &mut keyed[pos].1;
        g.first = g.first.min(s.date);
        g.last = g.last.max(s.date);
        g.sessions += 1;
        g.participants_before = g.participants_before.saturating_add(s.participants(Phase::Before));
        g.participants_after = g.participants_after.saturating_add(s.participants(Phase::After));
        for item in &s.items {
            let at = match g.items.iter().position(|i| i.key == item.key && i.kind == item.kind) {
                Some(p) => p,
                None => {
                    g.items.push(ItemTotals {
                        key: item.key.clone(),
                        label: item.label.clone(),
                        kind: item.kind,
                        before: Totals::default(),
                        after: Totals::default(),
                    });
                    g.items.len() - 1
                }
            };
            let totals = &mut g.items[at];
            for phase in Phase::BOTH {
                let tally = item.tally(phase);
                let t = match phase {
                    Phase::Before => &mut totals.before,
                    Phase::After => &mut totals.after,
                };
                t.answered = t.answered.saturating_add(tally.answered());
                t.positive = t.positive.saturating_add(tally.positive(item.kind));
                if item.kind == ItemKind::Statement {
                    for (sum, c) in t.scale.iter_mut().zip(&tally.counts) {
                        *sum = sum.saturating_add(*c);
                    }
                }
            }
        }
    }
    keyed.sort_by_key(|(k, _)| *k);
    keyed.into_iter().map(|(_, g)| g).collect()
}

#[cfg(test)]
mod tests;
