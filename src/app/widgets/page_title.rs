//! The page's one `h1`: sets the tab title and takes focus after navigation.

use leptos::prelude::*;

use crate::app::nav::Navigation;
use crate::app::strings as s;
use crate::platform::dom;

const ID: &str = "paginatitel";

/// The `h1` of a page.
///
/// After a route change, focus moves here so that screen readers announce
/// the new page (as GOV.UK does for single-page flows), and keyboard users
/// continue from the top of the new content instead of a removed link.
#[component]
pub fn PageTitle(
    /// Heading text; also used for the browser tab title.
    #[prop(into)]
    text: Signal<String>,
    /// The text's `lang` when it is content in another language than the
    /// app's (a module's title): see `i18n::content_lang`.
    #[prop(default = None)]
    lang: Option<&'static str>,
) -> impl IntoView {
    let nav = expect_context::<Navigation>();
    // Inside the studio's preview a player's "page title" is a heading of
    // the preview, not of the page: no tab title, no focus on navigation.
    if use_context::<Preview>().is_some() {
        return view! { <h2 id=ID tabindex="-1" class="preview-title" lang=lang>{text}</h2> }.into_any();
    }
    Effect::new(move |_| {
        dom::set_title(&s::document_title(&text.get()));
        if nav.take_focus_request() {
            match nav.take_return() {
                Some(link) => dom::return_to(link, ID),
                None => dom::focus_id_once_attached(ID),
            }
        }
    });
    view! { <h1 id=ID tabindex="-1" lang=lang>{text}</h1> }.into_any()
}

/// Provided around a preview (the authoring studio's), see [`PageTitle`].
#[derive(Clone, Copy)]
pub struct Preview;
