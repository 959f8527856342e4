//! Markdown body -> a small, safe document tree.
//!
//! The app builds its view from this tree, never from an HTML string, so
//! nothing a trainer writes can become executable markup: raw HTML turns into
//! visible text (with a warning), and link and image targets are checked
//! against an allow-list. pulldown-cmark decodes entities before we see a
//! destination, so `&#106;avascript:` is caught as `javascript:`.

use pulldown_cmark::{BlockQuoteKind, CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag};

use super::diagnostic::{Code, Diagnostic, Span};

/// A block of body content. Spans are byte ranges into the whole file, so
/// item parsers can point diagnostics at the right line.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Block {
    /// `#`..`######` heading; level 1-6.
    Heading {
        /// 1 to 6.
        level: u8,
        /// Heading text.
        content: Vec<Inline>,
        /// `{#id}` written after the heading, if any.
        id: Option<String>,
        /// `{.name}` classes written after the heading.
        classes: Vec<String>,
        /// Where it was written. Only the parsers' messages read it; the
        /// build's `.json` of a module leaves it out.
        #[serde(skip)]
        span: Span,
    },
    /// Ordinary paragraph.
    Paragraph {
        /// The text.
        content: Vec<Inline>,
        /// Where it was written. Only the parsers' messages read it; the
        /// build's `.json` of a module leaves it out.
        #[serde(skip)]
        span: Span,
    },
    /// Bulleted or numbered list.
    List {
        /// `Some(first number)` for numbered lists.
        start: Option<u64>,
        /// The items.
        items: Vec<ListItem>,
    },
    /// `>` quotation, or a callout such as `> [!TIP]`.
    Quote {
        /// The callout kind, if the quote starts with `[!TIP]` and the like.
        callout: Option<Callout>,
        /// Contents.
        blocks: Vec<Block>,
        /// Where it was written. Only the parsers' messages read it; the
        /// build's `.json` of a module leaves it out.
        #[serde(skip)]
        span: Span,
    },
    /// Fenced or indented code, shown as is.
    Code {
        /// The word after the opening fence (` ```gebieden `), if any.
        info: Option<String>,
        /// The text inside.
        text: String,
        /// Where it was written. Only the parsers' messages read it; the
        /// build's `.json` of a module leaves it out.
        #[serde(skip)]
        span: Span,
    },
    /// `***` or `---` divider.
    Rule,
}

/// One list item; `checked` is set for task-list items (`- [x]`, `- [ ]`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ListItem {
    /// `Some(true)` for `[x]`, `Some(false)` for `[ ]`, `None` otherwise.
    pub checked: Option<bool>,
    /// Contents.
    pub blocks: Vec<Block>,
    /// Where it was written (not in the build's `.json`, as above).
    #[serde(skip)]
    pub span: Span,
}

/// GitHub-style callouts: `> [!TIP]` etc.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Callout {
    /// `[!NOTE]`: the explanation shown after answering.
    Note,
    /// `[!TIP]`: a hint.
    Tip,
    /// `[!IMPORTANT]`
    Important,
    /// `[!WARNING]`
    Warning,
    /// `[!CAUTION]`
    Caution,
}

/// Inline content inside a block.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Inline {
    /// Plain text (also raw HTML, shown literally).
    Text(String),
    /// `*schuin*`
    Emphasis(Vec<Inline>),
    /// `**vet**`
    Strong(Vec<Inline>),
    /// `~~doorgestreept~~`
    Strikethrough(Vec<Inline>),
    /// `` `code` ``
    Code(String),
    /// A link whose target passed the allow-list.
    Link {
        /// Checked target.
        href: String,
        /// Link text.
        content: Vec<Inline>,
    },
    /// An image from this site (relative path).
    Image {
        /// Checked relative path.
        src: String,
        /// Text alternative (from the Markdown alt text).
        alt: String,
    },
    /// Hard line break.
    Break,
    /// A glossary term where the module first uses it (added by
    /// [`super::glossary::annotate`], never by the Markdown parser).
    Term {
        /// The word as the module writes it.
        text: String,
        /// The term's name in the glossary, e.g. "Witwassen".
        term: String,
        /// What it means.
        explanation: Vec<Inline>,
    },
}

/// Why a link or image target was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetError {
    /// A scheme outside the allow-list (javascript:, data:, http: ...).
    Scheme,
}

/// Checks a link target: `https:`, `mailto:`, `tel:`, relative paths and
/// `#anchors` only. Browsers ignore tabs, newlines and leading spaces inside a
/// scheme, so those are removed before the scheme is read.
pub fn check_link(dest: &str) -> Result<(), TargetError> {
    match scheme_of(dest) {
        None => Ok(()),
        Some(s) if matches!(s.as_str(), "https" | "mailto" | "tel") => Ok(()),
        Some(_) => Err(TargetError::Scheme),
    }
}

/// Checks an image source: relative paths on this site only, because the
/// app makes no requests to other origins (privacy, and the CSP forbids it).
pub fn check_image(src: &str) -> Result<(), TargetError> {
    let cleaned: String = src.chars().filter(|c| !c.is_ascii_whitespace() && !c.is_control()).collect();
    if scheme_of(src).is_some() || cleaned.starts_with("//") {
        Err(TargetError::Scheme)
    } else {
        Ok(())
    }
}

fn scheme_of(dest: &str) -> Option<String> {
    let cleaned: String = dest.chars().filter(|c| !c.is_ascii_whitespace() && !c.is_control()).collect::<String>().to_ascii_lowercase();
    let end = cleaned.find([':', '/', '?', '#'])?;
    (cleaned.as_bytes().get(end) == Some(&b':')).then(|| cleaned[..end].to_string())
}

/// The Markdown extensions the dialect uses: task lists for answers and
/// cards, heading attributes for ids and question types, GFM callouts for
/// hints and explanations, strikethrough.
pub fn options() -> Options {
    Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS | Options::ENABLE_HEADING_ATTRIBUTES | Options::ENABLE_GFM
}

/// Parses a Markdown body (front matter already removed). `offset` is where
/// the body starts in the file, so spans point into the whole file.
pub fn parse_body(body: &str, offset: usize, diags: &mut Vec<Diagnostic>) -> Vec<Block> {
    let parser = Parser::new_ext(body, options()).into_offset_iter();
    let mut b = Builder { stack: vec![Frame::Root(Vec::new())], diags, offset };
    for (event, range) in parser {
        b.event(event, offset + range.start..offset + range.end);
    }
    let blocks = b.finish();
    report_missing_spaces(body, offset, &blocks, diags);
    blocks
}

/// Text lines that are a heading or an answer without its space (`##Kop`,
/// `-[x] Antwoord`). Markdown silently reads them as ordinary text, so a
/// question vanished and its answers, the right one marked, showed in the
/// question above it. Only paragraph lines are looked at: code is shown as
/// it is written, and a heading or list that was read is fine.
fn report_missing_spaces(body: &str, offset: usize, blocks: &[Block], diags: &mut Vec<Diagnostic>) {
    walk(
        blocks,
        &mut |block| {
            if let Block::Paragraph { span, .. } = block {
                for (at, line) in paragraph_lines(body, offset, span) {
                    diags.extend(missing_space(line, at));
                }
            }
        },
        &mut |_| {},
    );
}

/// Each line of the paragraph at `span` (file offsets) without what sits
/// in front of its text (indentation, `>`), with the file offset where that
/// text starts.
fn paragraph_lines<'a>(body: &'a str, offset: usize, span: &Span) -> Vec<(usize, &'a str)> {
    let Some(text) = span.start.checked_sub(offset).zip(span.end.checked_sub(offset)).and_then(|(start, end)| body.get(start..end)) else {
        return Vec::new();
    };
    let mut at = span.start;
    let mut lines = Vec::new();
    for raw in text.split_inclusive('\n') {
        let line = raw.trim_start_matches([' ', '\t', '>']);
        lines.push((at + raw.len() - line.len(), line.trim_end()));
        at += raw.len();
    }
    lines
}

/// The diagnostic for one paragraph line that starts like a heading or a
/// task-list item but misses the space that would make it one. A single `#`
/// is left alone: `#nofilter` is a hashtag in a lesson about social media.
fn missing_space(line: &str, at: usize) -> Option<Diagnostic> {
    let span = at..at + line.len();
    let hashes = line.len() - line.trim_start_matches('#').len();
    if (2..=6).contains(&hashes) && line[hashes..].starts_with(|c: char| !c.is_whitespace()) {
        let fixed = format!("{} {}", &line[..hashes], &line[hashes..]);
        return Some(Diagnostic::new(
            Code::HeadingNoSpace,
            span,
            format!("Deze regel lijkt een kop, maar na de #-tekens staat geen spatie. Bedoel je \"{}\"?", shortened(&fixed)),
        ));
    }
    let marker = line.chars().next()?;
    let rest = &line[marker.len_utf8()..];
    let box_first = ["[ ]", "[x]", "[X]"].iter().any(|b| rest.starts_with(b));
    let name = match marker {
        '-' => "het streepje",
        '*' => "het sterretje",
        '+' => "het plusteken",
        _ => return None,
    };
    if let Some(after_hard_space) = rest.strip_prefix(HARD_SPACE) {
        let box_next = ["[ ]", "[x]", "[X]"].iter().any(|b| after_hard_space.trim_start_matches(HARD_SPACE).starts_with(b));
        return box_next.then(|| {
            Diagnostic::new(
                Code::ListMarkerNoSpace,
                span,
                format!("Na {name} staat een onzichtbare harde spatie in plaats van een gewone, dus de app leest dit niet als antwoord. Haal hem weg en typ een gewone spatie met de spatiebalk."),
            )
        });
    }
    box_first.then(|| {
        Diagnostic::new(
            Code::ListMarkerNoSpace,
            span,
            format!("Na {name} moet een spatie staan: schrijf \"{}\".", shortened(&format!("{marker} {rest}"))),
        )
    })
}

/// `text` cut to a length that reads well inside a message.
fn shortened(text: &str) -> String {
    const MAX_CHARS: usize = 60;
    if text.chars().count() <= MAX_CHARS {
        return text.to_string();
    }
    let cut: String = text.chars().take(MAX_CHARS).collect();
    format!("{cut}…")
}

/// The no-break space (U+00A0) that Word and web pages put where a space
/// was typed. It looks like a space, but Markdown does not read it as one.
pub const HARD_SPACE: char = '\u{a0}';

/// Typographic quotes, as Word makes of typed " and ' (also the Dutch „).
const CURLY_QUOTES: [char; 8] = ['\u{201C}', '\u{201D}', '\u{201E}', '\u{2018}', '\u{2019}', '\u{201A}', '\u{AB}', '\u{BB}'];

/// Why the link to `href` is refused. Curly quotes around an allowed link
/// are named: the help's "begin with https:" puzzles a trainer whose link
/// does, as far as they can see.
fn refused_link(href: &str) -> String {
    let unquoted = href.trim().trim_matches(CURLY_QUOTES);
    if unquoted.len() < href.trim().len() && check_link(unquoted).is_ok() {
        format!("Er staan krullende aanhalingstekens om de link: haal ze weg, zodat er alleen \"{unquoted}\" tussen de haakjes staat.")
    } else {
        format!("Deze link is niet toegestaan: \"{href}\".")
    }
}

/// What to say about a list `item` without `[x]` or `[ ]` where one was
/// expected: `usual`, unless a hard space (see [`HARD_SPACE`]) inside or
/// right after the box kept Markdown from reading it. The line then looks
/// right, so that cause must be named.
pub fn not_a_task_item(item: &ListItem, usual: &str) -> String {
    let text = plain_text_blocks(&item.blocks);
    let text = text.trim_start();
    if text.starts_with(&format!("[{HARD_SPACE}]")) {
        return "Er staat een onzichtbare harde spatie tussen de haken [ ], dus de app leest dit niet als [ ]. Haal hem weg en typ een gewone spatie met de spatiebalk.".into();
    }
    let after_box = ["[x]", "[X]", "[ ]"].iter().any(|b| text.strip_prefix(b).is_some_and(|rest| rest.starts_with(HARD_SPACE)));
    if after_box {
        return "Er staat een onzichtbare harde spatie na de haken, dus de app leest dit niet als [x] of [ ]. Haal hem weg en typ een gewone spatie met de spatiebalk.".into();
    }
    usual.to_string()
}

/// Deepest nesting kept as structure; see [`Builder::start`].
const MAX_DEPTH: usize = 32;

/// What an open container will become when it closes.
enum Container {
    List(Option<u64>),
    Item(Option<bool>),
    Quote(Option<Callout>),
    /// Tables, footnotes and the like: their blocks are kept as they are.
    Transparent,
}

/// What an open inline container will become when it closes.
enum InlineKind {
    Paragraph,
    Heading {
        level: u8,
        id: Option<String>,
        classes: Vec<String>,
    },
    Emphasis,
    Strong,
    Strikethrough,
    Code(Option<String>),
    /// Table cells and the like: their inlines join the parent.
    Transparent,
}

/// One open container while the tree is built.
enum Frame {
    Root(Vec<Block>),
    Blocks(Container, Vec<Block>, Span),
    Inlines(InlineKind, Vec<Inline>, Span),
    Link(String, Vec<Inline>),
    Image(String, String),
}

struct Builder<'d> {
    stack: Vec<Frame>,
    diags: &'d mut Vec<Diagnostic>,
    offset: usize,
}

impl Builder<'_> {
    fn event(&mut self, event: Event<'_>, span: Span) {
        match event {
            Event::Start(tag) => self.start(tag, span),
            Event::End(_) => self.end(),
            Event::Text(t) => self.text(&t),
            Event::Code(c) => self.inline(Inline::Code(c.into_string())),
            Event::Html(h) | Event::InlineHtml(h) => {
                self.diags.push(Diagnostic::new(
                    Code::RawHtml,
                    span,
                    format!("Hier staat HTML: \"{}\".", h.trim().chars().take(60).collect::<String>()),
                ));
                self.text(&h);
            }
            Event::SoftBreak => self.text(" "),
            Event::HardBreak => self.inline(Inline::Break),
            Event::Rule => self.block(Block::Rule),
            Event::TaskListMarker(done) => self.mark_item(done),
            // Footnotes and math are not enabled; anything a future
            // pulldown-cmark adds is shown as its text.
            Event::FootnoteReference(t) | Event::InlineMath(t) | Event::DisplayMath(t) => self.text(&t),
        }
    }

    fn start(&mut self, tag: Tag<'_>, span: Span) {
        // Past this depth, containers are flattened (their text is kept).
        // The tree is dropped, cloned and rendered recursively, so hostile
        // nesting ("> > > ..." thousands deep) must not reach those.
        if self.stack.len() > MAX_DEPTH {
            let frame = match tag {
                Tag::Paragraph | Tag::Heading { .. } | Tag::CodeBlock(_) => Frame::Inlines(InlineKind::Paragraph, Vec::new(), span),
                Tag::Link { .. } | Tag::Image { .. } | Tag::Emphasis | Tag::Strong | Tag::Strikethrough => {
                    Frame::Inlines(InlineKind::Transparent, Vec::new(), span)
                }
                _ => Frame::Blocks(Container::Transparent, Vec::new(), span),
            };
            self.stack.push(frame);
            return;
        }
        let frame = match tag {
            Tag::Link { dest_url, .. } => {
                let href = dest_url.into_string();
                if check_link(&href).is_err() {
                    self.diags.push(Diagnostic::new(Code::UnsafeLink, span, refused_link(&href)));
                    // Keep the text, drop the target.
                    Frame::Link(String::new(), Vec::new())
                } else {
                    Frame::Link(href, Vec::new())
                }
            }
            Tag::Image { dest_url, .. } => {
                let src = dest_url.into_string();
                if check_image(&src).is_err() {
                    self.diags.push(Diagnostic::new(
                        Code::UnsafeLink,
                        span,
                        format!("Afbeeldingen moeten op deze website staan, niet op \"{src}\"."),
                    ));
                    Frame::Image(String::new(), String::new())
                } else {
                    Frame::Image(src, String::new())
                }
            }
            Tag::Paragraph => Frame::Inlines(InlineKind::Paragraph, Vec::new(), span),
            Tag::Heading { level, id, classes, .. } => Frame::Inlines(
                InlineKind::Heading {
                    level: heading_level(level),
                    id: id.map(|i| i.to_string()),
                    classes: classes.iter().map(|c| c.to_string()).collect(),
                },
                Vec::new(),
                span,
            ),
            Tag::Emphasis => Frame::Inlines(InlineKind::Emphasis, Vec::new(), span),
            Tag::Strong => Frame::Inlines(InlineKind::Strong, Vec::new(), span),
            Tag::Strikethrough => Frame::Inlines(InlineKind::Strikethrough, Vec::new(), span),
            Tag::CodeBlock(kind) => {
                let info = match kind {
                    CodeBlockKind::Fenced(info) => Some(info.trim().to_string()).filter(|i| !i.is_empty()),
                    CodeBlockKind::Indented => None,
                };
                Frame::Inlines(InlineKind::Code(info), Vec::new(), span)
            }
            Tag::List(start) => Frame::Blocks(Container::List(start), Vec::new(), span),
            Tag::Item => Frame::Blocks(Container::Item(None), Vec::new(), span),
            Tag::BlockQuote(kind) => Frame::Blocks(Container::Quote(kind.map(callout)), Vec::new(), span),
            Tag::TableCell | Tag::TableHead | Tag::TableRow | Tag::Superscript | Tag::Subscript => {
                Frame::Inlines(InlineKind::Transparent, Vec::new(), span)
            }
            _ => Frame::Blocks(Container::Transparent, Vec::new(), span),
        };
        self.stack.push(frame);
    }

    fn end(&mut self) {
        // Events are well nested, so the closing tag always matches the top
        // frame; the root frame is never popped here.
        if self.stack.len() <= 1 {
            return;
        }
        let Some(frame) = self.stack.pop() else { return };
        match frame {
            Frame::Root(_) => {}
            Frame::Link(href, content) => {
                if href.is_empty() {
                    content.into_iter().for_each(|i| self.inline(i));
                } else {
                    self.inline(Inline::Link { href, content });
                }
            }
            Frame::Image(src, alt) => {
                if !src.is_empty() {
                    self.inline(Inline::Image { src, alt });
                } else if !alt.is_empty() {
                    self.text(&alt);
                }
            }
            Frame::Inlines(kind, content, span) => match kind {
                InlineKind::Paragraph => self.block(Block::Paragraph { content, span }),
                InlineKind::Heading { level, id, classes } => self.block(Block::Heading { level, content, id, classes, span }),
                InlineKind::Emphasis => self.inline(Inline::Emphasis(content)),
                InlineKind::Strong => self.inline(Inline::Strong(content)),
                InlineKind::Strikethrough => self.inline(Inline::Strikethrough(content)),
                InlineKind::Code(info) => self.block(Block::Code { info, text: plain_text(&content), span }),
                InlineKind::Transparent => {
                    content.into_iter().for_each(|i| self.inline(i));
                    self.text(" ");
                }
            },
            Frame::Blocks(container, blocks, span) => match container {
                Container::List(start) => {
                    let items = blocks
                        .into_iter()
                        .filter_map(|b| match b {
                            Block::List { start: None, mut items } if items.len() == 1 => items.pop(),
                            _ => None,
                        })
                        .collect();
                    self.block(Block::List { start, items })
                }
                // An item travels up as a one-item list; the list above
                // unwraps it. Only lists hold items.
                Container::Item(checked) => self.block(Block::List { start: None, items: vec![ListItem { checked, blocks, span }] }),
                Container::Quote(callout) => self.block(Block::Quote { callout, blocks, span }),
                Container::Transparent => blocks.into_iter().for_each(|b| self.block(b)),
            },
        }
    }

    fn mark_item(&mut self, done: bool) {
        for frame in self.stack.iter_mut().rev() {
            if let Frame::Blocks(Container::Item(checked), ..) = frame {
                *checked = Some(done);
                return;
            }
        }
    }

    fn text(&mut self, t: &str) {
        match self.stack.last_mut() {
            Some(Frame::Image(_, alt)) => alt.push_str(t),
            Some(Frame::Inlines(_, v, _) | Frame::Link(_, v)) => match v.last_mut() {
                Some(Inline::Text(prev)) => prev.push_str(t),
                _ => v.push(Inline::Text(t.to_string())),
            },
            _ => self.inline(Inline::Text(t.to_string())),
        }
    }

    fn inline(&mut self, inline: Inline) {
        let offset = self.offset;
        match self.stack.last_mut() {
            Some(Frame::Inlines(_, v, _) | Frame::Link(_, v)) => v.push(inline),
            Some(Frame::Image(_, alt)) => alt.push_str(&plain_text(&[inline])),
            // Tight list items hold inlines directly: wrap them in a paragraph.
            Some(Frame::Blocks(_, blocks, _) | Frame::Root(blocks)) => match blocks.last_mut() {
                Some(Block::Paragraph { content, .. }) => content.push(inline),
                _ => {
                    let at = match self.stack.last() {
                        Some(Frame::Blocks(_, _, span)) => span.start..span.end,
                        _ => offset..offset,
                    };
                    if let Some(Frame::Blocks(_, blocks, _) | Frame::Root(blocks)) = self.stack.last_mut() {
                        blocks.push(Block::Paragraph { content: vec![inline], span: at });
                    }
                }
            },
            None => {}
        }
    }

    fn block(&mut self, block: Block) {
        match self.stack.last_mut() {
            Some(Frame::Blocks(_, v, _) | Frame::Root(v)) => v.push(block),
            // A block can only end up inside an inline container if events
            // were malformed; keep its text rather than lose it.
            Some(_) => {
                let text = plain_text_blocks(&[block]);
                self.text(&text);
            }
            None => {}
        }
    }

    fn finish(mut self) -> Vec<Block> {
        while self.stack.len() > 1 {
            self.end();
        }
        match self.stack.pop() {
            Some(Frame::Root(blocks)) => blocks,
            _ => Vec::new(),
        }
    }
}

fn callout(kind: BlockQuoteKind) -> Callout {
    match kind {
        BlockQuoteKind::Note => Callout::Note,
        BlockQuoteKind::Tip => Callout::Tip,
        BlockQuoteKind::Important => Callout::Important,
        BlockQuoteKind::Warning => Callout::Warning,
        BlockQuoteKind::Caution => Callout::Caution,
    }
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// Calls `on_block` for every block and `on_inline` for every inline in
/// `blocks`, depth first, in document order.
pub fn walk(blocks: &[Block], on_block: &mut dyn FnMut(&Block), on_inline: &mut dyn FnMut(&Inline)) {
    fn inlines(list: &[Inline], on_inline: &mut dyn FnMut(&Inline)) {
        for i in list {
            on_inline(i);
            match i {
                Inline::Emphasis(c) | Inline::Strong(c) | Inline::Strikethrough(c) | Inline::Link { content: c, .. } => inlines(c, on_inline),
                // A term's explanation comes from the glossary, not the module.
                Inline::Text(_) | Inline::Code(_) | Inline::Image { .. } | Inline::Break | Inline::Term { .. } => {}
            }
        }
    }
    for b in blocks {
        on_block(b);
        match b {
            Block::Heading { content, .. } | Block::Paragraph { content, .. } => inlines(content, on_inline),
            Block::List { items, .. } => items.iter().for_each(|i| walk(&i.blocks, on_block, on_inline)),
            Block::Quote { blocks, .. } => walk(blocks, on_block, on_inline),
            Block::Code { .. } | Block::Rule => {}
        }
    }
}

/// The text of inline content, without formatting.
pub fn plain_text(inlines: &[Inline]) -> String {
    let mut out = String::new();
    for i in inlines {
        match i {
            Inline::Text(t) | Inline::Code(t) | Inline::Term { text: t, .. } => out.push_str(t),
            Inline::Emphasis(c) | Inline::Strong(c) | Inline::Strikethrough(c) | Inline::Link { content: c, .. } => out.push_str(&plain_text(c)),
            Inline::Image { alt, .. } => out.push_str(alt),
            Inline::Break => out.push(' '),
        }
    }
    out
}

/// The text of blocks, without formatting, separated by spaces.
pub fn plain_text_blocks(blocks: &[Block]) -> String {
    blocks
        .iter()
        .map(|b| match b {
            Block::Heading { content, .. } | Block::Paragraph { content, .. } => plain_text(content),
            Block::List { items, .. } => items.iter().map(|i| plain_text_blocks(&i.blocks)).collect::<Vec<_>>().join(" "),
            Block::Quote { blocks, .. } => plain_text_blocks(blocks),
            Block::Code { text, .. } => text.clone(),
            Block::Rule => String::new(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(md: &str) -> (Vec<Block>, Vec<Diagnostic>) {
        let mut d = Vec::new();
        (parse_body(md, 0, &mut d), d)
    }

    #[test]
    fn builds_headings_paragraphs_and_lists() {
        let (b, d) = parse("# Kop\n\nEen *mooie* **zin**.\n\n- een\n- twee\n");
        assert!(d.is_empty());
        assert!(matches!(&b[0], Block::Heading { level: 1, content, .. } if content == &vec![Inline::Text("Kop".into())]));
        assert!(matches!(&b[1], Block::Paragraph { content, .. } if content.len() == 5));
        let Block::List { start: None, items } = &b[2] else { panic!("{b:?}") };
        assert_eq!(items.len(), 2);
        assert_eq!(plain_text_blocks(&items[1].blocks), "twee");
        assert_eq!(items[1].checked, None);
    }

    #[test]
    fn task_lists_callouts_attributes_and_spans_are_kept() {
        let md = "## Vraag {#v1 .meerkeuze}\n\n- [x] Goed\n  > Ja!\n- [ ] Fout\n\n> [!TIP]\n> Kijk goed.\n\n```gebieden\nx\n```\n";
        let (b, d) = parse(md);
        assert!(d.is_empty(), "{d:?}");
        let Block::Heading { id, classes, span, .. } = &b[0] else { panic!("{b:?}") };
        assert_eq!((id.as_deref(), classes.as_slice()), (Some("v1"), &["meerkeuze".to_string()][..]));
        assert_eq!(&md[span.clone()], "## Vraag {#v1 .meerkeuze}\n");
        let Block::List { items, .. } = &b[1] else { panic!("{b:?}") };
        assert_eq!(items.iter().map(|i| i.checked).collect::<Vec<_>>(), [Some(true), Some(false)]);
        assert!(matches!(&items[0].blocks[1], Block::Quote { callout: None, .. }), "{:?}", items[0].blocks);
        assert!(matches!(&b[2], Block::Quote { callout: Some(Callout::Tip), .. }), "{:?}", b[2]);
        assert!(matches!(&b[3], Block::Code { info: Some(i), text, .. } if i == "gebieden" && text == "x\n"));
    }

    #[test]
    fn raw_html_becomes_text_with_a_warning() {
        let (b, d) = parse("Hallo <script>alert(1)</script> daar\n\n<img src=x onerror=alert(1)>\n");
        assert!(d.iter().all(|d| d.code == Code::RawHtml) && !d.is_empty());
        let text = plain_text_blocks(&b);
        assert!(text.contains("<script>") && text.contains("onerror"), "{text}");
    }

    #[test]
    fn disallowed_links_keep_their_text_but_lose_the_target() {
        for bad in
            ["javascript:alert(1)", "&#106;avascript:alert(1)", "JAVASCRIPT:x", "<javascript:x>", "data:text/html,x", "http://x.nl", "vbscript:x"]
        {
            let (b, d) = parse(&format!("[klik]({bad})"));
            assert_eq!(d.len(), 1, "{bad}: {d:?}");
            assert_eq!(d[0].code, Code::UnsafeLink);
            assert!(matches!(&b[..], [Block::Paragraph { content, .. }] if content == &vec![Inline::Text("klik".into())]), "{bad}: {b:?}");
        }
        // Browsers strip tabs and leading spaces inside a scheme.
        for bad in ["java\tscript:x", " javascript:x", "java\nscript:x", "\u{1}javascript:x"] {
            assert_eq!(check_link(bad), Err(TargetError::Scheme), "{bad:?}");
        }
        for good in ["https://www.politie.nl", "mailto:meldpunt@gemeente.nl", "tel:08007000", "../andere.md", "#kopje", "pad/bestand.md"] {
            assert!(check_link(good).is_ok(), "{good}");
        }
    }

    #[test]
    fn a_heading_without_a_space_after_its_hashes_is_named_at_its_line() {
        let md = "## Vraag 1\n\n- [x] Goed\n  > Ja.\n\n##Gaten in de muur {#gaten}\n\nTekst.\n";
        let (_, d) = parse(md);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].code, Code::HeadingNoSpace);
        assert_eq!(&md[d[0].span.clone()], "##Gaten in de muur {#gaten}");
        assert!(d[0].message.starts_with("Deze regel lijkt een kop, maar na de #-tekens staat geen spatie."), "{}", d[0].message);
        assert!(d[0].message.contains("\"## Gaten in de muur {#gaten}\""), "{}", d[0].message);
        // Also on a later line of a paragraph and inside a quote.
        for md in ["Eerste regel\n###Kop\n", "> Uitleg\n> ######Kop\n"] {
            let (_, d) = parse(md);
            assert_eq!(d.iter().map(|d| d.code).collect::<Vec<_>>(), [Code::HeadingNoSpace], "{md:?}");
        }
    }

    #[test]
    fn hashtags_real_headings_and_code_are_no_heading_mistakes() {
        for md in [
            "#nofilter is een hashtag\n",
            "Tekst over #nofilter en ##dubbel midden in een regel\n",
            "## Kop met spatie\n",
            "##\n",
            "#######zeven\n",
            "```\n##code\n-[x] code\n```\n",
            "    ##ingesprongen code\n",
            "Bel `##31#` voor je nummer\n",
        ] {
            let (_, d) = parse(md);
            assert!(d.is_empty(), "{md:?}: {d:?}");
        }
    }

    #[test]
    fn a_task_item_without_a_space_after_the_dash_is_named_at_its_line() {
        let md = "## Vraag\n\n-[x] Goed\n-[ ] Fout\n\n*[X] Ook\n";
        let (_, d) = parse(md);
        let at: Vec<&str> = d.iter().map(|d| &md[d.span.clone()]).collect();
        assert_eq!(at, ["-[x] Goed", "-[ ] Fout", "*[X] Ook"], "{d:?}");
        assert!(d.iter().all(|d| d.code == Code::ListMarkerNoSpace));
        assert_eq!(d[0].message, "Na het streepje moet een spatie staan: schrijf \"- [x] Goed\".");
        assert_eq!(d[2].message, "Na het sterretje moet een spatie staan: schrijf \"* [X] Ook\".");
        // Right after a real answer the line is glued to it (lazily): still found.
        let (_, d) = parse("- [x] Goed\n-[ ] Fout\n");
        assert_eq!(d.iter().map(|d| d.code).collect::<Vec<_>>(), [Code::ListMarkerNoSpace], "{d:?}");
        // A link in emphasis and a real task list are fine.
        for md in ["*[een link](https://x.nl)*\n", "- [x] Goed\n- [ ] Fout\n", "-[link](https://x.nl)\n"] {
            let (_, d) = parse(md);
            assert!(d.is_empty(), "{md:?}: {d:?}");
        }
    }

    #[test]
    fn a_hard_space_after_the_dash_is_named() {
        let md = "## Vraag\n\n-\u{a0}[x] Antwoord\n";
        let (_, d) = parse(md);
        assert_eq!(d.iter().map(|d| d.code).collect::<Vec<_>>(), [Code::ListMarkerNoSpace], "{d:?}");
        assert!(d[0].message.starts_with("Na het streepje staat een onzichtbare harde spatie"), "{}", d[0].message);
        assert_eq!(&md[d[0].span.clone()], "-\u{a0}[x] Antwoord");
        // Glued to a real answer above it, it is found too.
        let (_, d) = parse("- [ ] Fout\n-\u{a0}[x] Goed\n");
        assert_eq!(d.iter().map(|d| d.code).collect::<Vec<_>>(), [Code::ListMarkerNoSpace], "{d:?}");
        // A hard space before ordinary text is no answer mistake.
        let (_, d) = parse("-\u{a0}een streepje\n");
        assert!(d.is_empty(), "{d:?}");
    }

    #[test]
    fn a_hard_space_in_or_after_the_box_is_named() {
        let (b, _) = parse("- [x] Goed\n- [x]\u{a0}Antwoord\n- [\u{a0}] Fout\n- Gewoon\n");
        let Block::List { items, .. } = &b[0] else { panic!("{b:?}") };
        let said: Vec<String> = items.iter().map(|i| not_a_task_item(i, "gewoon")).collect();
        assert!(said[1].starts_with("Er staat een onzichtbare harde spatie na de haken"), "{}", said[1]);
        assert!(said[2].starts_with("Er staat een onzichtbare harde spatie tussen de haken"), "{}", said[2]);
        assert_eq!(said[3], "gewoon");
    }

    #[test]
    fn curly_quotes_around_a_link_are_named() {
        for quoted in ["\u{201C}https://www.politie.nl\u{201D}", "\u{201E}https://www.politie.nl\u{201D}", "\u{2018}https://www.politie.nl\u{2019}"] {
            let (_, d) = parse(&format!("[Politie]({quoted})\n"));
            assert_eq!(d.iter().map(|d| d.code).collect::<Vec<_>>(), [Code::UnsafeLink], "{quoted}");
            assert_eq!(
                d[0].message,
                "Er staan krullende aanhalingstekens om de link: haal ze weg, zodat er alleen \"https://www.politie.nl\" tussen de haakjes staat."
            );
        }
        // A refused link in quotes is still refused as such.
        let (_, d) = parse("[x](\u{201C}javascript:alert(1)\u{201D})\n");
        assert!(d[0].message.starts_with("Deze link is niet toegestaan"), "{}", d[0].message);
    }

    #[test]
    fn images_must_be_local() {
        let (b, d) = parse("![Een straat](afbeeldingen/straat.svg)");
        assert!(d.is_empty());
        let image = Inline::Image { src: "afbeeldingen/straat.svg".into(), alt: "Een straat".into() };
        assert!(matches!(&b[..], [Block::Paragraph { content, .. }] if content == &vec![image]), "{b:?}");
        let (_, d) = parse("![x](https://tracker.example/pixel.png) ![y](//cdn.example/a.png)");
        assert_eq!(d.len(), 2);
    }
}
