//! The hash router: the current [`Route`] as a signal, and focus handling.

use leptos::ev;
use leptos::prelude::*;
use weerbaar_core::route::{FollowedLink, Route};

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
    /// Set when Back (or Forward) reaches a page that was left through a
    /// link: the heading then hands focus to that link instead.
    returning: StoredValue<Option<FollowedLink>>,
}

impl Navigation {
    /// Reads the route from the URL and follows `hashchange`.
    pub fn start() -> Self {
        let (route, set_route) = signal(Route::parse(&dom::current_hash()).unwrap_or(Route::Home));
        let (hash, set_hash) = signal(dom::current_hash());
        let focus_pending = RwSignal::new(false);
        let returning = StoredValue::new(None);
        let handle = window_event_listener(ev::hashchange, move |_| {
            let current = dom::current_hash();
            // In-page anchors (the skip link) are not routes: stay put. The
            // same page with another query (a scenario step) stays too; the
            // page itself follows `hash`.
            if let Some(next) = Route::parse(&current) {
                if next != route.get_untracked() {
                    // A link adds an entry without state; only a page the
                    // learner left through a link and came back to has one.
                    let back = dom::followed_link();
                    if back.is_none() {
                        dom::scroll_to_top();
                    }
                    returning.set_value(back);
                    focus_pending.set(true);
                    set_route.set(next);
                }
            }
            set_hash.set(current);
        });
        let links = dom::follow_links_without_history();
        let followed = dom::remember_followed_links();
        on_cleanup(move || {
            handle.remove();
            links.remove();
            followed.remove();
        });
        Navigation { route, hash, focus_pending, returning }
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

    /// The link to return to, once, when this navigation went back to a
    /// page left through it.
    pub fn take_return(&self) -> Option<FollowedLink> {
        self.returning.try_update_value(Option::take).flatten()
    }

    /// Asks the next page title to take focus, as after a navigation: the
    /// page's content was replaced without one (another language).
    pub fn request_focus(&self) {
        self.focus_pending.set(true);
    }
}
