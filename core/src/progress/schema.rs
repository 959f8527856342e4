//! The stored form of [`ProgressDoc`](super::ProgressDoc): a JSON envelope
//! `{"versie": N, ...}` and migrations from every earlier version.
//!
//! Decoding never destroys anything: on failure the caller gets an error and
//! keeps the original text aside, so a bug here can be repaired later.

use serde_json::Value;

use super::ProgressDoc;

/// The version this build writes.
pub const CURRENT_VERSION: u64 = 1;

/// Why stored progress could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// Not JSON, or not the shape of any version.
    Corrupt(String),
    /// Written by a newer Weerbaar than this one (e.g. after a rollback).
    TooNew(u64),
}

/// Largest import file accepted: far above any real progress (a few KB),
/// far below what could hang a tab.
pub const MAX_IMPORT_BYTES: usize = 1024 * 1024;
const MAX_MODULES: usize = 5000;
const MAX_ID_CHARS: usize = 300;
/// 1 January 3000 in milliseconds: later timestamps are not real.
pub(crate) const MAX_MILLIS: u64 = 32_503_680_000_000;

/// Why a progress file from elsewhere was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// Bigger than [`MAX_IMPORT_BYTES`].
    TooLarge,
    /// Not a Weerbaar progress file (not JSON, or another shape).
    NotProgress,
    /// Made by a newer Weerbaar.
    TooNew,
    /// The right shape, but values no Weerbaar writes (hostile or damaged).
    Implausible,
}

/// Reads a progress file a learner chose to import. Stricter than
/// [`decode`]: the file comes from outside, so every value is checked before
/// anything is merged into existing progress.
pub fn import(text: &str) -> Result<ProgressDoc, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge);
    }
    let doc = decode(text.trim_start_matches('\u{feff}')).map_err(|e| match e {
        DecodeError::TooNew(_) => ImportError::TooNew,
        DecodeError::Corrupt(_) => ImportError::NotProgress,
    })?;
    let plausible = doc.modules.len() <= MAX_MODULES && doc.modules.iter().all(|(id, m)| plausible_module(id, m));
    if plausible {
        Ok(doc)
    } else {
        Err(ImportError::Implausible)
    }
}

/// Whether one module's record holds only values Weerbaar itself writes:
/// for an import, and for the resume state an LMS hands back
/// ([`crate::lms::suspend`]), which is just as much outside data.
pub fn plausible_module(id: &str, m: &super::ModuleProgress) -> bool {
    crate::content::catalogue::is_module_id(id)
        && id.chars().count() <= MAX_ID_CHARS
        && m.first_opened <= m.updated
        && m.updated <= MAX_MILLIS
        && m.completed.is_none_or(|c| c.at <= MAX_MILLIS && c.score.is_none_or(|s| s <= 100))
        && m.page.is_none_or(|p| p < 10_000)
        && m.answers.len() <= 1000
        && m.answers.iter().all(|(q, a)| q.chars().count() <= MAX_ID_CHARS && a.len() <= 100 && a.iter().all(|&i| i < 100))
        && m.path.len() <= 1000
        && m.practice.len() <= 1000
        && m.practice.iter().all(|q| q.chars().count() <= MAX_ID_CHARS)
        && m.done.len() <= 1000
        && m.done.iter().all(|q| q.chars().count() <= MAX_ID_CHARS)
        && m.result.is_none_or(|r| r.score <= 100 && r.at <= MAX_MILLIS)
        && m.path.iter().all(|n| n.chars().count() <= MAX_ID_CHARS)
        && m.review.len() <= 1000
        && m.review.iter().all(|(q, d)| q.chars().count() <= MAX_ID_CHARS && d.level <= super::repetition::MAX_LEVEL && d.due <= MAX_MILLIS)
}

/// The stored form: the version, then the document's own fields.
#[derive(serde::Serialize)]
struct Versioned<'a> {
    versie: u64,
    #[serde(flatten)]
    doc: &'a ProgressDoc,
}

/// Only the version, read before the rest to choose the migrations.
#[derive(serde::Deserialize)]
struct VersionOnly {
    versie: Option<u64>,
}

/// Serialises the document with its version.
pub fn encode(doc: &ProgressDoc) -> String {
    serde_json::to_string(&Versioned { versie: CURRENT_VERSION, doc }).unwrap_or_default()
}

/// Reads a stored document of any known version.
///
/// The current version is read straight into [`ProgressDoc`] (which ignores
/// `versie`); only an older one goes through a [`Value`] to be migrated.
/// Reading every document through a `Value` put serde_json's `Value`
/// deserialiser for every progress type in the main wasm (issue 20).
pub fn decode(text: &str) -> Result<ProgressDoc, DecodeError> {
    let corrupt = |e: serde_json::Error| DecodeError::Corrupt(e.to_string());
    let VersionOnly { versie } = serde_json::from_str(text).map_err(corrupt)?;
    let version = versie.ok_or_else(|| DecodeError::Corrupt("geen versienummer".into()))?;
    if version > CURRENT_VERSION {
        return Err(DecodeError::TooNew(version));
    }
    if version == CURRENT_VERSION {
        return serde_json::from_str(text).map_err(corrupt);
    }
    let mut value: Value = serde_json::from_str(text).map_err(corrupt)?;
    for from in version..CURRENT_VERSION {
        value = migrate(from, value)?;
    }
    serde_json::from_str(&value.to_string()).map_err(corrupt)
}

/// Migrates a document of version `from` to `from + 1`. Each arm is kept
/// forever, with a fixture of the old version in the tests.
fn migrate(from: u64, value: Value) -> Result<Value, DecodeError> {
    // Version 1 is the first; later versions add arms here.
    Err(DecodeError::Corrupt(format!("onbekende versie {from}: {}", value.is_object())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::{Completion, ModuleProgress};
    use proptest::prelude::*;

    /// A document as version 1 wrote it. Never edit: old browsers hold this.
    const V1_FIXTURE: &str = r#"{"versie":1,"modules":{"inwoner/kapper":{"first_opened":1700000000000,"updated":1700000100000,"completed":{"at":1700000100000,"score":80}},"jeugd/phishing":{"first_opened":1,"updated":2}}}"#;

    #[test]
    fn version_1_fixture_reads() {
        let doc = decode(V1_FIXTURE).unwrap();
        assert_eq!(
            doc.modules["inwoner/kapper"],
            ModuleProgress {
                first_opened: 1_700_000_000_000,
                updated: 1_700_000_100_000,
                completed: Some(Completion { at: 1_700_000_100_000, score: Some(80) }),
                page: None,
                answers: Default::default(),
                review: Default::default(),
                path: Vec::new(),
                ..Default::default()
            }
        );
        assert_eq!(doc.modules["jeugd/phishing"].completed, None);
    }

    #[test]
    fn an_ordering_answer_is_stored_in_its_order_without_a_new_version() {
        let mut doc = ProgressDoc::default();
        doc.record_answer("agrarier/quiz", "afval-volgorde", vec![2, 0, 1], 1);
        let text = encode(&doc);
        assert!(text.contains("\"afval-volgorde\":[2,0,1]"), "{text}");
        assert!(text.contains(&format!("\"versie\":{CURRENT_VERSION}")), "{text}");
        assert_eq!(decode(&text).unwrap(), doc);
    }

    #[test]
    fn bad_input_is_an_error_not_a_panic() {
        assert!(matches!(decode(""), Err(DecodeError::Corrupt(_))));
        assert!(matches!(decode("{\"modules\":{}}"), Err(DecodeError::Corrupt(_))));
        assert!(matches!(decode("{\"versie\":1,\"modules\":[]}"), Err(DecodeError::Corrupt(_))));
        assert_eq!(decode("{\"versie\":99}"), Err(DecodeError::TooNew(99)));
        assert!(matches!(decode("{\"versie\":0}"), Err(DecodeError::Corrupt(_))));
    }

    #[test]
    fn import_refuses_what_no_weerbaar_writes() {
        assert_eq!(import(V1_FIXTURE).map(|d| d.modules.len()), Ok(2));
        assert_eq!(import(&format!("\u{feff}{V1_FIXTURE}")).map(|d| d.modules.len()), Ok(2));
        assert_eq!(import("hallo"), Err(ImportError::NotProgress));
        assert_eq!(import("{\"versie\":7}"), Err(ImportError::TooNew));
        assert_eq!(import(&" ".repeat(MAX_IMPORT_BYTES + 1)), Err(ImportError::TooLarge));
        let bad = [
            r#"{"versie":1,"modules":{"":{"first_opened":1,"updated":2}}}"#,
            r#"{"versie":1,"modules":{"__proto__":{"first_opened":1,"updated":2}}}"#,
            r#"{"versie":1,"modules":{"inwoner/../x":{"first_opened":1,"updated":2}}}"#,
            r#"{"versie":1,"modules":{"inwoner/<b>":{"first_opened":1,"updated":2}}}"#,
            r#"{"versie":1,"modules":{"a\u0001b":{"first_opened":1,"updated":2}}}"#,
            r#"{"versie":1,"modules":{"a":{"first_opened":3,"updated":2}}}"#,
            r#"{"versie":1,"modules":{"a":{"first_opened":1,"updated":99999999999999999}}}"#,
            r#"{"versie":1,"modules":{"a":{"first_opened":1,"updated":2,"completed":{"at":2,"score":101}}}}"#,
            r#"{"versie":1,"modules":{"a":{"first_opened":1,"updated":2,"review":{"q":{"level":9,"due":1}}}}}"#,
        ];
        for b in bad {
            assert_eq!(import(b), Err(ImportError::Implausible), "{b}");
        }
    }

    proptest! {
        #[test]
        fn any_import_is_refused_or_plausible(s in "\\PC*") {
            if let Ok(doc) = import(&s) {
                prop_assert!(doc.modules.len() <= MAX_MODULES);
            }
        }

        #[test]
        fn encode_then_decode_is_identity(entries in proptest::collection::btree_map("[a-z/]{1,20}", (0u64..u64::MAX / 2, proptest::option::of(0u32..=100)), 0..20)) {
            let mut doc = ProgressDoc::default();
            for (id, (t, score)) in entries {
                doc.modules.insert(id, ModuleProgress { first_opened: t, updated: t, completed: score.map(|s| Completion { at: t, score: Some(s) }), page: Some(1), answers: [("v".to_string(), vec![0, 2])].into(), review: [("v".to_string(), crate::progress::repetition::Due { level: 2, due: t })].into(), path: vec!["begin".to_string()], ..Default::default() });
            }
            prop_assert_eq!(decode(&encode(&doc)), Ok(doc));
        }

        #[test]
        fn any_text_decodes_without_panicking(s in "\\PC*") {
            let _ = decode(&s);
        }
    }
}
