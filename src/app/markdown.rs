//! Renders the core's safe document tree as Leptos views.
//!
//! There is no `inner_html` anywhere: every node is built from typed data,
//! so trainer text can never become markup.

use leptos::prelude::*;
use weerbaar_core::content::document::{Block, Callout, Inline, ListItem};
use weerbaar_core::content::paths;

use super::i18n::content_lang;
use super::strings as s;

/// Renders `blocks` of module `module_id`. The page title is the only `h1`,
/// so a trainer's `#` and `##` both become `h2` and deeper levels follow;
/// no level is skipped.
///
/// Every block carries the content's `lang` when it differs from the app's
/// ([`content_lang`]); a callout's label is the app's word, so only the
/// callout's own blocks carry it.
pub fn blocks(module_id: &str, blocks: &[Block]) -> AnyView {
    let lang = content_lang();
    blocks.iter().map(|b| block(module_id, b, lang)).collect::<Vec<_>>().into_any()
}

fn block(id: &str, b: &Block, lang: Option<&'static str>) -> AnyView {
    match b {
        Block::Heading { level, content, .. } => {
            let inner = inlines(id, content);
            match *level {
                0..=2 => view! { <h2 lang=lang>{inner}</h2> }.into_any(),
                3 => view! { <h3 lang=lang>{inner}</h3> }.into_any(),
                4 => view! { <h4 lang=lang>{inner}</h4> }.into_any(),
                5 => view! { <h5 lang=lang>{inner}</h5> }.into_any(),
                _ => view! { <h6 lang=lang>{inner}</h6> }.into_any(),
            }
        }
        Block::Paragraph { content, .. } => view! { <p lang=lang>{inlines(id, content)}</p> }.into_any(),
        Block::List { start: None, items } => view! { <ul lang=lang>{list_items(id, items)}</ul> }.into_any(),
        Block::List { start: Some(n), items } => view! { <ol lang=lang start=n.to_string()>{list_items(id, items)}</ol> }.into_any(),
        Block::Quote { callout: None, blocks: inner, .. } => view! { <blockquote lang=lang>{blocks(id, inner)}</blockquote> }.into_any(),
        // A callout is an aside with a text label (never colour alone).
        Block::Quote { callout: Some(kind), blocks: inner, .. } => {
            let (class, label) = callout_style(*kind);
            view! {
                <aside class=format!("callout callout--{class}")>
                    <p class="callout__label">{label}</p>
                    {blocks(id, inner)}
                </aside>
            }
            .into_any()
        }
        Block::Code { text, .. } => view! { <pre lang=lang><code>{text.clone()}</code></pre> }.into_any(),
        Block::Rule => view! { <hr/> }.into_any(),
    }
}

fn callout_style(kind: Callout) -> (&'static str, &'static str) {
    match kind {
        Callout::Note => ("note", s::callout_note()),
        Callout::Tip => ("tip", s::callout_tip()),
        Callout::Important => ("important", s::callout_important()),
        Callout::Warning | Callout::Caution => ("warning", s::callout_warning()),
    }
}

fn list_items(id: &str, items: &[ListItem]) -> Vec<AnyView> {
    items.iter().map(|item| view! { <li>{blocks(id, &item.blocks)}</li> }.into_any()).collect()
}

/// Heading or prompt text without formatting, for `<legend>` and `<h2>`.
pub fn inline_text(content: &[Inline]) -> String {
    weerbaar_core::content::document::plain_text(content).trim().to_string()
}

/// Block text without formatting (an answer option in the review).
pub fn inline_text_blocks(blocks: &[Block]) -> String {
    weerbaar_core::content::document::plain_text_blocks(blocks).trim().to_string()
}

fn inlines(id: &str, content: &[Inline]) -> AnyView {
    content.iter().map(|i| inline(id, i)).collect::<Vec<_>>().into_any()
}

fn inline(id: &str, i: &Inline) -> AnyView {
    match i {
        Inline::Text(t) => t.clone().into_any(),
        Inline::Emphasis(c) => view! { <em>{inlines(id, c)}</em> }.into_any(),
        Inline::Strong(c) => view! { <strong>{inlines(id, c)}</strong> }.into_any(),
        Inline::Strikethrough(c) => view! { <s>{inlines(id, c)}</s> }.into_any(),
        Inline::Code(c) => view! { <code>{c.clone()}</code> }.into_any(),
        Inline::Link { href, content } => {
            let external = href.starts_with("https:");
            match paths::link_href(id, href) {
                // No referrer: a learner's progress route is nobody's business.
                Some(href) => view! { <a href=href rel=external.then_some("noreferrer")>{inlines(id, content)}</a> }.into_any(),
                // A file that is not a module is never opened as a page.
                None => view! { <span>{inlines(id, content)}</span> }.into_any(),
            }
        }
        Inline::Image { src, alt } => match paths::image_src(id, src) {
            Some(src) => view! { <img src=src alt=alt.clone() loading="lazy"/> }.into_any(),
            None => alt.clone().into_any(),
        },
        Inline::Break => view! { <br/> }.into_any(),
        Inline::Term { text, term, explanation } => {
            view! { <GlossaryTerm module_id=id.to_string() text=text.clone() term=term.clone() explanation=explanation.clone()/> }.into_any()
        }
    }
}

/// A glossary term where the module first uses it: a disclosure button
/// (the word itself) that opens its explanation right below it, inside the
/// sentence. Not a tooltip: it works by touch and keyboard, stays open
/// until closed, and a screen reader meets the text right after the
/// button. Everything is phrasing content, so it may sit inside a `<p>`.
///
/// Accessibility criteria:
/// - Must: the button says whether it is open (`aria-expanded`) and its
///   name starts with the visible word (WCAG 2.5.3).
/// - Must: the explanation follows the button in reading order.
/// - Must: print shows every explanation (see `.term` in main.css).
#[component]
fn GlossaryTerm(
    /// For links in the explanation (only https, mailto and tel reach here).
    module_id: String,
    /// The word as the module writes it.
    text: String,
    /// The term's name in the glossary.
    term: String,
    /// What it means.
    explanation: Vec<Inline>,
) -> impl IntoView {
    let open = RwSignal::new(false);
    view! {
        <span class="term">
            <button type="button" class="term__button" aria-expanded=move || open.get().to_string()
                on:click=move |_| open.update(|o| *o = !*o)>
                {text}<span class="visually-hidden">{s::term_what_is()}</span>
            </button>
            <span class="term__explanation" hidden=move || !open.get()>
                <strong>{term}": "</strong>{inlines(&module_id, &explanation)}
            </span>
        </span>
    }
}

/// The text of each option or step of an answer, in the order written.
/// The measurement pages show a set's items with these: an item is always a
/// one-answer question (`F-METING-003` refuses the others), but a set with
/// errors still opens, so every type gets labels rather than a panic.
pub fn answer_labels(answer: &weerbaar_core::content::kinds::question::Answer) -> Vec<String> {
    use weerbaar_core::content::kinds::question::Answer;
    match answer {
        Answer::One(options) | Answer::Several(options) => options.iter().map(|o| inline_text_blocks(&o.content)).collect(),
        Answer::Order(steps) => steps.iter().map(|step| inline_text_blocks(&step.content)).collect(),
    }
}
