//! Content diagnostics shown in the app, for the trainer who must fix them.

use leptos::prelude::*;
use weerbaar_core::content::diagnostic::Located;
use weerbaar_core::content::Severity;

use crate::app::i18n::lang_for;
use crate::app::strings as s;

/// An error card listing what is wrong in a content file, with the line.
#[component]
pub fn ProblemList(
    /// Card heading.
    title: &'static str,
    /// What the file is, for the learner who meets the card: a module, the
    /// list of modules or the site's settings.
    intro: &'static str,
    /// The problems; only errors are listed, warnings are for the checker.
    problems: Vec<Located>,
) -> impl IntoView {
    let errors: Vec<Located> = problems.into_iter().filter(|p| p.severity == Severity::Error).collect();
    view! {
        <section class="notice notice--error problems">
            <h2 class="notice__title">{title}</h2>
            <p>{intro}</p>
            <ul>
                {errors.into_iter().map(|p| view! {
                    <li class="problem">
                        <p class="problem__where"><code>{s::file_line(&p.file, p.line)}</code>" "<span class="problem__code">{p.code}</span></p>
                        <p class="problem__message" lang=lang_for("nl")>{p.message.clone()}</p>
                        // An empty file has no line to show: no empty box.
                        {(!p.line_text.is_empty()).then(|| view! {
                            <pre class="problem__source" lang=lang_for("nl")><code>{p.line_text.clone()}</code></pre>
                        })}
                        <p class="problem__help"><strong>{s::fix()}</strong>" "<span lang=lang_for("nl")>{p.help}</span></p>
                    </li>
                }).collect::<Vec<_>>()}
            </ul>
        </section>
    }
}
