//! Session time in the two SCORM formats.

/// SCORM 1.2 `CMITimespan`: `HHHH:MM:SS.SS` (hours two to four digits).
/// Capped at 9999 hours, the largest value the format can hold.
pub fn timespan_12(millis: u64) -> String {
    let centis = (millis / 10).min(9999 * 360_000 + 359_999);
    let (h, rest) = (centis / 360_000, centis % 360_000);
    let (m, rest) = (rest / 6000, rest % 6000);
    let (s, c) = (rest / 100, rest % 100);
    format!("{h:02}:{m:02}:{s:02}.{c:02}")
}

/// SCORM 2004 `timeinterval` (ISO 8601 duration): `PT1H2M3.45S`, with
/// hundredths at most and zero parts left out; `PT0S` for nothing.
pub fn interval_2004(millis: u64) -> String {
    let centis = millis / 10;
    let (h, rest) = (centis / 360_000, centis % 360_000);
    let (m, rest) = (rest / 6000, rest % 6000);
    let (s, c) = (rest / 100, rest % 100);
    let mut out = String::from("PT");
    if h > 0 {
        out.push_str(&format!("{h}H"));
    }
    if m > 0 {
        out.push_str(&format!("{m}M"));
    }
    if s > 0 || c > 0 || (h == 0 && m == 0) {
        if c > 0 {
            out.push_str(format!("{s}.{c:02}").trim_end_matches('0'));
        } else {
            out.push_str(&s.to_string());
        }
        out.push('S');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn scorm_12_timespans() {
        assert_eq!(timespan_12(0), "00:00:00.00");
        assert_eq!(timespan_12(3_723_450), "01:02:03.45");
        assert_eq!(timespan_12(100 * 3_600_000), "100:00:00.00");
        assert_eq!(timespan_12(u64::MAX), "9999:59:59.99");
    }

    #[test]
    fn scorm_2004_intervals() {
        assert_eq!(interval_2004(0), "PT0S");
        assert_eq!(interval_2004(3_723_450), "PT1H2M3.45S");
        assert_eq!(interval_2004(3_600_000), "PT1H");
        assert_eq!(interval_2004(500), "PT0.5S");
    }

    proptest! {
        #[test]
        fn formats_are_always_well_formed(ms in any::<u64>()) {
            let t = timespan_12(ms);
            let parts: Vec<&str> = t.split(':').collect();
            prop_assert_eq!(parts.len(), 3);
            prop_assert!((2..=4).contains(&parts[0].len()));
            prop_assert!(parts[1].len() == 2 && parts[1] < "60");
            prop_assert!(parts[2].len() == 5 && &parts[2][2..3] == ".");
            let i = interval_2004(ms);
            prop_assert!(i.starts_with("PT") && i.len() > 2);
            prop_assert!(i.ends_with('S') || i.ends_with('M') || i.ends_with('H'));
        }
    }
}
