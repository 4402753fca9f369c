//! The file walking and reading shared by `newsnap` and the examples
//! (`src/bin/newsnap/walk.rs`), and their ordered parallel runner, on a
//! hostile tree: cycles, dangling links, a FIFO, unreadable and huge files.

#[allow(dead_code)]
#[path = "../src/bin/newsnap/ordered.rs"]
mod ordered;
#[allow(dead_code)]
#[path = "support/hostile_tree.rs"]
mod tree;
#[allow(dead_code)]
#[path = "../src/bin/newsnap/walk.rs"]
mod walk;

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

use walk::Loaded;

/// What became of a file, shortly.
fn outcome(loaded: &Loaded) -> String {
    match loaded {
        Loaded::Article(a) => format!("ok {}", a.title),
        Loaded::NotSnapshot(_) => "not a snapshot".into(),
        Loaded::Parse(e) => format!("parse {}", e.kind().as_str()),
        Loaded::TooLarge(_, size) => format!("too large {size}"),
        Loaded::Io(message) => format!("io {message}"),
    }
}

fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .into_owned()
}

#[test]
fn hostile_tree_is_walked_and_every_file_reported() {
    let tree = tree::build();
    let root = tree.root();
    let started = Instant::now();
    let walked = walk::walk(&[root]);
    let options = newsnap::ParseOptions::default().max_input_size(tree::LIMIT);
    let mut buf = Vec::new();
    let mut seen = BTreeMap::new();
    let mut order = Vec::new();
    for input in &walked.inputs {
        let name = relative(root, &input.path);
        let loaded = walk::load(input, &options, &mut buf);
        assert!(
            buf.len() <= tree::LIMIT + 1,
            "{name}: read {} bytes",
            buf.len()
        );
        order.push(input.path.clone());
        seen.insert(name, outcome(&loaded));
    }
    assert!(started.elapsed() < Duration::from_secs(30), "walk too slow");
    let mut sorted = order.clone();
    sorted.sort();
    assert_eq!(order, sorted, "inputs in path order");

    let get = |name: &str| seen.get(name).map_or("(not listed)", String::as_str);
    assert_eq!(get("a.md"), "ok 标题 1");
    assert_eq!(get("sub/b.md"), "ok 标题 2");
    // A directory named `x.md` is searched, not read.
    assert_eq!(get("x.md/inner.md"), "ok 标题 3");
    assert_eq!(get("x.md"), "(not listed)");
    assert_eq!(get("README.md"), "not a snapshot");
    // An empty file is a snapshot that lost its content: it fails.
    assert_eq!(get("empty.md"), "parse missing_timestamp");
    assert_eq!(get("garbage.md"), "parse not_utf8");
    assert!(get("big.md").starts_with("too large "), "{}", get("big.md"));
    assert_eq!(get("huge.md"), format!("too large {}", tree::HUGE));
    assert_eq!(get("not-md.txt"), "(not listed)");

    #[cfg(unix)]
    {
        // Links to files are followed; to directories, once.
        assert_eq!(get("link.md"), "ok 标题 1");
        assert!(
            get("dangling.md").starts_with("io "),
            "{}",
            get("dangling.md")
        );
        assert_eq!(get("y.md"), "io a FIFO, not read");
        let noted: Vec<String> = walked
            .notes
            .iter()
            .map(|n| relative(root, &n.path))
            .collect();
        assert_eq!(noted, ["loop", "sub/up"]);
        assert!(!seen
            .keys()
            .any(|k| k.starts_with("loop/") || k.contains("up/")));
        if tree.locked_readable {
            // Root reads files of mode 000 and lists directories of mode
            // 000 and 600: all that can be shown is that they are read.
            assert_eq!(get("locked.md"), "ok 标题 5");
            assert_eq!(get("locked-dir/c.md"), "ok 标题 6");
            assert_eq!(get("no-x-dir/d.md"), "ok 标题 7");
        } else {
            assert!(get("locked.md").starts_with("io "), "{}", get("locked.md"));
            assert!(get("locked-dir").starts_with("io cannot list directory"));
            assert!(
                get("no-x-dir/d.md").starts_with("io "),
                "{}",
                get("no-x-dir/d.md")
            );
        }
    }
    #[cfg(target_os = "linux")]
    {
        assert_eq!(get("bad\u{fffd}.md"), "ok 标题 8");
        // A regular file that no one can read, root included.
        assert!(get("proc.md").starts_with("io "), "{}", get("proc.md"));
    }
}

#[test]
fn a_file_argument_is_taken_as_it_is() {
    let tree = tree::build();
    let root = tree.root();
    let walked = walk::walk(&[root.join("README.md"), root.join("missing.md")]);
    let names: Vec<String> = walked
        .inputs
        .iter()
        .map(|i| i.relative().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["README.md", "missing.md"]);
    let mut buf = Vec::new();
    let options = newsnap::ParseOptions::default();
    let loaded = walk::load(&walked.inputs[1], &options, &mut buf);
    assert!(outcome(&loaded).starts_with("io "));
    let line = walk::describe(&walked.inputs[1].path, &loaded);
    assert!(
        line.ends_with("missing.md: No such file or directory (os error 2)"),
        "{line}"
    );
}

#[test]
fn a_directory_linked_twice_is_searched_once() {
    let dir = tree::TempDir::new("twice");
    let root = &dir.0;
    std::fs::create_dir_all(root.join("real")).unwrap();
    std::fs::write(root.join("real/a.md"), tree::snapshot(1)).unwrap();
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("real", root.join("z-link")).unwrap();
        let walked = walk::walk(&[root]);
        let names: Vec<String> = walked
            .inputs
            .iter()
            .map(|i| relative(root, &i.path))
            .collect();
        assert_eq!(names, ["real/a.md"]);
        assert_eq!(walked.notes.len(), 1);
        // Given twice, a root is searched once too.
        let walked = walk::walk(&[root.join("real"), root.join("z-link")]);
        assert_eq!(walked.inputs.len(), 1);
    }
}

fn parse_error(input: &str) -> newsnap::Error {
    newsnap::parse(input).unwrap_err()
}

#[test]
fn what_is_not_a_snapshot() {
    let not = |input: &str| walk::is_not_snapshot(input.as_bytes(), &parse_error(input));
    assert!(not("# A README\n"));
    assert!(not("hello"));
    assert!(not("\n\n  \nSome notes\n"));
    assert!(not("\u{feff}# BOM\n"));
    assert!(not("---\ntitle: x\n---\n\n# A page\n"));
    // Empty or blank: a snapshot that lost its content.
    assert!(!not(""));
    assert!(!not("\n \n"));
    assert!(!not("---\ntitle: x\n---\n"));
    // Snapshots with an error.
    assert!(!not("<!--abc-->\n[t](not a url)\n------\n"));
    assert!(!not("<!--1-->\nno link\n"));
    // The older variant without its date line: MissingTimestamp, but after
    // the link.
    assert!(!not("[T](https://example.com/a)\n------\n\n<p>x</p>"));
    assert!(!not("[T](https://example.com/a)\n---\n# x\n"));
    assert!(!not(
        "---\na: b\n---\n[T](https://example.com/a)\n---\n# x\n"
    ));
}

#[test]
fn results_come_in_order_on_any_number_of_threads() {
    let items: Vec<usize> = (0..1000).collect();
    for threads in [1, 2, 7] {
        let mut seen = Vec::new();
        ordered::run(
            &items,
            threads,
            || 0usize,
            |calls, chunk, out: &mut Vec<usize>| {
                *calls += 1;
                out.extend(chunk.iter().map(|i| i * 2));
            },
            |chunk, out| {
                assert_eq!(chunk.len(), out.len());
                seen.append(out);
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(seen, items.iter().map(|i| i * 2).collect::<Vec<_>>());
    }
}

#[test]
fn a_failing_sink_ends_the_run() {
    let items: Vec<usize> = (0..100_000).collect();
    let mut sunk = 0;
    let result = ordered::run(
        &items,
        3,
        || (),
        |(), chunk, out: &mut Vec<usize>| out.extend_from_slice(chunk),
        |_, out| {
            sunk += 1;
            out.clear();
            if sunk == 3 {
                Err(std::io::Error::other("stop"))
            } else {
                Ok(())
            }
        },
    );
    assert_eq!(result.unwrap_err().to_string(), "stop");
    assert_eq!(sunk, 3);
}
