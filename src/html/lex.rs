//! A tokenizer for the markup news bodies are made of.
//!
//! It hands a [`TokenSink`] the tokens html5ever's tokenizer would, up to
//! how text is cut into character tokens (which the tree builder does not
//! see), and does it several times faster: html5ever's tokenizer takes one
//! character at a time through its state machine and copies every tag and
//! attribute name and value; this one finds the next `<` or `&` with
//! `memchr` and hands out slices of the input.
//!
//! It covers text, character references, start and end tags with their
//! attributes, comments, and the raw text of `<script>`, `<style>`,
//! `<title>`… It stops in the data state at anything else (a doctype,
//! CDATA, a bogus comment, a script holding `<!--`), and the caller lets
//! html5ever's tokenizer take the rest of the input from there: that state
//! is all html5ever's tokenizer carries from one tag to the next. Input
//! holding NUL goes to html5ever whole, and so would input holding `\r`,
//! which the caller turns into `\n` first ([`normalize_newlines`]), as
//! html5ever does before tokenizing.

use std::borrow::Cow;

use html5ever::data::{C1_REPLACEMENTS, NAMED_ENTITIES};
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{Tag, TagKind, Token, TokenSink, TokenSinkResult};
use html5ever::{local_name, ns, Attribute, LocalName, QualName};

use super::bytes::{ends_name, is_space};
use super::limits::MAX_ATTRS;

/// The line number handed to the sink: nobody reads it.
const LINE: u64 = 1;

/// How far [`lex`] went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lexed {
    /// Every token up to the end of file went to the sink.
    Done,
    /// The tokens before this offset went to the sink, and the tokenizer
    /// is in the data state there.
    Handover(usize),
    /// The sink asked to stop, answering a tag with
    /// [`TokenSinkResult::Script`] (html5ever's tree builder does so only
    /// for the end tag of a script's raw text, which is not asked here).
    Stopped,
}

/// Tokenizes `input` into `sink` as far as it can (see the module docs).
/// The sink's `end` is left to the caller.
pub(crate) fn lex<S: TokenSink>(input: &StrTendril, sink: &S) -> Lexed {
    let text: &str = input;
    if has_cr_or_nul(text.as_bytes()) {
        return Lexed::Handover(0);
    }
    let mut lexer = Lexer {
        input,
        text,
        s: text.as_bytes(),
        sink,
        next_lt: 0,
        next_amp: 0,
        // Searched at the first `<script>`, which ends past 0.
        next_script_end: 0,
        next_comment_open: 0,
    };
    lexer.next_lt = lexer.find(0, b'<');
    lexer.next_amp = lexer.find(0, b'&');
    // Offsets fit in `u32`: a tendril holds at most `u32::MAX` bytes.
    lexer.run()
}

/// `text` with its line ends as html5ever's tokenizer reads them, before
/// anything else: `\r\n` and a lone `\r` become `\n`.
pub(crate) fn normalize_newlines(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let Some(first) = memchr::memchr(b'\r', bytes) else {
        return Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    let mut cr = Some(first);
    while let Some(at) = cr {
        out.push_str(&text[from..at]);
        out.push('\n');
        from = at + 1;
        if bytes.get(from) == Some(&b'\n') {
            from += 1;
        }
        cr = memchr::memchr(b'\r', &bytes[from..]).map(|i| from + i);
    }
    out.push_str(&text[from..]);
    Cow::Owned(out)
}

/// `\r` (which html5ever turns into `\n`) or NUL anywhere in `s`.
fn has_cr_or_nul(s: &[u8]) -> bool {
    memchr::memchr2(b'\r', 0, s).is_some()
}

struct Lexer<'a, S> {
    input: &'a StrTendril,
    text: &'a str,
    s: &'a [u8],
    sink: &'a S,
    /// The next `<` and `&` found, or the length: both only move forward,
    /// so each byte is searched once.
    next_lt: usize,
    next_amp: usize,
    /// The next `</script` end tag and `<!--` found (see
    /// [`Lexer::script_escapes`]), or the length.
    next_script_end: usize,
    next_comment_open: usize,
}

impl<S: TokenSink> Lexer<'_, S> {
    /// The next `byte` from `from`, or the length.
    fn find(&self, from: usize, byte: u8) -> usize {
        match self.s.get(from..) {
            Some(rest) => memchr::memchr(byte, rest).map_or(self.s.len(), |i| from + i),
            None => self.s.len(),
        }
    }

    fn lt_from(&mut self, from: usize) -> usize {
        if self.next_lt < from {
            self.next_lt = self.find(from, b'<');
        }
        self.next_lt
    }

    fn amp_from(&mut self, from: usize) -> usize {
        if self.next_amp < from {
            self.next_amp = self.find(from, b'&');
        }
        self.next_amp
    }

    fn emit(&self, token: Token) -> TokenSinkResult<S::Handle> {
        self.sink.process_token(token, LINE)
    }

    /// Hands out a token after which the tokenizer stays where it is: all
    /// but start tags.
    fn put(&self, token: Token) {
        let _ = self.emit(token);
    }

    fn slice(&self, from: usize, to: usize) -> StrTendril {
        self.input.subtendril(from as u32, (to - from) as u32)
    }

    /// Text from `from` to `to`, as is.
    fn text(&self, from: usize, to: usize) {
        if from < to {
            self.put(Token::CharacterTokens(self.slice(from, to)));
        }
    }

    fn eof(&self) -> Lexed {
        self.put(Token::EOFToken);
        Lexed::Done
    }

    fn run(&mut self) -> Lexed {
        let s = self.s;
        let len = s.len();
        // Text from `run` on is not handed out yet; markup is looked for
        // from `pos` on. A character reference never reads past a `<`, so
        // the text up to the markup found is resolved on its own.
        let mut run = 0;
        let mut pos = 0;
        loop {
            let lt = self.lt_from(pos);
            if lt == len {
                self.decoded_text(run, len);
                return self.eof();
            }
            let kind = match s.get(lt + 1) {
                Some(b) if b.is_ascii_alphabetic() => TagKind::StartTag,
                Some(b'/') => match s.get(lt + 2) {
                    Some(b) if b.is_ascii_alphabetic() => TagKind::EndTag,
                    // `</>` is dropped.
                    Some(b'>') => {
                        self.decoded_text(run, lt);
                        run = lt + 3;
                        pos = run;
                        continue;
                    }
                    // `</` at the end is text.
                    None => {
                        pos = lt + 2;
                        continue;
                    }
                    // A bogus comment.
                    Some(_) => {
                        self.decoded_text(run, lt);
                        return Lexed::Handover(lt);
                    }
                },
                Some(b'!') if s[lt + 2..].starts_with(b"--") => {
                    self.decoded_text(run, lt);
                    let from = lt + 4;
                    let Some(close) = self.comment_end(from) else {
                        return Lexed::Handover(lt);
                    };
                    self.put(Token::CommentToken(self.slice(from, close)));
                    run = close + 3;
                    pos = run;
                    continue;
                }
                // Doctypes, CDATA, bogus comments.
                Some(b'!' | b'?') => {
                    self.decoded_text(run, lt);
                    return Lexed::Handover(lt);
                }
                // Any other `<` is text.
                _ => {
                    pos = lt + 1;
                    continue;
                }
            };
            self.decoded_text(run, lt);
            let name_at = lt + if kind == TagKind::StartTag { 1 } else { 2 };
            // At the end of input html5ever drops an unfinished tag.
            let Some((tag, end)) = self.tag(name_at, kind) else {
                return self.eof();
            };
            if kind == TagKind::StartTag
                && tag.name == local_name!("script")
                && self.script_escapes(end)
            {
                return Lexed::Handover(lt);
            }
            let name = tag.name.clone();
            run = match self.emit(Token::TagToken(tag)) {
                TokenSinkResult::RawData(raw) => match self.raw(end, raw, &name) {
                    Some(end) => end,
                    None => return Lexed::Done,
                },
                TokenSinkResult::Plaintext => {
                    self.text(end, len);
                    return self.eof();
                }
                TokenSinkResult::Script(_) => return Lexed::Stopped,
                _ => end,
            };
            pos = run;
        }
    }

    /// Where the comment whose text starts at `from` ends (its `-->`), if
    /// it is an ordinary one: not `<!-->` or `<!--->`, no `--!`, and closed.
    fn comment_end(&self, from: usize) -> Option<usize> {
        let s = self.s;
        let rest = &s[from..];
        if rest.starts_with(b">") || rest.starts_with(b"->") {
            return None;
        }
        let mut i = from;
        let close = loop {
            let dash = self.find(i, b'-');
            if dash == s.len() {
                return None;
            }
            if s[dash..].starts_with(b"-->") {
                break dash;
            }
            if s[dash..].starts_with(b"--!") {
                return None;
            }
            i = dash + 1;
        };
        Some(close)
    }

    /// Where the end tag of the raw text element `name` starts, from
    /// `from`: `</name` and a byte that ends a tag name.
    fn raw_end(&self, from: usize, name: &str) -> Option<usize> {
        let s = self.s;
        let mut i = from;
        loop {
            let lt = self.find(i, b'<');
            if lt == s.len() {
                return None;
            }
            let at = lt + 2;
            if s.get(lt + 1) == Some(&b'/')
                && s.get(at..at + name.len())
                    .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()))
                && s.get(at + name.len()).is_some_and(|&b| ends_name(b))
            {
                return Some(lt);
            }
            i = lt + 1;
        }
    }

    /// Whether the script whose text would start at `from` holds `<!--`,
    /// which takes html5ever's tokenizer into its escaped states. The
    /// places found are kept, as `<script>` tags html5ever leaves in the
    /// data state (in SVG, past the depth limit) may come by the thousand.
    fn script_escapes(&mut self, from: usize) -> bool {
        let len = self.s.len();
        if self.next_script_end < from {
            self.next_script_end = self.raw_end(from, "script").unwrap_or(len);
        }
        if self.next_comment_open < from {
            self.next_comment_open =
                memchr::memmem::find(&self.s[from..], b"<!--").map_or(len, |i| from + i);
        }
        self.next_comment_open < self.next_script_end
    }

    /// The raw text from `from` of the element `name` html5ever just
    /// opened, then its end tag. Returns where the data state resumes, or
    /// `None` at the end of input (after the end-of-file token).
    fn raw(&mut self, from: usize, kind: RawKind, name: &LocalName) -> Option<usize> {
        let len = self.s.len();
        let close = self.raw_end(from, name);
        let to = close.unwrap_or(len);
        match kind {
            RawKind::Rcdata => self.decoded_text(from, to),
            // Script text has no `<!--` (see `script_escapes`).
            _ => self.text(from, to),
        }
        let Some(lt) = close else {
            self.eof();
            return None;
        };
        let Some((tag, end)) = self.tag(lt + 2, TagKind::EndTag) else {
            self.eof();
            return None;
        };
        // An end tag never switches the tokenizer; `</script>` hands back
        // the script, which nobody runs.
        self.put(Token::TagToken(tag));
        Some(end)
    }

    /// Walks the character references from `from` to `to`: calls `found`
    /// with the text before each one that stands for characters (from,
    /// to) and those characters; returns where the text after the last one
    /// starts. Searches for `&` must go forward: `from` is at or past the
    /// last one.
    fn references(
        &mut self,
        from: usize,
        to: usize,
        in_attribute: bool,
        mut found: impl FnMut(&Self, usize, usize, StrTendril),
    ) -> usize {
        let mut run = from;
        let mut pos = from;
        loop {
            let amp = self.amp_from(pos);
            if amp >= to {
                return run;
            }
            match self.char_ref(amp, to, in_attribute) {
                Some((chars, end)) => {
                    found(self, run, amp, chars);
                    run = end;
                    pos = end;
                }
                // The `&` is text.
                None => pos = amp + 1,
            }
        }
    }

    /// Text from `from` to `to` with its character references resolved, as
    /// in the data and RCDATA states.
    fn decoded_text(&mut self, from: usize, to: usize) {
        let rest = self.references(from, to, false, |lexer, run, amp, chars| {
            lexer.text(run, amp);
            lexer.put(Token::CharacterTokens(chars));
        });
        self.text(rest, to);
    }

    /// An attribute value from `from` to `to`, its character references
    /// resolved.
    fn value(&mut self, from: usize, to: usize) -> StrTendril {
        let mut out: Option<StrTendril> = None;
        let rest = self.references(from, to, true, |lexer, run, amp, chars| {
            let out = out.get_or_insert_with(StrTendril::new);
            out.push_slice(&lexer.text[run..amp]);
            out.push_tendril(&chars);
        });
        match out {
            // No reference: a slice of the input, no copy.
            None => self.slice(from, to),
            Some(mut out) => {
                out.push_slice(&self.text[rest..to]);
                out
            }
        }
    }

    /// The character reference at `amp` (an `&`), read as html5ever's
    /// tokenizer does with the input ending at `end`: the characters it
    /// stands for and where the input resumes, or `None` if the `&` is
    /// text. `end` may be a closing quote or `<`, which no reference
    /// reads past.
    fn char_ref(&self, amp: usize, end: usize, in_attribute: bool) -> Option<(StrTendril, usize)> {
        let s = &self.s[..end];
        let start = amp + 1;
        match s.get(start)? {
            b'#' => {
                let mut i = start + 1;
                let hex = matches!(s.get(i), Some(b'x' | b'X'));
                let base = if hex {
                    i += 1;
                    16
                } else {
                    10
                };
                let digits = i;
                let mut num: u32 = 0;
                let mut too_big = false;
                while let Some(d) = s.get(i).and_then(|&b| char::from(b).to_digit(base)) {
                    num = num.wrapping_mul(base);
                    if num > 0x10FFFF {
                        too_big = true;
                    }
                    num = num.wrapping_add(d);
                    i += 1;
                }
                if i == digits {
                    return None;
                }
                if s.get(i) == Some(&b';') {
                    i += 1;
                }
                Some((StrTendril::from_char(numeric(num, too_big)), i))
            }
            b if b.is_ascii_alphanumeric() => {
                // The longest name in the table that the input starts with;
                // the table also holds every prefix of a name, as (0, 0).
                let rest = &self.text[start..end];
                let mut found = None;
                // What html5ever reads: up to the first character that
                // makes no prefix, or the end.
                let mut consumed = rest.len();
                for (i, c) in rest.char_indices() {
                    let read = i + c.len_utf8();
                    match NAMED_ENTITIES.get(&rest[..read]) {
                        Some(&(first, second)) => {
                            if first != 0 {
                                found = Some((first, second, read));
                            }
                        }
                        None => {
                            consumed = read;
                            break;
                        }
                    }
                }
                let (first, second, read) = found?;
                let after = rest[read..consumed].chars().next();
                if in_attribute
                    && !rest[..read].ends_with(';')
                    && after.is_some_and(|c| c == '=' || c.is_ascii_alphanumeric())
                {
                    return None;
                }
                let mut chars = StrTendril::new();
                for c in [first, second] {
                    if let Some(c) = char::from_u32(c).filter(|&c| c != '\0') {
                        chars.push_char(c);
                    }
                }
                Some((chars, start + read))
            }
            _ => None,
        }
    }

    /// The tag whose name starts at `at` (an ASCII letter), and the offset
    /// after its `>`; `None` if the input ends first.
    fn tag(&mut self, at: usize, kind: TagKind) -> Option<(Tag, usize)> {
        let s = self.s;
        let len = s.len();
        let mut i = at;
        while i < len && !ends_name(s[i]) {
            i += 1;
        }
        if i == len {
            return None;
        }
        let name = lower_name(&self.text[at..i]);
        let mut attrs: Vec<Attribute> = Vec::new();
        let mut seen = 0;
        let mut had_duplicate_attributes = false;
        let mut self_closing = false;
        loop {
            // Before an attribute name.
            while i < len && is_space(s[i]) {
                i += 1;
            }
            match s.get(i)? {
                b'>' => {
                    i += 1;
                    break;
                }
                b'/' => {
                    i += 1;
                    if *s.get(i)? == b'>' {
                        self_closing = true;
                        i += 1;
                        break;
                    }
                    // Read again as the start of an attribute name.
                    continue;
                }
                _ => {}
            }
            // The name; its first byte may be `=`.
            let name_at = i;
            i += 1;
            while i < len && !matches!(s[i], b'\t' | b'\n' | b'\x0C' | b' ' | b'/' | b'>' | b'=') {
                i += 1;
            }
            let name_end = i;
            while i < len && is_space(s[i]) {
                i += 1;
            }
            seen += 1;
            let keep = seen <= MAX_ATTRS;
            let mut value = StrTendril::new();
            if *s.get(i)? == b'=' {
                i += 1;
                while i < len && is_space(s[i]) {
                    i += 1;
                }
                match *s.get(i)? {
                    quote @ (b'"' | b'\'') => {
                        let close = self.find(i + 1, quote);
                        if close == len {
                            return None;
                        }
                        if keep {
                            value = self.value(i + 1, close);
                        }
                        i = close + 1;
                    }
                    // An empty value.
                    b'>' => {}
                    _ => {
                        let from = i;
                        while i < len && !is_space(s[i]) && s[i] != b'>' {
                            i += 1;
                        }
                        if i == len {
                            return None;
                        }
                        if keep {
                            value = self.value(from, i);
                        }
                    }
                }
            }
            if keep {
                let name = lower_name(&self.text[name_at..name_end]);
                if attrs.iter().any(|a| a.name.local == name) {
                    had_duplicate_attributes = true;
                } else {
                    attrs.push(Attribute {
                        name: QualName::new(None, ns!(), name),
                        value,
                    });
                }
            }
        }
        let tag = Tag {
            kind,
            name,
            self_closing,
            attrs,
            had_duplicate_attributes,
        };
        Some((tag, i))
    }
}

/// A tag or attribute name, ASCII letters lowercased. The names most
/// bodies are made of are matched first: an atom from a name otherwise
/// hashes it.
fn lower_name(name: &str) -> LocalName {
    match name {
        "p" => local_name!("p"),
        "a" => local_name!("a"),
        "br" => local_name!("br"),
        "div" => local_name!("div"),
        "span" => local_name!("span"),
        "img" => local_name!("img"),
        "li" => local_name!("li"),
        "ul" => local_name!("ul"),
        "strong" => local_name!("strong"),
        "em" => local_name!("em"),
        "b" => local_name!("b"),
        "i" => local_name!("i"),
        "figure" => local_name!("figure"),
        "figcaption" => local_name!("figcaption"),
        "h2" => local_name!("h2"),
        "h3" => local_name!("h3"),
        "blockquote" => local_name!("blockquote"),
        "href" => local_name!("href"),
        "src" => local_name!("src"),
        "class" => local_name!("class"),
        "id" => local_name!("id"),
        "alt" => local_name!("alt"),
        "style" => local_name!("style"),
        "width" => local_name!("width"),
        "height" => local_name!("height"),
        "target" => local_name!("target"),
        "rel" => local_name!("rel"),
        "title" => local_name!("title"),
        "srcset" => local_name!("srcset"),
        "sizes" => local_name!("sizes"),
        "loading" => local_name!("loading"),
        "referrerpolicy" => local_name!("referrerpolicy"),
        _ if name.bytes().any(|b| b.is_ascii_uppercase()) => {
            LocalName::from(name.to_ascii_lowercase())
        }
        _ => LocalName::from(name),
    }
}

/// The character a numeric reference stands for, as html5ever reads it.
fn numeric(num: u32, too_big: bool) -> char {
    match num {
        _ if too_big || num > 0x10FFFF => '\u{fffd}',
        0 | 0xD800..=0xDFFF => '\u{fffd}',
        0x80..=0x9F => C1_REPLACEMENTS[(num - 0x80) as usize]
            .unwrap_or_else(|| char::from_u32(num).unwrap_or('\u{fffd}')),
        _ => char::from_u32(num).unwrap_or('\u{fffd}'),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names matched first are the atoms of those names.
    #[test]
    fn names_matched_first_are_their_atoms() {
        for name in [
            "p",
            "a",
            "br",
            "div",
            "span",
            "img",
            "li",
            "ul",
            "strong",
            "em",
            "b",
            "i",
            "figure",
            "figcaption",
            "h2",
            "h3",
            "blockquote",
            "href",
            "src",
            "class",
            "id",
            "alt",
            "style",
            "width",
            "height",
            "target",
            "rel",
            "title",
            "srcset",
            "sizes",
            "loading",
            "referrerpolicy",
            "data-src",
            "section",
        ] {
            assert_eq!(lower_name(name), LocalName::from(name), "{name}");
            assert_eq!(
                lower_name(&name.to_ascii_uppercase()),
                LocalName::from(name),
                "{name}"
            );
        }
    }
    use crate::html::tree::{Handle, Tree};
    use html5ever::buffer_queue::BufferQueue;
    use html5ever::tokenizer::{Tokenizer, TokenizerOpts};
    use html5ever::tree_builder::TreeBuilder;
    use std::cell::RefCell;

    /// A token as the tree builder sees it.
    #[derive(Debug, PartialEq)]
    enum Seen {
        Text(String),
        Null,
        Tag(Tag),
        Comment(String),
        Doctype,
        Eof,
    }

    /// Records the tokens a tree builder gets (which decides the raw text
    /// switches), parse errors aside and adjacent text joined.
    struct Recorder {
        tb: TreeBuilder<Handle, Tree>,
        seen: RefCell<Vec<Seen>>,
    }

    impl Recorder {
        fn new() -> Self {
            Recorder {
                tb: TreeBuilder::new(Tree::default(), crate::html::tree::tree_builder_opts()),
                seen: RefCell::new(Vec::new()),
            }
        }
    }

    impl TokenSink for Recorder {
        type Handle = Handle;

        fn process_token(&self, token: Token, line: u64) -> TokenSinkResult<Handle> {
            let mut seen = self.seen.borrow_mut();
            match &token {
                Token::ParseError(_) => return TokenSinkResult::Continue,
                Token::CharacterTokens(t) => match seen.last_mut() {
                    Some(Seen::Text(last)) => last.push_str(t),
                    _ => seen.push(Seen::Text(t.to_string())),
                },
                Token::NullCharacterToken => seen.push(Seen::Null),
                Token::TagToken(tag) => seen.push(Seen::Tag(tag.clone())),
                Token::CommentToken(c) => seen.push(Seen::Comment(c.to_string())),
                Token::DoctypeToken(_) => seen.push(Seen::Doctype),
                Token::EOFToken => seen.push(Seen::Eof),
            }
            drop(seen);
            self.tb.process_token(token, line)
        }

        fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
            self.tb
                .adjusted_current_node_present_but_not_in_html_namespace()
        }
    }

    fn html5ever_from(recorder: Recorder, input: &StrTendril, at: usize) -> Recorder {
        let tokenizer = Tokenizer::new(recorder, TokenizerOpts::default());
        let queue = BufferQueue::default();
        queue.push_back(input.subtendril(at as u32, (input.len() - at) as u32));
        while !matches!(tokenizer.feed(&queue), html5ever::TokenizerResult::Done) {}
        tokenizer.end();
        tokenizer.sink
    }

    /// The tokens of [`lex`], html5ever's tokenizer taking over where it
    /// hands over, and where it did.
    fn lexed(body: &str) -> (Vec<Seen>, Lexed) {
        let input = StrTendril::from_slice(body);
        let recorder = Recorder::new();
        let lexed = lex(&input, &recorder);
        let recorder = match lexed {
            Lexed::Handover(at) => html5ever_from(recorder, &input, at),
            // The recorder never asks to stop.
            Lexed::Done | Lexed::Stopped => recorder,
        };
        (recorder.seen.into_inner(), lexed)
    }

    fn html5ever_tokens(body: &str) -> Vec<Seen> {
        let input = StrTendril::from_slice(body);
        html5ever_from(Recorder::new(), &input, 0).seen.into_inner()
    }

    /// The tokens of `body` as newsnap reads it (line ends made `\n`, then
    /// [`lex`]) are html5ever's.
    fn same_tokens(body: &str) -> Lexed {
        let (tokens, lexed) = lexed(&normalize_newlines(body));
        assert_eq!(tokens, html5ever_tokens(body), "{body:?}");
        lexed
    }

    #[test]
    fn ordinary_markup_is_lexed_to_the_end_as_html5ever_does() {
        for body in [
            "",
            "plain text",
            "<p class=\"a\">one &amp; two&nbsp;&#8217;&#x2014;</p>",
            "<P CLASS=Lead ID='x'>Upper</P><BR/><img src=a.jpg alt=\"A &quot;q&quot;\" />",
            "<a href=\"https://x.test/?a=1&b=2&amp;c=3&copy=4&lang\">AT&T &copy 2024 &notit; &notin;</a>",
            "<!-- wp:paragraph --><p>x</p><!----><!-- a -- b - c --->",
            "<script>if (a < b && c) { s = '</div>' }</script><style>p > a {}</STYLE >after",
            "<title>a &amp; <b></title><textarea>\nt &lt;</textarea><iframe src=v><p></iframe>",
            "a < b <3 </> <a b=c d =e f= g h = 'i'j=k>",
            "<x a=1 a=2 A=3 b/>&#0;&#128;&#x9f;&#xD800;&#1114112;&#99999999999;&#;&#x;",
            "<plaintext><p>all &amp; text",
            "<p>a\r\nb\rc\r\r\nd</p>\r\n<pre>\r\nx</pre><textarea>\r\ny</textarea><a\r\nb='1\r2'>&amp\r\n",
            "<!--\r\n-->x\r",
        ] {
            assert_eq!(same_tokens(body), Lexed::Done, "{body:?}");
        }
    }

    #[test]
    fn unusual_markup_is_handed_to_html5ever() {
        for (body, at) in [
            ("<p>a</p><!DOCTYPE html>", 8),
            ("x<![CDATA[y]]>", 1),
            ("x<?php ?>", 1),
            ("x</ p>", 1),
            ("x<!-->", 1),
            ("x<!--->", 1),
            ("x<!-- a --!>", 1),
            ("x<!-- unclosed", 1),
            ("<p>a</p><script>a<!--b</script>", 8),
            ("a\0b", 0),
        ] {
            assert_eq!(same_tokens(body), Lexed::Handover(at), "{body:?}");
        }
    }

    /// Random soup of the pieces html5ever's tokenizer treats apart: both
    /// give the same tokens, wherever the hand-over falls.
    #[test]
    fn soup_is_lexed_as_html5ever_does() {
        const PIECES: &[&str] = &[
            "<p>",
            "</p>",
            "<P CLASS=A>",
            "<a href='x&amp;y'>",
            "<a href=\"a&copy=1&b\">",
            "<a href=x&copy>",
            "<a href=x&copy;y>",
            "<img src=a.jpg alt=\"q\">",
            "<br/>",
            "<br />",
            "<div/ >",
            "< p>",
            "a < b",
            "</>",
            "</ p>",
            "</",
            "<",
            "<!---->",
            "<!-- c -->",
            "<!--->",
            "<!-->",
            "<!-- a --!>",
            "<!--",
            "-->",
            "--",
            "<!DOCTYPE html>",
            "<?pi>",
            "<![CDATA[x]]>",
            "&",
            "&amp;",
            "&amp",
            "&ampx",
            "&notin;",
            "&notit;",
            "&#65;",
            "&#x41;",
            "&#X41",
            "&#;",
            "&#x;",
            "&#0;",
            "&#128;",
            "&#x110000;",
            "&#55296;",
            "&#99999999999;",
            "&AElig",
            "&zz;",
            "&T ",
            "AT&T",
            "&lt;",
            "&#",
            "<script>",
            "</script>",
            "<script>a<!--b</script>",
            "<style>",
            "</style>",
            "<title>",
            "</title>",
            "<textarea>",
            "</textarea >",
            "<xmp>",
            "<iframe>",
            "</iframe>",
            "<plaintext>",
            "<noscript>",
            "<svg>",
            "</svg>",
            "<math>",
            "\"",
            "'",
            "=",
            " ",
            "\n",
            "\t",
            "x",
            "中文",
            "é",
            "&é",
            "<a b c=d e='f' g=\"h\" b=dup>",
            "<a b=\"unclosed",
            "<x y=1/>",
            "<x y=1 />",
            "<x y='1'/>",
            "<x/y>",
            "<x =a>",
            "<x a= b>",
            "<x a =b>",
            "<x\ta\n=\nb>",
            "<table>",
            "<td>",
            "<select>",
            "</select>",
            "<template>",
            "<b>",
            "</b>",
            "</style x>",
            "<SCRIPT>",
            "</SCRIPT>",
            "</scriptx>",
            "<pre>",
            "\r",
            "\r\n",
            "\n\r",
            "\0",
            "<p a='&#x26;'>",
            "<p a=&lt;>",
        ];
        let mut rng = crate::rng::Rng::new(0x2545_f491_4f6c_dd1d_u64);
        let mut next = move |n: usize| rng.below(n);
        let mut done = 0;
        for _ in 0..20_000 {
            let len = 1 + next(30);
            let body: String = (0..len).map(|_| PIECES[next(PIECES.len())]).collect();
            if same_tokens(&body) == Lexed::Done {
                done += 1;
            }
        }
        // Both ways are exercised.
        assert!((2_000..18_000).contains(&done), "{done} lexed to the end");
    }

    #[test]
    fn the_corpus_is_lexed_to_the_end_as_html5ever_does() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
        let Ok(outlets) = std::fs::read_dir(&dir) else {
            println!("skipped: ../shared/corpus not found");
            return;
        };
        let (mut files, mut done) = (0, 0);
        for outlet in outlets.flatten().filter(|e| e.path().is_dir()) {
            for file in std::fs::read_dir(outlet.path())
                .expect("readable")
                .flatten()
            {
                let text = std::fs::read_to_string(file.path()).expect("UTF-8");
                let body = text.split_once("\n---").map_or(&*text, |(_, b)| b);
                files += 1;
                if same_tokens(body) == Lexed::Done {
                    done += 1;
                } else {
                    println!("handed over: {}", file.path().display());
                }
            }
        }
        println!("{done} of {files} bodies lexed to the end");
        assert_eq!(done, files);
    }
}
