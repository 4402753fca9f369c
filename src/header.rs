//! The envelope: optional BOM and front matter, the `<!--ms-->` timestamp
//! comment, the `[title](url)` link and the dashes line.
//!
//! Scanned on `&str` slices with byte offsets; every failure points at the
//! first byte that is wrong.

use chrono::{DateTime, Utc};

use crate::error::{Error, ErrorKind};
use crate::text;

/// The parsed envelope, borrowing from the input.
#[derive(Debug)]
pub(crate) struct Header<'a> {
    /// Text between the front matter's `---` lines, when present.
    pub(crate) front_matter: Option<&'a str>,
    /// Line 1's instant; `None` when its comment holds no number of
    /// milliseconds that is a date (read leniently).
    pub(crate) timestamp: Option<DateTime<Utc>>,
    /// The comment's text when it is not such a number (`NaN`, empty…).
    pub(crate) timestamp_raw: Option<&'a str>,
    /// `true` when the timestamp came from the older variant's `日期：` line.
    pub(crate) legacy_date: bool,
    pub(crate) title: String,
    pub(crate) url: url::Url,
    /// The body: everything after the dashes line and one empty line.
    pub(crate) body: &'a str,
}

/// A line of the input: its text without the line ending, and where it starts.
#[derive(Clone, Copy)]
struct Line<'a> {
    text: &'a str,
    start: usize,
    /// Offset just past the line ending (or the end of input).
    next: usize,
}

fn line_at(input: &str, start: usize) -> Line<'_> {
    let rest = &input[start..];
    let (text, next) = match rest.find('\n') {
        Some(i) => (&rest[..i], start + i + 1),
        None => (rest, input.len()),
    };
    Line {
        text: text.strip_suffix('\r').unwrap_or(text),
        start,
        next,
    }
}

fn is_dashes(line: &str) -> bool {
    let t = line.trim_end();
    t.len() >= 3 && t.bytes().all(|b| b == b'-')
}

/// Parses the envelope. With `strict`, a timestamp comment that holds no
/// number of milliseconds (`<!--NaN-->`) is an error; without, it is kept as
/// [`Header::timestamp_raw`] and the timestamp is `None`.
pub(crate) fn parse(input: &str, strict: bool) -> Result<Header<'_>, Error> {
    let err = |kind, at| Error::new(kind, input, at);
    let mut pos = if input.starts_with('\u{feff}') { 3 } else { 0 };

    // Jekyll front matter: `---` alone on the first line, up to the next `---` line.
    let mut front_matter = None;
    let first = line_at(input, pos);
    if first.text.trim_end() == "---" {
        let mut at = first.next;
        loop {
            if at >= input.len() {
                return Err(err(ErrorKind::UnclosedFrontMatter, first.start));
            }
            let line = line_at(input, at);
            if line.text.trim_end() == "---" {
                front_matter = Some(&input[first.next..line.start]);
                pos = line.next;
                break;
            }
            at = line.next;
        }
    }
    // Blank lines between the front matter and the snapshot.
    loop {
        let line = line_at(input, pos);
        if line.next > pos && line.text.trim().is_empty() && line.next < input.len() {
            pos = line.next;
        } else {
            break;
        }
    }

    let line = line_at(input, pos);
    let mut timestamp_raw = None;
    let timestamp = if let Some(rest) = line.text.strip_prefix("<!--") {
        let digits_at = line.start + 4;
        let Some(end) = rest.find("-->") else {
            return Err(err(ErrorKind::InvalidTimestamp(clip(rest)), digits_at));
        };
        let raw = &rest[..end];
        if !rest[end + 3..].trim().is_empty() {
            return Err(err(
                ErrorKind::InvalidTimestamp(clip(&rest[end + 3..])),
                digits_at + end + 3,
            ));
        }
        pos = line.next;
        match millis(raw) {
            Ok(t) => Some(Some(t)),
            Err(kind) if strict => return Err(err(kind, digits_at)),
            Err(_) => {
                timestamp_raw = Some(raw);
                Some(None)
            }
        }
    } else if line.text.starts_with('[') {
        None
    } else {
        return Err(err(ErrorKind::MissingTimestamp, line.start));
    };

    let (title, url_raw, url_at, after_link) = title_link(input, pos)?;
    let url = url::Url::parse(url_raw).map_err(|e| err(ErrorKind::InvalidUrl(e), url_at))?;

    let dashes = line_at(input, after_link);
    if after_link >= input.len() || !is_dashes(dashes.text) {
        return Err(err(ErrorKind::MissingDashes, after_link));
    }
    let mut body_at = dashes.next;

    let (timestamp, legacy_date) = match timestamp {
        Some(t) => (t, false),
        None => {
            // Older generator: `日期：<RFC 2822 date>` right after the dashes.
            let mut line = line_at(input, body_at);
            if line.text.trim().is_empty() && line.next < input.len() {
                line = line_at(input, line.next);
            }
            let Some(raw) = line
                .text
                .strip_prefix("日期：")
                .or_else(|| line.text.strip_prefix("日期:"))
            else {
                return Err(err(ErrorKind::MissingTimestamp, line.start));
            };
            let at = line.start + (line.text.len() - raw.len());
            let t = DateTime::parse_from_rfc2822(raw.trim())
                .map_err(|_| err(ErrorKind::InvalidTimestamp(clip(raw)), at))?;
            body_at = line.next;
            (Some(t.with_timezone(&Utc)), true)
        }
    };
    // One empty line separates the header from the body.
    let blank = line_at(input, body_at);
    if blank.text.trim().is_empty() {
        body_at = blank.next;
    }
    Ok(Header {
        front_matter,
        timestamp,
        timestamp_raw,
        legacy_date,
        title,
        url,
        body: &input[body_at..],
    })
}

/// Keeps error payloads short whatever the input holds.
fn clip(s: &str) -> Box<str> {
    let mut end = s.len().min(64);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s[..end].into()
}

fn millis(raw: &str) -> Result<DateTime<Utc>, ErrorKind> {
    let digits = raw.strip_prefix('-').unwrap_or(raw);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ErrorKind::InvalidTimestamp(clip(raw)));
    }
    raw.parse::<i64>()
        .ok()
        .and_then(DateTime::from_timestamp_millis)
        .ok_or_else(|| ErrorKind::TimestampOutOfRange(clip(raw)))
}

/// Finds `[title](url)` starting at `pos`, the title possibly spanning lines
/// and holding brackets. Returns the normalised title, the URL text, its
/// offset, and the offset of the line after the link.
fn title_link(input: &str, pos: usize) -> Result<(String, &str, usize, usize), Error> {
    let err = |kind, at| Error::new(kind, input, at);
    let first = line_at(input, pos);
    if !first.text.starts_with('[') {
        return Err(err(ErrorKind::MissingTitleLink, pos));
    }
    let mut line = first;
    let mut search_from = 1; // within line.text
                             // The first `](…)` that closed a line but held white space: when no
                             // link is found, the error is there, at the would-be URL.
    let mut spaced_url = None;
    loop {
        if let Some((title_end, url)) = link_end(line.text, search_from) {
            let title_raw = &input[first.start + 1..line.start + title_end];
            let url_at = line.start + title_end + 2;
            return Ok((text::normalize_title(title_raw), url, url_at, line.next));
        }
        if spaced_url.is_none() {
            spaced_url = url_with_space(line.text, search_from).map(|at| line.start + at);
        }
        let unclosed = |at| match spaced_url {
            Some(url_at) => err(
                ErrorKind::MalformedTitleLink("the URL holds white space"),
                url_at,
            ),
            None => err(
                ErrorKind::MalformedTitleLink("no `](url)` closes the title"),
                at,
            ),
        };
        if line.next >= input.len() || line.next == line.start {
            return Err(unclosed(line.start + line.text.len()));
        }
        line = line_at(input, line.next);
        search_from = 0;
        if is_dashes(line.text) {
            return Err(unclosed(line.start));
        }
    }
}

/// Where the URL of a `](…)` closing `line` starts, when [`link_end`]
/// refused it for the white space it holds.
fn url_with_space(line: &str, from: usize) -> Option<usize> {
    let trimmed = line.trim_end();
    if !trimmed.ends_with(')') {
        return None;
    }
    let close = from + trimmed.get(from..)?.find("](")?;
    let url = &trimmed[close + 2..trimmed.len() - 1];
    url.contains(char::is_whitespace).then_some(close + 2)
}

/// In one line, finds the first `](` from `from` whose remainder is a URL
/// (no white space) closed by the `)` ending the line. Linear: the last
/// white space of the line is found once, and candidates before it fail.
fn link_end(line: &str, from: usize) -> Option<(usize, &str)> {
    let trimmed = line.trim_end();
    if !trimmed.ends_with(')') {
        return None;
    }
    let last_ws = trimmed
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map(|(i, _)| i);
    let mut at = from;
    while let Some(i) = trimmed[at..].find("](") {
        let close = at + i;
        if last_ws.is_none_or(|w| w < close) {
            let url = &trimmed[close + 2..trimmed.len() - 1];
            if !url.is_empty() {
                return Some((close, url));
            }
        }
        at = close + 1;
    }
    None
}

/// The value of `key:` in Jekyll front matter, unquoted and trimmed, when
/// it is set.
pub(crate) fn front_matter_value<'a>(front_matter: &'a str, key: &str) -> Option<&'a str> {
    let value = front_matter
        .lines()
        .find_map(|l| l.strip_prefix(key)?.strip_prefix(':'))?;
    let value = value.trim();
    let value = value
        .strip_prefix('"')
        .and_then(|v| v.strip_suffix('"'))
        .or_else(|| value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
        .unwrap_or(value)
        .trim();
    (!value.is_empty()).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(input: &str) -> Header<'_> {
        parse(input, true).unwrap_or_else(|e| panic!("{input:?}: {e}"))
    }

    fn fails(input: &str) -> (ErrorKind, usize) {
        let e = parse(input, true).expect_err(input);
        (e.kind().clone(), e.offset())
    }

    #[test]
    fn timestamps_that_are_no_number_are_kept_as_found() {
        for raw in ["NaN", "", "abc", " 12 ", "99999999999999999999", "1.5e12"] {
            let input = format!("<!--{raw}-->\n[T](https://example.com/a)\n------\n\nbody");
            let h = parse(&input, false).unwrap_or_else(|e| panic!("{raw:?}: {e}"));
            assert_eq!((h.timestamp, h.timestamp_raw), (None, Some(raw)), "{raw:?}");
            assert_eq!(h.body, "body");
            assert!(parse(&input, true).is_err(), "{raw:?}");
        }
        // What is not a timestamp comment at all still fails.
        for input in [
            "<!--NaN\n[T](https://example.com/a)\n---\n",
            "<!--NaN--> x\n[T](https://example.com/a)\n---\n",
        ] {
            assert!(parse(input, false).is_err(), "{input:?}");
        }
    }

    const URL: &str = "https://example.com/a";

    #[test]
    fn minimal() {
        let h = ok("<!--1000-->\n[T](https://example.com/a)\n------\n\n<p>x</p>\n");
        assert_eq!(h.timestamp.unwrap().timestamp_millis(), 1000);
        assert_eq!(h.title, "T");
        assert_eq!(h.url.as_str(), URL);
        assert_eq!(h.body, "<p>x</p>\n");
    }

    #[test]
    fn crlf_and_bom() {
        let h = ok("\u{feff}<!--1-->\r\n[T](https://example.com/a)\r\n------\r\n\r\nbody");
        assert_eq!(h.title, "T");
        assert_eq!(h.body, "body");
    }

    #[test]
    fn brackets_and_multiline_titles() {
        let h = ok("<!--1-->\n[[视频]北京 [x]](https://example.com/a)\n---\n");
        assert_eq!(h.title, "[视频]北京 [x]");
        let h = ok("<!--1-->\n[德语媒体：北京的快速回应\n\n](https://example.com/a)\n------\n");
        assert_eq!(h.title, "德语媒体：北京的快速回应");
        let h = ok("<!--1-->\n[a](b) c](https://example.com/a)\n------\n");
        assert_eq!(h.title, "a](b) c");
    }

    #[test]
    fn a_url_with_white_space_is_reported_where_it_starts() {
        let (kind, at) = fails("<!--1-->\n[t](not a url)\n------\n");
        assert_eq!(
            kind,
            ErrorKind::MalformedTitleLink("the URL holds white space")
        );
        assert_eq!(at, "<!--1-->\n[t](".len());
        // A later line that closes the link properly still wins.
        let h = ok("<!--1-->\n[a](b c)\nd](https://example.com/a)\n------\n");
        assert_eq!(h.title, "a](b c) d");
    }

    #[test]
    fn parentheses_in_url() {
        let h = ok("<!--1-->\n[T (x)](https://example.com/a_(b))\n------\n");
        assert_eq!(h.title, "T (x)");
        assert_eq!(h.url.as_str(), "https://example.com/a_(b)");
    }

    #[test]
    fn front_matter_is_skipped_and_kept() {
        let h = ok("---\nlayout: post\n---\n<!--1-->\n[T](https://example.com/a)\n------\n");
        assert_eq!(h.front_matter, Some("layout: post\n"));
        assert_eq!(
            fails("---\nlayout: post\n<!--1-->\n"),
            (ErrorKind::UnclosedFrontMatter, 0)
        );
    }

    #[test]
    fn legacy_date_line() {
        let h = ok(
            "[T](https://example.com/a)\n------\n日期：Sat, 20 Jun 2020 17:27:18 +0000\n\n<p>x</p>",
        );
        assert!(h.legacy_date);
        assert_eq!(
            h.timestamp.unwrap().to_rfc3339(),
            "2020-06-20T17:27:18+00:00"
        );
        assert_eq!(h.body, "<p>x</p>");
        let input = "[T](https://example.com/a)\n------\n\n<p>x</p>";
        assert_eq!(fails(input), (ErrorKind::MissingTimestamp, 35));
        let input = "[T](https://example.com/a)\n------\n日期：someday\n";
        assert_eq!(fails(input).1, 43);
    }

    #[test]
    fn timestamp_errors_point_at_the_digits() {
        assert_eq!(
            fails("<!--abc-->\n"),
            (ErrorKind::InvalidTimestamp("abc".into()), 4)
        );
        assert_eq!(
            fails("<!---->\n"),
            (ErrorKind::InvalidTimestamp("".into()), 4)
        );
        assert_eq!(
            fails("<!--99999999999999999999-->\n").0,
            ErrorKind::TimestampOutOfRange("99999999999999999999".into())
        );
        assert_eq!(
            fails("<!--9223372036854775807-->\n").0,
            ErrorKind::TimestampOutOfRange("9223372036854775807".into())
        );
        assert_eq!(
            fails("<!--12\n").0,
            ErrorKind::InvalidTimestamp("12".into())
        );
        assert_eq!(fails("<!--12--> x\n").1, 9);
        assert_eq!(fails("hello\n"), (ErrorKind::MissingTimestamp, 0));
        assert_eq!(fails(""), (ErrorKind::MissingTimestamp, 0));
    }

    #[test]
    fn negative_and_odd_millis() {
        let h = ok("<!---1-->\n[T](https://example.com/a)\n------\n");
        assert_eq!(h.timestamp.unwrap().timestamp_millis(), -1);
        let h = ok("<!--1602257460002-->\n[T](https://example.com/a)\n------\n");
        assert_eq!(h.timestamp.unwrap().timestamp_subsec_millis(), 2);
    }

    #[test]
    fn link_errors() {
        assert_eq!(fails("<!--1-->\nTitle\n"), (ErrorKind::MissingTitleLink, 9));
        assert_eq!(
            fails("<!--1-->\n[T]\n").0,
            ErrorKind::MalformedTitleLink("no `](url)` closes the title")
        );
        assert_eq!(fails("<!--1-->\n[T\n------\n").1, 12);
        assert_eq!(
            fails("<!--1-->\n[T](not a url)\n"),
            (
                ErrorKind::MalformedTitleLink("the URL holds white space"),
                13
            )
        );
        assert_eq!(
            fails("<!--1-->\n[T](/relative)\n------\n"),
            (
                ErrorKind::InvalidUrl(url::ParseError::RelativeUrlWithoutBase),
                13
            )
        );
        assert_eq!(
            fails("<!--1-->\n[T](https://example.com/a)\nbody\n"),
            (ErrorKind::MissingDashes, 36)
        );
        assert_eq!(
            fails("<!--1-->\n[T](https://example.com/a)"),
            (ErrorKind::MissingDashes, 35)
        );
    }

    #[test]
    fn many_candidates_stay_linear() {
        let title = "](".repeat(200_000);
        let input = format!("<!--1-->\n[{title} x](https://example.com/a)\n------\n");
        assert!(ok(&input).title.ends_with(" x"));
    }

    #[test]
    fn blank_lines_after_the_front_matter_are_skipped() {
        let h = ok("---\na: b\n---\n\n\n<!--1-->\n[T](https://example.com/a)\n------\n\nbody");
        assert_eq!((h.front_matter, h.body), (Some("a: b\n"), "body"));
        // Only blank lines after it: the error is at the last one, where
        // the timestamp comment should have been.
        let input = "---\na: b\n---\n\n\n";
        let (_, at) = fails(input);
        assert_eq!(at, input.len() - 1);
        let input = "---\na: b\n---\n\n \n";
        let (_, at) = fails(input);
        assert_eq!(at, input.len() - 2);
    }

    #[test]
    fn front_matter_author_and_date_when_the_body_has_none() {
        assert_eq!(
            front_matter_value("a: 1\nauthor: \"Jane Doe\"\n", "author"),
            Some("Jane Doe")
        );
        assert_eq!(front_matter_value("authors: x\n", "author"), None);
        assert_eq!(front_matter_value("author:\n", "author"), None);
        let snapshot = "---\nauthor: Jane Doe\ndate: 2021-10-02T07:35:34.000Z\n---\n\
            <!--1633160134000-->\n[t](https://blog.example/p)\n---\n\n<p>Text.</p>";
        let a = crate::parse(snapshot).expect("parses");
        assert_eq!(a.byline.as_deref(), Some("Jane Doe"));
        let published = a.published.expect("from the front matter");
        assert_eq!(
            published.instant.map(|t| t.to_rfc3339()).as_deref(),
            Some("2021-10-02T07:35:34+00:00")
        );
        // A date without an offset has no instant.
        let a = crate::parse(&snapshot.replace("2021-10-02T07:35:34.000Z", "2021-10-02 07:35"))
            .expect("parses");
        assert_eq!(a.published.expect("a date").instant, None);
    }

    #[test]
    fn error_positions_and_payloads() {
        // A URL with white space, after a longer title: the error is where
        // the URL starts.
        let input = "<!--1-->\n[a title](not a url)\n------\n";
        let (kind, at) = fails(input);
        assert_eq!(
            kind,
            ErrorKind::MalformedTitleLink("the URL holds white space")
        );
        assert_eq!(at, input.find("](").expect("a link") + 2);
        // An empty URL holds no white space, whatever the title does.
        let (kind, _) = fails("<!--1-->\n[a ]()\n------\n");
        assert_eq!(
            kind,
            ErrorKind::MalformedTitleLink("no `](url)` closes the title")
        );
        // A title never closed: the error is at the end of its last line.
        let input = "<!--1-->\n[Title";
        assert_eq!(fails(input).1, input.len());
        // Brackets in a title stay, the link's own are not kept.
        assert_eq!(
            ok("<!--1-->\n[[a] b](https://example.com/a)\n---\n").title,
            "[a] b"
        );
        // The older variant's `日期：` line after a blank one: when there is
        // none, the error is at the blank line, the last of the input.
        let input = "[T](https://example.com/a)\n------\n\n";
        assert_eq!(fails(input).1, input.len() - 1);
    }

    #[test]
    fn payloads_are_clipped_at_a_character_boundary() {
        let s = format!("{}中文", "a".repeat(63));
        assert_eq!(&*clip(&s), "a".repeat(63));
        assert_eq!(&*clip("short"), "short");
        let long = "b".repeat(100);
        assert_eq!(clip(&long).len(), 64);
    }

    #[test]
    fn url_and_unclosed_title_positions() {
        // An invalid URL after a title longer than its brackets: the error
        // is where the URL starts.
        let input = "<!--1-->\n[A title](::bad)\n------\n";
        assert_eq!(fails(input).1, input.find("::bad").expect("the URL"));
        // A title of one bracket: the error is just after it.
        assert_eq!(fails("<!--1-->\n[").1, "<!--1-->\n[".len());
    }
}
