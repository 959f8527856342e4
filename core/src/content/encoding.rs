//! Files that are not UTF-8. The checker (`String::from_utf8_lossy`) and
//! the browser (`TextDecoder`) both turn every byte they cannot read into
//! U+FFFD, so a file saved as Latin-1 ("Eén" in Windows-1252) or a picture
//! renamed to .md parses without a word and shows "E�n" to learners. Every
//! parser of a content file calls [`report_not_utf8`], so that one message
//! says so wherever the file is read.

use super::diagnostic::{Code, Diagnostic};

/// The character a decoder puts where a byte was not UTF-8.
const REPLACEMENT: char = '\u{FFFD}';

/// Pushes one error at the first U+FFFD in `src`, if any: once per file,
/// since a Latin-1 file has one on every line with an accent.
pub fn report_not_utf8(src: &str, diags: &mut Vec<Diagnostic>) {
    if let Some(at) = src.find(REPLACEMENT) {
        diags.push(Diagnostic::new(
            Code::NotUtf8,
            at..at + REPLACEMENT.len_utf8(),
            "Dit bestand is niet opgeslagen als UTF-8: letters als é of ë komen verkeerd over.",
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{parse_catalogue, parse_glossary, parse_module, parse_site, statement, LineIndex};
    use crate::measure::parse_measure;

    /// "Eén signaal" saved as Windows-1252 and read as UTF-8, as the CLI does.
    fn latin1(before: &str) -> String {
        let mut bytes = before.as_bytes().to_vec();
        bytes.extend_from_slice(b"E\xe9n signaal\nN\xf3g een\n");
        String::from_utf8_lossy(&bytes).into_owned()
    }

    fn not_utf8(diags: &[Diagnostic]) -> Vec<&Diagnostic> {
        diags.iter().filter(|d| d.code == Code::NotUtf8).collect()
    }

    #[test]
    fn every_kind_of_content_file_reports_it_once_at_its_first_place() {
        let module = latin1("---\ntitel: T\nsoort: les\ndoelgroep: inwoner\n---\n\n");
        let site = latin1("---\norganisatie: X\n---\n## Bel\n");
        let summary = latin1("## Inwoners {#inwoner}\n- [A](inwoner/a.md)\n\n");
        let glossary = latin1("## Witwassen\n\n");
        let measure = latin1("---\ntitel: M\nsoort: meting\ndoelgroep: inwoner\n---\n# Voor\n## V {#a}\n");
        let statement_text = latin1("# Toegankelijkheid\n\n");
        let found = [
            (&module, parse_module("inwoner/a", &module).diagnostics),
            (&site, parse_site(&site).diagnostics),
            (&summary, parse_catalogue(&summary).diagnostics),
            (&glossary, parse_glossary(&glossary).diagnostics),
            (&measure, parse_measure("meting/inwoner", &measure).diagnostics),
            (&statement_text, statement::parse_statement(&statement_text).diagnostics),
        ];
        for (src, diags) in &found {
            let d = not_utf8(diags);
            assert_eq!(d.len(), 1, "{src:?}: {diags:?}");
            let at = LineIndex::new(src).line_col(src, d[0].span.start);
            let line = src.lines().position(|l| l.starts_with("E\u{FFFD}n")).unwrap() + 1;
            assert_eq!((at.line, at.col), (line, 2), "{src:?}");
            assert_eq!(d[0].message, "Dit bestand is niet opgeslagen als UTF-8: letters als é of ë komen verkeerd over.");
        }
    }

    #[test]
    fn utf8_text_with_accents_is_fine() {
        let module = "---\ntitel: Eén\nsoort: les\ndoelgroep: inwoner\n---\n\nEén signaal, nóg een, café, ë.\n";
        assert_eq!(not_utf8(&parse_module("inwoner/a", module).diagnostics), Vec::<&Diagnostic>::new());
    }
}
