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
            outcome.set(Some(Outcome::Refused(s::EXPORT_FAILED)));
        }
    };
    let import = move |_| {
        let Some(el) = input.get() else { return };
        leptos::task::spawn_local(async move {
            let result = match files::read_picked(&el, schema::MAX_IMPORT_BYTES).await {
                None => Outcome::Refused(s::IMPORT_NO_FILE),
                Some(Err(ReadError::TooLarge)) => Outcome::Refused(s::IMPORT_TOO_LARGE),
                Some(Err(ReadError::Unreadable)) => Outcome::Refused(s::IMPORT_UNREADABLE),
                Some(Ok(text)) => match schema::import(&text) {
                    Ok(theirs) => {
                        let count = theirs.modules.keys().filter(|id| !weerbaar_core::measure::learner::is_own_measure(id)).count();
                        progress.doc.update(|d| {
                            d.merge(&theirs);
                        });
                        Outcome::Imported(count)
                    }
                    Err(ImportError::TooLarge) => Outcome::Refused(s::IMPORT_TOO_LARGE),
                    Err(ImportError::NotProgress) => Outcome::Refused(s::IMPORT_NOT_PROGRESS),
                    Err(ImportError::TooNew) => Outcome::Refused(s::IMPORT_TOO_NEW),
                    Err(ImportError::Implausible) => Outcome::Refused(s::IMPORT_IMPLAUSIBLE),
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
            <h2 id="je-gegevens">{s::DATA_TITLE}</h2>
            <p>{s::DATA_INTRO}</p>
            <div class="outcome" role="status">
                {move || outcome.get().map(|o| match o {
                    Outcome::Imported(n) => view! { <p class="notice notice--success">{format!("{} {n} {}", s::IMPORT_OK, s::IMPORT_OK_MODULES)}</p> }.into_any(),
                    Outcome::Refused(why) => view! { <p class="notice notice--error">{why}" "{s::IMPORT_UNCHANGED}</p> }.into_any(),
                    Outcome::Erased => view! { <p class="notice notice--success">{s::ERASE_DONE}</p> }.into_any(),
                })}
            </div>
            <h3>{s::EXPORT_TITLE}</h3>
            <button type="button" class="button button--secondary" on:click=export>{s::EXPORT_BUTTON}</button>
            <h3>{s::IMPORT_TITLE}</h3>
            <div class="form-group">
                <label class="label" for="voortgang-bestand">{s::IMPORT_LABEL}</label>
                <p class="hint" id="voortgang-bestand-hint">{s::IMPORT_HINT}</p>
                <input class="file-input" type="file" id="voortgang-bestand" accept=".json,application/json" aria-describedby="voortgang-bestand-hint" node_ref=input/>
            </div>
            <button type="button" class="button button--secondary" on:click=import>{s::IMPORT_BUTTON}</button>
            <h3>{s::ERASE_TITLE}</h3>
            <p>{s::ERASE_INTRO}</p>
            {move || if confirming.get() {
                view! {
                    <div class="notice notice--warning" role="group" aria-labelledby="wis-vraag">
                        <p id="wis-vraag"><strong>{s::ERASE_CONFIRM}</strong></p>
                        <div class="button-row">
                            <button type="button" class="button button--danger" on:click=erase>{s::ERASE_YES}</button>
                            <button type="button" class="button button--secondary" on:click=move |_| confirming.set(false)>{s::ERASE_NO}</button>
                        </div>
                    </div>
                }.into_any()
            } else {
                view! { <button type="button" class="button button--danger" on:click=move |_| confirming.set(true)>{s::ERASE_BUTTON}</button> }.into_any()
            }}
        </section>
    }
}
