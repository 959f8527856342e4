//! Loading content files from the site.

use wasm_bindgen::JsCast;
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
pub async fn fetch_text(url: &str) -> Result<String, FetchError> {
    let window = web_sys::window().ok_or(FetchError::Network)?;
    let init = web_sys::RequestInit::new();
    init.set_cache(web_sys::RequestCache::NoCache);
    let request = web_sys::Request::new_with_str_and_init(url, &init).map_err(|_| FetchError::Network)?;
    let response = JsFuture::from(window.fetch_with_request(&request)).await.map_err(|_| FetchError::Network)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| FetchError::Network)?;
    match response.status() {
        200..=299 => {}
        404 => return Err(FetchError::NotFound),
        s => return Err(FetchError::Status(s)),
    }
    let text = response.text().map_err(|_| FetchError::Network)?;
    let text = JsFuture::from(text).await.map_err(|_| FetchError::Network)?;
    Ok(text.as_string().unwrap_or_default())
}
