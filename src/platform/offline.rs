//! Offline support: registers the service worker (`web/sw.js`, completed at
//! build time) and passes on that a new version is waiting.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/platform/offline.js")]
extern "C" {
    #[wasm_bindgen(js_name = registerServiceWorker)]
    fn register_service_worker(on_update: &js_sys::Function) -> bool;
    #[wasm_bindgen(js_name = activateUpdate)]
    fn activate_update();
    #[wasm_bindgen(js_name = keepForOffline)]
    fn keep_for_offline(paths: Vec<String>);
    #[wasm_bindgen(js_name = clearOfflineData)]
    fn clear_offline_data() -> js_sys::Promise;
}

/// Registers the service worker; `on_update` runs when a new version has
/// been downloaded and waits. Debug builds (`trunk serve`) skip it, so a
/// cache never hides a developer's change. Blocked by policy: nothing happens.
pub fn register(on_update: impl Fn() + 'static) {
    if cfg!(debug_assertions) {
        return;
    }
    let callback = Closure::<dyn Fn()>::new(on_update);
    register_service_worker(callback.as_ref().unchecked_ref());
    // Lives as long as the page: the worker may report an update any time.
    callback.forget();
}

/// Switches to the waiting version; the page reloads when it takes over.
pub fn apply_update() {
    activate_update();
}

/// Asks the service worker to keep `paths` (relative to the site) for
/// offline use; the worker fetches only what it does not have yet.
pub fn keep(paths: Vec<String>) {
    if cfg!(debug_assertions) || paths.is_empty() {
        return;
    }
    keep_for_offline(paths);
}

/// Deletes the app's caches and unregisters the service worker.
pub async fn clear() {
    let _ = wasm_bindgen_futures::JsFuture::from(clear_offline_data()).await;
}
