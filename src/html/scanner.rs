//! The attribute scanner: follows html5ever's tokenizer through the part
//! of a body newsnap's tokenizer hands over, so that the driver can cut the
//! attributes of a tag past [`MAX_ATTRS`] before html5ever reads them.

use super::bytes::{ends_name, is_space};
use super::limits::MAX_ATTRS;

/// The tokenizer's state after a start tag, as far as finding tags goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum TokenizerState {
    Data,
    /// RCDATA or RAWTEXT: text up to the element's end tag.
    Raw,
    Script,
    Plaintext,
}

/// Where the driver must stop feeding the tokenizer.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Event {
    /// Skip these bytes: attributes past [`MAX_ATTRS`].
    Cut(usize, usize),
    /// Feed up to here, just past a start tag that may switch the tokenizer
    /// to raw text, then [`Scanner::resume`] with the tokenizer's state.
    Sync(usize),
    /// `<![CDATA[` starts here: feed up to it, then tell [`Scanner::cdata`]
    /// whether html5ever reads it as CDATA (in foreign content).
    Cdata(usize),
    End,
}

/// Follows html5ever's tokenizer through the body to find where tags end
/// and where their attributes start. It works on bytes: every character the
/// tokenizer's states turn on is ASCII.
pub(super) struct Scanner<'a> {
    text: &'a str,
    s: &'a [u8],
    pos: usize,
    state: TokenizerState,
    /// Name of the element whose raw text follows, lowercase.
    pub(super) raw_name: Vec<u8>,
    cut: Option<(usize, usize)>,
    sync: Option<usize>,
}

impl<'a> Scanner<'a> {
    /// A scanner from `pos`, in the data state.
    pub(super) fn new(text: &'a str, pos: usize) -> Self {
        Scanner {
            text,
            s: text.as_bytes(),
            pos,
            state: TokenizerState::Data,
            raw_name: Vec::new(),
            cut: None,
            sync: None,
        }
    }

    pub(super) fn next(&mut self) -> Event {
        loop {
            if let Some((from, to)) = self.cut.take() {
                return Event::Cut(from, to);
            }
            if let Some(at) = self.sync.take() {
                return Event::Sync(at);
            }
            if self.pos >= self.s.len() {
                return Event::End;
            }
            match self.state {
                TokenizerState::Plaintext => return Event::End,
                TokenizerState::Data => {
                    if let Some(event) = self.data() {
                        return event;
                    }
                }
                TokenizerState::Raw => self.raw(),
                TokenizerState::Script => self.script(),
            }
        }
    }

    /// After an [`Event::Sync`]: the state html5ever set the tokenizer to.
    pub(super) fn resume(&mut self, state: TokenizerState) {
        self.state = state;
    }

    /// After an [`Event::Cdata`].
    pub(super) fn cdata(&mut self, foreign: bool) {
        self.pos = if foreign {
            let mut i = self.pos + 9;
            loop {
                match self.find(i, b']') {
                    Some(b) if self.s[b..].starts_with(b"]]>") => break b + 3,
                    Some(b) => i = b + 1,
                    None => break self.s.len(),
                }
            }
        } else {
            self.past_gt(self.pos + 2)
        };
    }

    /// Position of the next `byte` (ASCII) from `from`.
    fn find(&self, from: usize, byte: u8) -> Option<usize> {
        // `str::find` uses memchr; `from` is nearly always a char boundary.
        let found = match self.text.get(from..) {
            Some(rest) => rest.find(char::from(byte)),
            None => self.s.get(from..)?.iter().position(|&b| b == byte),
        };
        found.map(|i| from + i)
    }

    /// Position just past the next `>` from `from`, or the end.
    fn past_gt(&self, from: usize) -> usize {
        self.find(from, b'>').map_or(self.s.len(), |i| i + 1)
    }

    /// The data state, up to the next markup.
    fn data(&mut self) -> Option<Event> {
        let s = self.s;
        let Some(lt) = self.find(self.pos, b'<') else {
            self.pos = s.len();
            return None;
        };
        let at = |i: usize| s.get(lt + i).copied();
        match at(1) {
            Some(b) if b.is_ascii_alphabetic() => self.tag(lt + 1, true),
            Some(b'/') => match at(2) {
                Some(b) if b.is_ascii_alphabetic() => self.tag(lt + 2, false),
                Some(b'>') => self.pos = lt + 3,
                _ => self.pos = self.past_gt(lt + 2),
            },
            Some(b'!') => {
                let rest = &s[lt + 2..];
                if rest.starts_with(b"--") {
                    self.pos = self.comment_end(lt + 4);
                } else if rest
                    .get(..7)
                    .is_some_and(|d| d.eq_ignore_ascii_case(b"doctype"))
                {
                    self.pos = self.past_gt(lt + 9);
                } else if rest.starts_with(b"[CDATA[") {
                    self.pos = lt;
                    return Some(Event::Cdata(lt));
                } else {
                    self.pos = self.past_gt(lt + 2);
                }
            }
            Some(b'?') => self.pos = self.past_gt(lt + 1),
            _ => self.pos = lt + 1,
        }
        None
    }

    /// End of a comment whose text starts at `from`: its first `-->` or
    /// `--!>`, or `<!-->` and `<!--->`.
    fn comment_end(&self, from: usize) -> usize {
        let s = self.s;
        let rest = s.get(from..).unwrap_or_default();
        if rest.starts_with(b">") {
            return from + 1;
        }
        if rest.starts_with(b"->") {
            return from + 2;
        }
        let mut i = from;
        while let Some(d) = self.find(i, b'-') {
            if s[d..].starts_with(b"-->") {
                return d + 3;
            }
            if s[d..].starts_with(b"--!>") {
                return d + 4;
            }
            i = d + 1;
        }
        s.len()
    }

    /// RCDATA and RAWTEXT: up to the element's end tag.
    fn raw(&mut self) {
        let mut i = self.pos;
        while let Some(lt) = self.find(i, b'<') {
            if let Some(name) = self.end_tag_at(lt) {
                self.tag(name, false);
                return;
            }
            i = lt + 1;
        }
        self.pos = self.s.len();
    }

    /// Where the name starts if the raw text element's end tag starts at `lt`.
    fn end_tag_at(&self, lt: usize) -> Option<usize> {
        let s = self.s;
        let from = lt + 2;
        let end = from + self.raw_name.len();
        let name = s.get(from..end)?;
        (s[lt + 1] == b'/'
            && name.eq_ignore_ascii_case(&self.raw_name)
            && s.get(end).is_some_and(|&b| ends_name(b)))
        .then_some(from)
    }

    /// Script data, with its escaped and double-escaped states.
    fn script(&mut self) {
        #[derive(Clone, Copy)]
        enum St {
            Data,
            Lt,
            EscapeStart,
            EscapeStartDash,
            Escaped,
            EscapedDash,
            EscapedDashDash,
            EscapedLt,
            DoubleStart,
            Double,
            DoubleDash,
            DoubleDashDash,
            DoubleLt,
            DoubleEnd,
        }
        let s = self.s;
        let mut st = St::Data;
        // The tokenizer's temporary buffer: a run of letters.
        let mut temp = 0..0;
        let mut i = self.pos;
        // Each arm consumes `s[i]` or leaves it to the next state.
        while i < s.len() {
            let b = s[i];
            match st {
                St::Data => match self.find(i, b'<') {
                    Some(lt) => {
                        i = lt + 1;
                        st = St::Lt;
                    }
                    None => i = s.len(),
                },
                St::Lt | St::EscapedLt if b == b'/' => {
                    if let Some(name) = self.end_tag_at(i - 1) {
                        self.tag(name, false);
                        return;
                    }
                    i += 1;
                    st = match st {
                        St::Lt => St::Data,
                        _ => St::Escaped,
                    };
                }
                St::Lt if b == b'!' => {
                    i += 1;
                    st = St::EscapeStart;
                }
                St::Lt => st = St::Data,
                St::EscapeStart | St::EscapeStartDash if b == b'-' => {
                    i += 1;
                    st = match st {
                        St::EscapeStart => St::EscapeStartDash,
                        _ => St::EscapedDashDash,
                    };
                }
                St::EscapeStart | St::EscapeStartDash => st = St::Data,
                St::Escaped | St::EscapedDash | St::EscapedDashDash => {
                    i += 1;
                    st = match (st, b) {
                        (St::Escaped, b'-') => St::EscapedDash,
                        (_, b'-') => St::EscapedDashDash,
                        (_, b'<') => St::EscapedLt,
                        (St::EscapedDashDash, b'>') => St::Data,
                        _ => St::Escaped,
                    };
                }
                St::EscapedLt if b.is_ascii_alphabetic() => {
                    temp = i..i + 1;
                    i += 1;
                    st = St::DoubleStart;
                }
                St::EscapedLt => st = St::Escaped,
                St::DoubleStart | St::DoubleEnd => {
                    let (script, other) = match st {
                        St::DoubleStart => (St::Double, St::Escaped),
                        _ => (St::Escaped, St::Double),
                    };
                    if ends_name(b) {
                        i += 1;
                        st = if s[temp.clone()].eq_ignore_ascii_case(b"script") {
                            script
                        } else {
                            other
                        };
                    } else if b.is_ascii_alphabetic() {
                        i += 1;
                        temp.end = i;
                    } else {
                        st = other;
                    }
                }
                St::Double | St::DoubleDash | St::DoubleDashDash => {
                    i += 1;
                    st = match (st, b) {
                        (St::Double, b'-') => St::DoubleDash,
                        (_, b'-') => St::DoubleDashDash,
                        (_, b'<') => St::DoubleLt,
                        (St::DoubleDashDash, b'>') => St::Data,
                        _ => St::Double,
                    };
                }
                St::DoubleLt if b == b'/' => {
                    i += 1;
                    temp = i..i;
                    st = St::DoubleEnd;
                }
                St::DoubleLt => st = St::Double,
            }
        }
        self.pos = s.len();
    }

    /// A tag whose name starts at `name`: finds its end, counts its
    /// attributes, and plans a cut and a sync.
    fn tag(&mut self, name: usize, start: bool) {
        #[derive(Clone, Copy, PartialEq)]
        enum St {
            BeforeName,
            Name,
            AfterName,
            BeforeValue,
            Unquoted,
            AfterQuoted,
            SelfClosing,
        }
        let s = self.s;
        let mut i = name;
        while i < s.len() && !ends_name(s[i]) {
            i += 1;
        }
        let name_end = i;
        let mut st = St::BeforeName;
        let mut attrs = 0;
        let mut cut_from = None;
        let mut slash = None;
        let end = loop {
            let Some(&b) = s.get(i) else { break None };
            i += 1;
            match st {
                St::BeforeName | St::AfterName => match b {
                    _ if is_space(b) => {}
                    b'/' => {
                        slash = Some(i - 1);
                        st = St::SelfClosing;
                    }
                    b'>' => break Some(i - 1),
                    b'=' if st == St::AfterName => st = St::BeforeValue,
                    _ => {
                        attrs += 1;
                        if attrs == MAX_ATTRS + 1 {
                            cut_from = Some(i - 1);
                        }
                        st = St::Name;
                    }
                },
                St::Name => match b {
                    _ if is_space(b) => st = St::AfterName,
                    b'/' => {
                        slash = Some(i - 1);
                        st = St::SelfClosing;
                    }
                    b'>' => break Some(i - 1),
                    b'=' => st = St::BeforeValue,
                    _ => {}
                },
                St::BeforeValue => match b {
                    _ if is_space(b) => {}
                    b'"' | b'\'' => match self.find(i, b) {
                        Some(q) => {
                            i = q + 1;
                            st = St::AfterQuoted;
                        }
                        None => break None,
                    },
                    b'>' => break Some(i - 1),
                    _ => st = St::Unquoted,
                },
                St::Unquoted => match b {
                    _ if is_space(b) => st = St::BeforeName,
                    b'>' => break Some(i - 1),
                    _ => {}
                },
                St::AfterQuoted | St::SelfClosing => match b {
                    b'>' => break Some(i - 1),
                    _ if st == St::AfterQuoted && is_space(b) => st = St::BeforeName,
                    b'/' if st == St::AfterQuoted => {
                        slash = Some(i - 1);
                        st = St::SelfClosing;
                    }
                    _ => {
                        // Read again as the start of an attribute name.
                        i -= 1;
                        st = St::BeforeName;
                    }
                },
            }
        };
        let Some(end) = end else {
            // At the end of input html5ever drops the unfinished tag.
            if let Some(from) = cut_from {
                self.cut = Some((from, s.len()));
            }
            self.pos = s.len();
            return;
        };
        if let Some(from) = cut_from {
            // Keep `/>` so the tag stays self-closing.
            let to = match slash {
                Some(sl) if sl + 1 == end && sl >= from => sl,
                _ => end,
            };
            self.cut = Some((from, to));
        }
        self.pos = end + 1;
        self.state = TokenizerState::Data;
        if start && may_switch(&s[name..name_end]) {
            self.raw_name = s[name..name_end].to_ascii_lowercase();
            self.sync = Some(end + 1);
        }
    }
}

/// Start tags after which html5ever may switch the tokenizer to raw text.
fn may_switch(name: &[u8]) -> bool {
    const NAMES: [&[u8]; 10] = [
        b"script",
        b"style",
        b"xmp",
        b"iframe",
        b"noembed",
        b"noframes",
        b"noscript",
        b"textarea",
        b"title",
        b"plaintext",
    ];
    NAMES.iter().any(|n| name.eq_ignore_ascii_case(n))
}
