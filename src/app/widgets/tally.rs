//! A hand count for one answer option: "−", the count, "+". Used where a
//! trainer counts a group's hands (the presenter, a group measurement).
//!
//! Accessibility criteria:
//! - Must: each button's name says what it does and for which option
//!   ("Eén hand erbij voor Bel 112"), not just "+"; the option's words keep
//!   their own `lang`, which an `aria-label` could not, so the name is
//!   hidden text inside the button and the sign is hidden from screen readers.

use leptos::prelude::*;

use crate::app::i18n::with_content;
use crate::app::strings as s;

/// The count of hands for the option `label`.
#[component]
pub fn Tally(
    /// The option's text, as shown next to the count.
    label: String,
    /// The option's `lang`, when it is content in another language.
    #[prop(default = None)]
    lang: Option<&'static str>,
    /// The hands counted now.
    #[prop(into)]
    count: Signal<u32>,
    /// Run with +1 or -1 when a button is pressed.
    on_step: Callback<i32>,
) -> impl IntoView {
    let less = with_content(s::tally_minus(&label), &label, lang);
    let more = with_content(s::tally_plus(&label), &label, lang);
    view! {
        <span class="tally">
            <button type="button" class="tally__button" on:click=move |_| on_step.run(-1)>
                <span aria-hidden="true">"−"</span><span class="visually-hidden">{less}</span>
            </button>
            <span class="tally__count">{count}</span>
            <button type="button" class="tally__button" on:click=move |_| on_step.run(1)>
                <span aria-hidden="true">"+"</span><span class="visually-hidden">{more}</span>
            </button>
        </span>
    }
}
