//! What the checker counts in a module ("3 pagina's, 1 toetsvraag"): one
//! enum, so the summary, the CLI's overview and `--json` cannot fall out of
//! step, and a new kind or exercise adds its counts here where the compiler
//! sees every use.

/// One thing the checker counts. Declared in the order the overview shows
/// them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Count {
    /// A lesson's pages.
    Pages,
    /// A mission's steps.
    Steps,
    /// Every question: checks and test questions together.
    Questions,
    /// Knowledge checks on lesson pages and mission steps.
    Checks,
    /// A lesson's final test.
    TestQuestions,
    /// A scenario's nodes.
    Situations,
    /// A scenario's nodes without choices.
    Endings,
    /// A card deck's cards.
    Cards,
    /// A scene's regions.
    Regions,
    /// Cards and regions that are a signal.
    Signals,
    /// A scene's regions that are not a signal.
    Decoys,
    /// A mission's exercises of any kind.
    Exercises,
    /// "Echt of nep" exercises.
    RealOrFake,
    /// Sorting exercises.
    Sorting,
    /// Chat exercises.
    Chat,
    /// Password labs.
    PasswordLab,
    /// Privacy profiles.
    PrivacyProfile,
    /// A mission's teacher page.
    TeacherPages,
    /// Trainer notes.
    TrainerNotes,
    /// Answer options: in `--json` only, too detailed for the overview.
    Answers,
}

impl Count {
    /// Every count, in overview order.
    pub const ALL: [Count; 20] = [
        Count::Pages,
        Count::Steps,
        Count::Questions,
        Count::Checks,
        Count::TestQuestions,
        Count::Situations,
        Count::Endings,
        Count::Cards,
        Count::Regions,
        Count::Signals,
        Count::Decoys,
        Count::Exercises,
        Count::RealOrFake,
        Count::Sorting,
        Count::Chat,
        Count::PasswordLab,
        Count::PrivacyProfile,
        Count::TeacherPages,
        Count::TrainerNotes,
        Count::Answers,
    ];

    /// The kinds of youth exercise, for "Soorten oefeningen".
    pub const EXERCISES: [Count; 5] = [Count::RealOrFake, Count::Sorting, Count::Chat, Count::PasswordLab, Count::PrivacyProfile];

    /// The Dutch word for more than one: also the key in `--json`.
    pub fn plural(self) -> &'static str {
        self.words().1
    }

    /// The Dutch word for one: "1 vraag", not "1 vragen".
    pub fn singular(self) -> &'static str {
        self.words().0
    }

    /// "1 vraag", "3 vragen".
    pub fn with_number(self, n: usize) -> String {
        format!("{n} {}", if n == 1 { self.singular() } else { self.plural() })
    }

    /// Shown in the CLI's overview (every count but the answer options).
    pub fn in_overview(self) -> bool {
        self != Count::Answers
    }

    fn words(self) -> (&'static str, &'static str) {
        match self {
            Count::Pages => ("pagina", "pagina's"),
            Count::Steps => ("stap", "stappen"),
            Count::Questions => ("vraag", "vragen"),
            Count::Checks => ("kennisvraag", "kennisvragen"),
            Count::TestQuestions => ("toetsvraag", "toetsvragen"),
            Count::Situations => ("situatie", "situaties"),
            Count::Endings => ("einde", "einden"),
            Count::Cards => ("kaart", "kaarten"),
            Count::Regions => ("gebied", "gebieden"),
            Count::Signals => ("signaal", "signalen"),
            Count::Decoys => ("afleider", "afleiders"),
            Count::Exercises => ("oefening", "oefeningen"),
            Count::RealOrFake => ("nepbericht", "nepberichten"),
            Count::Sorting => ("sorteeroefening", "sorteeroefeningen"),
            Count::Chat => ("chatgesprek", "chatgesprekken"),
            Count::PasswordLab => ("wachtwoordlab", "wachtwoordlabs"),
            Count::PrivacyProfile => ("privacyprofiel", "privacyprofielen"),
            Count::TeacherPages => ("leerkrachtpagina", "leerkrachtpagina's"),
            Count::TrainerNotes => ("trainernotitie", "trainernotities"),
            Count::Answers => ("antwoord", "antwoorden"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_lists_every_count_once_in_declaration_order() {
        let mut sorted = Count::ALL.to_vec();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted, Count::ALL.to_vec());
        // Every count has its own key in `--json`.
        let keys: std::collections::BTreeSet<_> = Count::ALL.iter().map(|c| c.plural()).collect();
        assert_eq!(keys.len(), Count::ALL.len());
    }

    #[test]
    fn one_is_singular() {
        assert_eq!(Count::Questions.with_number(1), "1 vraag");
        assert_eq!(Count::Questions.with_number(2), "2 vragen");
        assert_eq!(Count::Pages.with_number(0), "0 pagina's");
    }
}
