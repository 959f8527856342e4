//! Translations of a module: `inwoner/x.en.md` next to `inwoner/x.md`.
//!
//! A translation is not a module of its own. It is not listed in
//! SUMMARY.md, it has the original's id (so progress is shared between
//! languages) and the original decides everything that is not text: the
//! front matter's settings, which questions there are, how many options
//! each has and which are correct. [`compare`] names every place where a
//! translation drifted from its original, by line of the translation, and
//! [`adopt`] gives a translation that matches the original's ids and
//! settings, so answers recorded in one language count in the other.
//!
//! The languages a trainer may write are in [`LANGUAGES`]: one row per
//! language, so adding one is adding a row (and its name in the handbook).

use super::diagnostic::{Code, Diagnostic, Span};
use super::document::Block;
use super::front_matter;
use super::kinds::scenario::Scenario;
use super::kinds::{mission::Task, Items};
use super::module::{Kind, Module};

/// A language a module may be translated into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Language {
    /// The code before `.md` in the file name and in `lang="..."`.
    pub code: &'static str,
    /// The language's name in that language, for the learner's choice.
    pub name: &'static str,
    /// The Dutch adjective trainers read in diagnostics ("de Engelse
    /// vertaling").
    pub dutch: &'static str,
    /// Said in this language when a module has no translation into it and
    /// the learner reads the Dutch original instead.
    pub missing: &'static str,
    /// The button under that notice, in this language, that goes back to
    /// Dutch for every module (and so ends the notice).
    pub back_to_dutch: &'static str,
}

/// Every language a translation may be in. Dutch is the original's
/// language and has no row.
pub const LANGUAGES: [Language; 2] = [
    Language {
        code: "en",
        name: "English",
        dutch: "Engelse",
        missing: "This module is not available in English. You are reading the Dutch version.",
        back_to_dutch: "Show the Dutch version from now on",
    },
    Language {
        code: "pl",
        name: "Polski",
        dutch: "Poolse",
        missing: "Ten moduł nie jest dostępny po polsku. Czytasz wersję niderlandzką.",
        back_to_dutch: "Od teraz pokazuj wersję niderlandzką",
    },
];

/// The language with `code`, if translations into it are supported.
pub fn language(code: &str) -> Option<&'static Language> {
    LANGUAGES.iter().find(|l| l.code == code)
}

/// Splits a translation's file name into the original's file name and the
/// language code: `inwoner/x.en.md` gives `("inwoner/x.md", "en")`. Any two
/// or three lower-case letters before `.md` count as a code, so that an
/// unsupported one (`.de.md`) can be named instead of passing as a module.
pub fn split(file: &str) -> Option<(String, &str)> {
    let stem = file.strip_suffix(".md")?;
    let (base, code) = stem.rsplit_once('.')?;
    let name_start = base.rsplit('/').next().unwrap_or(base);
    let is_code = (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase());
    (is_code && !name_start.is_empty()).then(|| (format!("{base}.md"), code))
}

/// The file of `original`'s translation into `code`: `inwoner/x.md` and
/// `en` give `inwoner/x.en.md`.
pub fn file_for(original: &str, code: &str) -> String {
    format!("{}.{code}.md", original.strip_suffix(".md").unwrap_or(original))
}

/// Front-matter keys whose value is text to translate; every other key
/// must keep the original's value.
const TRANSLATED_KEYS: [&str; 2] = ["titel", "omschrijving"];

/// Everything in which `translation` (source `tr_src`, in language `lang`)
/// differs from `original` (source `orig_src`) other than its words. Spans
/// are in the translation.
pub fn compare(original: &Module, orig_src: &str, translation: &Module, tr_src: &str, lang: &Language) -> Vec<Diagnostic> {
    let mut diags = compare_front_matter(orig_src, tr_src, lang);
    let orig = Skeleton::of(&original.body);
    let tr = Skeleton::of(&translation.body);
    if let Some(d) = compare_parts(&orig, &tr, lang) {
        diags.push(d);
    } else {
        compare_sections(original.kind, &orig, &tr, lang, &mut diags);
        compare_items(original, translation, &tr, lang, &mut diags);
    }
    diags.sort_by_key(|d| d.span.start);
    diags
}

/// Whether `translation` has the original's shape: what [`compare`]
/// checks apart from the settings, as a yes or no. The app asks this
/// before it shows a translation (a file can change on the server after
/// the build checked it); it has no use for the messages, and leaving
/// them out keeps the module page's code small.
pub fn matches(original: &Module, translation: &Module) -> bool {
    let (o, t) = (Skeleton::of(&original.body), Skeleton::of(&translation.body));
    let same_parts = o.parts.len() == t.parts.len()
        && o.parts.iter().zip(&t.parts).all(|(a, b)| {
            a.level == b.level
                && a.subheadings == b.subheadings
                && a.classes.iter().any(|c| c == "meerkeuze") == b.classes.iter().any(|c| c == "meerkeuze")
                && a.ticks.iter().map(|(c, _)| *c).eq(b.ticks.iter().map(|(c, _)| *c))
        });
    same_parts
        && match (&original.items, &translation.items) {
            (Items::Scene(a), Items::Scene(b)) => {
                a.regions.len() == b.regions.len() && a.regions.iter().zip(&b.regions).all(|(x, y)| x.rect == y.rect && x.signal == y.signal)
            }
            (Items::Scenario(a), Items::Scenario(b)) => branches_match(a, b),
            (Items::Mission(a), Items::Mission(b)) => {
                a.steps.len() == b.steps.len()
                    && a.steps.iter().zip(&b.steps).all(|(x, y)| match (&x.task, &y.task) {
                        (Task::Sort(p), Task::Sort(q)) => p.cards.iter().map(|c| c.group).eq(q.cards.iter().map(|c| c.group)),
                        (Task::Chat(p), Task::Chat(q)) => branches_match(p, q),
                        (p, q) => std::mem::discriminant(p) == std::mem::discriminant(q),
                    })
            }
            // Every kind named, so a new kind makes the compiler ask what
            // a matching translation of it is.
            (Items::Lesson(_) | Items::Quiz(_) | Items::Cards(_) | Items::Scene(_) | Items::Scenario(_) | Items::Mission(_), _) => {
                original.kind == translation.kind
            }
        }
}

/// The same number of situations and choices, each leading to the same
/// situation by position.
fn branches_match(a: &Scenario, b: &Scenario) -> bool {
    let position = |s: &Scenario, id: &str| s.nodes.iter().position(|n| n.id == id);
    a.nodes.len() == b.nodes.len()
        && a.nodes.iter().zip(&b.nodes).all(|(x, y)| {
            x.choices.len() == y.choices.len() && x.choices.iter().zip(&y.choices).all(|(p, q)| position(a, &p.target) == position(b, &q.target))
        })
}

/// Settings must be the original's: a different pass mark or duration in
/// one language would make the certificate mean something else.
fn compare_front_matter(orig_src: &str, tr_src: &str, lang: &Language) -> Vec<Diagnostic> {
    let orig = front_matter::parse(orig_src, &mut Vec::new());
    let tr = front_matter::parse(tr_src, &mut Vec::new());
    let top = tr.fields.first().map_or(0..0, |f| f.span.start..f.span.start);
    let mut diags = Vec::new();
    for o in orig.fields.iter().filter(|f| !TRANSLATED_KEYS.contains(&f.key.as_str())) {
        match tr.get(&o.key) {
            None => diags.push(Diagnostic::new(
                Code::TranslationSetting,
                top.clone(),
                format!(
                    "In het origineel staat '{}: {}', in de {} vertaling ontbreekt '{}'. De app gebruikt de waarde van het origineel.",
                    o.key, o.value, lang.dutch, o.key
                ),
            )),
            Some(t) if !t.value.trim().eq_ignore_ascii_case(o.value.trim()) => diags.push(Diagnostic::new(
                Code::TranslationSetting,
                t.value_span.clone(),
                format!(
                    "In de {} vertaling staat '{}: {}', in het origineel '{}: {}'. De app gebruikt de waarde van het origineel.",
                    lang.dutch, t.key, t.value, o.key, o.value
                ),
            )),
            Some(_) => {}
        }
    }
    for t in tr.fields.iter().filter(|f| !TRANSLATED_KEYS.contains(&f.key.as_str()) && orig.get(&f.key).is_none()) {
        diags.push(Diagnostic::new(
            Code::TranslationSetting,
            t.span.clone(),
            format!(
                "In de {} vertaling staat '{}: {}', maar het origineel heeft geen '{}'. De app gebruikt de instellingen van het origineel.",
                lang.dutch, t.key, t.value, t.key
            ),
        ));
    }
    diags
}

/// The shape of a body: its `#` markers and `##` sections in order, with
/// what in each is not words.
#[derive(Debug, Default)]
struct Skeleton {
    parts: Vec<Part>,
}

#[derive(Debug, Default)]
struct Part {
    /// 0 for the text before the first heading, else the heading's level.
    level: u8,
    span: Span,
    classes: Vec<String>,
    /// `[x]` (true) and `[ ]` (false) list items, with where they are.
    ticks: Vec<(bool, Span)>,
    /// `###` headings inside it (a mission's groups and chat messages).
    subheadings: usize,
}

impl Skeleton {
    fn of(body: &[Block]) -> Skeleton {
        let mut parts = vec![Part::default()];
        for block in body {
            match block {
                Block::Heading { level: level @ (1 | 2), classes, span, .. } => {
                    parts.push(Part { level: *level, span: span.clone(), classes: classes.clone(), ..Part::default() })
                }
                other => {
                    let Some(part) = parts.last_mut() else { continue };
                    match other {
                        Block::Heading { .. } => part.subheadings += 1,
                        Block::List { items, .. } => part.ticks.extend(items.iter().filter_map(|i| i.checked.map(|c| (c, i.span.clone())))),
                        _ => {}
                    }
                }
            }
        }
        Skeleton { parts }
    }

    fn count(&self, level: u8) -> usize {
        self.parts.iter().filter(|p| p.level == level).count()
    }
}

/// Same markers and sections in the same order; otherwise nothing further
/// can be compared, so this is the one diagnostic.
fn compare_parts(orig: &Skeleton, tr: &Skeleton, lang: &Language) -> Option<Diagnostic> {
    let levels = |s: &Skeleton| s.parts.iter().map(|p| p.level).collect::<Vec<_>>();
    if levels(orig) == levels(tr) {
        return None;
    }
    let first_difference = orig.parts.iter().zip(&tr.parts).position(|(o, t)| o.level != t.level);
    let last_heading = || tr.parts.iter().rev().find(|p| p.level > 0).map(|p| p.span.clone());
    let (span, position) = match first_difference {
        Some(i) => (tr.parts.get(i).map(|p| p.span.clone()), format!(" Het {i}e kopje is het eerste dat verschilt.")),
        None if tr.parts.len() > orig.parts.len() => {
            (tr.parts.get(orig.parts.len()).map(|p| p.span.clone()), " Dit kopje staat niet in het origineel.".to_string())
        }
        None => (last_heading(), " Na dit kopje ontbreekt er iets uit het origineel.".to_string()),
    };
    let span = span.unwrap_or(0..0);
    let describe = |s: &Skeleton| {
        let plural = |n: usize| if n == 1 { "kopje" } else { "kopjes" };
        let (sections, markers) = (s.count(2), s.count(1));
        let marker_text = if markers > 0 { format!(" en {markers} {} met #", plural(markers)) } else { String::new() };
        format!("{sections} {} met ##{marker_text}", plural(sections))
    };
    Some(Diagnostic::new(
        Code::TranslationStructure,
        span,
        format!("De {} vertaling heeft {}, het Nederlandse origineel {}.{position}", lang.dutch, describe(tr), describe(orig)),
    ))
}

/// What the part under a `##` heading is called in a message: "Vraag 3"
/// (counting questions), "Stap 2", "Gebied 4" (counting sections).
fn part_name(kind: Kind, part: &Part, question: usize, section: usize) -> String {
    if part.level != 2 {
        return if part.level == 0 { "Het deel boven het eerste kopje".into() } else { "Het deel onder dit kopje".into() };
    }
    match kind {
        Kind::Lesson | Kind::Quiz if !part.ticks.is_empty() => format!("Vraag {question}"),
        Kind::Lesson => format!("Pagina {section}"),
        Kind::Quiz | Kind::Cards => format!("Het kopje {section}"),
        Kind::Scene => format!("Gebied {section}"),
        Kind::Scenario => format!("Deel {section}"),
        Kind::Mission => format!("Stap {section}"),
    }
}

/// "optie 2", "opties 1 en 3", "geen optie".
fn options(ticks: &[(bool, Span)]) -> String {
    let numbers: Vec<String> = ticks.iter().enumerate().filter(|(_, (c, _))| *c).map(|(i, _)| (i + 1).to_string()).collect();
    match numbers.as_slice() {
        [] => "geen optie".into(),
        [one] => format!("optie {one}"),
        [rest @ .., last] => format!("opties {} en {last}", rest.join(", ")),
    }
}

/// Per section: the same number of options, the same ones ticked, the
/// same `{.meerkeuze}` and the same number of `###` parts.
fn compare_sections(kind: Kind, orig: &Skeleton, tr: &Skeleton, lang: &Language, diags: &mut Vec<Diagnostic>) {
    let mut question = 0;
    let mut section = 0;
    let mut card = 0;
    for (o, t) in orig.parts.iter().zip(&tr.parts) {
        if o.level == 2 {
            section += 1;
            question += usize::from(!o.ticks.is_empty());
        }
        let name = part_name(kind, o, question, section);
        if o.subheadings != t.subheadings {
            diags.push(Diagnostic::new(
                Code::TranslationStructure,
                t.span.clone(),
                format!("{name} heeft in de {} vertaling {} kopjes met ###, in het Nederlands {}.", lang.dutch, t.subheadings, o.subheadings),
            ));
        }
        let multiple = |p: &Part| p.classes.iter().any(|c| c == "meerkeuze");
        if multiple(o) != multiple(t) {
            let (yes, no) = if multiple(o) {
                ("in het Nederlands".to_string(), format!("in de {} vertaling niet", lang.dutch))
            } else {
                (format!("in de {} vertaling", lang.dutch), "in het Nederlands niet".to_string())
            };
            diags.push(Diagnostic::new(
                Code::TranslationOptions,
                t.span.clone(),
                format!("{name} is {yes} een vraag met meer goede antwoorden ({{.meerkeuze}}), {no}. Zet {{.meerkeuze}} achter dezelfde vragen als in het origineel."),
            ));
        }
        if o.ticks.len() != t.ticks.len() {
            let what = if kind == Kind::Cards { "kaarten" } else { "antwoorden" };
            let span = t.ticks.get(o.ticks.len()).map_or(t.span.clone(), |(_, s)| s.clone());
            diags.push(Diagnostic::new(
                Code::TranslationOptions,
                span,
                format!("{name} heeft in de {} vertaling {} {what} met [x] of [ ], in het Nederlands {}.", lang.dutch, t.ticks.len(), o.ticks.len()),
            ));
            card += o.ticks.len();
            continue;
        }
        if kind == Kind::Cards {
            for ((oc, _), (tc, span)) in o.ticks.iter().zip(&t.ticks) {
                card += 1;
                if oc != tc {
                    let (in_tr, in_nl) = if *tc { ("wel", "niet") } else { ("niet", "wel") };
                    diags.push(Diagnostic::new(
                        Code::TranslationCorrect,
                        span.clone(),
                        format!("Kaart {card} is in de {} vertaling {in_tr} een signaal ([x]), in het Nederlands {in_nl}. Zet [x] en [ ] bij dezelfde kaarten als in het origineel.", lang.dutch),
                    ));
                }
            }
            continue;
        }
        let first_different = o.ticks.iter().zip(&t.ticks).position(|((oc, _), (tc, _))| oc != tc);
        if let Some(i) = first_different {
            let span = t.ticks.get(i).map_or(t.span.clone(), |(_, s)| s.clone());
            diags.push(Diagnostic::new(
                Code::TranslationCorrect,
                span,
                format!(
                    "{name} heeft in de {} vertaling {} als goed antwoord, in het Nederlands {}. Zet het [x] bij dezelfde optie als in het origineel.",
                    lang.dutch,
                    options(&t.ticks),
                    options(&o.ticks)
                ),
            ));
        }
    }
}

/// What only the typed items show: a scene's regions (place and signal)
/// and a scenario's branches.
fn compare_items(original: &Module, translation: &Module, tr: &Skeleton, lang: &Language, diags: &mut Vec<Diagnostic>) {
    let section_span = |i: usize| tr.parts.iter().filter(|p| p.level == 2).nth(i).map_or(0..0, |p| p.span.clone());
    match (&original.items, &translation.items) {
        (Items::Scene(o), Items::Scene(t)) => {
            for (i, (or, tr)) in o.regions.iter().zip(&t.regions).enumerate() {
                let n = i + 1;
                if or.rect != tr.rect {
                    diags.push(Diagnostic::new(
                        Code::TranslationStructure,
                        section_span(i),
                        format!(
                            "Gebied {n} heeft in de {} vertaling een andere plek dan in het Nederlands. Neem de regel plek: over uit het origineel.",
                            lang.dutch
                        ),
                    ));
                }
                if or.signal != tr.signal {
                    let (in_tr, in_nl) = if tr.signal { ("ja", "nee") } else { ("nee", "ja") };
                    diags.push(Diagnostic::new(
                        Code::TranslationCorrect,
                        section_span(i),
                        format!("Gebied {n} heeft in de {} vertaling signaal: {in_tr}, in het Nederlands signaal: {in_nl}. Neem de regel signaal: over uit het origineel.", lang.dutch),
                    ));
                }
            }
        }
        (Items::Scenario(o), Items::Scenario(t)) => compare_branches(o, t, &section_span, lang, diags),
        (Items::Mission(o), Items::Mission(t)) => {
            // The opening step (text before the first ##) has no heading.
            let opening = usize::from(o.steps.first().is_some_and(|s| s.title.is_empty()));
            for (i, (os, ts)) in o.steps.iter().zip(&t.steps).enumerate() {
                let span = if i < opening { 0..0 } else { section_span(i - opening) };
                let n = (i + 1).saturating_sub(opening);
                compare_task(n, &os.task, &ts.task, span, lang, diags);
            }
        }
        // Lessons, quizzes and cards are compared by their sections alone;
        // a different kind is reported there too.
        (Items::Lesson(_) | Items::Quiz(_) | Items::Cards(_) | Items::Scene(_) | Items::Scenario(_) | Items::Mission(_), _) => {}
    }
}

/// A mission step's exercise: the same kind, cards in the same groups, a
/// chat with the same branches.
fn compare_task(n: usize, o: &Task, t: &Task, span: Span, lang: &Language, diags: &mut Vec<Diagnostic>) {
    if std::mem::discriminant(o) != std::mem::discriminant(t) {
        diags.push(Diagnostic::new(
            Code::TranslationStructure,
            span,
            format!(
                "Stap {n} heeft in de {} vertaling een andere oefening dan in het Nederlands. Neem de regel oefening: over uit het origineel.",
                lang.dutch
            ),
        ));
        return;
    }
    match (o, t) {
        (Task::Sort(a), Task::Sort(b)) => {
            if a.cards.len() != b.cards.len() {
                diags.push(Diagnostic::new(
                    Code::TranslationOptions,
                    span,
                    format!(
                        "Stap {n} heeft in de {} vertaling {} kaartjes om te sorteren, in het Nederlands {}.",
                        lang.dutch,
                        b.cards.len(),
                        a.cards.len()
                    ),
                ));
            } else if let Some(k) = a.cards.iter().zip(&b.cards).position(|(x, y)| x.group != y.group) {
                diags.push(Diagnostic::new(
                    Code::TranslationCorrect,
                    span,
                    format!(
                        "Kaartje {} in stap {n} staat in de {} vertaling onder een ander kopje met ### dan in het Nederlands. Zet elk kaartje onder hetzelfde kopje als in het origineel.",
                        k + 1,
                        lang.dutch
                    ),
                ));
            }
        }
        (Task::Chat(a), Task::Chat(b)) => compare_branches(a, b, &|_| span.clone(), lang, diags),
        // The other exercises carry no answers a translation could move.
        (Task::Read | Task::Check(_) | Task::RealOrFake(_) | Task::Sort(_) | Task::Chat(_) | Task::Password | Task::Privacy(_), _) => {}
    }
}

/// Each situation has the same number of choices, each leading to the
/// same situation (by position, since the ids come from translated
/// headings).
fn compare_branches(o: &Scenario, t: &Scenario, section_span: &dyn Fn(usize) -> Span, lang: &Language, diags: &mut Vec<Diagnostic>) {
    let position = |s: &Scenario, id: &str| s.nodes.iter().position(|n| n.id == id);
    for (i, (on, tn)) in o.nodes.iter().zip(&t.nodes).enumerate() {
        let n = i + 1;
        if on.choices.len() != tn.choices.len() {
            diags.push(Diagnostic::new(
                Code::TranslationStructure,
                section_span(i),
                format!("Deel {n} heeft in de {} vertaling {} keuzes, in het Nederlands {}.", lang.dutch, tn.choices.len(), on.choices.len()),
            ));
            continue;
        }
        for (c, (oc, tc)) in on.choices.iter().zip(&tn.choices).enumerate() {
            if position(o, &oc.target) != position(t, &tc.target) {
                diags.push(Diagnostic::new(
                    Code::TranslationStructure,
                    tc.span.clone(),
                    format!("Keuze {} in deel {n} leidt in de {} vertaling naar een ander deel dan in het Nederlands. Laat de link naar hetzelfde deel wijzen als in het origineel.", c + 1, lang.dutch),
                ));
            }
        }
    }
}

/// `translation` with the original's id, item ids, settings and trainer
/// notes, so progress, the LMS state and the presenter see one module in
/// any language. Only meaningful when [`compare`] found no error.
pub fn adopt(original: &Module, mut translation: Module) -> Module {
    translation.id = original.id.clone();
    translation.kind = original.kind;
    translation.audience = original.audience;
    translation.minutes = original.minutes;
    translation.pass_mark = original.pass_mark;
    translation.test_size = original.test_size;
    translation.image = original.image.clone();
    translation.notes = original.notes.clone();
    match (&original.items, &mut translation.items) {
        (Items::Lesson(o), Items::Lesson(t)) => {
            for (op, tp) in o.pages.iter().zip(t.pages.iter_mut()) {
                tp.id = op.id.clone();
                if let (Some(oq), Some(tq)) = (&op.check, &mut tp.check) {
                    tq.id = oq.id.clone();
                }
            }
            for (oq, tq) in o.test.iter().zip(t.test.iter_mut()) {
                tq.id = oq.id.clone();
            }
        }
        (Items::Quiz(o), Items::Quiz(t)) => {
            for (oq, tq) in o.iter().zip(t.iter_mut()) {
                tq.id = oq.id.clone();
            }
        }
        (Items::Cards(o), Items::Cards(t)) => {
            for (oc, tc) in o.iter().zip(t.iter_mut()) {
                tc.id = oc.id.clone();
            }
        }
        (Items::Scene(o), Items::Scene(t)) => {
            t.image = o.image.clone();
            for (or, tr) in o.regions.iter().zip(t.regions.iter_mut()) {
                tr.id = or.id.clone();
                tr.rect = or.rect;
                tr.signal = or.signal;
            }
        }
        (Items::Scenario(o), Items::Scenario(t)) => adopt_branches(o, t),
        (Items::Mission(o), Items::Mission(t)) => {
            for (os, ts) in o.steps.iter().zip(t.steps.iter_mut()) {
                ts.id = os.id.clone();
                match (&os.task, &mut ts.task) {
                    (Task::Check(oq), Task::Check(tq)) => tq.id = oq.id.clone(),
                    (Task::Chat(oc), Task::Chat(tc)) => adopt_branches(oc, tc),
                    (Task::Read | Task::Check(_) | Task::RealOrFake(_) | Task::Sort(_) | Task::Chat(_) | Task::Password | Task::Privacy(_), _) => {}
                }
            }
        }
        // A translation of another kind is refused by `matches`, not adopted.
        (Items::Lesson(_) | Items::Quiz(_) | Items::Cards(_) | Items::Scene(_) | Items::Scenario(_) | Items::Mission(_), _) => {}
    }
    translation
}

fn adopt_branches(o: &Scenario, t: &mut Scenario) {
    let ids: Vec<(String, String)> = t.nodes.iter().zip(&o.nodes).map(|(tn, on)| (tn.id.clone(), on.id.clone())).collect();
    let map = |id: &str| ids.iter().find(|(from, _)| from == id).map(|(_, to)| to.clone());
    for node in t.nodes.iter_mut() {
        if let Some(id) = map(&node.id) {
            node.id = id;
        }
        for choice in node.choices.iter_mut() {
            if let Some(id) = map(&choice.target) {
                choice.target = id;
            }
        }
    }
}

#[cfg(test)]
mod tests;
