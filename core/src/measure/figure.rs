//! Percentages with small-cell suppression.
//!
//! A figure about fewer than [`MIN_GROUP`] people can point at a person
//! ("the one who did not know was ..."), so reports never show it: it is
//! [`Figure::TooFew`], a value of its own type, never a magic number such as
//! -1 or 0 that a chart could draw by mistake.

/// The smallest group whose figures are reported.
pub const MIN_GROUP: u32 = 5;

/// A reported share of a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Figure {
    /// Fewer than [`MIN_GROUP`] answers: shown as "te weinig deelnemers".
    TooFew,
    /// A whole percentage, 0 to 100.
    Percent(u8),
}

impl Figure {
    /// `part` of `whole`, rounded to a whole percent (half up), or
    /// [`Figure::TooFew`] when `whole` is under [`MIN_GROUP`]. A `part`
    /// larger than `whole` counts as all of it.
    pub fn share(part: u32, whole: u32) -> Figure {
        if whole < MIN_GROUP {
            return Figure::TooFew;
        }
        Figure::Percent(percent(part.min(whole), whole))
    }

    /// The percentage, if reported.
    pub fn percent(self) -> Option<u8> {
        match self {
            Figure::TooFew => None,
            Figure::Percent(p) => Some(p),
        }
    }
}

impl std::fmt::Display for Figure {
    /// "82 %" (with a no-break space, so print never splits it) or
    /// "te weinig deelnemers".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Figure::TooFew => f.write_str(super::words::TOO_FEW),
            Figure::Percent(p) => write!(f, "{p}\u{a0}%"),
        }
    }
}

/// `part / whole` as a whole percentage rounded half up, in integers (no
/// float rounding surprises: 1 of 8 is 12.5 % and gives 13). `whole` 0
/// gives 0; `part` is clamped to `whole`.
pub fn percent(part: u32, whole: u32) -> u8 {
    if whole == 0 {
        return 0;
    }
    let (part, whole) = (u64::from(part.min(whole)), u64::from(whole));
    // (200 * part + whole) / (2 * whole) = floor(100 * part / whole + 1/2)
    u8::try_from((200 * part + whole) / (2 * whole)).unwrap_or(100)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn rounding_is_half_up() {
        assert_eq!(percent(1, 8), 13, "12.5 rounds up");
        assert_eq!(percent(1, 3), 33);
        assert_eq!(percent(2, 3), 67);
        assert_eq!(percent(41, 100), 41);
        assert_eq!(percent(0, 0), 0);
        assert_eq!(percent(9, 5), 100, "clamped");
        assert_eq!(percent(u32::MAX, u32::MAX), 100);
    }

    #[test]
    fn groups_under_five_are_too_few() {
        assert_eq!(Figure::share(4, 4), Figure::TooFew);
        assert_eq!(Figure::share(0, 0), Figure::TooFew);
        assert_eq!(Figure::share(4, 5), Figure::Percent(80));
        assert_eq!(Figure::TooFew.to_string(), "te weinig deelnemers");
        assert_eq!(Figure::Percent(82).to_string(), "82\u{a0}%");
    }

    proptest! {
        #[test]
        fn percent_is_within_half_a_point_and_monotone(whole in 1u32..100_000, a in 0u32..100_000, b in 0u32..100_000) {
            let (a, b) = (a.min(whole), b.min(whole));
            let p = percent(a, whole);
            prop_assert!(p <= 100);
            // |p - 100a/whole| <= 1/2, in integers.
            let exact2 = 200 * u64::from(a);
            let p2 = 2 * u64::from(p) * u64::from(whole);
            prop_assert!(p2.abs_diff(exact2) <= u64::from(whole));
            if a <= b { prop_assert!(percent(a, whole) <= percent(b, whole)); }
        }

        #[test]
        fn suppression_is_exactly_under_five(part in 0u32..50, whole in 0u32..50) {
            prop_assert_eq!(Figure::share(part, whole) == Figure::TooFew, whole < MIN_GROUP);
        }
    }
}
