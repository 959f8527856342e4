//! A failed download, with a way to try again.

use leptos::prelude::*;

use crate::app::strings as s;
use crate::platform::fetch::FetchError;

/// Message for a failed fetch, with a retry button.
#[component]
pub fn LoadError(
    /// What went wrong.
    error: FetchError,
    /// Called when the learner presses "Probeer opnieuw".
    on_retry: Callback<()>,
) -> impl IntoView {
    let detail = match error {
        FetchError::Network => s::load_failed_offline(),
        FetchError::NotFound | FetchError::Status(_) => s::load_failed_status(),
    };
    view! {
        <div class="notice notice--error" role="alert">
            <h2 class="notice__title">{s::load_failed_title()}</h2>
            <p>{detail}</p>
            <button type="button" class="button" on:click=move |_| on_retry.run(())>{s::retry()}</button>
        </div>
    }
}

/// A polite "loading" message for screen readers and sighted users alike.
#[component]
pub fn Loading() -> impl IntoView {
    view! { <p class="loading" role="status">{s::loading()}</p> }
}

/// The one way pages wait for the catalogue (SUMMARY.md): "loading" while it
/// comes, the load error with a retry if it failed (under a page title when
/// `titled`, for pages that have no other `h1` yet), and `ready` once it is
/// there.
pub fn with_catalogue(
    titled: bool,
    ready: impl Fn(crate::app::state::Checked<weerbaar_core::content::Catalogue>) -> AnyView + Send + Sync + 'static,
) -> impl Fn() -> AnyView + Send + Sync + 'static {
    let content = expect_context::<crate::app::state::ContentStore>();
    move || match content.catalogue.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Err(error)) => view! {
            {titled.then(|| view! { <crate::app::widgets::page_title::PageTitle text=s::load_failed_title().to_string()/> })}
            <LoadError error on_retry=Callback::new(move |_| content.catalogue.refetch())/>
        }
        .into_any(),
        Some(Ok(cat)) => ready(cat),
    }
}

/// "Deze module bestaat niet": an id SUMMARY.md does not list, or (`listed`)
/// one it lists whose file is not on the site (the list was edited on the
/// host, or the file renamed): then the learner is told it is not their
/// doing, the trainer where to look.
#[component]
pub fn ModuleNotFound(#[prop(optional)] listed: bool) -> impl IntoView {
    view! {
        <crate::app::widgets::page_title::PageTitle text=s::module_not_found_title().to_string()/>
        <p>{if listed { s::listed_file_missing() } else { s::module_not_found_text() }}</p>
        <p><a href="#/">{s::back_home()}</a></p>
    }
}

/// The one way pages wait for a module file: "loading", not found, the
/// load error with a retry, the checker's problems (titled with the
/// module's title when it has one), or `ready` with the parsed module.
pub fn with_module(
    module: LocalResource<crate::app::state::Loaded<weerbaar_core::content::Module>>,
    ready: impl Fn(weerbaar_core::content::Module) -> AnyView + Send + Sync + 'static,
) -> impl Fn() -> AnyView + Send + Sync + 'static {
    use crate::app::widgets::page_title::PageTitle;
    use crate::app::widgets::problems::ProblemList;
    move || match module.get() {
        None => view! { <Loading/> }.into_any(),
        // Pages fetch only modules SUMMARY.md lists, so here the list and
        // the files disagree.
        Some(Err(FetchError::NotFound)) => view! { <ModuleNotFound listed=true/> }.into_any(),
        Some(Err(error)) => view! {
            <PageTitle text=s::load_failed_title().to_string()/>
            <LoadError error on_retry=Callback::new(move |_| module.refetch())/>
        }
        .into_any(),
        // Without a title of its own the page's heading already says the
        // module has errors; the card then says what is wrong, not that again.
        Some(Ok(m)) if m.has_errors() && m.value.title.is_empty() => view! {
            <PageTitle text=s::content_errors_title().to_string()/>
            <ProblemList title=s::problems_heading() intro=s::content_errors_intro() problems=m.problems.clone()/>
        }
        .into_any(),
        Some(Ok(m)) if m.has_errors() => view! {
            <PageTitle text=m.value.title.clone()/>
            <ProblemList title=s::content_errors_title() intro=s::content_errors_intro() problems=m.problems.clone()/>
        }
        .into_any(),
        Some(Ok(m)) => ready(m.value),
    }
}

/// The one way pages wait for an audience's measurement set: "loading",
/// `none` under `title` when the audience has no set, the load error with a
/// retry, the checker's problems, or `ready` with the parsed set.
pub fn with_measure(
    measure: LocalResource<crate::app::state::Loaded<weerbaar_core::measure::Measure>>,
    title: &'static str,
    none: &'static str,
    ready: impl Fn(weerbaar_core::measure::Measure) -> AnyView + Send + Sync + 'static,
) -> impl Fn() -> AnyView + Send + Sync + 'static {
    use crate::app::widgets::page_title::PageTitle;
    use crate::app::widgets::problems::ProblemList;
    move || match measure.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Err(FetchError::NotFound)) => view! {
            <PageTitle text=title.to_string()/>
            <p>{none}</p>
        }
        .into_any(),
        Some(Err(error)) => view! {
            <PageTitle text=s::load_failed_title().to_string()/>
            <LoadError error on_retry=Callback::new(move |_| measure.refetch())/>
        }
        .into_any(),
        Some(Ok(m)) if m.has_errors() => view! {
            <PageTitle text=title.to_string()/>
            <ProblemList title=s::measure_errors_title() intro=s::measure_errors_intro() problems=m.problems.clone()/>
        }
        .into_any(),
        Some(Ok(m)) => ready(m.value),
    }
}
