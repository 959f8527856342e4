//! Where to report: the contacts from site.md. Their names and hours are
//! the site's Dutch text, marked `lang="nl"` when the app speaks another
//! language; "Bel", "Website" around them are the app's words.

use leptos::prelude::*;
use weerbaar_core::content::site::Contact;

use crate::app::i18n::lang_for;
use crate::app::strings as s;

/// The list of reporting routes, each with when to use it.
#[component]
pub fn ContactList(
    /// Contacts in the order site.md gives them.
    #[prop(into)]
    contacts: Signal<Vec<Contact>>,
) -> impl IntoView {
    view! {
        <ul class="contacts">
            {move || contacts.get().into_iter().map(|c| view! { <ContactCard contact=c/> }).collect::<Vec<_>>()}
        </ul>
    }
}

/// One line per reporting route (name and number), for the footer: the
/// full explanation is in every module's "Wat kun je doen?".
#[component]
pub fn ContactLine(
    /// Contacts in the order site.md gives them.
    #[prop(into)]
    contacts: Signal<Vec<Contact>>,
) -> impl IntoView {
    view! {
        <ul class="contact-line">
            {move || contacts.get().into_iter().map(|c| {
                let way = match (c.tel_href(), c.phone.clone(), c.email.clone()) {
                    (Some(href), Some(phone), _) => Some((href, phone)),
                    (_, _, Some(mail)) => Some((format!("mailto:{mail}"), mail)),
                    _ => None,
                };
                // "Bij gevaar: bel 112" already says its number: the name
                // itself becomes the link instead of "... 112 112".
                match way {
                    Some((href, text)) if c.name.contains(&text) => view! {
                        <li><a class="contact-line__name" href=href lang=lang_for("nl")>{c.name.clone()}</a></li>
                    }.into_any(),
                    way => view! {
                        <li>
                            <span class="contact-line__name" lang=lang_for("nl")>{c.name.clone()}</span>
                            {way.map(|(href, text)| view! { <a href=href>{text}</a> })}
                        </li>
                    }.into_any(),
                }
            }).collect::<Vec<_>>()}
        </ul>
    }
}

#[component]
fn ContactCard(contact: Contact) -> impl IntoView {
    let tel = contact.tel_href();
    let phone = contact.phone.clone();
    let mail = contact.email.clone().map(|m| (format!("mailto:{m}"), m));
    view! {
        <li class="contact">
            <strong class="contact__name" lang=lang_for("nl")>{contact.name.clone()}</strong>
            <span class="contact__when" lang=lang_for("nl")>{contact.when.clone()}</span>
            <span class="contact__ways">
                {tel.zip(phone).map(|(href, phone)| view! { <a class="contact__phone" href=href>{s::call()}" "{phone}</a> })}
                {contact.website.clone().map(|w| view! { <a href=w rel="noreferrer">{s::website()}<span class="visually-hidden" lang=lang_for("nl")>" "{contact.name.clone()}</span></a> })}
                {mail.map(|(href, m)| view! { <a href=href>{s::email()}": "{m}</a> })}
            </span>
        </li>
    }
}
