//! Whitespace normalisation of titles and block text.
//!
//! Runs of white space (NBSP and the other Unicode spaces included) collapse
//! to one space; a run that holds a line break and sits between two CJK
//! characters disappears, since the generator and some outlets wrap Chinese
//! text without meaning a space. No space is ever inserted where the source
//! has none.

/// CJK unified ideographs (with extension A, B and later, and the
/// compatibility block): the characters of a label, unlike the CJK
/// punctuation that [`is_cjk`] also counts (`：`).
pub(crate) fn is_han(c: char) -> bool {
    matches!(c,
        '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FFFF}')
}

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

/// Bytes that may start a white-space character: the ASCII spaces, and the
/// lead bytes of U+0085 and U+00A0 (`C2`), U+1680 (`E1`), U+2000–U+205F
/// (`E2`) and U+3000 (`E3`). No other character is white space.
const MAY_START_SPACE: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < 256 {
        table[i] = matches!(i, 0x09..=0x0d | 0x20 | 0xc2 | 0xe1 | 0xe2 | 0xe3);
        i += 1;
    }
    table
};

/// Whether a white-space character starts at `at`, a byte for which
/// [`MAY_START_SPACE`] holds: its UTF-8 bytes, compared without decoding
/// (CJK punctuation shares the lead byte `E3` with U+3000).
fn is_space_at(bytes: &[u8], at: usize) -> bool {
    let next = |n: usize| bytes.get(at + n).copied().unwrap_or(0);
    match bytes[at] {
        0xc2 => matches!(next(1), 0x85 | 0xa0),
        0xe1 => next(1) == 0x9a && next(2) == 0x80,
        0xe2 => matches!(
            (next(1), next(2)),
            (0x80, 0x80..=0x8a | 0xa8 | 0xa9 | 0xaf) | (0x81, 0x9f)
        ),
        0xe3 => next(1) == 0x80 && next(2) == 0x80,
        _ => true,
    }
}

/// The bytes of the eight at `chunk` (fewer at the end of `bytes`) that
/// may start a white-space character, as the high bit of their byte of the
/// result: every byte [`MAY_START_SPACE`] holds for is flagged, and some
/// others may be (ASCII controls, `E0`, `E1`, and bytes above a flagged
/// one), so each flagged byte is tested again.
fn may_start_spaces(bytes: &[u8], chunk: usize) -> u64 {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    match bytes.get(chunk..chunk + 8) {
        Some(c) => {
            let mut word = [0; 8];
            word.copy_from_slice(c);
            let x = u64::from_le_bytes(word);
            let zero = |v: u64| v.wrapping_sub(LO) & !v & HI;
            let under_0x21 = x.wrapping_sub(LO * 0x21) & !x & HI;
            let lead = zero((x & (LO * 0xfc)) ^ (LO * 0xe0)) | zero(x ^ (LO * 0xc2));
            under_0x21 | lead
        }
        None => {
            let mut flagged = 0;
            for (i, &b) in bytes.get(chunk..).unwrap_or_default().iter().enumerate() {
                if MAY_START_SPACE[usize::from(b)] {
                    flagged |= 0x80 << (8 * i);
                }
            }
            flagged
        }
    }
}

/// Whether a white-space character starts at `at`.
fn is_space(bytes: &[u8], at: usize) -> bool {
    MAY_START_SPACE[usize::from(bytes[at])] && is_space_at(bytes, at)
}

/// Builds normalised text from pieces, with explicit line breaks.
#[derive(Debug, Default)]
pub(crate) struct TextBuf {
    buf: String,
    pending_space: bool,
    pending_newline: bool,
}

impl TextBuf {
    /// Pushes each character of `s` as [`TextBuf::push`] would.
    ///
    /// Runs of non-space characters, and of words apart by one space, go
    /// in whole; only their first character needs the space logic. The
    /// bytes are read eight at a time at a fixed stride, each chunk's
    /// flagged bytes tested one by one: no load waits on the test of the
    /// chunk before it.
    pub(crate) fn push_str(&mut self, s: &str) {
        let bytes = s.as_bytes();
        let n = bytes.len();
        // Where the run of characters not pushed yet starts.
        let mut start = 0;
        let mut chunk = 0;
        while chunk < n {
            let mut flagged = may_start_spaces(bytes, chunk);
            while flagged != 0 {
                let at = chunk + (flagged.trailing_zeros() / 8) as usize;
                flagged &= flagged - 1;
                if at < start || !is_space(bytes, at) {
                    continue;
                }
                // A lone ASCII space between two other characters stays.
                if bytes[at] == b' ' && at > start && at + 1 < n && !is_space(bytes, at + 1) {
                    continue;
                }
                // Both are character boundaries: `at` starts a space,
                // `start` follows one (or is 0).
                if let Some(word) = s.get(start..at).filter(|w| !w.is_empty()) {
                    self.push_word(word);
                }
                self.pending_space = true;
                self.pending_newline |= bytes[at] == b'\n';
                start = at
                    + s.get(at..)
                        .and_then(|t| t.chars().next())
                        .map_or(1, char::len_utf8);
            }
            chunk += 8;
        }
        if let Some(word) = s.get(start..).filter(|w| !w.is_empty()) {
            self.push_word(word);
        }
    }

    /// A run of non-space characters.
    fn push_word(&mut self, word: &str) {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            self.push(first);
            self.buf.push_str(chars.as_str());
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

    /// Pushes `s` as written, white space and all (inside `<pre>`).
    pub(crate) fn push_raw(&mut self, s: &str) {
        self.pending_space = false;
        self.pending_newline = false;
        self.buf.push_str(s);
    }

    /// A `<br>` inside `<pre>`: one line break, whatever came before.
    pub(crate) fn raw_line_break(&mut self) {
        self.pending_space = false;
        self.pending_newline = false;
        self.buf.push('\n');
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

    /// Whether the text ends with a blank line (two line breaks).
    pub(crate) fn ends_with_blank_line(&self) -> bool {
        self.buf.ends_with("\n\n")
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

    /// Moves out the text so far, trimmed, and starts afresh; hand the
    /// buffer back with [`TextBuf::reuse`] to keep its capacity.
    pub(crate) fn take_buf(&mut self) -> String {
        self.pending_space = false;
        self.pending_newline = false;
        let mut buf = std::mem::take(&mut self.buf);
        buf.truncate(buf.trim_end().len());
        buf
    }

    /// Takes back a buffer from [`TextBuf::take_buf`], emptied.
    pub(crate) fn reuse(&mut self, mut buf: String) {
        if self.buf.is_empty() && buf.capacity() > self.buf.capacity() {
            buf.clear();
            self.buf = buf;
        }
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

    /// Every white-space character is told as one, at any place in the
    /// eight-byte chunks, and no other character is.
    #[test]
    fn finds_every_white_space_character() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            for pad in 0..9 {
                let s = format!("{}{c}b", "a".repeat(pad));
                let bytes = s.as_bytes();
                assert_eq!(
                    is_space(bytes, pad),
                    c.is_whitespace(),
                    "U+{:04X}",
                    c as u32
                );
                if c.is_whitespace() {
                    let flagged = may_start_spaces(bytes, pad / 8 * 8);
                    assert_ne!(flagged & (0x80 << (8 * (pad % 8))), 0, "U+{:04X}", c as u32);
                }
            }
        }
    }

    /// `push_str` does what pushing each character does, on random mixes
    /// of words, ASCII and Unicode spaces, line breaks and CJK.
    #[test]
    fn pushing_a_string_is_pushing_its_characters() {
        const PIECES: &[&str] = &[
            "a", "word", " ", "  ", "\n", "\t", "\u{a0}", "\u{3000}", "\u{2003}", "中", "国", "—",
            "é", ".", "\u{85}", "\u{1680}", "。", "「", "\u{2028}", "\u{205f}", "\u{3001}",
        ];
        let mut rng = crate::rng::Rng::new(0x853c_49e6_748f_ea9b_u64);
        let mut next = move |n: usize| rng.below(n);
        for _ in 0..20_000 {
            let mut by_str = TextBuf::default();
            let mut by_char = TextBuf::default();
            let mut all = String::new();
            for _ in 0..1 + next(4) {
                let s: String = (0..next(12)).map(|_| PIECES[next(PIECES.len())]).collect();
                by_str.push_str(&s);
                s.chars().for_each(|c| by_char.push(c));
                all += &s;
                if next(3) == 0 {
                    by_str.line_break();
                    by_char.line_break();
                }
            }
            let expect = by_char.take();
            assert_eq!(by_str.take(), expect, "{all:?}");
        }
    }

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

    #[test]
    fn tails_and_blank_lines() {
        let mut t = TextBuf::default();
        t.push_str("before ");
        let at = t.len();
        t.push_str(" a link ");
        assert_eq!(t.tail(at), "a link");
        assert_eq!(t.tail(t.len() + 10), "");
        assert!(!t.ends_with_blank_line());
        t.line_break();
        assert!(!t.ends_with_blank_line());
        t.line_break();
        assert!(t.ends_with_blank_line());
        t.line_break();
        assert_eq!(t.take(), "before a link");
    }
}
