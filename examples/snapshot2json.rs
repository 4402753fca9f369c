//! Converts snapshots to JSON Lines: one object per file, in input order.
//!
//! ```text
//! cargo run --release --example snapshot2json -- PATH... [--threads N] > out.jsonl
//! ```
//!
//! Each PATH is a file or a directory (searched recursively for `*.md`, in
//! name order). A line is `{"path": …, <Article fields>}` or, for a file that
//! fails, `{"path": …, "error": {"kind", "message", "offset", "line",
//! "column"}}`; the run goes on and exits with status 1 if any file failed.
//! Files are parsed on all cores, a bounded window ahead of the output, so
//! memory stays flat however many files there are. A progress line is drawn
//! on stderr when stderr is a terminal.

#[path = "common/snapshot_files.rs"]
mod snapshot_files;

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Condvar, Mutex};

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
    Err { error: ErrorJson },
}

#[derive(serde::Serialize)]
#[serde(untagged)]
enum ErrorJson {
    Parse(newsnap::Error),
    Io { kind: &'static str, message: String },
}

fn main() -> ExitCode {
    let mut threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut roots = Vec::new();
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--threads" || arg == "-j" {
            match args.next().and_then(|n| n.to_str()?.parse().ok()) {
                Some(n) if n > 0 => threads = n,
                _ => return usage(),
            }
        } else if arg == "--help" || arg == "-h" {
            return usage();
        } else {
            roots.push(PathBuf::from(arg));
        }
    }
    if roots.is_empty() {
        return usage();
    }
    let mut files = Vec::new();
    for root in &roots {
        if let Err(e) = collect(root, &mut files) {
            eprintln!("{}: {e}", root.display());
            return ExitCode::FAILURE;
        }
    }
    match run(&files, threads) {
        Ok(0) => ExitCode::SUCCESS,
        Ok(_) => ExitCode::from(1),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("snapshot2json: {e}");
            ExitCode::FAILURE
        }
    }
}

fn usage() -> ExitCode {
    eprintln!("usage: snapshot2json PATH... [--threads N]");
    ExitCode::from(2)
}

/// Adds `path` (a file) or the `*.md` files below it (a directory), sorted.
fn collect(path: &Path, out: &mut Vec<PathBuf>) -> io::Result<()> {
    if path.is_dir() {
        out.extend(snapshot_files::markdown_files(path)?);
    } else {
        out.push(path.to_owned());
    }
    Ok(())
}

/// Parses `files` on `threads` workers and prints their lines in order.
/// Returns the number of files that failed.
fn run(files: &[PathBuf], threads: usize) -> io::Result<usize> {
    // Files are handed out and sent back in chunks, so the threads meet once
    // per chunk rather than once per file (on the corpus, chunks of 32 gain
    // 2 threads 1.79x over 1, chunks of 16 1.72x); workers stay at most
    // `window` chunks ahead of the output.
    let chunk = 32;
    let window = threads * 4;
    let chunks = files.len().div_ceil(chunk);
    let next = AtomicUsize::new(0);
    let printed = (Mutex::new(0usize), Condvar::new());
    // Each chunk comes as its JSON lines in one buffer, and its failures.
    let (tx, rx) = mpsc::sync_channel::<(usize, Vec<u8>, usize)>(window);
    let progress = io::stderr().is_terminal();
    // Chunk buffers go back to the workers once written, so that the
    // hundreds of kilobytes of each are not allocated afresh every time.
    let spare = Mutex::new(Vec::<Vec<u8>>::new());

    std::thread::scope(|scope| {
        for _ in 0..threads {
            let tx = tx.clone();
            let (next, printed, spare) = (&next, &printed, &spare);
            // Each worker reads every file into the same buffer.
            let mut input = Vec::new();
            scope.spawn(move || loop {
                let c = next.fetch_add(1, Ordering::Relaxed);
                if c >= chunks {
                    break;
                }
                {
                    let (lock, cvar) = printed;
                    let mut done = lock.lock().unwrap_or_else(|e| e.into_inner());
                    while c >= *done + window {
                        done = cvar.wait(done).unwrap_or_else(|e| e.into_inner());
                    }
                }
                let spare = spare.lock().unwrap_or_else(|e| e.into_inner()).pop();
                let mut lines = spare.unwrap_or_default();
                let mut failed = 0;
                for file in &files[c * chunk..((c + 1) * chunk).min(files.len())] {
                    failed += usize::from(convert(file, &mut input, &mut lines));
                }
                if tx.send((c, lines, failed)).is_err() {
                    break;
                }
            });
        }
        drop(tx);

        let stdout = io::stdout();
        let mut out = BufWriter::new(stdout.lock());
        let mut pending = BTreeMap::new();
        let mut want = 0;
        let mut written = 0;
        let mut failures = 0;
        let result = (|| {
            for (c, lines, failed) in rx.iter() {
                pending.insert(c, (lines, failed));
                while let Some((lines, failed)) = pending.remove(&want) {
                    // One write per chunk.
                    out.write_all(&lines)?;
                    let mut lines = lines;
                    lines.clear();
                    spare.lock().unwrap_or_else(|e| e.into_inner()).push(lines);
                    failures += failed;
                    written += chunk.min(files.len() - want * chunk);
                    want += 1;
                    let (lock, cvar) = &printed;
                    *lock.lock().unwrap_or_else(|e| e.into_inner()) = want;
                    cvar.notify_all();
                    if progress {
                        eprint!("\r{written}/{} files, {failures} failed", files.len());
                    }
                }
            }
            if progress {
                eprintln!();
            }
            out.flush()?;
            Ok(failures)
        })();
        if result.is_err() {
            // Let blocked workers finish: pretend everything was printed.
            let (lock, cvar) = &printed;
            *lock.lock().unwrap_or_else(|e| e.into_inner()) = usize::MAX / 2;
            cvar.notify_all();
            drop(rx);
        }
        result
    })
}

/// Appends the JSON line of one file to `out`, reading it into `input`;
/// returns whether it failed.
fn convert(path: &Path, input: &mut Vec<u8>, out: &mut Vec<u8>) -> bool {
    let shown = path.to_string_lossy();
    input.clear();
    let read = File::open(path).and_then(|mut file| file.read_to_end(input));
    let (result, failed) = match read {
        Ok(_) => match newsnap::parse_bytes(input) {
            Ok(article) => {
                let line = Line {
                    path: &shown,
                    result: Outcome::Ok(&article),
                };
                serde_json::to_writer(&mut *out, &line).expect("serialisable");
                out.push(b'\n');
                return false;
            }
            Err(e) => (ErrorJson::Parse(e), true),
        },
        Err(e) => (
            ErrorJson::Io {
                kind: "io",
                message: e.to_string(),
            },
            true,
        ),
    };
    let line = Line {
        path: &shown,
        result: Outcome::Err { error: result },
    };
    serde_json::to_writer(&mut *out, &line).expect("serialisable");
    out.push(b'\n');
    failed
}
