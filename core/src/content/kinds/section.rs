//! Splitting a body at `##` headings, and item ids.

use super::super::diagnostic::{Code, Diagnostic, Span};
use super::super::document::{plain_text, Block, Inline};

/// One `##` section: a question, card group, region or scenario node.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// Heading text.
    pub title: Vec<Inline>,
    /// `{#id}` if written, else derived from the title.
    pub id: String,
    /// `{.class}` names.
    pub classes: Vec<String>,
    /// Span of the heading.
    pub span: Span,
    /// Everything up to the next `##`.
    pub blocks: Vec<Block>,
}

impl Section {
    /// Heading text without formatting.
    pub fn title_text(&self) -> String {
        plain_text(&self.title).trim().to_string()
    }
}

/// Splits `body` into what comes before the first level-2 heading and the
/// sections that follow. A `#` heading in the body stays part of its section.
pub fn split(body: Vec<Block>) -> (Vec<Block>, Vec<Section>) {
    split_at(body, 2)
}

/// Splits `blocks` at headings of `level`: `###` parts inside a mission's
/// exercise (sort groups, chat messages) work like `##` sections do.
pub fn split_at(body: Vec<Block>, level: u8) -> (Vec<Block>, Vec<Section>) {
    let mut intro = Vec::new();
    let mut sections: Vec<Section> = Vec::new();
    for block in body {
        match block {
            Block::Heading { level: l, content, id, classes, span } if l == level => {
                let id = id.filter(|i| !i.is_empty()).unwrap_or_else(|| slug(&plain_text(&content)));
                sections.push(Section { title: content, id, classes, span, blocks: Vec::new() });
            }
            other => match sections.last_mut() {
                Some(section) => section.blocks.push(other),
                None => intro.push(other),
            },
        }
    }
    (intro, sections)
}

/// Reports sections that share an id (two headings with the same text, or
/// the same `{#id}` twice): answers and branches would get mixed up.
pub fn check_unique_ids(sections: &[Section], diags: &mut Vec<Diagnostic>) {
    // A set, not a search of the sections before: a quiz of 2 000 questions
    // would otherwise compare two million pairs (issue 20, the big quiz).
    let mut seen = std::collections::HashSet::new();
    for s in sections {
        if !seen.insert(s.id.as_str()) {
            diags.push(Diagnostic::new(
                Code::DuplicateId,
                s.span.clone(),
                format!("Het kopje \"{}\" heeft dezelfde code (#{}) als een kopje eerder in dit bestand.", s.title_text(), s.id),
            ));
        }
    }
}

/// A URL-friendly id from heading text: lower case, letters and digits,
/// dashes between words ("Wat doe je nú?" -> "wat-doe-je-nu").
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        let c = match c {
            'á' | 'à' | 'ä' | 'â' | 'Á' | 'Ä' => 'a',
            'é' | 'è' | 'ë' | 'ê' | 'É' | 'Ë' => 'e',
            'í' | 'ì' | 'ï' | 'î' | 'Ï' => 'i',
            'ó' | 'ò' | 'ö' | 'ô' | 'Ö' => 'o',
            'ú' | 'ù' | 'ü' | 'û' | 'Ü' => 'u',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "onderdeel".into()
    } else {
        out
    }
}

/// `naam: waarde` lines at the start of a section, read from the source so
/// positions are exact. Returns the pairs and the blocks that remain.
pub fn key_lines<'a>(src: &str, blocks: &'a [Block], keys: &[&str]) -> (Vec<(String, String, Span)>, &'a [Block]) {
    let Some(Block::Paragraph { span, .. }) = blocks.first() else {
        return (Vec::new(), blocks);
    };
    let text = src.get(span.clone()).unwrap_or("");
    let mut pairs = Vec::new();
    let mut pos = span.start;
    for line in text.split_inclusive('\n') {
        let line_span = pos..pos + line.trim_end().len();
        pos += line.len();
        let Some((k, v)) = line.split_once(':') else { return (Vec::new(), blocks) };
        let k = k.trim().to_lowercase();
        if !keys.contains(&k.as_str()) {
            return (Vec::new(), blocks);
        }
        pairs.push((k, v.trim().to_string(), line_span));
    }
    (pairs, &blocks[1..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_readable_and_never_empty() {
        assert_eq!(slug("Wat doe je nú?"), "wat-doe-je-nu");
        assert_eq!(slug("  Agrariër & schuur  "), "agrarier-schuur");
        assert_eq!(slug("???"), "onderdeel");
    }
}
