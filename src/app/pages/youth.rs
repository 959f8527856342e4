//! The children's start page: make a player (nickname, animal, where you
//! play), see your rank and badges, pick a mission. Teachers find their
//! pages at the bottom.
//!
//! Accessibility criteria:
//! - Must: the form follows GOV.UK's pattern: visible labels, hints linked
//!   with `aria-describedby`, an error summary that takes focus and links
//!   to each field, errors next to the fields.
//! - Must: the avatars are radio buttons with the animal's name as text.

use leptos::prelude::*;
use weerbaar_core::content::catalogue::Entry;
use weerbaar_core::content::Audience;
use weerbaar_core::progress::youth::{self, check_nickname, NicknameProblem, Player, AVATARS};
use weerbaar_core::progress::Status;
use weerbaar_core::route::Route;

use crate::app::i18n::lang_for;
use crate::app::state::{ContentStore, ProgressStore, SessionEnd, YouthSession};
use crate::app::strings::youth as s;
use crate::app::widgets::load_error::with_catalogue;
use crate::app::widgets::page_title::PageTitle;
use crate::platform::dom;

/// The page.
#[component]
pub fn YouthPage() -> impl IntoView {
    let youth = expect_context::<YouthSession>();
    view! {
        <div class="youth">
            <div class="youth-hero">
                <PageTitle text=s::home_title().to_string()/>
                // Decoration: the animals a child can play as, in a row.
                <div class="youth-hero__animals" aria-hidden="true">
                    {AVATARS.iter().map(|(code, _)| view! { <img src=avatar_src(code) alt="" width="56" height="56"/> }).collect::<Vec<_>>()}
                </div>
            </div>
            {move || youth.ended.get().map(|why| view! {
                <div class="notice notice--success" role="status">
                    <h2>{s::ended_title()}</h2>
                    <p>{match why { SessionEnd::Done => s::ended_text(), SessionEnd::Idle => s::ended_idle() }}</p>
                </div>
            })}
            <p class="lead">{s::home_intro()}</p>
            {move || match youth.player.get() {
                None => view! { <PlayerSetup/> }.into_any(),
                Some(player) => view! { <PlayerCard player/> }.into_any(),
            }}
            <Missions/>
        </div>
    }
}

/// The image of an avatar; the animal's name is always written beside it.
pub fn avatar_src(code: &str) -> String {
    format!("jeugd/avatars/{code}.svg")
}

#[component]
fn PlayerSetup() -> impl IntoView {
    let youth = expect_context::<YouthSession>();
    let progress = expect_context::<ProgressStore>();
    let kept = progress.writable;
    let shared = RwSignal::new(true);
    let nickname = RwSignal::new(String::new());
    let avatar = RwSignal::new(None::<&'static str>);
    let nickname_error = RwSignal::new(None::<&'static str>);
    let avatar_error = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = check_nickname(&nickname.get_untracked());
        nickname_error.set(name.as_ref().err().map(|p| match p {
            NicknameProblem::Empty => s::nickname_empty(),
            NicknameProblem::TooLong => s::nickname_too_long(),
            NicknameProblem::Contact => s::nickname_contact(),
        }));
        avatar_error.set(avatar.get_untracked().is_none());
        match (name, avatar.get_untracked()) {
            (Ok(name), Some(code)) => {
                if let Some(player) = Player::new(&name, code) {
                    youth.begin(progress, player, shared.get_untracked());
                    request_animation_frame(|| dom::focus_id("speler"));
                }
            }
            _ => request_animation_frame(|| dom::focus_id("fouten")),
        }
    };
    let has_errors = move || nickname_error.get().is_some() || avatar_error.get();
    view! {
        <section class="player-setup" aria-labelledby="speler-maken">
            <h2 id="speler-maken">{s::setup_title()}</h2>
            {move || has_errors().then(|| view! {
                <div id="fouten" class="error-summary" tabindex="-1" role="alert" aria-labelledby="fouten-titel">
                    <h3 id="fouten-titel" class="error-summary__title">{s::errors_title()}</h3>
                    <ul>
                        {nickname_error.get().map(|e| view! { <li><a href="#bijnaam" on:click=move |ev| { ev.prevent_default(); dom::focus_id("bijnaam"); }>{e}</a></li> })}
                        {avatar_error.get().then(|| view! { <li><a href="#dier-vos" on:click=move |ev| { ev.prevent_default(); dom::focus_id("dier-vos"); }>{s::avatar_missing()}</a></li> })}
                    </ul>
                </div>
            })}
            <form novalidate on:submit=submit>
                <fieldset class="fieldset">
                    <legend class="fieldset__legend">{s::where_legend()}</legend>
                    <div class="choice">
                        <input class="choice__input" type="radio" name="waar" id="waar-gedeeld" aria-describedby="waar-gedeeld-hint"
                            prop:checked=move || shared.get() on:change=move |_| shared.set(true)/>
                        <label class="choice__label" for="waar-gedeeld">{s::where_shared()}</label>
                        <p class="hint choice__hint" id="waar-gedeeld-hint">{s::where_shared_hint()}</p>
                    </div>
                    <div class="choice">
                        <input class="choice__input" type="radio" name="waar" id="waar-eigen" aria-describedby="waar-eigen-hint"
                            prop:checked=move || !shared.get() on:change=move |_| shared.set(false)/>
                        <label class="choice__label" for="waar-eigen">{s::where_own()}</label>
                        <p class="hint choice__hint" id="waar-eigen-hint">{if kept { s::where_own_hint() } else { s::where_own_hint_not_kept() }}</p>
                    </div>
                </fieldset>
                <div class="form-group" class:form-group--error=move || nickname_error.get().is_some()>
                    <label class="label" for="bijnaam">{s::nickname_label()}</label>
                    <p class="hint" id="bijnaam-hint">{s::nickname_hint()}</p>
                    {move || nickname_error.get().map(|e| view! { <p class="error-message" id="bijnaam-fout">{e}</p> })}
                    <input class="input input--short" type="text" id="bijnaam" autocomplete="off" spellcheck="false" maxlength="40"
                        aria-describedby=move || if nickname_error.get().is_some() { "bijnaam-hint bijnaam-fout" } else { "bijnaam-hint" }
                        aria-invalid=move || nickname_error.get().is_some().then_some("true")
                        prop:value=move || nickname.get() on:input=move |ev| nickname.set(event_target_value(&ev))/>
                </div>
                <fieldset class="fieldset" class:form-group--error=move || avatar_error.get()
                    aria-describedby=move || avatar_error.get().then_some("dier-fout")>
                    <legend class="fieldset__legend">{s::avatar_legend()}</legend>
                    {move || avatar_error.get().then(|| view! { <p class="error-message" id="dier-fout">{s::avatar_missing()}</p> })}
                    <div class="avatar-grid">
                        {AVATARS.iter().map(|(code, name)| {
                            let id = format!("dier-{code}");
                            view! {
                                <div class="avatar-choice">
                                    <input class="avatar-choice__input" type="radio" name="dier" id=id.clone()
                                        on:change=move |_| avatar.set(Some(code))/>
                                    <label class="avatar-choice__label" for=id>
                                        <img src=avatar_src(code) alt="" width="64" height="64"/>
                                        <span>{s::animal_name(name)}</span>
                                    </label>
                                </div>
                            }
                        }).collect::<Vec<_>>()}
                    </div>
                </fieldset>
                <button type="submit" class="button">{s::start()}</button>
            </form>
        </section>
    }
}

#[component]
fn PlayerCard(player: Player) -> impl IntoView {
    let youth = expect_context::<YouthSession>();
    let content = expect_context::<ContentStore>();
    let progress = expect_context::<ProgressStore>();
    let animal = youth::avatar_name(&player.avatar).map(s::animal_name).unwrap_or_default();
    let done = move || crate::app::players::mission::missions_done(&content, &progress);
    let rank = move || {
        let (n, total) = done();
        s::rank_sentence(s::rank_lead(), &youth::rank(n, total))
    };
    view! {
        <section class="player-card" aria-labelledby="speler">
            <img class="player-card__avatar" src=avatar_src(&player.avatar) alt="" width="96" height="96"/>
            <div>
                <h2 id="speler" tabindex="-1">{s::hello()}" "{player.nickname.clone()}"!"</h2>
                <p class="player-card__animal">{animal}</p>
                <p>{rank}</p>
                <div class="button-row">
                    {move || (done().0 > 0).then(|| view! { <a class="button button--secondary" href=Route::Diploma.href()>{s::diploma_link()}</a> })}
                    {move || (!youth.shared.get()).then(|| view! {
                        <button type="button" class="button button--secondary" on:click=move |_| youth.forget_player()>{s::other_player()}</button>
                    })}
                </div>
            </div>
        </section>
    }
}

/// The missions as stops on a path, in catalogue order: each stop says in
/// words whether it is done, and the player's animal stands at the first
/// one not done yet.
#[component]
fn Missions() -> impl IntoView {
    with_catalogue(false, move |cat| {
        let section = cat.value.section(Audience::Youth);
        if let Some(section) = section {
            super::audience::keep_for_offline(section);
        }
        let entries: Vec<Entry> = section.map(|sec| sec.tracks.iter().flat_map(|t| t.entries.iter().cloned()).collect()).unwrap_or_default();
        let teacher_links = entries
            .iter()
            .map(|e| view! { <li><a href=Route::Teacher(e.id.clone()).href() lang=lang_for("nl")>{e.title.clone()}</a></li> })
            .collect::<Vec<_>>();
        let progress = expect_context::<ProgressStore>();
        let youth = expect_context::<YouthSession>();
        let ids = StoredValue::new(entries.iter().map(|e| e.id.clone()).collect::<Vec<_>>());
        let done = Memo::new(move |_| {
            progress.doc.with(|d| ids.with_value(|ids| ids.iter().map(|id| d.status(id) == Status::Completed).collect::<Vec<_>>()))
        });
        let here = Memo::new(move |_| youth.player.get().and_then(|p| done.with(|d| youth::next_stop(d)).map(|at| (at, p.avatar))));
        let total = entries.len();
        let stops = entries.into_iter().enumerate().map(|(i, entry)| view! { <MissionStop number=i + 1 entry here=Signal::derive(move || here.get().filter(|(at, _)| *at == i).map(|(_, a)| a))/> }).collect::<Vec<_>>();
        view! {
            <section class="missions" aria-labelledby="missies">
                <h2 id="missies">{s::map_title()}</h2>
                <p class="mission-map__summary">{move || s::missions_done(done.with(|d| d.iter().filter(|d| **d).count()), total)}</p>
                <ol class="mission-map">{stops}</ol>
                <p class="mission-map__finish"><span aria-hidden="true">"★ "</span>{s::map_finish()}</p>
            </section>
            <section class="teachers" aria-labelledby="leerkrachten">
                <h2 id="leerkrachten">{s::teachers_title()}</h2>
                <p>{s::teachers_intro()}</p>
                <ul>{teacher_links}</ul>
            </section>
        }
        .into_any()
    })
}

/// One stop on the mission map.
#[component]
fn MissionStop(
    /// Its place on the path, from 1.
    number: usize,
    /// The mission.
    entry: Entry,
    /// The player's avatar code when the player stands here.
    here: Signal<Option<String>>,
) -> impl IntoView {
    let progress = expect_context::<ProgressStore>();
    let id = StoredValue::new(entry.id.clone());
    let status = move || progress.doc.with(|d| id.with_value(|id| d.status(id)));
    view! {
        <li class="mission-stop mission-card" class:mission-stop--done=move || status() == Status::Completed class:mission-stop--here=move || here.get().is_some()>
            <span class="mission-stop__marker" aria-hidden="true">
                {move || if status() == Status::Completed { "★".to_string() } else { number.to_string() }}
            </span>
            <div class="mission-stop__card">
                <p class="mission-stop__number">{s::mission_number(number)}</p>
                <a class="mission-card__link" href=Route::Module(entry.id.clone()).href() lang=lang_for("nl")>{entry.title.clone()}</a>
                {move || {
                    let (class, text) = match status() {
                        Status::Completed => ("mission-stop__status badge badge--done", s::badge()),
                        Status::InProgress => ("mission-stop__status badge badge--started", s::status_started()),
                        Status::NotStarted => ("mission-stop__status badge badge--new", s::status_new()),
                    };
                    view! { <p class=class>{text}</p> }
                }}
                {move || here.get().map(|avatar| view! {
                    <p class="mission-stop__here"><img src=avatar_src(&avatar) alt="" width="48" height="48"/><span>{s::you_are_here()}</span></p>
                })}
            </div>
        </li>
    }
}
