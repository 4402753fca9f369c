//! Hostile input: no panics on damaged snapshots, lenient results on
//! pathological markup, no stack overflow on deep nesting, and the size
//! limit. Public API only; speed is measured by the benches, not here.

mod common;

use common::rng::Rng;
use newsnap::{Article, Error, ErrorKind, ParseOptions, Warning};

const HEADER: &str = "<!--1699308901000-->\n[Title](https://www.rfi.fr/cn/x)\n------\n\n";

fn snapshot(body: &str) -> String {
    format!("{HEADER}{body}\n")
}

/// Every corpus snapshot as bytes, or `None` (with a line saying so) when
/// the corpus is not beside the repository.
fn corpus() -> Option<Vec<(String, Vec<u8>)>> {
    let files = common::corpus_files()?;
    Some(
        files
            .into_iter()
            .map(|(name, text)| (name, text.into_bytes()))
            .collect(),
    )
}

/// Pieces of the format and of markup that edits splice in.
#[rustfmt::skip]
const TOKENS: &[&str] = &[
    "<", ">", "</", "/>", "<!--", "-->", "[", "]", "](", ")", "\n", "\r\n", "------", "---\n",
    "日期：", "<div>", "</div>", "<p>", "</p>", "<b>", "</b>", "<a href=\"", "\">", "</a>",
    "<table>", "<td>", "<tr>", "</table>", "<svg>", "<math>", "<template>", "<select>",
    "<option>", "</option>", "<script>", "</script>", "<style>", "<textarea>", "<title>",
    "<plaintext>", "<![CDATA[", "]]>", "<img src=", "&amp;", "&#", "&nbsp", "%E4", "%",
    "\u{feff}", "\u{a0}", "中", "\0",
];

fn mutate(rng: &mut Rng, input: &[u8]) -> Vec<u8> {
    let mut out = input.to_vec();
    for _ in 0..1 + rng.below(8) {
        let at = rng.below(out.len() + 1);
        match rng.below(6) {
            0 if at < out.len() => out[at] = rng.next() as u8,
            1 => {
                let token = TOKENS[rng.below(TOKENS.len())];
                out.splice(at..at, token.bytes());
            }
            2 => {
                let end = (at + rng.below(64)).min(out.len());
                out.drain(at..end);
            }
            3 => {
                let end = (at + rng.below(256)).min(out.len());
                let piece = out[at..end].to_vec();
                out.splice(at..at, piece);
            }
            4 if at < out.len() => out[at] ^= 1 << rng.below(8),
            _ => out.truncate(at),
        }
    }
    out
}

/// Parses as bytes and, when the bytes are UTF-8, as text too; either may
/// fail, neither may panic.
fn parse_both(input: &[u8]) {
    let from_bytes = newsnap::parse_bytes(input);
    if let Ok(text) = std::str::from_utf8(input) {
        let from_text = newsnap::parse(text);
        assert_eq!(from_bytes.is_ok(), from_text.is_ok());
    } else {
        assert_eq!(
            from_bytes.map(|_| ()).unwrap_err().kind(),
            &ErrorKind::NotUtf8
        );
    }
}

#[test]
fn damaged_corpus_files_never_panic() {
    let Some(files) = corpus() else { return };
    let mut rng = Rng::new(0x9e37_79b9_7f4a_7c15);
    for (name, bytes) in &files {
        let seed = rng.next() ^ bytes.len() as u64;
        let result = std::panic::catch_unwind(|| {
            let mut rng = Rng::new(seed);
            // Truncations: near the start (the header) densely, then spread
            // over the file, landing inside multi-byte characters too.
            let mut cuts: Vec<usize> = (0..160.min(bytes.len())).step_by(3).collect();
            cuts.extend((0..24).map(|_| rng.below(bytes.len())));
            for cut in cuts {
                parse_both(&bytes[..cut]);
            }
            for _ in 0..12 {
                parse_both(&mutate(&mut rng, bytes));
            }
            // The header alone, its lines in turn, and joined otherwise.
            let header_len = bytes
                .iter()
                .enumerate()
                .filter(|(_, b)| **b == b'\n')
                .nth(3)
                .map_or(bytes.len(), |(i, _)| i + 1);
            let header = &bytes[..header_len];
            parse_both(header);
            for line in header.split(|b| *b == b'\n') {
                parse_both(line);
                parse_both(&[line, b"\n"].concat());
            }
            parse_both(
                &header
                    .iter()
                    .map(|&b| if b == b'\n' { b'\r' } else { b })
                    .collect::<Vec<_>>(),
            );
        });
        assert!(result.is_ok(), "{name}: panicked");
    }
}

#[test]
fn header_fragments_never_panic() {
    #[rustfmt::skip]
    let pieces = [
        "", "\u{feff}", "<!--", "<!---->", "<!--1-->", "<!---1-->", "<!--99999999999999999999-->",
        "<!--1699308901000-->\n", "[", "[]", "[t](", "[t]()", "[t](https://a.example/)",
        "[t](https://a.example/)\n---", "------\n", "日期：", "日期：Sat, 20 Jun 2020 17:27:18 +0000",
        "---\nlayout: post\n---\n", "\r\n", "\n\n", "](", "[[视频]", "%E4%B8%AD", "%%",
    ];
    for a in pieces {
        for b in pieces {
            for c in ["", "\n", "\n------\n\n<p>x</p>\n"] {
                parse_both(format!("{a}\n{b}{c}").as_bytes());
                parse_both(format!("{a}{b}{c}").as_bytes());
            }
        }
    }
}

fn text_of(article: &Article) -> String {
    let mut text = article.lead.clone().unwrap_or_default();
    for block in &article.blocks {
        text.push('\n');
        text.push_str(&block.text);
    }
    text
}

/// Start tags dropped for depth (`DepthLimited`) or, with `dense`, past the
/// element budget (`TooManyElements`).
fn dropped_tags(article: &Article, dense: bool) -> usize {
    article
        .warnings
        .iter()
        .map(|w| match (w, dense) {
            (Warning::DepthLimited(n), false) | (Warning::TooManyElements(n), true) => *n,
            _ => 0,
        })
        .sum()
}

fn dropped(article: &Article) -> usize {
    dropped_tags(article, false)
}

/// Parses `open`×n, a marker text, then `close`×n with a small depth limit:
/// the parse succeeds, drops tags, and keeps the text.
fn deep(open: &str, close: &str, text_kept: bool) {
    let n = 400;
    let body = format!(
        "{}deep-marker{}after-marker",
        open.repeat(n),
        close.repeat(n)
    );
    let options = ParseOptions::default().max_depth(32);
    let article =
        newsnap::parse_with(&snapshot(&body), &options).unwrap_or_else(|e| panic!("{open}: {e}"));
    assert!(dropped(&article) > 0, "{open}: no DepthLimited warning");
    if text_kept {
        let text = text_of(&article);
        assert!(
            text.contains("deep-marker"),
            "{open}: deep text lost: {text:.200}"
        );
        assert!(
            text.contains("after-marker"),
            "{open}: text after lost: {text:.200}"
        );
    }
}

#[test]
fn deep_nesting_is_cut_and_its_text_kept() {
    for tag in [
        "div",
        "span",
        "section",
        "blockquote",
        "x-custom",
        "ul",
        "em",
        "font",
        "figure",
    ] {
        deep(&format!("<{tag}>"), &format!("</{tag}>"), true);
    }
    deep("<div>x", "</div>", true);
    deep("<ul><li>", "</li></ul>", true);
    deep("<ol><li><p>", "</p></li></ol>", true);
    deep("<dl><dd>", "</dd></dl>", true);
    deep("<table><tr><td>", "</td></tr></table>", true);
    deep("<table><td>", "</table>", true);
    deep("<b><div>", "</b></div>", true);
    deep("<a><div>", "</div></a>", true);
    // Objects, template contents and foreign content are not article text.
    deep("<object>", "</object>", false);
    deep("<template>", "</template>", false);
    deep("<template><td><template>", "</template>", false);
    deep("<svg><g>", "</g>", false);
    deep("<math><mi>", "</mi>", false);
    deep("<svg><foreignObject>", "</foreignObject>", false);
}

#[test]
fn the_default_depth_limit_applies() {
    let body = format!("{}x", "<div>".repeat(1000));
    let article = newsnap::parse(&snapshot(&body)).expect("parses");
    let limit = ParseOptions::default().max_depth;
    assert_eq!(dropped(&article), 1000 - limit);
    let body = format!("{}x", "<div>".repeat(limit));
    let article = newsnap::parse(&snapshot(&body)).expect("parses");
    assert_eq!(dropped(&article), 0);
}

/// Bodies of nothing but tiny elements are cut at the element budget
/// (4,096 elements plus one per 64 bytes of body; a start tag with
/// attributes counts once more for every two), every text kept.
#[test]
fn element_soup_is_cut_at_the_budget_and_its_text_kept() {
    for (unit, elements_per_unit, cost) in [
        ("<p>x", 1, 1),
        ("<p>x</p>", 1, 1),
        ("x<br>", 1, 1),
        ("<li>x", 1, 1),
        ("<dt>x<dd>x", 2, 1),
        ("<b><p>x", 2, 1),
        ("<img src=a.jpg>x", 1, 1),
        ("<a href=/a class=c id=i>x</a>", 1, 2),
        ("<span a=1 b=2 c=3 d=4 e=5 f=6>x</span>", 1, 4),
    ] {
        let units = 40_000;
        let body = unit.repeat(units);
        let article = newsnap::parse(&snapshot(&body)).expect("parses");
        let budget = (4096 + body.len() / 64) / cost;
        let dropped = dropped_tags(&article, true);
        let tags = units * elements_per_unit;
        // Implied and reopened elements (`<body>`, `<b>` reopened in each
        // paragraph) count too, so the budget may go to fewer tags.
        assert!(
            dropped >= tags.saturating_sub(budget) && dropped <= tags - budget / 4,
            "{unit}: {dropped} dropped of {tags}, budget {budget}"
        );
        let xs: usize = text_of(&article).matches('x').count();
        assert_eq!(xs, body.matches('x').count(), "{unit}: text lost");
    }
    // Below the budget nothing is dropped.
    let article = newsnap::parse(&snapshot(&"<p>x".repeat(4000))).expect("parses");
    assert!(article.warnings.is_empty(), "{:?}", article.warnings);
    assert_eq!(article.blocks.len(), 4000);
}

#[test]
fn misnested_formatting_stays_bounded() {
    let cases = [
        (0..2000)
            .map(|i| format!("<p><b id={i}>x{i}</p>"))
            .collect::<String>(),
        (0..2000).map(|i| format!("<b id={i}>x")).collect(),
        "<b><div>x</b>".repeat(2000),
        "<i><b>x</i></b>".repeat(2000),
        "<a href=/a>x<div>y".repeat(2000),
        "<a><b><big><code><em><font><i><nobr><s><small><strike><strong><tt><u>x".repeat(200),
        format!("<p>{}</p>{}", "<b>".repeat(20), "<p>x</p>".repeat(2000)),
    ];
    for body in cases {
        let article = newsnap::parse(&snapshot(&body)).expect("parses");
        assert!(text_of(&article).contains('x'), "{body:.60}");
    }
    // Reconstructed formatting keeps its text.
    let body = (0..500)
        .map(|i| format!("<p><b id={i}>t{i}</p>"))
        .collect::<String>();
    let text = text_of(&newsnap::parse(&snapshot(&body)).expect("parses"));
    assert!(text.contains("t0") && text.contains("t499"));
}

#[test]
fn misplaced_table_content_stays_bounded() {
    let cases = [
        format!("<table>{}", "<img src=a.jpg>x".repeat(2000)),
        format!("<table>{}", "x</x>".repeat(2000)),
        format!(
            "<div>{}<table>{}",
            "<br>".repeat(2000),
            "x<tr>".repeat(2000)
        ),
        "<table><b>x".repeat(2000),
        format!("<table><tr>{}", "<td><b>x".repeat(2000)),
    ];
    for body in cases {
        let article = newsnap::parse(&snapshot(&body)).expect("parses");
        assert!(text_of(&article).contains('x'), "{body:.60}");
    }
}

#[test]
fn select_and_option_floods_parse() {
    for body in [
        format!("<select>{}", "<option>o</option>".repeat(3000)),
        format!("<select>{}", "<optgroup><option>o</option>".repeat(3000)),
        "<select><option>o".repeat(3000),
    ] {
        newsnap::parse(&snapshot(&body)).expect("parses");
    }
}

#[test]
fn huge_attributes_parse() {
    let value = "a".repeat(1 << 20);
    let body = format!("<p><a href=\"https://a.example/{value}\">link</a></p>");
    let article = newsnap::parse(&snapshot(&body)).expect("parses");
    assert_eq!(text_of(&article).trim(), "link");
    let body = format!("<img src=\"https://a.example/{value}.jpg\">");
    let article = newsnap::parse(&snapshot(&body)).expect("parses");
    assert_eq!(article.images.len(), 1);

    // A tag with many attributes keeps its first ones.
    let many: String = (0..20_000).map(|i| format!(" a{i}=\"{i}\"")).collect();
    let body = format!("<img src=\"https://a.example/x.jpg\"{many}><p>after</p>");
    let article = newsnap::parse(&snapshot(&body)).expect("parses");
    assert_eq!(article.images.len(), 1);
    assert!(text_of(&article).contains("after"));
    let body = format!("<p {many}/>x</p><p {many}");
    newsnap::parse(&snapshot(&body)).expect("parses");
    // Repeated `<body>` and `<html>` tags, each adding attributes.
    for tag in ["body", "html"] {
        let body: String = (0..20_000).map(|i| format!("<{tag} a{i}>")).collect();
        newsnap::parse(&snapshot(&format!("{body}<p>x</p>"))).expect("parses");
    }
}

#[test]
fn huge_headers_parse_or_fail_cleanly() {
    let big = "标".repeat(300_000);
    let input = format!("<!--1-->\n[{big}](https://a.example/)\n------\n\nx\n");
    assert_eq!(newsnap::parse(&input).expect("parses").title, big);
    let input = format!(
        "<!--1-->\n[t](https://a.example/{})\n------\n\nx\n",
        "a".repeat(1 << 20)
    );
    newsnap::parse(&input).expect("parses");
    let input = format!(
        "<!--1-->\n[{}](https://a.example/)\n------\n\nx\n",
        "](".repeat(300_000)
    );
    let _ = newsnap::parse(&input);
    let input = format!(
        "<!--1-->\n[{}](https://a.example/)\n------\n\nx\n",
        "t\n".repeat(300_000)
    );
    let _ = newsnap::parse(&input);
    let input = format!(
        "<!--{}-->\n[t](https://a.example/)\n------\n",
        "9".repeat(1 << 20)
    );
    // Out of range: read leniently (kept as found), an error when strict.
    let a = newsnap::parse(&input).expect("parses");
    assert_eq!(
        (a.timestamp, a.timestamp_raw.map(|r| r.len())),
        (None, Some(1 << 20))
    );
    let strict = newsnap::ParseOptions::default().strict(true);
    assert!(newsnap::parse_with(&input, &strict).is_err());
    let input = format!(
        "---\n{}---\n<!--1-->\n[t](https://a.example/)\n------\n",
        "a: b\n".repeat(200_000)
    );
    newsnap::parse(&input).expect("parses");
}

#[test]
fn pathological_percent_encoding_parses() {
    for path in [
        "%E4%B8%AD".repeat(100_000),
        "%25".repeat(200_000),
        format!("a{}", "25".repeat(200_000)),
        "%%E%".repeat(100_000),
        format!("?{}", "a=%E4&".repeat(100_000)),
    ] {
        let input = format!("<!--1-->\n[t](https://a.example/{path})\n------\n\nx\n");
        newsnap::parse(&input).expect("parses");
    }
    let nested = "%2525".repeat(100_000);
    let body = format!(
        "<div>分享 :</div><a href=\"https://www.facebook.com/dialog/share?href=https%3A%2F%2Frfi.my%2F{nested}\">f</a>"
    );
    newsnap::parse(&snapshot(&body)).expect("parses");
    let body = "<a href=\"https://a.example/%E4%B8%AD\">中</a>".repeat(5000);
    newsnap::parse(&snapshot(&body)).expect("parses");
}

#[test]
fn entity_runs_parse() {
    for body in [
        "&amp;".repeat(100_000),
        "&#8211;".repeat(100_000),
        "&nbsp".repeat(100_000),
        "&noti".repeat(100_000),
        format!("&#x{}", "0".repeat(200_000)),
        format!("&#{}", "9".repeat(200_000)),
        format!("&{}", "a".repeat(200_000)),
        format!("<a href=\"{}\">x</a>", "&amp;".repeat(100_000)),
    ] {
        newsnap::parse(&snapshot(&body)).expect("parses");
    }
    let body = format!("<p>{}</p>", "x&amp;".repeat(1000));
    let article = newsnap::parse(&snapshot(&body)).expect("parses");
    assert_eq!(text_of(&article).trim(), "x&".repeat(1000));
}

#[test]
fn raw_text_and_comments_parse() {
    for body in [
        format!("<!--{}", "a".repeat(200_000)),
        "<!--a-->".repeat(20_000),
        format!("<script>{}", "<!--<script>a".repeat(20_000)),
        format!("<svg><![CDATA[{}", "a]]".repeat(50_000)),
        format!("<textarea>{}", "<div>".repeat(20_000)),
        format!("<plaintext>{}", "<div>".repeat(20_000)),
        "\0a".repeat(100_000),
        "<frameset>x".repeat(20_000),
        // `<script>` tags that leave the tokenizer in the data state.
        format!("<svg>{}", "<script>x".repeat(20_000)),
        format!("<svg>{}</svg><script>", "<script>x<!--".repeat(20_000)),
    ] {
        newsnap::parse(&snapshot(&body)).expect("parses");
    }
}

#[test]
fn a_million_nested_elements_on_a_small_stack() {
    let body = format!("{}deep-marker", "<div>".repeat(1_000_000));
    let input = snapshot(&body);
    let article = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || newsnap::parse(&input).map(|a| (dropped(&a), text_of(&a))))
        .expect("thread")
        .join()
        .expect("no stack overflow")
        .expect("parses");
    assert_eq!(article.0, 1_000_000 - ParseOptions::default().max_depth);
    assert!(article.1.contains("deep-marker"));
}

#[test]
fn input_over_the_size_limit_is_refused() {
    let input = snapshot("<p>x</p>");
    let check = |result: Result<Article, Error>, limit: usize| {
        let err = result.expect_err("too large");
        assert_eq!(
            err.kind(),
            &ErrorKind::InputTooLarge {
                size: input.len(),
                limit
            }
        );
    };
    let limit = input.len() - 1;
    let options = ParseOptions::default().max_input_size(limit);
    check(newsnap::parse_with(&input, &options), limit);
    check(newsnap::parse_bytes_with(input.as_bytes(), &options), limit);
    // Invalid UTF-8 past the limit is not even looked at.
    let mut bytes = input.clone().into_bytes();
    bytes.push(0xff);
    let options = ParseOptions::default().max_input_size(input.len());
    assert!(newsnap::parse_with(&input, &options).is_ok());
    assert!(matches!(
        newsnap::parse_bytes_with(&bytes, &options)
            .unwrap_err()
            .kind(),
        ErrorKind::InputTooLarge { .. }
    ));
    let default = ParseOptions::default().max_input_size;
    let huge = vec![b' '; default + 1];
    assert!(matches!(
        newsnap::parse_bytes(&huge).unwrap_err().kind(),
        ErrorKind::InputTooLarge { .. }
    ));
}
