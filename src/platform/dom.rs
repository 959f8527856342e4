//! Small DOM helpers for focus, titles and the last-resort error screen.

use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Sets the browser tab title.
pub fn set_title(title: &str) {
    if let Some(doc) = document() {
        doc.set_title(title);
    }
}

/// Moves focus to the element with `id` (it needs `tabindex="-1"` when it
/// is not focusable by itself).
pub fn focus_id(id: &str) {
    if let Some(el) = document().and_then(|d| d.get_element_by_id(id)).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// Like [`focus_id`], for an element that may not be in the document yet: a
/// page whose code was just fetched renders its heading before it is
/// attached. Then focus waits for a frame in which it is there: on a slow
/// device that can be more than the next one (a keyboard user once stayed
/// on the link they had followed), but no longer than about a second, so a
/// heading that never comes does not keep a loop of frames going.
pub fn focus_id_once_attached(id: &'static str) {
    focus_when_attached(id, 60);
}

fn focus_when_attached(id: &'static str, frames_left: u32) {
    if document().and_then(|d| d.get_element_by_id(id)).is_some() {
        focus_id(id);
    } else if frames_left > 0 {
        leptos::prelude::request_animation_frame(move || focus_when_attached(id, frames_left - 1));
    }
}

/// The value of `attribute` on the element under the point (`x`, `y`, in
/// CSS pixels of the viewport) or its nearest ancestor that has it: where
/// a dragged thing was let go. Looks through everything stacked there, so
/// the dragged element itself does not hide what lies beneath it.
pub fn attribute_at(x: i32, y: i32, attribute: &str) -> Option<String> {
    let selector = format!("[{attribute}]");
    document()?
        .elements_from_point(x as f32, y as f32)
        .iter()
        .find_map(|e| e.dyn_into::<web_sys::Element>().ok()?.closest(&selector).ok().flatten())?
        .get_attribute(attribute)
}

/// Notes in the current history entry which in-app link is being followed
/// and how far the page is scrolled (the click reaches the window before
/// the link's navigation adds the next entry), so Back can return there.
pub fn remember_followed_links() -> leptos::prelude::WindowListenerHandle {
    // The app places the page itself: at the top, or at the link it
    // returns to.
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
    }
    leptos::prelude::window_event_listener(leptos::ev::click, |ev| {
        let link = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|el| el.closest("a[href^='#/']").ok().flatten());
        let (Some(href), Some(w)) = (link.and_then(|a| a.get_attribute("href")), web_sys::window()) else { return };
        // During a shared-computer session the link has already replaced
        // this entry (`follow_links_without_history`): there is no page to
        // come back to, and a note here would land on the new page.
        if ev.default_prevented() || current_hash() == href {
            return;
        }
        // `as` saturates: a negative or NaN scroll is 0.
        let followed = weerbaar_core::route::FollowedLink { scrolled: w.scroll_y().unwrap_or(0.0).round() as u32, href };
        if let Ok(history) = w.history() {
            let _ = history.replace_state(&wasm_bindgen::JsValue::from_str(&followed.encode()), "");
        }
    })
}

/// What the current history entry remembers of a link followed from it.
pub fn followed_link() -> Option<weerbaar_core::route::FollowedLink> {
    let state = web_sys::window()?.history().ok()?.state().ok()?.as_string()?;
    weerbaar_core::route::FollowedLink::decode(&state)
}

/// Back on a page left through `link`: focus that link again and scroll as
/// far as it was, once the page is there; the heading (`fallback`) when the
/// link is gone (the list changed, or its content is still loading).
pub fn return_to(link: weerbaar_core::route::FollowedLink, fallback: &'static str) {
    // From the next frame: what the page draws from memory (the list's
    // durations) is there by then.
    leptos::prelude::request_animation_frame(move || return_when_attached(link, fallback, 60));
}

fn return_when_attached(link: weerbaar_core::route::FollowedLink, fallback: &'static str, frames_left: u32) {
    let Some(doc) = document() else { return };
    if doc.get_element_by_id(fallback).is_none() && frames_left > 0 {
        leptos::prelude::request_animation_frame(move || return_when_attached(link, fallback, frames_left - 1));
        return;
    }
    let selector = format!("main a[href=\"{}\"]", link.href.replace('\\', "\\\\").replace('"', "\\\""));
    let target = web_sys::window().and_then(|w| same_link_in_view(&doc, &selector, &w, f64::from(link.scrolled)));
    match (target, web_sys::window()) {
        (Some(a), Some(w)) => {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = a.focus_with_options(&options);
            w.scroll_to_with_x_and_y(0.0, f64::from(link.scrolled));
        }
        _ => focus_id(fallback),
    }
}

/// The link matching `selector` that is on screen once the page is
/// scrolled to `scrolled`: the same module can be linked twice ("Verder
/// waar je was" at the top, and in the list), and Back must focus the one
/// that was followed, not one off screen. The first match when none is.
fn same_link_in_view(doc: &web_sys::Document, selector: &str, w: &web_sys::Window, scrolled: f64) -> Option<web_sys::HtmlElement> {
    let links = doc.query_selector_all(selector).ok()?;
    let now = w.scroll_y().unwrap_or(0.0);
    let height = w.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    let candidates: Vec<web_sys::HtmlElement> = (0..links.length()).filter_map(|i| links.item(i)?.dyn_into().ok()).collect();
    let in_view = candidates.iter().position(|a| {
        let top = a.get_bounding_client_rect().top() + now;
        top >= scrolled && top < scrolled + height
    });
    in_view.or((!candidates.is_empty()).then_some(0)).map(|i| candidates[i].clone())
}

/// The URL's hash, e.g. `#/voor/jeugd`.
pub fn current_hash() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Navigates to `hash` (a route's href), as following a link would. During
/// a shared-computer session the history entry is replaced instead of added
/// (see [`follow_links_without_history`]).
pub fn go_to(hash: &str) {
    if let Some(w) = web_sys::window() {
        if super::storage::is_shared() {
            let _ = w.location().replace(hash);
        } else {
            let _ = w.location().set_hash(hash);
        }
    }
}

/// Adds a history entry for `hash` without a `hashchange` (the page is
/// already showing it), so the browser's Back button returns to the current
/// state. During a shared-computer session the entry is replaced instead, as
/// with links.
pub fn push_hash(hash: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = if super::storage::is_shared() {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(hash))
        } else {
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(hash))
        };
    }
}

/// Replaces the current history entry's hash without a `hashchange`.
pub fn replace_hash(hash: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(hash));
    }
}

/// During a shared-computer session, a click on an in-app link replaces the
/// current history entry instead of adding one: after "Klaar" the next
/// child finds no trail of module pages under the browser's Back button.
/// Outside such a session links behave as links always do.
pub fn follow_links_without_history() -> leptos::prelude::WindowListenerHandle {
    use wasm_bindgen::JsCast;
    leptos::prelude::window_event_listener(leptos::ev::click, |ev| {
        let plain = ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key());
        if !plain || ev.default_prevented() || !super::storage::is_shared() {
            return;
        }
        let link = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|el| el.closest("a[href^='#/']").ok().flatten());
        if let Some(href) = link.and_then(|a| a.get_attribute("href")) {
            ev.prevent_default();
            go_to(&href);
        }
    })
}

/// How far to the right the content of scrollable `el` has been shown, in
/// tenths of a percent of its width (1000: all of it), for a picture wider
/// than a phone's screen.
pub fn shown_right(el: &web_sys::Element) -> u16 {
    let width = el.scroll_width().max(1);
    ((el.scroll_left() + el.client_width()) * 1000 / width).clamp(0, 1000) as u16
}

/// Where across its target a click landed, in thousandths of the target's
/// width (0 at the left edge).
pub fn click_fraction(ev: &web_sys::MouseEvent) -> u16 {
    use wasm_bindgen::JsCast;
    let width = ev.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).map_or(1, |el| el.client_width().max(1));
    (ev.offset_x().max(0) * 1000 / width).clamp(0, 1000) as u16
}

/// Scrolls scrollable `el` so that `at` (thousandths of its content width)
/// is in the middle of what shows.
pub fn scroll_to_fraction(el: &web_sys::Element, at: u16) {
    let target = el.scroll_width() * i32::from(at) / 1000 - el.client_width() / 2;
    el.set_scroll_left(target.max(0));
}

/// Moves focus, without scrolling, to the first of the elements matching
/// `selector` inside scrollable `el` that shows within it: after zooming in,
/// keyboard and screen-reader users continue where the picture now is.
pub fn focus_first_shown(el: &web_sys::Element, selector: &str) {
    use wasm_bindgen::JsCast;
    let Ok(items) = el.query_selector_all(selector) else { return };
    let view = el.get_bounding_client_rect();
    let shown = (0..items.length()).filter_map(|i| items.item(i)?.dyn_into::<web_sys::HtmlElement>().ok()).find(|item| {
        let r = item.get_bounding_client_rect();
        r.left() >= view.left() && r.right() <= view.right()
    });
    if let Some(item) = shown {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = item.focus_with_options(&options);
    }
}

/// Scrolls the window back to the top, as a page load would.
pub fn scroll_to_top() {
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Removes the static "loading" text that index.html shows before the app runs.
pub fn remove_boot_message() {
    if let Some(el) = document().and_then(|d| d.get_element_by_id("laden")) {
        el.remove();
    }
}

/// Replaces the page with a plain error screen. Called from the panic hook,
/// when the app itself can no longer run, so it uses the DOM directly.
pub fn show_fatal_error(title: &str, text: &str, reload: &str) {
    let Some(doc) = document() else { return };
    let Some(body) = doc.body() else { return };
    body.set_text_content(None);
    let make = |tag: &str, text: &str| {
        let el = doc.create_element(tag).ok()?;
        el.set_text_content(Some(text));
        Some(el)
    };
    let Some(main) = doc.create_element("main").ok() else { return };
    main.set_class_name("fatal");
    if let Some(h1) = make("h1", title) {
        let _ = h1.set_attribute("tabindex", "-1");
        let _ = main.append_child(&h1);
    }
    if let Some(p) = make("p", text) {
        let _ = main.append_child(&p);
    }
    if let Some(a) = make("a", reload) {
        // A link to the start page reloads the app from scratch.
        let _ = a.set_attribute("href", "./");
        let _ = a.set_attribute("class", "button");
        let _ = main.append_child(&a);
    }
    let _ = body.append_child(&main);
    set_title(title);
}

/// Sets a CSS custom property on `<html>`. Uses the CSSOM, which the strict
/// CSP allows (a `style` attribute in markup would be blocked).
pub fn set_css_variable(name: &str, value: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = root.style().set_property(name, value);
    }
}

/// The page's full height and the window's height, in CSS pixels: more of
/// the first than of the second means the page scrolls.
pub fn page_and_window_height() -> (u32, u32) {
    let Some(w) = web_sys::window() else { return (0, 0) };
    let page = w.document().and_then(|d| d.scrolling_element()).map_or(0, |e| e.scroll_height().max(0) as u32);
    let window = w.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0) as u32;
    (page, window)
}

/// Sets `data-<name>` on `<html>`.
pub fn set_root_data(name: &str, value: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute(&format!("data-{name}"), value);
    }
}

/// Whether every picture matching `selector` has loaded (or failed to):
/// until then the page's height is not final.
pub fn images_loaded(selector: &str) -> bool {
    use wasm_bindgen::JsCast;
    let Some(images) = document().and_then(|d| d.query_selector_all(selector).ok()) else { return true };
    (0..images.length()).filter_map(|i| images.item(i)?.dyn_into::<web_sys::HtmlImageElement>().ok()).all(|img| img.complete())
}

/// Removes `data-<name>` from `<html>`.
pub fn remove_root_data(name: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.remove_attribute(&format!("data-{name}"));
    }
}

/// Adds or removes a class on `<html>` (e.g. the presenter theme).
pub fn set_root_class(class: &str, on: bool) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let list = root.class_list();
        let _ = if on { list.add_1(class) } else { list.remove_1(class) };
    }
}

/// Whether focus is on something that uses Space and Enter itself (a
/// button, link, field or summary), so page-wide keys must leave them be.
pub fn focus_is_on_control() -> bool {
    document()
        .and_then(|d| d.active_element())
        .is_some_and(|el| matches!(el.tag_name().to_ascii_lowercase().as_str(), "button" | "a" | "input" | "textarea" | "select" | "summary"))
}

/// Sets the page's language (`<html lang>`), which screen readers and
/// the browser's hyphenation and speech follow.
pub fn set_page_language(code: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", code);
    }
}
