//! One file per page; [`Page`] picks the one for the current route.

mod audience;
mod certificate;
mod diploma;
mod home;
pub mod module;
mod my_data;
mod not_found;
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
        Route::Audience(weerbaar_core::content::Audience::Youth) => view! { <youth::YouthPage/> }.into_any(),
        Route::Audience(audience) => view! { <audience::AudiencePage audience/> }.into_any(),
        Route::Module(id) => view! { <module::ModulePage id/> }.into_any(),
        Route::Certificate(id) => view! { <certificate::CertificatePage id/> }.into_any(),
        Route::Presenter(id) => view! { <presenter::PresenterPage id/> }.into_any(),
        Route::Studio => view! { <studio::StudioPage/> }.into_any(),
        Route::Teacher(id) => view! { <teacher::TeacherPage id/> }.into_any(),
        Route::Diploma => view! { <diploma::DiplomaPage/> }.into_any(),
        Route::Progress => view! { <progress::ProgressPage/> }.into_any(),
        Route::Privacy => view! { <statement::Statement title=s::PRIVACY_TITLE paragraphs=s::PRIVACY_TEXT/> }.into_any(),
        Route::Accessibility => {
            view! { <statement::Statement title=s::ACCESSIBILITY_TITLE paragraphs=s::ACCESSIBILITY_TEXT/> }.into_any()
        }
        Route::NotFound => view! { <not_found::NotFound/> }.into_any(),
    }
}
