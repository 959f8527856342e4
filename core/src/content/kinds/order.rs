//! Ordering questions (`{.volgorde}`): "zet de stappen in de goede
//! volgorde". The trainer writes the steps as a numbered list in the right
//! order, so the file reads as the answer; the app shuffles them
//! (`progress::order`). A quote under a step says why it comes there.
//!
//! ```markdown
//! ## Je vindt drugsafval op je land. Wat doe je eerst? {.volgorde}
//!
//! 1. Ik houd afstand en raak niets aan
//!    > Eerst je eigen veiligheid: de stoffen zijn giftig.
//! 2. Ik bel 112
//! 3. Ik laat het de gemeente weten
//!
//! > [!NOTE]
//! > Ruim drugsafval nooit zelf op.
//! ```

use super::super::diagnostic::{Code, Diagnostic};
use super::super::document::{Block, ListItem};
use super::question::{content_and_feedback, question_around, Answer, Question, Step};
use super::section::Section;

/// The class after the heading that makes a section an ordering question.
pub const CLASS: &str = "volgorde";

/// More steps than this are hard to keep in mind and slow to order with
/// buttons (each move is a press), so the checker warns.
pub const MAX_STEPS: usize = 8;

/// The ordering question in `section` (which has `{.volgorde}`). Always a
/// question, also without steps: the class says the trainer meant one, so
/// the checker says what is missing instead of showing a plain page.
pub fn from_section(section: &Section, diags: &mut Vec<Diagnostic>) -> Question {
    let title = section.title_text();
    if section.classes.iter().any(|c| c == "meerkeuze") {
        diags.push(Diagnostic::new(
            Code::OrderAndSeveral,
            section.span.clone(),
            format!("De vraag \"{title}\" heeft zowel {{.volgorde}} als {{.meerkeuze}}. De app maakt er een volgordevraag van."),
        ));
    }
    let Some((list_at, items)) = step_list(&section.blocks) else {
        diags.push(Diagnostic::new(Code::OrderTooFewSteps, section.span.clone(), format!("Bij de volgordevraag \"{title}\" staan geen stappen.")));
        return question_around(section, section.blocks.len(), Answer::Order(Vec::new()));
    };
    let steps: Vec<Step> = items.iter().map(|item| step(item, diags)).collect();
    if steps.len() < 2 {
        diags.push(Diagnostic::new(Code::OrderTooFewSteps, section.span.clone(), format!("Bij de volgordevraag \"{title}\" staat maar één stap.")));
    }
    if steps.len() > MAX_STEPS {
        let extra = items.get(MAX_STEPS).map_or(section.span.clone(), |i| i.span.clone());
        diags.push(Diagnostic::new(
            Code::OrderTooManySteps,
            extra,
            format!("De volgordevraag \"{title}\" heeft {} stappen; meer dan {MAX_STEPS} is lastig om te onthouden en te ordenen.", steps.len()),
        ));
    }
    question_around(section, list_at, Answer::Order(steps))
}

/// The list that holds the steps: the first numbered list, or else the
/// first list of any kind (a trainer who wrote `-` still means steps).
fn step_list(blocks: &[Block]) -> Option<(usize, &[ListItem])> {
    let lists = || blocks.iter().enumerate().filter_map(|(i, b)| if let Block::List { start, items } = b { Some((i, start, items)) } else { None });
    let (at, _, items) = lists().find(|(_, start, _)| start.is_some()).or_else(|| lists().next())?;
    Some((at, items.as_slice()))
}

fn step(item: &ListItem, diags: &mut Vec<Diagnostic>) -> Step {
    if item.checked.is_some() {
        diags.push(Diagnostic::new(
            Code::OrderStepChecked,
            item.span.clone(),
            "Deze stap begint met [x] of [ ]. Bij een volgordevraag betekent dat niets: de volgorde van de lijst is het goede antwoord.",
        ));
    }
    let (content, feedback) = content_and_feedback(item);
    Step { content, feedback }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::document::plain_text_blocks;
    use crate::content::kinds::Items;
    use crate::content::parse_module;

    fn quiz(body: &str) -> (Vec<Question>, Vec<Code>) {
        let src = format!("---\ntitel: Q\nsoort: quiz\ndoelgroep: agrarier\n---\n\n{body}");
        let parsed = parse_module("agrarier/q", &src);
        let Items::Quiz(questions) = parsed.value.items else { panic!("not a quiz") };
        (questions, parsed.diagnostics.into_iter().map(|d| d.code).collect())
    }

    fn step_texts(q: &Question) -> Vec<String> {
        match &q.answer {
            Answer::Order(steps) => steps.iter().map(|s| plain_text_blocks(&s.content).trim().to_string()).collect(),
            other => panic!("not an ordering question: {other:?}"),
        }
    }

    #[test]
    fn the_numbered_list_is_the_right_order_with_feedback_and_a_note() {
        let (qs, codes) = quiz(
            "## Wat doe je eerst? {.volgorde}\n\n> Je vindt vaten.\n\n1. Afstand houden\n   > Eerst veilig.\n2. Bellen\n3. Gemeente inlichten\n\n> [!NOTE]\n> Nooit zelf opruimen.\n",
        );
        assert_eq!(codes, vec![]);
        assert_eq!(step_texts(&qs[0]), ["Afstand houden", "Bellen", "Gemeente inlichten"]);
        let Answer::Order(steps) = &qs[0].answer else { unreachable!() };
        assert_eq!(plain_text_blocks(&steps[0].feedback).trim(), "Eerst veilig.");
        assert!(steps[1].feedback.is_empty(), "feedback per step is optional");
        assert_eq!(plain_text_blocks(&qs[0].intro).trim(), "Je vindt vaten.");
        assert_eq!(plain_text_blocks(&qs[0].explanation).trim(), "Nooit zelf opruimen.");
    }

    #[test]
    fn a_bullet_list_in_the_introduction_is_not_taken_for_the_steps() {
        let (qs, codes) = quiz("## V {.volgorde}\n\n- je ziet vaten\n- het ruikt scherp\n\n1. Eerst\n2. Dan\n");
        assert_eq!(codes, vec![]);
        assert_eq!(step_texts(&qs[0]), ["Eerst", "Dan"]);
        assert_eq!(qs[0].intro.len(), 1);
    }

    #[test]
    fn each_mistake_has_its_code() {
        assert_eq!(quiz("## V {.volgorde}\n\nGeen lijst.\n").1, vec![Code::OrderTooFewSteps]);
        assert_eq!(quiz("## V {.volgorde}\n\n1. Alleen\n").1, vec![Code::OrderTooFewSteps]);
        let nine: String = (1..=9).map(|i| format!("{i}. Stap {i}\n")).collect();
        assert_eq!(quiz(&format!("## V {{.volgorde}}\n\n{nine}")).1, vec![Code::OrderTooManySteps]);
        let eight: String = (1..=8).map(|i| format!("{i}. Stap {i}\n")).collect();
        assert_eq!(quiz(&format!("## V {{.volgorde}}\n\n{eight}")).1, vec![]);
        assert_eq!(quiz("## V {.volgorde}\n\n- [x] Eerst\n- [ ] Dan\n").1, vec![Code::OrderStepChecked, Code::OrderStepChecked]);
        let (qs, codes) = quiz("## V {.volgorde .meerkeuze}\n\n1. Eerst\n2. Dan\n");
        assert_eq!(codes, vec![Code::OrderAndSeveral]);
        assert_eq!(step_texts(&qs[0]).len(), 2);
    }

    #[test]
    fn a_lesson_page_with_volgorde_is_a_knowledge_check() {
        let src = "---\ntitel: L\nsoort: les\ndoelgroep: agrarier\n---\n\n## Wat eerst? {.volgorde}\n\n1. Afstand\n2. Bellen\n";
        let Items::Lesson(l) = parse_module("agrarier/l", src).value.items else { panic!() };
        assert!(matches!(l.pages[0].check.as_ref().map(|q| &q.answer), Some(Answer::Order(s)) if s.len() == 2));
    }
}
