//! `content/begrippen.md`: the glossary, and explaining its terms where a
//! module first uses them.
//!
//! Same shape as site.md, so trainers learn one syntax:
//!
//! ```text
//! # Begrippenlijst                 <- anything before the first ## is for trainers
//!
//! ## Witwassen                     <- one term per ## heading
//! ook: witwast, witgewassen        <- optional: other forms of the word
//!
//! Geld uit misdaad zo gebruiken dat het eerlijk verdiend lijkt.   <- the explanation
//! ```
//!
//! The file is optional. When it is missing or broken, modules show without
//! explanations; the checker names what is wrong.
//!
//! [`annotate`] marks the first place each term appears in a module's prose,
//! as an [`Inline::Term`] the app renders as an inline disclosure. Matching
//! is pure so it is tested here: case-insensitive, whole words only, the
//! longest form first, never inside headings, links or code, and never in
//! text that sits inside a control (an answer's label, a card you drag).

use std::collections::HashMap;

use super::audience::Audience;
use super::diagnostic::{Code, Diagnostic, Parsed, Span};
use super::document::{self, check_link, Block, Inline};
use super::kinds::mission::Task;
use super::kinds::question::Question;
use super::kinds::Items;
use super::module::Module;

/// Where the glossary lives in the content folder.
pub const FILE: &str = "begrippen.md";

/// An explanation longer than this is not a short aside any more: it sits
/// in the middle of a sentence of the module.
pub const MAX_WORDS: usize = 60;

/// The parsed glossary.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Glossary {
    /// The terms, in file order.
    pub terms: Vec<Term>,
}

/// One term with its forms and explanation.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Term {
    /// The heading, e.g. "Witwassen".
    pub name: String,
    /// Every form that is matched: the heading first, then the `ook:` list.
    pub forms: Vec<String>,
    /// The explanation as one run of text (links to websites are kept).
    pub explanation: Vec<Inline>,
}

/// Parses begrippen.md. Terms without an explanation are left out and
/// reported; a word listed under two terms stays with the first.
pub fn parse_glossary(src: &str) -> Parsed<Glossary> {
    let mut diags = Vec::new();
    super::encoding::report_not_utf8(src, &mut diags);
    let mut terms = Vec::new();
    let mut seen: HashMap<String, String> = HashMap::new();
    let mut current: Option<Draft> = None;
    let mut pos = 0;
    let mut in_fence = false;
    for raw in src.split_inclusive('\n') {
        let span = pos..pos + raw.trim_end().len();
        pos += raw.len();
        let line = raw.trim();
        if line.starts_with("```") || line.starts_with("~~~") {
            in_fence = !in_fence;
        }
        if !in_fence {
            if let Some(name) = line.strip_prefix("## ") {
                finish(src, current.take(), &mut diags, &mut terms);
                let name = name.trim().to_string();
                let mut draft = Draft { name: name.clone(), heading: span.clone(), forms: Vec::new(), text: None };
                add_form(&mut draft, &name, span, &mut seen, &mut diags);
                current = Some(draft);
                continue;
            }
        }
        let Some(draft) = current.as_mut() else { continue };
        if draft.text.is_none() {
            if line.is_empty() {
                continue;
            }
            if let Some(list) = strip_key(line, "ook") {
                for form in list.split([',', ';']).map(str::trim).filter(|f| !f.is_empty()) {
                    add_form(draft, form, span.clone(), &mut seen, &mut diags);
                }
                continue;
            }
            draft.text = Some(span.start..span.end);
        }
        if let Some(text) = draft.text.as_mut() {
            text.end = span.end;
        }
    }
    finish(src, current.take(), &mut diags, &mut terms);
    if terms.is_empty() && !diags.iter().any(|d| d.code == Code::TermNoExplanation) {
        diags.push(Diagnostic::new(Code::GlossaryEmpty, 0..0, "In begrippen.md staat geen enkel begrip."));
    }
    diags.sort_by_key(|d| d.span.start);
    // `<b>` and `</b>` on one line are one thing to fix, as in modules.
    let index = super::LineIndex::new(src);
    let mut seen_lines = std::collections::HashSet::new();
    diags.retain(|d| seen_lines.insert((d.code, index.line_col(src, d.span.start).line)));
    Parsed { value: Glossary { terms }, diagnostics: diags }
}

/// A term while its lines are read.
struct Draft {
    name: String,
    heading: Span,
    forms: Vec<String>,
    /// Where the explanation is written, once a line of it was seen.
    text: Option<Span>,
}

/// `ook: a, b` (any case, with or without a space before the colon).
fn strip_key<'a>(line: &'a str, key: &str) -> Option<&'a str> {
    let (k, v) = line.split_once(':')?;
    k.trim().eq_ignore_ascii_case(key).then_some(v)
}

fn add_form(draft: &mut Draft, form: &str, span: Span, seen: &mut HashMap<String, String>, diags: &mut Vec<Diagnostic>) {
    let key = fold_str(form);
    if key.is_empty() || !form.chars().any(char::is_alphanumeric) {
        return;
    }
    match seen.get(&key) {
        Some(owner) if *owner == draft.name => {}
        Some(owner) => {
            diags.push(Diagnostic::new(Code::TermDuplicate, span, format!("\"{form}\" staat al bij het begrip \"{owner}\". Hier telt het niet mee.")))
        }
        None => {
            seen.insert(key, draft.name.clone());
            draft.forms.push(form.to_string());
        }
    }
}

fn finish(src: &str, draft: Option<Draft>, diags: &mut Vec<Diagnostic>, terms: &mut Vec<Term>) {
    let Some(draft) = draft else { return };
    let explanation = match &draft.text {
        Some(span) => explanation(src.get(span.clone()).unwrap_or(""), span.start, diags),
        None => Vec::new(),
    };
    let words = document::plain_text(&explanation).split_whitespace().count();
    if words == 0 {
        diags.push(Diagnostic::new(Code::TermNoExplanation, draft.heading, format!("Bij het begrip \"{}\" staat geen uitleg.", draft.name)));
        return;
    }
    if words > MAX_WORDS {
        diags.push(Diagnostic::new(
            Code::TermTooLong,
            draft.heading,
            format!("De uitleg van \"{}\" is {words} woorden lang; meer dan {MAX_WORDS} is te veel voor een uitleg midden in een zin.", draft.name),
        ));
    }
    if draft.forms.is_empty() {
        return;
    }
    terms.push(Term { name: draft.name, forms: draft.forms, explanation });
}

/// The explanation as one run of inline text: it is shown inside the
/// sentence that uses the term, where only phrasing content fits. Links to
/// websites stay; a link to a file would resolve against whichever module
/// shows it, so it becomes its text.
fn explanation(text: &str, offset: usize, diags: &mut Vec<Diagnostic>) -> Vec<Inline> {
    let blocks = document::parse_body(text, offset, diags);
    let mut out: Vec<Inline> = Vec::new();
    for block in blocks {
        let content = match block {
            Block::Paragraph { content, .. } | Block::Heading { content, .. } => content,
            other => vec![Inline::Text(document::plain_text_blocks(&[other]))],
        };
        if !out.is_empty() {
            out.push(Inline::Text(" ".into()));
        }
        out.extend(content.into_iter().map(keep_web_links));
    }
    out
}

fn keep_web_links(i: Inline) -> Inline {
    match i {
        Inline::Link { href, content } if href.contains(':') && check_link(&href).is_ok() => Inline::Link { href, content },
        Inline::Link { content, .. } => Inline::Text(document::plain_text(&content)),
        Inline::Emphasis(c) => Inline::Emphasis(c.into_iter().map(keep_web_links).collect()),
        Inline::Strong(c) => Inline::Strong(c.into_iter().map(keep_web_links).collect()),
        // An image has no place in a one-line explanation: keep its text.
        Inline::Image { alt, .. } => Inline::Text(alt),
        other => other,
    }
}

/// One character as the matcher compares it: lower case, and a typographic
/// apostrophe (OMG’s) the same as a typed one (OMG's).
fn fold(c: char) -> char {
    match c {
        '\u{2019}' | '\u{2018}' | '`' => '\'',
        c => c.to_lowercase().next().unwrap_or(c),
    }
}

fn fold_str(s: &str) -> String {
    s.trim().chars().map(fold).collect()
}

/// Letters and digits make words; a hyphen, an apostrophe or a space ends
/// one, so "drugs" never matches inside "drugsafval".
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// The forms of a glossary, longest first, ready to search text with.
pub struct Matcher<'g> {
    /// Folded form, its length in characters, and the index of its term.
    forms: Vec<(Vec<char>, usize)>,
    glossary: &'g Glossary,
}

impl<'g> Matcher<'g> {
    /// Prepares `glossary` for matching.
    pub fn new(glossary: &'g Glossary) -> Self {
        let mut forms: Vec<(Vec<char>, usize)> = glossary
            .terms
            .iter()
            .enumerate()
            .flat_map(|(t, term)| term.forms.iter().map(move |f| (f.trim().chars().map(fold).collect(), t)))
            .collect();
        // Longest first: "Meld Misdaad Anoniem" wins over "Meld" at the same place.
        forms.sort_by_key(|f| std::cmp::Reverse(f.0.len()));
        Matcher { forms, glossary }
    }

    /// The first whole-word match in `text` of a term not in `done`:
    /// its byte range and the term's index.
    pub fn find(&self, text: &str, done: &[bool]) -> Option<(Span, usize)> {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        for (i, &(start, _)) in chars.iter().enumerate() {
            if i > 0 && is_word_char(chars[i - 1].1) {
                continue;
            }
            for (form, term) in &self.forms {
                if done.get(*term).copied().unwrap_or(true) || form.is_empty() || i + form.len() > chars.len() {
                    continue;
                }
                let candidate = &chars[i..i + form.len()];
                if !candidate.iter().zip(form).all(|(&(_, c), &f)| fold(c) == f) {
                    continue;
                }
                if chars.get(i + form.len()).is_some_and(|&(_, c)| is_word_char(c)) {
                    continue;
                }
                let end = chars.get(i + form.len()).map_or(text.len(), |&(at, _)| at);
                return Some((start..end, *term));
            }
        }
        None
    }
}

/// Marks the first occurrence of every glossary term in `module`'s prose,
/// in the order a learner meets it. Not in children's modules (8-12): the
/// list is written for adults ("de geldezel is zelf strafbaar" would
/// frighten a child the mission tells it is never to blame), and a mission
/// explains its own words at a child's level.
pub fn annotate(module: &mut Module, glossary: &Glossary) {
    if glossary.terms.is_empty() || module.audience == Some(Audience::Youth) {
        return;
    }
    let matcher = Matcher::new(glossary);
    let mut done = vec![false; glossary.terms.len()];
    for_each_prose(&mut module.items, &mut |blocks| annotate_blocks(blocks, &matcher, &mut done));
}

/// Marks the first occurrence of each term in `blocks` (a single piece of
/// prose); `done` says which terms were explained already.
pub fn annotate_blocks(blocks: &mut [Block], matcher: &Matcher<'_>, done: &mut [bool]) {
    for block in blocks {
        match block {
            // Headings name a page; a control inside one would be read
            // as part of every heading list.
            Block::Heading { .. } | Block::Code { .. } | Block::Rule => {}
            Block::Paragraph { content, .. } => annotate_inlines(content, matcher, done),
            Block::List { items, .. } => items.iter_mut().for_each(|item| annotate_blocks(&mut item.blocks, matcher, done)),
            Block::Quote { blocks, .. } => annotate_blocks(blocks, matcher, done),
        }
    }
}

fn annotate_inlines(list: &mut Vec<Inline>, matcher: &Matcher<'_>, done: &mut [bool]) {
    if done.iter().all(|d| *d) {
        return;
    }
    let mut out = Vec::with_capacity(list.len());
    for inline in list.drain(..) {
        match inline {
            Inline::Text(text) => {
                let mut rest = text.as_str();
                while let Some((span, term)) = matcher.find(rest, done) {
                    done[term] = true;
                    if span.start > 0 {
                        out.push(Inline::Text(rest[..span.start].to_string()));
                    }
                    let t = &matcher.glossary.terms[term];
                    out.push(Inline::Term { text: rest[span.clone()].to_string(), term: t.name.clone(), explanation: t.explanation.clone() });
                    rest = &rest[span.end..];
                }
                if !rest.is_empty() {
                    out.push(Inline::Text(rest.to_string()));
                }
            }
            Inline::Emphasis(mut c) => {
                annotate_inlines(&mut c, matcher, done);
                out.push(Inline::Emphasis(c));
            }
            Inline::Strong(mut c) => {
                annotate_inlines(&mut c, matcher, done);
                out.push(Inline::Strong(c));
            }
            Inline::Strikethrough(mut c) => {
                annotate_inlines(&mut c, matcher, done);
                out.push(Inline::Strikethrough(c));
            }
            // A link is already a control; code is shown as typed.
            other @ (Inline::Link { .. } | Inline::Code(_) | Inline::Image { .. } | Inline::Break | Inline::Term { .. }) => out.push(other),
        }
    }
    *list = out;
}

/// Calls `f` on the prose of a module that the app shows as text, in the
/// order a learner meets it. Left out: answer options (they sit inside a
/// `<label>`, where a button would take the click meant for the answer), an
/// answer's own feedback (only shown to who picked it, so a first
/// explanation there would be missed by everyone else), cards to drag, and
/// the text of cards, messages and choices that the players show as plain
/// labels.
fn for_each_prose(items: &mut Items, f: &mut dyn FnMut(&mut [Block])) {
    fn question(q: &mut Question, f: &mut dyn FnMut(&mut [Block])) {
        // Not `hint`: no player shows it, so a first use there would be
        // explained to nobody.
        f(&mut q.intro);
        f(&mut q.explanation);
    }
    match items {
        Items::Lesson(lesson) => {
            for page in &mut lesson.pages {
                f(&mut page.blocks);
                if let Some(q) = &mut page.check {
                    question(q, f);
                }
            }
            lesson.test.iter_mut().for_each(|q| question(q, f));
        }
        Items::Quiz(questions) => questions.iter_mut().for_each(|q| question(q, f)),
        Items::Cards(cards) => cards.iter_mut().for_each(|c| f(&mut c.explanation)),
        Items::Scene(scene) => {
            f(&mut scene.description);
            scene.regions.iter_mut().for_each(|r| f(&mut r.explanation));
        }
        Items::Scenario(scenario) => {
            f(&mut scenario.intro);
            scenario.nodes.iter_mut().for_each(|n| f(&mut n.blocks));
        }
        Items::Mission(mission) => {
            for step in &mut mission.steps {
                f(&mut step.blocks);
                match &mut step.task {
                    Task::Check(q) => question(q, f),
                    Task::Sort(sort) => sort.cards.iter_mut().for_each(|c| f(&mut c.explanation)),
                    Task::Chat(chat) => chat.nodes.iter_mut().for_each(|n| f(&mut n.blocks)),
                    Task::Read | Task::RealOrFake(_) | Task::Password | Task::Privacy(_) => {}
                }
            }
            f(&mut mission.teacher);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::parse_module;

    const LIST: &str = "# Begrippenlijst\n\nVoor trainers.\n\n## Witwassen\nook: witwast, witgewassen\n\nGeld uit misdaad *eerlijk* laten lijken.\nMeer op [de site](https://www.politie.nl).\n\n## Meld Misdaad Anoniem\nOok: MMA\n\nAnoniem melden.\n\n## Drugs\n\nVerboden middelen.\n\n## Drugsafval\n\nAfval van een drugslab.\n";

    fn glossary() -> Glossary {
        let p = parse_glossary(LIST);
        assert_eq!(p.diagnostics, vec![]);
        p.value
    }

    #[test]
    fn reads_terms_forms_and_explanations() {
        let g = glossary();
        let names: Vec<_> = g.terms.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["Witwassen", "Meld Misdaad Anoniem", "Drugs", "Drugsafval"]);
        assert_eq!(g.terms[0].forms, ["Witwassen", "witwast", "witgewassen"]);
        assert_eq!(g.terms[1].forms, ["Meld Misdaad Anoniem", "MMA"], "the key is read in any case");
        assert_eq!(document::plain_text(&g.terms[0].explanation), "Geld uit misdaad eerlijk laten lijken. Meer op de site.");
        assert!(g.terms[0].explanation.iter().any(|i| matches!(i, Inline::Link { href, .. } if href == "https://www.politie.nl")));
    }

    fn codes(src: &str) -> Vec<Code> {
        parse_glossary(src).diagnostics.into_iter().map(|d| d.code).collect()
    }

    #[test]
    fn each_mistake_is_named_and_the_rest_still_works() {
        let p = parse_glossary("## Stroman\n\n## Dekmantel\n\nEen nette zaak als voorkant.\n");
        assert_eq!(p.diagnostics.iter().map(|d| d.code).collect::<Vec<_>>(), [Code::TermNoExplanation]);
        assert_eq!(p.value.terms.len(), 1, "the term without explanation is left out");
        let src = "## Geldezel\nook: geldezels\n\nIemand die zijn rekening uitleent.\n\n## Money mule\nook: Geldezels, moneymule\n\nZie geldezel.\n";
        let p = parse_glossary(src);
        assert_eq!(p.diagnostics.iter().map(|d| d.code).collect::<Vec<_>>(), [Code::TermDuplicate]);
        assert_eq!(&src[p.diagnostics[0].span.clone()], "ook: Geldezels, moneymule", "the line with the duplicate is named");
        assert_eq!(p.value.terms[1].forms, ["Money mule", "moneymule"]);
        assert_eq!(codes("# Begrippen\n\nNog niets.\n"), [Code::GlossaryEmpty]);
        assert_eq!(codes(""), [Code::GlossaryEmpty]);
        let long = format!("## Pgb\n\n{}\n", "woord ".repeat(MAX_WORDS + 1));
        assert_eq!(codes(&long), [Code::TermTooLong]);
        assert_eq!(codes("## Pgb\n\nKlik <b>hier</b>.\n"), [Code::RawHtml], "the explanation gets the module checks");
        assert_eq!(codes("## Pgb\n\n```\n## Geen begrip\n```\n"), vec![], "a ## inside code is no heading");
    }

    fn texts(inlines: &[Inline]) -> Vec<String> {
        inlines
            .iter()
            .map(|i| match i {
                Inline::Term { text, term, .. } => format!("[{text}|{term}]"),
                other => document::plain_text(std::slice::from_ref(other)),
            })
            .collect()
    }

    fn marked(blocks: &[Block]) -> Vec<String> {
        let mut out = Vec::new();
        document::walk(blocks, &mut |_| {}, &mut |i| {
            if let Inline::Term { text, .. } = i {
                out.push(text.clone());
            }
        });
        out
    }

    #[test]
    fn matching_is_whole_word_case_insensitive_and_longest_first() {
        let g = glossary();
        let m = Matcher::new(&g);
        let none = vec![false; g.terms.len()];
        let find = |t: &str| m.find(t, &none).map(|(s, i)| (t[s].to_string(), g.terms[i].name.clone()));
        assert_eq!(find("Hij WITWAST geld."), Some(("WITWAST".into(), "Witwassen".into())));
        assert_eq!(find("Bel meld misdaad anoniem."), Some(("meld misdaad anoniem".into(), "Meld Misdaad Anoniem".into())));
        assert_eq!(find("Drugsafval in de berm"), Some(("Drugsafval".into(), "Drugsafval".into())), "not Drugs");
        assert_eq!(find("Geen drugs-lab"), Some(("drugs".into(), "Drugs".into())), "a hyphen ends a word");
        assert_eq!(find("Het witwassysteem en mmadness"), None, "never inside a longer word");
        assert_eq!(find("héwitwast"), None);
        let only_drugs = [true, true, false, true];
        assert_eq!(m.find("drugsafval en drugs", &only_drugs).map(|(s, _)| s), Some(14..19));
    }

    #[test]
    fn only_the_first_occurrence_in_prose_is_marked() {
        let module = "---\ntitel: T\nsoort: les\ndoelgroep: inwoner\n---\n\n## Witwassen herkennen\n\nWie witwast, gebruikt [witwassen](https://x.nl) en `witwassen`.\n\n- Een **dekmantel voor witgewassen geld** is geen drugsafval.\n\n## Tweede pagina\n\nWitwassen en drugsafval: nu niet meer. Meld Misdaad Anoniem wel.\n";
        let mut m = parse_module("inwoner/t", module).value;
        annotate(&mut m, &glossary());
        let Items::Lesson(lesson) = &m.items else { panic!() };
        assert_eq!(marked(&lesson.pages[0].blocks), ["witwast", "drugsafval"], "headings, links and code are skipped; one mark per term");
        assert_eq!(marked(&lesson.pages[1].blocks), ["Meld Misdaad Anoniem"]);
        let Block::Paragraph { content, .. } = &lesson.pages[0].blocks[0] else { panic!() };
        assert_eq!(texts(content), ["Wie ", "[witwast|Witwassen]", ", gebruikt ", "witwassen", " en ", "witwassen", "."]);
        assert_eq!(
            document::plain_text_blocks(&lesson.pages[0].blocks),
            "Wie witwast, gebruikt witwassen en witwassen. Een dekmantel voor witgewassen geld is geen drugsafval."
        );
    }

    #[test]
    fn answer_labels_and_feedback_are_left_alone() {
        use crate::content::kinds::question::Answer;
        let quiz = "---\ntitel: T\nsoort: quiz\ndoelgroep: inwoner\n---\n\n## Wat is witwassen?\n\n- [x] Witwassen is geld schoonmaken\n  > Ja, witwassen.\n- [ ] Iets anders\n  > Nee.\n\n> [!TIP]\n> Witwassen, denk na.\n\n> [!NOTE]\n> Witwassen komt vaak voor.\n";
        let mut m = parse_module("inwoner/t", quiz).value;
        annotate(&mut m, &glossary());
        let Items::Quiz(qs) = &m.items else { panic!() };
        let Answer::One(options) = &qs[0].answer else { panic!() };
        assert_eq!(marked(&options[0].content), Vec::<String>::new());
        assert_eq!(marked(&options[0].feedback), Vec::<String>::new());
        assert_eq!(marked(&qs[0].hint), Vec::<String>::new(), "no player shows the hint");
        assert_eq!(marked(&qs[0].explanation), ["Witwassen"]);
    }

    #[test]
    fn childrens_modules_get_no_adult_explanations() {
        let src = |audience| format!("---\ntitel: T\nsoort: les\ndoelgroep: {audience}\n---\n\n## A\n\nWitwassen.\n");
        let mut child = parse_module("jeugd/t", &src("jeugd")).value;
        let before = child.clone();
        annotate(&mut child, &glossary());
        assert_eq!(child, before);
        let mut teen = parse_module("jongeren/t", &src("jongeren")).value;
        annotate(&mut teen, &glossary());
        let Items::Lesson(lesson) = &teen.items else { panic!() };
        assert_eq!(marked(&lesson.pages[0].blocks), ["Witwassen"], "12-18 keep the list");
    }

    #[test]
    fn an_empty_glossary_changes_nothing() {
        let src = "---\ntitel: T\nsoort: les\ndoelgroep: inwoner\n---\n\n## A\n\nWitwassen.\n";
        let before = parse_module("inwoner/t", src).value;
        let mut after = before.clone();
        annotate(&mut after, &Glossary::default());
        assert_eq!(before, after);
    }
}
