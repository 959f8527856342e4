//! A measurement set in Markdown:
//!
//! ```markdown
//! ---
//! titel: Meting voor inwoners
//! soort: meting
//! doelgroep: inwoner
//! ---
//!
//! Uitleg voor de deelnemer: wat we meten, dat het anoniem is en dat je mag overslaan.
//!
//! # Voor
//!
//! ## Je buurman heeft altijd folie voor de ramen. Waar kun je dit anoniem melden? {#melden}
//!
//! onderwerp: waar je anoniem kunt melden
//!
//! - [ ] Bij de buurman zelf
//! - [x] Meld Misdaad Anoniem
//! - [ ] Nergens
//!
//! # Na
//!
//! ## Bij de loods in je straat stoppen 's nachts steeds busjes. Waar meld je dit anoniem? {#melden}
//!
//! - [x] Meld Misdaad Anoniem
//! - [ ] ...
//!
//! # Stellingen
//!
//! ## Ik weet waar ik een vermoeden kan melden {#waar-melden}
//! ```
//!
//! Grammar (on top of the module dialect: front matter, `##` items,
//! task-list options):
//!
//! ```text
//! measure    = front-matter intro part*
//! part       = "# Voor" item* | "# Na" item* | "# Stellingen" statement*
//! item       = "## " prompt ["{#key}"] ["onderwerp: " text] intro options
//! statement  = "## " text ["{#key}"]
//! ```
//!
//! A `# Voor` item and a `# Na` item with the same key are one
//! [`KnowledgePair`]. Feedback under options is allowed (the app may show it
//! after the last phase) but not required: a measurement is never graded.

use crate::content::diagnostic::{Code, Diagnostic, Parsed};
use crate::content::document::{self, plain_text_blocks, Block};
use crate::content::front_matter;
use crate::content::kinds::question::{self, Answer, Question};
use crate::content::kinds::section::{self, Section};
use crate::content::module::Kind;
use crate::content::Audience;

use super::model::{KnowledgePair, Measure, Phase, Statement, MAX_OPTIONS};

/// The word after `soort:` that makes a file a measurement set.
pub const MEASURE_KIND: &str = "meting";

const KNOWN_KEYS: [&str; 5] = ["titel", "soort", "doelgroep", "duur", "omschrijving"];

/// Whether the front matter of `src` says `soort: meting`. Cheap enough for
/// the checker to ask of every file before deciding how to read it.
pub fn is_measure(src: &str) -> bool {
    let mut scratch = Vec::new();
    let fm = front_matter::parse(src, &mut scratch);
    fm.get("soort").is_some_and(|f| f.value.trim().eq_ignore_ascii_case(MEASURE_KIND))
}

/// The part of a measurement set a `#` heading opens.
#[derive(Clone, Copy, PartialEq)]
enum Part {
    Phase(Phase),
    Statements,
}

fn part_of(title: &str) -> Option<Part> {
    let t = title.trim().trim_end_matches(':').to_lowercase();
    let first = t.split_whitespace().next().unwrap_or("");
    match first {
        "voor" | "voormeting" => Some(Part::Phase(Phase::Before)),
        "na" | "nameting" => Some(Part::Phase(Phase::After)),
        _ if t.starts_with("stelling") => Some(Part::Statements),
        _ => None,
    }
}

/// One `##` item of a phase, before pairing.
struct Item {
    key: String,
    span: std::ops::Range<usize>,
    topic: Option<String>,
    question: Question,
}

/// Parses one measurement file. `id` is its path in `content/` without
/// `.md`. Total: any input gives a value and diagnostics.
pub fn parse_measure(id: &str, src: &str) -> Parsed<Measure> {
    let mut diags = Vec::new();
    crate::content::encoding::report_not_utf8(src, &mut diags);
    let fm = front_matter::parse(src, &mut diags);
    let fm_end = fm.body_start.min(src.len());
    let has_front_matter = !diags.iter().any(|d| d.code == Code::FrontMatterMissing);
    for f in &fm.fields {
        if !KNOWN_KEYS.contains(&f.key.as_str()) {
            diags.push(Diagnostic::new(Code::FrontMatterUnknownKey, f.span.clone(), format!("'{}' kent de app niet in een meting.", f.key)));
        }
    }
    let title = match fm.get("titel") {
        Some(f) if !f.value.is_empty() => f.value.clone(),
        Some(f) => {
            diags.push(Diagnostic::new(Code::TitleMissing, f.span.clone(), "De titel is leeg."));
            String::new()
        }
        None => {
            if has_front_matter {
                diags.push(Diagnostic::new(Code::TitleMissing, 0..0, "Deze meting heeft geen titel."));
            }
            String::new()
        }
    };
    match fm.get("soort") {
        Some(f) if f.value.trim().eq_ignore_ascii_case(MEASURE_KIND) => {}
        Some(f) if Kind::from_code(&f.value).is_some() => {}
        Some(f) => diags.push(Diagnostic::new(Code::UnknownKind, f.value_span.clone(), format!("De soort \"{}\" bestaat niet.", f.value))),
        None if has_front_matter => diags.push(Diagnostic::new(Code::KindMissing, 0..0, "Er staat niet bij dat dit een meting is (soort: meting).")),
        None => {}
    }
    let audience = fm.audience(has_front_matter, "Er staat niet bij voor wie deze meting is.", &mut diags);
    let minutes = fm.number("duur", 600, &mut diags);
    front_matter::report_misplaced(src, fm_end, &mut diags);

    let body = document::parse_body(src.get(fm_end..).unwrap_or(""), fm_end, &mut diags);
    let (intro, parts) = section::split_at(body, 1);
    // An item above `# Voor` belongs to no part: say so rather than show
    // it as introduction text.
    for b in &intro {
        if let Block::Heading { level: 2, content, span, .. } = b {
            diags.push(Diagnostic::new(
                Code::MeasureUnknownPart,
                span.clone(),
                format!("\"{}\" staat boven # Voor en hoort dus bij geen deel.", document::plain_text(content).trim()),
            ));
        }
    }
    let mut phases: [Vec<Item>; 2] = [Vec::new(), Vec::new()];
    let mut phase_seen = [false, false];
    let mut phase_intro: [Vec<Block>; 2] = [Vec::new(), Vec::new()];
    let mut statements = Vec::new();
    let mut statement_spans = Vec::new();
    let mut statements_seen = false;
    for part in parts {
        let part_title = part.title_text();
        match part_of(&part_title) {
            Some(Part::Phase(phase)) => {
                let i = phase as usize;
                phase_seen[i] = true;
                let (part_intro, sections) = section::split_at(part.blocks, 2);
                phase_intro[i].extend(part_intro);
                if sections.is_empty() {
                    diags.push(Diagnostic::new(
                        Code::MeasurePartMissing,
                        part.span.clone(),
                        format!("Onder \"# {part_title}\" staat nog geen vraag."),
                    ));
                }
                for s in &sections {
                    if let Some(item) = item(src, s, phase, &mut diags) {
                        phases[i].push(item);
                    }
                }
                section::check_unique_ids(&sections, &mut diags);
            }
            Some(Part::Statements) => {
                statements_seen = true;
                let (_, sections) = section::split_at(part.blocks, 2);
                section::check_unique_ids(&sections, &mut diags);
                statement_spans.extend(sections.iter().map(|s| s.span.clone()));
                statements.extend(sections.into_iter().map(|s| Statement { key: s.id, text: s.title }));
            }
            // Without front matter that error is the one to fix first.
            None if !has_front_matter => {}
            None => diags.push(Diagnostic::new(
                Code::MeasureUnknownPart,
                part.span.clone(),
                format!("\"# {}\" is geen deel van een meting; wat eronder staat, wordt niet gebruikt.", part.title_text()),
            )),
        }
    }
    for phase in Phase::BOTH {
        if !phase_seen[phase as usize] && has_front_matter {
            let name = if phase == Phase::Before { "# Voor" } else { "# Na" };
            diags.push(Diagnostic::new(Code::MeasurePartMissing, 0..0, format!("Deze meting heeft geen deel {name}.")));
        }
    }
    if statements.is_empty() && has_front_matter {
        let message = if statements_seen { "Onder # Stellingen staat nog geen stelling." } else { "Deze meting heeft geen stellingen." };
        diags.push(Diagnostic::new(Code::MeasureNoStatements, 0..0, message));
    }
    let [before, after] = phases;
    let knowledge = pair(before, after, &mut diags);
    // A report names every item by its key alone, so a statement may not
    // share one with a knowledge item.
    for (st, span) in statements.iter().zip(&statement_spans) {
        if knowledge.iter().any(|k| k.key == st.key) {
            diags.push(Diagnostic::new(
                Code::DuplicateId,
                span.clone(),
                format!(
                    "De stelling \"{}\" heeft dezelfde code (#{}) als een vraag. Geef elke vraag en stelling een eigen code.",
                    st.text_plain(),
                    st.key
                ),
            ));
        }
    }
    let questions: Vec<&Question> = knowledge.iter().flat_map(|k| [&k.before, &k.after]).collect();
    question::check_longest_pattern(&questions, &mut diags);
    diags.sort_by_key(|d| d.span.start);
    let [intro_before, intro_after] = phase_intro;
    Parsed {
        value: Measure { id: id.to_string(), title, audience, minutes, intro, intro_before, intro_after, knowledge, statements },
        diagnostics: diags,
    }
}

/// One `##` item: an optional `onderwerp:` line, then a question.
fn item(src: &str, s: &Section, phase: Phase, diags: &mut Vec<Diagnostic>) -> Option<Item> {
    let (pairs, rest) = section::key_lines(src, &s.blocks, &["onderwerp"]);
    let topic = pairs.into_iter().map(|(_, v, _)| v).find(|v| !v.is_empty());
    let trimmed = Section { blocks: rest.to_vec(), ..s.clone() };
    let mut own = Vec::new();
    let question = question::from_section(&trimmed, &mut own);
    // Feedback is optional in a measurement: it is never graded.
    diags.extend(own.into_iter().filter(|d| d.code != Code::OptionNoFeedback));
    let Some(question) = question else {
        diags.push(Diagnostic::new(
            Code::QuestionNoOptions,
            s.span.clone(),
            format!("Bij de vraag \"{}\" ({}) staan geen antwoorden.", s.title_text(), phase.code()),
        ));
        return None;
    };
    // Hands can be counted for one option each; not for several, nor for
    // an order.
    let why = match &question.answer {
        Answer::One(options) if options.len() <= MAX_OPTIONS => None,
        Answer::One(options) => Some(format!("heeft {} antwoorden", options.len())),
        Answer::Several(_) => Some("heeft {.meerkeuze}".to_string()),
        Answer::Order(_) => Some("heeft {.volgorde}".to_string()),
    };
    if let Some(why) = why {
        diags.push(Diagnostic::new(Code::MeasureItemShape, s.span.clone(), format!("De vraag \"{}\" {why}.", s.title_text())));
    }
    Some(Item { key: s.id.clone(), span: s.span.clone(), topic, question })
}

/// Pairs `# Voor` and `# Na` items by key, in the order of `# Voor`.
fn pair(before: Vec<Item>, mut after: Vec<Item>, diags: &mut Vec<Diagnostic>) -> Vec<KnowledgePair> {
    let mut pairs = Vec::new();
    for b in before {
        let Some(pos) = after.iter().position(|a| a.key == b.key) else {
            diags.push(Diagnostic::new(
                Code::MeasureUnpaired,
                b.span.clone(),
                format!("De vraag met code #{} staat onder # Voor, maar niet onder # Na.", b.key),
            ));
            continue;
        };
        let a = after.remove(pos);
        if same_text(&b.question, &a.question) {
            diags.push(Diagnostic::new(
                Code::MeasureSameQuestion,
                a.span.clone(),
                format!("De vraag #{} onder # Na is precies dezelfde als onder # Voor.", a.key),
            ));
        }
        let topic = b.topic.or(a.topic);
        if topic.is_none() {
            diags.push(Diagnostic::new(Code::MeasureNoTopic, b.span.clone(), format!("Bij de vraag #{} staat geen onderwerp.", b.key)));
        }
        pairs.push(KnowledgePair { key: b.key, topic, before: b.question, after: a.question });
    }
    for a in after {
        diags.push(Diagnostic::new(
            Code::MeasureUnpaired,
            a.span.clone(),
            format!("De vraag met code #{} staat onder # Na, maar niet onder # Voor.", a.key),
        ));
    }
    pairs
}

fn same_text(a: &Question, b: &Question) -> bool {
    let text = |q: &Question| {
        let options: Vec<String> = match &q.answer {
            Answer::One(options) | Answer::Several(options) => options.iter().map(|o| plain_text_blocks(&o.content)).collect(),
            Answer::Order(steps) => steps.iter().map(|s| plain_text_blocks(&s.content)).collect(),
        };
        (document::plain_text(&q.prompt), plain_text_blocks(&q.intro), options)
    };
    text(a) == text(b)
}

/// Where the app looks for the measurement set of `audience`.
pub fn path_for(audience: Audience) -> String {
    format!("{}.md", id_for(audience))
}

/// The id of `audience`'s set: its path without `.md`, also the key of a
/// learner's own answers in their progress.
pub fn id_for(audience: Audience) -> String {
    format!("meting/{}", audience.code())
}

#[cfg(test)]
pub(crate) mod tests;
