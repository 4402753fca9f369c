//! Golden files: `tests/golden/<outlet>/<name>.json` hold, for one corpus
//! snapshot, a one-line description and the expected Article as JSON
//! (without `body_html`, which is the input itself). Each expected value was
//! checked by hand against the source snapshot.
//!
//! A case's `source` is a path below `../shared/corpus` (`rfa/019.md`), or,
//! when it starts with `corpus-longtail/`, below `../shared`: the long-tail
//! set beside the corpus (`corpus-longtail/medium.com/001.md`). Without
//! `../shared/corpus` the test is skipped; without the long-tail set, its
//! cases are.
//!
//! `NEWSNAP_BLESS=new cargo test --test golden` fills the `article` of cases
//! whose `article` is `null` from the current output (the start of a new
//! case, to be checked by hand); `NEWSNAP_BLESS=all` rewrites every case, and
//! any other value rewrites the cases whose path contains it. Review every
//! resulting `git diff` against the source snapshot before committing it.

mod common;

use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

/// The golden directory, which the published crate leaves out (its cases
/// quote third-party articles).
fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

/// Every `*.json` below `root`, sorted. A directory that cannot be read fails
/// the test: a case that is silently left out is a case not checked.
fn golden_files(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut pending = vec![root.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let entries = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("golden directory {}: {e}", dir.display()));
        for entry in entries {
            let path = entry
                .unwrap_or_else(|e| panic!("golden directory {}: {e}", dir.display()))
                .path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "json") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// The prefix of sources in the long-tail set.
const LONGTAIL: &str = "corpus-longtail/";

/// The snapshot a case's `source` names (see the module docs).
fn source_path(source: &str) -> PathBuf {
    if source.starts_with(LONGTAIL) {
        common::shared_dir().join(source)
    } else {
        common::corpus_dir().join(source)
    }
}

fn actual(source: &str) -> Value {
    let path = source_path(source);
    let input = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{source}: {e}"));
    let article = newsnap::parse(&input).unwrap_or_else(|e| panic!("{source}: {e}"));
    let mut value = serde_json::to_value(&article).expect("serialisable");
    value.as_object_mut().expect("object").remove("body_html");
    value
}

/// Top-level fields that differ, each shown expected then actual.
fn differences(expected: &Value, actual: &Value) -> Vec<String> {
    let empty = Map::new();
    let e = expected.as_object().unwrap_or(&empty);
    let a = actual.as_object().unwrap_or(&empty);
    let mut keys: Vec<&String> = e.keys().chain(a.keys()).collect();
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .filter(|k| e.get(*k) != a.get(*k))
        .map(|k| {
            format!(
                "  {k}:\n    expected {}\n    actual   {}",
                e.get(k).map_or("(absent)".into(), Value::to_string),
                a.get(k).map_or("(absent)".into(), Value::to_string)
            )
        })
        .collect()
}

#[test]
fn golden_files_match() {
    let root = golden_dir();
    if !root.exists() {
        println!("skipped: tests/golden not found (the published crate leaves it out)");
        return;
    }
    // Where the cases are, they must be there: an empty or unreadable
    // directory fails, with or without the corpus.
    let files = golden_files(&root);
    assert!(!files.is_empty(), "no golden cases in {}", root.display());
    if !common::corpus_dir().is_dir() {
        println!("skipped: ../shared/corpus not found");
        return;
    }
    let longtail = common::longtail_dir().is_dir();
    let bless = std::env::var("NEWSNAP_BLESS").ok();
    let mut failures = Vec::new();
    let mut skipped = 0;
    for path in &files {
        let text =
            std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut case: Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let source = case["source"].as_str().expect("a source").to_owned();
        assert!(
            case["description"].as_str().is_some_and(|d| !d.is_empty()),
            "{}: a description",
            path.display()
        );
        if source.starts_with(LONGTAIL) && !longtail {
            skipped += 1;
            continue;
        }
        let got = actual(&source);
        if let Some(which) = &bless {
            let chosen = match which.as_str() {
                "new" => case["article"].is_null(),
                "all" => true,
                part => path.to_string_lossy().contains(part),
            };
            if chosen && case["article"] != got {
                case["article"] = got;
                let mut out = serde_json::to_string_pretty(&case).expect("serialisable");
                out.push('\n');
                std::fs::write(path, out).expect("writable golden file");
            }
            continue;
        }
        let diffs = differences(&case["article"], &got);
        if !diffs.is_empty() {
            failures.push(format!(
                "{} ({source}):\n{}",
                path.display(),
                diffs.join("\n")
            ));
        }
    }
    if skipped > 0 {
        println!("skipped {skipped} cases: ../shared/corpus-longtail not found");
    }
    println!(
        "golden: {} cases checked, {} differ",
        files.len() - skipped,
        failures.len()
    );
    assert!(failures.is_empty(), "\n{}", failures.join("\n\n"));
}
