//! `content/site.md`: the organisation's name, logo, colour and the
//! reporting contacts shown under "Wat kun je doen?".
//!
//! Same shape as every module, so trainers learn one syntax:
//!
//! ```text
//! ---
//! organisatie: Gemeente Voorbeeld
//! hoofdkleur: #154273
//! ---
//! ## Meld Misdaad Anoniem          <- one reporting route per ## heading
//! telefoon: 0800-7000              <- optional: telefoon, website, email
//! website: https://www.meldmisdaadanoniem.nl
//! voor: medewerker, trainer        <- optional: only on these audiences' pages
//!
//! Je blijft anoniem.               <- when to use it (required)
//! ```
//!
//! When the file is broken the app still runs on [`SiteConfig::fallback`]
//! (the national contacts), and the trainer gets diagnostics.

use super::audience::Audience;
use super::contrast;
use super::diagnostic::{Code, Diagnostic, Parsed, Span};
use super::document::check_link;
use super::front_matter;

/// The validated site configuration.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SiteConfig {
    /// Shown in the header and on certificates.
    pub organisation: String,
    /// Path of a logo image in content/, if any.
    pub logo: Option<String>,
    /// Main brand colour as `#rrggbb`, if set.
    pub primary_colour: Option<String>,
    /// Where to report, in the order shown.
    pub contacts: Vec<Contact>,
}

/// One way to report.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Contact {
    /// E.g. "Meld Misdaad Anoniem".
    pub name: String,
    /// Phone number as people dial it, e.g. "0800-7000".
    pub phone: Option<String>,
    /// An https link, e.g. an online form.
    pub website: Option<String>,
    /// An e-mail address.
    pub email: Option<String>,
    /// When to use this route.
    pub when: String,
    /// Whose pages show it (`voor:`); empty means everyone's. An internal
    /// meldpunt is for staff: a resident cannot use it.
    pub audiences: Vec<Audience>,
}

impl Contact {
    /// `tel:` target with only the digits (and a leading +).
    pub fn tel_href(&self) -> Option<String> {
        let phone = self.phone.as_ref()?;
        let digits: String = phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
        (!digits.is_empty()).then(|| format!("tel:{digits}"))
    }

    /// Whether pages for `audience` show this route.
    pub fn is_for(&self, audience: Audience) -> bool {
        self.audiences.is_empty() || self.audiences.contains(&audience)
    }
}

impl SiteConfig {
    /// Used when site.md is missing or broken, so learners always see
    /// where to report. These national routes apply everywhere.
    pub fn fallback() -> Self {
        let c = |name: &str, phone: &str, website: Option<&str>, when: &str| Contact {
            name: name.into(),
            phone: Some(phone.into()),
            website: website.map(Into::into),
            email: None,
            when: when.into(),
            audiences: Vec::new(),
        };
        SiteConfig {
            organisation: "Weerbaar".into(),
            logo: None,
            primary_colour: None,
            contacts: vec![
                c("Bij gevaar: bel 112", "112", None, "Is er nu gevaar? Bel meteen 112."),
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

    /// The routes to show on a page: those for its audience, or all of them
    /// on pages that belong to no audience (home, privacy).
    pub fn contacts_for(&self, audience: Option<Audience>) -> Vec<Contact> {
        self.contacts.iter().filter(|c| audience.is_none_or(|a| c.is_for(a))).cloned().collect()
    }
}

const TOP_KEYS: [&str; 3] = ["organisatie", "hoofdkleur", "logo"];

/// Parses site.md. Missing parts are filled from the fallback and reported.
pub fn parse_site(src: &str) -> Parsed<SiteConfig> {
    let mut diags = Vec::new();
    super::encoding::report_not_utf8(src, &mut diags);
    let fm = front_matter::parse(src, &mut diags);
    for f in &fm.fields {
        if !TOP_KEYS.contains(&f.key.as_str()) {
            diags.push(Diagnostic::new(Code::SiteUnknownKey, f.span.clone(), format!("'{}' kent de app niet.", f.key)));
        }
    }
    let fallback = SiteConfig::fallback();
    let organisation = match fm.get("organisatie").filter(|f| !f.value.is_empty()) {
        Some(f) => f.value.clone(),
        None => {
            diags.push(Diagnostic::new(Code::SiteMissingField, 0..0, "Bovenaan site.md ontbreekt 'organisatie: ...'."));
            fallback.organisation.clone()
        }
    };
    let primary_colour = fm.get("hoofdkleur").and_then(|f| {
        if is_hex_colour(&f.value) {
            // White text sits on this colour (header, buttons) and it is the
            // link colour on white: both need 4.5:1 (WCAG 1.4.3).
            let ratio = contrast::ratio_x100(&f.value, "#ffffff").unwrap_or(0);
            if ratio < contrast::TEXT_MINIMUM {
                diags.push(Diagnostic::new(
                    Code::SiteLowContrast,
                    f.value_span.clone(),
                    format!(
                        "Met wit haalt {} een contrast van {}. Dat is te weinig: minstens 4,5:1 is nodig. De app gebruikt nu de standaardkleur.",
                        f.value,
                        contrast::format_ratio(ratio)
                    ),
                ));
                return None;
            }
            Some(f.value.to_ascii_lowercase())
        } else {
            diags.push(Diagnostic::new(Code::SiteBadColour, f.value_span.clone(), format!("\"{}\" is geen kleur die de app kent.", f.value)));
            None
        }
    });
    let logo = fm.get("logo").map(|f| f.value.clone()).filter(|s| !s.is_empty());
    let mut contacts = parse_contacts(src, fm.body_start.min(src.len()), &mut diags);
    if contacts.is_empty() {
        diags.push(Diagnostic::new(Code::SiteNoContacts, fm.body_start..fm.body_start, "In site.md staat geen enkele manier om te melden."));
        contacts = fallback.contacts;
    }
    diags.sort_by_key(|d| d.span.start);
    Parsed { value: SiteConfig { organisation, logo, primary_colour, contacts }, diagnostics: diags }
}

/// Reads the `##` sections after the front matter, one contact each.
fn parse_contacts(src: &str, start: usize, diags: &mut Vec<Diagnostic>) -> Vec<Contact> {
    let mut contacts = Vec::new();
    let mut current: Option<(Contact, Span)> = None;
    let finish = |current: Option<(Contact, Span)>, diags: &mut Vec<Diagnostic>, contacts: &mut Vec<Contact>| {
        if let Some((c, span)) = current {
            if c.when.is_empty() {
                diags.push(Diagnostic::new(
                    Code::SiteMissingField,
                    span,
                    format!("Bij \"{}\" staat niet wanneer je deze manier van melden gebruikt.", c.name),
                ));
            } else {
                contacts.push(c);
            }
        }
    };
    let mut pos = start;
    for raw in src.get(start..).unwrap_or("").split_inclusive('\n') {
        let span = pos..pos + raw.trim_end().len();
        pos += raw.len();
        let line = raw.trim();
        if let Some(name) = line.strip_prefix("## ") {
            finish(current.take(), diags, &mut contacts);
            let name = name.trim().to_string();
            current = Some((Contact { name, phone: None, website: None, email: None, when: String::new(), audiences: Vec::new() }, span));
            continue;
        }
        let Some((contact, _)) = current.as_mut() else { continue };
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match line.split_once(':').map(|(k, v)| (k.trim().to_lowercase(), v.trim())) {
            Some((key, value)) if contact.when.is_empty() && matches!(key.as_str(), "telefoon" | "website" | "email" | "e-mail" | "voor") => {
                match key.as_str() {
                    "telefoon" if is_phone_number(value) => contact.phone = Some(value.to_string()),
                    "telefoon" => diags.push(Diagnostic::new(
                        Code::SiteBadPhone,
                        span,
                        format!("\"{value}\" is geen telefoonnummer: er staan andere tekens in dan cijfers, spaties, streepjes of een +."),
                    )),
                    "website" if value.starts_with("https://") && check_link(value).is_ok() => contact.website = Some(value.to_string()),
                    "website" => diags.push(Diagnostic::new(Code::UnsafeLink, span, format!("Het webadres \"{value}\" moet beginnen met https://."))),
                    "voor" => contact.audiences = audiences(value, span.start + raw.find(value).unwrap_or(0), diags),
                    _ => contact.email = Some(value.to_string()),
                }
            }
            _ => {
                if !contact.when.is_empty() {
                    contact.when.push(' ');
                }
                contact.when.push_str(line);
            }
        }
    }
    finish(current.take(), diags, &mut contacts);
    contacts
}

/// Reads `voor: medewerker, trainer`. A misspelt code is reported and
/// skipped; with no valid code left the route shows for everyone, because
/// showing a route too often is better than hiding it.
fn audiences(value: &str, value_start: usize, diags: &mut Vec<Diagnostic>) -> Vec<Audience> {
    let mut found = Vec::new();
    for code in value.split([',', ';']).flat_map(|part| part.split(" en ")).map(str::trim).filter(|c| !c.is_empty()) {
        match Audience::from_code(code) {
            Some(a) if !found.contains(&a) => found.push(a),
            Some(_) => {}
            None => {
                // Point at the misspelt code itself, not at the line.
                let at = value_start + (code.as_ptr() as usize - value.as_ptr() as usize);
                diags.push(Diagnostic::new(Code::UnknownAudience, at..at + code.len(), format!("De doelgroep \"{code}\" bestaat niet.")));
            }
        }
    }
    found
}

/// Digits with spaces, dashes, dots or brackets, and at most a leading `+`:
/// anything else would be dropped from the `tel:` link without a word.
fn is_phone_number(s: &str) -> bool {
    let rest = s.strip_prefix('+').unwrap_or(s);
    rest.chars().any(|c| c.is_ascii_digit()) && rest.chars().all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '(' | ')'))
}

fn is_hex_colour(s: &str) -> bool {
    s.strip_prefix('#').is_some_and(|h| h.len() == 6 && h.chars().all(|c| c.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "---\norganisatie: Gemeente Test\nhoofdkleur: #154273\n---\n\n# Melden\n\n## Meld Misdaad Anoniem\ntelefoon: 0800-7000\nwebsite: https://www.meldmisdaadanoniem.nl\n\nJe blijft anoniem.\nOok online.\n\n## Meldpunt\nemail: meldpunt@test.nl\n\nVoor medewerkers.\n";

    #[test]
    fn reads_a_complete_file() {
        let p = parse_site(GOOD);
        assert_eq!(p.diagnostics, vec![]);
        let s = p.value;
        assert_eq!(s.organisation, "Gemeente Test");
        assert_eq!(s.primary_colour.as_deref(), Some("#154273"));
        assert_eq!(s.contacts.len(), 2);
        assert_eq!(s.contacts[0].when, "Je blijft anoniem. Ook online.");
        assert_eq!(s.contacts[0].tel_href().as_deref(), Some("tel:08007000"));
        let bad = parse_site("---\norganisatie: X\n---\n## Politie\ntelefoon: 112<script>\n\nBel.\n");
        assert_eq!(bad.diagnostics.iter().map(|d| d.code).collect::<Vec<_>>(), vec![Code::SiteBadPhone]);
        assert_eq!(bad.value.contacts[0].tel_href(), None);
        assert!(is_phone_number("+31 (0)20 123.45.67") && is_phone_number("14 0123") && !is_phone_number("bel ons") && !is_phone_number("+"));
        assert_eq!(s.contacts[1].email.as_deref(), Some("meldpunt@test.nl"));
    }

    fn codes(src: &str) -> Vec<Code> {
        parse_site(src).diagnostics.into_iter().map(|d| d.code).collect()
    }

    #[test]
    fn each_mistake_is_named_and_the_fallback_fills_in() {
        let p = parse_site("---\norganisatie: X\n---\n");
        assert_eq!(p.diagnostics[0].code, Code::SiteNoContacts);
        assert_eq!(p.value.contacts, SiteConfig::fallback().contacts);
        assert_eq!(codes("---\nhoofdkleur: blauw\n---\n## A\nb\n"), vec![Code::SiteMissingField, Code::SiteBadColour]);
        assert_eq!(codes("---\norganisatie: X\nkleur: #fff\n---\n## A\nb\n"), vec![Code::SiteUnknownKey]);
        assert_eq!(codes("---\norganisatie: X\n---\n## A\ntelefoon: 1\n"), vec![Code::SiteNoContacts, Code::SiteMissingField]);
        assert_eq!(codes("---\norganisatie: X\n---\n## A\nwebsite: javascript:alert(1)\nb\n"), vec![Code::UnsafeLink]);
        assert_eq!(codes("organisatie: X\n"), vec![Code::FrontMatterMissing, Code::SiteMissingField, Code::SiteNoContacts]);
        assert_eq!(codes("---\norganisatie: X\n---\n## A\nvoor: boeren\nb\n"), vec![Code::UnknownAudience]);
    }

    #[test]
    fn a_route_can_be_for_some_audiences_only() {
        let src = "---\norganisatie: X\n---\n## Politie\ntelefoon: 0900-8844\n\nBel.\n\n## Intern meldpunt\nemail: m@x.nl\nvoor: Medewerker, trainer en medewerker\n\nVoor collega's.\n\n## Ondernemersloket\nvoor: ondernemer; boeren\n\nVoor bedrijven.\n";
        let p = parse_site(src);
        assert_eq!(p.diagnostics.iter().map(|d| d.code).collect::<Vec<_>>(), vec![Code::UnknownAudience]);
        assert!(p.diagnostics[0].message.contains("\"boeren\""), "{}", p.diagnostics[0].message);
        assert_eq!(&src[p.diagnostics[0].span.clone()], "boeren", "the mistake is underlined, not the line");
        let site = p.value;
        assert_eq!(site.contacts[1].audiences, vec![Audience::Staff, Audience::Trainers]);
        assert_eq!(site.contacts[1].when, "Voor collega's.", "voor: is not part of the text");
        let names = |a| site.contacts_for(a).into_iter().map(|c| c.name).collect::<Vec<_>>();
        assert_eq!(names(Some(Audience::Residents)), vec!["Politie"]);
        assert_eq!(names(Some(Audience::Staff)), vec!["Politie", "Intern meldpunt"]);
        assert_eq!(names(Some(Audience::Entrepreneurs)), vec!["Politie", "Ondernemersloket"]);
        assert_eq!(names(None).len(), 3, "pages of no audience show every route");
    }
}
