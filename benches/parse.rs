//! Parse throughput over the real corpus, and how it scales with input size.
//!
//! ```text
//! cargo bench -p newsnap-bench                    # everything
//! cargo bench -p newsnap-bench -- corpus          # newsnap vs html5ever vs dom_smoothie
//! cargo bench -p newsnap-bench -- scaling         # 1 KiB … 1 MiB synthetic snapshots
//! cargo bench -p newsnap-bench -- corpus/newsnap  # one benchmark
//! cargo bench -p newsnap-bench -- hostile         # 1 MiB adversarial snapshots
//! ```
//!
//! This bench is the one target of the `newsnap-bench` package
//! (`benches/Cargo.toml`, a member of the workspace), so that criterion and
//! dom_smoothie stay out of the library's dev-dependencies.
//!
//! The snapshots are read from `../shared/corpus` (relative to the repository
//! root): every `*.md` file below it except `PROVENANCE.md`. Without the
//! corpus the bench prints a skip line and registers only `hostile`.
//!
//! Group `corpus` (one iteration = every file of the corpus):
//! - `newsnap`: [`newsnap::parse`] of each whole snapshot;
//! - `html5ever_rcdom`: bare `html5ever::parse_document(RcDom::default(),
//!   ParseOpts::default()).one(body)` of each body, the floor newsnap builds on;
//! - `dom_smoothie`: `Readability::new(body, Some(url), None)?.parse()`, a
//!   readability.js port, as a reference point.
//!
//! All three report `Throughput::Bytes` of the same unit, the bodies' total
//! size (the header adds about 3% that only newsnap reads), so their MB/s
//! compare directly. Bodies are `Article::body_html`, taken once in setup.
//!
//! Group `scaling`: one synthetic snapshot (a valid header, then a pool of
//! just under 10 KiB of `<p>` paragraphs cut from across the corpus) at
//! about 1 KiB (the pool's first paragraphs), 10 KiB (the pool once),
//! 100 KiB (ten times) and 1 MiB (a hundred times), so that the three larger
//! sizes hold exactly the same mix of outlets and markup:
//! - `newsnap` and bare `html5ever_rcdom` (of its body) on the `<p>` form;
//! - `newsnap_br`: the same text as `<br><br>`-separated runs outside any
//!   `<p>` (how VOA, RFA and plain-text bodies break paragraphs).
//!
//! `Throughput::Bytes` is the snapshot's length (the body's for html5ever),
//! so time per byte reads off directly. Time per byte should stay flat: a
//! rise from 10 KiB to 1 MiB points at a superlinear step.
//!
//! Group `hostile`: [`newsnap::parse`] of adversarial snapshots of about
//! 1 MiB each, header included (a valid header, then an optional prefix and
//! one unit repeated while it fits), one benchmark per family, named after it:
//! - deep nesting: `div_deep` (`<div>`), `span_deep` (`<span>`), `table_deep`
//!   (`<table><tr><td>`), `template_deep` (`<template>`), `svg_deep`
//!   (`<svg><g>` after one `<svg>`), `math_deep` (`<math><mrow>`);
//! - implied ends: `p_soup` (`<p>x`), `p_closed` (`<p>x</p>`), `li_soup`
//!   (`<li>x`), `ul_li` (`<ul><li>x`), `dl` (`<dt>x<dd>y`), `option`
//!   (`<option>x`);
//! - formatting and misnesting: `b_open_p` (`<b><p>x`), `misnested`
//!   (`<i><b>x</i></b>`), `font_open` (`<font>x`), `a_open`
//!   (`<a href="/a">x`), `b_closed` (`<b>x</b><p>y</p>`);
//! - tables: `table_rows` (`<tr><td>x</td></tr>` after one `<table>`),
//!   `foster` (`<div>x` inside one unclosed `<table>`);
//! - attributes: `attrs_huge` (one `<p a="…">x</p>` whose value fills the
//!   body), `attrs_many` (one `<p` with distinct attributes `a0=1 a1=1 …`);
//! - header: `title_huge` (a title of about 1 MiB of text), `url_huge` (a URL
//!   path of about 1 MiB of `%E4%B8%AD`), both with a small body;
//! - text: `entities` (`&amp;&lt;&#x4e2d;&nbsp;`), `links`
//!   (`<a href="/a?b=%E4%B8%AD">x</a>`), `br` (`x<br>`);
//! - raw text: `svg_script` (`<script>x` after one `<svg>`: script tags
//!   that leave the tokenizer in the data state).
//!
//! `Throughput::Bytes` is the snapshot's length, so MB/s compares with
//! `corpus/newsnap`: time per byte well above the corpus's points at a
//! family that still costs more than linear time. Setup asserts once that
//! every input parses. The group needs no corpus.
//!
//! No assertion here depends on timing; results go to criterion's report.

#[path = "../examples/common/snapshot_files.rs"]
mod snapshot_files;

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{
    criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode, Throughput,
};
use html5ever::tendril::TendrilSink;
use html5ever::ParseOpts;
use markup5ever_rcdom::RcDom;

/// One corpus file, with what setup took out of it.
struct Snapshot {
    /// The whole file.
    text: String,
    /// `Article::body_html` and `Article::url`, when the file parses.
    body: Option<(String, String)>,
}

fn corpus_dir() -> PathBuf {
    // This package lives in `benches/`; the corpus is beside the repository.
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus")
}

/// The `*.md` snapshot files below `dir`, sorted (PROVENANCE.md is not one).
fn snapshot_paths(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut found = snapshot_files::markdown_files(dir)?;
    found.retain(|p| p.file_name().is_some_and(|n| n != "PROVENANCE.md"));
    Ok(found)
}

/// Reads the corpus, or says why not and gives `None`.
fn load_corpus() -> Option<Vec<Snapshot>> {
    let dir = corpus_dir();
    let paths = match snapshot_paths(&dir) {
        Ok(paths) if !paths.is_empty() => paths,
        Ok(_) => {
            eprintln!("skipping benches: no snapshots in {}", dir.display());
            return None;
        }
        Err(e) => {
            eprintln!("skipping benches: corpus {}: {e}", dir.display());
            return None;
        }
    };
    let mut corpus = Vec::with_capacity(paths.len());
    for path in paths {
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("bench: leaving out {}: {e}", path.display());
                continue;
            }
        };
        let body = newsnap::parse(&text)
            .ok()
            .map(|a| (a.body_html, a.url.to_string()));
        corpus.push(Snapshot { text, body });
    }
    Some(corpus)
}

/// Bare html5ever tree building, as the brief of the comparison states it.
fn html5ever_rcdom(body: &str) -> RcDom {
    html5ever::parse_document(RcDom::default(), ParseOpts::default()).one(body)
}

fn corpus_group(c: &mut Criterion, corpus: &[Snapshot]) {
    let bodies: Vec<(&str, &str)> = corpus
        .iter()
        .filter_map(|s| s.body.as_ref().map(|(b, u)| (b.as_str(), u.as_str())))
        .collect();
    let body_bytes: usize = bodies.iter().map(|(b, _)| b.len()).sum();
    let file_bytes: usize = corpus.iter().map(|s| s.text.len()).sum();
    eprintln!(
        "corpus: {} files, {file_bytes} bytes; {} bodies, {body_bytes} bytes",
        corpus.len(),
        bodies.len()
    );

    let mut group = c.benchmark_group("corpus");
    group
        .throughput(Throughput::Bytes(body_bytes as u64))
        .sampling_mode(SamplingMode::Flat)
        .sample_size(20)
        .measurement_time(Duration::from_secs(10));
    group.bench_function("newsnap", |b| {
        b.iter(|| {
            for s in corpus {
                let _ = black_box(newsnap::parse(black_box(&s.text)));
            }
        });
    });
    group.bench_function("html5ever_rcdom", |b| {
        b.iter(|| {
            for (body, _) in &bodies {
                black_box(html5ever_rcdom(black_box(body)));
            }
        });
    });
    group.bench_function("dom_smoothie", |b| {
        b.iter(|| {
            for (body, url) in &bodies {
                if let Ok(mut r) = dom_smoothie::Readability::new(*body, Some(url), None) {
                    let _ = black_box(r.parse());
                }
            }
        });
    });
    group.finish();
}

/// How many paragraphs are picked for the scaling pool.
const POOL: usize = 40;
/// Most bytes of paragraphs in the pool: once, with the header, it fits in
/// 10 KiB.
const POOL_BYTES: usize = (10 << 10) - 512;

/// `<p>…</p>` elements of the corpus bodies that hold no other paragraph,
/// `POOL` of them picked at an even stride through the corpus (sorted by
/// outlet), so the pool mixes every outlet's markup; then as many of those
/// as fit in `POOL_BYTES`.
fn paragraph_pool(corpus: &[Snapshot]) -> Vec<&str> {
    let mut paragraphs = Vec::new();
    for (body, _) in corpus.iter().filter_map(|s| s.body.as_ref()) {
        let mut rest = body.as_str();
        while let Some(start) = rest.find("<p") {
            let after = &rest[start..];
            let opens = after[2..].starts_with(['>', ' ']);
            let Some(end) = after.find("</p>").map(|e| e + "</p>".len()) else {
                break;
            };
            let p = &after[..end];
            if opens && !p[2..].contains("<p") && (32..=4096).contains(&p.len()) {
                paragraphs.push(p);
            }
            rest = &after[2..];
        }
    }
    let step = paragraphs.len().div_ceil(POOL).max(1);
    let mut total = 0;
    paragraphs
        .into_iter()
        .step_by(step)
        .take_while(|p| {
            total += p.len();
            total <= POOL_BYTES
        })
        .collect()
}

/// A snapshot of `pieces` `cycles` times over (see [`synthetic_snapshot`]).
fn cycled_snapshot<S: AsRef<str>>(pieces: &[S], cycles: usize) -> String {
    let header = synthetic_snapshot::<&str>(&[], 0);
    let cycle: usize = pieces.iter().map(|p| p.as_ref().len()).sum();
    let snapshot = synthetic_snapshot(pieces, header.len() + cycles * cycle);
    debug_assert_eq!(snapshot.len(), header.len() + cycles * cycle);
    snapshot
}

/// A valid snapshot of at most `size` bytes (and at least one piece): an
/// RFI-style header and date line, then `pieces` cycled.
fn synthetic_snapshot<S: AsRef<str>>(pieces: &[S], size: usize) -> String {
    let mut s = String::from(
        "<!--1699308901000-->\n\
         [合成快照：scaling bench](https://www.rfi.fr/cn/%E4%B8%AD%E5%9B%BD/20231106-scaling)\n\
         ------\n\n\
         <div>06/11/2023 - 22:40</div>",
    );
    for (i, p) in pieces.iter().map(AsRef::as_ref).cycle().enumerate() {
        if i > 0 && s.len() + p.len() + 1 > size {
            break;
        }
        s.push_str(p);
    }
    s.push('\n');
    s
}

/// The pool's paragraphs without their `<p>` tags, each followed by
/// `<br><br>`: the paragraph breaks of VOA, RFA and plain-text bodies.
fn br_pieces(pool: &[&str]) -> Vec<String> {
    pool.iter()
        .filter_map(|p| {
            let inner = p.get(p.find('>')? + 1..p.len() - "</p>".len())?;
            Some(format!("{inner}<br><br>"))
        })
        .collect()
}

fn scaling_group(c: &mut Criterion, corpus: &[Snapshot]) {
    let pool = paragraph_pool(corpus);
    if pool.is_empty() {
        eprintln!("skipping scaling: no <p> paragraphs in the corpus");
        return;
    }
    let br = br_pieces(&pool);
    let mut group = c.benchmark_group("scaling");
    group.measurement_time(Duration::from_secs(5));
    // `None`: the first paragraphs up to 1 KiB; `Some(n)`: the pool n times.
    for (label, cycles) in [
        ("1KiB", None),
        ("10KiB", Some(1)),
        ("100KiB", Some(10)),
        ("1MiB", Some(100)),
    ] {
        if cycles >= Some(10) {
            group.sample_size(20).sampling_mode(SamplingMode::Flat);
        }
        let build = |pieces: &[&str]| match cycles {
            Some(n) => cycled_snapshot(pieces, n),
            None => synthetic_snapshot(pieces, 1 << 10),
        };
        let snapshot = build(&pool);
        let body = newsnap::parse(&snapshot)
            .expect("the synthetic snapshot is valid")
            .body_html;
        group.throughput(Throughput::Bytes(snapshot.len() as u64));
        group.bench_with_input(BenchmarkId::new("newsnap", label), &snapshot, |b, s| {
            b.iter(|| newsnap::parse(black_box(s)));
        });
        group.throughput(Throughput::Bytes(body.len() as u64));
        group.bench_with_input(
            BenchmarkId::new("html5ever_rcdom", label),
            &body,
            |b, body| b.iter(|| html5ever_rcdom(black_box(body))),
        );
        // The same text as one `<br><br>`-separated run outside any `<p>`.
        let br: Vec<&str> = br.iter().map(String::as_str).collect();
        let snapshot = build(&br);
        group.throughput(Throughput::Bytes(snapshot.len() as u64));
        group.bench_with_input(BenchmarkId::new("newsnap_br", label), &snapshot, |b, s| {
            b.iter(|| newsnap::parse(black_box(s)));
        });
    }
    group.finish();
}

/// Size of each hostile snapshot, header included.
const HOSTILE_SIZE: usize = 1 << 20;

/// The header of the hostile snapshots whose body is the hostile part.
const HOSTILE_HEADER: &str = "<!--1699308901000-->\n[t](https://www.rfi.fr/cn/x)\n------\n\n";

/// `HOSTILE_HEADER`, `prefix`, then `unit` repeated while the whole stays
/// within `HOSTILE_SIZE` bytes.
fn repeated(prefix: &str, unit: &str) -> String {
    let mut s = String::with_capacity(HOSTILE_SIZE);
    s.push_str(HOSTILE_HEADER);
    s.push_str(prefix);
    while s.len() + unit.len() <= HOSTILE_SIZE {
        s.push_str(unit);
    }
    s
}

/// One `<p a="…">x</p>` whose attribute value fills the snapshot.
fn attrs_huge() -> String {
    let (open, close) = ("<p a=\"", "\">x</p>");
    let fill = HOSTILE_SIZE - HOSTILE_HEADER.len() - open.len() - close.len();
    format!("{HOSTILE_HEADER}{open}{}{close}", "v".repeat(fill))
}

/// One `<p` with distinct attributes `a0=1 a1=1 …` filling the snapshot.
fn attrs_many() -> String {
    let end = ">x";
    let mut s = String::with_capacity(HOSTILE_SIZE);
    s.push_str(HOSTILE_HEADER);
    s.push_str("<p ");
    for i in 0.. {
        let attr = format!("a{i}=1 ");
        if s.len() + attr.len() + end.len() > HOSTILE_SIZE {
            break;
        }
        s.push_str(&attr);
    }
    s.push_str(end);
    s
}

/// A header whose title, or URL path, is `unit` repeated to fill the
/// snapshot, then a small body.
fn huge_header(unit: &str, in_title: bool) -> String {
    let (before, after) = if in_title {
        (
            "<!--1699308901000-->\n[",
            "](https://www.rfi.fr/cn/x)\n------\n\n",
        )
    } else {
        (
            "<!--1699308901000-->\n[t](https://www.rfi.fr/cn/",
            ")\n------\n\n",
        )
    };
    let body = "<p>x</p>\n";
    let room = HOSTILE_SIZE - before.len() - after.len() - body.len();
    let repeat = unit.repeat(room / unit.len());
    format!("{before}{repeat}{after}{body}")
}

/// The hostile families, by name, in the order they are benched.
fn hostile_inputs() -> Vec<(&'static str, String)> {
    let rep = |name, prefix, unit| (name, repeated(prefix, unit));
    vec![
        rep("div_deep", "", "<div>"),
        rep("span_deep", "", "<span>"),
        rep("table_deep", "", "<table><tr><td>"),
        rep("template_deep", "", "<template>"),
        rep("svg_deep", "<svg>", "<svg><g>"),
        rep("svg_script", "<svg>", "<script>x"),
        rep("math_deep", "", "<math><mrow>"),
        rep("p_soup", "", "<p>x"),
        rep("p_closed", "", "<p>x</p>"),
        rep("li_soup", "", "<li>x"),
        rep("ul_li", "", "<ul><li>x"),
        rep("dl", "", "<dt>x<dd>y"),
        rep("option", "", "<option>x"),
        rep("b_open_p", "", "<b><p>x"),
        rep("misnested", "", "<i><b>x</i></b>"),
        rep("font_open", "", "<font>x"),
        rep("a_open", "", "<a href=\"/a\">x"),
        rep("b_closed", "", "<b>x</b><p>y</p>"),
        rep("table_rows", "<table>", "<tr><td>x</td></tr>"),
        rep("foster", "<table>", "<div>x"),
        ("attrs_huge", attrs_huge()),
        ("attrs_many", attrs_many()),
        ("title_huge", huge_header("新闻标题 title ", true)),
        ("url_huge", huge_header("%E4%B8%AD", false)),
        rep("entities", "", "&amp;&lt;&#x4e2d;&nbsp;"),
        rep("links", "", "<a href=\"/a?b=%E4%B8%AD\">x</a>"),
        rep("br", "", "x<br>"),
    ]
}

fn hostile_group(c: &mut Criterion) {
    let mut group = c.benchmark_group("hostile");
    group
        .sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    for (name, snapshot) in hostile_inputs() {
        if let Err(e) = newsnap::parse(&snapshot) {
            panic!("hostile/{name} does not parse: {e}");
        }
        group.throughput(Throughput::Bytes(snapshot.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), &snapshot, |b, s| {
            b.iter(|| newsnap::parse(black_box(s)));
        });
    }
    group.finish();
}

fn benches(c: &mut Criterion) {
    if let Some(corpus) = load_corpus() {
        corpus_group(c, &corpus);
        scaling_group(c, &corpus);
    }
    hostile_group(c);
}

criterion_group!(parse, benches);
criterion_main!(parse);
