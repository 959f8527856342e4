//! Which page a URL shows, as pure data.
//!
//! Routes live in the URL's hash (`index.html#/voor/inwoner`) because
//! Weerbaar must reload and bookmark correctly on a plain static host and
//! inside LMS packages, where there are no rewrite rules to send
//! `/voor/inwoner` to `index.html`. leptos_router 0.8 only does path URLs.

use crate::content::catalogue::module_id_from_path;
use crate::content::Audience;
use crate::measure::Phase;

/// A page of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// Pick who you are.
    Home,
    /// The catalogue for one audience.
    Audience(Audience),
    /// One module, by id (its path in content/ without `.md`).
    Module(String),
    /// The printable certificate ("bewijs van deelname") of a module.
    Certificate(String),
    /// Presenter mode of a module, for group sessions.
    Presenter(String),
    /// The teacher's page of a youth mission.
    Teacher(String),
    /// A whole lesson on one page, to print.
    Print(String),
    /// The children's printable diploma.
    Diploma,
    /// The authoring studio for trainers.
    Studio,
    /// Trainers combine the reports of their group sessions' before/after
    /// measurements into one overview.
    Measurements,
    /// A trainer runs the before/after measurement of an audience with a
    /// group, counting hands.
    GroupMeasurement(Audience),
    /// A learner answers the before or after questions of their
    /// audience's measurement set, for themselves.
    OwnMeasurement(Audience, Phase),
    /// "Mijn voortgang".
    Progress,
    /// Privacy statement.
    Privacy,
    /// Accessibility statement.
    Accessibility,
    /// Anything else under `#/`.
    NotFound,
}

impl Route {
    /// Reads a `location.hash`. Returns `None` for a hash that is not a route
    /// (`#hoofdinhoud`, an in-page anchor): the current page should stay.
    pub fn parse(hash: &str) -> Option<Route> {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        if hash.is_empty() {
            return Some(Route::Home);
        }
        let path = hash.strip_prefix('/')?;
        let path = percent_decode(path.split(['?']).next().unwrap_or(""));
        let path = path.trim_end_matches('/');
        let route = match path.split_once('/') {
            None => match path {
                "" => Route::Home,
                "voortgang" => Route::Progress,
                "studio" => Route::Studio,
                "metingen" => Route::Measurements,
                "diploma" => Route::Diploma,
                "privacy" => Route::Privacy,
                "toegankelijkheid" => Route::Accessibility,
                _ => Route::NotFound,
            },
            Some(("voor", code)) => Audience::from_code(code).map_or(Route::NotFound, Route::Audience),
            Some(("meting", code)) => Audience::from_code(code).map_or(Route::NotFound, Route::GroupMeasurement),
            Some(("mijn-meting", rest)) => rest
                .split_once('/')
                .and_then(|(code, phase)| Some(Route::OwnMeasurement(Audience::from_code(code)?, Phase::from_code(phase)?)))
                .unwrap_or(Route::NotFound),
            Some(("module", id)) => module_id_from_path(&format!("{id}.md")).map_or(Route::NotFound, Route::Module),
            Some(("presenteer", id)) => module_id_from_path(&format!("{id}.md")).map_or(Route::NotFound, Route::Presenter),
            Some(("bewijs", id)) => module_id_from_path(&format!("{id}.md")).map_or(Route::NotFound, Route::Certificate),
            Some(("leerkracht", id)) => module_id_from_path(&format!("{id}.md")).map_or(Route::NotFound, Route::Teacher),
            Some(("afdrukken", id)) => module_id_from_path(&format!("{id}.md")).map_or(Route::NotFound, Route::Print),
            Some(_) => Route::NotFound,
        };
        Some(route)
    }

    /// The audience whose page this is, if any: a module belongs to the
    /// folder it sits in, the diploma to the children.
    pub fn audience(&self) -> Option<Audience> {
        match self {
            Route::Audience(a) | Route::GroupMeasurement(a) | Route::OwnMeasurement(a, _) => Some(*a),
            Route::Module(id) | Route::Certificate(id) | Route::Presenter(id) | Route::Teacher(id) | Route::Print(id) => {
                id.split_once('/').and_then(|(folder, _)| Audience::from_code(folder))
            }
            Route::Diploma => Some(Audience::Youth),
            Route::Home | Route::Studio | Route::Measurements | Route::Progress | Route::Privacy | Route::Accessibility | Route::NotFound => None,
        }
    }

    /// The `href` that leads to this route.
    pub fn href(&self) -> String {
        match self {
            Route::Home => "#/".into(),
            Route::Audience(a) => format!("#/voor/{}", a.code()),
            Route::Module(id) => format!("#/module/{}", percent_encode(id)),
            Route::Certificate(id) => format!("#/bewijs/{}", percent_encode(id)),
            Route::Presenter(id) => format!("#/presenteer/{}", percent_encode(id)),
            Route::Teacher(id) => format!("#/leerkracht/{}", percent_encode(id)),
            Route::Print(id) => format!("#/afdrukken/{}", percent_encode(id)),
            Route::Diploma => "#/diploma".into(),
            Route::Studio => "#/studio".into(),
            Route::Measurements => "#/metingen".into(),
            Route::GroupMeasurement(a) => format!("#/meting/{}", a.code()),
            Route::OwnMeasurement(a, phase) => format!("#/mijn-meting/{}/{}", a.code(), phase.code()),
            Route::Progress => "#/voortgang".into(),
            Route::Privacy => "#/privacy".into(),
            Route::Accessibility => "#/toegankelijkheid".into(),
            Route::NotFound => "#/niet-gevonden".into(),
        }
    }
}

/// The step of a branching scenario in a URL (`#/module/x?stap=3`): each
/// choice adds a history entry with the next step, so the browser's Back
/// button goes one step back in the story instead of leaving it.
pub fn story_step(hash: &str) -> Option<usize> {
    let (_, query) = hash.split_once('?')?;
    query.split('&').find_map(|pair| pair.strip_prefix("stap=")).and_then(|n| n.parse().ok()).filter(|n| *n >= 1)
}

/// The href of step `step` of the scenario in module `id`.
pub fn story_step_href(id: &str, step: usize) -> String {
    format!("{}?stap={step}", Route::Module(id.to_string()).href())
}

/// Encodes what a URL fragment cannot hold literally; `/` stays readable.
fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` sequences; invalid sequences and invalid UTF-8 are kept
/// as they are rather than rejected.
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok()).and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(v)) => {
                out.push(v);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_string())
}

/// What a page's history entry remembers when a link on it is followed:
/// how far the page was scrolled and which link it was. The browser's Back
/// button then returns to that link (on a long list of modules) instead of
/// the top of the page. Kept as the entry's state, a short string.
#[derive(Debug, Clone, PartialEq)]
pub struct FollowedLink {
    /// `window.scrollY` when the link was followed, in whole CSS pixels:
    /// integers, because formatting and parsing a float would put about
    /// 20 KB of float code in the first visit's wasm.
    pub scrolled: u32,
    /// The link's `href`, e.g. `#/module/inwoner/x`.
    pub href: String,
}

impl FollowedLink {
    /// The entry's state: `weerbaar-terug|<scrolled>|<href>`.
    pub fn encode(&self) -> String {
        format!("weerbaar-terug|{}|{}", self.scrolled, self.href)
    }

    /// Reads [`encode`](Self::encode)'s string; anything else (no state, a
    /// state some other script wrote) is `None`.
    pub fn decode(state: &str) -> Option<Self> {
        let rest = state.strip_prefix("weerbaar-terug|")?;
        let (scrolled, href) = rest.split_once('|')?;
        let scrolled = scrolled.parse::<u32>().ok()?;
        href.starts_with("#/").then(|| FollowedLink { scrolled, href: href.to_string() })
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_followed_link_survives_the_history_entry() {
        use super::FollowedLink;
        let link = FollowedLink { scrolled: 3062, href: "#/module/inwoner/x|y".into() };
        assert_eq!(FollowedLink::decode(&link.encode()), Some(link));
        for other in [
            "",
            "null",
            "weerbaar-terug|",
            "weerbaar-terug|12",
            "weerbaar-terug|-4|#/a",
            "weerbaar-terug|12.5|#/a",
            "weerbaar-terug|12|https://x.nl",
            "anders|12|#/a",
        ] {
            assert_eq!(FollowedLink::decode(other), None, "{other}");
        }
    }

    use super::*;

    #[test]
    fn a_story_step_lives_beside_the_route() {
        let href = story_step_href("inwoner/nieuwe-buren", 3);
        assert_eq!(href, "#/module/inwoner/nieuwe-buren?stap=3");
        assert_eq!(Route::parse(&href), Some(Route::Module("inwoner/nieuwe-buren".into())));
        assert_eq!(story_step(&href), Some(3));
        assert_eq!(story_step("#/module/x"), None);
        assert_eq!(story_step("#/module/x?stap=0"), None);
        assert_eq!(story_step("#/module/x?stap=drie"), None);
        assert_eq!(story_step("#/module/x?a=1&stap=2"), Some(2));
    }
    use proptest::prelude::*;

    #[test]
    fn pages_know_their_audience() {
        let audience = |hash: &str| Route::parse(hash).and_then(|r| r.audience());
        assert_eq!(audience("#/voor/inwoner"), Some(Audience::Residents));
        assert_eq!(audience("#/module/medewerker/bibob"), Some(Audience::Staff));
        assert_eq!(audience("#/bewijs/ondernemer/x"), Some(Audience::Entrepreneurs));
        assert_eq!(audience("#/leerkracht/jeugd/privacy"), Some(Audience::Youth));
        assert_eq!(audience("#/diploma"), Some(Audience::Youth));
        assert_eq!(audience("#/module/eigen-map/les"), None, "a folder that is no audience");
        assert_eq!(audience("#/"), None);
        assert_eq!(audience("#/privacy"), None);
    }

    #[test]
    fn parses_every_page() {
        let cases = [
            ("", Route::Home),
            ("#", Route::Home),
            ("#/", Route::Home),
            ("#/voortgang", Route::Progress),
            ("#/studio", Route::Studio),
            ("#/metingen", Route::Measurements),
            ("#/meting/inwoner", Route::GroupMeasurement(Audience::Residents)),
            ("#/meting/onbekend", Route::NotFound),
            ("#/mijn-meting/inwoner/voor", Route::OwnMeasurement(Audience::Residents, Phase::Before)),
            ("#/mijn-meting/agrarier/na", Route::OwnMeasurement(Audience::Farmers, Phase::After)),
            ("#/mijn-meting/inwoner", Route::NotFound),
            ("#/mijn-meting/inwoner/later", Route::NotFound),
            ("#/privacy/", Route::Privacy),
            ("#/toegankelijkheid", Route::Accessibility),
            ("#/voor/agrarier", Route::Audience(Audience::Farmers)),
            ("#/voor/agrari%C3%ABr", Route::Audience(Audience::Farmers)),
            ("#/module/inwoner/kapper", Route::Module("inwoner/kapper".into())),
            ("#/bewijs/medewerker/bibob", Route::Certificate("medewerker/bibob".into())),
            ("#/bewijs/../geheim", Route::NotFound),
            ("#/leerkracht/jeugd/echt-of-nep", Route::Teacher("jeugd/echt-of-nep".into())),
            ("#/afdrukken/medewerker/bibob", Route::Print("medewerker/bibob".into())),
            ("#/afdrukken/../geheim", Route::NotFound),
            ("#/diploma", Route::Diploma),
            ("#/voor/boeren", Route::NotFound),
            ("#/module/../geheim", Route::NotFound),
            ("#/module/", Route::NotFound),
            ("#/onbekend", Route::NotFound),
        ];
        for (hash, want) in cases {
            assert_eq!(Route::parse(hash), Some(want), "{hash}");
        }
    }

    #[test]
    fn in_page_anchors_are_not_routes() {
        assert_eq!(Route::parse("#hoofdinhoud"), None);
    }

    #[test]
    fn href_round_trips() {
        let routes = [
            Route::Home,
            Route::Progress,
            Route::Privacy,
            Route::Accessibility,
            Route::Audience(Audience::Youth),
            Route::Module("jeugd/geld lenen é".into()),
            Route::Teacher("jeugd/echt-of-nep".into()),
            Route::Print("medewerker/wat-is-ondermijning".into()),
            Route::Diploma,
        ];
        for r in routes {
            assert_eq!(Route::parse(&r.href()), Some(r.clone()), "{}", r.href());
        }
    }

    proptest! {
        #[test]
        fn any_hash_parses_without_panicking(s in "\\PC*") {
            let _ = Route::parse(&s);
            let _ = Route::parse(&format!("#/module/{s}"));
        }

        #[test]
        fn module_ids_round_trip(id in "[a-zëï0-9][a-zëï0-9 _-]{0,11}(/[a-z0-9][a-z0-9-]{0,11}){0,2}") {
            let id = id.trim().to_string();
            prop_assume!(!id.is_empty() && !id.starts_with('/') && id.split('/').all(|s| !s.trim().is_empty() && s.trim() == s));
            for r in [Route::Module(id.clone()), Route::Certificate(id.clone()), Route::Presenter(id)] {
                prop_assert_eq!(Route::parse(&r.href()), Some(r.clone()));
            }
        }
    }
}
