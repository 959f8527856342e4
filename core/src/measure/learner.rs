//! One learner's own before/after, for "Mijn voortgang": what to offer
//! next, how it is kept in the progress document, and the comparison.
//! Every answer is optional: a skipped item is simply absent, and the
//! learner is never graded.
//!
//! Kept as the progress record of the set's id (`meting/inwoner`), with the
//! answers under `voor/kennis/<key>`, `voor/stelling/<key>` and so on (see
//! [`ProgressDoc::own_measure`]), not as a field of its own: a typed field
//! added 6.7 KB brotli of serde code to the first visit's wasm (measured,
//! ARCHITECTURE.md), while a record already merges newest-first across
//! tabs, is checked on import and travels in the progress file.

use std::collections::BTreeMap;

use super::model::{Measure, Phase, SCALE_POINTS};
use super::words;
use crate::progress::{Millis, ProgressDoc};

/// What an audience's page offers the learner about their own measurement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Invitation {
    /// "Wat weet je al?": the questions before the modules.
    Before,
    /// The same kind of questions again, now that a module is finished.
    After,
    /// Both taken: see the difference on "Mijn voortgang".
    SeeGrowth,
}

/// What to offer, given the learner's progress, the audience's set and how
/// many of its modules they finished. Nothing once they declined, and
/// nothing between "before" and a first finished module: the "after"
/// questions only mean something after some training.
///
/// Reads the record's keys only, without [`ProgressDoc::own_measure`]: the
/// audience page runs this on a first visit, where every byte of code counts.
pub fn invitation(doc: &ProgressDoc, set: &str, finished_modules: usize) -> Option<Invitation> {
    let answers = doc.module(set).map(|r| &r.answers);
    let has = |key: &str| answers.is_some_and(|a| a.contains_key(key));
    match (has(DECLINED), has(Phase::Before.code()), has(Phase::After.code())) {
        (true, _, _) => None,
        (false, false, _) => Some(Invitation::Before),
        (false, true, false) if finished_modules > 0 => Some(Invitation::After),
        (false, true, false) => None,
        (false, true, true) => Some(Invitation::SeeGrowth),
    }
}

/// The answers of one phase. Keys are item keys; nothing else is stored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OwnAnswers {
    /// Knowledge item key -> chosen option (0-based).
    pub knowledge: BTreeMap<String, usize>,
    /// Statement key -> scale point 1..=5.
    pub statements: BTreeMap<String, u8>,
}

/// A learner's measurement for one audience: before, after, or both.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OwnMeasure {
    /// The learner chose "Overslaan" instead of the questions: they are not
    /// invited again (until they answer after all).
    pub declined: bool,
    /// Answers before the module(s).
    pub before: Option<OwnAnswers>,
    /// Answers after.
    pub after: Option<OwnAnswers>,
}

/// Answer keys in the record: `<phase>/kennis/<key>` holds `[option]`,
/// `<phase>/stelling/<key>` holds `[point]`, `<phase>` alone (empty) says the
/// phase was taken even if every question was left open, and
/// [`DECLINED`] that the learner skipped.
const KNOWLEDGE: &str = "kennis";
const STATEMENT: &str = "stelling";
const DECLINED: &str = "overgeslagen";

/// Whether a progress record holds a learner's own measurement rather
/// than a module's progress (for counting modules).
pub fn is_own_measure(record_id: &str) -> bool {
    record_id.starts_with("meting/")
}

impl ProgressDoc {
    /// The learner's own measurement for set `set` (`meting/inwoner`).
    pub fn own_measure(&self, set: &str) -> OwnMeasure {
        let Some(record) = self.module(set) else { return OwnMeasure::default() };
        let phase = |phase: Phase| {
            record.answers.contains_key(phase.code()).then(|| {
                let mut answers = OwnAnswers::default();
                for (key, value) in &record.answers {
                    let Some(rest) = key.strip_prefix(phase.code()).and_then(|r| r.strip_prefix('/')) else { continue };
                    match (rest.split_once('/'), value.as_slice()) {
                        (Some((KNOWLEDGE, item)), [option]) => {
                            answers.knowledge.insert(item.to_string(), *option);
                        }
                        (Some((STATEMENT, item)), [point]) => {
                            answers.statements.insert(item.to_string(), u8::try_from(*point).unwrap_or(0));
                        }
                        _ => {}
                    }
                }
                answers
            })
        };
        OwnMeasure { declined: record.answers.contains_key(DECLINED), before: phase(Phase::Before), after: phase(Phase::After) }
    }

    /// Keeps the learner's answers to `phase` of set `set`, replacing
    /// earlier answers of that phase and undoing a skip.
    pub fn record_measure(&mut self, set: &str, phase: Phase, answers: &OwnAnswers, now: Millis) {
        self.record_opened(set, now);
        let Some(record) = self.modules.get_mut(set) else { return };
        record.answers.retain(|key, _| key != DECLINED && key.split('/').next() != Some(phase.code()));
        record.answers.insert(phase.code().to_string(), Vec::new());
        for (item, option) in &answers.knowledge {
            record.answers.insert(format!("{}/{KNOWLEDGE}/{item}", phase.code()), vec![*option]);
        }
        for (item, point) in &answers.statements {
            record.answers.insert(format!("{}/{STATEMENT}/{item}", phase.code()), vec![usize::from(*point)]);
        }
    }

    /// Notes that the learner skipped set `set`.
    pub fn decline_measure(&mut self, set: &str, now: Millis) {
        self.record_answer(set, DECLINED, Vec::new(), now);
    }
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
            ..Default::default()
        };
        let g = compare(&m, &own);
        assert_eq!((g.asked, g.right_before, g.right_after), (2, 1, 2));
        assert_eq!(g.knowledge_text().as_deref(), Some("Voor je begon had je 1 van de 2 vragen goed. Nu zijn het er 2 van de 2."));
        assert_eq!(
            g.statements[0],
            StatementGrowth { key: "waar-melden".into(), text: "Ik weet waar ik een vermoeden kan melden".into(), before: Some(2), after: Some(5) }
        );
        assert_eq!((g.statements[1].before, g.statements[1].after), (None, None), "skipped, and 9 is off the scale");
    }

    #[test]
    fn nothing_is_said_until_both_phases_are_taken() {
        let m = parse_measure("meting/inwoner", GOOD).value;
        let only_before = OwnMeasure { before: Some(OwnAnswers::default()), ..Default::default() };
        assert_eq!(compare(&m, &only_before).knowledge_text(), None);
    }

    #[test]
    fn the_page_invites_before_then_after_a_finished_module_then_to_see_growth() {
        let mut doc = ProgressDoc::default();
        let set = "meting/inwoner";
        assert_eq!(invitation(&doc, set, 3), Some(Invitation::Before));
        doc.record_measure(set, Phase::Before, &answers(&[("signaal", 1)], &[]), 10);
        assert_eq!(invitation(&doc, set, 0), None, "no 'after' before any training");
        assert_eq!(invitation(&doc, set, 1), Some(Invitation::After));
        assert_eq!(invitation(&doc, "meting/agrarier", 1), Some(Invitation::Before), "each audience on its own");
        doc.record_measure(set, Phase::After, &OwnAnswers::default(), 20);
        assert_eq!(invitation(&doc, set, 1), Some(Invitation::SeeGrowth));
        assert_eq!(doc.module("meting/inwoner").map(|r| r.updated), Some(20));
    }

    #[test]
    fn a_learner_who_skips_is_not_asked_again_until_they_answer() {
        let mut doc = ProgressDoc::default();
        doc.decline_measure("meting/inwoner", 5);
        assert_eq!(invitation(&doc, "meting/inwoner", 4), None);
        doc.record_measure("meting/inwoner", Phase::Before, &OwnAnswers::default(), 6);
        assert!(!doc.own_measure("meting/inwoner").declined, "answering after all undoes the skip");
        assert_eq!(invitation(&doc, "meting/inwoner", 4), Some(Invitation::After));
    }

    #[test]
    fn answering_a_phase_again_replaces_only_that_phase() {
        let mut doc = ProgressDoc::default();
        doc.record_measure("meting/inwoner", Phase::Before, &answers(&[("a", 1), ("b", 2)], &[("z", 3)]), 1);
        doc.record_measure("meting/inwoner", Phase::After, &answers(&[("a", 0)], &[]), 2);
        doc.record_measure("meting/inwoner", Phase::Before, &answers(&[("a", 2)], &[]), 3);
        let own = doc.own_measure("meting/inwoner");
        assert_eq!(own.before, Some(answers(&[("a", 2)], &[])));
        assert_eq!(own.after, Some(answers(&[("a", 0)], &[])));
    }

    proptest::proptest! {
        /// Whatever is answered reads back the same, also after the progress
        /// document is saved and read again (and checked like an import).
        #[test]
        fn answers_round_trip_through_the_progress_document(
            knowledge in proptest::collection::btree_map("[a-z][a-z0-9-]{0,20}", 0usize..6, 0..6),
            statements in proptest::collection::btree_map("[a-z][a-z0-9-]{0,20}", 1u8..=5, 0..6),
            phase in proptest::sample::select(Phase::BOTH.to_vec()),
        ) {
            let given = OwnAnswers { knowledge, statements };
            let mut doc = ProgressDoc::default();
            doc.record_measure("meting/agrarier", phase, &given, 7);
            let read = crate::progress::schema::import(&crate::progress::schema::encode(&doc)).expect("plausible");
            let own = read.own_measure("meting/agrarier");
            proptest::prop_assert_eq!(own.answers(phase), Some(&given));
        }
    }
}
