use super::*;
use crate::content::module::parse_module;
use proptest::prelude::*;

const QUIZ: &str = "---\ntitel: Werk\nsoort: quiz\ndoelgroep: inwoner\nduur: 5\n---\n\n## Wie houdt je paspoort?\n\n- [x] Jij\n  > Goed.\n- [ ] De baas\n  > Nee.\n\n## Wat doe je?\n\n- [ ] Niets\n  > Nee.\n- [x] Bellen\n  > Ja.\n";
const QUIZ_EN: &str = "---\ntitel: Work\nsoort: quiz\ndoelgroep: inwoner\nduur: 5\n---\n\n## Who keeps your passport?\n\n- [x] You\n  > Right.\n- [ ] The boss\n  > No.\n\n## What do you do?\n\n- [ ] Nothing\n  > No.\n- [x] Call\n  > Yes.\n";

fn en() -> &'static Language {
    language("en").unwrap()
}

fn drift(original: &str, translation: &str) -> Vec<(Code, usize, String)> {
    let o = parse_module("inwoner/werk", original).value;
    let t = parse_module("inwoner/werk", translation).value;
    let index = crate::content::LineIndex::new(translation);
    compare(&o, original, &t, translation, en()).into_iter().map(|d| (d.code, index.line_col(translation, d.span.start).line, d.message)).collect()
}

fn same_shape(original: &str, translation: &str) -> bool {
    matches(&parse_module("inwoner/werk", original).value, &parse_module("inwoner/werk", translation).value)
}

#[test]
fn file_names_split_into_original_and_code() {
    assert_eq!(split("inwoner/werk-en-wonen.en.md"), Some(("inwoner/werk-en-wonen.md".into(), "en")));
    assert_eq!(split("inwoner/werk-en-wonen.pl.md"), Some(("inwoner/werk-en-wonen.md".into(), "pl")));
    assert_eq!(split("inwoner/werk-en-wonen.xx.md"), Some(("inwoner/werk-en-wonen.md".into(), "xx")));
    assert_eq!(split("inwoner/werk-en-wonen.md"), None);
    assert_eq!(split("inwoner/versie-2.0.md"), None);
    assert_eq!(split("inwoner/.en.md"), None);
    assert_eq!(split("inwoner/x.EN.md"), None);
    assert_eq!(file_for("inwoner/werk.md", "pl"), "inwoner/werk.pl.md");
    assert!(LANGUAGES.iter().all(|l| split(&file_for("a/b.md", l.code)).is_some_and(|(_, c)| c == l.code)));
}

#[test]
fn a_faithful_translation_has_no_drift() {
    assert_eq!(drift(QUIZ, QUIZ_EN), vec![]);
    assert!(same_shape(QUIZ, QUIZ_EN));
    // Settings are the original's anyway (adopt): only a warning, same shape.
    assert!(same_shape(QUIZ, &QUIZ_EN.replace("duur: 5", "duur: 10")));
}

#[test]
fn another_correct_option_is_named_by_line_and_number() {
    let moved = QUIZ_EN.replace("- [ ] Nothing", "- [x] Nothing").replace("- [x] Call", "- [ ] Call");
    let d = drift(QUIZ, &moved);
    assert_eq!(d.len(), 1, "{d:?}");
    assert!(!same_shape(QUIZ, &moved));
    assert_eq!((d[0].0, d[0].1), (Code::TranslationCorrect, 17));
    assert_eq!(
        d[0].2,
        "Vraag 2 heeft in de Engelse vertaling optie 1 als goed antwoord, in het Nederlands optie 2. Zet het [x] bij dezelfde optie als in het origineel."
    );
}

#[test]
fn fewer_options_fewer_questions_and_other_settings_are_named() {
    let fewer = QUIZ_EN.replace("- [ ] The boss\n  > No.\n", "");
    assert_eq!(drift(QUIZ, &fewer).iter().map(|d| (d.0, d.1)).collect::<Vec<_>>(), vec![(Code::TranslationOptions, 8)]);
    let one = QUIZ_EN.split("## What do you do?").next().unwrap().to_string();
    let d = drift(QUIZ, &one);
    assert_eq!(d.iter().map(|d| d.0).collect::<Vec<_>>(), vec![Code::TranslationStructure], "{d:?}");
    assert!(d[0].2.contains("1 kopje met ##, het Nederlandse origineel 2 kopjes met ##"), "{}", d[0].2);
    let longer = QUIZ_EN.replace("duur: 5", "duur: 10");
    assert_eq!(drift(QUIZ, &longer).iter().map(|d| (d.0, d.1)).collect::<Vec<_>>(), vec![(Code::TranslationSetting, 5)]);
    let without = QUIZ_EN.replace("doelgroep: inwoner\n", "");
    assert_eq!(drift(QUIZ, &without).iter().map(|d| d.0).collect::<Vec<_>>(), vec![Code::TranslationSetting]);
    let multiple = QUIZ_EN.replace("## What do you do?", "## What do you do? {.meerkeuze}");
    assert_eq!(drift(QUIZ, &multiple).iter().map(|d| (d.0, d.1)).collect::<Vec<_>>(), vec![(Code::TranslationOptions, 15)]);
}

#[test]
fn scenes_scenarios_and_cards_drift_too() {
    let scene = "---\ntitel: S\nsoort: scene\ndoelgroep: inwoner\nafbeelding: a.svg\n---\n\nEen straat.\n\n## Raam\n\nplek: 1, 1, 10, 10\nsignaal: ja\n\n> Uitleg.\n";
    let moved = scene.replace("plek: 1, 1", "plek: 2, 1").replace("signaal: ja", "signaal: nee");
    let codes: Vec<Code> = drift(scene, &moved).into_iter().map(|d| d.0).collect();
    assert_eq!(codes, vec![Code::TranslationStructure, Code::TranslationCorrect]);
    assert!(!same_shape(scene, &moved) && same_shape(scene, scene));

    let story = "---\ntitel: S\nsoort: scenario\ndoelgroep: inwoner\n---\n\n## Begin\n\n- [Bel](#a)\n- [Wacht](#b)\n\n## A {#a}\n\nGoed.\n\n## B {#b}\n\nJammer.\n";
    assert_eq!(drift(story, story), vec![]);
    let swapped = story.replace("(#a)", "(#x)").replace("(#b)", "(#a)").replace("(#x)", "(#b)");
    assert_eq!(drift(story, &swapped).iter().map(|d| d.0).collect::<Vec<_>>(), vec![Code::TranslationStructure, Code::TranslationStructure]);
    // Each named at the line of its own link, not at the heading above.
    assert_eq!(drift(story, &swapped).iter().map(|d| d.1).collect::<Vec<_>>(), vec![9, 10]);
    assert!(!same_shape(story, &swapped) && same_shape(story, story));

    let deck = "---\ntitel: K\nsoort: kaarten\ndoelgroep: inwoner\n---\n\n- [x] Folie\n  > Ja.\n- [ ] Pakket\n  > Nee.\n";
    let d = drift(deck, &deck.replace("- [ ] Pakket", "- [x] Parcel"));
    assert_eq!(d.len(), 1);
    assert!(d[0].2.starts_with("Kaart 2 is in de Engelse vertaling wel een signaal"), "{}", d[0].2);
}

#[test]
fn a_missions_sorting_and_chat_drift_too() {
    let mission = "---\ntitel: M\nsoort: missie\ndoelgroep: jeugd\n---\n\nHoi.\n\n## Veilig of niet? {#sorteren}\n\noefening: sorteren\n\n### Veilig\n\n- Je wachtwoord geheim houden\n  > Goed.\n\n### Niet veilig\n\n- Je wachtwoord delen\n  > Niet doen.\n\n# Voor de leerkracht\n\nUitleg.\n";
    assert_eq!(drift(mission, mission), vec![]);
    assert!(same_shape(mission, mission));
    let moved = mission.replace(
        "- Je wachtwoord geheim houden\n  > Goed.\n\n### Niet veilig\n\n- Je wachtwoord delen",
        "- Je wachtwoord delen\n  > Goed.\n\n### Niet veilig\n\n- Je wachtwoord geheim houden",
    );
    // Positions are compared, not meaning: swapped words with every card
    // still in its group's place is no drift (that is the reviewer's job).
    assert_eq!(drift(mission, &moved), vec![]);
    let swapped = mission.replace(
        "### Veilig\n\n- Je wachtwoord geheim houden\n  > Goed.\n\n### Niet veilig\n\n- Je wachtwoord delen\n  > Niet doen.\n",
        "### Veilig\n\n### Niet veilig\n\n- Je wachtwoord geheim houden\n  > Goed.\n- Je wachtwoord delen\n  > Niet doen.\n",
    );
    let d = drift(mission, &swapped);
    assert!(d.iter().any(|d| d.0 == Code::TranslationCorrect && d.2.starts_with("Kaartje 1 in stap 1")), "{d:?}");
    assert!(!same_shape(mission, &swapped));
    let other = mission.replace("oefening: sorteren", "oefening: wachtwoord");
    assert!(drift(mission, &other).iter().any(|d| d.0 == Code::TranslationStructure && d.2.starts_with("Stap 1 heeft")));
}

#[test]
fn an_adopted_translation_has_the_originals_ids_and_settings() {
    let o = parse_module("inwoner/werk", QUIZ).value;
    let t = parse_module("inwoner/werk", &QUIZ_EN.replace("duur: 5", "duur: 50")).value;
    let a = adopt(&o, t);
    assert_eq!(a.minutes, Some(5));
    assert_eq!(
        a.items.questions().iter().map(|q| q.id.clone()).collect::<Vec<_>>(),
        o.items.questions().iter().map(|q| q.id.clone()).collect::<Vec<_>>()
    );
    assert_eq!(a.title, "Work");

    let story = "---\ntitel: S\nsoort: scenario\ndoelgroep: inwoner\n---\n\n## Begin\n\n- [Bel](#bellen)\n\n## Je belt {#bellen}\n\nGoed.\n";
    let story_en = "---\ntitel: S\nsoort: scenario\ndoelgroep: inwoner\n---\n\n## Start\n\n- [Call](#call)\n\n## You call {#call}\n\nGood.\n";
    let o = parse_module("inwoner/s", story).value;
    let a = adopt(&o, parse_module("inwoner/s", story_en).value);
    let Items::Scenario(s) = a.items else { panic!("a scenario") };
    assert_eq!(s.nodes[1].id, "bellen");
    assert_eq!(s.nodes[0].choices[0].target, "bellen");
}

/// A quiz with the given questions: per question, which options are correct.
fn quiz(questions: &[Vec<bool>], words: &str) -> String {
    let mut src = "---\ntitel: T\nsoort: quiz\ndoelgroep: inwoner\n---\n\nIntro.\n".to_string();
    for (q, options) in questions.iter().enumerate() {
        let multiple = if options.iter().filter(|c| **c).count() > 1 { " {.meerkeuze}" } else { "" };
        src.push_str(&format!("\n## {words} {q}{multiple}\n\n"));
        for (i, correct) in options.iter().enumerate() {
            src.push_str(&format!("- [{}] {words} optie {i}\n  > {words} uitleg.\n", if *correct { "x" } else { " " }));
        }
    }
    src
}

fn questions() -> impl Strategy<Value = Vec<Vec<bool>>> {
    prop::collection::vec(prop::collection::vec(any::<bool>(), 2..6), 1..6)
}

proptest! {
    #[test]
    fn a_module_compared_with_itself_or_its_rewording_has_no_drift(qs in questions()) {
        let src = quiz(&qs, "Vraag");
        prop_assert_eq!(drift(&src, &src), vec![]);
        prop_assert_eq!(drift(&src, &quiz(&qs, "Question")), vec![]);
        prop_assert!(same_shape(&src, &quiz(&qs, "Question")));
    }

    #[test]
    fn moving_a_correct_mark_is_always_reported(qs in questions(), pick in any::<prop::sample::Index>(), option in any::<prop::sample::Index>()) {
        let q = pick.index(qs.len());
        let i = option.index(qs[q].len());
        let mut changed = qs.clone();
        changed[q][i] = !changed[q][i];
        // Keep {.meerkeuze} as in the original, so only the mark differs.
        let original = quiz(&qs, "Vraag");
        let mut translation = quiz(&changed, "Question");
        let was_multiple = qs[q].iter().filter(|c| **c).count() > 1;
        let is_multiple = changed[q].iter().filter(|c| **c).count() > 1;
        if was_multiple != is_multiple {
            let heading = format!("## Question {q}");
            translation = if was_multiple {
                translation.replace(&format!("{heading}\n"), &format!("{heading} {{.meerkeuze}}\n"))
            } else {
                translation.replace(&format!("{heading} {{.meerkeuze}}"), &heading)
            };
        }
        let d = drift(&original, &translation);
        prop_assert!(!same_shape(&original, &translation));
        prop_assert_eq!(d.len(), 1, "{:?}", d);
        prop_assert_eq!(d[0].0, Code::TranslationCorrect);
        prop_assert!(d[0].2.starts_with(&format!("Vraag {} ", q + 1)), "{}", d[0].2);
        // The line named is the option's line in the translation.
        let line = translation.lines().nth(d[0].1 - 1).unwrap_or("");
        prop_assert!(line.contains(&format!("optie {i}")), "{}", line);
    }
}
