//! Questions: a `##` heading is the question, task-list items are the
//! options (`[x]` right, `[ ]` wrong), a quote under an option is its
//! feedback, `> [!TIP]` is a hint and `> [!NOTE]` the explanation shown
//! after answering.
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
use super::super::document::{Block, Callout, Inline, ListItem};
use super::section::Section;
use super::Ctx;

/// One question.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Question {
    /// From `{#id}` or the heading text.
    pub id: String,
    /// The question itself (the heading).
    pub prompt: Vec<Inline>,
    /// Several answers may be right (`{.meerkeuze}` after the heading).
    pub multiple: bool,
    /// Situation text or picture before the options.
    pub intro: Vec<Block>,
    /// The options in order.
    pub options: Vec<AnswerOption>,
    /// `> [!TIP]` blocks.
    pub hint: Vec<Block>,
    /// `> [!NOTE]` blocks and anything else after the options.
    pub explanation: Vec<Block>,
}

/// One answer option.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct AnswerOption {
    /// The option text.
    pub content: Vec<Block>,
    /// `[x]`
    pub correct: bool,
    /// Why this option is right or wrong.
    pub feedback: Vec<Block>,
}

impl Question {
    /// Indices of the correct options.
    pub fn correct(&self) -> Vec<usize> {
        self.options.iter().enumerate().filter(|(_, o)| o.correct).map(|(i, _)| i).collect()
    }
}

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
/// an ordinary page in a lesson).
pub fn from_section(section: &Section, diags: &mut Vec<Diagnostic>) -> Option<Question> {
    let list_at = section.blocks.iter().position(|b| matches!(b, Block::List { items, .. } if items.iter().any(|i| i.checked.is_some())))?;
    let Some(Block::List { items, .. }) = section.blocks.get(list_at) else { return None };
    let mut q = Question {
        id: section.id.clone(),
        prompt: section.title.clone(),
        multiple: section.classes.iter().any(|c| c == "meerkeuze"),
        intro: section.blocks[..list_at].to_vec(),
        options: Vec::new(),
        hint: Vec::new(),
        explanation: Vec::new(),
    };
    for item in items {
        match item.checked {
            Some(correct) => q.options.push(option(item, correct, diags)),
            None => diags.push(Diagnostic::new(
                Code::MixedTaskList,
                item.span.clone(),
                "Dit antwoord begint niet met [x] of [ ], dus de app weet niet of het goed of fout is.",
            )),
        }
    }
    for block in &section.blocks[list_at + 1..] {
        match block {
            Block::Quote { callout: Some(Callout::Tip), blocks, .. } => q.hint.extend(blocks.iter().cloned()),
            Block::Quote { callout: Some(_), blocks, .. } => q.explanation.extend(blocks.iter().cloned()),
            other => q.explanation.push(other.clone()),
        }
    }
    let title = section.title_text();
    let correct: Vec<&ListItem> = items.iter().filter(|i| i.checked == Some(true)).collect();
    if items.len() < 2 {
        diags.push(Diagnostic::new(Code::QuestionOneOption, section.span.clone(), format!("De vraag \"{title}\" heeft maar één antwoord.")));
    }
    if correct.is_empty() && !q.options.is_empty() {
        diags.push(Diagnostic::new(Code::QuestionNoCorrect, section.span.clone(), format!("Bij de vraag \"{title}\" is geen antwoord goed.")));
    }
    if !q.multiple && correct.len() > 1 {
        diags.push(Diagnostic::new(
            Code::SingleChoiceTwoCorrect,
            correct[1].span.clone(),
            format!("Bij de vraag \"{title}\" zijn {} antwoorden goed, maar er mag er maar één worden gekozen.", correct.len()),
        ));
    }
    Some(q)
}

/// One answer option from a task-list item: its text and the `>` feedback.
pub fn option(item: &ListItem, correct: bool, diags: &mut Vec<Diagnostic>) -> AnswerOption {
    let mut content = Vec::new();
    let mut feedback = Vec::new();
    for b in &item.blocks {
        match b {
            Block::Quote { callout: None, blocks, .. } => feedback.extend(blocks.iter().cloned()),
            other => content.push(other.clone()),
        }
    }
    if feedback.is_empty() {
        diags.push(Diagnostic::new(Code::OptionNoFeedback, item.span.clone(), "Bij dit antwoord staat geen uitleg."));
    }
    AnswerOption { content, correct, feedback }
}
