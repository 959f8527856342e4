//! The children's side of progress: a nickname and an avatar instead of a
//! name, and a rank that grows with the missions done.
//!
//! No real name, no age, no school: a nickname is checked only for things
//! that would make a child findable (an e-mail address, a phone number).

use crate::content::kinds::mission::{Step, Task};

/// A child's pretend identity on this device.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Player {
    /// The nickname the child made up.
    pub nickname: String,
    /// Code of the avatar (see [`AVATARS`]).
    pub avatar: String,
}

/// The avatars: code (file name) and the animal's name, shown as text next
/// to the picture.
pub const AVATARS: [(&str, &str); 8] =
    [("vos", "Vos"), ("uil", "Uil"), ("egel", "Egel"), ("das", "Das"), ("otter", "Otter"), ("kat", "Kat"), ("hond", "Hond"), ("konijn", "Konijn")];

/// Whether a step asks the child to do something (an exercise or a
/// knowledge check), not only to read. Exhaustive: a new exercise type must
/// say whether it counts.
pub fn is_exercise(task: &Task) -> bool {
    match task {
        Task::Read => false,
        Task::Check(_) | Task::RealOrFake(_) | Task::Sort(_) | Task::Chat(_) | Task::Password | Task::Privacy(_) => true,
    }
}

/// The steps (indices) whose exercise is not done yet. A mission is only
/// "gehaald" when this is empty: pressing "Verder" past an exercise moves
/// on (nobody is locked in), but earns no badge.
pub fn steps_to_do(steps: &[Step], done: &[String]) -> Vec<usize> {
    steps.iter().enumerate().filter(|(_, s)| is_exercise(&s.task) && !done.contains(&s.id)).map(|(i, _)| i).collect()
}

/// Where the player stands on the mission map: the first mission not done
/// (`done` in catalogue order), none when every mission is done.
pub fn next_stop(done: &[bool]) -> Option<usize> {
    done.iter().position(|d| !d)
}

/// Minutes without a key, pointer or wheel event after which a shared-
/// computer session asks "Ben je er nog?" (WCAG 2.2.1: a warning first).
pub const IDLE_WARN_MINUTES: u64 = 9;
/// Minutes without input after which a shared-computer session is wiped.
/// The handbook and README say both numbers (tested in `core/tests/handbook.rs`).
pub const IDLE_END_MINUTES: u64 = 10;

/// The longest nickname, in characters.
pub const NICKNAME_MAX: usize = 20;

/// Why a nickname cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NicknameProblem {
    /// Nothing typed.
    Empty,
    /// Longer than [`NICKNAME_MAX`].
    TooLong,
    /// Looks like an e-mail address or a phone number.
    Contact,
}

/// The nickname to keep, trimmed, or why not.
pub fn check_nickname(text: &str) -> Result<String, NicknameProblem> {
    let name = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        return Err(NicknameProblem::Empty);
    }
    if name.chars().count() > NICKNAME_MAX {
        return Err(NicknameProblem::TooLong);
    }
    let digits = name.chars().filter(char::is_ascii_digit).count();
    if name.contains('@') || digits >= 6 {
        return Err(NicknameProblem::Contact);
    }
    Ok(name)
}

impl Player {
    /// A player, if the avatar code exists and the nickname passes.
    pub fn new(nickname: &str, avatar: &str) -> Option<Player> {
        let nickname = check_nickname(nickname).ok()?;
        avatar_name(avatar)?;
        Some(Player { nickname, avatar: avatar.to_string() })
    }

    /// As stored.
    pub fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// From storage; `None` for anything damaged or edited by hand.
    pub fn decode(text: &str) -> Option<Player> {
        let p: Player = serde_json::from_str(text).ok()?;
        Player::new(&p.nickname, &p.avatar)
    }
}

/// The animal's name for an avatar code.
pub fn avatar_name(code: &str) -> Option<&'static str> {
    AVATARS.iter().find(|(c, _)| *c == code).map(|(_, n)| *n)
}

/// A rank over missions: where the child is and what comes next. Only
/// ever goes up; there is no losing a rank and no comparing with others.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rank {
    /// The rank's name.
    pub name: &'static str,
    /// Missions still to do for the next rank, if there is one.
    pub next: Option<(usize, &'static str)>,
}

/// Rank names and the missions each needs; the last needs all of them.
const RANKS: [(usize, &str); 5] = [(0, "Starter"), (1, "Verkenner"), (2, "Speurder"), (4, "Beschermer"), (usize::MAX, "Meester-beschermer")];

/// The ranks' Dutch names, for the app's catalogue (`ui_text::core_words`).
pub fn rank_names() -> impl Iterator<Item = &'static str> {
    RANKS.iter().map(|(_, name)| *name)
}

/// The rank for `done` missions out of `total`.
pub fn rank(done: usize, total: usize) -> Rank {
    let needed = |min: usize| if min == usize::MAX { total.max(1) } else { min.min(total.max(1)) };
    let mut current = 0;
    for (i, (min, _)) in RANKS.iter().enumerate() {
        if done >= needed(*min) {
            current = i;
        }
    }
    let next = RANKS.get(current + 1).map(|(min, name)| (needed(*min).saturating_sub(done), *name)).filter(|(n, _)| *n > 0);
    Rank { name: RANKS[current].1, next }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_player_stands_at_the_first_mission_not_done() {
        assert_eq!(next_stop(&[true, false, false]), Some(1));
        assert_eq!(next_stop(&[false, true]), Some(0));
        assert_eq!(next_stop(&[true, true]), None);
        assert_eq!(next_stop(&[]), None);
    }

    #[test]
    fn a_badge_needs_every_exercise_done_not_every_page_passed() {
        let src = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../content/jeugd/sterke-wachtwoorden.md")).unwrap();
        let module = crate::content::parse_module("jeugd/sterke-wachtwoorden", &src).value;
        let crate::content::kinds::Items::Mission(mission) = module.items else { panic!("a mission") };
        let todo = steps_to_do(&mission.steps, &[]);
        assert!(todo.len() >= 2, "the mission has exercises: {todo:?}");
        assert!(todo.iter().all(|&i| is_exercise(&mission.steps[i].task)));
        assert!(mission.steps.iter().enumerate().filter(|(i, _)| !todo.contains(i)).all(|(_, s)| matches!(s.task, Task::Read)));
        let all: Vec<String> = todo.iter().map(|&i| mission.steps[i].id.clone()).collect();
        assert!(steps_to_do(&mission.steps, &all).is_empty());
        assert_eq!(steps_to_do(&mission.steps, &all[1..]), [todo[0]]);
    }

    #[test]
    fn nicknames_are_trimmed_and_never_contact_details() {
        assert_eq!(check_nickname("  Snelle   Vos "), Ok("Snelle Vos".into()));
        assert_eq!(check_nickname("   "), Err(NicknameProblem::Empty));
        assert_eq!(check_nickname(&"a".repeat(21)), Err(NicknameProblem::TooLong));
        assert_eq!(check_nickname("sam@mail.nl"), Err(NicknameProblem::Contact));
        assert_eq!(check_nickname("0612345678"), Err(NicknameProblem::Contact));
        assert_eq!(check_nickname("Speler 12"), Ok("Speler 12".into()));
    }

    #[test]
    fn players_round_trip_and_damaged_ones_are_dropped() {
        let p = Player::new("Blauwe Uil", "uil").unwrap();
        assert_eq!(Player::decode(&p.encode()), Some(p));
        assert_eq!(Player::decode("{\"nickname\":\"x\",\"avatar\":\"draak\"}"), None);
        assert_eq!(Player::decode("kapot"), None);
        assert!(AVATARS.iter().all(|(c, _)| avatar_name(c).is_some()));
    }

    #[test]
    fn ranks_only_go_up_and_the_top_needs_every_mission() {
        assert_eq!(rank(0, 6), Rank { name: "Starter", next: Some((1, "Verkenner")) });
        assert_eq!(rank(1, 6).name, "Verkenner");
        assert_eq!(rank(3, 6), Rank { name: "Speurder", next: Some((1, "Beschermer")) });
        assert_eq!(rank(5, 6), Rank { name: "Beschermer", next: Some((1, "Meester-beschermer")) });
        assert_eq!(rank(6, 6), Rank { name: "Meester-beschermer", next: None });
        let mut last = 0;
        for done in 0..=6 {
            let i = RANKS.iter().position(|(_, n)| *n == rank(done, 6).name).unwrap();
            assert!(i >= last);
            last = i;
        }
        // With fewer missions than the ladder, all done is still the top.
        assert_eq!(rank(2, 2).name, "Meester-beschermer");
    }
}
