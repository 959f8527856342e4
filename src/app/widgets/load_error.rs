//! A failed download, with a way to try again.

use leptos::prelude::*;

use crate::app::strings as s;
use crate::platform::fetch::FetchError;

/// Message for a failed fetch, with a retry button.
#[component]
pub fn LoadError(
    /// What went wrong.
    error: FetchError,
    /// Called when the learner presses "Probeer opnieuw".
    on_retry: Callback<()>,
) -> impl IntoView {
    let detail = match error {
        FetchError::Network => s::LOAD_FAILED_OFFLINE,
        FetchError::NotFound | FetchError::Status(_) => s::LOAD_FAILED_STATUS,
    };
    view! {
        <div class="notice notice--error" role="alert">
            <h2 class="notice__title">{s::LOAD_FAILED_TITLE}</h2>
            <p>{detail}</p>
            <button type="button" class="button" on:click=move |_| on_retry.run(())>{s::RETRY}</button>
        </div>
    }
}

/// A polite "loading" message for screen readers and sighted users alike.
#[component]
pub fn Loading() -> impl IntoView {
    view! { <p class="loading" role="status">{s::LOADING}</p> }
}
