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

    /// Byte offset where 1-based line `line` starts (clamped to the end).
    pub fn line_start(&self, line: usize, src_len: usize) -> usize {
        line.checked_sub(1).and_then(|i| self.starts.get(i).copied()).unwrap_or(src_len)
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
}
