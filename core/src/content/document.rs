//! Markdown body -> a small, safe document tree.
//!
//! The app builds its view from this tree, never from an HTML string, so
//! nothing a trainer writes can become executable markup: raw HTML turns into
//! visible text (with a warning), and link and image targets are checked
//! against an allow-list. pulldown-cmark decodes entities before we see a
//! destination, so `&#106;avascript:` is caught as `javascript:`.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::diagnostic::{Code, Diagnostic};

/// A block of body content.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub enum Block {
    /// `#`..`######` heading; level 1-6.
    Heading {
        /// 1 to 6.
        level: u8,
        /// Heading text.
        content: Vec<Inline>,
    },
    /// Ordinary paragraph.
    Paragraph(Vec<Inline>),
    /// Bulleted or numbered list; each item is a list of blocks.
    List {
        /// `Some(first number)` for numbered lists.
        start: Option<u64>,
        /// The items.
        items: Vec<Vec<Block>>,
    },
    /// `>` quotation.
    Quote(Vec<Block>),
    /// Fenced or indented code, shown as is.
    Code(String),
    /// `***` or `---` divider.
    Rule,
}

/// Inline content inside a block.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub enum Inline {
    /// Plain text (also raw HTML, shown literally).
    Text(String),
    /// `*schuin*`
    Emphasis(Vec<Inline>),
    /// `**vet**`
    Strong(Vec<Inline>),
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
    let cleaned: String = dest
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    let end = cleaned.find([':', '/', '?', '#'])?;
    (cleaned.as_bytes().get(end) == Some(&b':')).then(|| cleaned[..end].to_string())
}

/// Parses a Markdown body (front matter already removed). `offset` is where
/// the body starts in the file, so spans point into the whole file.
pub fn parse_body(body: &str, offset: usize, diags: &mut Vec<Diagnostic>) -> Vec<Block> {
    let parser = Parser::new_ext(body, Options::ENABLE_STRIKETHROUGH).into_offset_iter();
    let mut b = Builder { stack: vec![Frame::Root(Vec::new())], diags, offset };
    for (event, range) in parser {
        b.event(event, range.start..range.end);
    }
    b.finish()
}

/// One open container while the tree is built.
enum Frame {
    Root(Vec<Block>),
    Blocks(Tag<'static>, Vec<Block>),
    Inlines(Tag<'static>, Vec<Inline>),
    Link(String, Vec<Inline>),
    Image(String, String),
}

struct Builder<'d> {
    stack: Vec<Frame>,
    diags: &'d mut Vec<Diagnostic>,
    offset: usize,
}

impl Builder<'_> {
    fn event(&mut self, event: Event<'_>, range: std::ops::Range<usize>) {
        let span = self.offset + range.start..self.offset + range.end;
        match event {
            Event::Start(tag) => self.start(tag, span),
            Event::End(end) => self.end(end),
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
            // Footnotes, math and task markers are not enabled; anything else
            // a future pulldown-cmark adds is shown as its text.
            Event::FootnoteReference(t) | Event::InlineMath(t) | Event::DisplayMath(t) => self.text(&t),
            Event::TaskListMarker(done) => self.text(if done { "[x] " } else { "[ ] " }),
        }
    }

    fn start(&mut self, tag: Tag<'_>, span: std::ops::Range<usize>) {
        let frame = match tag {
            Tag::Link { dest_url, .. } => {
                let href = dest_url.into_string();
                if check_link(&href).is_err() {
                    self.diags.push(Diagnostic::new(
                        Code::UnsafeLink,
                        span,
                        format!("Deze link is niet toegestaan: \"{href}\"."),
                    ));
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
            Tag::Paragraph | Tag::Heading { .. } | Tag::Emphasis | Tag::Strong | Tag::Strikethrough => {
                Frame::Inlines(tag.into_static(), Vec::new())
            }
            Tag::CodeBlock(_) => Frame::Inlines(tag.into_static(), Vec::new()),
            other => Frame::Blocks(other.into_static(), Vec::new()),
        };
        self.stack.push(frame);
    }

    fn end(&mut self, _end: TagEnd) {
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
            Frame::Inlines(tag, content) => match tag {
                Tag::Paragraph => self.block(Block::Paragraph(content)),
                Tag::Heading { level, .. } => self.block(Block::Heading { level: heading_level(level), content }),
                Tag::Emphasis => self.inline(Inline::Emphasis(content)),
                Tag::Strong => self.inline(Inline::Strong(content)),
                Tag::CodeBlock(_) => self.block(Block::Code(plain_text(&content))),
                _ => content.into_iter().for_each(|i| self.inline(i)),
            },
            Frame::Blocks(tag, blocks) => match tag {
                Tag::List(start) => {
                    let items = blocks
                        .into_iter()
                        .map(|b| match b {
                            Block::List { items, start: None } if items.len() == 1 => {
                                items.into_iter().next().unwrap_or_default()
                            }
                            other => vec![other],
                        })
                        .collect();
                    self.block(Block::List { start, items })
                }
                // An item is wrapped as a one-item list so the parent list
                // can unwrap it above; tight items hold bare inlines.
                Tag::Item => self.block(Block::List { start: None, items: vec![blocks] }),
                Tag::BlockQuote(_) => self.block(Block::Quote(blocks)),
                _ => blocks.into_iter().for_each(|b| self.block(b)),
            },
        }
    }

    fn text(&mut self, t: &str) {
        if let Some(Frame::Image(_, alt)) = self.stack.last_mut() {
            alt.push_str(t);
            return;
        }
        if let Some(Frame::Inlines(..) | Frame::Link(..)) = self.stack.last() {
            if let Some(Inline::Text(prev)) = self.inlines_mut().and_then(|v| v.last_mut()) {
                prev.push_str(t);
                return;
            }
        }
        self.inline(Inline::Text(t.to_string()));
    }

    fn inlines_mut(&mut self) -> Option<&mut Vec<Inline>> {
        match self.stack.last_mut() {
            Some(Frame::Inlines(_, v) | Frame::Link(_, v)) => Some(v),
            _ => None,
        }
    }

    fn inline(&mut self, inline: Inline) {
        match self.stack.last_mut() {
            Some(Frame::Inlines(_, v) | Frame::Link(_, v)) => v.push(inline),
            Some(Frame::Image(_, alt)) => alt.push_str(&plain_text(&[inline])),
            // Tight list items hold inlines directly: wrap them in a paragraph.
            Some(Frame::Blocks(_, blocks) | Frame::Root(blocks)) => match blocks.last_mut() {
                Some(Block::Paragraph(v)) if !matches!(inline, Inline::Break) || !v.is_empty() => v.push(inline),
                _ => blocks.push(Block::Paragraph(vec![inline])),
            },
            None => {}
        }
    }

    fn block(&mut self, block: Block) {
        match self.stack.last_mut() {
            Some(Frame::Blocks(_, v) | Frame::Root(v)) => v.push(block),
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
            self.end(TagEnd::Paragraph);
        }
        match self.stack.pop() {
            Some(Frame::Root(blocks)) => blocks,
            _ => Vec::new(),
        }
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

/// The text of inline content, without formatting.
pub fn plain_text(inlines: &[Inline]) -> String {
    let mut out = String::new();
    for i in inlines {
        match i {
            Inline::Text(t) | Inline::Code(t) => out.push_str(t),
            Inline::Emphasis(c) | Inline::Strong(c) | Inline::Link { content: c, .. } => out.push_str(&plain_text(c)),
            Inline::Image { alt, .. } => out.push_str(alt),
            Inline::Break => out.push(' '),
        }
    }
    out
}

fn plain_text_blocks(blocks: &[Block]) -> String {
    blocks
        .iter()
        .map(|b| match b {
            Block::Heading { content, .. } | Block::Paragraph(content) => plain_text(content),
            Block::List { items, .. } => items.iter().map(|i| plain_text_blocks(i)).collect::<Vec<_>>().join(" "),
            Block::Quote(inner) => plain_text_blocks(inner),
            Block::Code(c) => c.clone(),
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
        assert_eq!(b[0], Block::Heading { level: 1, content: vec![Inline::Text("Kop".into())] });
        assert!(matches!(&b[1], Block::Paragraph(v) if v.len() == 5));
        let Block::List { start: None, items } = &b[2] else { panic!("{b:?}") };
        assert_eq!(items.len(), 2);
        assert_eq!(items[1], vec![Block::Paragraph(vec![Inline::Text("twee".into())])]);
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
        for bad in ["javascript:alert(1)", "&#106;avascript:alert(1)", "JAVASCRIPT:x", "<javascript:x>", "data:text/html,x", "http://x.nl", "vbscript:x"] {
            let (b, d) = parse(&format!("[klik]({bad})"));
            assert_eq!(d.len(), 1, "{bad}: {d:?}");
            assert_eq!(d[0].code, Code::UnsafeLink);
            assert_eq!(b, vec![Block::Paragraph(vec![Inline::Text("klik".into())])], "{bad}");
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
    fn images_must_be_local() {
        let (b, d) = parse("![Een straat](afbeeldingen/straat.svg)");
        assert!(d.is_empty());
        assert_eq!(b, vec![Block::Paragraph(vec![Inline::Image { src: "afbeeldingen/straat.svg".into(), alt: "Een straat".into() }])]);
        let (_, d) = parse("![x](https://tracker.example/pixel.png) ![y](//cdn.example/a.png)");
        assert_eq!(d.len(), 2);
    }
}
