//! The block of `naam: waarde` lines at the top of every module.
//!
//! We read it ourselves instead of with a YAML library: trainers only need
//! simple pairs, and our own reader can say precisely which line is wrong, in
//! Dutch. Grammar:
//!
//! ```text
//! file        = fence NEWLINE { line NEWLINE } fence NEWLINE? body
//! fence       = "---" (trailing spaces allowed)
//! line        = blank | "#" comment | key ":" value
//! ```

use super::diagnostic::{Code, Diagnostic, Span};

/// One `naam: waarde` pair with where it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// Lower-cased key.
    pub key: String,
    /// Trimmed value, surrounding quotes removed.
    pub value: String,
    /// Span of the whole line.
    pub span: Span,
    /// Span of the value (empty span after the colon when there is none).
    pub value_span: Span,
}

/// The front matter of a file and where the body starts.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FrontMatter {
    /// Fields in source order, duplicates already reported and dropped.
    pub fields: Vec<Field>,
    /// Byte offset where the Markdown body begins.
    pub body_start: usize,
}

impl FrontMatter {
    /// The field called `key`, if present.
    pub fn get(&self, key: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.key == key)
    }

    /// `doelgroep:`, with an error for an unknown code, or `missing` when
    /// there is front matter without the key (no front matter at all is
    /// reported once, elsewhere).
    pub fn audience(&self, has_front_matter: bool, missing: &str, diags: &mut Vec<Diagnostic>) -> Option<super::Audience> {
        match self.get("doelgroep") {
            Some(f) => {
                let a = super::Audience::from_code(&f.value);
                if a.is_none() {
                    diags.push(Diagnostic::new(Code::UnknownAudience, f.value_span.clone(), format!("De doelgroep \"{}\" bestaat niet.", f.value)));
                }
                a
            }
            None => {
                if has_front_matter {
                    diags.push(Diagnostic::new(Code::AudienceMissing, 0..0, missing.to_string()));
                }
                None
            }
        }
    }

    /// A whole number from 0 to `max` under `key`, with an error otherwise.
    pub fn number(&self, key: &str, max: u32, diags: &mut Vec<Diagnostic>) -> Option<u32> {
        let f = self.get(key)?;
        match f.value.parse::<u32>() {
            Ok(n) if n <= max => Some(n),
            _ => {
                diags.push(Diagnostic::new(
                    Code::BadNumber,
                    f.value_span.clone(),
                    format!("Bij '{key}' hoort een heel getal van 0 tot {max}, maar hier staat \"{}\".", f.value),
                ));
                None
            }
        }
    }
}

/// Reports every second front-matter block after the body starts at
/// `body_start`: only the block at the very top is read.
pub fn report_misplaced(src: &str, body_start: usize, diags: &mut Vec<Diagnostic>) {
    for span in misplaced_blocks(src, body_start) {
        diags.push(Diagnostic::new(
            Code::FrontMatterNotAtTop,
            span,
            "Hier begint een tweede blok met instellingen. Alleen het blok helemaal bovenaan wordt gelezen.",
        ));
    }
}

/// Splits off and reads the front matter of `src`. Always returns a value;
/// problems are pushed onto `diags`.
pub fn parse(src: &str, diags: &mut Vec<Diagnostic>) -> FrontMatter {
    let mut lines = LineIter::new(src);
    // A byte-order mark (Notepad's and Word's "UTF-8 met BOM") or blank
    // lines before the fence are harmless.
    let first = loop {
        match lines.next() {
            Some((_, text)) if without_bom(text).trim().is_empty() => continue,
            Some((span, text)) => break Some((span, without_bom(text))),
            None => break None,
        }
    };
    let Some((first_span, first_text)) = first else {
        diags.push(Diagnostic::new(Code::FrontMatterMissing, 0..0, "Dit bestand is leeg."));
        return FrontMatter::default();
    };
    if is_near_fence(first_text) {
        // Read the block anyway: the trainer clearly meant one, and its
        // title and kind are then checked as usual.
        diags.push(Diagnostic::new(
            Code::FrontMatterMissing,
            first_span.clone(),
            format!("Het blok bovenaan begint met {}. {EXACTLY_THREE}", dashes_described(first_text)),
        ));
    } else if !is_fence(first_text) {
        diags.push(Diagnostic::new(
            Code::FrontMatterMissing,
            first_span.start..first_span.start,
            "Bovenaan dit bestand ontbreekt het blok met titel, soort en doelgroep.",
        ));
        let bom = src.len() - without_bom(src).len();
        return FrontMatter { fields: Vec::new(), body_start: first_span.start.max(bom) };
    }

    let mut fields: Vec<Field> = Vec::new();
    let diags_before = diags.len();
    // Where the block probably ended if the closing --- was forgotten: the
    // first blank line or line that is not `naam: waarde`.
    let mut probable_end: Option<usize> = None;
    for (span, text) in lines.by_ref() {
        if is_fence(text) {
            return FrontMatter { fields, body_start: span.end };
        }
        // Only while every line so far was a setting: later, a line of
        // dashes is a divider in the text after a forgotten `---`.
        if probable_end.is_none() && is_near_fence(text) {
            diags.push(Diagnostic::new(
                Code::FrontMatterUnclosed,
                span.clone(),
                format!("Het blok bovenaan eindigt met {}. {EXACTLY_THREE}", dashes_described(text)),
            ));
            return FrontMatter { fields, body_start: span.end };
        }
        let trimmed = text.trim();
        if probable_end.is_none() && (trimmed.is_empty() || !trimmed.contains(':')) && !trimmed.starts_with('#') {
            probable_end = Some(span.start);
        }
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let Some((key, value)) = text.split_once(':') else {
            diags.push(Diagnostic::new(
                Code::FrontMatterLine,
                span.clone(),
                format!("Deze regel in het blok bovenaan heeft geen dubbele punt: \"{trimmed}\"."),
            ));
            continue;
        };
        let key = key.trim().to_lowercase();
        if key.is_empty() || key.contains(char::is_whitespace) {
            diags.push(Diagnostic::new(
                Code::FrontMatterLine,
                span.clone(),
                format!("Voor de dubbele punt hoort één woord te staan, zoals 'titel', maar hier staat \"{}\".", key),
            ));
            continue;
        }
        let colon = span.start + text.len() - value.len() - 1;
        let raw = value;
        let lead = raw.len() - raw.trim_start().len();
        let value_start = colon + 1 + lead;
        let value = unquote(raw.trim()).to_string();
        let value_span = value_start..value_start + raw.trim().len();
        if fields.iter().any(|f| f.key == key) {
            diags.push(Diagnostic::new(Code::FrontMatterDuplicateKey, span.clone(), format!("'{key}' staat twee keer in het blok bovenaan.")));
            continue;
        }
        fields.push(Field { key, value, span, value_span });
    }
    diags.push(Diagnostic::new(Code::FrontMatterUnclosed, first_span, "Het blok bovenaan begint met ---, maar wordt nergens afgesloten."));
    // Recover: keep what was read up to the probable end, report nothing
    // about the lines after it (they are the body), and show them.
    let end = probable_end.unwrap_or(src.len());
    let mut i = diags_before;
    while i < diags.len() {
        if diags[i].code != Code::FrontMatterUnclosed && diags[i].span.start >= end {
            diags.remove(i);
        } else {
            i += 1;
        }
    }
    fields.retain(|f| f.span.start < end);
    FrontMatter { fields, body_start: end }
}

/// Finds blocks later in the file that look like a second front matter: a
/// `---` line after a blank line, `naam: waarde` lines, and another `---`.
/// Many Markdown tools treat such a block as hidden metadata, so text a
/// trainer meant for learners could vanish. We show body text as Markdown (a
/// lone `---` is an ordinary rule there), but report the block so the trainer
/// knows it is not read as settings. Returns the span of each opening fence.
pub fn misplaced_blocks(src: &str, body_start: usize) -> Vec<Span> {
    let lines: Vec<(Span, &str)> = LineIter::new(src).filter(|(s, _)| s.start >= body_start).collect();
    let mut found = Vec::new();
    let mut in_code = false;
    let mut i = 0;
    while i < lines.len() {
        let (span, text) = &lines[i];
        let t = text.trim();
        if t.starts_with("```") || t.starts_with("~~~") {
            in_code = !in_code;
        }
        let after_blank = i == 0 || lines[i - 1].1.trim().is_empty();
        if !in_code && after_blank && is_fence(text) {
            let close = lines[i + 1..].iter().position(|(_, l)| is_fence(l)).map(|p| i + 1 + p);
            if let Some(close) = close {
                let inner = &lines[i + 1..close];
                let looks_like_pairs =
                    inner.iter().any(|(_, l)| !l.trim().is_empty()) && inner.iter().all(|(_, l)| l.trim().is_empty() || looks_like_pair(l));
                if looks_like_pairs {
                    found.push(span.clone());
                    i = close + 1;
                    continue;
                }
            }
        }
        i += 1;
    }
    found
}

fn looks_like_pair(line: &str) -> bool {
    line.split_once(':').is_some_and(|(k, _)| {
        let k = k.trim();
        !k.is_empty() && k.len() <= 30 && !k.contains(char::is_whitespace)
    })
}

/// `text` without a leading UTF-8 byte-order mark.
pub fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

fn is_fence(line: &str) -> bool {
    line.trim_end() == "---"
}

/// Dashes typed as a word processor or a hurried hand makes them.
const DASHES: [char; 3] = ['-', '\u{2013}', '\u{2014}'];

/// What a fence must be, said after what it is instead.
const EXACTLY_THREE: &str = "Het moet beginnen en eindigen met een regel met precies drie gewone streepjes: ---";

/// A line meant as `---` that is not one: two or four or more dashes,
/// dashes with spaces between (`- - -`), or the long dashes (– and —) that
/// Word makes of typed ones. Markdown reads none of them as a fence.
fn is_near_fence(line: &str) -> bool {
    let line = line.trim();
    let hyphens = line.matches('-').count();
    let long = line.contains(&DASHES[1..]);
    !is_fence(line) && line.chars().all(|c| DASHES.contains(&c) || c == ' ' || c == '\t') && (long || hyphens >= 2)
}

/// What a near fence (see [`is_near_fence`]) has instead of `---`, in words.
fn dashes_described(line: &str) -> String {
    let line = line.trim();
    if line.contains(&DASHES[1..]) {
        format!("lange streepjes (\"{line}\"), zoals Word die maakt")
    } else if line.contains([' ', '\t']) {
        format!("streepjes met spaties ertussen (\"{line}\")")
    } else {
        format!("{} streepjes (\"{line}\")", line.chars().count())
    }
}

fn unquote(s: &str) -> &str {
    for q in ['"', '\''] {
        if let Some(inner) = s.strip_prefix(q).and_then(|r| r.strip_suffix(q)) {
            return inner;
        }
    }
    s
}

/// Lines with their byte spans (without the line ending).
struct LineIter<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> LineIter<'a> {
    fn new(src: &'a str) -> Self {
        LineIter { src, pos: 0 }
    }
}

impl<'a> Iterator for LineIter<'a> {
    type Item = (Span, &'a str);
    fn next(&mut self) -> Option<Self::Item> {
        let rest = self.src.get(self.pos..)?;
        if rest.is_empty() {
            return None;
        }
        let len = rest.find('\n').map_or(rest.len(), |i| i + 1);
        let start = self.pos;
        self.pos += len;
        let text = rest[..len].trim_end_matches(['\n', '\r']);
        Some((start..start + text.len(), text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(src: &str) -> (FrontMatter, Vec<Diagnostic>) {
        let mut d = Vec::new();
        (parse(src, &mut d), d)
    }

    #[test]
    fn reads_pairs_and_finds_the_body() {
        let (fm, d) = run("---\ntitel: \"Wat is ondermijning?\"\nsoort: les\n---\n# Hallo\n");
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(fm.get("titel").unwrap().value, "Wat is ondermijning?");
        assert_eq!(fm.get("soort").unwrap().value, "les");
        assert_eq!(&"---\ntitel: \"Wat is ondermijning?\"\nsoort: les\n---\n# Hallo\n"[fm.body_start..], "\n# Hallo\n");
    }

    #[test]
    fn missing_unclosed_and_bad_lines_are_reported() {
        assert_eq!(run("# Hallo").1[0].code, Code::FrontMatterMissing);
        assert_eq!(run("").1[0].code, Code::FrontMatterMissing);
        assert_eq!(run("---\ntitel: x\n").1[0].code, Code::FrontMatterUnclosed);
        let (fm, d) = run("---\ntitel: x\nsoort: les\n\nDe tekst: begint hier.\n");
        assert_eq!(d.iter().map(|d| d.code).collect::<Vec<_>>(), [Code::FrontMatterUnclosed]);
        assert_eq!(fm.fields.len(), 2);
        assert_eq!(fm.body_start, "---\ntitel: x\nsoort: les\n".len());
        assert_eq!(run("---\ntitel x\n---\n").1[0].code, Code::FrontMatterLine);
        assert_eq!(run("---\ntitel: a\ntitel: b\n---\n").1[0].code, Code::FrontMatterDuplicateKey);
    }

    #[test]
    fn a_fence_of_other_dashes_is_named_as_such_and_the_block_still_read() {
        for (first, described) in [
            ("----", "4 streepjes (\"----\")"),
            ("-----", "5 streepjes (\"-----\")"),
            ("--", "2 streepjes (\"--\")"),
            ("- - -", "streepjes met spaties ertussen (\"- - -\")"),
            ("\u{2014}", "lange streepjes (\"\u{2014}\"), zoals Word die maakt"),
            ("\u{2013}-", "lange streepjes (\"\u{2013}-\"), zoals Word die maakt"),
        ] {
            let (fm, d) = run(&format!("{first}\ntitel: x\nsoort: les\n---\n# Hallo\n"));
            assert_eq!(d.len(), 1, "{first}: {d:?}");
            assert_eq!(d[0].code, Code::FrontMatterMissing);
            assert_eq!(d[0].message, format!("Het blok bovenaan begint met {described}. {EXACTLY_THREE}"));
            assert!(!d[0].message.contains("ontbreekt"), "{}", d[0].message);
            assert_eq!(fm.get("soort").map(|f| f.value.as_str()), Some("les"), "{first}");
        }
        let (fm, d) = run("---\ntitel: x\n----\n# Hallo\n");
        assert_eq!(d.iter().map(|d| d.code).collect::<Vec<_>>(), [Code::FrontMatterUnclosed]);
        assert!(d[0].message.starts_with("Het blok bovenaan eindigt met 4 streepjes"), "{}", d[0].message);
        assert_eq!(&"---\ntitel: x\n----\n# Hallo\n"[fm.body_start..], "\n# Hallo\n");
        // After a forgotten --- a line of dashes is a divider in the text.
        let (_, d) = run("---\ntitel: x\n\nTekst.\n\n----\n");
        assert_eq!(d.iter().map(|d| d.code).collect::<Vec<_>>(), [Code::FrontMatterUnclosed]);
        assert!(d[0].message.contains("nergens afgesloten"), "{}", d[0].message);
        // A single dash or a list is no fence.
        assert!(!is_near_fence("-") && !is_near_fence("- tekst") && !is_near_fence("---"));
    }

    #[test]
    fn a_second_settings_block_is_found_but_a_plain_rule_is_not() {
        let src = "---\ntitel: x\n---\ntekst\n\n---\nduur: 5\n---\n";
        assert_eq!(misplaced_blocks(src, run(src).0.body_start).len(), 1);
        let rules = "---\ntitel: x\n---\ntekst\n\n---\n\nMeer tekst hier.\n\n---\n";
        assert!(misplaced_blocks(rules, run(rules).0.body_start).is_empty());
        let underline = "---\ntitel: x\n---\nKop\n---\n";
        assert!(misplaced_blocks(underline, run(underline).0.body_start).is_empty());
    }
}
