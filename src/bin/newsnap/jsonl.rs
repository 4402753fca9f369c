//! The JSON line of one file, as `snapshot2json` and `newsnap json` write it.
//!
//! Shared by the `newsnap` binary and the example `snapshot2json` (which
//! include this file and `walk.rs` with `#[path]`), so that their output is
//! the same byte for byte.

use crate::walk::{self, Loaded};

#[derive(serde::Serialize)]
struct Line<'a> {
    path: &'a str,
    #[serde(flatten)]
    result: Outcome<'a>,
}

#[derive(serde::Serialize)]
#[serde(untagged)]
enum Outcome<'a> {
    Ok(&'a newsnap::Article),
    Err { error: ErrorJson<'a> },
}

#[derive(serde::Serialize)]
#[serde(untagged)]
enum ErrorJson<'a> {
    Parse(&'a newsnap::Error),
    /// A parse error with another kind: the size of a file over the limit,
    /// of which only the head was read. The fields of `newsnap::Error`'s.
    Sized {
        kind: &'static str,
        message: String,
        offset: usize,
        line: u32,
        column: u32,
    },
    Io {
        kind: &'static str,
        message: &'a str,
    },
}

/// Appends the JSON line of `loaded` (the file at `path`) to `out`. A file
/// that is not a snapshot gets an error line too: skip it before, if need be.
pub fn write_line(out: &mut Vec<u8>, path: &std::path::Path, loaded: &Loaded) {
    let shown = path.to_string_lossy();
    let result = match loaded {
        Loaded::Article(article) => Outcome::Ok(article),
        Loaded::NotSnapshot(e) | Loaded::Parse(e) => Outcome::Err {
            error: ErrorJson::Parse(e),
        },
        Loaded::TooLarge(e, size) => {
            let kind = walk::too_large_kind(e, *size);
            Outcome::Err {
                error: ErrorJson::Sized {
                    kind: kind.as_str(),
                    message: format!("{kind} at line {}, column {}", e.line(), e.column()),
                    offset: e.offset(),
                    line: e.line(),
                    column: e.column(),
                },
            }
        }
        Loaded::Io(message) => Outcome::Err {
            error: ErrorJson::Io {
                kind: "io",
                message,
            },
        },
    };
    let line = Line {
        path: &shown,
        result,
    };
    serde_json::to_writer(&mut *out, &line).expect("serialisable");
    out.push(b'\n');
}
