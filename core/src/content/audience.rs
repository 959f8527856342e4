//! The seven audiences Weerbaar serves. They are fixed in code because the
//! app's home page, its routes and its tone (children's modules are simpler)
//! depend on them; trainers name them by their code in Markdown.

/// Who a module or a catalogue section is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub enum Audience {
    /// Municipal staff (medewerkers gemeente).
    Staff,
    /// Residents (inwoners).
    Residents,
    /// Entrepreneurs and business parks (ondernemers).
    Entrepreneurs,
    /// Farmers and the countryside (agrariërs, buitengebied).
    Farmers,
    /// Children 8-12 (jeugd).
    Youth,
    /// Young people 12-18 (jongeren). Lessons, quizzes, cards and
    /// scenarios in plain words; no missions, no nickname or badges.
    Teens,
    /// Trainers who run sessions and write content.
    Trainers,
}

impl Audience {
    /// All audiences, in the order the home page shows them.
    pub const ALL: [Audience; 7] =
        [Audience::Staff, Audience::Residents, Audience::Entrepreneurs, Audience::Farmers, Audience::Youth, Audience::Teens, Audience::Trainers];

    /// The code trainers type and URLs use (`#/voor/inwoner`).
    pub fn code(self) -> &'static str {
        match self {
            Audience::Staff => "medewerker",
            Audience::Residents => "inwoner",
            Audience::Entrepreneurs => "ondernemer",
            Audience::Farmers => "agrarier",
            Audience::Youth => "jeugd",
            Audience::Teens => "jongeren",
            Audience::Trainers => "trainer",
        }
    }

    /// Looks an audience up by its code. Accepts "agrariër" and the plural
    /// ("medewerkers") too, because trainers will type the word as it is
    /// spelled and as they say it.
    pub fn from_code(code: &str) -> Option<Audience> {
        let code = code.trim().to_lowercase().replace('ë', "e");
        let find = |c: &str| Audience::ALL.into_iter().find(|a| a.code() == c);
        find(&code).or_else(|| code.strip_suffix('s').and_then(find))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for a in Audience::ALL {
            assert_eq!(Audience::from_code(a.code()), Some(a));
        }
        assert_eq!(Audience::from_code(" Agrariër "), Some(Audience::Farmers));
        assert_eq!(Audience::from_code("boeren"), None);
        assert_eq!(Audience::from_code("Medewerkers"), Some(Audience::Staff));
        assert_eq!(Audience::from_code("agrariërs"), Some(Audience::Farmers));
        assert_eq!(Audience::from_code("s"), None);
        assert_eq!(Audience::from_code("Jongeren"), Some(Audience::Teens));
        assert_eq!(Audience::ALL.len(), 7);
    }
}
