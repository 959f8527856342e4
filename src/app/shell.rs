//! The frame around every page: skip link, header, notices, footer.

use leptos::prelude::*;
use weerbaar_core::route::Route;

use super::i18n::lang_for;
use super::nav::Navigation;
use super::pages::Page;
use super::state::ContentStore;
use super::strings as s;
use super::widgets::contacts::ContactLine;
use super::widgets::read_aloud::{ReadAloud, ReadAloudBar, ReadAloudToggle};
use super::widgets::reading_aid::ReadingAidToggle;
use super::widgets::shared_session::SharedSessionBar;
use super::widgets::storage_notice::StorageNotice;
use super::widgets::ui_language_switch::{UiLanguageNotice, UiLanguageSwitch};
use super::widgets::update_notice::UpdateNotice;
use crate::platform::dom;

const MAIN_ID: &str = "hoofdinhoud";

/// Header, main area and footer.
#[component]
pub fn Shell() -> impl IntoView {
    let content = expect_context::<ContentStore>();
    let nav = expect_context::<Navigation>();
    ReadAloud::provide();
    let organisation = move || content.site_or_fallback().organisation;
    // A resident's page does not list the staff's internal meldpunt.
    let contacts = Signal::derive(move || content.site_or_fallback().contacts_for(nav.route.get().audience()));
    let current = move |target: Route| {
        move || {
            let route = nav.route.get();
            let here = match (&route, &target) {
                (Route::Audience(_) | Route::Module(_), Route::Home) => false,
                (a, b) => a == b,
            };
            here.then_some("page")
        }
    };
    view! {
        // The skip link must not change the hash: that would be read as a
        // route change. It moves focus to <main> directly instead.
        <a class="skip-link" href=format!("#{MAIN_ID}") on:click=move |ev| {
            ev.prevent_default();
            dom::focus_id(MAIN_ID);
        }>{s::skip_link()}</a>
        <header class="site-header">
            <div class="wrap site-header__inner">
                <a class="brand" href=Route::Home.href()>
                    // The logo is decoration next to the organisation's name,
                    // which is written out: empty alt, no double reading.
                    {move || content.site_or_fallback().logo.map(|path| view! { <img class="brand__logo" src=format!("content/{path}") alt=""/> })}
                    <span class="brand__text">
                        <span class="brand__name">{s::product()}</span>
                        <span class="brand__org" lang=lang_for("nl")>{organisation}</span>
                    </span>
                </a>
                <nav aria-label=s::nav_label() class="site-nav">
                    <ul>
                        <li><a href=Route::Home.href() aria-current=current(Route::Home)>{s::nav_home()}</a></li>
                        <li><a href=Route::Progress.href() aria-current=current(Route::Progress)>{s::nav_progress()}</a></li>
                    </ul>
                </nav>
                <div class="site-tools">
                    <UiLanguageSwitch/>
                    <ReadAloudToggle/>
                    <ReadingAidToggle/>
                </div>
            </div>
        </header>
        <SharedSessionBar/>
        <UpdateNotice/>
        <StorageNotice/>
        <UiLanguageNotice/>
        <main id=MAIN_ID tabindex="-1" class="wrap main">
            <ReadAloudBar/>
            <Page/>
        </main>
        <footer class="site-footer">
            <div class="wrap">
                // A module page ends in "Wat kun je doen?" with the same
                // routes in full: saying them twice only lengthens the page.
                {move || (!matches!(nav.route.get(), Route::Module(_))).then(|| view! {
                    <h2 class="site-footer__title">{s::footer_report_title()}</h2>
                    <ContactLine contacts=contacts/>
                })}
                <ul class="site-footer__links">
                    <li><a href=Route::Privacy.href()>{s::nav_privacy()}</a></li>
                    <li><a href=Route::Accessibility.href()>{s::nav_accessibility()}</a></li>
                    <li><a href=Route::Studio.href()>{s::studio_title()}</a></li>
                    <li><a href=Route::Measurements.href()>{s::measure_link()}</a></li>
                    <li lang=lang_for("nl")>{organisation}</li>
                </ul>
            </div>
        </footer>
    }
}
