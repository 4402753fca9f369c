//! The `newsnap` binary end to end (feature `cli`), and the example
//! `snapshot2json` beside it, on a hostile tree and on the corpus. Every run
//! is killed after 60 s, failing the test: nothing may hang.
#![cfg(feature = "cli")]

#[path = "support/hostile_tree.rs"]
mod tree;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

struct Output {
    status: Option<i32>,
    stdout: String,
    stderr: String,
}

/// Runs `program` with `args`, stdout and stderr into files, within 60 s.
fn run(program: &Path, args: &[&str]) -> Output {
    let dir = tree::TempDir::new("cli-out");
    let (out, err) = (dir.0.join("stdout"), dir.0.join("stderr"));
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&out).unwrap())
        .stderr(std::fs::File::create(&err).unwrap())
        .spawn()
        .expect("spawn");
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{} {args:?}: still running after 60 s", program.display());
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let read = |p: &Path| String::from_utf8_lossy(&std::fs::read(p).unwrap()).into_owned();
    Output {
        status: status.code(),
        stdout: read(&out),
        stderr: read(&err),
    }
}

fn newsnap() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_newsnap"))
}

/// The example, which `cargo test` builds beside the tests.
fn snapshot2json() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let path = exe
        .parent()?
        .parent()?
        .join("examples")
        .join(format!("snapshot2json{}", std::env::consts::EXE_SUFFIX));
    path.exists().then_some(path)
}

/// The JSON line of the file named `name` under `root`.
fn line_of<'a>(out: &'a str, root: &Path, name: &str) -> Option<&'a str> {
    let path = root.join(name);
    let path = serde_json::to_string(&path.to_string_lossy()).unwrap();
    let prefix = format!("{{\"path\":{path},");
    out.lines().find(|l| l.starts_with(&prefix))
}

#[test]
fn help_and_version_on_stdout_usage_errors_exit_2() {
    let help = run(newsnap(), &["--help"]);
    assert_eq!(help.status, Some(0));
    assert!(help.stdout.contains("Exit status:"), "{}", help.stdout);
    assert!(help.stdout.contains("check"));
    let version = run(newsnap(), &["--version"]);
    assert_eq!(version.status, Some(0));
    assert!(version.stdout.starts_with("newsnap "));
    for args in [
        &[][..],
        &["check"],
        &["bogus"],
        &["json", "--threads", "0", "x"],
    ] {
        let usage = run(newsnap(), args);
        assert_eq!(usage.status, Some(2), "{args:?}");
        assert!(usage.stdout.is_empty(), "{args:?}");
        assert!(!usage.stderr.is_empty(), "{args:?}");
    }
}

#[test]
fn hostile_tree() {
    let tree = tree::build();
    let root = tree.root();
    let r = root.to_str().unwrap();
    let limit = tree::LIMIT.to_string();

    // json: a line for every file but the README, exit status 1.
    let json = run(newsnap(), &["json", "--max-input-size", &limit, r]);
    assert_eq!(json.status, Some(1), "{}", json.stderr);
    let line = |name| line_of(&json.stdout, root, name).unwrap_or("(no line)");
    assert!(line("a.md").contains("\"title\":\"标题 1\""));
    assert!(line("x.md/inner.md").contains("\"title\":\"标题 3\""));
    assert_eq!(line("README.md"), "(no line)");
    assert!(json
        .stderr
        .contains("skipped 1 file that is not a snapshot"));
    assert!(line("empty.md").contains("\"kind\":\"missing_timestamp\""));
    assert!(line("garbage.md").contains("\"kind\":\"not_utf8\""));
    assert!(line("big.md").contains("\"kind\":\"input_too_large\""));
    let huge = format!(
        "input of {} bytes exceeds the limit of {limit} bytes",
        tree::HUGE
    );
    assert!(line("huge.md").contains(&huge), "{}", line("huge.md"));
    #[cfg(unix)]
    {
        assert!(line("link.md").contains("\"title\":\"标题 1\""));
        assert!(line("dangling.md").contains("\"kind\":\"io\""));
        assert!(
            line("y.md").contains("a FIFO, not read"),
            "{}",
            line("y.md")
        );
        assert!(json.stderr.contains("loop: directory already searched"));
        assert!(json.stderr.contains("up: directory already searched"));
        let locked = if tree.locked_readable {
            "标题 5"
        } else {
            "\"kind\":\"io\""
        };
        assert!(line("locked.md").contains(locked), "{}", line("locked.md"));
    }
    #[cfg(target_os = "linux")]
    {
        assert!(line("bad\u{fffd}.md").contains("\"title\":\"标题 8\""));
        assert!(line("proc.md").contains("\"kind\":\"io\""));
    }
    // --strict: the README fails too.
    let strict = run(
        newsnap(),
        &["json", "--strict", "--max-input-size", &limit, r],
    );
    assert_eq!(strict.status, Some(1));
    assert!(
        line_of(&strict.stdout, root, "README.md").is_some_and(|l| l.contains("missing_timestamp"))
    );

    // The example writes the same lines (with its default limit).
    if let Some(example) = snapshot2json() {
        let ours = run(newsnap(), &["json", r]);
        let theirs = run(&example, &[r]);
        assert_eq!(theirs.status, Some(1));
        assert_eq!(ours.stdout, theirs.stdout);
    } else {
        eprintln!("skipped: the example snapshot2json is not built");
    }

    // check: every bad file on stderr, one line each, then the summary.
    let check = run(newsnap(), &["check", "--max-input-size", &limit, r]);
    assert_eq!(check.status, Some(1));
    let reported = |name: &str| {
        let path = root.join(name).display().to_string();
        check.stderr.lines().any(|l| {
            l.strip_prefix(path.as_str())
                .is_some_and(|rest| rest.starts_with(':'))
        })
    };
    for name in ["empty.md", "garbage.md", "big.md", "huge.md", "README.md"] {
        assert!(reported(name), "{name}: {}", check.stderr);
    }
    assert!(check.stderr.contains(&format!(
        "{}:1:1: missing timestamp comment",
        root.join("empty.md").display()
    )));
    #[cfg(unix)]
    for name in ["dangling.md", "y.md"] {
        assert!(reported(name), "{name}: {}", check.stderr);
    }
    #[cfg(target_os = "linux")]
    assert!(reported("proc.md"), "{}", check.stderr);
    assert!(!reported("a.md"));
    assert!(
        check.stdout.contains(" failed, 1 skipped (not snapshots)"),
        "{}",
        check.stdout
    );

    // md and text: renderings on stdout, failures on stderr.
    for command in ["md", "text"] {
        let md = run(newsnap(), &[command, "--max-input-size", &limit, r]);
        assert_eq!(md.status, Some(1), "{command}");
        assert!(md.stdout.contains("标题 1"));
        assert!(md.stderr.contains("y.md: a FIFO, not read") || cfg!(not(unix)));
    }
    // stats: the table, errors counted.
    let stats = run(
        newsnap(),
        &["stats", "--json", "--max-input-size", &limit, r],
    );
    assert_eq!(stats.status, Some(1));
    let rows: serde_json::Value = serde_json::from_str(&stats.stdout).unwrap();
    let dw = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["outlet"] == "dw")
        .unwrap();
    assert!(dw["files"].as_u64().unwrap() >= 4, "{dw}");
}

#[test]
fn out_dir_gets_one_file_per_snapshot() {
    let dir = tree::TempDir::new("cli-md");
    let input = dir.0.join("in");
    std::fs::create_dir_all(input.join("sub")).unwrap();
    std::fs::write(input.join("a.md"), tree::snapshot(1)).unwrap();
    std::fs::write(input.join("sub/b.md"), tree::snapshot(2)).unwrap();
    let out = dir.0.join("out");
    let args = [
        "text",
        "--out",
        out.to_str().unwrap(),
        input.to_str().unwrap(),
    ];
    let text = run(newsnap(), &args);
    assert_eq!(text.status, Some(0), "{}", text.stderr);
    assert!(text.stdout.is_empty());
    let b = std::fs::read_to_string(out.join("sub/b.txt")).unwrap();
    assert!(b.starts_with("标题 2\n"), "{b}");
    assert!(out.join("a.txt").exists());
}

#[test]
fn corpus() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if !corpus.is_dir() {
        eprintln!("skipped: ../shared/corpus not found");
        return;
    }
    let c = corpus.to_str().unwrap();
    let check = run(newsnap(), &["check", c]);
    assert_eq!(check.status, Some(0), "{}", check.stderr);
    assert!(
        check
            .stdout
            .contains(": 397 snapshots ok, 0 failed, 1 skipped"),
        "{}",
        check.stdout
    );
    if let Some(example) = snapshot2json() {
        let ours = run(newsnap(), &["json", "--threads", "2", c]);
        let theirs = run(&example, &[c]);
        assert_eq!(ours.status, Some(0));
        assert_eq!(ours.stdout.lines().count(), 397);
        assert!(
            ours.stdout == theirs.stdout,
            "newsnap json differs from snapshot2json"
        );
    }
}
