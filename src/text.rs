//! Whitespace normalisation of titles and block text.
//!
//! Runs of white space (NBSP and the other Unicode spaces included) collapse
//! to one space; a run that holds a line break and sits between two CJK
//! characters disappears, since the generator and some outlets wrap Chinese
//! text without meaning a space. No space is ever inserted where the source
//! has none.

/// Characters after which or before which a wrapped line needs no space.
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{2E80}'..='\u{2FDF}'
        | '\u{3000}'..='\u{303F}'
        | '\u{3040}'..='\u{30FF}'
        | '\u{3100}'..='\u{31FF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7AF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FE30}'..='\u{FE4F}'
        | '\u{FF00}'..='\u{FFEF}'
        | '\u{20000}'..='\u{2FFFF}')
}

/// Builds normalised text from pieces, with explicit line breaks.
#[derive(Debug, Default)]
pub(crate) struct TextBuf {
    buf: String,
    pending_space: bool,
    pending_newline: bool,
}

impl TextBuf {
    pub(crate) fn push_str(&mut self, s: &str) {
        // Runs of non-space characters go in whole; only their first
        // character needs the space logic.
        let mut rest = s;
        while let Some(start) = rest.find(|c: char| !c.is_whitespace()) {
            if start > 0 {
                self.pending_space = true;
                self.pending_newline |= rest[..start].contains('\n');
            }
            rest = &rest[start..];
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            let mut word = rest[..end].chars();
            if let Some(first) = word.next() {
                self.push(first);
                self.buf.push_str(word.as_str());
            }
            rest = &rest[end..];
        }
        if !rest.is_empty() {
            self.pending_space = true;
            self.pending_newline |= rest.contains('\n');
        }
    }

    pub(crate) fn push(&mut self, c: char) {
        if c.is_whitespace() {
            self.pending_space = true;
            self.pending_newline |= c == '\n';
            return;
        }
        if self.pending_space {
            if let Some(last) = self.buf.chars().next_back() {
                if last != '\n' && !(self.pending_newline && is_cjk(last) && is_cjk(c)) {
                    self.buf.push(' ');
                }
            }
            self.pending_space = false;
            self.pending_newline = false;
        }
        self.buf.push(c);
    }

    /// A `<br>`: at most two line breaks in a row, none at the start.
    pub(crate) fn line_break(&mut self) {
        self.pending_space = false;
        self.pending_newline = false;
        if self.buf.is_empty() || self.buf.ends_with("\n\n") {
            return;
        }
        self.buf.push('\n');
    }

    /// Whether nothing but white space was pushed since the last `take`.
    pub(crate) fn is_empty(&self) -> bool {
        self.buf.is_empty()
    }

    /// Byte length so far (for link text ranges).
    pub(crate) fn len(&self) -> usize {
        self.buf.len()
    }

    /// Text from byte `from` to the end, trimmed.
    pub(crate) fn tail(&self, from: usize) -> &str {
        self.buf.get(from..).unwrap_or_default().trim()
    }

    /// Returns the text so far, trimmed, and starts afresh.
    pub(crate) fn take(&mut self) -> String {
        self.pending_space = false;
        self.pending_newline = false;
        // Copy out and keep the buffer's capacity for the next block.
        let out = self.buf.trim_end().to_owned();
        self.buf.clear();
        out
    }
}

/// Normalises a title (which may span lines) to one line.
pub(crate) fn normalize_title(raw: &str) -> String {
    normalize(raw)
}

/// Collapses white space in `raw` as block text does, without line breaks.
pub(crate) fn normalize(raw: &str) -> String {
    let mut t = TextBuf::default();
    t.push_str(raw);
    t.take()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapses_runs_and_nbsp() {
        assert_eq!(normalize("  a \u{a0}\u{2003} b\t\n c  "), "a b c");
    }

    #[test]
    fn line_break_between_cjk_disappears() {
        assert_eq!(normalize("中国\n人民"), "中国人民");
        assert_eq!(normalize("中国 人民"), "中国 人民");
        assert_eq!(normalize("China\npeople"), "China people");
        assert_eq!(normalize("北京的快速回应\n\n"), "北京的快速回应");
    }

    #[test]
    fn line_breaks_are_kept_and_bounded() {
        let mut t = TextBuf::default();
        t.line_break();
        t.push_str(" a ");
        for _ in 0..5 {
            t.line_break();
        }
        t.push_str("  b");
        t.line_break();
        assert_eq!(t.take(), "a\n\nb");
        assert!(t.is_empty());
    }
}
