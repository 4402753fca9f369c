//! `newsnap`: convert, render, check and count archives of news snapshots.
//!
//! Built with the `cli` feature: `cargo install --path . --features cli`.
//! The file walking (`walk.rs`), the ordered parallel runner (`ordered.rs`)
//! and the JSON lines (`jsonl.rs`) are shared with the examples.

mod jsonl;
mod ordered;
mod walk;

use std::collections::BTreeMap;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::num::NonZeroUsize;
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::{DateTime, Utc};
use clap::{Args, Parser, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};

use walk::{Input, Loaded};

const EXIT_STATUS: &str = "\
Exit status:
  0  every file was read and parsed (files that are not snapshots skipped)
  1  some file failed: unreadable, not a regular file, too large, malformed
     (or, with --strict, not a snapshot)
  2  usage error";

const LONG_ABOUT: &str = "\
Convert, render, check and count archives of scraped news snapshots.

Each PATH is a file or a directory, searched recursively for *.md in name
order. Symbolic links are followed, but each directory is entered once
(cycles are skipped with a note); FIFOs, sockets and devices are reported,
never opened. Files that are not snapshots at all (their first line with text
starts with neither `<!--` nor `[`: a README) are skipped and counted, unless
--strict; an empty file is a failed snapshot. Files are parsed on all cores,
in bounded memory, and reported in input order.";

#[derive(Parser)]
#[command(name = "newsnap", version, about = "Convert, render, check and count archives of news snapshots", long_about = LONG_ABOUT, after_help = EXIT_STATUS)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// JSON Lines on stdout: {"path", <Article fields>} or {"path", "error"}
    #[command(after_help = EXIT_STATUS)]
    Json(Common),
    /// Markdown renderings on stdout (separated by `---` lines) or in --out DIR
    #[command(after_help = EXIT_STATUS)]
    Md(Render),
    /// Plain-text renderings on stdout (separated by `---` lines) or in --out DIR
    #[command(after_help = EXIT_STATUS)]
    Text(Render),
    /// Validate: each bad file on stderr as path:line:column: message, then a summary
    #[command(after_help = EXIT_STATUS)]
    Check(Common),
    /// Per outlet: files, date range of the timestamps, errors, warnings
    #[command(after_help = EXIT_STATUS)]
    Stats(Stats),
}

#[derive(Args)]
struct Common {
    /// Files, or directories searched recursively for *.md
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Worker threads [default: the available parallelism]
    #[arg(short = 'j', long, value_name = "N")]
    threads: Option<NonZeroUsize>,
    /// Report files that are not snapshots as failures instead of skipping them
    #[arg(long)]
    strict: bool,
    /// Largest file parsed, in bytes (at most this plus one is read)
    #[arg(long, value_name = "BYTES", default_value_t = newsnap::ParseOptions::default().max_input_size)]
    max_input_size: usize,
}

#[derive(Args)]
struct Render {
    #[command(flatten)]
    common: Common,
    /// Write one file per snapshot under DIR (its path relative to the PATH
    /// it was found under, extension .md or .txt) instead of stdout
    #[arg(short, long, value_name = "DIR")]
    out: Option<PathBuf>,
}

#[derive(Args)]
struct Stats {
    #[command(flatten)]
    common: Common,
    /// A JSON array instead of the table
    #[arg(long)]
    json: bool,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Json(common) => json(common),
        Command::Md(render) => md(render, false),
        Command::Text(render) => md(render, true),
        Command::Check(common) => check(common),
        Command::Stats(stats) => self::stats(stats),
    };
    match result {
        Ok(0) => ExitCode::SUCCESS,
        Ok(_) => ExitCode::from(1),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("newsnap: {e}");
            ExitCode::from(1)
        }
    }
}

/// The files of a run, with what every command needs.
struct Run<'a> {
    common: &'a Common,
    inputs: Vec<Input>,
    options: newsnap::ParseOptions,
    threads: usize,
    progress: Progress,
}

impl<'a> Run<'a> {
    /// Walks the paths; directories skipped are noted on stderr.
    fn new(common: &'a Common) -> Self {
        let walked = walk::walk(&common.paths);
        for note in &walked.notes {
            eprintln!("newsnap: {}: {}", note.path.display(), note.message);
        }
        let threads = common.threads.map_or_else(
            || std::thread::available_parallelism().map_or(1, NonZeroUsize::get),
            NonZeroUsize::get,
        );
        let progress = Progress::new(walked.inputs.len());
        Run {
            common,
            inputs: walked.inputs,
            options: newsnap::ParseOptions::default().max_input_size(common.max_input_size),
            threads,
            progress,
        }
    }

    /// Runs `work` on each file read and parsed, in parallel, and hands the
    /// results to `sink` in order, a chunk at a time.
    fn each<R: Send>(
        &self,
        work: impl Fn(&Input, Loaded, &[u8]) -> R + Sync,
        mut sink: impl FnMut(&Input, R) -> io::Result<()>,
    ) -> io::Result<()> {
        ordered::run(
            &self.inputs,
            self.threads,
            Vec::new,
            |buf, chunk: &[Input], out: &mut Vec<R>| {
                for input in chunk {
                    let loaded = walk::load(input, &self.options, buf);
                    out.push(work(input, loaded, buf));
                }
            },
            |chunk, out| {
                let n = out.len();
                for (input, result) in chunk.iter().zip(out.drain(..)) {
                    sink(input, result)?;
                }
                self.progress.inc(n);
                Ok(())
            },
        )
    }

    /// Whether a file that is not a snapshot is skipped.
    fn skips(&self, loaded: &Loaded) -> bool {
        matches!(loaded, Loaded::NotSnapshot(_)) && !self.common.strict
    }

    /// Prints a line on stderr above the progress bar.
    fn note(&self, line: &str) {
        self.progress.note(line);
    }
}

/// A progress bar on stderr when stderr is a terminal.
struct Progress(Option<ProgressBar>);

impl Progress {
    fn new(len: usize) -> Self {
        if !io::stderr().is_terminal() {
            return Progress(None);
        }
        let bar = ProgressBar::new(len as u64);
        if let Ok(style) =
            ProgressStyle::with_template("{bar:40} {pos}/{len} files, {elapsed} (eta {eta})")
        {
            bar.set_style(style);
        }
        Progress(Some(bar))
    }

    fn inc(&self, n: usize) {
        if let Some(bar) = &self.0 {
            bar.inc(n as u64);
        }
    }

    fn note(&self, line: &str) {
        match &self.0 {
            Some(bar) => bar.suspend(|| eprintln!("{line}")),
            None => eprintln!("{line}"),
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
}

/// Counts of a run.
#[derive(Default)]
struct Tally {
    ok: usize,
    failed: usize,
    skipped: usize,
}

impl Tally {
    /// The count of one file.
    fn of(run: &Run<'_>, loaded: &Loaded) -> Self {
        let mut tally = Tally::default();
        match loaded {
            Loaded::Article(_) => tally.ok += 1,
            _ if run.skips(loaded) => tally.skipped += 1,
            _ => tally.failed += 1,
        }
        tally
    }

    fn add(&mut self, other: &Tally) {
        self.ok += other.ok;
        self.failed += other.failed;
        self.skipped += other.skipped;
    }

    /// Prints the count of skipped files on stderr, if any.
    fn note_skipped(&self, run: &Run<'_>) {
        if self.skipped > 0 {
            run.note(&format!("newsnap: {}", walk::skipped_message(self.skipped)));
        }
    }
}

/// `newsnap json`: the lines of `snapshot2json`.
fn json(common: &Common) -> io::Result<usize> {
    let run = Run::new(common);
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut tally = Tally::default();
    run.each(
        |input, loaded, _| {
            let mut line = Vec::new();
            if !run.skips(&loaded) {
                jsonl::write_line(&mut line, &input.path, &loaded);
            }
            (Tally::of(&run, &loaded), line)
        },
        |_, (counted, line)| {
            tally.add(&counted);
            out.write_all(&line)
        },
    )?;
    out.flush()?;
    run.progress.finish();
    tally.note_skipped(&run);
    Ok(tally.failed)
}

/// `newsnap md` and `newsnap text`: the renderings of `snapshot2md`.
fn md(render: &Render, text: bool) -> io::Result<usize> {
    let run = Run::new(&render.common);
    let extension = if text { "txt" } else { "md" };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut first = true;
    let mut tally = Tally::default();
    run.each(
        |input, loaded, _| {
            // The rendering, or the message of a failure (`None`: skipped).
            let result = match &loaded {
                Loaded::Article(a) => {
                    let rendered = if text { a.to_text() } else { a.to_markdown() };
                    match &render.out {
                        Some(dir) => {
                            let target = dir.join(input.relative()).with_extension(extension);
                            walk::write_file(&target, &input.path, &rendered)
                                .map(|()| String::new())
                                .map_err(|e| format!("{}: {e}", input.path.display()))
                        }
                        None => Ok(rendered),
                    }
                }
                _ if run.skips(&loaded) => return None,
                other => Err(walk::describe(&input.path, other)),
            };
            Some(result)
        },
        |_, result| {
            match result {
                None => tally.skipped += 1,
                Some(Err(message)) => {
                    tally.failed += 1;
                    run.note(&message);
                }
                Some(Ok(rendered)) => {
                    tally.ok += 1;
                    if render.out.is_none() {
                        if !first {
                            out.write_all(b"\n---\n\n")?;
                        }
                        first = false;
                        out.write_all(rendered.as_bytes())?;
                    }
                }
            }
            Ok(())
        },
    )?;
    out.flush()?;
    run.progress.finish();
    tally.note_skipped(&run);
    Ok(tally.failed)
}

/// `newsnap check`: every bad file on stderr, a summary on stdout.
fn check(common: &Common) -> io::Result<usize> {
    let run = Run::new(common);
    let mut tally = Tally::default();
    run.each(
        |input, loaded, _| {
            let message = match &loaded {
                Loaded::Article(_) => None,
                Loaded::NotSnapshot(_) if run.skips(&loaded) => {
                    Some(format!("{}: skipped: not a snapshot", input.path.display()))
                }
                other => Some(walk::describe(&input.path, other)),
            };
            let counted = Tally::of(&run, &loaded);
            (counted, message)
        },
        |_, (counted, message)| {
            tally.add(&counted);
            if let Some(message) = message {
                run.note(&message);
            }
            Ok(())
        },
    )?;
    run.progress.finish();
    let files = run.inputs.len();
    let mut out = io::stdout().lock();
    writeln!(
        out,
        "{files} file{}: {} snapshot{} ok, {} failed, {} skipped (not snapshots)",
        plural(files),
        tally.ok,
        plural(tally.ok),
        tally.failed,
        tally.skipped
    )?;
    Ok(tally.failed)
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// One outlet's line of `newsnap stats`.
#[derive(Default, serde::Serialize)]
struct Row {
    outlet: String,
    files: usize,
    first: Option<DateTime<Utc>>,
    last: Option<DateTime<Utc>>,
    errors: usize,
    warnings: usize,
}

impl Row {
    fn add(&mut self, other: &Row) {
        self.files += other.files;
        self.errors += other.errors;
        self.warnings += other.warnings;
        self.first = match (self.first, other.first) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        self.last = match (self.last, other.last) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
    }
}

/// The outlet a failed file was meant for: that of the first `](url)` of its
/// first 64 KiB, if any.
fn outlet_of_failed(input: &[u8]) -> Option<String> {
    let head = &input[..input.len().min(64 << 10)];
    let head = String::from_utf8_lossy(head);
    let at = head.find("](")? + 2;
    let end = head[at..]
        .find([')', ' ', '\n'])
        .map_or(head.len(), |e| at + e);
    let url = url::Url::parse(&head[at..end]).ok()?;
    Some(newsnap::Outlet::from_url(&url).as_str().to_owned())
}

/// `newsnap stats`: a table per outlet (or `--json`).
fn stats(stats: &Stats) -> io::Result<usize> {
    let run = Run::new(&stats.common);
    let mut rows = BTreeMap::<String, Row>::new();
    let mut tally = Tally::default();
    run.each(
        |input, loaded, buf| {
            let mut row = Row {
                files: 1,
                ..Row::default()
            };
            let mut message = None;
            match &loaded {
                Loaded::Article(a) => {
                    row.outlet = a.outlet.as_str().to_owned();
                    row.first = a.timestamp;
                    row.last = a.timestamp;
                    row.warnings = a.warnings.len();
                }
                _ if run.skips(&loaded) => row.files = 0,
                other => {
                    row.outlet = outlet_of_failed(buf).unwrap_or_else(|| "(unknown)".into());
                    row.errors = 1;
                    message = Some(walk::describe(&input.path, other));
                }
            }
            let counted = Tally::of(&run, &loaded);
            (row, counted, message)
        },
        |_, (row, counted, message)| {
            tally.add(&counted);
            if let Some(message) = message {
                run.note(&message);
            }
            if row.files > 0 {
                let entry = rows.entry(row.outlet.clone()).or_default();
                entry.outlet.clone_from(&row.outlet);
                entry.add(&row);
            }
            Ok(())
        },
    )?;
    run.progress.finish();
    tally.note_skipped(&run);
    let mut out = BufWriter::new(io::stdout().lock());
    let rows: Vec<Row> = rows.into_values().collect();
    if stats.json {
        serde_json::to_writer_pretty(&mut out, &rows).map_err(io::Error::other)?;
        writeln!(out)?;
    } else {
        let mut total = Row {
            outlet: "total".into(),
            ..Row::default()
        };
        for row in &rows {
            total.add(row);
        }
        let width = rows
            .iter()
            .map(|r| r.outlet.chars().count())
            .max()
            .unwrap_or(0)
            .max(6);
        let day = |t: Option<DateTime<Utc>>| {
            t.map_or_else(|| "-".to_owned(), |t| t.format("%Y-%m-%d").to_string())
        };
        writeln!(
            out,
            "{:width$}  {:>6}  {:10}  {:10}  {:>6}  {:>8}",
            "outlet", "files", "first", "last", "errors", "warnings"
        )?;
        for row in rows.iter().chain([&total]) {
            writeln!(
                out,
                "{:width$}  {:>6}  {:10}  {:10}  {:>6}  {:>8}",
                row.outlet,
                row.files,
                day(row.first),
                day(row.last),
                row.errors,
                row.warnings
            )?;
        }
    }
    out.flush()?;
    Ok(tally.failed)
}
