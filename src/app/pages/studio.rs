//! The authoring studio: a trainer opens a Markdown file (or starts from a
//! template), edits it, and sees the checker's messages next to a live
//! preview made by the real players. Nothing is uploaded; the draft is kept
//! in this browser so a reload loses nothing; "Download" saves the file.
//!
//! Accessibility criteria:
//! - Must: the editor is a labelled `<textarea>`; every message is a button
//!   that puts the cursor on its line and focuses the editor.
//! - Must: the number of messages is announced politely as it changes.
//! - Must: the preview is a labelled region whose headings sit below the
//!   page's `h1` (see `PageTitle`'s preview mode).
//! - Must: nothing replaces the draft without asking first; the question
//!   takes focus and "Nee" keeps the draft; after a replace the previous
//!   draft can be put back.
//! - Must: with errors the last preview without errors stays, labelled so.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use weerbaar_core::content::authoring;
use weerbaar_core::content::diagnostic::Located;
use weerbaar_core::content::line_index::LineIndex;
use weerbaar_core::content::templates;
use weerbaar_core::content::{glossary, parse_module, Severity};

use super::module::ModuleView;
use crate::app::i18n::{lang_for, tr_core, with_content};
use crate::app::nav::Navigation;
use crate::app::state::{load_glossary, ProgressStore};
use crate::app::strings as s;
use crate::app::widgets::page_title::Preview;
use crate::platform::files::{self, ReadError};
use crate::platform::{dom, storage};

/// Where the draft pretends to live, so `../scenes/x.svg` resolves as it
/// would in an audience folder.
const DRAFT_ID: &str = "studio/concept";
/// Largest file the studio opens (a long module is ~250 KB).
const MAX_FILE_BYTES: usize = 1024 * 1024;
const EDITOR: &str = "bron";
/// How long typing must pause before the check and the preview catch up.
const CHECK_AFTER: std::time::Duration = std::time::Duration::from_millis(300);

/// The studio page.
#[component]
pub fn StudioPage() -> impl IntoView {
    let text = RwSignal::new(storage::draft().unwrap_or_else(|| templates::all().next().map(|t| t.text).unwrap_or_default().to_string()));
    let file_name = RwSignal::new(String::from("module.md"));
    let notice = RwSignal::new(None::<String>);
    let template = RwSignal::new(0usize);
    let input = NodeRef::<leptos::html::Input>::new();
    let editor = NodeRef::<leptos::html::Textarea>::new();

    // The check and the preview follow the text once typing pauses. Parsing is fast (a 500-question file takes ~17 ms natively),
    // but the preview of a 350 KB paste is not: re-rendering it at every
    // key made typing wait seconds.
    let checked = RwSignal::new(text.get_untracked());
    let pending = StoredValue::new(None::<TimeoutHandle>);
    on_cleanup(move || {
        if let Some(h) = pending.get_value() {
            h.clear();
        }
    });
    let parsed = Memo::new(move |_| checked.with(|t| parse_module(DRAFT_ID, t)));
    // The last draft without errors, shown while the current one has some.
    let last_good = RwSignal::new(None::<weerbaar_core::content::Module>);
    // A replacement waiting for "Ja" (text and the notice that goes with
    // it), and the draft a replacement took away, to put back.
    let pending_replace = RwSignal::new(None::<(String, String, String)>);
    let previous = RwSignal::new(None::<String>);
    let problems = Memo::new(move |_| checked.with(|t| Located::all(&file_name.get_untracked(), t, &parsed.with(|p| p.diagnostics.clone()))));
    let errors = move || problems.with(|p| p.iter().filter(|x| x.severity == Severity::Error).count());

    // The draft is saved at every change, so a reload never loses a key.
    let save = move |value: &str| {
        if storage::save_draft(value).is_err() {
            notice.set(Some(s::studio_draft_not_saved().to_string()));
        }
    };
    let commit = move || checked.set(text.get_untracked());
    // Typing: at once in the editor and the draft, the rest after a pause.
    let typed = move |value: String| {
        save(&value);
        text.set(value);
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        pending.set_value(set_timeout_with_handle(commit, CHECK_AFTER).ok());
    };
    // A template or an opened file: everything at once.
    let set_text = move |value: String| {
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        save(&value);
        text.set(value);
        commit();
    };
    // Replacing the draft: at once when nothing would be lost (an empty
    // draft or an untouched example), else only after "Ja".
    let replace = move |value: String, name: String, said: String| {
        let current = text.get_untracked();
        let nothing_to_lose = current.trim().is_empty() || templates::all().any(|t| t.text == current) || current == value;
        if nothing_to_lose {
            set_text(value);
            file_name.set(name);
            notice.set(Some(said));
        } else {
            pending_replace.set(Some((value, name, said)));
            request_animation_frame(|| dom::focus_id("vervangen-vraag"));
        }
    };
    let confirm_replace = move |_| {
        if let Some((value, name, said)) = pending_replace.get_untracked() {
            previous.set(Some(text.get_untracked()));
            set_text(value);
            file_name.set(name);
            notice.set(Some(format!("{said} {}", s::studio_previous_kept())));
            pending_replace.set(None);
            request_animation_frame(|| dom::focus_id(EDITOR));
        }
    };
    let cancel_replace = move |_| {
        pending_replace.set(None);
        notice.set(Some(s::studio_kept().to_string()));
        request_animation_frame(|| dom::focus_id(EDITOR));
    };
    // Escape answers "Nee" while the question is open, wherever focus is.
    let escape = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" && pending_replace.with_untracked(Option::is_some) {
            cancel_replace(());
        }
    });
    on_cleanup(move || escape.remove());
    let restore = move |_| {
        if let Some(old) = previous.get_untracked() {
            previous.set(Some(text.get_untracked()));
            set_text(old);
            notice.set(Some(s::studio_restored().to_string()));
            request_animation_frame(|| dom::focus_id(EDITOR));
        }
    };
    let use_template = move |_| {
        let Some(templates::Template { name, text: body, .. }) = templates::all().nth(template.get_untracked()).or_else(|| templates::all().last())
        else {
            return;
        };
        replace(body.to_string(), "module.md".into(), format!("{} {}.", s::studio_template_loaded(), tr_core(name)));
    };
    let open = move |_| {
        let Some(el) = input.get() else { return };
        let name = el.files().and_then(|f| f.get(0)).map(|f| f.name());
        leptos::task::spawn_local(async move {
            match files::read_picked(&el, MAX_FILE_BYTES).await {
                None => notice.set(Some(s::import_no_file().to_string())),
                Some(Err(ReadError::TooLarge)) => notice.set(Some(s::studio_too_large().to_string())),
                Some(Err(ReadError::Unreadable)) => notice.set(Some(s::import_unreadable().to_string())),
                Some(Ok(body)) => {
                    let name = name.unwrap_or_else(|| "module.md".into());
                    let said = format!("{} {name}.", s::studio_opened());
                    replace(body, name, said);
                }
            }
        });
    };
    // Saved under the title's name unless it came from a file of its own.
    let download_name = move || {
        let opened = file_name.get();
        if opened != "module.md" {
            return opened;
        }
        parsed.with(|p| authoring::file_name(&p.value.title))
    };
    let download = move |_| {
        let name = download_name();
        if text.with_untracked(|t| files::download(&name, "text/markdown", t)).is_err() {
            notice.set(Some(s::export_failed().to_string()));
        }
    };
    // Clicking a message puts the cursor at the start of its line.
    let go_to_line = move |line: usize| {
        let Some(area) = editor.get() else { return };
        let area: web_sys::HtmlTextAreaElement = area.unchecked_into();
        let (start, end) = text.with_untracked(|t| LineIndex::new(t).line_range_utf16(t, line));
        let _ = area.focus();
        let _ = area.set_selection_range(start, end);
    };

    let messages = move || {
        let list = problems.get();
        if list.is_empty() {
            return view! { <p class="notice notice--success">{s::studio_clean()}</p> }.into_any();
        }
        view! {
            <ul class="studio-messages">
                {list.into_iter().map(|p| {
                    let line = p.line;
                    let kind = if p.severity == Severity::Error { s::studio_error() } else { s::studio_warning() };
                    view! {
                        <li class=if p.severity == Severity::Error { "studio-message studio-message--error" } else { "studio-message" }>
                            <button type="button" class="studio-message__go" on:click=move |_| go_to_line(line)>
                                {with_content(s::studio_problem(kind, p.line, &p.message), &p.message, lang_for("nl"))}
                            </button>
                            <p class="problem__help"><strong>{s::fix()}</strong>" "<span lang=lang_for("nl")>{p.help}</span></p>
                        </li>
                    }
                }).collect::<Vec<_>>()}
            </ul>
        }
        .into_any()
    };
    Effect::new(move |_| {
        if errors() == 0 {
            last_good.set(Some(parsed.with(|p| p.value.clone())));
        }
    });
    let glossary = LocalResource::new(load_glossary);
    // The terms to explain now: none while the glossary loads or when it
    // could not be read, so the preview never waits on or breaks over it.
    let glossary_or_empty = move || match glossary.get() {
        Some(Ok(g)) => g.value,
        _ => Default::default(),
    };
    // A broken glossary does not stop the preview; the trainer is told why
    // some terms get no explanation.
    let glossary_problems = move || match glossary.get() {
        Some(Ok(g)) if g.has_errors() => {
            let n = g.problems.iter().filter(|p| p.severity == Severity::Error).count();
            Some(view! { <p class="notice notice--warning studio-glossary">{s::studio_glossary_problems(n)}</p> })
        }
        _ => None,
    };
    let preview = move || {
        if errors() > 0 {
            return match last_good.get() {
                Some(mut module) => {
                    glossary::annotate(&mut module, &glossary_or_empty());
                    view! {
                        <p class="notice notice--info">{s::studio_preview_last_good()}</p>
                        <PreviewBox module/>
                    }
                    .into_any()
                }
                None => view! { <p>{s::studio_preview_waits()}</p> }.into_any(),
            };
        }
        // Terms are explained as on the site, with the site's glossary.
        let mut module = parsed.with(|p| p.value.clone());
        glossary::annotate(&mut module, &glossary_or_empty());
        // A fresh, unsaved progress store per preview: answering in the
        // preview never touches the learner's own progress.
        view! { <PreviewBox module/> }.into_any()
    };
    // Where the downloaded file goes: its line for SUMMARY.md.
    let summary_line = move || {
        parsed.with(|p| {
            p.value.audience.filter(|_| !p.value.title.trim().is_empty()).map(|a| authoring::summary_line(&p.value.title, a, &download_name()))
        })
    };

    // Not `PageTitle`: that id belongs to the preview's heading, which the
    // players move focus to. The same title and focus rules, by hand.
    let nav = expect_context::<Navigation>();
    Effect::new(move |_| {
        dom::set_title(&s::document_title(s::studio_title()));
        if nav.take_focus_request() {
            dom::focus_id("studio-titel");
        }
    });
    view! {
        <h1 id="studio-titel" tabindex="-1">{s::studio_title()}</h1>
        <p class="lead">{s::studio_intro()}</p>
        <div class="studio-tools">
            <div class="form-group">
                <label class="label" for="voorbeeld">{s::studio_template_label()}</label>
                <div class="studio-row">
                    <select id="voorbeeld" class="select" on:change=move |ev| template.set(event_target_value(&ev).parse().unwrap_or(0))>
                        {templates::all().enumerate().map(|(i, t)| view! { <option value=i.to_string()>{tr_core(t.name)}</option> }).collect::<Vec<_>>()}
                    </select>
                    <button type="button" class="button button--secondary" on:click=use_template>{s::studio_use_template()}</button>
                </div>
            </div>
            <div class="form-group">
                <label class="label" for="studio-bestand">{s::studio_open_label()}</label>
                <div class="studio-row">
                    <input class="file-input" type="file" id="studio-bestand" accept=".md,text/markdown,text/plain" node_ref=input/>
                    <button type="button" class="button button--secondary" on:click=open>{s::studio_open()}</button>
                </div>
            </div>
        </div>
        <p class="studio-help">
            <a href="content/HANDLEIDING.md">{s::studio_handbook()}</a>
        </p>
        <details class="details studio-sheet">
            <summary>{s::studio_sheet_title()}</summary>
            <dl class="studio-sheet__list">
                {s::studio_sheet().into_iter().map(|(code, meaning)| view! { <dt><code>{code}</code></dt><dd>{meaning}</dd> }).collect::<Vec<_>>()}
            </dl>
        </details>
        {move || pending_replace.get().map(|_| view! {
            <div class="notice notice--warning studio-confirm" id="vervangen-vraag" tabindex="-1" role="alertdialog"
                aria-labelledby="vervangen-titel" aria-describedby="vervangen-tekst">
                <h2 id="vervangen-titel" class="notice__title">{s::studio_replace_title()}</h2>
                <p id="vervangen-tekst">{s::studio_replace_text()}</p>
                <div class="button-row">
                    <button type="button" class="button button--danger" on:click=confirm_replace>{s::studio_replace_yes()}</button>
                    <button type="button" class="button button--secondary" on:click=move |_| cancel_replace(())>{s::studio_replace_no()}</button>
                </div>
            </div>
        })}
        <p role="status" class="studio-notice">{move || notice.get()}</p>
        {move || previous.get().is_some().then(|| view! {
            <p><button type="button" class="button button--secondary" on:click=restore>{s::studio_restore()}</button></p>
        })}
        <div class="studio">
            <div class="studio__editor">
                <label class="label" for=EDITOR>{s::studio_editor_label()}</label>
                <p class="hint" id="bron-hint">{s::studio_editor_hint()}</p>
                <textarea id=EDITOR class="studio__textarea" spellcheck="false" lang=lang_for("nl") aria-describedby="bron-hint" node_ref=editor
                    prop:value=move || text.get() on:input=move |ev| typed(event_target_value(&ev))></textarea>
                <div class="button-row">
                    <button type="button" class="button" on:click=download>{move || s::studio_download(&download_name())}</button>
                </div>
                {move || summary_line().map(|line| view! {
                    <div class="studio-summary">
                        <p>{s::studio_summary_how()}</p>
                        <pre class="studio-summary__line"><code>{line}</code></pre>
                    </div>
                })}
                <h2 id="meldingen">{s::studio_messages()}</h2>
                <p aria-live="polite" class="studio-count">{move || s::studio_count(errors(), problems.with(Vec::len) - errors())}</p>
                {messages}
                {glossary_problems}
            </div>
            <section class="studio__preview" aria-labelledby="voorvertoning">
                <h2 id="voorvertoning">{s::studio_preview()}</h2>
                {preview}
            </section>
        </div>
    }
}

#[component]
fn PreviewBox(module: weerbaar_core::content::Module) -> impl IntoView {
    provide_context(Preview);
    provide_context(ProgressStore::preview());
    view! { <div class="preview"><ModuleView module/></div> }
}
