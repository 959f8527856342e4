use super::*;
use crate::measure::parse::parse_measure;
use proptest::prelude::*;

fn sample() -> Session {
    let m = parse_measure("meting/inwoner", crate::measure::parse::tests::GOOD).value;
    let mut s = Session::new(&m, Day::new(2026, 3, 12).unwrap()).unwrap();
    s.participants_before = 18;
    s.participants_after = 17;
    for (key, phase, counts) in [
        ("signaal", Phase::Before, &[5u32, 7, 6][..]),
        ("signaal", Phase::After, &[14, 2, 1][..]),
        ("melden", Phase::Before, &[7, 9, 2][..]),
        ("melden", Phase::After, &[1, 1, 15][..]),
        ("waar-melden", Phase::Before, &[2, 5, 6, 3, 2][..]),
        ("waar-melden", Phase::After, &[0, 1, 2, 8, 6][..]),
    ] {
        for (i, c) in counts.iter().enumerate() {
            assert!(s.set_count(key, phase, i, *c));
        }
    }
    s
}

#[test]
fn a_written_report_reads_back_the_same() {
    let s = sample();
    let text = write(&s);
    assert!(
        text.starts_with("\u{feff}weerbaar-meting;1\r\ndatum;doelgroep;meting;fase;deelnemers;soort;sleutel;onderwerp;goed;1;2;3;4;5;6\r\n"),
        "{text}"
    );
    assert!(text.contains("2026-03-12;inwoner;meting/inwoner;voor;18;kennis;melden;waar je anoniem kunt melden;1;7;9;2;;;\r\n"), "{text}");
    assert!(text.contains(";na;17;stelling;waar-melden;Ik weet waar ik een vermoeden kan melden;;0;1;2;8;6;\r\n"), "{text}");
    assert_eq!(read(text.as_bytes()), Ok(s.clone()));
    // Saved again by a spreadsheet with commas, without the byte-order mark.
    let commas = text.trim_start_matches('\u{feff}').replace(';', ",");
    assert_eq!(read(commas.as_bytes()), Ok(s));
}

#[test]
fn text_a_spreadsheet_would_run_is_written_as_text() {
    let mut s = sample();
    s.items[0].label = "=HYPERLINK(\"x\")".into();
    let text = write(&s);
    assert!(text.contains(";signaal;\" =HYPERLINK"), "{text}");
    assert_eq!(read(text.as_bytes()), Ok(s));
}

#[test]
fn malformed_files_are_refused_with_the_line() {
    let good = write(&sample());
    let lines: Vec<&str> = good.split("\r\n").collect();
    let with = |n: usize, replacement: &str| {
        let mut l = lines.clone();
        l[n] = replacement;
        l.join("\r\n")
    };
    let cases: Vec<(String, u64, &str)> = vec![
        (String::new(), 0, "leeg"),
        ("naam,leeftijd\nAnna,12\n".into(), 1, "geen sessieverslag"),
        (with(0, "weerbaar-meting;2"), 1, "nieuwere Weerbaar"),
        (with(1, "datum;doelgroep"), 2, "kolomnamen"),
        (lines[..2].join("\r\n"), 0, "geen tellingen"),
        (with(2, &lines[2].replace("2026-03-12", "12-03-2026")), 3, "geen datum"),
        (with(4, &lines[4].replace("voor;18", "voor;19")), 5, "19 deelnemers"),
        (with(2, &lines[2].replace(";5;7;6;", ";50;7;6;")), 3, "63 antwoorden"),
        (with(2, &lines[2].replace("kennis", "quiz")), 3, "kennis of stelling"),
        (with(2, &lines[2].replace(";5;7;6;;;", ";5;7;6;;1;")), 3, "van links naar rechts"),
        (with(3, lines[2]), 4, "twee keer"),
        (with(2, &lines[2].replace("inwoner;meting", "jeugd;meting")), 4, "Eén bestand is één sessie"),
        (with(2, "2026-03-12;inwoner"), 3, "2 kolommen"),
    ];
    for (text, line, words) in cases {
        let e = read(text.as_bytes()).unwrap_err();
        assert_eq!(e.line, line, "{e} for\n{text}");
        assert!(e.to_string().contains(words), "{e} should say {words}");
    }
    let latin1 = [good.as_bytes(), b"2026-03-12;inwoner;agrari\xebr\r\n"].concat();
    let e = read(&latin1).unwrap_err();
    assert!(e.message.contains("CSV UTF-8"), "{e}");
}

pub(crate) fn arb_session() -> impl Strategy<Value = Session> {
    let item = (any::<bool>(), 2usize..=6, 0usize..6, "[a-z][a-z0-9-]{0,8}", "\\PC{0,30}", proptest::collection::vec(0u32..40, 12));
    (2000u16..2100, 1u8..=12, 1u8..=28, 0usize..7, proptest::collection::vec(item, 1..8)).prop_map(|(y, m, d, a, items)| {
        let mut seen = std::collections::HashSet::new();
        let mut out = Vec::new();
        for (statement, n, right, key, label, counts) in items {
            if !seen.insert(key.clone()) {
                continue;
            }
            let (kind, n, right) = if statement { (ItemKind::Statement, SCALE_POINTS, None) } else { (ItemKind::Knowledge, n, Some(right % n)) };
            let label = label.trim().to_string();
            out.push(ItemCounts {
                key,
                label,
                kind,
                before: Tally { counts: counts[..n].to_vec(), right },
                after: Tally { counts: counts[6..6 + n].to_vec(), right: right.map(|r| (r + 1) % n) },
            });
        }
        let most = |phase: Phase| out.iter().map(|i| i.tally(phase).answered()).max().unwrap_or(0);
        Session {
            date: Day::new(y, m, d).unwrap(),
            audience: Audience::ALL[a],
            measure: "meting/x".into(),
            participants_before: most(Phase::Before) + 3,
            participants_after: most(Phase::After),
            items: out,
        }
    })
}

proptest! {
    #[test]
    fn written_then_read_gives_the_same_figures(s in arb_session()) {
        let back = read(write(&s).as_bytes());
        prop_assert_eq!(back.as_ref(), Ok(&s));
        let back = back.unwrap();
        for (a, b) in s.items.iter().zip(&back.items) {
            for phase in Phase::BOTH {
                prop_assert_eq!(a.tally(phase).figure(a.kind), b.tally(phase).figure(b.kind));
            }
        }
    }

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = read(&bytes);
    }

    #[test]
    fn edited_reports_never_panic(s in arb_session(), at in 0usize..4000, junk in proptest::collection::vec(any::<u8>(), 0..8)) {
        let mut bytes = write(&s).into_bytes();
        let at = at.min(bytes.len());
        bytes.splice(at..at, junk);
        let _ = read(&bytes);
    }
}
