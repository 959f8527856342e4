//! Presenter mode as data: which slides a module has and how a clicker
//! steps through them ("next" first reveals the answer, then moves on).
//! Branching scenarios step by choice instead (see `progress::story`).

use crate::content::document::{plain_text_blocks, Block};
use crate::content::kinds::cards::Card;
use crate::content::kinds::lesson::Page;
use crate::content::kinds::question::Question;
use crate::content::kinds::scene::Scene;
use crate::content::kinds::Items;

pub mod hands;
pub mod story;

pub use hands::{choice_key, notes_for, option_letter, HandCount};
pub use story::StoryPosition;

/// What a slide shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slide {
    /// Lesson page `n`, part `p` of [`page_parts`] (its knowledge check,
    /// if any, can be revealed; a page with a check is one part).
    Page(usize, usize),
    /// Lesson test question or quiz question `n`, part `p` of its
    /// introduction (the options come with the last part).
    Question(usize, usize),
    /// Card `n`.
    Card(usize),
    /// The whole scene; revealing marks the signals.
    Scene,
    /// The scene's signals with why they are signals, after the picture:
    /// part `p` of [`signal_parts`].
    SceneSignals(usize),
}

/// About how much text (in characters, with an allowance for each block and
/// list item) one slide holds at a readable size: about a quarter of what still
/// fits at [`MIN_SCALE`] on 1024 by 768, so most slides show at a large size.
pub const SLIDE_TEXT: usize = 450;

/// A lesson page's blocks cut into slides of about [`SLIDE_TEXT`] each:
/// between blocks, and inside a long list between its items (a numbered
/// list goes on with the right number). Always at least one slide.
pub fn page_parts(blocks: &[Block]) -> Vec<Vec<Block>> {
    let weight = |b: &Block| plain_text_blocks(std::slice::from_ref(b)).chars().count() + 60;
    let mut parts: Vec<Vec<Block>> = vec![Vec::new()];
    let mut load = 0;
    let mut put = |block: Block, w: usize, parts: &mut Vec<Vec<Block>>| {
        if load > 0 && load + w > SLIDE_TEXT {
            parts.push(Vec::new());
            load = 0;
        }
        load += w;
        parts.last_mut().expect("never empty").push(block);
    };
    for b in blocks {
        match b {
            Block::List { start, items } if weight(b) > SLIDE_TEXT && items.len() > 1 => {
                for (i, item) in items.iter().enumerate() {
                    let one = Block::List { start: start.map(|n| n + i as u64), items: vec![item.clone()] };
                    let w = weight(&one);
                    put(one, w, &mut parts);
                    // Items that land on the same slide make one list again.
                    let last = parts.last_mut().expect("never empty");
                    if let [.., Block::List { items: before, .. }, Block::List { items: this, .. }] = last.as_mut_slice() {
                        if i > 0 {
                            before.append(this);
                            last.pop();
                        }
                    }
                }
            }
            _ => put(b.clone(), weight(b), &mut parts),
        }
    }
    parts
}

/// The signals of a scene (indices into its regions), a slide's worth at a
/// time, by the same measure as [`page_parts`].
pub fn signal_parts(scene: &crate::content::kinds::scene::Scene) -> Vec<Vec<usize>> {
    let mut parts: Vec<Vec<usize>> = vec![Vec::new()];
    let mut load = 0;
    for (i, r) in scene.regions.iter().enumerate().filter(|(_, r)| r.signal) {
        let w = r.label.chars().count() + plain_text_blocks(&r.explanation).chars().count() + 60;
        if load > 0 && load + w > SLIDE_TEXT {
            parts.push(Vec::new());
            load = 0;
        }
        load += w;
        parts.last_mut().expect("never empty").push(i);
    }
    parts
}

/// Whether `part` is the last of `blocks`' parts: where a question's
/// options and answer are shown.
pub fn is_last_part(blocks: &[Block], part: usize) -> bool {
    part + 1 >= page_parts(blocks).len()
}

/// Where the presenter is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Position {
    /// Index into the slides.
    pub index: usize,
    /// Whether the answer is showing.
    pub revealed: bool,
}

/// The slides of a module, in order. Empty for scenarios and missions.
pub fn slides(items: &Items) -> Vec<Slide> {
    match items {
        Items::Lesson(l) => l
            .pages
            .iter()
            .enumerate()
            .flat_map(|(n, p)| {
                // A knowledge check's question and options come with the
                // page's last part.
                (0..page_parts(&p.blocks).len()).map(move |part| Slide::Page(n, part))
            })
            .chain(l.test.iter().enumerate().flat_map(|(n, q)| (0..page_parts(&q.intro).len()).map(move |part| Slide::Question(n, part))))
            .collect(),
        Items::Quiz(q) => q.iter().enumerate().flat_map(|(n, q)| (0..page_parts(&q.intro).len()).map(move |part| Slide::Question(n, part))).collect(),
        Items::Cards(c) => (0..c.len()).map(Slide::Card).collect(),
        Items::Scene(scene) => std::iter::once(Slide::Scene).chain((0..signal_parts(scene).len()).map(Slide::SceneSignals)).collect(),
        // Missions are played by the children themselves; the teacher's
        // page is what a class session needs.
        Items::Scenario(_) | Items::Mission(_) => Vec::new(),
    }
}

/// What one slide shows, looked up in the module's items once, so the
/// presenter's view only draws it and the rules stay here.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Shown<'a> {
    /// A part of a lesson page without a knowledge check.
    Page(&'a Page, usize),
    /// A question (a page's knowledge check, a test or quiz question) and
    /// which part of its introduction; the options come with the last part.
    Question(&'a Question, usize),
    /// A card: signal or not?
    Card(&'a Card),
    /// The scene's picture; revealing marks the signals.
    Scene(&'a Scene),
    /// A part of the scene's signals with why they are signals.
    SceneSignals(&'a Scene, usize),
}

/// What `slide` shows of `items`; `None` for a slide the items do not
/// have. Exhaustive over kinds and slides: a new kind or slide must say
/// what it shows.
pub fn shown(items: &Items, slide: Slide) -> Option<Shown<'_>> {
    match items {
        Items::Lesson(l) => match slide {
            // A page with a knowledge check is shown as its question: the
            // page's text is the question's introduction.
            Slide::Page(n, part) => l.pages.get(n).map(|page| match &page.check {
                Some(question) => Shown::Question(question, part),
                None => Shown::Page(page, part),
            }),
            Slide::Question(n, part) => l.test.get(n).map(|question| Shown::Question(question, part)),
            Slide::Card(_) | Slide::Scene | Slide::SceneSignals(_) => None,
        },
        Items::Quiz(questions) => match slide {
            Slide::Question(n, part) => questions.get(n).map(|question| Shown::Question(question, part)),
            Slide::Page(..) | Slide::Card(_) | Slide::Scene | Slide::SceneSignals(_) => None,
        },
        Items::Cards(cards) => match slide {
            Slide::Card(n) => cards.get(n).map(Shown::Card),
            Slide::Page(..) | Slide::Question(..) | Slide::Scene | Slide::SceneSignals(_) => None,
        },
        Items::Scene(scene) => match slide {
            Slide::Scene => Some(Shown::Scene(scene)),
            Slide::SceneSignals(part) => Some(Shown::SceneSignals(scene, part)),
            Slide::Page(..) | Slide::Question(..) | Slide::Card(_) => None,
        },
        // Stepped by their own rules (a scenario by its route) or not
        // presented (a mission): see [`slides`].
        Items::Scenario(_) | Items::Mission(_) => None,
    }
}

/// Whether `slide` has an answer to reveal.
pub fn has_answer(items: &Items, slide: Slide) -> bool {
    match shown(items, slide) {
        Some(Shown::Question(question, part)) => is_last_part(&question.intro, part),
        Some(Shown::Card(_) | Shown::Scene(_)) => true,
        Some(Shown::Page(..) | Shown::SceneSignals(..)) | None => false,
    }
}

/// The key of the item `slide` shows, under which the trainer's notes
/// (`> [!trainer]` in that section) and the hand counts are kept: a page's
/// or question's id, a card's group; empty when it has none.
pub fn item_key(items: &Items, slide: Slide) -> String {
    match shown(items, slide) {
        Some(Shown::Page(page, _)) => page.id.clone(),
        Some(Shown::Question(question, _)) => match (items, slide) {
            // A page's notes are under the page, not its check.
            (Items::Lesson(l), Slide::Page(n, _)) => l.pages.get(n).map(|p| p.id.clone()).unwrap_or_default(),
            (
                Items::Lesson(_) | Items::Quiz(_) | Items::Cards(_) | Items::Scene(_) | Items::Scenario(_) | Items::Mission(_),
                Slide::Page(..) | Slide::Question(..) | Slide::Card(_) | Slide::Scene | Slide::SceneSignals(_),
            ) => question.id.clone(),
        },
        Some(Shown::Card(card)) => card.group.as_deref().map(crate::content::kinds::section::slug).unwrap_or_default(),
        Some(Shown::Scene(_) | Shown::SceneSignals(..)) | None => String::new(),
    }
}

/// One step forward: reveal the answer if there is one to reveal, else
/// the next slide. Stays on the last slide once everything is shown.
pub fn forward(items: &Items, slides: &[Slide], at: Position) -> Position {
    let Some(&slide) = slides.get(at.index) else { return Position::default() };
    if !at.revealed && has_answer(items, slide) {
        return Position { revealed: true, ..at };
    }
    if at.index + 1 < slides.len() {
        Position { index: at.index + 1, revealed: false }
    } else {
        at
    }
}

/// Whether "next" at `at` reveals an answer (the button says so) rather
/// than moving on.
pub fn can_reveal(items: &Items, slides: &[Slide], at: Position) -> bool {
    !at.revealed && slides.get(at.index).is_some_and(|&s| has_answer(items, s))
}

/// One step back: hide the answer, else the previous slide with its answer
/// showing (as it was left).
pub fn backward(items: &Items, slides: &[Slide], at: Position) -> Position {
    if at.revealed {
        return Position { revealed: false, ..at };
    }
    match at.index.checked_sub(1) {
        Some(i) => Position { index: i, revealed: slides.get(i).is_some_and(|&s| has_answer(items, s)) },
        None => at,
    }
}

/// The smallest type scale, in percent of presenter mode's full size:
/// at 50 % body text is still 20 px and a question 27 px, readable from the
/// back of a meeting room on a 1024 by 768 projector.
pub const MIN_SCALE: u32 = 50;

/// Fitting a slide to the screen: a clicker cannot scroll, so a slide whose
/// `content` (px) is taller than the `room` (px) is drawn smaller. Returns
/// the next scale to try from `scale` (percent), or `None` when the slide
/// fits or cannot shrink further. Type shrinks about in proportion to the
/// overflow, and always by a few percent, so the search ends quickly.
pub fn shrink(scale: u32, content: u32, room: u32) -> Option<u32> {
    if content <= room || scale <= MIN_SCALE {
        return None;
    }
    let proportional = (u64::from(scale) * u64::from(room) / u64::from(content)) as u32;
    Some(proportional.min(scale.saturating_sub(5)).max(MIN_SCALE))
}

/// A scale as a CSS number: 85 -> "0.85".
pub fn scale_css(scale: u32) -> String {
    format!("{}.{:02}", scale / 100, scale % 100)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_slide_shrinks_until_it_fits_but_never_below_the_minimum() {
        assert_eq!(shrink(100, 700, 720), None, "fits");
        assert_eq!(shrink(100, 1440, 720), Some(50));
        assert_eq!(shrink(100, 800, 720), Some(90));
        assert_eq!(shrink(100, 730, 720), Some(95), "always a real step");
        assert_eq!(shrink(50, 2000, 720), None, "at the minimum");
        assert_eq!(shrink(55, 2000, 720), Some(50));
        assert_eq!((scale_css(100), scale_css(85), scale_css(50)), ("1.00".into(), "0.85".into(), "0.50".into()));
    }

    #[test]
    fn a_long_page_is_shown_in_parts_and_a_short_one_whole() {
        let long = "Een zin over signalen die je in je werk kunt zien en wat je dan doet. ".repeat(8);
        let list: String = (1..=12).map(|i| format!("{i}. Punt {i}: iemand vraagt steeds naar dezelfde medewerker en wil geen kopie.\n")).collect();
        let src = format!("---\ntitel: L\nsoort: les\ndoelgroep: medewerker\n---\n## Kort\n\nEén zin.\n\n## Lang\n\n{long}\n\n{long}\n\n{list}\n");
        let items = parse_module("l", &src).value.items;
        let s = slides(&items);
        assert_eq!(s[0], Slide::Page(0, 0), "a short page is one slide");
        let Items::Lesson(lesson) = &items else { unreachable!() };
        let parts = page_parts(&lesson.pages[1].blocks);
        assert!(parts.len() >= 3, "{}", parts.len());
        assert_eq!(s.iter().filter(|sl| matches!(sl, Slide::Page(1, _))).count(), parts.len());
        // Every list item appears once, numbered on where it left off.
        let numbers: Vec<u64> = parts
            .iter()
            .flatten()
            .filter_map(|b| match b {
                Block::List { start: Some(n), items } => Some((*n..*n + items.len() as u64).collect::<Vec<_>>()),
                _ => None,
            })
            .flatten()
            .collect();
        assert_eq!(numbers, (1..=12).collect::<Vec<_>>());
        assert_eq!(page_parts(&[]).len(), 1);
        assert!(!has_answer(&items, s[1]));
    }

    proptest::proptest! {
        #[test]
        fn shrinking_ends(content in 0u32..100_000, room in 1u32..5_000) {
            let mut scale = 100;
            let mut steps = 0;
            while let Some(next) = shrink(scale, content, room) {
                proptest::prop_assert!(next < scale && next >= MIN_SCALE);
                scale = next;
                steps += 1;
            }
            proptest::prop_assert!(steps <= 10);
        }
    }

    use super::*;
    use crate::content::parse_module;
    use proptest::prelude::*;

    fn quiz(n: usize) -> Items {
        let mut src = String::from("---\ntitel: Q\nsoort: quiz\ndoelgroep: inwoner\n---\n");
        for i in 0..n {
            src.push_str(&format!("## Vraag {i}\n\n- [x] Ja\n  > Goed.\n- [ ] Nee\n  > Niet.\n\n"));
        }
        parse_module("q", &src).value.items
    }

    #[test]
    fn next_reveals_then_moves_on_and_back_retraces() {
        let items = quiz(2);
        let s = slides(&items);
        let p0 = Position::default();
        let p1 = forward(&items, &s, p0);
        assert_eq!(p1, Position { index: 0, revealed: true });
        let p2 = forward(&items, &s, p1);
        assert_eq!(p2, Position { index: 1, revealed: false });
        let end = forward(&items, &s, forward(&items, &s, p2));
        assert_eq!(end, Position { index: 1, revealed: true });
        assert_eq!(backward(&items, &s, p2), p1);
        assert_eq!(backward(&items, &s, p0), p0);
        // The button says "toon antwoord" exactly when next reveals.
        assert_eq!([p0, p1, p2, end].map(|p| can_reveal(&items, &s, p)), [true, false, true, false]);
        assert!(!can_reveal(&items, &s, Position { index: 9, revealed: false }));
    }

    proptest! {
        #[test]
        fn forward_then_backward_returns(n in 1usize..6, steps in 0usize..20) {
            let items = quiz(n);
            let s = slides(&items);
            let mut at = Position::default();
            for _ in 0..steps {
                at = forward(&items, &s, at);
            }
            prop_assert!(at.index < s.len());
            let next = forward(&items, &s, at);
            if next != at {
                prop_assert_eq!(backward(&items, &s, next), at);
            }
        }
    }

    #[test]
    fn every_slide_shows_something_and_is_keyed_by_its_item() {
        let src = "---\ntitel: L\nsoort: les\ndoelgroep: medewerker\n---\n## Lezen\n\nTekst.\n\n## Check\n\nVraag?\n\n- [x] Ja\n  > Goed.\n- [ ] Nee\n  > Niet.\n\n# Toets\n\n## Toetsvraag\n\n- [x] Ja\n  > Goed.\n- [ ] Nee\n  > Niet.\n";
        let items = parse_module("l", src).value.items;
        let s = slides(&items);
        let shown_all: Vec<_> = s.iter().map(|&sl| shown(&items, sl)).collect();
        assert!(matches!(shown_all[0], Some(Shown::Page(..))), "{shown_all:?}");
        assert!(matches!(shown_all[1], Some(Shown::Question(..))), "a page with a check shows its question");
        assert!(matches!(shown_all[2], Some(Shown::Question(..))), "the test question");
        let keys: Vec<String> = s.iter().map(|&sl| item_key(&items, sl)).collect();
        assert_eq!(keys, ["lezen", "check", "toetsvraag"]);
        assert_eq!(s.iter().map(|&sl| has_answer(&items, sl)).collect::<Vec<_>>(), [false, true, true]);
        // A slide another kind has shows nothing, rather than a wrong item.
        assert_eq!(shown(&items, Slide::Card(0)), None);
        assert_eq!(shown(&quiz(1), Slide::Page(0, 0)), None);
    }
}
