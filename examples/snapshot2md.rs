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
//! name order). On stdout the renderings follow each other, separated by a
//! `---` rule line. With `--out DIR`, each one is written to DIR under the
//! file's path relative to the directory PATH it was found in (a file PATH:
//! its name), with the extension `.md` (`.txt` with `--text`); an input file
//! is never overwritten. A file that cannot be read or parsed is reported on
//! stderr and skipped; the exit status is then 1.

#[path = "common/snapshot_files.rs"]
mod snapshot_files;

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// A snapshot to render: its path, and the name it gets under `--out`.
struct Input {
    path: PathBuf,
    relative: PathBuf,
}

fn main() -> ExitCode {
    let mut out_dir = None;
    let mut text = false;
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

    let mut inputs = Vec::new();
    for root in &roots {
        if let Err(e) = collect(root, &mut inputs) {
            eprintln!("{}: {e}", root.display());
            return ExitCode::FAILURE;
        }
    }
    let extension = if text { "txt" } else { "md" };
    let stdout = io::stdout();
    let mut stdout = io::BufWriter::new(stdout.lock());
    let mut failed = false;
    let mut first = true;
    for input in &inputs {
        let shown = input.path.display();
        let article = match std::fs::read(&input.path)
            .map_err(|e| e.to_string())
            .and_then(|b| newsnap::parse_bytes(&b).map_err(|e| e.to_string()))
        {
            Ok(article) => article,
            Err(e) => {
                eprintln!("{shown}: {e}");
                failed = true;
                continue;
            }
        };
        let rendered = render(&article);
        let result = match &out_dir {
            Some(dir) => {
                let target = dir.join(&input.relative).with_extension(extension);
                write_file(&target, &input.path, &rendered)
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
    eprintln!("usage: snapshot2md [--text] [--out DIR] [PATH...]");
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

/// Writes `target`, refusing to replace the snapshot it was rendered from.
fn write_file(target: &Path, source: &Path, contents: &str) -> io::Result<()> {
    if let (Ok(t), Ok(s)) = (target.canonicalize(), source.canonicalize()) {
        if t == s {
            return Err(io::Error::other(format!(
                "refusing to overwrite the input with {}",
                target.display()
            )));
        }
    }
    if let Some(parent) = target.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(target, contents)
}

/// Adds `path` (a file) or the `*.md` files below it (a directory), sorted.
fn collect(path: &Path, out: &mut Vec<Input>) -> io::Result<()> {
    if !path.is_dir() {
        let relative = path.file_name().map_or_else(|| path.into(), PathBuf::from);
        out.push(Input {
            path: path.to_owned(),
            relative,
        });
        return Ok(());
    }
    let found = snapshot_files::markdown_files(path)?;
    out.extend(found.into_iter().map(|p| {
        Input {
            relative: p
                .strip_prefix(path)
                .map_or_else(|_| p.clone(), Path::to_path_buf),
            path: p,
        }
    }));
    Ok(())
}
