//! What Weerbaar tells a learning management system (SCORM 1.2 and 2004)
//! about one module: status, score, time and the resume state. Pure rules,
//! so `src/platform/lms.rs` only finds the LMS and passes these values on.
//!
//! The status follows the module's own rules in [`crate::progress`]: a
//! lesson with a test and a quiz are passed or failed by their last complete
//! attempt (a pass, once reached, stays: the certificate rule); every other
//! kind is completed or incomplete.

pub mod suspend;
pub mod time;

use crate::content::kinds::Items;
use crate::content::Module;
use crate::progress::ModuleProgress;

/// Which SCORM runtime the LMS offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    /// The `API` object: `LMSInitialize`, `cmi.core.*`.
    Scorm12,
    /// The `API_1484_11` object: `Initialize`, `cmi.*` (4th edition).
    Scorm2004,
}

/// Whether a module has a score that passes or fails.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grading {
    /// A lesson with a `# Toets`, or a quiz: passed or failed at the pass mark.
    PassFail,
    /// Everything else: completed or not.
    Completion,
}

impl Grading {
    /// How module `m` is reported.
    pub fn of(m: &Module) -> Grading {
        match &m.items {
            Items::Lesson(l) if !l.test.is_empty() => Grading::PassFail,
            Items::Quiz(q) if !q.is_empty() => Grading::PassFail,
            // A lesson without a test, an empty quiz, and the kinds whose
            // rounds are practice rather than a test: done or not.
            Items::Lesson(_) | Items::Quiz(_) | Items::Cards(_) | Items::Scene(_) | Items::Scenario(_) | Items::Mission(_) => Grading::Completion,
        }
    }
}

/// The status an LMS records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// A complete attempt reached the pass mark.
    Passed,
    /// The last complete attempt did not reach it (and none did before).
    Failed,
    /// An ungraded module was finished.
    Completed,
    /// Started, not finished (or not yet a complete attempt).
    Incomplete,
}

/// What is reported for one module.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Report {
    /// Passed, failed, completed or incomplete.
    pub status: Status,
    /// Percent (raw score, of 0 to 100), when there is one.
    pub score: Option<u32>,
}

/// The report for a module graded as `grading` with progress `m`.
pub fn report(grading: Grading, m: Option<&ModuleProgress>) -> Report {
    let completed = m.and_then(|m| m.completed);
    let result = m.and_then(|m| m.result);
    match (grading, completed, result) {
        // A pass stays a pass, with its best score, like the certificate.
        (Grading::PassFail, Some(c), r) => Report { status: Status::Passed, score: c.score.or(r.map(|r| r.score)) },
        (Grading::PassFail, None, Some(r)) => Report { status: if r.passed { Status::Passed } else { Status::Failed }, score: Some(r.score) },
        (Grading::PassFail, None, None) => Report { status: Status::Incomplete, score: None },
        // A scene keeps the share of signals found as its score.
        (Grading::Completion, Some(c), _) => Report { status: Status::Completed, score: c.score },
        (Grading::Completion, None, _) => Report { status: Status::Incomplete, score: None },
    }
}

/// The data model elements to set for `report` and the resume state
/// `suspend` (see [`suspend::encode`]), in the order to set them. Exit is
/// always "suspend": the learner may come back, and the LMS must then hand
/// back the resume state rather than start a new attempt.
pub fn values(version: Version, report: Report, suspend: &str) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    match version {
        Version::Scorm12 => {
            let status = match report.status {
                Status::Passed => "passed",
                Status::Failed => "failed",
                Status::Completed => "completed",
                Status::Incomplete => "incomplete",
            };
            out.push(("cmi.core.lesson_status", status.to_string()));
            if let Some(score) = report.score {
                out.push(("cmi.core.score.min", "0".into()));
                out.push(("cmi.core.score.max", "100".into()));
                out.push(("cmi.core.score.raw", score.to_string()));
            }
            out.push(("cmi.core.exit", "suspend".into()));
        }
        Version::Scorm2004 => {
            let (completion, success) = match report.status {
                Status::Passed => ("completed", "passed"),
                Status::Failed => ("completed", "failed"),
                Status::Completed => ("completed", "unknown"),
                Status::Incomplete => ("incomplete", "unknown"),
            };
            out.push(("cmi.completion_status", completion.to_string()));
            out.push(("cmi.success_status", success.to_string()));
            if let Some(score) = report.score {
                out.push(("cmi.score.min", "0".into()));
                out.push(("cmi.score.max", "100".into()));
                out.push(("cmi.score.raw", score.to_string()));
                out.push(("cmi.score.scaled", scaled(score)));
            }
            out.push(("cmi.exit", "suspend".into()));
        }
    }
    out.push(("cmi.suspend_data", suspend.to_string()));
    out
}

/// The element that holds the session time, and its value for `millis`.
pub fn session_time(version: Version, millis: u64) -> (&'static str, String) {
    match version {
        Version::Scorm12 => ("cmi.core.session_time", time::timespan_12(millis)),
        Version::Scorm2004 => ("cmi.session_time", time::interval_2004(millis)),
    }
}

/// The element that holds the resume state.
pub const SUSPEND_DATA: &str = "cmi.suspend_data";

/// A percentage as SCORM 2004's scaled score (-1 to 1): `80` -> `0.8`.
fn scaled(percent: u32) -> String {
    let p = percent.min(100);
    match p {
        100 => "1".into(),
        0 => "0".into(),
        _ => format!("0.{:02}", p).trim_end_matches('0').to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::{AttemptResult, Completion};

    fn with(completed: Option<Option<u32>>, result: Option<(u32, bool)>) -> ModuleProgress {
        ModuleProgress {
            completed: completed.map(|score| Completion { at: 5, score }),
            result: result.map(|(score, passed)| AttemptResult { at: 4, score, passed }),
            ..Default::default()
        }
    }

    #[test]
    fn graded_modules_pass_or_fail_by_the_last_complete_attempt() {
        let r = |m: Option<&ModuleProgress>| report(Grading::PassFail, m);
        assert_eq!(r(None), Report { status: Status::Incomplete, score: None });
        assert_eq!(r(Some(&with(None, None))), Report { status: Status::Incomplete, score: None });
        assert_eq!(r(Some(&with(None, Some((50, false))))), Report { status: Status::Failed, score: Some(50) });
        assert_eq!(r(Some(&with(Some(Some(75)), Some((75, true))))), Report { status: Status::Passed, score: Some(75) });
        // A later failed attempt never takes a pass away (the certificate rule).
        assert_eq!(r(Some(&with(Some(Some(75)), Some((25, false))))), Report { status: Status::Passed, score: Some(75) });
    }

    #[test]
    fn other_modules_are_completed_or_incomplete() {
        let r = |m: Option<&ModuleProgress>| report(Grading::Completion, m);
        assert_eq!(r(None).status, Status::Incomplete);
        assert_eq!(r(Some(&with(None, None))).status, Status::Incomplete);
        assert_eq!(r(Some(&with(Some(None), None))), Report { status: Status::Completed, score: None });
        assert_eq!(r(Some(&with(Some(Some(80)), None))), Report { status: Status::Completed, score: Some(80) });
    }

    #[test]
    fn values_per_version() {
        let passed = Report { status: Status::Passed, score: Some(80) };
        assert_eq!(
            values(Version::Scorm12, passed, "w1:{}"),
            vec![
                ("cmi.core.lesson_status", "passed".to_string()),
                ("cmi.core.score.min", "0".into()),
                ("cmi.core.score.max", "100".into()),
                ("cmi.core.score.raw", "80".into()),
                ("cmi.core.exit", "suspend".into()),
                ("cmi.suspend_data", "w1:{}".into()),
            ]
        );
        let failed = Report { status: Status::Failed, score: Some(5) };
        let v = values(Version::Scorm2004, failed, "");
        assert!(v.contains(&("cmi.completion_status", "completed".into())));
        assert!(v.contains(&("cmi.success_status", "failed".into())));
        assert!(v.contains(&("cmi.score.scaled", "0.05".into())));
        assert!(v.contains(&("cmi.exit", "suspend".into())));
        let open = values(Version::Scorm2004, Report { status: Status::Incomplete, score: None }, "");
        assert!(open.contains(&("cmi.completion_status", "incomplete".into())));
        assert!(!open.iter().any(|(k, _)| k.starts_with("cmi.score")));
        assert_eq!(session_time(Version::Scorm12, 61_000), ("cmi.core.session_time", "00:01:01.00".into()));
        assert_eq!(session_time(Version::Scorm2004, 61_000), ("cmi.session_time", "PT1M1S".into()));
    }

    #[test]
    fn scaled_scores() {
        assert_eq!(scaled(0), "0");
        assert_eq!(scaled(80), "0.8");
        assert_eq!(scaled(75), "0.75");
        assert_eq!(scaled(100), "1");
        assert_eq!(scaled(250), "1");
    }
}
