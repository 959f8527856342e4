//! One learner's own before/after, for "Mijn voortgang". The app will keep
//! [`OwnMeasure`] in the learner's progress (locally, like all progress);
//! this module only compares. Every answer is optional: a skipped item is
//! simply absent, and the learner is never graded.

use std::collections::BTreeMap;

use super::model::{Measure, Phase, SCALE_POINTS};
use super::words;

/// The answers of one phase. Keys are item keys; nothing else is stored.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct OwnAnswers {
    /// Knowledge item key -> chosen option (0-based).
    #[serde(default)]
    pub knowledge: BTreeMap<String, usize>,
    /// Statement key -> scale point 1..=5.
    #[serde(default)]
    pub statements: BTreeMap<String, u8>,
}

/// A learner's measurement for one audience: before, after, or both.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct OwnMeasure {
    /// Answers before the module(s).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<OwnAnswers>,
    /// Answers after.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<OwnAnswers>,
}

impl OwnMeasure {
    /// The answers of `phase`, if that phase was taken.
    pub fn answers(&self, phase: Phase) -> Option<&OwnAnswers> {
        match phase {
            Phase::Before => self.before.as_ref(),
            Phase::After => self.after.as_ref(),
        }
    }
}

/// One statement, before and after (1..=5, `None` when skipped).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct StatementGrowth {
    /// The statement's key.
    pub key: String,
    /// The statement text.
    pub text: String,
    /// Point chosen before.
    pub before: Option<u8>,
    /// Point chosen after.
    pub after: Option<u8>,
}

/// What "Mijn voortgang" shows: right answers before and after, and each
/// statement's two points, for a chart and its text alternative.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Growth {
    /// Knowledge items in the set.
    pub asked: u32,
    /// Right before (skipped counts as not right).
    pub right_before: u32,
    /// Right after.
    pub right_after: u32,
    /// Whether each phase was taken at all.
    pub took: [bool; 2],
    /// Every statement of the set.
    pub statements: Vec<StatementGrowth>,
}

impl Growth {
    /// One sentence about knowledge, or `None` until both phases are taken.
    pub fn knowledge_text(&self) -> Option<String> {
        (self.took == [true, true] && self.asked > 0).then(|| words::own_knowledge(self.right_before, self.right_after, self.asked))
    }
}

/// Compares a learner's answers with the set. Answers for items that are
/// no longer in the set (the trainer changed it) are ignored; an option
/// or scale point out of range counts as skipped.
pub fn compare(measure: &Measure, own: &OwnMeasure) -> Growth {
    let right = |phase: Phase| -> u32 {
        let Some(a) = own.answers(phase) else { return 0 };
        let hits = measure.knowledge.iter().filter(|k| a.knowledge.get(&k.key).is_some_and(|c| measure.right_option(&k.key, phase) == Some(*c)));
        u32::try_from(hits.count()).unwrap_or(u32::MAX)
    };
    let point =
        |phase: Phase, key: &str| own.answers(phase).and_then(|a| a.statements.get(key).copied()).filter(|p| (1..=SCALE_POINTS as u8).contains(p));
    Growth {
        asked: u32::try_from(measure.knowledge.len()).unwrap_or(u32::MAX),
        right_before: right(Phase::Before),
        right_after: right(Phase::After),
        took: [own.before.is_some(), own.after.is_some()],
        statements: measure
            .statements
            .iter()
            .map(|s| StatementGrowth {
                key: s.key.clone(),
                text: s.text_plain(),
                before: point(Phase::Before, &s.key),
                after: point(Phase::After, &s.key),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::measure::parse::{parse_measure, tests::GOOD};

    fn answers(knowledge: &[(&str, usize)], statements: &[(&str, u8)]) -> OwnAnswers {
        OwnAnswers {
            knowledge: knowledge.iter().map(|(k, v)| (k.to_string(), *v)).collect(),
            statements: statements.iter().map(|(k, v)| (k.to_string(), *v)).collect(),
        }
    }

    #[test]
    fn compares_own_answers_before_and_after() {
        let m = parse_measure("meting/inwoner", GOOD).value;
        let own = OwnMeasure {
            before: Some(answers(&[("signaal", 0), ("melden", 0)], &[("waar-melden", 2)])),
            after: Some(answers(&[("signaal", 0), ("melden", 2), ("weg", 1)], &[("waar-melden", 5), ("zou-melden", 9)])),
        };
        let g = compare(&m, &own);
        assert_eq!((g.asked, g.right_before, g.right_after), (2, 1, 2));
        assert_eq!(g.knowledge_text().as_deref(), Some("Voor de les had je 1 van de 2 vragen goed, na de les 2 van de 2."));
        assert_eq!(
            g.statements[0],
            StatementGrowth { key: "waar-melden".into(), text: "Ik weet waar ik een vermoeden kan melden".into(), before: Some(2), after: Some(5) }
        );
        assert_eq!((g.statements[1].before, g.statements[1].after), (None, None), "skipped, and 9 is off the scale");
    }

    #[test]
    fn nothing_is_said_until_both_phases_are_taken_and_old_data_reads() {
        let m = parse_measure("meting/inwoner", GOOD).value;
        let only_before = OwnMeasure { before: Some(OwnAnswers::default()), after: None };
        assert_eq!(compare(&m, &only_before).knowledge_text(), None);
        let json = serde_json::to_string(&only_before).unwrap();
        assert_eq!(json, r#"{"before":{"knowledge":{},"statements":{}}}"#);
        assert_eq!(serde_json::from_str::<OwnMeasure>("{}").unwrap(), OwnMeasure::default());
    }
}
