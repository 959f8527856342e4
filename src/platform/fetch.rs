//! Loading content files from the site.

use js_sys::{Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Why a file could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchError {
    /// No answer at all: offline, or blocked.
    Network,
    /// The server answered 404.
    NotFound,
    /// Another HTTP error.
    Status(u16),
}

/// Fetches a text file relative to the page, e.g. `content/SUMMARY.md`.
///
/// Uses `cache: no-cache` so that a trainer's edit to a Markdown file on the
/// server shows up on the next visit (the browser revalidates, which is cheap).
/// The files every page reads first were already requested by the boot
/// script ([`take_early`]); their answer is used once, a retry fetches anew.
pub async fn fetch_text(url: &str) -> Result<String, FetchError> {
    let window = web_sys::window().ok_or(FetchError::Network)?;
    let early = match take_early(&window, url) {
        Some(early) => JsFuture::from(early).await.ok().and_then(|r| r.dyn_into::<web_sys::Response>().ok()),
        None => None,
    };
    let response = match early {
        Some(response) => response,
        None => {
            let init = web_sys::RequestInit::new();
            init.set_cache(web_sys::RequestCache::NoCache);
            let request = web_sys::Request::new_with_str_and_init(url, &init).map_err(|_| FetchError::Network)?;
            let response = JsFuture::from(window.fetch_with_request(&request)).await.map_err(|_| FetchError::Network)?;
            response.dyn_into().map_err(|_| FetchError::Network)?
        }
    };
    match response.status() {
        200..=299 => {}
        404 => return Err(FetchError::NotFound),
        s => return Err(FetchError::Status(s)),
    }
    let text = response.text().map_err(|_| FetchError::Network)?;
    let text = JsFuture::from(text).await.map_err(|_| FetchError::Network)?;
    Ok(text.as_string().unwrap_or_default())
}

/// The boot script's request for `url`, taken once (`window.weerbaarEarly`,
/// written by `scripts/boot.mjs`): site.md, SUMMARY.md and preparsed.json,
/// and on a module deep link modules.json, the module's files and the
/// glossary's, start downloading with the app, not after it has started,
/// which saves a round trip on every visit (issue 20). It resolves to the
/// response, or to `null` when the script did not fetch the file after all
/// (no network, a module the build did not ship): then [`fetch_text`] asks
/// itself.
fn take_early(window: &web_sys::Window, url: &str) -> Option<Promise> {
    let early = Reflect::get(window, &JsValue::from_str("weerbaarEarly")).ok().filter(JsValue::is_object)?;
    let key = JsValue::from_str(url);
    let pending = Reflect::get(&early, &key).ok()?.dyn_into::<Promise>().ok()?;
    let _ = Reflect::delete_property(early.unchecked_ref::<js_sys::Object>(), &key);
    Some(pending)
}
