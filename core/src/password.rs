//! How hard a password is to guess, for the children's password lab.
//!
//! A small estimator in the spirit of zxcvbn: the password is cut into
//! parts; a part found in the list of common passwords costs only its rank,
//! a dictionary word costs the size of the dictionary, a year, a run like
//! `1234` or `qwerty` or a repeated character costs a few bits, and what is
//! left is guessed character by character. The zxcvbn crate itself carries
//! its dictionaries inside the code (far more than the whole app), so here
//! the word lists are plain text files the lab fetches only when it opens.
//!
//! Everything is integer maths in tenths of a bit: no floats to format, and
//! the same answer on every machine.

// B-trees rather than hash maps: the app already carries B-tree code, so
// this adds no hashing machinery to the wasm.
use std::collections::{BTreeMap, BTreeSet};

/// The common passwords and everyday words the estimator knows.
#[derive(Debug, Clone, Default)]
pub struct WordLists {
    /// Password -> rank (0 = most common).
    passwords: BTreeMap<String, usize>,
    /// Dictionary words (lower case).
    words: BTreeSet<String>,
}

impl WordLists {
    /// Reads the two lists: one entry per line, most common first; lines
    /// starting with `#` are comments (source and licence).
    pub fn parse(passwords: &str, words: &str) -> Self {
        let entries = |text: &'_ str| -> Vec<String> {
            text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(str::to_lowercase).collect()
        };
        let mut lists = WordLists::default();
        for (rank, p) in entries(passwords).into_iter().enumerate() {
            lists.passwords.entry(p).or_insert(rank);
        }
        lists.words = entries(words).into_iter().filter(|w| w.chars().count() >= 3).collect();
        lists
    }

    /// True when no list has been loaded (yet): estimates are then rougher.
    pub fn is_empty(&self) -> bool {
        self.passwords.is_empty() && self.words.is_empty()
    }

    /// Bits for one dictionary word: log2 of the dictionary's size, but
    /// at least that of 8000 words: a guesser must assume a vocabulary at
    /// least as large as the list we ship.
    fn word_bits(&self) -> u32 {
        log2_tenths(self.words.len().max(8000))
    }
}

/// How strong a password is, from 0 (guessed at once) to 4 (very strong).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// Guessed at once.
    VeryWeak,
    /// Guessed in minutes or hours.
    Weak,
    /// Guessed in days or months.
    Fair,
    /// Years.
    Strong,
    /// Far longer than anyone lives.
    VeryStrong,
}

impl Level {
    /// 0 to 4, for a meter.
    pub fn number(self) -> u32 {
        self as u32
    }
}

/// What the estimator found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Estimate {
    /// Guessing effort in tenths of a bit (log2 of the number of guesses).
    pub tenth_bits: u32,
    /// The verdict.
    pub level: Level,
    /// Number of characters.
    pub length: usize,
    /// Number of separate words (dictionary words or other letter runs of
    /// three or more).
    pub words: usize,
    /// The whole password, or a part of it, is a well-known password.
    pub common: bool,
    /// It contains a run like `1234`, `abcd` or `qwerty`, or one character
    /// over and over.
    pub sequence: bool,
    /// It contains a year, like a birth year.
    pub year: bool,
}

impl Estimate {
    /// Roughly how long a fast computer needs to guess it, as a band:
    /// 0 = under a second, 1 = minutes to hours, 2 = days, 3 = months,
    /// 4 = years, 5 = centuries or more. At ten billion guesses a second.
    pub fn time_band(&self) -> u32 {
        match self.tenth_bits {
            0..340 => 0,
            340..460 => 1,
            460..520 => 2,
            520..580 => 3,
            580..640 => 4,
            _ => 5,
        }
    }
}

/// Estimates how hard `password` is to guess.
pub fn estimate(password: &str, lists: &WordLists) -> Estimate {
    let length = password.chars().count();
    let lower = password.to_lowercase();
    let mut e = Estimate { tenth_bits: 0, level: Level::VeryWeak, length, words: 0, common: false, sequence: false, year: false };
    if length == 0 {
        return e;
    }
    // The password as a whole, with or without its spaces, may be common.
    let squashed: String = lower.chars().filter(|c| !c.is_whitespace()).collect();
    let whole_rank = lists.passwords.get(&lower).or_else(|| lists.passwords.get(&squashed)).copied();

    let mut bits = 0u32;
    let mut residual = 0usize;
    for part in parts(&lower) {
        let n = part.chars().count();
        if part.chars().all(char::is_alphabetic) {
            if let Some(&rank) = lists.passwords.get(part) {
                e.common = true;
                bits += rank_bits(rank);
            } else if lists.words.contains(part) {
                bits += lists.word_bits();
            } else if is_run(part) {
                e.sequence = true;
                bits += 40;
            } else {
                residual += n;
            }
            if n >= 3 {
                e.words += 1;
            }
        } else if part.chars().all(|c| c.is_ascii_digit()) {
            if is_year(part) {
                e.year = true;
                bits += 70;
            } else if is_run(part) {
                e.sequence = true;
                bits += 40;
            } else if let Some(&rank) = lists.passwords.get(part) {
                e.common = true;
                bits += rank_bits(rank);
            } else {
                bits += 33 * n as u32;
            }
        } else if part.chars().all(char::is_whitespace) {
            // Spaces between words: the guesser has to try a few separators.
            bits += 10;
        } else {
            residual += n;
        }
    }
    // What no pattern explains is guessed character by character, over the
    // kinds of characters the whole password uses.
    bits += residual as u32 * log2_tenths(charset(password));
    if password.chars().next().is_some_and(char::is_uppercase) {
        bits += 10;
    }
    if let Some(rank) = whole_rank {
        e.common = true;
        bits = bits.min(rank_bits(rank));
    }
    e.tenth_bits = bits;
    e.level = match bits {
        0..200 => Level::VeryWeak,
        200..350 => Level::Weak,
        350..500 => Level::Fair,
        500..650 => Level::Strong,
        _ => Level::VeryStrong,
    };
    e
}

/// Splits into runs of letters, digits, whitespace and other characters.
fn parts(s: &str) -> Vec<&str> {
    let class = |c: char| {
        if c.is_alphabetic() {
            0
        } else if c.is_ascii_digit() {
            1
        } else if c.is_whitespace() {
            2
        } else {
            3
        }
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev = None;
    for (i, c) in s.char_indices() {
        let k = class(c);
        if prev.is_some_and(|p| p != k) {
            out.push(&s[start..i]);
            start = i;
        }
        prev = Some(k);
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

/// A rank in the common-password list costs log2(rank + 2) bits: the
/// guesser tries that list first, in order.
fn rank_bits(rank: usize) -> u32 {
    log2_tenths(rank + 2)
}

fn is_year(s: &str) -> bool {
    s.len() == 4 && (s.starts_with("19") || s.starts_with("20"))
}

/// `1234`, `4321`, `abcd`, `qwerty`, `aaaa`: three or more characters
/// that follow each other on the keyboard or in the alphabet, or repeat.
fn is_run(s: &str) -> bool {
    let chars: Vec<char> = s.chars().collect();
    if chars.len() < 3 {
        return false;
    }
    let steps: Vec<i32> = chars.windows(2).map(|w| w[1] as i32 - w[0] as i32).collect();
    if steps.iter().all(|&d| d == steps[0]) && steps[0].abs() <= 1 {
        return true;
    }
    const ROWS: [&str; 4] = ["qwertyuiop", "asdfghjkl", "zxcvbnm", "azertyuiop"];
    ROWS.iter().any(|row| row.contains(s) || row.chars().rev().collect::<String>().contains(s))
}

/// How many different characters a guesser must try per position.
fn charset(password: &str) -> usize {
    let mut n = 0;
    if password.chars().any(|c| c.is_lowercase()) {
        n += 26;
    }
    if password.chars().any(|c| c.is_uppercase()) {
        n += 26;
    }
    if password.chars().any(|c| c.is_ascii_digit()) {
        n += 10;
    }
    if password.chars().any(|c| !c.is_alphanumeric() && !c.is_whitespace()) {
        n += 33;
    }
    n.max(10)
}

/// log2(n) in tenths, rounded down, for n >= 1.
fn log2_tenths(n: usize) -> u32 {
    if n <= 1 {
        return 0;
    }
    let whole = usize::BITS - 1 - n.leading_zeros();
    // Tenths from the fraction n / 2^whole, in [1, 2): compare against
    // 2^(k/10) scaled by 1000.
    const STEPS: [u32; 10] = [1000, 1072, 1149, 1231, 1320, 1414, 1516, 1625, 1741, 1866];
    let frac = ((n as u128 * 1000) >> whole) as u32;
    let tenth = STEPS.iter().rposition(|&s| frac >= s).unwrap_or(0) as u32;
    whole * 10 + tenth
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn lists() -> WordLists {
        WordLists::parse(
            "# bron: test\n123456\nwachtwoord\nwelkom\nwelkom123\nvoetbal\nqwerty\n",
            "# bron: test\nfiets\nbanaan\nwolk\ntrompet\nhond\nschool\nzon\nsanne\n",
        )
    }

    fn level(p: &str) -> Level {
        estimate(p, &lists()).level
    }

    #[test]
    fn common_passwords_are_very_weak() {
        for p in ["123456", "wachtwoord", "Welkom123", "welkom 123", "qwerty", "aaaaaa"] {
            assert_eq!(level(p), Level::VeryWeak, "{p}");
        }
        let e = estimate("welkom123", &lists());
        assert!(e.common);
    }

    #[test]
    fn a_name_and_a_year_stay_weak() {
        let e = estimate("Sanne2014", &lists());
        assert!(e.year);
        assert!(e.level <= Level::Weak, "{e:?}");
    }

    #[test]
    fn four_random_words_make_a_strong_passphrase() {
        let e = estimate("fiets banaan wolk trompet", &lists());
        assert_eq!(e.words, 4);
        assert!(e.level >= Level::Strong, "{e:?}");
        assert!(level("fiets banaan wolk trompet hond") >= level("fiets banaan wolk trompet"));
        assert!(level("fiets banaan") < Level::Strong);
    }

    #[test]
    fn runs_are_seen() {
        assert!(estimate("abcdef", &lists()).sequence);
        assert!(estimate("98765", &lists()).sequence);
        assert!(estimate("asdfgh", &lists()).sequence);
        assert!(!estimate("fiets", &lists()).sequence);
    }

    #[test]
    fn without_lists_it_still_answers() {
        let none = WordLists::default();
        assert!(none.is_empty());
        assert_eq!(estimate("", &none).level, Level::VeryWeak);
        assert!(estimate("Zonnige-Giraf-Danst-Op-Het-Dak", &none).level >= Level::Strong);
    }

    #[test]
    fn log2_in_tenths() {
        assert_eq!(log2_tenths(1), 0);
        assert_eq!(log2_tenths(2), 10);
        assert_eq!(log2_tenths(8000), 129);
        assert_eq!(log2_tenths(26), 47);
        assert_eq!(log2_tenths(95), 65);
    }

    proptest! {
        #[test]
        fn never_panics_and_stays_in_range(p in "\\PC{0,40}") {
            let e = estimate(&p, &lists());
            prop_assert!(e.level.number() <= 4);
            prop_assert!(e.time_band() <= 5);
            prop_assert_eq!(e.length, p.chars().count());
        }

        #[test]
        fn adding_an_unknown_word_never_makes_it_weaker(words in proptest::collection::vec("[a-z]{3,8}", 1..5), extra in "[xqz]{6}") {
            let lists = lists();
            let p = words.join(" ");
            let longer = format!("{p} {extra}");
            prop_assert!(estimate(&longer, &lists).tenth_bits >= estimate(&p, &lists).tenth_bits);
        }
    }
}
