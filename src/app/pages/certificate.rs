//! "Bewijs van deelname": a printable A4 proof that a module was completed.
//!
//! The name is typed on this page and printed, nothing more: it is stored
//! only while "onthoud mijn naam op dit apparaat" is ticked (shared library
//! computers must not keep it). The certificate itself is ordinary HTML; the
//! print stylesheet hides everything else and fits it on one A4 page.
//!
//! Accessibility criteria:
//! - Must: the name field has a visible label and hint; the print button is a
//!   real button; the certificate reads in order for a screen reader.
//! - Must: no certificate for a module that is not completed; say so and
//!   link to the module instead.

use leptos::prelude::*;
use weerbaar_core::date;
use weerbaar_core::progress::Completion;
use weerbaar_core::route::Route;

use crate::app::i18n::{lang_for, tr_core};
use crate::app::state::{ContentStore, ProgressStore};
use crate::app::strings as s;
use crate::app::widgets::load_error::with_catalogue;
use crate::app::widgets::page_title::PageTitle;
use crate::platform::{local_day, print, storage};

/// The certificate for module `id`.
#[component]
pub fn CertificatePage(
    /// Module id: its path in content/ without `.md`.
    id: String,
) -> impl IntoView {
    let progress = expect_context::<ProgressStore>();
    let id = StoredValue::new(id);
    with_catalogue(true, move |cat| {
        let id = id.get_value();
        let title = cat.value.entry(&id).map(|(_, e)| e.title.clone());
        let completed = progress.doc.with(|d| d.module(&id).and_then(|m| m.completed));
        match (title, completed) {
            (Some(title), Some(done)) => view! { <Certificate title done/> }.into_any(),
            _ => view! {
                <PageTitle text=s::cert_not_done_title().to_string()/>
                <p>{s::cert_not_done()}</p>
                <p><a href=Route::Module(id).href()>{s::cert_to_module()}</a></p>
            }
            .into_any(),
        }
    })
}

#[component]
fn Certificate(title: String, done: Completion) -> impl IntoView {
    let content = expect_context::<ContentStore>();
    // site.md may arrive after the catalogue this page waits for: read it
    // reactively, or a certificate opened early keeps the fallback's name.
    let site = Signal::derive(move || content.site_or_fallback());
    let remembered = storage::remembered_name();
    let remember = RwSignal::new(remembered.is_some());
    let name = RwSignal::new(remembered.unwrap_or_default());
    let save_failed = RwSignal::new(false);
    // Keep storage in step with the box: ticked keeps the current name,
    // unticked removes it at once.
    let sync = move || {
        let result = if remember.get_untracked() {
            storage::remember_name(&name.get_untracked())
        } else {
            storage::forget_name();
            Ok(())
        };
        save_failed.set(result.is_err());
    };
    let (year, month, day) = local_day(done.at);
    let when = date::long_with(year, month, day, tr_core);
    let organisation = move || site.with(|c| c.organisation.clone());
    let logo = move || {
        site.with(|c| c.logo.clone()).map(|path| {
            view! { <img class="certificate__logo" src=format!("content/{path}") alt=format!("Logo {}", organisation())/> }
        })
    };
    let self_made = move || format!("{} {}.", s::cert_self_made(), organisation());
    view! {
        <div class="no-print">
            <PageTitle text=s::cert_title().to_string()/>
            <p class="lead">{s::cert_intro()}</p>
            <div class="form-group">
                <label class="label" for="naam">{s::cert_name_label()}</label>
                <p class="hint" id="naam-hint">{s::cert_name_hint()}</p>
                <input class="input" type="text" id="naam" autocomplete="name" spellcheck="false" aria-describedby="naam-hint"
                    prop:value=move || name.get()
                    on:input=move |ev| { name.set(event_target_value(&ev)); if remember.get_untracked() { sync(); } }/>
            </div>
            <div class="choice">
                <input class="choice__input" type="checkbox" id="onthoud" aria-describedby="onthoud-hint"
                    prop:checked=move || remember.get()
                    on:change=move |ev| { remember.set(event_target_checked(&ev)); sync(); }/>
                <label class="choice__label" for="onthoud">{s::cert_remember()}</label>
                <p class="hint choice__hint" id="onthoud-hint">{s::cert_remember_hint()}</p>
            </div>
            {move || save_failed.get().then(|| view! { <p class="notice notice--warning" role="status">{s::cert_not_saved()}</p> })}
            <div class="button-row">
                <button type="button" class="button" on:click=move |_| print()>{s::cert_print()}</button>
            </div>
        </div>
        <section class="certificate" aria-labelledby="bewijs-titel">
            <div class="certificate__org">
                {logo}
                <p class="certificate__org-name" lang=lang_for("nl")>{organisation}</p>
            </div>
            <h2 class="certificate__title" id="bewijs-titel">{s::cert_title()}</h2>
            <p class="certificate__name">{move || {
                let n = name.get();
                if n.trim().is_empty() { s::cert_no_name().to_string() } else { n.trim().to_string() }
            }}</p>
            <p>{s::cert_finished()}</p>
            <p class="certificate__module" lang=lang_for("nl")>{title}</p>
            <p>{s::cert_on()}" "<strong>{when}</strong>
                {done.score.map(|score| view! { " "{s::cert_score()}" "<strong>{format!("{score}%")}</strong> })}"."
            </p>
            <p class="certificate__footer">{s::cert_footer()}</p>
            <p class="certificate__note">{self_made}</p>
        </section>
    }
}
