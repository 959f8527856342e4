//! What the trainer keeps during a session, beside the slides: a show of
//! hands per option, the notes for the item on screen, and which key
//! chooses what. Nothing here is stored; a session forgets it.

use std::collections::BTreeMap;

use crate::content::notes::Notes;

/// Hands counted per item (its key, see [`super::item_key`]) and option.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct HandCount(BTreeMap<(String, usize), u32>);

impl HandCount {
    /// The hands counted for `option` of `item`.
    pub fn get(&self, item: &str, option: usize) -> u32 {
        self.0.get(&(item.to_string(), option)).copied().unwrap_or(0)
    }

    /// One hand more.
    pub fn add(&mut self, item: &str, option: usize) {
        *self.0.entry((item.to_string(), option)).or_default() += 1;
    }

    /// One hand fewer, never below zero (a trainer who clicks once too
    /// often corrects it without a negative count).
    pub fn remove(&mut self, item: &str, option: usize) {
        if let Some(n) = self.0.get_mut(&(item.to_string(), option)) {
            *n = n.saturating_sub(1);
        }
    }
}

/// The trainer's notes to show: the module's general notes (before the
/// first `##`) on the first slide, then those of the item on screen.
pub fn notes_for(notes: &Notes, item_key: &str, first: bool) -> Vec<String> {
    let general = first.then(|| notes.get("")).flatten();
    let item = (!item_key.is_empty()).then(|| notes.get(item_key)).flatten();
    general.into_iter().chain(item).flatten().cloned().collect()
}

/// The choice (from 0) a number key picks in a scenario: "1" to "9"; any
/// other key picks nothing.
pub fn choice_key(key: &str) -> Option<usize> {
    match key.as_bytes() {
        [d @ b'1'..=b'9'] => Some(usize::from(d - b'1')),
        _ => None,
    }
}

/// The letter of option `i` on a slide ("A", "B", …), so a group can call
/// out an answer; after "Z" it starts again.
pub fn option_letter(i: usize) -> char {
    char::from(b'A' + (i % 26) as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hands_go_up_and_down_but_never_below_zero() {
        let mut h = HandCount::default();
        assert_eq!(h.get("v1", 0), 0);
        h.add("v1", 0);
        h.add("v1", 0);
        h.add("v1", 1);
        assert_eq!((h.get("v1", 0), h.get("v1", 1), h.get("v2", 0)), (2, 1, 0));
        h.remove("v1", 1);
        h.remove("v1", 1);
        h.remove("v2", 3);
        assert_eq!((h.get("v1", 0), h.get("v1", 1), h.get("v2", 3)), (2, 0, 0));
    }

    #[test]
    fn general_notes_come_first_and_only_on_the_first_slide() {
        let notes: Notes = [("".to_string(), vec!["Welkom".to_string()]), ("kapper".to_string(), vec!["Vraag".to_string()])].into();
        assert_eq!(notes_for(&notes, "kapper", true), ["Welkom", "Vraag"]);
        assert_eq!(notes_for(&notes, "kapper", false), ["Vraag"]);
        assert_eq!(notes_for(&notes, "", true), ["Welkom"]);
        assert_eq!(notes_for(&notes, "", false), Vec::<String>::new());
        assert_eq!(notes_for(&notes, "elders", false), Vec::<String>::new());
    }

    #[test]
    fn number_keys_one_to_nine_choose() {
        assert_eq!(choice_key("1"), Some(0));
        assert_eq!(choice_key("9"), Some(8));
        for k in ["0", "a", "", "12", "ArrowRight", "é"] {
            assert_eq!(choice_key(k), None, "{k}");
        }
    }

    #[test]
    fn options_are_lettered_from_a() {
        assert_eq!([option_letter(0), option_letter(2), option_letter(25), option_letter(26)], ['A', 'C', 'Z', 'A']);
    }
}
