//! The Markdown writer ([`Article::to_markdown`](crate::Article::to_markdown)):
//! its head, media lines and blocks, and the inline content (escaping, links,
//! line breaks, emphasis) they are made of.

use std::borrow::Cow;

use url::Url;

use super::{percent_encode, Media};
use crate::article::{Article, Block, BlockKind};
use crate::urls;

/// The title as a `#` heading.
pub(super) fn title(title: &str) -> String {
    let mut s = String::from("# ");
    Inline::heading(&mut s).text(title);
    escape_trailing_hash(&mut s);
    s
}

/// The date line (and byline), then a link to the article with its host as
/// the link text.
pub(super) fn meta(a: &Article, date: &str) -> String {
    let mut meta = String::new();
    let mut inline = Inline::new(&mut meta, "");
    inline.text(date);
    if let Some(byline) = &a.byline {
        inline.text(" · ");
        inline.text(byline);
    }
    inline.text(" · ");
    let host = a.url.host_str().unwrap_or(&a.url_decoded);
    inline.link(host, a.url.as_str());
    meta
}

/// The image, video or sound line.
pub(super) fn media(media: Media<'_>) -> String {
    match media {
        Media::Image(image) => {
            let mut line = String::from("!");
            let alt = image.alt.as_deref().unwrap_or("");
            Inline::heading(&mut line).link(alt, image.url.as_str());
            line
        }
        Media::Video(video) => player_line("▶ ", &video.url),
        Media::Audio(audio) => player_line("♪ ", &audio.url),
    }
}

/// A video's or sound's line: `mark`, then a link to `url` showing it
/// decoded.
fn player_line(mark: &str, url: &Url) -> String {
    let shown = urls::decode_for_display(url.as_str());
    let mut line = String::from(mark);
    Inline::heading(&mut line).link(&shown, url.as_str());
    line
}

/// A fenced code block holding `text` as it is: the fence is longer than
/// any run of backticks in it.
fn fenced(text: &str) -> String {
    let mut longest = 0;
    let mut run = 0;
    for c in text.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat((longest + 1).max(3));
    format!("{fence}\n{text}\n{fence}")
}

/// `block`, its text (and credit) being `text`.
pub(super) fn block(block: &Block, text: &str) -> String {
    if block.kind == BlockKind::Caption && block.links.is_empty() {
        return emphasis(text, "*");
    }
    if block.kind == BlockKind::Separator {
        return "* * *".to_owned();
    }
    if block.kind == BlockKind::Preformatted {
        return fenced(text);
    }
    let mut out = String::new();
    let mut inline = match block.kind {
        BlockKind::Heading { level } => {
            for _ in 0..level.clamp(1, 6) {
                out.push('#');
            }
            out.push(' ');
            Inline::heading(&mut out)
        }
        BlockKind::Quote => {
            out.push_str("> ");
            Inline::new(&mut out, "> ")
        }
        BlockKind::ListItem { ordinal, depth } => {
            let indent = "   ".repeat(usize::from(depth.clamp(1, 8)) - 1);
            out.push_str(&indent);
            match ordinal {
                Some(n) => out.push_str(&format!("{n}. ")),
                None => out.push_str("- "),
            }
            // Continuation lines line up with the item's text.
            let width = out.chars().count();
            Inline::new(&mut out, " ".repeat(width))
        }
        _ => Inline::new(&mut out, ""),
    };
    let mut at = 0;
    for link in &block.links {
        if link.text.is_empty() {
            continue;
        }
        let Some(found) = text.get(at..).and_then(|rest| rest.find(&link.text)) else {
            continue;
        };
        let start = at + found;
        inline.text(&text[at..start]);
        inline.link(&link.text, link.url.as_str());
        at = start + link.text.len();
    }
    inline.text(text.get(at..).unwrap_or_default());
    if matches!(block.kind, BlockKind::Heading { .. }) {
        escape_trailing_hash(&mut out);
    }
    out
}

/// `text` between emphasis markers (`*` or `**`). The markers stand at the
/// start and end of a line, where they always open and close.
pub(super) fn emphasis(text: &str, marker: &str) -> String {
    let mut out = String::from(marker);
    Inline::emphasis(&mut out).text(text.trim());
    out.push_str(marker);
    out
}

/// `# C#` would lose its `#` as an ATX closing sequence.
fn escape_trailing_hash(s: &mut String) {
    if s.ends_with('#') && !s.ends_with("\\#") {
        s.insert(s.len() - 1, '\\');
    }
}

/// Writes Markdown inline content: escaped text, links and line breaks.
struct Inline<'o> {
    out: &'o mut String,
    /// What continues the block on the line after a break.
    indent: Cow<'static, str>,
    /// Line breaks become spaces (headings cannot hold them).
    one_line: bool,
    /// A blank line starts a new paragraph (in emphasis, which cannot span
    /// paragraphs, it is a line break).
    paragraphs: bool,
    at_line_start: bool,
    /// Line breaks met and not yet written: one is a hard break, more a
    /// paragraph break.
    pending_breaks: u8,
}

impl<'o> Inline<'o> {
    /// Content of a block whose continuation lines start with `indent`.
    fn new(out: &'o mut String, indent: impl Into<Cow<'static, str>>) -> Self {
        Inline {
            out,
            indent: indent.into(),
            one_line: false,
            paragraphs: true,
            at_line_start: true,
            pending_breaks: 0,
        }
    }

    /// Content that must stay on one line.
    fn heading(out: &'o mut String) -> Self {
        Inline {
            one_line: true,
            ..Inline::new(out, "")
        }
    }

    /// Content between emphasis markers.
    fn emphasis(out: &'o mut String) -> Self {
        Inline {
            paragraphs: false,
            ..Inline::new(out, "")
        }
    }

    /// Writes the line breaks met before what comes next.
    fn flush_breaks(&mut self) {
        let breaks = std::mem::take(&mut self.pending_breaks);
        if breaks == 0 {
            return;
        }
        if breaks > 1 && self.paragraphs {
            self.out.push('\n');
            self.out.push_str(self.indent.trim_end());
            self.out.push('\n');
        } else {
            self.out.push_str("\\\n");
        }
        self.out.push_str(&self.indent);
        self.at_line_start = true;
    }

    fn text(&mut self, s: &str) {
        // The `.` or `)` of an ordered-list marker (`1.`) starting a line.
        let mut marker_at = None;
        for (i, c) in s.char_indices() {
            if c == '\n' || c == '\r' {
                if c == '\r' && s[i + 1..].starts_with('\n') {
                    continue;
                }
                if self.one_line {
                    if !self.at_line_start && !self.out.ends_with(' ') {
                        self.out.push(' ');
                    }
                } else if !self.at_line_start {
                    self.pending_breaks = self.pending_breaks.saturating_add(1);
                }
                continue;
            }
            self.flush_breaks();
            let line_start = std::mem::replace(&mut self.at_line_start, false);
            let escape = match c {
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '~' => true,
                '|' => !self.one_line,
                '&' => is_entity(&s[i + 1..]),
                '#' | '>' | '-' | '+' | '=' => line_start,
                '.' | ')' => marker_at == Some(i),
                _ => false,
            };
            if line_start && c.is_ascii_digit() {
                let digits = s[i..].bytes().take_while(u8::is_ascii_digit).count();
                if digits <= 9 {
                    marker_at = Some(i + digits);
                }
            }
            if escape {
                self.out.push('\\');
            }
            self.out.push(c);
        }
    }

    fn link(&mut self, text: &str, url: &str) {
        self.flush_breaks();
        self.at_line_start = false;
        self.out.push('[');
        // A link cannot span paragraphs.
        let paragraphs = std::mem::replace(&mut self.paragraphs, false);
        self.text(text);
        self.paragraphs = paragraphs;
        self.out.push_str("](");
        for c in url.chars() {
            match c {
                '(' | ')' | '\\' | '<' | '>' => {
                    self.out.push('\\');
                    self.out.push(c);
                }
                c if c.is_whitespace() || c.is_control() => {
                    let _ = percent_encode(c, self.out);
                }
                c => self.out.push(c),
            }
        }
        self.out.push(')');
    }
}

/// Whether `rest` (after an `&`) reads as an entity: `[#A-Za-z0-9]+;`.
fn is_entity(rest: &str) -> bool {
    let name = rest
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'#')
        .count();
    name > 0 && rest.as_bytes().get(name) == Some(&b';')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_escapes() {
        let mut s = String::new();
        Inline::new(&mut s, "> ").text("# a *b* [c] <d> &amp; & x_y\n1. z\n- w\n\n+ v|u~");
        assert_eq!(
            s,
            "\\# a \\*b\\* \\[c\\] \\<d> \\&amp; & x\\_y\\\n> 1\\. z\\\n> \\- w\n>\n> \\+ v\\|u\\~"
        );
        let mut s = String::new();
        Inline::new(&mut s, "").link("a]b", "https://x.example/a_(b) c\\");
        assert_eq!(s, "[a\\]b](https://x.example/a_\\(b\\)%20c\\\\)");
        let mut s = String::from("# ");
        Inline::heading(&mut s).text("C#\nx |#");
        escape_trailing_hash(&mut s);
        assert_eq!(s, "# C#\u{20}x |\\#");
    }

    #[test]
    fn emphasis_spans_line_breaks() {
        assert_eq!(emphasis("a\nb", "*"), "*a\\\nb*");
        assert_eq!(emphasis("\n a \n", "**"), "**a**");
    }
}
