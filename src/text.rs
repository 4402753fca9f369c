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

/// How many of the eight bytes at `at` certainly start no white-space
/// character, counted from the first: 8 when none of them may (eight bytes
/// are tested at once), fewer than 8 near the end of `bytes`, where they
/// are tested one by one. Every byte [`MAY_START_SPACE`] holds for counts
/// as one that may, and so do the ASCII controls and `E0`: the test is
/// wider than the table, never narrower.
fn plain_bytes(bytes: &[u8], at: usize) -> usize {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let Some(chunk) = bytes
        .get(at..at + 8)
        .and_then(|c| <[u8; 8]>::try_from(c).ok())
    else {
        return 0;
    };
    let x = u64::from_le_bytes(chunk);
    // A zero byte of `v`, or a byte of `x` under 0x21: the lowest such
    // byte is flagged exactly (a borrow only runs upwards).
    let zero = |v: u64| v.wrapping_sub(LO) & !v & HI;
    let under_0x21 = x.wrapping_sub(LO * 0x21) & !x & HI;
    // `E0`–`E3`, and `C2`.
    let lead = zero((x & (LO * 0xfc)) ^ (LO * 0xe0)) | zero(x ^ (LO * 0xc2));
    ((under_0x21 | lead).trailing_zeros() / 8) as usize
}

/// The first white-space character of `s` and its byte offset: a byte scan
/// that decodes only where a space starts (most text has no such byte but
/// ASCII spaces).
fn next_space(s: &str) -> Option<(usize, char)> {
    let bytes = s.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let plain = plain_bytes(bytes, at);
        if plain > 0 {
            at += plain;
            continue;
        }
        if MAY_START_SPACE[usize::from(bytes[at])] && is_space_at(bytes, at) {
            // A lead or ASCII byte: always a character boundary.
            let c = s.get(at..).and_then(|t| t.chars().next())?;
            return Some((at, c));
        }
        at += 1;
    }
    None
}

/// Builds normalised text from pieces, with explicit line breaks.
#[derive(Debug, Default)]
pub(crate) struct TextBuf {
    buf: String,
    pending_space: bool,
    pending_newline: bool,
}

/// Where the first run of non-space characters of `s` ends, if `s` starts
/// with one, counting lone ASCII spaces between two such characters as
/// part of the run: they stay as they are.
fn plain_run(s: &str) -> usize {
    let bytes = s.as_bytes();
    let space = |at: usize| MAY_START_SPACE[usize::from(bytes[at])] && is_space_at(bytes, at);
    let mut at = 0;
    while at < bytes.len() {
        let plain = plain_bytes(bytes, at);
        if plain > 0 {
            at += plain;
            continue;
        }
        let b = bytes[at];
        if space(at) {
            let lone = b == b' ' && at > 0 && at + 1 < bytes.len() && !space(at + 1);
            if !lone {
                break;
            }
        }
        at += 1;
    }
    at
}

impl TextBuf {
    /// Pushes each character of `s` as [`TextBuf::push`] would.
    pub(crate) fn push_str(&mut self, s: &str) {
        // Runs of non-space characters, and of words apart by one space,
        // go in whole; only their first character needs the space logic.
        let mut rest = s;
        loop {
            let run = plain_run(rest);
            if run > 0 {
                // A boundary: the byte there is ASCII, or the end.
                self.push_word(&rest[..run]);
                rest = &rest[run..];
            }
            let Some((at, space)) = next_space(rest) else {
                break;
            };
            if at > 0 {
                self.push_word(&rest[..at]);
            }
            self.pending_space = true;
            self.pending_newline |= space == '\n';
            rest = &rest[at + space.len_utf8()..];
        }
        if !rest.is_empty() {
            self.push_word(rest);
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

    #[test]
    fn finds_every_white_space_character() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let s = format!("a{c}b");
            let expect = c.is_whitespace().then_some((1, c));
            assert_eq!(next_space(&s), expect, "U+{:04X}", c as u32);
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
