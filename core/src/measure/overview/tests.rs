use super::*;
use crate::measure::session::{ItemCounts, Tally};
use crate::measure::MIN_GROUP;

fn session(day: &str, audience: Audience, n: u32, know: [u32; 4], agree: [u32; 10]) -> Session {
    let [rb, wb, ra, wa] = know;
    Session {
        date: Day::parse(day).unwrap(),
        audience,
        measure: format!("meting/{}", audience.code()),
        participants_before: n,
        participants_after: n,
        items: vec![
            ItemCounts {
                key: "melden".into(),
                label: "waar je kunt melden".into(),
                kind: ItemKind::Knowledge,
                before: Tally { counts: vec![wb, rb], right: Some(1) },
                after: Tally { counts: vec![ra, wa], right: Some(0) },
            },
            ItemCounts {
                key: "zou-melden".into(),
                label: "Ik zou een signaal melden".into(),
                kind: ItemKind::Statement,
                before: Tally { counts: agree[..5].to_vec(), right: None },
                after: Tally { counts: agree[5..].to_vec(), right: None },
            },
        ],
    }
}

#[test]
fn sessions_combine_per_audience_and_period_with_conclusions() {
    let a = session("2026-01-15", Audience::Residents, 10, [4, 6, 8, 2], [1, 2, 3, 2, 2, 0, 1, 1, 4, 4]);
    let b = session("2026-03-02", Audience::Residents, 12, [5, 7, 10, 2], [2, 2, 4, 3, 1, 0, 0, 2, 5, 5]);
    let c = session("2026-04-20", Audience::Residents, 8, [2, 6, 6, 2], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    let d = session("2026-02-01", Audience::Staff, 20, [10, 10, 18, 2], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    let groups = combine(&[a.clone(), b.clone(), c, d], Period::Quarter);
    assert_eq!(
        groups.iter().map(|g| (g.audience, g.period.as_str(), g.sessions)).collect::<Vec<_>>(),
        [(Audience::Staff, "1e kwartaal 2026", 1), (Audience::Residents, "1e kwartaal 2026", 2), (Audience::Residents, "2e kwartaal 2026", 1),]
    );
    let q1 = &groups[1];
    assert_eq!((q1.participants_before, q1.first, q1.last), (22, a.date, b.date));
    // Knowledge: 9 of 22 before (41 %), 18 of 22 after (82 %).
    assert_eq!(q1.items[0].before, Totals { answered: 22, positive: 9, scale: [0; 5] });
    assert_eq!(q1.conclusions()[0], "Na de sessie wist 82\u{a0}% waar je kunt melden; voor de sessie was dat 41\u{a0}%.");
    // Statement, agreed (4 or 5): 8 of 22 before = 36 %, 18 of 22 after = 82 %.
    assert_eq!(q1.items[1].before.scale, [3, 4, 7, 5, 3]);
    assert_eq!(q1.conclusions()[1], "Na de sessie was 82\u{a0}% het eens met „Ik zou een signaal melden”; voor de sessie was dat 36\u{a0}%.");
    assert_eq!(q1.items[1].after.distribution()[4], Figure::Percent(41));
    // Statements nobody answered are suppressed, not 0 %.
    assert_eq!(groups[2].items[1].after.figure(), Figure::TooFew);
    assert!(groups[2].conclusions()[1].contains("te weinig deelnemers"), "{}", groups[2].conclusions()[1]);
    assert_eq!(combine(&[a, b], Period::All)[0].period, "alle sessies");
}

#[test]
fn small_groups_are_suppressed_until_they_add_up() {
    let small = |day| session(day, Audience::Farmers, 3, [1, 2, 3, 0], [0, 1, 1, 1, 0, 0, 0, 0, 2, 1]);
    let one = combine(&[small("2026-05-01")], Period::Year);
    assert!(one[0].too_few());
    assert_eq!(one[0].participants_figure(Phase::Before), None);
    assert_eq!(one[0].items[0].before.figure(), Figure::TooFew);
    assert_eq!(one[0].conclusions(), vec![words::group_too_small()]);
    assert!(!one[0].conclusions()[0].contains('%'));
    let two = combine(&[small("2026-05-01"), small("2026-06-01")], Period::Year);
    assert!(!two[0].too_few());
    assert_eq!(two[0].participants_figure(Phase::After), Some(6));
    assert_eq!(two[0].items[0].after.figure(), Figure::Percent(100));
}

#[test]
fn files_are_combined_broken_ones_refused_and_doubles_counted_once() {
    let a = session("2026-01-15", Audience::Residents, 10, [4, 6, 8, 2], [1, 2, 3, 2, 2, 0, 1, 1, 4, 4]);
    let b = session("2026-02-15", Audience::Residents, 10, [4, 6, 8, 2], [1, 2, 3, 2, 2, 0, 1, 1, 4, 4]);
    let files = vec![
        ("januari.csv".to_string(), csv::write(&a).into_bytes()),
        ("februari.csv".to_string(), csv::write(&b).into_bytes()),
        ("januari (1).csv".to_string(), csv::write(&a).into_bytes()),
        ("namen.csv".to_string(), b"naam;klas\nAnna;7\n".to_vec()),
    ];
    let o = combine_files(&files, Period::Year);
    assert_eq!(o.groups.len(), 1);
    assert_eq!(o.groups[0].sessions, 2);
    assert_eq!(o.duplicates, ["januari (1).csv"]);
    assert_eq!(o.refused.len(), 1);
    assert_eq!(o.refused[0].file, "namen.csv");
    assert_eq!(o.refused[0].error.line, 1);
}

#[test]
fn one_session_is_summarised_like_an_overview() {
    let a = session("2026-01-15", Audience::Residents, 10, [4, 6, 8, 2], [1, 2, 3, 2, 2, 0, 1, 1, 4, 4]);
    let g = session_summary(&a);
    assert_eq!((g.period.as_str(), g.sessions, g.participants_after), ("2026-01-15", 1, 10));
    assert_eq!(g.conclusions()[0], "Na de sessie wist 80\u{a0}% waar je kunt melden; voor de sessie was dat 40\u{a0}%.");
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn combining_sums_every_count_and_never_shows_a_small_cell(
            sessions in proptest::collection::vec(crate::measure::csv::tests::arb_session(), 1..5),
            period in prop_oneof![Just(Period::Month), Just(Period::Quarter), Just(Period::Year), Just(Period::All)],
        ) {
            let groups = combine(&sessions, period);
            prop_assert_eq!(groups.iter().map(|g| g.sessions).sum::<u32>() as usize, sessions.len());
            let answered = |phase: Phase| -> u64 {
                sessions.iter().flat_map(|s| s.items.iter().map(move |i| u64::from(i.tally(phase).answered()))).sum()
            };
            for phase in Phase::BOTH {
                let combined: u64 = groups.iter().flat_map(|g| g.items.iter().map(move |i| u64::from(i.totals(phase).answered))).sum();
                prop_assert_eq!(combined, answered(phase));
            }
            for g in &groups {
                for item in &g.items {
                    for phase in Phase::BOTH {
                        let t = item.totals(phase);
                        prop_assert_eq!(t.figure() == Figure::TooFew, t.answered < MIN_GROUP);
                        if t.answered < MIN_GROUP {
                            prop_assert!(t.distribution().iter().all(|f| *f == Figure::TooFew));
                        }
                    }
                }
                if g.too_few() {
                    prop_assert_eq!(g.conclusions(), vec![words::group_too_small()]);
                }
                prop_assert_eq!(g.conclusions().len(), if g.too_few() { 1 } else { g.items.len() });
            }
        }
    }
}
