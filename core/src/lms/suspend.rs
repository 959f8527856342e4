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

use serde_json::{Map, Value};

use crate::content::kinds::Items;
use crate::content::Module;
use crate::progress::repetition::{Due, MAX_LEVEL};
use crate::progress::schema::{plausible_module, MAX_MILLIS};
use crate::progress::{AttemptResult, Completion, ModuleProgress};

/// What SCORM 1.2 guarantees for `cmi.suspend_data` (CMIString4096).
pub const LIMIT: usize = 4096;

const PREFIX: &str = "w1:";

/// [`ModuleProgress`] with short keys and tuples: the same facts in about
/// half the characters. Its own type, so the stored document's shape (a
/// contract with every browser) and this one can change independently.
/// The ids whose numbers [`encode`] writes: questions, cards and scenario
/// nodes in the module's order.
pub fn dictionary(module: &Module) -> Vec<String> {
    let mut ids: Vec<String> = module.items.questions().iter().map(|q| q.id.clone()).collect();
    match &module.items {
        Items::Cards(cards) => ids.extend(cards.iter().map(|c| c.id.clone())),
        Items::Scenario(s) => ids.extend(s.nodes.iter().map(|n| n.id.clone())),
        Items::Mission(m) => ids.extend(m.steps.iter().map(|s| s.id.clone())),
        // Their items are questions (above) or, for a scene, regions that
        // progress does not name.
        Items::Lesson(_) | Items::Quiz(_) | Items::Scene(_) => {}
    }
    ids
}

// Written and read by hand (through `serde_json::Value`, which the app has
// anyway) rather than with serde derives: their generic code would cost
// every module page kilobytes of wasm for a dozen fields.

/// An item id as its number in `dictionary`, or as a JSON string.
fn key(dictionary: &[String], id: &str) -> String {
    match dictionary.iter().position(|d| d == id) {
        Some(i) => i.to_string(),
        None => Value::from(id).to_string(),
    }
}

/// What [`key`] wrote, back to the id.
fn id_of(dictionary: &[String], v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        _ => dictionary.get(usize::try_from(v.as_u64()?).ok()?).cloned(),
    }
}

fn list<T>(items: impl Iterator<Item = T>, f: impl Fn(T) -> String) -> String {
    format!("[{}]", items.map(f).collect::<Vec<_>>().join(","))
}

/// The resume state of one module as `cmi.suspend_data` text; `dictionary`
/// is the module's [`dictionary`].
pub fn encode(m: &ModuleProgress, dictionary: &[String]) -> String {
    let k = |id: &String| key(dictionary, id);
    let mut fields = vec![format!("\"f\":{}", m.first_opened), format!("\"u\":{}", m.updated)];
    if let Some(c) = m.completed {
        fields.push(format!("\"c\":[{},{}]", c.at, c.score.map_or("null".to_string(), |s| s.to_string())));
    }
    if let Some(p) = m.page {
        fields.push(format!("\"p\":{p}"));
    }
    if !m.answers.is_empty() {
        fields.push(format!("\"a\":{}", list(m.answers.iter(), |(q, v)| format!("[{},{}]", k(q), list(v.iter(), |i| i.to_string())))));
    }
    if !m.review.is_empty() {
        fields.push(format!("\"r\":{}", list(m.review.iter(), |(q, d)| format!("[{},{},{}]", k(q), d.level, d.due))));
    }
    if !m.path.is_empty() {
        fields.push(format!("\"w\":{}", list(m.path.iter(), k)));
    }
    if m.attempt != 0 {
        fields.push(format!("\"n\":{}", m.attempt));
    }
    if let Some(r) = m.result {
        fields.push(format!("\"s\":[{},{},{}]", r.at, r.score, r.passed));
    }
    if !m.practice.is_empty() {
        fields.push(format!("\"o\":{}", list(m.practice.iter(), k)));
    }
    if !m.done.is_empty() {
        fields.push(format!("\"d\":{}", list(m.done.iter(), k)));
    }
    format!("{PREFIX}{{{}}}", fields.join(","))
}

/// The array under `name`: empty when missing, `None` when not an array.
fn array<'a>(o: &'a Map<String, Value>, name: &str) -> Option<&'a [Value]> {
    match o.get(name) {
        None => Some(&[]),
        Some(Value::Array(a)) => Some(a),
        Some(_) => None,
    }
}

/// An array of exactly `n` values.
fn tuple(v: &Value, n: usize) -> Option<&[Value]> {
    v.as_array().map(Vec::as_slice).filter(|a| a.len() == n)
}

fn number<T: TryFrom<u64>>(v: &Value) -> Option<T> {
    T::try_from(v.as_u64()?).ok()
}

/// Reads what [`encode`] wrote for module `id` with the same `dictionary`;
/// `None` for anything else.
pub fn decode(id: &str, text: &str, dictionary: &[String]) -> Option<ModuleProgress> {
    let json = text.strip_prefix(PREFIX)?;
    if json.len() > 64_000 {
        return None;
    }
    let Value::Object(o) = serde_json::from_str::<Value>(json).ok()? else { return None };
    if o.keys().any(|k| !["f", "u", "c", "p", "a", "r", "w", "n", "s", "o", "d"].contains(&k.as_str())) {
        return None;
    }
    let id_of = |v: &Value| id_of(dictionary, v);
    let optional = |name: &str, n: usize| match o.get(name) {
        None => Some(None),
        Some(v) => tuple(v, n).map(Some),
    };
    let completed = match optional("c", 2)? {
        None => None,
        Some([at, score]) => Some(Completion { at: number(at)?, score: if score.is_null() { None } else { Some(number(score)?) } }),
        Some(_) => return None,
    };
    let result = match optional("s", 3)? {
        None => None,
        Some([at, score, passed]) => Some(AttemptResult { at: number(at)?, score: number(score)?, passed: passed.as_bool()? }),
        Some(_) => return None,
    };
    let m = ModuleProgress {
        first_opened: number(o.get("f")?)?,
        updated: number(o.get("u")?)?,
        completed,
        page: match o.get("p") {
            None => None,
            Some(p) => Some(number(p)?),
        },
        answers: array(&o, "a")?
            .iter()
            .map(|v| match tuple(v, 2)? {
                [q, chosen] => Some((id_of(q)?, chosen.as_array()?.iter().map(number).collect::<Option<_>>()?)),
                _ => None,
            })
            .collect::<Option<_>>()?,
        review: array(&o, "r")?
            .iter()
            .map(|v| match tuple(v, 3)? {
                [q, level, due] => Some((id_of(q)?, Due { level: number(level)?, due: number(due)? })),
                _ => None,
            })
            .collect::<Option<_>>()?,
        path: array(&o, "w")?.iter().map(id_of).collect::<Option<_>>()?,
        attempt: match o.get("n") {
            None => 0,
            Some(n) => number(n)?,
        },
        result,
        practice: array(&o, "o")?.iter().map(id_of).collect::<Option<_>>()?,
        done: array(&o, "d")?.iter().map(id_of).collect::<Option<_>>()?,
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
    let mut answers: BTreeMap<String, Vec<usize>> = questions.iter().map(|q| (q.id.clone(), (0..q.answer.len()).collect())).collect();
    let mut items: Vec<String> = questions.iter().map(|q| q.id.clone()).collect();
    let mut done = Vec::new();
    let (pages, path) = match &module.items {
        Items::Lesson(l) => (l.pages.len(), Vec::new()),
        Items::Mission(m) => {
            done = m.steps.iter().map(|s| s.id.clone()).collect();
            (m.steps.len(), Vec::new())
        }
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
        done,
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
            proptest::collection::vec("[ab]|[a-z]{1,8}", 0..3),
        )
            .prop_map(|((a, b), c, page, answers, review, path, attempt, result, practice, done)| ModuleProgress {
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
                done,
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

    #[test]
    fn an_ordering_answer_keeps_its_order() {
        // An order is the learner's sequence of step indices: sorting it on
        // the way would turn a wrong order into the right one.
        let mut m = ModuleProgress { first_opened: 1, updated: 2, ..Default::default() };
        m.answers.insert("vraag-1".into(), vec![2, 0, 1]);
        let text = encode(&m, &dict());
        assert_eq!(decode("agrarier/x", &text, &dict()).map(|d| d.answers["vraag-1"].clone()), Some(vec![2, 0, 1]));
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
