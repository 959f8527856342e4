//! `content/site.toml`: the organisation's name, logo, colours and the
//! reporting contacts shown under "Wat kun je doen?".
//!
//! Each municipality brands its copy by editing this one file. When the file
//! is broken the app still runs on [`SiteConfig::fallback`] (the national
//! contacts), and the trainer gets diagnostics.

use serde::Deserialize;

use super::diagnostic::{Code, Diagnostic, Parsed};

/// The validated site configuration.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SiteConfig {
    /// Shown in the header and on certificates.
    pub organisation: String,
    /// Relative path of a logo image, if any.
    pub logo: Option<String>,
    /// Main brand colour as `#rrggbb`, if set.
    pub primary_colour: Option<String>,
    /// Where to report, in the order shown.
    pub contacts: Vec<Contact>,
}

/// One way to report.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Contact {
    /// E.g. "Meld Misdaad Anoniem".
    pub name: String,
    /// Phone number as people dial it, e.g. "0800-7000".
    pub phone: Option<String>,
    /// An https link, e.g. an online form.
    pub website: Option<String>,
    /// An e-mail address.
    pub email: Option<String>,
    /// When to use this route, one sentence.
    pub when: String,
}

impl Contact {
    /// `tel:` target with only the digits (and a leading +).
    pub fn tel_href(&self) -> Option<String> {
        let phone = self.phone.as_ref()?;
        let digits: String = phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
        (!digits.is_empty()).then(|| format!("tel:{digits}"))
    }
}

impl SiteConfig {
    /// Used when site.toml is missing or broken, so learners always see
    /// where to report. These national routes apply everywhere.
    pub fn fallback() -> Self {
        let c = |name: &str, phone: &str, website: Option<&str>, when: &str| Contact {
            name: name.into(),
            phone: Some(phone.into()),
            website: website.map(Into::into),
            email: None,
            when: when.into(),
        };
        SiteConfig {
            organisation: "Weerbaar".into(),
            logo: None,
            primary_colour: None,
            contacts: vec![
                c("Alarmnummer 112", "112", None, "Is er nu gevaar? Bel 112."),
                c(
                    "Meld Misdaad Anoniem",
                    "0800-7000",
                    Some("https://www.meldmisdaadanoniem.nl"),
                    "Wil je iets melden zonder je naam te geven? Je blijft anoniem.",
                ),
                c("Politie", "0900-8844", Some("https://www.politie.nl"), "Geen spoed, wel iets gezien? Bel de politie."),
            ],
        }
    }
}

/// The file as written; every field optional so we can say what is missing.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSite {
    organisatie: Option<String>,
    logo: Option<String>,
    kleuren: Option<RawColours>,
    melden: Option<Vec<RawContact>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawColours {
    hoofdkleur: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawContact {
    naam: Option<String>,
    telefoon: Option<String>,
    website: Option<String>,
    email: Option<String>,
    wanneer: Option<String>,
}

/// Parses site.toml. On a syntax error the fallback is returned with the
/// error; missing fields are filled from the fallback and reported.
pub fn parse_site(src: &str) -> Parsed<SiteConfig> {
    let mut diags = Vec::new();
    let raw: RawSite = match toml::from_str(src) {
        Ok(raw) => raw,
        Err(e) => {
            let span = e.span().unwrap_or(0..0);
            diags.push(Diagnostic::new(
                Code::SiteSyntax,
                span,
                format!("Deze regel in site.toml kan de app niet lezen ({}).", e.message().trim()),
            ));
            return Parsed { value: SiteConfig::fallback(), diagnostics: diags };
        }
    };
    let fallback = SiteConfig::fallback();
    let mut missing = |what: &str| {
        diags.push(Diagnostic::new(Code::SiteMissingField, 0..0, format!("In site.toml ontbreekt '{what}'.")))
    };
    let organisation = match raw.organisatie.filter(|s| !s.trim().is_empty()) {
        Some(o) => o.trim().to_string(),
        None => {
            missing("organisatie");
            fallback.organisation.clone()
        }
    };
    let contacts: Vec<Contact> = raw
        .melden
        .unwrap_or_default()
        .into_iter()
        .filter_map(|c| {
            let name = c.naam.filter(|s| !s.trim().is_empty());
            let when = c.wanneer.filter(|s| !s.trim().is_empty());
            if name.is_none() {
                missing("naam bij een [[melden]]-blok");
            }
            if when.is_none() {
                missing("wanneer bij een [[melden]]-blok");
            }
            Some(Contact { name: name?, phone: c.telefoon, website: c.website, email: c.email, when: when? })
        })
        .collect();
    let contacts = if contacts.is_empty() {
        missing("[[melden]] (minstens één manier om te melden)");
        fallback.contacts
    } else {
        contacts
    };
    let primary_colour = raw.kleuren.and_then(|k| k.hoofdkleur).and_then(|c| {
        if is_hex_colour(&c) {
            Some(c.to_ascii_lowercase())
        } else {
            let at = src.find(&c).unwrap_or(0);
            diags.push(Diagnostic::new(Code::SiteBadColour, at..at + c.len(), format!("\"{c}\" is geen kleur die de app kent.")));
            None
        }
    });
    Parsed { value: SiteConfig { organisation, logo: raw.logo, primary_colour, contacts }, diagnostics: diags }
}

fn is_hex_colour(s: &str) -> bool {
    s.strip_prefix('#').is_some_and(|h| h.len() == 6 && h.chars().all(|c| c.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_complete_file() {
        let p = parse_site(
            "organisatie = \"Gemeente Test\"\n[kleuren]\nhoofdkleur = \"#154273\"\n[[melden]]\nnaam = \"MMA\"\ntelefoon = \"0800-7000\"\nwanneer = \"Anoniem.\"\n",
        );
        assert_eq!(p.diagnostics, vec![]);
        assert_eq!(p.value.organisation, "Gemeente Test");
        assert_eq!(p.value.primary_colour.as_deref(), Some("#154273"));
        assert_eq!(p.value.contacts[0].tel_href().as_deref(), Some("tel:08007000"));
    }

    #[test]
    fn broken_files_fall_back_and_say_why() {
        let p = parse_site("organisatie = Gemeente zonder aanhalingstekens\n");
        assert_eq!(p.diagnostics[0].code, Code::SiteSyntax);
        assert_eq!(p.value, SiteConfig::fallback());
        let p = parse_site("organisatie = \"X\"\n");
        assert_eq!(p.diagnostics[0].code, Code::SiteMissingField);
        assert_eq!(p.value.contacts, SiteConfig::fallback().contacts);
        let p = parse_site("organisatie = \"X\"\n[kleuren]\nhoofdkleur = \"blauw\"\n[[melden]]\nnaam = \"a\"\nwanneer = \"b\"\n");
        assert_eq!(p.diagnostics.iter().map(|d| d.code).collect::<Vec<_>>(), vec![Code::SiteBadColour]);
        assert_eq!(parse_site("kleur = 1").diagnostics[0].code, Code::SiteSyntax);
    }
}
