//! Tells the learner when the LMS (a SCORM package's host) refused to store
//! progress. Short, and never in the way: the learner goes on as before.

use leptos::prelude::*;

use crate::app::lms::LmsStore;
use crate::app::strings as s;

/// A dismissible notice at the top of the module page (the only page that
/// talks to an LMS), as a `role="status"` region so screen readers announce
/// it without moving focus.
#[component]
pub fn LmsNotice(
    /// The page's LMS store (see `LmsStore::get`).
    lms: Option<LmsStore>,
) -> impl IntoView {
    let shown = move || lms.is_some_and(|l| l.problem.get());
    view! {
        <div role="status">
            {move || shown().then(|| view! {
                <div class="notice notice--warning lms-notice">
                    <p><strong>{s::notice_label()}": "</strong>{s::lms_problem()}</p>
                    <button type="button" class="button button--secondary" on:click=move |_| {
                        if let Some(l) = lms {
                            l.problem.set(false);
                        }
                    }>{s::dismiss()}</button>
                </div>
            })}
        </div>
    }
}
