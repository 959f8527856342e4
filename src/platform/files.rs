//! Files the learner downloads or picks: progress export and import.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why a picked file could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadError {
    /// Larger than allowed; not read at all.
    TooLarge,
    /// The browser could not read it.
    Unreadable,
}

/// Offers `text` as a download called `name`, of media type `mime`.
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), ()> {
    let document = web_sys::window().and_then(|w| w.document()).ok_or(())?;
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|_| ())?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| ())?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").map_err(|_| ())?.dyn_into().map_err(|_| ())?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Reads the first file picked in `input`, refusing files over `max_bytes`
/// before reading them (a hostile file must not hang the tab).
pub async fn read_picked(input: &web_sys::HtmlInputElement, max_bytes: usize) -> Option<Result<String, ReadError>> {
    let file = input.files()?.get(0)?;
    if file.size() > max_bytes as f64 {
        return Some(Err(ReadError::TooLarge));
    }
    let text = JsFuture::from(file.text()).await.ok().and_then(|t| t.as_string());
    Some(text.ok_or(ReadError::Unreadable))
}

/// Reads every file picked in `input` as bytes, with its name; a file over
/// `max_bytes` is refused before it is read.
pub async fn read_all_picked(input: &web_sys::HtmlInputElement, max_bytes: usize) -> Vec<(String, Result<Vec<u8>, ReadError>)> {
    let Some(list) = input.files() else { return Vec::new() };
    let mut out = Vec::new();
    for i in 0..list.length() {
        let Some(file) = list.get(i) else { continue };
        let read = if file.size() > max_bytes as f64 {
            Err(ReadError::TooLarge)
        } else {
            JsFuture::from(file.array_buffer()).await.map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec()).map_err(|_| ReadError::Unreadable)
        };
        out.push((file.name(), read));
    }
    out
}
