//! The reading help a learner can switch on: when the read-aloud bar shows.

use crate::content::Audience;

/// Whether the read-aloud bar shows on a page for `audience`: the learner's
/// own choice on this device when they made one, else only in the youth
/// track, where 8-year-olds still read slowly (HackShield and Interland
/// read aloud by default too).
pub fn read_aloud_shown(choice: Option<bool>, audience: Option<Audience>) -> bool {
    choice.unwrap_or(audience == Some(Audience::Youth))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn on_by_default_for_children_only_and_a_choice_always_wins() {
        assert!(read_aloud_shown(None, Some(Audience::Youth)));
        for other in [None, Some(Audience::Staff), Some(Audience::Teens), Some(Audience::Residents)] {
            assert!(!read_aloud_shown(None, other), "{other:?}");
            assert!(read_aloud_shown(Some(true), other));
        }
        assert!(!read_aloud_shown(Some(false), Some(Audience::Youth)));
    }
}
