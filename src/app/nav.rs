//! The hash router: the current [`Route`] as a signal, and focus handling.

use leptos::ev;
use leptos::prelude::*;
use weerbaar_core::route::Route;

use crate::platform::dom;

/// Current route, and whether the next page heading should take focus.
#[derive(Clone, Copy)]
pub struct Navigation {
    /// The page to show.
    pub route: ReadSignal<Route>,
    /// The whole hash, also when only its query changed (a scenario's
    /// `?stap=` after the browser's Back button).
    pub hash: ReadSignal<String>,
    /// Set by a navigation, cleared by the heading that takes focus.
    focus_pending: RwSignal<bool>,
}

impl Navigation {
    /// Reads the route from the URL and follows `hashchange`.
    pub fn start() -> Self {
        let (route, set_route) = signal(Route::parse(&dom::current_hash()).unwrap_or(Route::Home));
        let (hash, set_hash) = signal(dom::current_hash());
        let focus_pending = RwSignal::new(false);
        let handle = window_event_listener(ev::hashchange, move |_| {
            let current = dom::current_hash();
            // In-page anchors (the skip link) are not routes: stay put. The
            // same page with another query (a scenario step) stays too; the
            // page itself follows `hash`.
            if let Some(next) = Route::parse(&current) {
                if next != route.get_untracked() {
                    focus_pending.set(true);
                    set_route.set(next);
                    dom::scroll_to_top();
                }
            }
            set_hash.set(current);
        });
        let links = dom::follow_links_without_history();
        on_cleanup(move || {
            handle.remove();
            links.remove();
        });
        Navigation { route, hash, focus_pending }
    }

    /// True once, after a navigation. On the first page load focus stays at
    /// the top of the document, where screen readers start reading anyway.
    pub fn take_focus_request(&self) -> bool {
        let pending = self.focus_pending.get_untracked();
        if pending {
            self.focus_pending.set(false);
        }
        pending
    }

    /// Asks the next page title to take focus, as after a navigation: the
    /// page's content was replaced without one (another language).
    pub fn request_focus(&self) {
        self.focus_pending.set(true);
    }
}
