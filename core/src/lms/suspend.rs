//! `cmi.suspend_data`: one module's progress, compact, for an LMS to hand
//! back on the next launch (perhaps on another computer).
//!
//! SCORM 1.2 allows 4 096 characters, and common LMS runtimes accept more
//! without saying so, so an overflow would only show as a lost resume at a
//! stricter LMS. [`fullest`] builds the largest state a module can produce;
//! the checker warns when it does not fit, and a native test over the
//! shipped content prints the largest.
//!
//! The text is `w1:` followed by JSON with one-letter keys. Item ids
//! (questions, cards, scenario nodes) are long slugs of their text, so they
//! are written as their number in the module's [`dictionary`]; an id the
//! module does not have (any more) is written out. Decoding is total:
//! anything that is not exactly that, or holds values Weerbaar never
//! writes, gives `None` and the learner simply starts from local progress.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::content::kinds::Items;
use crate::content::Module;
use crate::progress::repetition::{Due, MAX_LEVEL};
use crate::progress::schema::{plausible_module, MAX_MILLIS};
use crate::progress::{AttemptResult, Completion, Millis, ModuleProgress};

/// What SCORM 1.2 guarantees for `cmi.suspend_data` (CMIString4096).
pub const LIMIT: usize = 4096;

const PREFIX: &str = "w1:";

/// [`ModuleProgress`] with short keys and tuples: the same facts in about
/// half the characters. Its own type, so the stored document's shape (a
/// contract with every browser) and this one can change independently.
/// An item id: its number in the [`dictionary`], or the id itself.
#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum Key {
    Index(usize),
    Name(String),
}

/// The ids whose numbers [`encode`] writes: questions, cards and scenario
/// nodes in the module's order.
pub fn dictionary(module: &Module) -> Vec<String> {
    let mut ids: Vec<String> = module.items.questions().iter().map(|q| q.id.clone()).collect();
    match &module.items {
        Items::Cards(cards) => ids.extend(cards.iter().map(|c| c.id.clone())),
        Items::Scenario(s) => ids.extend(s.nodes.iter().map(|n| n.id.clone())),
        _ => {}
    }
    ids
}

struct Dict<'a>(&'a [String]);

impl Dict<'_> {
    fn key(&self, id: &str) -> Key {
        match self.0.iter().position(|d| d == id) {
            Some(i) => Key::Index(i),
            None => Key::Name(id.to_string()),
        }
    }

    fn id(&self, key: Key) -> Option<String> {
        match key {
            Key::Index(i) => self.0.get(i).cloned(),
            Key::Name(n) => Some(n),
        }
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Compact {
    f: Millis,
    u: Millis,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    c: Option<(Millis, Option<u32>)>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    p: Option<u32>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    a: Vec<(Key, Vec<usize>)>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    r: Vec<(Key, u8, Millis)>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    w: Vec<Key>,
    #[serde(default, skip_serializing_if = "is_zero")]
    n: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    s: Option<(Millis, u32, bool)>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    o: Vec<Key>,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// The resume state of one module as `cmi.suspend_data` text; `dictionary`
/// is the module's [`dictionary`].
pub fn encode(m: &ModuleProgress, dictionary: &[String]) -> String {
    let d = Dict(dictionary);
    let compact = Compact {
        f: m.first_opened,
        u: m.updated,
        c: m.completed.map(|c| (c.at, c.score)),
        p: m.page,
        a: m.answers.iter().map(|(k, v)| (d.key(k), v.clone())).collect(),
        r: m.review.iter().map(|(k, due)| (d.key(k), due.level, due.due)).collect(),
        w: m.path.iter().map(|k| d.key(k)).collect(),
        n: m.attempt,
        s: m.result.map(|r| (r.at, r.score, r.passed)),
        o: m.practice.iter().map(|k| d.key(k)).collect(),
    };
    format!("{PREFIX}{}", serde_json::to_string(&compact).unwrap_or_default())
}

/// Reads what [`encode`] wrote for module `id` with the same `dictionary`;
/// `None` for anything else.
pub fn decode(id: &str, text: &str, dictionary: &[String]) -> Option<ModuleProgress> {
    let d = Dict(dictionary);
    let json = text.strip_prefix(PREFIX)?;
    if json.len() > 64_000 {
        return None;
    }
    let c: Compact = serde_json::from_str(json).ok()?;
    let m = ModuleProgress {
        first_opened: c.f,
        updated: c.u,
        completed: c.c.map(|(at, score)| Completion { at, score }),
        page: c.p,
        answers: c.a.into_iter().map(|(k, v)| Some((d.id(k)?, v))).collect::<Option<_>>()?,
        review: c.r.into_iter().map(|(k, level, due)| Some((d.id(k)?, Due { level, due }))).collect::<Option<_>>()?,
        path: c.w.into_iter().map(|k| d.id(k)).collect::<Option<_>>()?,
        attempt: c.n,
        result: c.s.map(|(at, score, passed)| AttemptResult { at, score, passed }),
        practice: c.o.into_iter().map(|k| d.id(k)).collect::<Option<_>>()?,
    };
    plausible_module(id, &m).then_some(m)
}

/// The largest progress module `module` can produce: every page visited,
/// every question answered with every option, every item scheduled at the
/// highest level, every scenario node on the route, the test being
/// practised, a result and a completion, all with the longest timestamps.
/// An upper bound, so a module whose fullest state fits always fits.
pub fn fullest(module: &Module) -> ModuleProgress {
    let at = MAX_MILLIS;
    let questions = module.items.questions();
    let mut answers: BTreeMap<String, Vec<usize>> = questions.iter().map(|q| (q.id.clone(), (0..q.options.len()).collect())).collect();
    let mut items: Vec<String> = questions.iter().map(|q| q.id.clone()).collect();
    let (pages, path) = match &module.items {
        Items::Lesson(l) => (l.pages.len(), Vec::new()),
        Items::Mission(m) => (m.steps.len(), Vec::new()),
        Items::Scenario(s) => (0, s.nodes.iter().map(|n| n.id.clone()).collect()),
        Items::Cards(cards) => {
            for c in cards {
                answers.insert(c.id.clone(), vec![1]);
                items.push(c.id.clone());
            }
            (0, Vec::new())
        }
        Items::Quiz(_) | Items::Scene(_) => (0, Vec::new()),
    };
    ModuleProgress {
        first_opened: at,
        updated: at,
        completed: Some(Completion { at, score: Some(100) }),
        page: Some(pages.max(1) as u32),
        answers,
        review: items.iter().map(|id| (id.clone(), Due { level: MAX_LEVEL, due: at })).collect(),
        path,
        attempt: u32::MAX,
        result: Some(AttemptResult { at, score: 100, passed: false }),
        practice: items,
    }
}

/// Characters of the fullest resume state of `module` (see [`fullest`]).
pub fn fullest_len(module: &Module) -> usize {
    encode(&fullest(module), &dictionary(module)).chars().count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn progress() -> impl Strategy<Value = ModuleProgress> {
        (
            (0u64..MAX_MILLIS, 0u64..MAX_MILLIS),
            proptest::option::of((0u64..MAX_MILLIS, proptest::option::of(0u32..=100))),
            proptest::option::of(0u32..9999),
            proptest::collection::btree_map("[ab12]{1,2}|[a-z0-9-]{1,20}", proptest::collection::vec(0usize..10, 0..4), 0..5),
            proptest::collection::btree_map("[ab12]{1,2}|[a-z0-9-]{1,20}", (0u8..=MAX_LEVEL, 0u64..MAX_MILLIS), 0..5),
            proptest::collection::vec("[ab]{1,2}|[a-zé\"\\\\ -]{1,12}", 0..4),
            any::<u32>(),
            proptest::option::of((0u64..MAX_MILLIS, 0u32..=100, any::<bool>())),
            proptest::collection::vec("[ab]|[a-z]{1,8}", 0..3),
        )
            .prop_map(|((a, b), c, page, answers, review, path, attempt, result, practice)| ModuleProgress {
                first_opened: a.min(b),
                updated: a.max(b),
                completed: c.map(|(at, score)| Completion { at, score }),
                page,
                answers,
                review: review.into_iter().map(|(k, (level, due))| (k, Due { level, due })).collect(),
                path,
                attempt,
                result: result.map(|(at, score, passed)| AttemptResult { at, score, passed }),
                practice,
            })
    }

    /// Some ids the random progress uses, some it does not.
    fn dict() -> Vec<String> {
        ["a", "b", "ab", "vraag-1", "12"].map(String::from).to_vec()
    }

    #[test]
    fn known_ids_are_numbers_and_unknown_ones_names() {
        let mut m = ModuleProgress { first_opened: 1, updated: 2, ..Default::default() };
        m.answers.insert("ab".into(), vec![1]);
        m.answers.insert("weg".into(), vec![0]);
        m.path = vec!["12".into(), "a".into()];
        let text = encode(&m, &dict());
        assert_eq!(text, "w1:{\"f\":1,\"u\":2,\"a\":[[2,[1]],[\"weg\",[0]]],\"w\":[4,0]}");
        assert_eq!(decode("m/x", &text, &dict()), Some(m));
        assert_eq!(decode("m/x", "w1:{\"f\":1,\"u\":2,\"w\":[9]}", &dict()), None, "a number the module does not have");
    }

    proptest! {
        #[test]
        fn encode_then_decode_gives_the_same_progress(m in progress()) {
            let dict = dict();
            prop_assert_eq!(decode("medewerker/x", &encode(&m, &dict), &dict), Some(m));
        }

        #[test]
        fn decoding_any_text_never_panics(text in "\\PC{0,200}") {
            let _ = decode("medewerker/x", &text, &dict());
            let _ = decode("medewerker/x", &format!("{PREFIX}{text}"), &dict());
        }
    }

    #[test]
    fn foreign_or_implausible_states_are_refused() {
        assert_eq!(decode("m/x", "", &dict()), None, "a first launch has empty suspend_data");
        assert_eq!(decode("m/x", "viewed=1,2,3|lastviewedslide=3", &dict()), None, "another tool's state");
        assert_eq!(decode("m/x", "w1:{\"f\":1}", &dict()), None, "fields missing");
        assert_eq!(decode("m/x", "w1:{\"f\":2,\"u\":1}", &dict()), None, "updated before opened");
        assert_eq!(decode("m/x", "w1:{\"f\":1,\"u\":2,\"s\":[2,101,true]}", &dict()), None, "a score above 100");
        assert_eq!(decode("m/x", "w1:{\"f\":1,\"u\":2,\"x\":1}", &dict()), None, "an unknown key");
        let m = decode("m/x", "w1:{\"f\":1,\"u\":2,\"p\":3}", &dict()).unwrap();
        assert_eq!((m.first_opened, m.updated, m.page), (1, 2, Some(3)));
    }

    #[test]
    fn the_compact_form_is_short() {
        let m = ModuleProgress { first_opened: 1_700_000_000_000, updated: 1_700_000_000_001, page: Some(4), ..Default::default() };
        assert_eq!(encode(&m, &dict()), "w1:{\"f\":1700000000000,\"u\":1700000000001,\"p\":4}");
    }
}
