//! Questions: a `##` heading is the question, task-list items are the
//! options (`[x]` right, `[ ]` wrong), a quote under an option is its
//! feedback, `> [!TIP]` is a hint and `> [!NOTE]` the explanation shown
//! after answering. `{.meerkeuze}` after the heading lets several options be
//! right; `{.volgorde}` makes it an ordering question whose numbered list
//! holds the steps in the right order ([`Answer::Order`], see `order.rs`).
//!
//! ```markdown
//! ## Wat doe je als je drugsafval vindt? {#afval}
//!
//! - [ ] Ik ruim het zelf op
//!   > Liever niet: de stoffen zijn giftig en kunnen ontbranden.
//! - [x] Ik blijf uit de buurt en bel 112
//!   > Goed zo. Houd afstand, met de wind in je rug.
//!
//! > [!NOTE]
//! > Drugsafval is gevaarlijk. Raak het nooit aan.
//! ```

use super::super::diagnostic::{Code, Diagnostic};
use super::super::document::{not_a_task_item, plain_text, plain_text_blocks, Block, Callout, Inline, ListItem};
use super::order;
use super::section::Section;
use super::Ctx;

/// One question.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Question {
    /// From `{#id}` or the heading text.
    pub id: String,
    /// The question itself (the heading).
    pub prompt: Vec<Inline>,
    /// The question type with what the learner answers from. An enum with
    /// the options inside, so every place that shows or grades a question
    /// must match on it and the compiler lists them when a type is added.
    pub answer: Answer,
    /// Situation text or picture before the options.
    pub intro: Vec<Block>,
    /// `> [!TIP]` blocks.
    pub hint: Vec<Block>,
    /// `> [!NOTE]` blocks and anything else after the options.
    pub explanation: Vec<Block>,
}

/// What kind of answer a question asks for, with its options or steps.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Answer {
    /// Choose the one right option (no class after the heading).
    One(Vec<AnswerOption>),
    /// Choose every right option (`{.meerkeuze}`).
    Several(Vec<AnswerOption>),
    /// Put the steps in order (`{.volgorde}`); written in the right order.
    Order(Vec<Step>),
}

impl Answer {
    /// How many options or steps the learner sees.
    pub fn len(&self) -> usize {
        match self {
            Answer::One(options) | Answer::Several(options) => options.len(),
            Answer::Order(steps) => steps.len(),
        }
    }

    /// True when there is nothing to choose or order.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// One step of an ordering question.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Step {
    /// The step's text.
    pub content: Vec<Block>,
    /// Why it comes at this place (optional), shown with the right order.
    pub feedback: Vec<Block>,
}

/// One answer option.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct AnswerOption {
    /// The option text.
    pub content: Vec<Block>,
    /// `[x]`
    pub correct: bool,
    /// Why this option is right or wrong.
    pub feedback: Vec<Block>,
}

/// Indices of the correct options in `options`.
pub fn correct_options(options: &[AnswerOption]) -> Vec<usize> {
    options.iter().enumerate().filter(|(_, o)| o.correct).map(|(i, _)| i).collect()
}

impl Question {
    /// For a question with exactly one right answer (no `{.meerkeuze}`,
    /// two or more options): the length of the right option and of the
    /// longest wrong one, in characters of plain text. `None` otherwise.
    pub fn answer_lengths(&self) -> Option<(usize, usize)> {
        let Answer::One(options) = &self.answer else { return None };
        let right = single_correct(options)?;
        let longest_wrong = options.iter().filter(|o| !o.correct).map(AnswerOption::length).max()?;
        Some((right.length(), longest_wrong))
    }

    /// True for a one-answer question whose right option is strictly the
    /// longest, by any margin.
    pub fn right_answer_is_longest(&self) -> bool {
        self.answer_lengths().is_some_and(|(right, wrong)| is_longest(right, wrong))
    }

    /// True for a one-answer question whose right option is so much longer
    /// than every wrong one that length gives the answer away (see
    /// [`CUE_MIN_CHARS`] and [`CUE_MIN_PERCENT`]).
    pub fn has_length_cue(&self) -> bool {
        self.answer_lengths().is_some_and(|(right, wrong)| is_length_cue(right, wrong))
    }
}

fn single_correct(options: &[AnswerOption]) -> Option<&AnswerOption> {
    let mut correct = options.iter().filter(|o| o.correct);
    match (correct.next(), correct.next()) {
        (Some(only), None) => Some(only),
        _ => None,
    }
}

impl AnswerOption {
    /// The option's text in characters, without formatting or feedback.
    pub fn length(&self) -> usize {
        plain_text_blocks(&self.content).trim().chars().count()
    }
}

/// A right answer counts as a give-away when it is at least this many
/// characters longer than the longest wrong answer...
pub const CUE_MIN_CHARS: usize = 15;
/// ...and at the same time at least this many percent longer.
pub const CUE_MIN_PERCENT: usize = 20;
/// The module-wide pattern ("the longest answer is usually right") is only
/// judged from this many one-answer questions on: with one or two questions
/// chance alone makes the right answer the longest.
pub const PATTERN_MIN_QUESTIONS: usize = 3;

/// Whether a right answer of `right` characters is longer than every wrong
/// one, the longest of which has `wrong`.
fn is_longest(right: usize, wrong: usize) -> bool {
    right > wrong
}

/// Whether a right answer of `right` characters next to a longest wrong one
/// of `wrong` characters gives the answer away (integer arithmetic, total).
pub fn is_length_cue(right: usize, wrong: usize) -> bool {
    let Some(extra) = right.checked_sub(wrong) else { return false };
    extra >= CUE_MIN_CHARS && extra as u128 * 100 >= wrong as u128 * CUE_MIN_PERCENT as u128
}

/// Module-wide: warns when more than half of the one-answer questions have
/// the right option as the strictly longest. Points at the top of the file,
/// because the fix is spread over the module.
pub fn check_longest_pattern(questions: &[&Question], diags: &mut Vec<Diagnostic>) {
    // Each question's lengths once: counting them means reading every option's text.
    let single: Vec<(&Question, (usize, usize))> = questions.iter().filter_map(|q| Some((*q, q.answer_lengths()?))).collect();
    let longest: Vec<String> = single
        .iter()
        .filter(|(_, (right, wrong))| is_longest(*right, *wrong))
        .map(|(q, _)| format!("\"{}\"", plain_text(&q.prompt).trim()))
        .collect();
    if single.len() >= PATTERN_MIN_QUESTIONS && longest.len() * 2 > single.len() {
        // A trainer reads the first few; a list of hundreds says no more.
        let named = match longest.len().checked_sub(PATTERN_NAMED) {
            Some(more) if more > 0 => format!("{} en nog {more} andere", longest[..PATTERN_NAMED].join(", ")),
            _ => longest.join(", "),
        };
        diags.push(Diagnostic::new(
            Code::LongestAnswerPattern,
            0..0,
            format!(
                "In deze module is bij {} van de {} vragen met één goed antwoord het goede antwoord het langste: {named}.",
                longest.len(),
                single.len()
            ),
        ));
    }
}

/// How many questions the module-wide pattern warning names.
const PATTERN_NAMED: usize = 5;

/// Every section of a quiz must be a question.
pub fn parse_quiz(ctx: &mut Ctx<'_>) -> Vec<Question> {
    let mut questions = Vec::new();
    for section in &ctx.sections {
        match from_section(section, ctx.diags) {
            Some(q) => questions.push(q),
            None => ctx.diags.push(Diagnostic::new(
                Code::QuestionNoOptions,
                section.span.clone(),
                format!("Bij de vraag \"{}\" staan geen antwoorden.", section.title_text()),
            )),
        }
    }
    if ctx.sections.is_empty() {
        let at = ctx.intro.first().map_or(0..0, block_start);
        ctx.diags.push(Diagnostic::new(Code::QuestionNoOptions, at, "Deze quiz heeft nog geen vragen. Elke vraag is een kopje met ##."));
    }
    questions
}

fn block_start(b: &Block) -> std::ops::Range<usize> {
    match b {
        Block::Heading { span, .. } | Block::Paragraph { span, .. } | Block::Quote { span, .. } | Block::Code { span, .. } => span.start..span.start,
        Block::List { items, .. } => items.first().map_or(0..0, |i| i.span.start..i.span.start),
        Block::Rule => 0..0,
    }
}

/// The question in `section`, or `None` if it has no task list (then it is
/// an ordinary page in a lesson). A `{.volgorde}` section is always a
/// question: its numbered list has no `[x]` to find it by.
pub fn from_section(section: &Section, diags: &mut Vec<Diagnostic>) -> Option<Question> {
    if section.classes.iter().any(|c| c == order::CLASS) {
        return Some(order::from_section(section, diags));
    }
    let list_at = section.blocks.iter().position(|b| matches!(b, Block::List { items, .. } if items.iter().any(|i| i.checked.is_some())))?;
    let Some(Block::List { items, .. }) = section.blocks.get(list_at) else { return None };
    let several = section.classes.iter().any(|c| c == "meerkeuze");
    let mut options = Vec::new();
    for item in items {
        match item.checked {
            Some(correct) => options.push(option(item, correct, diags)),
            None => diags.push(Diagnostic::new(
                Code::MixedTaskList,
                item.span.clone(),
                not_a_task_item(item, "Dit antwoord begint niet met [x] of [ ], dus de app weet niet of het goed of fout is."),
            )),
        }
    }
    let title = section.title_text();
    let correct: Vec<&ListItem> = items.iter().filter(|i| i.checked == Some(true)).collect();
    if items.len() < 2 {
        diags.push(Diagnostic::new(Code::QuestionOneOption, section.span.clone(), format!("De vraag \"{title}\" heeft maar één antwoord.")));
    }
    if correct.is_empty() && !options.is_empty() {
        diags.push(Diagnostic::new(Code::QuestionNoCorrect, section.span.clone(), format!("Bij de vraag \"{title}\" is geen antwoord goed.")));
    }
    if !several && correct.len() > 1 {
        diags.push(Diagnostic::new(
            Code::SingleChoiceTwoCorrect,
            correct[1].span.clone(),
            format!("Bij de vraag \"{title}\" zijn {} antwoorden goed, maar er mag er maar één worden gekozen.", correct.len()),
        ));
    }
    report_answers_after_explanation(section, list_at, diags);
    let answer = if several { Answer::Several(options) } else { Answer::One(options) };
    let q = question_around(section, list_at, answer);
    if let Some((right, wrong)) = q.answer_lengths().filter(|&(r, w)| is_length_cue(r, w)) {
        diags.push(Diagnostic::new(
            Code::AnswerLengthCue,
            section.span.clone(),
            format!("Bij de vraag \"{title}\" is het goede antwoord {right} tekens lang en het langste foute antwoord {wrong}. Zo verraadt de lengte het antwoord."),
        ));
    }
    Some(q)
}

/// Names a second list with `[x]` or `[ ]` after the answers of the
/// question in `section` (whose answer list is block `list_at`), for
/// example below the `> [!NOTE]`. It would silently become part of the
/// explanation: options the learner never gets to choose, shown with the
/// right one marked after answering.
fn report_answers_after_explanation(section: &Section, list_at: usize, diags: &mut Vec<Diagnostic>) {
    let answers_start = match section.blocks.get(list_at) {
        Some(Block::List { items, .. }) => items.first().map_or(section.span.end, |i| i.span.start),
        _ => section.span.end,
    };
    for block in section.blocks.get(list_at + 1..).unwrap_or_default() {
        let Block::List { items, .. } = block else { continue };
        let Some(stray) = items.iter().find(|i| i.checked.is_some()) else { continue };
        if after_a_heading_without_space(answers_start..stray.span.start, diags) {
            continue;
        }
        diags.push(Diagnostic::new(
            Code::AnswersAfterExplanation,
            stray.span.clone(),
            format!(
                "Dit antwoord staat niet bij de andere antwoorden direct onder de vraag \"{}\". Niemand kan het kiezen: de app laat het pas na het antwoorden zien, in de uitleg.",
                section.title_text()
            ),
        ));
    }
}

/// Whether a heading without its space (F-KOPJE-002) lies in `between`: then
/// the answers below it belong to that lost question, and that one message
/// already says the fix for both.
fn after_a_heading_without_space(between: std::ops::Range<usize>, diags: &[Diagnostic]) -> bool {
    diags.iter().any(|d| d.code == Code::HeadingNoSpace && between.contains(&d.span.start))
}

/// The question of `section` whose answer list is block `list_at`: what
/// comes before it is the introduction, tips after it are the hint and
/// everything else the explanation. Shared by every question type.
pub(super) fn question_around(section: &Section, list_at: usize, answer: Answer) -> Question {
    let mut q = Question {
        id: section.id.clone(),
        prompt: section.title.clone(),
        answer,
        intro: section.blocks.get(..list_at).unwrap_or_default().to_vec(),
        hint: Vec::new(),
        explanation: Vec::new(),
    };
    for block in section.blocks.get(list_at + 1..).unwrap_or_default() {
        match block {
            Block::Quote { callout: Some(Callout::Tip), blocks, .. } => q.hint.extend(blocks.iter().cloned()),
            Block::Quote { callout: Some(_), blocks, .. } => q.explanation.extend(blocks.iter().cloned()),
            other => q.explanation.push(other.clone()),
        }
    }
    q
}

/// The text and the `>` feedback of a list item, as (content, feedback).
pub(super) fn content_and_feedback(item: &ListItem) -> (Vec<Block>, Vec<Block>) {
    let mut content = Vec::new();
    let mut feedback = Vec::new();
    for b in &item.blocks {
        match b {
            Block::Quote { callout: None, blocks, .. } => feedback.extend(blocks.iter().cloned()),
            other => content.push(other.clone()),
        }
    }
    (content, feedback)
}

/// One answer option from a task-list item: its text and the `>` feedback.
pub fn option(item: &ListItem, correct: bool, diags: &mut Vec<Diagnostic>) -> AnswerOption {
    let (content, feedback) = content_and_feedback(item);
    if feedback.is_empty() {
        diags.push(Diagnostic::new(Code::OptionNoFeedback, item.span.clone(), "Bij dit antwoord staat geen uitleg."));
    }
    AnswerOption { content, correct, feedback }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::parse_module;

    fn quiz(questions: &[(&str, &str, &str)]) -> String {
        let mut src = String::from("---\ntitel: Q\nsoort: quiz\ndoelgroep: inwoner\n---\n");
        for (i, (right, wrong_a, wrong_b)) in questions.iter().enumerate() {
            src.push_str(&format!("\n## Vraag {i}\n\n- [ ] {wrong_a}\n  > Nee.\n- [x] {right}\n  > Ja.\n- [ ] {wrong_b}\n  > Nee.\n"));
        }
        src
    }

    fn codes(src: &str) -> Vec<Code> {
        parse_module("inwoner/q", src).diagnostics.into_iter().map(|d| d.code).collect()
    }

    #[test]
    fn the_margin_is_fifteen_characters_and_twenty_percent() {
        assert!(is_length_cue(40, 25), "15 longer and 60 %");
        assert!(!is_length_cue(39, 25), "14 longer");
        assert!(is_length_cue(90, 75), "15 longer and exactly 20 %");
        assert!(!is_length_cue(100, 85), "15 longer but under 20 %");
        assert!(!is_length_cue(10, 10) && !is_length_cue(0, 0));
        assert!(!is_length_cue(usize::MAX, usize::MAX - 1), "no overflow");
    }

    #[test]
    fn a_much_longer_right_answer_is_named_at_the_question() {
        let src = quiz(&[("Ik schrijf op wat ik zag en meld het anoniem", "Ik ga kijken", "Niets doen")]);
        let p = parse_module("inwoner/q", &src);
        let d: Vec<_> = p.diagnostics.iter().filter(|d| d.code == Code::AnswerLengthCue).collect();
        assert_eq!(d.len(), 1, "{:?}", p.diagnostics);
        assert_eq!(&src[d[0].span.clone()], "## Vraag 0\n");
        assert!(d[0].message.contains("44 tekens") && d[0].message.contains("langste foute antwoord 12"), "{}", d[0].message);
    }

    #[test]
    fn similar_lengths_a_short_right_answer_and_meerkeuze_are_fine() {
        assert_eq!(codes(&quiz(&[("Ik meld het anoniem", "Ik ga aanbellen en vraag het", "Niets")])), vec![]);
        assert_eq!(codes(&quiz(&[("Ik meld wat ik zag, anoniem", "Ik ga aanbellen bij de buren", "Niets")])), vec![]);
        let multi = "---\ntitel: Q\nsoort: quiz\ndoelgroep: inwoner\n---\n\n## V {.meerkeuze}\n\n- [x] Een heel lang goed antwoord met veel woorden erin\n  > Ja.\n- [ ] Kort\n  > Nee.\n";
        assert_eq!(codes(multi), vec![]);
    }

    #[test]
    fn formatting_and_feedback_do_not_count_towards_the_length() {
        let src = quiz(&[("**Ik meld het!**", "Ik bel aan", "Ik wacht af")]);
        let Items::Quiz(q) = parse_module("inwoner/q", &src).value.items else { panic!() };
        assert_eq!(q[0].answer_lengths(), Some((12, 11)));
        assert!(q[0].right_answer_is_longest() && !q[0].has_length_cue());
    }

    #[test]
    fn a_module_where_the_longest_answer_is_usually_right_gets_one_warning() {
        // Right answer longest by a little, in two of three questions.
        let two_of_three = quiz(&[
            ("Ik meld het bij de politie", "Ik ga aanbellen", "Niets"),
            ("Ik bel 112 en blijf weg", "Ik ga kijken", "Niets"),
            ("Ik meld", "Ik ga kijken", "Niets"),
        ]);
        assert_eq!(codes(&two_of_three), vec![Code::LongestAnswerPattern]);
        let d = parse_module("inwoner/q", &two_of_three).diagnostics;
        assert!(d[0].message.contains("bij 2 van de 3 vragen"), "{}", d[0].message);
        // Exactly half is not more than half.
        let half = quiz(&[
            ("Ik meld het bij de politie", "Ik ga aanbellen", "Niets"),
            ("Ik bel 112 en blijf weg", "Ik ga kijken", "Niets"),
            ("Ik meld", "Ik ga kijken", "Niets"),
            ("Ik bel", "Ik ga kijken", "Niets"),
        ]);
        assert_eq!(codes(&half), vec![]);
        // With fewer than three questions the pattern is not judged.
        assert_eq!(codes(&quiz(&[("Ik meld het bij de politie", "Ik ga aanbellen", "Niets")])), vec![]);
    }

    #[test]
    fn lesson_checks_test_questions_and_mission_checks_all_count() {
        let q = |right: &str| format!("- [x] {right}\n  > Ja.\n- [ ] Ik wacht\n  > Nee.\n");
        let lesson = format!(
            "---\ntitel: L\nsoort: les\ndoelgroep: medewerker\n---\n\n## Pagina\n\n{}\n# Toets\n\n## T1\n\n{}\n## T2\n\n{}",
            q("Ik meld het"),
            q("Ik meld het intern"),
            q("Ik bel 0800")
        );
        assert_eq!(codes(&lesson), vec![Code::LongestAnswerPattern]);
        let Items::Lesson(l) = parse_module("m", &lesson).value.items else { panic!() };
        let items = Items::Lesson(l);
        assert_eq!(items.questions().len(), 3);
    }

    #[test]
    fn the_pattern_warning_names_a_few_questions_not_hundreds() {
        let many: String = (1..=40).map(|n| format!("## Vraag {n}\n\n- [x] Het goede en lange antwoord\n- [ ] Kort\n\n")).collect();
        let parsed = crate::content::parse_module("inwoner/q", &format!("---\ntitel: Q\nsoort: quiz\ndoelgroep: inwoner\n---\n{many}"));
        let message = &parsed.diagnostics.iter().find(|d| d.code == Code::LongestAnswerPattern).expect("warned").message;
        assert!(message.contains("\"Vraag 5\" en nog 35 andere."), "{message}");
        assert!(!message.contains("Vraag 6\""), "{message}");
    }

    #[test]
    fn answers_after_the_explanation_are_named_at_their_line() {
        let src = "---\ntitel: Q\nsoort: quiz\ndoelgroep: inwoner\n---\n\n## Wat doe je?\n\n- [x] Ik meld het\n  > Ja.\n- [ ] Niets\n  > Nee.\n\n> [!NOTE]\n> Uitleg.\n\n- [ ] Ik ga kijken\n  > Nee.\n";
        let p = parse_module("inwoner/q", src);
        let d: Vec<_> = p.diagnostics.iter().filter(|d| d.code == Code::AnswersAfterExplanation).collect();
        assert_eq!(d.len(), 1, "{:?}", p.diagnostics);
        assert!(src[d[0].span.clone()].starts_with("- [ ] Ik ga kijken"), "{:?}", &src[d[0].span.clone()]);
        assert!(d[0].message.contains("\"Wat doe je?\""), "{}", d[0].message);
        // A list without boxes after the explanation is ordinary text.
        let plain = src.replace("- [ ] Ik ga kijken\n  > Nee.\n", "- Meer weten? Bel 0800-7000.\n");
        assert_eq!(codes(&plain), vec![]);
    }

    #[test]
    fn after_a_heading_without_its_space_only_the_heading_is_named() {
        let src = "---\ntitel: Q\nsoort: quiz\ndoelgroep: inwoner\n---\n\n## Vraag 1\n\n- [x] Ja\n  > Goed.\n- [ ] Nee\n  > Fout.\n\n##Gaten in de muur {#gaten}\n\n- [ ] Slordig\n  > Nee.\n- [x] Signaal\n  > Ja.\n";
        assert_eq!(codes(src), vec![Code::HeadingNoSpace]);
    }

    use crate::content::kinds::Items;

    #[test]
    fn an_answer_with_a_hard_space_after_its_box_says_so() {
        let src = "---\ntitel: T\nsoort: quiz\ndoelgroep: inwoner\n---\n\n## Vraag\n\n- [x] Goed\n  > Ja.\n- [x]\u{a0}Antwoord\n  > Ja.\n- [ ] Fout\n  > Nee.\n";
        let d: Vec<Diagnostic> = parse_module("inwoner/q", src).diagnostics.into_iter().filter(|d| d.code == Code::MixedTaskList).collect();
        assert_eq!(d.len(), 1, "{d:?}");
        assert!(d[0].message.starts_with("Er staat een onzichtbare harde spatie na de haken"), "{}", d[0].message);
        assert!(!d[0].message.contains("begint niet met"), "{}", d[0].message);
    }
}
