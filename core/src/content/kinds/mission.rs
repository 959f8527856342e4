//! Youth missions: each `##` section is a step. A step is a page (with a
//! knowledge check when it has a task list, as in a lesson) or, with an
//! `oefening:` line under its heading, one of five exercises. Everything
//! after a `# Voor de leerkracht` heading is the teacher's page and never
//! part of the child's steps.
//!
//! ```markdown
//! ## Een mail van de bank {#mail}
//! oefening: echt-of-nep
//! bericht: mail
//!
//! - [x] Van: Bank Service <actie@bankk-veilig.xyz>
//!   > Het adres lijkt op dat van een bank, maar het is het niet.
//! - [ ] Hallo,
//!   > Een groet is gewoon.
//! ```

use super::super::diagnostic::{Code, Diagnostic, Span};
use super::super::document::{not_a_task_item, Block, Inline, ListItem};
use super::cards::explained;
use super::question::{self, AnswerOption, Question};
use super::scenario::{self, Scenario};
use super::section::{self, key_lines, Section};
use super::Ctx;

/// A mission: steps in order, and the teacher's page.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Mission {
    /// The steps; text before the first `##` is a first step without title.
    pub steps: Vec<Step>,
    /// Everything after `# Voor de leerkracht`, as one document.
    pub teacher: Vec<Block>,
}

/// One step of a mission.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Step {
    /// From `{#id}` or the heading.
    pub id: String,
    /// Heading; empty for the opening step.
    pub title: Vec<Inline>,
    /// The instruction or page text.
    pub blocks: Vec<Block>,
    /// What the child does here.
    pub task: Task,
}

/// What a step asks of the child.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Task {
    /// Read the page.
    Read,
    /// Answer a knowledge check.
    Check(Question),
    /// "Echt of nep?": mark the suspicious parts of a message.
    RealOrFake(Message),
    /// Put cards into two or three groups.
    Sort(Sort),
    /// Choose replies in a branching chat.
    Chat(Scenario),
    /// Build a strong passphrase in the password lab.
    Password,
    /// Choose who sees what on a pretend profile.
    Privacy(Vec<Setting>),
}

/// How an "echt of nep" message is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum MessageForm {
    /// An e-mail (`bericht: mail`).
    Mail,
    /// A text message (`bericht: sms`).
    Sms,
    /// A chat or app message (`bericht: chat`).
    Chat,
}

/// A message in parts, some of them suspicious.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Message {
    /// How it looks.
    pub form: MessageForm,
    /// The parts in reading order.
    pub parts: Vec<Part>,
}

/// One part of a message.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Part {
    /// The text as it appears in the message.
    pub content: Vec<Block>,
    /// `[x]`: this part does not add up.
    pub suspicious: bool,
    /// Why it does or does not.
    pub explanation: Vec<Block>,
}

/// A sorting exercise.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Sort {
    /// The group names (`###` headings), two or three.
    pub groups: Vec<String>,
    /// The cards in the order written; the player mixes them.
    pub cards: Vec<SortCard>,
}

/// One card to sort.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SortCard {
    /// What is on the card.
    pub content: Vec<Block>,
    /// Index into [`Sort::groups`] of where it belongs.
    pub group: usize,
    /// Why it belongs there.
    pub explanation: Vec<Block>,
}

/// One privacy setting on the pretend profile.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Setting {
    /// What the setting is about ("Je profielfoto").
    pub label: Vec<Block>,
    /// The choices; `correct` marks the safe ones, `feedback` says who can
    /// see it then.
    pub options: Vec<AnswerOption>,
}

impl Sort {
    /// The order to show the cards in: round-robin over the groups, so the
    /// answer is never "the first five go left". Deterministic, so a
    /// reload or a class on the projector sees the same order.
    pub fn dealing_order(&self) -> Vec<usize> {
        let mut per_group: Vec<Vec<usize>> = vec![Vec::new(); self.groups.len()];
        for (i, c) in self.cards.iter().enumerate() {
            if let Some(g) = per_group.get_mut(c.group) {
                g.push(i);
            }
        }
        let mut order = Vec::with_capacity(self.cards.len());
        let longest = per_group.iter().map(Vec::len).max().unwrap_or(0);
        for round in 0..longest {
            for g in &per_group {
                if let Some(&i) = g.get(round) {
                    order.push(i);
                }
            }
        }
        order
    }
}

/// Builds the steps and the teacher's page of a mission.
pub fn parse(ctx: &mut Ctx<'_>) -> Mission {
    let (sections, teacher) = split_off_teacher(&ctx.sections);
    let mut steps = Vec::new();
    if !ctx.intro.is_empty() {
        steps.push(Step { id: "begin".into(), title: Vec::new(), blocks: ctx.intro.clone(), task: Task::Read });
    }
    for s in &sections {
        steps.push(step(ctx.src, s, ctx.diags));
    }
    if steps.is_empty() {
        ctx.diags.push(Diagnostic::new(Code::ExerciseEmpty, 0..0, "Deze missie heeft nog geen stappen. Elke stap is een kopje met ##."));
    }
    if teacher.is_none() {
        let at = ctx.sections.last().map_or(0..0, |s| s.span.clone());
        ctx.diags.push(Diagnostic::new(Code::MissionNoTeacher, at, "Deze missie heeft geen deel voor de leerkracht."));
    }
    Mission { steps, teacher: teacher.unwrap_or_default() }
}

/// The child's sections, and the teacher's part as blocks (its `##`
/// headings put back as headings) if there is a `#` heading.
fn split_off_teacher(sections: &[Section]) -> (Vec<Section>, Option<Vec<Block>>) {
    for (i, s) in sections.iter().enumerate() {
        if let Some(at) = s.blocks.iter().position(|b| matches!(b, Block::Heading { level: 1, .. })) {
            let mut kept: Vec<Section> = sections[..i].to_vec();
            let mut last = s.clone();
            let teacher_start = last.blocks.split_off(at);
            kept.push(last);
            let mut teacher: Vec<Block> = teacher_start.into_iter().skip(1).collect();
            for later in &sections[i + 1..] {
                teacher.push(Block::Heading {
                    level: 2,
                    content: later.title.clone(),
                    id: Some(later.id.clone()),
                    classes: later.classes.clone(),
                    span: later.span.clone(),
                });
                teacher.extend(later.blocks.iter().cloned());
            }
            return (kept, Some(teacher));
        }
    }
    (sections.to_vec(), None)
}

fn step(src: &str, s: &Section, diags: &mut Vec<Diagnostic>) -> Step {
    let (keys, rest) = key_lines(src, &s.blocks, &["oefening", "bericht"]);
    let value = |k: &str| keys.iter().find(|(key, _, _)| key == k).map(|(_, v, span)| (v.to_lowercase(), span.clone()));
    let exercise = value("oefening");
    let mut step = Step { id: s.id.clone(), title: s.title.clone(), blocks: rest.to_vec(), task: Task::Read };
    let Some((name, span)) = exercise else {
        if let Some(q) = question::from_section(s, diags) {
            step.blocks = q.intro.clone();
            step.task = Task::Check(q);
        }
        return step;
    };
    let here = s.span.clone();
    step.task = match name.as_str() {
        "echt-of-nep" => {
            let form = match value("bericht") {
                None => MessageForm::Chat,
                Some((f, span)) => match f.as_str() {
                    "mail" | "e-mail" => MessageForm::Mail,
                    "sms" => MessageForm::Sms,
                    "chat" | "app" => MessageForm::Chat,
                    _ => {
                        diags.push(Diagnostic::new(Code::UnknownExercise, span, format!("Het bericht \"{f}\" kent de app niet.")));
                        MessageForm::Chat
                    }
                },
            };
            let (blocks, parts) = real_or_fake(rest, here, diags);
            step.blocks = blocks;
            Task::RealOrFake(Message { form, parts })
        }
        "sorteren" => {
            let (blocks, sort) = sort(rest, here, diags);
            step.blocks = blocks;
            Task::Sort(sort)
        }
        "chat" => {
            let (intro, nodes) = section::split_at(rest.to_vec(), 3);
            if nodes.is_empty() {
                diags.push(Diagnostic::new(Code::ExerciseEmpty, here, "In deze chat staan geen delen met ###."));
            }
            step.blocks = intro;
            Task::Chat(scenario::build(src, Vec::new(), &nodes, diags))
        }
        "wachtwoord" => Task::Password,
        "privacy" => {
            let (blocks, settings) = privacy(rest, here, diags);
            step.blocks = blocks;
            Task::Privacy(settings)
        }
        other => {
            diags.push(Diagnostic::new(Code::UnknownExercise, span, format!("De oefening \"{other}\" bestaat niet.")));
            Task::Read
        }
    };
    step
}

/// The text around the message, and the message's parts (every task-list
/// item).
fn real_or_fake(blocks: &[Block], at: Span, diags: &mut Vec<Diagnostic>) -> (Vec<Block>, Vec<Part>) {
    let mut text = Vec::new();
    let mut parts = Vec::new();
    for b in blocks {
        match b {
            Block::List { items, .. } if items.iter().any(|i| i.checked.is_some()) => {
                for item in items {
                    let Some(suspicious) = item.checked else {
                        diags.push(Diagnostic::new(
                            Code::MixedTaskList,
                            item.span.clone(),
                            not_a_task_item(item, "Dit stukje begint niet met [x] (klopt niet) of [ ] (is gewoon)."),
                        ));
                        continue;
                    };
                    let (content, explanation) = explained(item);
                    if explanation.is_empty() {
                        diags.push(Diagnostic::new(Code::OptionNoFeedback, item.span.clone(), "Bij dit stukje staat geen uitleg."));
                    }
                    parts.push(Part { content, suspicious, explanation });
                }
            }
            other => text.push(other.clone()),
        }
    }
    if parts.is_empty() {
        diags.push(Diagnostic::new(Code::ExerciseEmpty, at, "In dit bericht staan geen stukjes met [x] of [ ]."));
    } else if !parts.iter().any(|p| p.suspicious) {
        diags.push(Diagnostic::new(Code::ExerciseNoRightAnswer, at, "In dit bericht is geen enkel stukje gemarkeerd met [x]."));
    }
    (text, parts)
}

/// The instruction, and the cards under the `###` group headings.
fn sort(blocks: &[Block], at: Span, diags: &mut Vec<Diagnostic>) -> (Vec<Block>, Sort) {
    let (intro, groups) = section::split_at(blocks.to_vec(), 3);
    let mut sort = Sort { groups: Vec::new(), cards: Vec::new() };
    for (g, group) in groups.iter().enumerate() {
        sort.groups.push(group.title_text());
        let mut count = 0;
        for b in &group.blocks {
            let Block::List { items, .. } = b else { continue };
            for item in items {
                let (content, explanation) = explained(item);
                if explanation.is_empty() {
                    diags.push(Diagnostic::new(Code::OptionNoFeedback, item.span.clone(), "Bij dit kaartje staat geen uitleg."));
                }
                sort.cards.push(SortCard { content, group: g, explanation });
                count += 1;
            }
        }
        if count == 0 {
            diags.push(Diagnostic::new(Code::SortGroups, group.span.clone(), format!("In de groep \"{}\" staan geen kaartjes.", group.title_text())));
        }
    }
    if !(2..=3).contains(&groups.len()) {
        diags.push(Diagnostic::new(
            Code::SortGroups,
            at,
            match groups.len() {
                0 => "Deze oefening heeft geen groepen met ###; dat moeten er twee of drie zijn.".to_string(),
                1 => "Deze oefening heeft maar één groep met ###; dat moeten er twee of drie zijn.".to_string(),
                n => format!("Deze oefening heeft {n} groepen met ###; dat moeten er twee of drie zijn."),
            },
        ));
    }
    (intro, sort)
}

/// The instruction, and the settings: list items with a task list of
/// choices under them.
fn privacy(blocks: &[Block], at: Span, diags: &mut Vec<Diagnostic>) -> (Vec<Block>, Vec<Setting>) {
    let mut text = Vec::new();
    let mut settings = Vec::new();
    for b in blocks {
        let Block::List { items, .. } = b else {
            text.push(b.clone());
            continue;
        };
        for item in items {
            settings.push(setting(item, diags));
        }
    }
    if settings.is_empty() {
        diags.push(Diagnostic::new(Code::ExerciseEmpty, at, "In deze oefening staan geen instellingen."));
    }
    (text, settings)
}

fn setting(item: &ListItem, diags: &mut Vec<Diagnostic>) -> Setting {
    let mut label = Vec::new();
    let mut options = Vec::new();
    for b in &item.blocks {
        match b {
            Block::List { items, .. } if items.iter().any(|i| i.checked.is_some()) => {
                for choice in items {
                    match choice.checked {
                        Some(safe) => options.push(question::option(choice, safe, diags)),
                        None => diags.push(Diagnostic::new(
                            Code::MixedTaskList,
                            choice.span.clone(),
                            not_a_task_item(choice, "Deze keuze begint niet met [x] (veilig) of [ ] (niet veilig)."),
                        )),
                    }
                }
            }
            other => label.push(other.clone()),
        }
    }
    if options.len() < 2 {
        diags.push(Diagnostic::new(
            Code::ExerciseEmpty,
            item.span.clone(),
            "Bij deze instelling staan minder dan twee keuzes. Zet de keuzes eronder, ingesprongen, met [x] en [ ].",
        ));
    } else if !options.iter().any(|o| o.correct) {
        diags.push(Diagnostic::new(
            Code::ExerciseNoRightAnswer,
            item.span.clone(),
            "Bij deze instelling is geen keuze gemarkeerd als veilig met [x].",
        ));
    }
    Setting { label, options }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::kinds::Items;
    use crate::content::{parse_module, Code};

    fn mission(body: &str) -> (Mission, Vec<Code>) {
        let src = format!("---\ntitel: M\nsoort: missie\ndoelgroep: jeugd\n---\n{body}\n# Voor de leerkracht\n\n## Leerdoelen\n\n- Iets.\n");
        let p = parse_module("jeugd/m", &src);
        let Items::Mission(m) = p.value.items else { panic!("not a mission") };
        (m, p.diagnostics.into_iter().map(|d| d.code).collect())
    }

    #[test]
    fn each_exercise_is_read_from_its_key_line() {
        let (m, codes) = mission(concat!(
            "## Lees {#lees}\n\nTekst.\n\n",
            "## Mail {#mail}\noefening: echt-of-nep\nbericht: mail\n\nKlik.\n\n- [x] Van: x@y.xyz\n  > Raar adres.\n- [ ] Hallo,\n  > Gewoon.\n\n",
            "## Sorteer {#sort}\noefening: sorteren\n\n### Veilig\n- Zin van vier woorden\n  > Sterk.\n\n### Niet veilig\n- welkom123\n  > Zwak.\n\n",
            "## Chat {#chat}\noefening: chat\n\n### Start {#start}\n> Hoi\n\n- [Nee](#nee)\n\n### Nee {#nee}\nGoed zo.\n\n",
            "## Lab {#lab}\noefening: wachtwoord\n\nMaak een zin.\n\n",
            "## Profiel {#profiel}\noefening: privacy\n\n- Je foto\n  - [ ] Iedereen\n    > Iedereen ziet hem.\n  - [x] Alleen vrienden\n    > Alleen vrienden.\n\n",
            "## Vraag {#vraag}\n\n- [x] Ja\n  > Goed.\n- [ ] Nee\n  > Jammer.\n",
        ));
        assert_eq!(codes, vec![]);
        let kinds: Vec<&str> = m
            .steps
            .iter()
            .map(|s| match &s.task {
                Task::Read => "lees",
                Task::Check(_) => "vraag",
                Task::RealOrFake(_) => "echt-of-nep",
                Task::Sort(_) => "sorteren",
                Task::Chat(_) => "chat",
                Task::Password => "wachtwoord",
                Task::Privacy(_) => "privacy",
            })
            .collect();
        assert_eq!(kinds, ["lees", "echt-of-nep", "sorteren", "chat", "wachtwoord", "privacy", "vraag"]);
        let Task::RealOrFake(msg) = &m.steps[1].task else { panic!() };
        assert_eq!(msg.form, MessageForm::Mail);
        assert_eq!(msg.parts.iter().map(|p| p.suspicious).collect::<Vec<_>>(), [true, false]);
        assert_eq!(crate::content::document::plain_text_blocks(&m.steps[1].blocks).trim(), "Klik.");
        let Task::Sort(s) = &m.steps[2].task else { panic!() };
        assert_eq!(s.groups, ["Veilig", "Niet veilig"]);
        let Task::Chat(c) = &m.steps[3].task else { panic!() };
        assert_eq!(c.nodes.len(), 2);
        let Task::Privacy(p) = &m.steps[5].task else { panic!() };
        assert_eq!(p[0].options.iter().map(|o| o.correct).collect::<Vec<_>>(), [false, true]);
        assert!(!m.teacher.is_empty());
    }

    #[test]
    fn the_teacher_part_never_reaches_the_steps() {
        let (m, _) = mission("## Stap\n\nVoor het kind.\n");
        assert_eq!(m.steps.len(), 1);
        let steps = serde_json::to_string(&m.steps).unwrap();
        assert!(!steps.contains("Leerdoelen") && !steps.contains("Iets."), "{steps}");
        let teacher = serde_json::to_string(&m.teacher).unwrap();
        assert!(teacher.contains("Leerdoelen") && teacher.contains("Iets."));
    }

    #[test]
    fn mistakes_are_named() {
        assert_eq!(mission("## A\noefening: puzzel\n\nTekst.\n").1, [Code::UnknownExercise]);
        assert_eq!(mission("## A\noefening: echt-of-nep\nbericht: brief\n\n- [x] a\n  > b\n").1, [Code::UnknownExercise]);
        assert_eq!(mission("## A\noefening: echt-of-nep\n\nGeen lijst.\n").1, [Code::ExerciseEmpty]);
        assert_eq!(mission("## A\noefening: echt-of-nep\n\n- [ ] a\n  > b\n").1, [Code::ExerciseNoRightAnswer]);
        assert_eq!(mission("## A\noefening: sorteren\n\n### Een\n- a\n  > b\n").1, [Code::SortGroups]);
        assert_eq!(
            mission("## A\noefening: privacy\n\n- Foto\n  - [ ] Iedereen\n    > x\n  - [ ] Niemand\n    > y\n").1,
            [Code::ExerciseNoRightAnswer]
        );
        let src = "---\ntitel: M\nsoort: missie\ndoelgroep: jeugd\n---\n## A\n\nTekst.\n";
        let codes: Vec<Code> = parse_module("m", src).diagnostics.into_iter().map(|d| d.code).collect();
        assert_eq!(codes, [Code::MissionNoTeacher]);
    }

    #[test]
    fn cards_are_dealt_round_robin_over_the_groups() {
        let card = |group| SortCard { content: Vec::new(), group, explanation: Vec::new() };
        let s = Sort { groups: vec!["a".into(), "b".into(), "c".into()], cards: vec![card(0), card(0), card(0), card(1), card(2), card(2)] };
        assert_eq!(s.dealing_order(), [0, 3, 4, 1, 5, 2]);
    }
}
