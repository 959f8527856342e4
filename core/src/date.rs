//! Dates as Dutch readers write them ("23 november 2026"), for the
//! certificate and "Mijn voortgang". The browser supplies the local calendar
//! day; this module only words it, so it is the same in every browser
//! (locale data for `nl` is not guaranteed on locked-down PCs).

/// The months' Dutch names; the app shows them in its own language
/// through its catalogue (`ui_text::core_words`).
pub const MONTHS: [&str; 12] =
    ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

/// `month` counts from 1. Out-of-range values give the numeric form rather
/// than a panic (`31-13-2026`), so a wrong clock is visible but harmless.
pub fn long_nl(year: i32, month: u32, day: u32) -> String {
    long_with(year, month, day, |name| name)
}

/// [`long_nl`] with the month's name passed through `translate` (the app's
/// catalogue): "23 November 2026" in English, which writes it in the same
/// order.
pub fn long_with(year: i32, month: u32, day: u32, translate: impl Fn(&'static str) -> &'static str) -> String {
    match MONTHS.get((month as usize).wrapping_sub(1)) {
        Some(name) if (1..=31).contains(&day) => format!("{day} {} {year}", translate(name)),
        _ => format!("{day}-{month}-{year}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn words_the_month() {
        assert_eq!(long_nl(2026, 11, 23), "23 november 2026");
        assert_eq!(long_nl(2027, 1, 1), "1 januari 2027");
        assert_eq!(long_nl(2027, 12, 31), "31 december 2027");
    }

    #[test]
    fn impossible_dates_stay_visible() {
        assert_eq!(long_nl(2026, 0, 5), "5-0-2026");
        assert_eq!(long_nl(2026, 13, 5), "5-13-2026");
        assert_eq!(long_nl(2026, 2, 0), "0-2-2026");
    }

    proptest! {
        #[test]
        fn never_panics(y in any::<i32>(), m in any::<u32>(), d in any::<u32>()) {
            let _ = long_nl(y, m, d);
        }
    }
}
