use super::*;
use crate::content::Code;

pub(crate) const GOOD: &str = "---
titel: Meting voor inwoners
soort: meting
doelgroep: inwoner
duur: 6
---

Deze korte meting is anoniem. Je mag hem overslaan.

# Voor

## Bij de buren zijn de ramen altijd afgeplakt. Wat is dit? {#signaal}

onderwerp: wat een signaal is

- [ ] Een bewijs van een misdrijf
- [x] Een signaal
- [ ] Niets bijzonders, dus niet opletten

## Waar meld je een vermoeden anoniem? {#melden}

onderwerp: waar je anoniem kunt melden

- [x] Meld Misdaad Anoniem
- [ ] Bij de buurman zelf aanbellen
- [ ] Op een buurtgroep in de app

# Na

## Een winkel heeft nooit klanten maar blijft open. Wat is dit? {#signaal}

- [x] Een signaal
- [ ] Een bewijs van witwassen
- [ ] Niets om op te letten

## Je ziet 's nachts steeds busjes bij een loods. Waar meld je dit zonder je naam? {#melden}

- [ ] Bij de eigenaar van de loods
- [ ] In een bericht aan de hele straat
- [x] Meld Misdaad Anoniem

# Stellingen

## Ik weet waar ik een vermoeden kan melden {#waar-melden}

## Ik zou een signaal melden {#zou-melden}
";

fn codes(src: &str) -> Vec<Code> {
    parse_measure("meting/inwoner", src).diagnostics.into_iter().map(|d| d.code).collect()
}

#[test]
fn a_good_measure_parses_cleanly_and_pairs_by_key() {
    let p = parse_measure("meting/inwoner", GOOD);
    assert_eq!(p.diagnostics, vec![], "{:#?}", p.diagnostics);
    let m = p.value;
    assert_eq!(m.title, "Meting voor inwoners");
    assert_eq!(m.audience, Some(Audience::Residents));
    assert_eq!(m.minutes, Some(6));
    assert_eq!(m.knowledge.len(), 2);
    assert_eq!(m.knowledge[1].key, "melden");
    assert_eq!(m.knowledge[1].topic.as_deref(), Some("waar je anoniem kunt melden"));
    assert_eq!(m.right_option("melden", Phase::Before), Some(0));
    assert_eq!(m.right_option("melden", Phase::After), Some(2));
    assert_eq!(m.statements.iter().map(|s| s.key.as_str()).collect::<Vec<_>>(), ["waar-melden", "zou-melden"]);
    assert_eq!(m.statements[0].text_plain(), "Ik weet waar ik een vermoeden kan melden");
    assert!(document::plain_text_blocks(&m.intro).contains("anoniem"));
    assert!(is_measure(GOOD));
    assert!(!is_measure("---\nsoort: quiz\n---\n"));
}

#[test]
fn missing_parts_and_unpaired_items_are_named() {
    let no_after = GOOD.split("# Na").next().unwrap().to_string() + "# Stellingen\n\n## Ik zou melden\n";
    let c = codes(&no_after);
    assert!(c.contains(&Code::MeasurePartMissing), "{c:?}");
    assert!(c.contains(&Code::MeasureUnpaired), "{c:?}");
    let renamed = GOOD.replace("Wat is dit? {#signaal}\n\n- [x]", "Wat is dit? {#signaal-2}\n\n- [x]");
    let p = parse_measure("meting/inwoner", &renamed);
    let unpaired: Vec<_> = p.diagnostics.iter().filter(|d| d.code == Code::MeasureUnpaired).collect();
    assert_eq!(unpaired.len(), 2, "{:#?}", p.diagnostics);
    assert!(unpaired[0].message.contains("#signaal staat onder # Voor"), "{}", unpaired[0].message);
    assert_eq!(p.value.knowledge.len(), 1);
}

#[test]
fn shape_parts_statements_topic_and_sameness_are_checked() {
    let multi = GOOD.replace("Wat is dit? {#signaal}\n\nonderwerp", "Wat is dit? {#signaal .meerkeuze}\n\nonderwerp");
    assert!(codes(&multi).contains(&Code::MeasureItemShape));
    // Hands cannot be counted for an order either.
    let order = GOOD.replace("Wat is dit? {#signaal}\n\nonderwerp", "Wat is dit? {#signaal .volgorde}\n\nonderwerp");
    let shape = parse_measure("meting/inwoner", &order).diagnostics.into_iter().find(|d| d.code == Code::MeasureItemShape);
    assert!(shape.is_some_and(|d| d.message.contains("{.volgorde}")));
    let unknown = GOOD.replace("# Stellingen", "# Extra\n\nTekst.\n\n# Stellingen");
    assert_eq!(codes(&unknown), vec![Code::MeasureUnknownPart]);
    let above = GOOD.replace("# Voor\n", "## Een vraag te vroeg\n\n# Voor\n\nBeantwoord eerst deze vragen.\n");
    let p = parse_measure("meting/inwoner", &above);
    assert_eq!(p.diagnostics.iter().map(|d| d.code).collect::<Vec<_>>(), vec![Code::MeasureUnknownPart]);
    assert!(p.diagnostics[0].message.contains("Een vraag te vroeg"));
    assert_eq!(document::plain_text_blocks(&p.value.intro_before).trim(), "Beantwoord eerst deze vragen.");
    let no_statements = GOOD.split("# Stellingen").next().unwrap();
    assert_eq!(codes(no_statements), vec![Code::MeasureNoStatements]);
    let no_topic = GOOD.replace("onderwerp: wat een signaal is\n\n", "");
    assert_eq!(codes(&no_topic), vec![Code::MeasureNoTopic]);
    let same_before = "## Waar meld je een vermoeden anoniem? {#melden}\n\nonderwerp: waar je anoniem kunt melden\n\n- [x] Meld Misdaad Anoniem\n- [ ] Bij de buurman zelf aanbellen\n- [ ] Op een buurtgroep in de app\n";
    let same = GOOD.replace(
        "## Je ziet 's nachts steeds busjes bij een loods. Waar meld je dit zonder je naam? {#melden}\n\n- [ ] Bij de eigenaar van de loods\n- [ ] In een bericht aan de hele straat\n- [x] Meld Misdaad Anoniem\n",
        &same_before.replace("onderwerp: waar je anoniem kunt melden\n\n", ""),
    );
    assert_eq!(codes(&same), vec![Code::MeasureSameQuestion]);
    let dup = GOOD.replace("{#zou-melden}", "{#waar-melden}");
    assert_eq!(codes(&dup), vec![Code::DuplicateId]);
    let shared = GOOD.replace("{#zou-melden}", "{#melden}");
    assert_eq!(codes(&shared), vec![Code::DuplicateId]);
}

#[test]
fn feedback_is_optional_but_length_cues_are_not() {
    // GOOD has no feedback under any option and no warning for it.
    let cue = GOOD.replace(
        "- [x] Meld Misdaad Anoniem\n- [ ] Bij de buurman",
        "- [x] Meld Misdaad Anoniem via 0800-7000 of het formulier op de website\n- [ ] Bij de buurman",
    );
    assert!(codes(&cue).contains(&Code::AnswerLengthCue));
}

#[test]
fn front_matter_mistakes_reuse_the_module_codes() {
    assert_eq!(codes("# Alleen tekst\n"), vec![Code::FrontMatterMissing]);
    assert_eq!(codes(""), vec![Code::FrontMatterMissing]);
    let c = codes(&GOOD.replace("doelgroep: inwoner\n", "doelgroep: boeren\nkleur: rood\n"));
    assert_eq!(c, vec![Code::UnknownAudience, Code::FrontMatterUnknownKey]);
    assert_eq!(codes(&GOOD.replace("titel: Meting voor inwoners\n", "")), vec![Code::TitleMissing]);
}

mod never_panics {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_text(s in "\\PC*") {
            let _ = parse_measure("meting/x", &s);
        }

        #[test]
        fn any_text_after_a_measure_header(s in "(\\PC|\n|#|-|\\[|\\]|\\{|\\}|x| ){0,300}") {
            let src = format!("---\ntitel: T\nsoort: meting\ndoelgroep: jeugd\n---\n{s}");
            let _ = parse_measure("meting/jeugd", &src);
        }

        #[test]
        fn edits_of_the_good_measure(cut in 0usize..2000, insert in "(\\PC|\n){0,12}") {
            let mut src = GOOD.to_string();
            let at = (0..=cut.min(src.len())).rev().find(|i| src.is_char_boundary(*i)).unwrap_or(0);
            src.insert_str(at, &insert);
            let _ = parse_measure("meting/inwoner", &src);
        }
    }
}
