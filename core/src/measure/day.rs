//! A calendar day as written in a session report (`2026-03-12`). The app
//! supplies today's date; this type only checks and writes it.

/// A valid calendar day (Gregorian, years 2000 to 2999: a session report
/// from another century is a typing mistake).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub struct Day {
    year: u16,
    month: u8,
    day: u8,
}

impl Day {
    /// The day, if it exists.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Day> {
        let ok = (2000..=2999).contains(&year) && (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        ok.then_some(Day { year, month, day })
    }

    /// Reads `jjjj-mm-dd` (ISO 8601, what spreadsheets keep as text).
    pub fn parse(text: &str) -> Option<Day> {
        let mut parts = text.trim().split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        Day::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }

    /// The year.
    pub fn year(self) -> u16 {
        self.year
    }

    /// The month, 1 to 12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month.
    pub fn day(self) -> u8 {
        self.day
    }

    /// The quarter, 1 to 4.
    pub fn quarter(self) -> u8 {
        (self.month - 1) / 3 + 1
    }
}

impl std::fmt::Display for Day {
    /// `jjjj-mm-dd`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_writes_iso_days() {
        let d = Day::parse("2026-03-12").unwrap();
        assert_eq!((d.year(), d.month(), d.day(), d.quarter()), (2026, 3, 12, 1));
        assert_eq!(d.to_string(), "2026-03-12");
        assert!(Day::parse("2028-02-29").is_some());
        for bad in ["2026-02-29", "2026-13-01", "2026-00-10", "12-03-2026", "2026-3-12", "", "2026-03-12-1", "1999-01-01", "+026-03-12"] {
            assert_eq!(Day::parse(bad), None, "{bad}");
        }
    }
}
