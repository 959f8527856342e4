//! "Je gegevens op dit apparaat": download, import and erase progress.
//!
//! Import follows the GOV.UK file-upload pattern: a label, a hint, a file
//! input and a button; the outcome is announced in a live region and never
//! changes existing progress unless the file was accepted.

use leptos::prelude::*;
use weerbaar_core::progress::schema::{self, ImportError};
use weerbaar_core::progress::ProgressDoc;

use crate::app::state::{ProgressStore, SessionEnd, YouthSession};
use crate::app::strings as s;
use crate::platform::files::{self, ReadError};
use crate::platform::{offline, storage};

/// What the last action did, for the live region.
#[derive(Clone, PartialEq)]
enum Outcome {
    Imported(usize),
    Refused(&'static str),
    Erased,
}

/// The data section of "Mijn voortgang".
#[component]
pub fn MyData() -> impl IntoView {
    let progress = expect_context::<ProgressStore>();
    let youth = expect_context::<YouthSession>();
    let outcome = RwSignal::new(None::<Outcome>);
    let confirming = RwSignal::new(false);
    let input = NodeRef::<leptos::html::Input>::new();

    let export = move |_| {
        let text = progress.doc.with_untracked(schema::encode);
        let date = js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default();
        let name = format!("weerbaar-voortgang-{}.json", date.get(..10).unwrap_or("export"));
        if files::download(&name, "application/json", &text).is_err() {
            outcome.set(Some(Outcome::Refused(s::export_failed())));
        }
    };
    let import = move |_| {
        let Some(el) = input.get() else { return };
        leptos::task::spawn_local(async move {
            let result = match files::read_picked(&el, schema::MAX_IMPORT_BYTES).await {
                None => Outcome::Refused(s::import_no_file()),
                Some(Err(ReadError::TooLarge)) => Outcome::Refused(s::import_too_large()),
                Some(Err(ReadError::Unreadable)) => Outcome::Refused(s::import_unreadable()),
                Some(Ok(text)) => match schema::import(&text) {
                    Ok(theirs) => {
                        let count = theirs.modules.keys().filter(|id| !weerbaar_core::measure::learner::is_own_measure(id)).count();
                        progress.doc.update(|d| {
                            d.merge(&theirs);
                        });
                        Outcome::Imported(count)
                    }
                    Err(ImportError::TooLarge) => Outcome::Refused(s::import_too_large()),
                    Err(ImportError::NotProgress) => Outcome::Refused(s::import_not_progress()),
                    Err(ImportError::TooNew) => Outcome::Refused(s::import_too_new()),
                    Err(ImportError::Implausible) => Outcome::Refused(s::import_implausible()),
                },
            };
            outcome.set(Some(result));
        });
    };
    let erase = move |_| {
        leptos::task::spawn_local(async move {
            let _ = storage::clear_all();
            // In a shared-computer session that wiped the session (its
            // marker too): end it properly, so nothing is written to this
            // device's localStorage as if the session were still running.
            if youth.shared.get_untracked() {
                youth.end(progress, SessionEnd::Done);
            }
            offline::clear().await;
            progress.doc.set(ProgressDoc::default());
            progress.problem.set(None);
            confirming.set(false);
            outcome.set(Some(Outcome::Erased));
        });
    };

    view! {
        <section class="my-data" aria-labelledby="je-gegevens">
            <h2 id="je-gegevens">{s::data_title()}</h2>
            <p>{s::data_intro()}</p>
            <div class="outcome" role="status">
                {move || outcome.get().map(|o| match o {
                    Outcome::Imported(n) => view! { <p class="notice notice--success">{format!("{} {n} {}", s::import_ok(), s::import_ok_modules())}</p> }.into_any(),
                    Outcome::Refused(why) => view! { <p class="notice notice--error">{why}" "{s::import_unchanged()}</p> }.into_any(),
                    Outcome::Erased => view! { <p class="notice notice--success">{s::erase_done()}</p> }.into_any(),
                })}
            </div>
            <h3>{s::export_title()}</h3>
            <button type="button" class="button button--secondary" on:click=export>{s::export_button()}</button>
            <h3>{s::import_title()}</h3>
            <div class="form-group">
                <label class="label" for="voortgang-bestand">{s::import_label()}</label>
                <p class="hint" id="voortgang-bestand-hint">{s::import_hint()}</p>
                <input class="file-input" type="file" id="voortgang-bestand" accept=".json,application/json" aria-describedby="voortgang-bestand-hint" node_ref=input/>
            </div>
            <button type="button" class="button button--secondary" on:click=import>{s::import_button()}</button>
            <h3>{s::erase_title()}</h3>
            <p>{s::erase_intro()}</p>
            {move || if confirming.get() {
                view! {
                    <div class="notice notice--warning" role="group" aria-labelledby="wis-vraag">
                        <p id="wis-vraag"><strong>{s::erase_confirm()}</strong></p>
                        <div class="button-row">
                            <button type="button" class="button button--danger" on:click=erase>{s::erase_yes()}</button>
                            <button type="button" class="button button--secondary" on:click=move |_| confirming.set(false)>{s::erase_no()}</button>
                        </div>
                    </div>
                }.into_any()
            } else {
                view! { <button type="button" class="button button--danger" on:click=move |_| confirming.set(true)>{s::erase_button()}</button> }.into_any()
            }}
        </section>
    }
}
