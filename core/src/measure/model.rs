//! A measurement set as a trainer writes it: per audience, knowledge items
//! asked before and after the session (paired by a shared key, each phase
//! with its own situation) and willingness statements on a 5-point scale,
//! asked in both phases.

use crate::content::document::{plain_text, Block, Inline};
use crate::content::kinds::question::{self, Answer, Question};
use crate::content::Audience;

/// Points on the willingness scale: 1 (helemaal niet mee eens) to 5
/// (helemaal mee eens).
pub const SCALE_POINTS: usize = 5;

/// Most answer options a knowledge item may have: a presenter counts hands
/// per option, and the CSV has this many count columns.
pub const MAX_OPTIONS: usize = 6;

/// Before or after the session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub enum Phase {
    /// Asked before the session (`voor`).
    Before,
    /// Asked after the session (`na`).
    After,
}

impl Phase {
    /// Both phases, in order.
    pub const BOTH: [Phase; 2] = [Phase::Before, Phase::After];

    /// The word used in Markdown headings and the CSV.
    pub fn code(self) -> &'static str {
        match self {
            Phase::Before => "voor",
            Phase::After => "na",
        }
    }

    /// Looks a phase up by its code.
    pub fn from_code(code: &str) -> Option<Phase> {
        Phase::BOTH.into_iter().find(|p| p.code() == code.trim().to_lowercase())
    }
}

/// A parsed measurement set. Items that could not be paired are left out
/// (and reported); check the diagnostics before trusting it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Measure {
    /// Path in `content/` without `.md`, e.g. `meting/inwoner`.
    pub id: String,
    /// `titel:`
    pub title: String,
    /// `doelgroep:`
    pub audience: Option<Audience>,
    /// `duur:` in minutes, for both phases together.
    pub minutes: Option<u32>,
    /// Text before `# Voor`: what is measured and why, shown to the learner
    /// before they choose to take part or skip.
    pub intro: Vec<Block>,
    /// Text between `# Voor` and its first item, if any ("Beantwoord
    /// deze vragen voordat je begint").
    pub intro_before: Vec<Block>,
    /// Text between `# Na` and its first item, if any.
    pub intro_after: Vec<Block>,
    /// Knowledge items, in the order of `# Voor`.
    pub knowledge: Vec<KnowledgePair>,
    /// Willingness statements, asked before and after.
    pub statements: Vec<Statement>,
}

/// One idea tested twice: before and after, with different situations.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct KnowledgePair {
    /// The shared `{#key}`: the same in both phases and in every CSV, so
    /// sessions can be combined.
    pub key: String,
    /// `onderwerp:` what someone who answers right knows ("waar je een
    /// vermoeden kunt melden"), for the plain-language conclusions.
    pub topic: Option<String>,
    /// The item asked before.
    pub before: Question,
    /// The item asked after.
    pub after: Question,
}

impl KnowledgePair {
    /// The item of `phase`.
    pub fn question(&self, phase: Phase) -> &Question {
        match phase {
            Phase::Before => &self.before,
            Phase::After => &self.after,
        }
    }

    /// What the reports call this item: the topic, or the key.
    pub fn label(&self) -> String {
        self.topic.clone().unwrap_or_else(|| self.key.clone())
    }
}

/// A willingness statement ("Ik zou een signaal melden").
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Statement {
    /// `{#key}` or derived from the text.
    pub key: String,
    /// The statement as written.
    pub text: Vec<Inline>,
}

impl Statement {
    /// The statement without formatting.
    pub fn text_plain(&self) -> String {
        plain_text(&self.text).trim().to_string()
    }
}

impl Measure {
    /// The index of the right option of `key` in `phase`, if that item
    /// exists and has exactly one right option.
    pub fn right_option(&self, key: &str, phase: Phase) -> Option<usize> {
        let q = self.knowledge.iter().find(|k| k.key == key)?.question(phase);
        match &q.answer {
            Answer::One(options) => match question::correct_options(options).as_slice() {
                [only] => Some(*only),
                _ => None,
            },
            // The parser refuses these in a measurement (`F-METING-003`).
            Answer::Several(_) | Answer::Order(_) => None,
        }
    }
}
