//! Privacy settings for a pretend profile: choose who may see each thing,
//! and see at once what a stranger would see.
//!
//! Accessibility criteria:
//! - Must: each setting is a `<fieldset>` of radio buttons with a legend.
//! - Must: "safe" and "watch out" are words, not colours.

use leptos::prelude::*;
use weerbaar_core::content::kinds::mission::Setting;
use weerbaar_core::progress::privacy;

use crate::app::i18n::content_lang;
use crate::app::markdown;
use crate::app::players::choices::ChoiceInput;
use crate::app::state::YouthSession;
use crate::app::strings::youth as s;
use crate::platform::dom;

/// The exercise.
#[component]
pub fn PrivacySettings(
    /// The settings of the pretend profile.
    settings: Vec<Setting>,
    /// Called when every setting is chosen and the profile shown.
    on_done: Callback<()>,
) -> impl IntoView {
    let youth = expect_context::<YouthSession>();
    let n = settings.len();
    let chosen = RwSignal::new(vec![None::<usize>; n]);
    let finished = RwSignal::new(false);
    let missing = RwSignal::new(false);
    let settings = StoredValue::new(settings);

    let label = move |i: usize| settings.with_value(|all| markdown::inline_text_blocks(&all[i].label));
    let fieldsets = settings.with_value(|all| {
        all.iter()
            .enumerate()
            .map(|(i, setting)| {
                let legend = markdown::inline_text_blocks(&setting.label);
                let name = format!("privacy-{i}");
                let options = setting
                    .options
                    .iter()
                    .enumerate()
                    .map(|(o, option)| {
                        view! {
                            <ChoiceInput id=format!("{name}-{o}") name=name.clone() checked=Signal::derive(move || chosen.with(|c| c[i] == Some(o)))
                                on_change=Callback::new(move |()| chosen.update(|c| c[i] = Some(o)))
                                label=markdown::inline_text_blocks(&option.content).into_any() lang=content_lang()/>
                        }
                    })
                    .collect::<Vec<_>>();
                let who = move || {
                    let o = chosen.with(|c| c[i])?;
                    let (safe, feedback) = settings.with_value(|all| {
                        let setting = &all[i];
                        Some((privacy::is_safe(setting, o)?, markdown::inline_text_blocks(&setting.options.get(o)?.feedback)))
                    })?;
                    Some(view! {
                        <p class="privacy__who" class:privacy__who--unsafe=!safe>
                            <strong>{if safe { s::safe() } else { s::unsafe_label() }}</strong>" "{s::who_sees()}" "<span lang=content_lang()>{feedback}</span>
                        </p>
                    })
                };
                view! {
                    <fieldset class="fieldset privacy__setting">
                        <legend class="fieldset__legend" lang=content_lang()>{legend}</legend>
                        {options}
                        {who}
                    </fieldset>
                }
            })
            .collect::<Vec<_>>()
    });
    let verdict = move || settings.with_value(|all| chosen.with(|c| privacy::verdict(all, c)));
    let exposed = move || settings.with_value(|all| chosen.with(|c| privacy::exposed(all, c))).into_iter().map(label).collect::<Vec<_>>();
    let finish = move |_| {
        if verdict().is_none() {
            missing.set(true);
            request_animation_frame(|| dom::focus_id("privacy-fout"));
            return;
        }
        missing.set(false);
        finished.set(true);
        on_done.run(());
        request_animation_frame(|| dom::focus_id("privacy-uitslag"));
    };
    let nickname = move || youth.player.get().map(|p| p.nickname).unwrap_or_else(|| s::profile_default_name().to_string());
    view! {
            <div class="privacy">
                {fieldsets}
                <section class="profile-preview" aria-labelledby="profiel-titel">
                    <h3 id="profiel-titel">{s::profile_title()}</h3>
                    <p class="profile-preview__name">{nickname}</p>
                    {move || {
                        let seen = exposed();
                        if seen.is_empty() {
                            view! { <p>{s::profile_nothing()}</p> }.into_any()
                        } else {
                            view! {
                                <p>{s::profile_sees()}</p>
                                <ul>{seen.into_iter().map(|l| view! { <li>{l}</li> }).collect::<Vec<_>>()}</ul>
                            }.into_any()
                        }
                    }}
                </section>
                {move || missing.get().then(|| view! {
                    <p id="privacy-fout" tabindex="-1" class="error-message">{s::privacy_choose_all()}</p>
                })}
                {move || match verdict().filter(|_| finished.get()) {
                    Some(v) => view! {
                        <p id="privacy-uitslag" tabindex="-1" class="feedback">
                            <strong>{s::safe_count(v.safe, v.total)}</strong>
                            " "{if v.all_safe() { s::privacy_all_safe() } else { s::privacy_some_unsafe() }}
                        </p>
                    }.into_any(),
                    None =>
    view! { <button type="button" class="button" on:click=finish>{s::privacy_done()}</button> }.into_any(),
                }}
            </div>
        }
}
