//! Converts snapshots to JSON Lines: one object per file, in input order.
//!
//! ```text
//! cargo run --release --example snapshot2json -- PATH... [--threads N] [--strict] > out.jsonl
//! ```
//!
//! Each PATH is a file or a directory (searched recursively for `*.md`, in
//! name order, following symbolic links but entering each directory once).
//! A line is `{"path": …, <Article fields>}` or, for a file that fails,
//! `{"path": …, "error": {"kind", "message", "offset", "line", "column"}}`
//! (`{"kind": "io", "message"}` for a file that cannot be read: missing, a
//! FIFO or other non-regular file, unreadable); the run goes on and exits
//! with status 1 if any file failed. Files that are not snapshots at all
//! (their first line with text starts with neither `<!--` nor `[`: a
//! README) are skipped and counted on stderr, unless `--strict`, which
//! reports them as failures. Files are parsed on all cores, a bounded
//! window ahead of the output, so memory stays flat however many files
//! there are. A progress line is drawn on stderr when stderr is a terminal.
//!
//! `newsnap json` (the command-line tool, feature `cli`) writes the same
//! lines: both use `src/bin/newsnap/{walk,ordered,jsonl}.rs`.

#[path = "../src/bin/newsnap/jsonl.rs"]
mod jsonl;
#[path = "../src/bin/newsnap/ordered.rs"]
mod ordered;
#[allow(dead_code)]
#[path = "../src/bin/newsnap/walk.rs"]
mod walk;

use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use walk::Loaded;

fn main() -> ExitCode {
    let mut threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut strict = false;
    let mut roots = Vec::new();
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--threads" || arg == "-j" {
            match args.next().and_then(|n| n.to_str()?.parse().ok()) {
                Some(n) if n > 0 => threads = n,
                _ => return usage(),
            }
        } else if arg == "--strict" {
            strict = true;
        } else if arg == "--help" || arg == "-h" {
            return usage();
        } else {
            roots.push(PathBuf::from(arg));
        }
    }
    if roots.is_empty() {
        return usage();
    }
    let walked = walk::walk(&roots);
    for note in &walked.notes {
        eprintln!("{}: {}", note.path.display(), note.message);
    }
    match run(&walked.inputs, threads, strict) {
        Ok((failed, skipped)) => {
            if skipped > 0 {
                eprintln!("snapshot2json: {}", walk::skipped_message(skipped));
            }
            if failed > 0 {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("snapshot2json: {e}");
            ExitCode::FAILURE
        }
    }
}

fn usage() -> ExitCode {
    eprintln!("usage: snapshot2json PATH... [--threads N] [--strict]");
    ExitCode::from(2)
}

/// One chunk's JSON lines in one buffer, its failures and skipped files.
#[derive(Default)]
struct Chunk {
    lines: Vec<u8>,
    failed: usize,
    skipped: usize,
    files: usize,
}

/// Parses `inputs` on `threads` workers and prints their lines in order.
/// Returns the number of files that failed and of those skipped.
fn run(inputs: &[walk::Input], threads: usize, strict: bool) -> io::Result<(usize, usize)> {
    let progress = io::stderr().is_terminal();
    let options = newsnap::ParseOptions::default();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let (mut written, mut failures, mut skipped) = (0, 0, 0);
    ordered::run(
        inputs,
        threads,
        // Each worker reads every file into the same buffer.
        Vec::new,
        |buf, inputs, chunk: &mut Chunk| {
            for input in inputs {
                let loaded = walk::load(input, &options, buf);
                chunk.files += 1;
                match loaded {
                    Loaded::Article(_) => {}
                    Loaded::NotSnapshot(_) if !strict => {
                        chunk.skipped += 1;
                        continue;
                    }
                    _ => chunk.failed += 1,
                }
                jsonl::write_line(&mut chunk.lines, &input.path, &loaded);
            }
        },
        |_, chunk| {
            // One write per chunk.
            out.write_all(&chunk.lines)?;
            chunk.lines.clear();
            failures += std::mem::take(&mut chunk.failed);
            skipped += std::mem::take(&mut chunk.skipped);
            written += std::mem::take(&mut chunk.files);
            if progress {
                eprint!("\r{written}/{} files, {failures} failed", inputs.len());
            }
            Ok(())
        },
    )?;
    if progress {
        eprintln!();
    }
    out.flush()?;
    Ok((failures, skipped))
}
