//! Renders snapshots as Markdown (or plain text) for reading.
//!
//! ```text
//! cargo run --example snapshot2md                          # the embedded seed sample
//! cargo run --example snapshot2md -- PATH...               # all to stdout
//! cargo run --example snapshot2md -- --out DIR PATH...     # one file per snapshot
//! cargo run --example snapshot2md -- --text PATH...        # plain text instead
//! ```
//!
//! Each PATH is a file or a directory (searched recursively for `*.md`, in
//! name order, following symbolic links but entering each directory once;
//! FIFOs and other non-regular files are reported, never opened). On stdout the renderings follow each other, separated by a
//! `---` rule line. With `--out DIR`, each one is written to DIR under the
//! file's path relative to the directory PATH it was found in (a file PATH:
//! its name), with the extension `.md` (`.txt` with `--text`); an input file
//! is never overwritten. A file that cannot be read or parsed is reported on
//! stderr and skipped; the exit status is then 1. Files that are not
//! snapshots at all (a README) are skipped and counted on stderr, unless
//! `--strict`, which reports them as failures.

#[allow(dead_code)]
#[path = "../src/bin/newsnap/walk.rs"]
mod walk;

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut out_dir = None;
    let mut text = false;
    let mut strict = false;
    let mut roots = Vec::new();
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--out" || arg == "-o" {
            match args.next() {
                Some(dir) => out_dir = Some(PathBuf::from(dir)),
                None => return usage(),
            }
        } else if arg == "--text" {
            text = true;
        } else if arg == "--strict" {
            strict = true;
        } else if arg == "--help" || arg == "-h" {
            return usage();
        } else {
            roots.push(PathBuf::from(arg));
        }
    }
    let render = |a: &newsnap::Article| if text { a.to_text() } else { a.to_markdown() };

    if roots.is_empty() {
        return match newsnap::parse(newsnap::SEED) {
            Ok(article) => emit(&render(&article)),
            Err(e) => {
                eprintln!("the seed sample: {e}");
                ExitCode::FAILURE
            }
        };
    }

    let walked = walk::walk(&roots);
    for note in &walked.notes {
        eprintln!("{}: {}", note.path.display(), note.message);
    }
    let options = newsnap::ParseOptions::default();
    let mut buf = Vec::new();
    let mut skipped = 0;
    let extension = if text { "txt" } else { "md" };
    let stdout = io::stdout();
    let mut stdout = io::BufWriter::new(stdout.lock());
    let mut failed = false;
    let mut first = true;
    for input in &walked.inputs {
        let shown = input.path.display();
        let article = match walk::load(input, &options, &mut buf) {
            walk::Loaded::Article(article) => article,
            walk::Loaded::NotSnapshot(_) if !strict => {
                skipped += 1;
                continue;
            }
            other => {
                eprintln!("{}", walk::describe(&input.path, &other));
                failed = true;
                continue;
            }
        };
        let rendered = render(&article);
        let result = match &out_dir {
            Some(dir) => {
                let target = dir.join(input.relative()).with_extension(extension);
                walk::write_file(&target, &input.path, &rendered)
            }
            None => {
                let separator = if first { "" } else { "\n---\n\n" };
                first = false;
                stdout
                    .write_all(separator.as_bytes())
                    .and_then(|()| stdout.write_all(rendered.as_bytes()))
            }
        };
        match result {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("{shown}: {e}");
                failed = true;
            }
        }
    }
    if skipped > 0 {
        eprintln!("snapshot2md: {}", walk::skipped_message(skipped));
    }
    match stdout.flush() {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            eprintln!("snapshot2md: {e}");
            ExitCode::FAILURE
        }
        _ if failed => ExitCode::from(1),
        _ => ExitCode::SUCCESS,
    }
}

fn usage() -> ExitCode {
    eprintln!("usage: snapshot2md [--text] [--out DIR] [--strict] [PATH...]");
    ExitCode::from(2)
}

/// Prints one rendering to stdout.
fn emit(rendered: &str) -> ExitCode {
    match io::stdout().lock().write_all(rendered.as_bytes()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            eprintln!("snapshot2md: {e}");
            ExitCode::FAILURE
        }
        _ => ExitCode::SUCCESS,
    }
}
