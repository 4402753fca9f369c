//! The whole development corpus (`../shared/corpus`): every file parses, no
//! boilerplate reaches the text, and the text and images of the bodies are
//! found. The recall figures are measured against an independent reading of
//! each body (plain html5ever, not newsnap's walk).
//!
//! Set `NEWSNAP_CORPUS_VERBOSE=1` to list every miss.

mod common;

use common::{corpus_files, independent, BOILERPLATE_STRINGS};

#[test]
fn every_corpus_file_parses_cleanly() {
    let Some(files) = corpus_files() else { return };
    let verbose = std::env::var_os("NEWSNAP_CORPUS_VERBOSE").is_some();
    let (mut p_total, mut p_found, mut img_total, mut img_found) = (0, 0, 0, 0);
    // Also counted: paragraphs found whole inside a single block.
    let mut p_in_one_block = 0;
    let mut failures = Vec::new();
    for (name, input) in &files {
        let article = match newsnap::parse(input) {
            Ok(a) => a,
            Err(e) => {
                failures.push(format!("{name}: {e}"));
                continue;
            }
        };
        let text: String = article
            .lead
            .iter()
            .map(String::as_str)
            .chain(article.blocks.iter().map(|b| b.text.as_str()))
            .flat_map(|t| t.chars().filter(|c| !c.is_whitespace()))
            .collect();
        for needle in BOILERPLATE_STRINGS {
            if text.contains(&needle.replace(' ', "")) {
                failures.push(format!("{name}: boilerplate {needle:?} in the text"));
            }
        }
        for block in &article.blocks {
            if block.text.trim().is_empty() {
                failures.push(format!("{name}: empty block"));
            }
        }
        let body = independent::read(&article.body_html, &article.url);
        let squeezed: Vec<String> = article
            .lead
            .iter()
            .map(String::as_str)
            .chain(article.blocks.iter().map(|b| b.text.as_str()))
            .map(|t| t.chars().filter(|c| !c.is_whitespace()).collect())
            .collect();
        for p in &body.paragraphs {
            p_total += 1;
            p_in_one_block += usize::from(squeezed.iter().any(|b| b.contains(p.as_str())));
            if text.contains(p.as_str()) {
                p_found += 1;
            } else if verbose {
                eprintln!("{name}: <p> missing: {p}");
            }
        }
        for src in &body.images {
            img_total += 1;
            if article.images.iter().any(|i| i.url.as_str() == src) {
                img_found += 1;
            } else if verbose {
                eprintln!("{name}: <img> missing: {src}");
            }
        }
    }
    let p_recall = p_found as f64 / p_total.max(1) as f64;
    let img_recall = img_found as f64 / img_total.max(1) as f64;
    println!(
        "corpus: {} files, {} failures; <p> recall {p_found}/{p_total} = {:.2}% ({p_in_one_block} whole in one block); <img> recall {img_found}/{img_total} = {:.2}%",
        files.len(),
        failures.len(),
        p_recall * 100.0,
        img_recall * 100.0
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(p_recall >= 0.99, "<p> recall {p_recall}");
    assert!(img_recall >= 0.98, "<img> recall {img_recall}");
}

/// Whether a date line states its own offset (`Z`, `GMT`, `+08:00`), so
/// that its instant does not depend on the zone newsnap assumes.
fn states_its_offset(raw: &str) -> bool {
    chrono::DateTime::parse_from_rfc3339(raw).is_ok()
        || chrono::DateTime::parse_from_rfc2822(raw).is_ok()
}

/// Invariants that hold for every outlet: a date line read in the right zone
/// is never after the feed's timestamp (10 minutes of slack) nor a month
/// before it; where newsnap assumes the outlet's zone (the line states no
/// offset), it is at most 6 hours before it (the corpus: 3.3 at most), and
/// for every such outlet some article is less than an hour before it (a
/// zone off by an hour or more breaks one of these); images are absolute
/// web URLs; blocks are never empty.
#[test]
fn corpus_invariants() {
    let Some(files) = corpus_files() else { return };
    let mut failures = Vec::new();
    let mut dated = 0;
    // Per outlet, the smallest lag of an instant in an assumed zone.
    let mut least_lag = std::collections::BTreeMap::new();
    for (name, input) in &files {
        let Ok(a) = newsnap::parse(input) else {
            continue; // reported by the test above
        };
        let timestamp = a.timestamp.expect("every corpus file has a timestamp");
        if let Some(instant) = a.published.as_ref().and_then(|p| p.instant) {
            dated += 1;
            let ahead = instant - timestamp;
            if ahead > chrono::Duration::minutes(10) || -ahead > chrono::Duration::days(30) {
                failures.push(format!(
                    "{name}: published {instant} vs timestamp {timestamp}"
                ));
            }
            let raw = &a.published.as_ref().expect("published").raw;
            if !states_its_offset(raw) {
                if -ahead > chrono::Duration::hours(6) {
                    failures.push(format!(
                        "{name}: published {instant} ({raw:?} in the assumed zone) is over 6 h before timestamp {timestamp}"
                    ));
                }
                let least = least_lag.entry(a.outlet.clone()).or_insert(-ahead);
                *least = (*least).min(-ahead);
            }
        }
        for image in &a.images {
            if !matches!(image.url.scheme(), "http" | "https") {
                failures.push(format!("{name}: image {}", image.url));
            }
        }
        if a.blocks.iter().any(|b| b.text.trim().is_empty()) || a.lead.as_deref() == Some("") {
            failures.push(format!("{name}: empty block"));
        }
    }
    for (outlet, lag) in &least_lag {
        if *lag > chrono::Duration::hours(1) {
            failures.push(format!(
                "{outlet}: every date line in the assumed zone is over an hour before its timestamp ({lag})"
            ));
        }
    }
    assert!(least_lag.len() >= 3, "{least_lag:?}");
    println!("corpus: {dated} articles with a published instant");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every medium of every corpus article stands among the blocks: its
/// position is at most `blocks.len()`, positions never go back within
/// `images`, `videos` or `audio` (each list is in reading order), and a
/// captioned medium's caption block stands right at its position.
#[test]
fn media_positions_are_in_reading_order() {
    let Some(files) = corpus_files() else { return };
    let mut failures = Vec::new();
    let mut captioned = 0;
    for (name, input) in &files {
        let Ok(a) = newsnap::parse(input) else {
            continue;
        };
        let lists: [Vec<(usize, Option<&str>)>; 3] = [
            a.images
                .iter()
                .map(|m| (m.position, m.caption.as_deref()))
                .collect(),
            a.videos
                .iter()
                .map(|m| (m.position, m.caption.as_deref()))
                .collect(),
            a.audio
                .iter()
                .map(|m| (m.position, m.caption.as_deref()))
                .collect(),
        ];
        for media in &lists {
            if media.windows(2).any(|w| w[0].0 > w[1].0) {
                failures.push(format!("{name}: positions go back {media:?}"));
            }
            for &(position, caption) in media {
                let Some(caption) = caption else { continue };
                captioned += 1;
                let block = a.blocks.get(position);
                if !block.is_some_and(|b| {
                    // The block keeps a credit the caption stated, which
                    // the image's caption leaves to its credit.
                    b.kind == newsnap::BlockKind::Caption
                        && (caption.starts_with(&b.text) || b.text.starts_with(caption))
                }) {
                    failures.push(format!("{name}: caption {caption:?} not at {position}"));
                }
            }
            if media.iter().any(|&(p, _)| p > a.blocks.len()) {
                failures.push(format!("{name}: a position past the blocks"));
            }
        }
    }
    assert!(captioned > 300, "{captioned} captioned media");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// `parse_bytes` reads a UTF-8 snapshot exactly as `parse` reads its text,
/// warnings included, with or without a byte order mark.
#[test]
fn parse_bytes_is_parse() {
    let Some(files) = corpus_files() else { return };
    for (name, input) in &files {
        let text = newsnap::parse(input);
        assert_eq!(newsnap::parse_bytes(input.as_bytes()), text, "{name}");
        let with_bom = format!("\u{feff}{input}");
        assert_eq!(
            newsnap::parse_bytes(with_bom.as_bytes()).map(|a| a.warnings),
            newsnap::parse(&with_bom).map(|a| a.warnings),
            "{name}"
        );
    }
}
