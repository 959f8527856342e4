//! Every file in the shipped `content/` folder validates with zero errors
//! and zero warnings, and every audience has at least one module.

use std::path::PathBuf;
use std::process::Command;

#[test]
fn shipped_content_is_clean() {
    let content = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../content");
    let out = Command::new(env!("CARGO_BIN_EXE_weerbaar-check")).arg(&content).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(stdout.contains(" 0 fouten, 0 waarschuwingen"), "{stdout}");

    let json = Command::new(env!("CARGO_BIN_EXE_weerbaar-check")).arg("--json").arg(&content).output().unwrap();
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let modules = report["modules"].as_array().unwrap();
    for audience in ["medewerker", "inwoner", "ondernemer", "agrarier", "jeugd", "trainer"] {
        assert!(modules.iter().any(|m| m["audience"] == audience), "no module for {audience}");
    }
}

/// Trainer notes never reach a learner: for every shipped module, no note
/// text appears anywhere in what the players receive (body and items).
#[test]
fn trainer_notes_never_reach_learner_views() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../content");
    let summary = std::fs::read_to_string(root.join("SUMMARY.md")).unwrap();
    let catalogue = weerbaar_core::content::parse_catalogue(&summary).value;
    let mut with_notes = 0;
    for (_, entry) in catalogue.entries() {
        let src = std::fs::read_to_string(root.join(format!("{}.md", entry.id))).unwrap();
        let module = weerbaar_core::content::parse_module(&entry.id, &src).value;
        let learner = serde_json::to_string(&(&module.body, &module.items)).unwrap();
        for note in module.notes.values().flatten() {
            with_notes += 1;
            // Any line of a note is enough to count as a leak.
            for line in note.lines().map(str::trim).filter(|l| l.len() > 12) {
                assert!(!learner.contains(line), "{}: trainer note shown to learners: {line}", entry.id);
            }
        }
    }
    assert!(with_notes >= 5, "shipped content should demonstrate trainer notes ({with_notes} found)");
}

/// A folder saved by Windows Notepad or Word ("UTF-8 met BOM", CRLF line
/// ends) checks exactly as cleanly as the original: every shipped file,
/// SUMMARY.md and site.md included, rewritten that way.
#[test]
fn shipped_content_saved_with_bom_and_crlf_is_clean() {
    let content = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../content");
    let copy = std::env::temp_dir().join(format!("weerbaar-bom-{}", std::process::id()));
    let mut converted = 0;
    copy_as_windows(&content, &copy, &mut converted);
    assert!(converted > 20, "only {converted} files converted");
    let out = Command::new(env!("CARGO_BIN_EXE_weerbaar-check")).arg(&copy).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let _ = std::fs::remove_dir_all(&copy);
    assert!(out.status.success(), "{stdout}");
    assert!(stdout.contains(" 0 fouten, 0 waarschuwingen"), "{stdout}");
}

fn copy_as_windows(from: &std::path::Path, to: &std::path::Path, converted: &mut usize) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let (src, dst) = (entry.path(), to.join(entry.file_name()));
        if src.is_dir() {
            copy_as_windows(&src, &dst, converted);
        } else if src.extension().is_some_and(|e| e == "md") {
            let text = std::fs::read_to_string(&src).unwrap();
            std::fs::write(&dst, format!("\u{feff}{}", text.replace('\n', "\r\n"))).unwrap();
            *converted += 1;
        } else {
            std::fs::copy(&src, &dst).unwrap();
        }
    }
}

/// The resume state an LMS keeps (`cmi.suspend_data`) fits SCORM 1.2's
/// 4 096 characters for every shipped module, fully done: every page,
/// every answer, every item scheduled (see `lms::suspend::fullest`).
/// Prints the largest, so a growing module shows before it breaks.
#[test]
fn every_shipped_module_fits_an_lms_resume_state() {
    use weerbaar_core::lms::suspend;
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../content");
    let summary = std::fs::read_to_string(root.join("SUMMARY.md")).unwrap();
    let catalogue = weerbaar_core::content::parse_catalogue(&summary).value;
    let mut sizes: Vec<(usize, String)> = catalogue
        .entries()
        .map(|(_, entry)| {
            let src = std::fs::read_to_string(root.join(format!("{}.md", entry.id))).unwrap();
            let module = weerbaar_core::content::parse_module(&entry.id, &src).value;
            let fullest = suspend::fullest(&module);
            let dictionary = suspend::dictionary(&module);
            let text = suspend::encode(&fullest, &dictionary);
            assert_eq!(suspend::decode(&entry.id, &text, &dictionary).as_ref(), Some(&fullest), "{}: the fullest state reads back", entry.id);
            (text.chars().count(), entry.id.clone())
        })
        .collect();
    sizes.sort();
    let (largest, id) = sizes.last().cloned().unwrap();
    println!("largest fully answered resume state: {largest} of {} characters ({id})", suspend::LIMIT);
    assert!(largest <= suspend::LIMIT, "{id}: {largest} characters");
}

/// Issue 17's bar: in no audience is the right option of a one-answer
/// question the strictly longest in more than 40 % of those questions, so a
/// learner who picks the longest answer does not pass.
#[test]
fn in_no_audience_is_the_longest_answer_usually_right() {
    use std::collections::BTreeMap;
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../content");
    let summary = std::fs::read_to_string(root.join("SUMMARY.md")).unwrap();
    let catalogue = weerbaar_core::content::parse_catalogue(&summary).value;
    let mut per_audience: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for (audience, entry) in catalogue.entries() {
        let src = std::fs::read_to_string(root.join(format!("{}.md", entry.id))).unwrap();
        let module = weerbaar_core::content::parse_module(&entry.id, &src).value;
        let counts = per_audience.entry(format!("{audience:?}")).or_default();
        for q in module.items.questions().iter().filter(|q| q.answer_lengths().is_some()) {
            counts.1 += 1;
            counts.0 += usize::from(q.right_answer_is_longest());
        }
    }
    assert!(per_audience.values().map(|c| c.1).sum::<usize>() > 100, "the shipped questions were read");
    for (audience, (longest, single)) in &per_audience {
        println!("{audience}: right answer longest in {longest} of {single} one-answer questions");
        assert!(*longest * 100 <= *single * 40, "{audience}: {longest} of {single}");
    }
}

/// Every adult audience and both youth tracks ship a measurement set in its
/// place; each is clean, has at least three pairs and three statements, and
/// a session counted on it survives the CSV round trip.
#[test]
fn shipped_measurement_sets_are_complete() {
    use weerbaar_core::measure::{csv, parse_measure, Day, Phase, Session};
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../content");
    for audience in ["medewerker", "inwoner", "ondernemer", "agrarier", "jeugd", "jongeren"] {
        let id = format!("meting/{audience}");
        let src = std::fs::read_to_string(root.join(format!("{id}.md"))).unwrap();
        let parsed = parse_measure(&id, &src);
        assert!(parsed.diagnostics.is_empty(), "{id}: {:#?}", parsed.diagnostics);
        let m = parsed.value;
        assert_eq!(m.audience.map(|a| a.code()), Some(audience));
        assert!(m.knowledge.len() >= 3 && m.statements.len() >= 3, "{id}");
        assert!(m.knowledge.iter().all(|k| k.topic.is_some()), "{id}: every item has an onderwerp");
        let mut s = Session::new(&m, Day::new(2026, 6, 1).unwrap()).unwrap();
        s.participants_before = 12;
        s.participants_after = 11;
        for k in &m.knowledge {
            assert!(s.set_count(&k.key, Phase::Before, 0, 6) && s.set_count(&k.key, Phase::After, 1, 5));
        }
        assert_eq!(csv::read(csv::write(&s).as_bytes()), Ok(s), "{id}");
    }
}

/// The browser tests' translation (tests/e2e/fixtures/vertaling/) still
/// matches the shipped original it translates, so the translation spec
/// fails on the app, not on a stale fixture.
#[test]
fn the_browser_tests_translation_matches_its_original() {
    use weerbaar_core::content::{parse_module, translation};
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let original = std::fs::read_to_string(root.join("content/agrarier/schuur-verhuren.md")).unwrap();
    let english = std::fs::read_to_string(root.join("tests/e2e/fixtures/vertaling/agrarier/schuur-verhuren.en.md")).unwrap();
    let id = "agrarier/schuur-verhuren";
    let (o, t) = (parse_module(id, &original), parse_module(id, &english));
    assert_eq!(t.diagnostics, vec![]);
    let english_lang = translation::language("en").unwrap();
    assert_eq!(translation::compare(&o.value, &original, &t.value, &english, english_lang), vec![]);
}

/// Every shipped module, as its own translation, has no drift and adopting
/// it changes nothing: the comparison knows every kind the content uses.
#[test]
fn every_shipped_module_is_a_faithful_translation_of_itself() {
    use weerbaar_core::content::translation;
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../content");
    let summary = std::fs::read_to_string(root.join("SUMMARY.md")).unwrap();
    let en = translation::language("en").unwrap();
    for (_, entry) in weerbaar_core::content::parse_catalogue(&summary).value.entries() {
        let src = std::fs::read_to_string(root.join(format!("{}.md", entry.id))).unwrap();
        let m = weerbaar_core::content::parse_module(&entry.id, &src).value;
        assert_eq!(translation::compare(&m, &src, &m, &src, en), vec![], "{}", entry.id);
        assert!(translation::matches(&m, &m), "{}", entry.id);
        assert_eq!(translation::adopt(&m, m.clone()), m, "{}", entry.id);
    }
}
