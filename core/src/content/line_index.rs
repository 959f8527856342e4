//! The one place where byte offsets become line and column numbers.
//!
//! Convention, used everywhere (CLI, app, tests): lines and columns are
//! 1-based, and a column counts characters, not bytes, so that "kolom 5"
//! matches what a trainer sees in any editor, also after an "ë".

/// Line starts of one source text, for turning byte offsets into positions.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

/// A 1-based line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineCol {
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub col: usize,
}

impl LineIndex {
    /// Indexes `src`; cheap enough to build per file.
    pub fn new(src: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(src.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    /// Position of byte `offset`. Offsets past the end, or inside a
    /// multi-byte character, are clamped rather than trusted.
    pub fn line_col(&self, src: &str, offset: usize) -> LineCol {
        let offset = floor_char_boundary(src, offset.min(src.len()));
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts.get(line - 1).copied().unwrap_or(0);
        let col = src.get(start..offset).map_or(0, |s| s.chars().count()) + 1;
        LineCol { line, col }
    }

    /// The text of 1-based line `line`, without its line ending.
    pub fn line_text<'a>(&self, src: &'a str, line: usize) -> &'a str {
        let start = match line.checked_sub(1).and_then(|i| self.starts.get(i)) {
            Some(&s) => s,
            None => return "",
        };
        let end = self.starts.get(line).copied().unwrap_or(src.len());
        src.get(start..end).unwrap_or("").trim_end_matches(['\n', '\r'])
    }

    /// Where 1-based line `line` starts and ends (without its line ending)
    /// in UTF-16 code units: what a browser text field's selection counts,
    /// so the studio can select the line a message names. Past the end:
    /// an empty range at the end.
    pub fn line_range_utf16(&self, src: &str, line: usize) -> (u32, u32) {
        let start_byte = line.checked_sub(1).and_then(|i| self.starts.get(i).copied()).unwrap_or(src.len());
        let utf16 = |s: &str| u32::try_from(s.encode_utf16().count()).unwrap_or(u32::MAX);
        let start = utf16(src.get(..start_byte).unwrap_or(src));
        (start, start.saturating_add(utf16(self.line_text(src, line))))
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_line_and_later_lines_use_the_same_convention() {
        let src = "ab\ncd\n";
        let idx = LineIndex::new(src);
        assert_eq!(idx.line_col(src, 0), LineCol { line: 1, col: 1 });
        assert_eq!(idx.line_col(src, 1), LineCol { line: 1, col: 2 });
        assert_eq!(idx.line_col(src, 3), LineCol { line: 2, col: 1 });
        assert_eq!(idx.line_col(src, 4), LineCol { line: 2, col: 2 });
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let src = "agrariër: ja";
        let idx = LineIndex::new(src);
        let colon = src.find(':').unwrap();
        assert_eq!(idx.line_col(src, colon).col, 9);
    }

    #[test]
    fn out_of_range_and_mid_character_offsets_are_clamped() {
        let src = "ë\nx";
        let idx = LineIndex::new(src);
        assert_eq!(idx.line_col(src, 1), LineCol { line: 1, col: 1 });
        assert_eq!(idx.line_col(src, 999), LineCol { line: 2, col: 2 });
        assert_eq!(idx.line_text(src, 2), "x");
        assert_eq!(idx.line_text(src, 9), "");
        assert_eq!(idx.line_text(src, 0), "");
    }

    #[test]
    fn a_line_is_selected_in_utf16_units() {
        // "😀" is two UTF-16 units, "ë" one: what setSelectionRange counts.
        let src = "😀ë\nregel twee\r\n";
        let idx = LineIndex::new(src);
        assert_eq!(idx.line_range_utf16(src, 1), (0, 3));
        assert_eq!(idx.line_range_utf16(src, 2), (4, 14));
        assert_eq!(idx.line_range_utf16(src, 3), (16, 16), "the empty last line");
        assert_eq!(idx.line_range_utf16(src, 99), (16, 16));
        assert_eq!(idx.line_range_utf16(src, 0), (16, 16));
    }
}
