//! "Nieuwe versie beschikbaar": offered, never forced, so nobody loses the
//! page they are on.

use leptos::prelude::*;

use crate::app::strings as s;
use crate::platform::offline;

/// Whether a new version of the app is waiting.
#[derive(Clone, Copy)]
pub struct UpdateAvailable(pub RwSignal<bool>);

impl UpdateAvailable {
    /// Registers the service worker and remembers when an update waits.
    pub fn start() -> Self {
        let flag = RwSignal::new(false);
        offline::register(move || flag.set(true));
        UpdateAvailable(flag)
    }
}

/// The banner with the reload button.
#[component]
pub fn UpdateNotice() -> impl IntoView {
    let update = expect_context::<UpdateAvailable>();
    view! {
        <div role="status" class="wrap">
            {move || update.0.get().then(|| view! {
                <div class="notice notice--info update-notice">
                    <p>{s::update_available()}</p>
                    <button type="button" class="button" on:click=|_| offline::apply_update()>{s::update_reload()}</button>
                </div>
            })}
        </div>
    }
}
