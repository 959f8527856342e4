//! Rules of a mission's (`missie`) privacy exercise: which choices keep a thing
//! private, what a stranger sees on the pretend profile, and the count the
//! child gets at the end. The view only draws them.

use crate::content::kinds::mission::Setting;

/// Whether choosing option `option` of `setting` is safe; `None` for an
/// option the setting does not have.
pub fn is_safe(setting: &Setting, option: usize) -> Option<bool> {
    setting.options.get(option).map(|o| o.correct)
}

/// The settings (indices) whose chosen option lets a stranger see them,
/// in the order of the profile. Unchosen settings show nothing yet.
pub fn exposed(settings: &[Setting], chosen: &[Option<usize>]) -> Vec<usize> {
    settings
        .iter()
        .zip(chosen)
        .enumerate()
        .filter(|(_, (setting, choice))| choice.and_then(|o| is_safe(setting, o)) == Some(false))
        .map(|(i, _)| i)
        .collect()
}

/// How the child set the profile, once every setting is chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verdict {
    /// Settings chosen safely.
    pub safe: usize,
    /// Settings on the profile.
    pub total: usize,
}

impl Verdict {
    /// Whether nothing was left open to strangers.
    pub fn all_safe(self) -> bool {
        self.safe == self.total
    }
}

/// The verdict, or `None` while a setting is still unchosen: the child is
/// asked to choose them all before the profile counts.
pub fn verdict(settings: &[Setting], chosen: &[Option<usize>]) -> Option<Verdict> {
    let mut safe = 0;
    for (i, setting) in settings.iter().enumerate() {
        let choice = chosen.get(i).copied().flatten()?;
        safe += usize::from(is_safe(setting, choice).unwrap_or(false));
    }
    Some(Verdict { safe, total: settings.len() })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::kinds::question::AnswerOption;

    fn setting(safe: &[bool]) -> Setting {
        let option = |correct: bool| AnswerOption { content: Vec::new(), correct, feedback: Vec::new() };
        Setting { label: Vec::new(), options: safe.iter().map(|s| option(*s)).collect() }
    }

    fn profile() -> Vec<Setting> {
        // Photo and school: "only friends" (0) is safe, "everyone" (1) is not.
        vec![setting(&[true, false]), setting(&[true, false])]
    }

    #[test]
    fn an_unsafe_choice_is_exposed_an_open_one_not_yet() {
        let p = profile();
        assert_eq!(exposed(&p, &[None, None]), Vec::<usize>::new());
        assert_eq!(exposed(&p, &[Some(1), None]), [0]);
        assert_eq!(exposed(&p, &[Some(0), Some(1)]), [1]);
        assert_eq!(exposed(&p, &[Some(7), Some(1)]), [1], "an option that does not exist shows nothing");
        assert_eq!(is_safe(&p[0], 0), Some(true));
        assert_eq!(is_safe(&p[0], 2), None);
    }

    #[test]
    fn the_verdict_waits_for_every_setting() {
        let p = profile();
        assert_eq!(verdict(&p, &[Some(0), None]), None);
        assert_eq!(verdict(&p, &[Some(0)]), None, "a missing choice is unchosen");
        let v = verdict(&p, &[Some(0), Some(1)]).unwrap();
        assert_eq!(v, Verdict { safe: 1, total: 2 });
        assert!(!v.all_safe());
        assert!(verdict(&p, &[Some(0), Some(0)]).unwrap().all_safe());
        assert!(verdict(&[], &[]).unwrap().all_safe());
    }
}
