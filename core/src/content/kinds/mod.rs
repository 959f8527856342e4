//! Item kinds: how the `##` sections of a module become questions, cards,
//! scene regions or scenario nodes.
//!
//! Adding a kind starts with a variant of [`Kind`] and of [`Items`] and its
//! own file here (a question type is a variant of `question::Answer`
//! instead, see ARCHITECTURE.md "How to add a question type"); the compiler then points at the matches that must decide
//! for it (its code, the checker's counts, presenter slides, LMS grading,
//! the players, the studio's template); a test then asks for its word in
//! the F-SOORT-001 fix. See ARCHITECTURE.md, "How to add a kind".
//! Every kind gets the same [`Ctx`]: the file's source (so key lines like
//! `plek:` can be read with their exact position), the sections, and the
//! diagnostics list.

pub mod cards;
pub mod lesson;
pub mod mission;
pub mod order;
pub mod question;
pub mod scenario;
pub mod scene;
pub mod section;

use super::diagnostic::Diagnostic;
use super::document::Block;
use super::module::Kind;
use section::Section;

/// The typed items of a module, by kind.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Items {
    /// Pages with optional knowledge checks (`les`).
    Lesson(lesson::Lesson),
    /// A youth mission: pages and exercises (`missie`).
    Mission(mission::Mission),
    /// Questions (`quiz`).
    Quiz(Vec<question::Question>),
    /// "Signaal of niet?" cards (`kaarten`).
    Cards(Vec<cards::Card>),
    /// Regions in a picture (`scene`).
    Scene(scene::Scene),
    /// A branching story (`scenario`).
    Scenario(scenario::Scenario),
}

impl Items {
    /// Every question in the module, in order: a lesson's knowledge checks
    /// and test, a quiz, a mission's knowledge checks.
    pub fn questions(&self) -> Vec<&question::Question> {
        match self {
            Items::Lesson(l) => l.pages.iter().filter_map(|p| p.check.as_ref()).chain(l.test.iter()).collect(),
            Items::Quiz(q) => q.iter().collect(),
            Items::Mission(m) => m
                .steps
                .iter()
                .filter_map(|s| match &s.task {
                    mission::Task::Check(q) => Some(q),
                    mission::Task::Read
                    | mission::Task::RealOrFake(_)
                    | mission::Task::Sort(_)
                    | mission::Task::Chat(_)
                    | mission::Task::Password
                    | mission::Task::Privacy(_) => None,
                })
                .collect(),
            Items::Cards(_) | Items::Scene(_) | Items::Scenario(_) => Vec::new(),
        }
    }
}

/// What every kind parser gets.
pub struct Ctx<'a> {
    /// The whole file.
    pub src: &'a str,
    /// Blocks before the first `##`.
    pub intro: Vec<Block>,
    /// The `##` sections.
    pub sections: Vec<Section>,
    /// Where problems go.
    pub diags: &'a mut Vec<Diagnostic>,
    /// `afbeelding:` from the front matter, for scenes.
    pub image: Option<&'a str>,
}

/// The text before the first `##` that the start page of a `kind` shows.
/// Quizzes and card decks have no page of their own for it, so the player
/// puts it on the start page; the other kinds already show it (a lesson's
/// first page, a mission's first step, a scene's description, a scenario's
/// opening), so it is not repeated. Exhaustive on purpose: a new kind must
/// decide where its introduction goes.
pub fn start_text(kind: Kind, intro: &[Block]) -> Vec<Block> {
    match kind {
        Kind::Quiz => intro.to_vec(),
        // Task lists before the first `##` are cards, not introduction.
        Kind::Cards => intro.iter().filter(|b| !cards::is_deck(b)).cloned().collect(),
        Kind::Lesson | Kind::Mission | Kind::Scene | Kind::Scenario => Vec::new(),
    }
}

/// Builds the items for `kind`.
pub fn parse_items(kind: Kind, mut ctx: Ctx<'_>) -> Items {
    section::check_unique_ids(&ctx.sections, ctx.diags);
    let items = match kind {
        Kind::Lesson => Items::Lesson(lesson::parse(&mut ctx)),
        Kind::Mission => Items::Mission(mission::parse(&mut ctx)),
        Kind::Quiz => Items::Quiz(question::parse_quiz(&mut ctx)),
        Kind::Cards => Items::Cards(cards::parse(&mut ctx)),
        Kind::Scene => Items::Scene(scene::parse(&mut ctx)),
        Kind::Scenario => Items::Scenario(scenario::parse(&mut ctx)),
    };
    question::check_longest_pattern(&items.questions(), ctx.diags);
    items
}
