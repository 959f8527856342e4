//! One file per page; [`Page`] picks the one for the current route.

mod accessibility;
mod audience;
mod certificate;
mod diploma;
mod group_measurement;
mod home;
pub(crate) mod lazy;
mod lesson_print;
mod measurements;
pub mod module;
mod my_data;
mod not_found;
mod own_measurement;
mod presenter;
mod progress;
mod statement;
mod studio;
mod teacher;
mod youth;

use leptos::prelude::*;
use weerbaar_core::route::Route;

use super::nav::Navigation;
use super::strings as s;

/// The page for the current route.
#[component]
pub fn Page() -> impl IntoView {
    let nav = expect_context::<Navigation>();
    move || match nav.route.get() {
        Route::Home => view! { <home::HomePage/> }.into_any(),
        Route::Audience(weerbaar_core::content::Audience::Youth) => lazy::page(lazy::youth),
        Route::Audience(audience) => view! { <audience::AudiencePage audience/> }.into_any(),
        Route::Module(id) => lazy::page(move || lazy::module(id.clone())),
        Route::Certificate(id) => lazy::page(move || lazy::certificate(id.clone())),
        Route::Presenter(id) => lazy::page(move || lazy::presenter(id.clone())),
        Route::Studio => lazy::page(lazy::studio),
        Route::Measurements => lazy::page(lazy::measurements),
        Route::GroupMeasurement(audience) => lazy::page(move || lazy::group_measurement(audience)),
        Route::Teacher(id) => lazy::page(move || lazy::teacher(id.clone())),
        Route::Print(id) => lazy::page(move || lazy::lesson_print(id.clone())),
        Route::Diploma => lazy::page(lazy::diploma),
        Route::OwnMeasurement(audience, phase) => lazy::page(move || lazy::own_measurement(audience, phase)),
        Route::Progress => lazy::page(lazy::progress),
        Route::Privacy => view! { <statement::Statement title=s::privacy_title() paragraphs=s::privacy_text()/> }.into_any(),
        Route::Accessibility => lazy::page(lazy::accessibility),
        Route::NotFound => view! { <not_found::NotFound/> }.into_any(),
    }
}
