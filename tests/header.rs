//! The envelope through the public API: every accepted header form, and
//! every error kind with the position it points at.

use newsnap::{ErrorKind, ParseOptions, Warning};

const URL: &str = "https://www.dw.com/zh/a-1";

fn snapshot(header: &str) -> String {
    format!("{header}\n\n<p>正文第一段。</p>\n")
}

/// The error of `input` in strict mode (which fails on timestamps that are
/// no number of milliseconds; everything else fails the same either way).
fn err(input: &str) -> (ErrorKind, usize, u32, u32) {
    let strict = ParseOptions::default().strict(true);
    let e = newsnap::parse_with(input, &strict).expect_err(input);
    (e.kind().clone(), e.offset(), e.line(), e.column())
}

#[test]
fn standard_header() {
    let a = newsnap::parse(&snapshot(&format!(
        "<!--1593701711000-->\n[标题]({URL})\n------"
    )))
    .unwrap();
    assert_eq!(a.timestamp.unwrap().timestamp_millis(), 1_593_701_711_000);
    assert_eq!(a.title, "标题");
    assert_eq!(a.url.as_str(), URL);
    assert_eq!(a.blocks[0].text, "正文第一段。");
}

#[test]
fn crlf_bom_and_front_matter() {
    let input = format!(
        "\u{feff}---\r\nlayout: post\r\ntitle: x\r\n---\r\n<!--1000-->\r\n[T]({URL})\r\n------\r\n\r\n<p>x</p>\r\n"
    );
    let a = newsnap::parse(&input).unwrap();
    assert_eq!(
        a.front_matter.as_deref(),
        Some("layout: post\r\ntitle: x\r\n")
    );
    assert_eq!(a.title, "T");
    assert_eq!(a.blocks[0].text, "x");
    // The BOM also passes through parse_bytes.
    let a = newsnap::parse_bytes(input.as_bytes()).unwrap();
    assert_eq!(a.timestamp.unwrap().timestamp_millis(), 1000);
}

#[test]
fn titles_with_brackets_lines_and_parentheses() {
    let a = newsnap::parse(&snapshot(
        "<!--1-->\n[[视频]北京火速…](https://www.rfi.fr/cn/x)\n------",
    ))
    .unwrap();
    assert_eq!(a.title, "[视频]北京火速…");
    let a = newsnap::parse(&snapshot(&format!(
        "<!--1-->\n[德语媒体：北京的快速回应\n\n]({URL})\n------"
    )))
    .unwrap();
    assert_eq!(a.title, "德语媒体：北京的快速回应");
    let a = newsnap::parse(&snapshot(
        "<!--1-->\n[A (B) C](https://en.wikipedia.org/wiki/A_(b))\n------",
    ))
    .unwrap();
    assert_eq!(a.title, "A (B) C");
    assert_eq!(a.url.path(), "/wiki/A_(b)");
}

#[test]
fn odd_urls_are_kept_as_the_url_crate_reads_them() {
    let a = newsnap::parse(&snapshot(
        "<!--1-->\n[T](http://www.rfi.fr//cn/%e4%b8%ad)\n------",
    ))
    .unwrap();
    assert_eq!(a.url.as_str(), "http://www.rfi.fr//cn/%e4%b8%ad");
    assert_eq!(a.url_decoded, "http://www.rfi.fr//cn/中");
    let a = newsnap::parse(&snapshot(
        "<!--1-->\n[T](https://cn.ft.com/story/001088?full=y)\n------",
    ))
    .unwrap();
    assert_eq!(a.url.query(), Some("full=y"));
}

#[test]
fn nonzero_milliseconds() {
    let a = newsnap::parse(&snapshot(&format!(
        "<!--1602257460002-->\n[T]({URL})\n------"
    )))
    .unwrap();
    assert_eq!(
        a.timestamp.unwrap().to_rfc3339(),
        "2020-10-09T15:31:00.002+00:00"
    );
}

#[test]
fn legacy_variant_takes_the_date_line() {
    let input = format!("[T]({URL})\n------\n日期：Sat, 20 Jun 2020 17:27:18 +0000\n\n<p>x</p>\n");
    let a = newsnap::parse(&input).unwrap();
    assert_eq!(
        a.timestamp.unwrap().to_rfc3339(),
        "2020-06-20T17:27:18+00:00"
    );
    assert_eq!(a.warnings, [Warning::LegacyDateLine]);
    assert_eq!(a.blocks[0].text, "x");
    assert_eq!(
        a.warnings[0].to_string(),
        "no timestamp comment; timestamp taken from the 日期 line"
    );
}

#[test]
fn every_error_kind_points_at_the_wrong_byte() {
    assert_eq!(err(""), (ErrorKind::MissingTimestamp, 0, 1, 1));
    assert_eq!(
        err("# A blog post\n"),
        (ErrorKind::MissingTimestamp, 0, 1, 1)
    );
    assert_eq!(
        err("<!--abc-->\n"),
        (ErrorKind::InvalidTimestamp("abc".into()), 4, 1, 5)
    );
    assert_eq!(
        err("<!--NaN-->\n"),
        (ErrorKind::InvalidTimestamp("NaN".into()), 4, 1, 5)
    );
    assert_eq!(
        err("<!--999999999999999999-->\n").0,
        ErrorKind::TimestampOutOfRange("999999999999999999".into())
    );
    assert_eq!(
        err("<!--1-->\n标题\n"),
        (ErrorKind::MissingTitleLink, 9, 2, 1)
    );
    let (kind, offset, line, column) = err("<!--1-->\n[标题]\n------\n");
    assert!(matches!(kind, ErrorKind::MalformedTitleLink(_)));
    assert_eq!((offset, line, column), (18, 3, 1));
    assert_eq!(
        err("<!--1-->\n[T](no-scheme)\n------\n"),
        (
            ErrorKind::InvalidUrl(url::ParseError::RelativeUrlWithoutBase),
            13,
            2,
            5
        )
    );
    assert_eq!(
        err(&format!("<!--1-->\n[T]({URL})\n<p>x</p>\n")),
        (ErrorKind::MissingDashes, 40, 3, 1)
    );
    assert_eq!(
        err("---\ntitle: x\n"),
        (ErrorKind::UnclosedFrontMatter, 0, 1, 1)
    );
    let input = format!("[T]({URL})\n------\n\n<p>x</p>");
    assert_eq!(err(&input), (ErrorKind::MissingTimestamp, 39, 4, 1));
}

#[test]
fn errors_display_and_source() {
    let strict = ParseOptions::default().strict(true);
    let e = newsnap::parse_with("<!--abc-->\n", &strict).unwrap_err();
    assert_eq!(
        e.to_string(),
        r#"invalid timestamp "abc" at line 1, column 5"#
    );
    let e = newsnap::parse("<!--1-->\n[T](no-scheme)\n------\n").unwrap_err();
    assert_eq!(
        e.to_string(),
        "invalid URL: relative URL without a base at line 2, column 5"
    );
    // The cause is in the message; a reporter printing the chain of sources
    // would otherwise print it twice.
    assert!(std::error::Error::source(&e).is_none());
}

#[test]
fn not_utf8_reports_the_byte() {
    let mut bytes = format!("<!--1-->\n[T]({URL})\n------\n\n<p>").into_bytes();
    let at = bytes.len();
    bytes.extend_from_slice(b"\xe4\xb8</p>");
    let e = newsnap::parse_bytes(&bytes).unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::NotUtf8);
    assert_eq!(e.offset(), at);
    assert_eq!((e.line(), e.column()), (5, 4));
}

#[test]
fn input_too_large() {
    let options = ParseOptions::default().max_input_size(16);
    let input = snapshot(&format!("<!--1-->\n[T]({URL})\n------"));
    let e = newsnap::parse_with(&input, &options).unwrap_err();
    assert_eq!(
        e.kind(),
        &ErrorKind::InputTooLarge {
            size: input.len(),
            limit: 16
        }
    );
    assert_eq!(e.offset(), 16);
    let e = newsnap::parse_bytes_with(input.as_bytes(), &options).unwrap_err();
    assert!(matches!(e.kind(), ErrorKind::InputTooLarge { .. }));
}

#[test]
fn the_body_never_fails() {
    for body in [
        "",
        "<",
        "</div></small><ul></ul>",
        "<p>\u{0}</p>",
        "&#xD800;&",
        "<svg><p>x",
    ] {
        let input = format!("<!--1-->\n[T]({URL})\n------\n\n{body}");
        assert!(newsnap::parse(&input).is_ok(), "{body:?}");
    }
    // No empty line and no body at all.
    assert!(newsnap::parse(&format!("<!--1-->\n[T]({URL})\n------")).is_ok());
}

/// `<!--NaN-->` and other comments that hold no number of milliseconds: the
/// article is read, with a warning and the documented fallback.
#[test]
fn lenient_timestamps_fall_back_in_order() {
    use newsnap::TimestampFallback::{FrontMatter, Published, Url as FromUrl};
    let body = "<div>2024-03-05T08:00:00Z</div><p>x</p>";
    let dated_url = "https://www.reuters.com/2024/03/01/a";
    /// Front matter, URL, body, and the fallback with the timestamp it gives.
    type Case<'a> = (
        &'a str,
        &'a str,
        &'a str,
        Option<(newsnap::TimestampFallback, &'a str)>,
    );
    let cases: [Case; 5] = [
        (
            "---\ndate: 2024-03-04 10:00:00 +0800\n---\n",
            dated_url,
            body,
            Some((FrontMatter, "2024-03-04T02:00:00+00:00")),
        ),
        (
            "",
            dated_url,
            body,
            Some((Published, "2024-03-05T08:00:00+00:00")),
        ),
        (
            "",
            dated_url,
            "<p>x</p>",
            Some((FromUrl, "2024-03-01T00:00:00+00:00")),
        ),
        ("", "https://www.reuters.com/a", "<p>x</p>", None),
        (
            "---\ntitle: t\n---\n",
            "https://a.example/b",
            "<p>x</p>",
            None,
        ),
    ];
    for (front, url, body, expected) in cases {
        for raw in ["NaN", ""] {
            let input = format!("{front}<!--{raw}-->\n[T]({url})\n------\n\n{body}");
            let a = newsnap::parse(&input).unwrap_or_else(|e| panic!("{input:?}: {e}"));
            assert_eq!(a.timestamp_raw.as_deref(), Some(raw));
            assert_eq!(
                a.timestamp.map(|t| t.to_rfc3339()).as_deref(),
                expected.map(|(_, t)| t),
                "{input:?}"
            );
            assert_eq!(
                a.warnings[0],
                Warning::UnreadableTimestamp {
                    raw: raw.into(),
                    fallback: expected.map(|(f, _)| f)
                },
                "{input:?}"
            );
            assert_eq!(a.blocks.last().map(|b| b.text.as_str()), Some("x"));
            // Written back as found, and read back the same.
            let snapshot = a.to_snapshot();
            assert!(
                snapshot.contains(&format!("<!--{raw}-->\n")),
                "{snapshot:?}"
            );
            assert_eq!(newsnap::parse(&snapshot).expect("reads back"), a);
        }
    }
}

/// A number below 10^11 is most likely seconds: kept as milliseconds, with
/// a warning; ordinary millisecond timestamps get none.
#[test]
fn timestamps_in_seconds_are_flagged_not_guessed() {
    let a = newsnap::parse(&format!("<!--1599564195-->\n[T]({URL})\n---\n")).unwrap();
    assert_eq!(a.timestamp.unwrap().timestamp_millis(), 1_599_564_195);
    assert_eq!(a.warnings, [Warning::TimestampInSeconds(1_599_564_195)]);
    let a = newsnap::parse(&format!("<!--1599564195000-->\n[T]({URL})\n---\n")).unwrap();
    assert!(a.warnings.is_empty());
    let a = newsnap::parse(&format!("<!--100000000000-->\n[T]({URL})\n---\n")).unwrap();
    assert!(a.warnings.is_empty(), "10^11 itself is milliseconds");
}
