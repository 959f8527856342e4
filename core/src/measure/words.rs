//! Every sentence the measurement reports produce, in Dutch (B1, je/jij),
//! in one place so tone can be reviewed here. CSV read errors are worded in
//! `csv.rs`, where the details are filled in, as the content parsers do.

use super::figure::Figure;

/// What a suppressed figure says.
pub const TOO_FEW: &str = "te weinig deelnemers";

/// "Na de sessie wist 82 % waar je kunt melden; voor de sessie was dat 41 %."
pub fn knowledge_conclusion(topic: &str, before: Figure, after: Figure) -> String {
    match (before, after) {
        (Figure::Percent(b), Figure::Percent(a)) => {
            format!("Na de sessie wist {a}\u{a0}% {topic}; voor de sessie was dat {b}\u{a0}%.")
        }
        _ => format!("Over {topic}: {TOO_FEW} om iets te zeggen."),
    }
}

/// "Na de sessie was 76 % het eens met „Ik zou een signaal melden”; voor de
/// sessie was dat 52 %."
pub fn statement_conclusion(statement: &str, before: Figure, after: Figure) -> String {
    match (before, after) {
        (Figure::Percent(b), Figure::Percent(a)) => {
            format!("Na de sessie was {a}\u{a0}% het eens met „{statement}”; voor de sessie was dat {b}\u{a0}%.")
        }
        _ => format!("Over „{statement}”: {TOO_FEW} om iets te zeggen."),
    }
}

/// The learner's own knowledge, before and after: "Voor je begon had je 2
/// van de 4 vragen goed. Nu zijn het er 4 van de 4."
pub fn own_knowledge(before: u32, after: u32, asked: u32) -> String {
    format!("Voor je begon had je {before} van de {asked} vragen goed. Nu zijn het er {after} van de {asked}.")
}

/// The five points of the willingness scale, 1 to 5, for reports and for
/// the player (children's modules may word them more simply in the app).
pub const SCALE: [&str; 5] = ["helemaal niet mee eens", "niet mee eens", "neutraal", "mee eens", "helemaal mee eens"];

/// A group under five in either phase.
pub fn group_too_small() -> String {
    format!("In deze groep waren {TOO_FEW} om iets te zeggen zonder dat je mensen kunt herkennen.")
}
