//! Tells the learner when progress cannot be stored as usual.

use leptos::prelude::*;

use crate::app::state::ProgressStore;
use crate::app::strings as s;
use crate::platform::storage::StorageProblem;

/// A dismissible notice under the header. It is a `role="status"` region so
/// screen readers announce it without stealing focus from the page.
#[component]
pub fn StorageNotice() -> impl IntoView {
    let progress = expect_context::<ProgressStore>();
    let text = move || {
        progress.problem.get().map(|p| match p {
            StorageProblem::Blocked => s::storage_blocked(),
            StorageProblem::Full => s::storage_full(),
            StorageProblem::KeptAside => s::storage_kept_aside(),
            StorageProblem::TooNew => s::storage_too_new(),
        })
    };
    view! {
        <div role="status" class="wrap">
            {move || text().map(|t| view! {
                <div class="notice notice--warning storage-notice">
                    <p><strong>{s::notice_label()}": "</strong>{t}</p>
                    <button type="button" class="button button--secondary" on:click=move |_| progress.problem.set(None)>{s::dismiss()}</button>
                </div>
            })}
        </div>
    }
}
