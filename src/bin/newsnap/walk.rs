//! Finding and reading snapshot files in trees nobody checked.
//!
//! Shared by the `newsnap` binary and the examples `snapshot2json` and
//! `snapshot2md` (which include this file with `#[path]`), and unit-tested
//! by `tests/walk.rs` the same way. Standard library and newsnap only.
//!
//! Archives are walked unattended, so nothing here may hang or stop a run:
//!
//! - directories are searched recursively for `*.md`, each directory's
//!   entries in name order, so the list comes out sorted by path;
//! - symbolic links are followed, to files and to directories, but a
//!   directory is entered once: on Unix its (device, inode) is remembered,
//!   so a link to an ancestor (a cycle) or a second link to a directory
//!   already searched is skipped with a [`Note`] (elsewhere links to
//!   directories are not followed);
//! - a `*.md` entry that is not a regular file once links are followed
//!   (a FIFO, a socket, a device, a dangling link) is listed, and reading it
//!   fails with a message: it is never opened, since opening a FIFO blocks
//!   (on Linux files are also opened with `O_NONBLOCK`, in case one was put
//!   in place of a file since it was looked at); a directory named `x.md`
//!   is searched like any other;
//! - a directory that cannot be listed is listed itself, with the error;
//! - at most the size limit plus one byte of a file is read.

use std::collections::HashSet;
use std::ffi::OsString;
use std::fs::{self, File};
use std::io::{self, Read};
use std::path::{Path, PathBuf};

/// One path to report on, in output order.
#[derive(Debug)]
pub struct Input {
    /// The file (or a directory that could not be listed).
    pub path: PathBuf,
    /// How many leading components of `path` are the directory argument it
    /// was found under (see [`relative`](Self::relative)).
    root_components: usize,
    /// Why a directory could not be listed; reading such an input fails.
    pub unlisted: Option<Box<str>>,
}

impl Input {
    /// `path` relative to the directory argument it was found under (a file
    /// argument: its file name), for writing one output file per input.
    pub fn relative(&self) -> PathBuf {
        let relative: PathBuf = self.path.components().skip(self.root_components).collect();
        if relative.as_os_str().is_empty() {
            self.path.clone()
        } else {
            relative
        }
    }
}

/// Something skipped while walking that is not a failure: a directory
/// reached a second time (a symlink cycle, or a second link to it).
#[derive(Debug)]
pub struct Note {
    /// The path skipped.
    pub path: PathBuf,
    /// What happened, for a message.
    pub message: &'static str,
}

/// Directories already searched: (device, inode) on Unix.
#[derive(Default)]
pub struct Walker {
    #[cfg(unix)]
    seen: HashSet<(u64, u64)>,
    #[cfg(not(unix))]
    seen: HashSet<PathBuf>,
    /// The files found, in order.
    pub inputs: Vec<Input>,
    /// Directories skipped.
    pub notes: Vec<Note>,
}

/// Walks each of `roots` (files or directories) in the order given.
pub fn walk<P: AsRef<Path>>(roots: &[P]) -> Walker {
    let mut walker = Walker::default();
    for root in roots {
        walker.add(root.as_ref());
    }
    walker
}

impl Walker {
    /// Adds `root`: a directory's `*.md` files, or `root` itself (even when
    /// it does not exist or is no regular file: reading it reports that).
    pub fn add(&mut self, root: &Path) {
        match fs::metadata(root) {
            Ok(meta) if meta.is_dir() => self.dir_tree(root, &meta),
            _ => self.inputs.push(Input {
                path: root.to_owned(),
                root_components: root.components().count().saturating_sub(1),
                unlisted: None,
            }),
        }
    }

    /// Whether the directory of `meta` (at `path`) is new; remembers it.
    fn first_visit(&mut self, path: &Path, meta: &fs::Metadata) -> bool {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            let _ = path;
            self.seen.insert((meta.dev(), meta.ino()))
        }
        #[cfg(not(unix))]
        {
            let _ = meta;
            self.seen
                .insert(fs::canonicalize(path).unwrap_or_else(|_| path.to_owned()))
        }
    }

    /// Searches the directory `root` depth first, entries in name order.
    fn dir_tree(&mut self, root: &Path, meta: &fs::Metadata) {
        if !self.first_visit(root, meta) {
            self.skip_seen(root);
            return;
        }
        // A stack of directory listings, each reversed so that `pop` gives
        // the next name: the tree is walked without recursion, however deep.
        let mut stack = vec![self.list(root, root)];
        while let Some(top) = stack.last_mut() {
            let Some((path, name)) = top.pop() else {
                stack.pop();
                continue;
            };
            let is_md = Path::new(&name).extension().is_some_and(|e| e == "md");
            // `symlink_metadata` does not follow a link; `metadata` does,
            // and neither opens anything (a FIFO is not entered).
            let meta = match fs::symlink_metadata(&path) {
                Ok(m) if m.file_type().is_symlink() => fs::metadata(&path),
                other => other,
            };
            match meta {
                Ok(m) if m.is_dir() => {
                    #[cfg(not(unix))]
                    if fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink()) {
                        continue;
                    }
                    if self.first_visit(&path, &m) {
                        stack.push(self.list(&path, root));
                    } else {
                        self.skip_seen(&path);
                    }
                }
                // Regular or not, readable or not, dangling or not: a
                // `*.md` entry is reported on when it is read.
                _ if is_md => self.push(path, root),
                _ => {}
            }
        }
    }

    fn skip_seen(&mut self, path: &Path) {
        self.notes.push(Note {
            path: path.to_owned(),
            message: "directory already searched (a symlink cycle or a second link to it): skipped",
        });
    }

    fn push(&mut self, path: PathBuf, root: &Path) {
        self.inputs.push(Input {
            path,
            root_components: root.components().count(),
            unlisted: None,
        });
    }

    /// The entries of `dir`, sorted by name and reversed; on an error the
    /// directory itself becomes an input that fails.
    fn list(&mut self, dir: &Path, root: &Path) -> Vec<(PathBuf, OsString)> {
        let listed = fs::read_dir(dir).and_then(|entries| {
            entries
                .map(|e| e.map(|e| (e.path(), e.file_name())))
                .collect::<io::Result<Vec<_>>>()
        });
        match listed {
            Ok(mut entries) => {
                entries.sort_by(|a, b| b.1.cmp(&a.1));
                entries
            }
            Err(e) => {
                self.push(dir.to_owned(), root);
                if let Some(input) = self.inputs.last_mut() {
                    input.unlisted = Some(format!("cannot list directory: {e}").into());
                }
                Vec::new()
            }
        }
    }
}

/// What kind of file `meta` describes, for a message.
fn file_kind(meta: &fs::Metadata) -> &'static str {
    let t = meta.file_type();
    if t.is_dir() {
        return "a directory";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "a FIFO";
        }
        if t.is_socket() {
            return "a socket";
        }
        if t.is_block_device() || t.is_char_device() {
            return "a device";
        }
    }
    "not a regular file"
}

/// Opens a regular file for reading without blocking on a FIFO.
fn open_regular(path: &Path) -> io::Result<File> {
    #[allow(unused_mut)]
    let mut options = fs::OpenOptions::new();
    options.read(true);
    // O_NONBLOCK (0o4000 on these architectures) makes opening a FIFO that
    // replaced the file since it was looked at return at once; it does
    // nothing to reading a regular file.
    #[cfg(all(
        any(target_os = "linux", target_os = "android"),
        any(
            target_arch = "x86",
            target_arch = "x86_64",
            target_arch = "arm",
            target_arch = "aarch64",
            target_arch = "riscv64",
            target_arch = "powerpc64",
            target_arch = "s390x",
            target_arch = "loongarch64"
        )
    ))]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(0o4000);
    }
    options.open(path)
}

/// Reads the regular file `path` into `buf` (cleared first), at most
/// `limit + 1` bytes, so that a file over the limit is seen to be without
/// reading it all; returns the file's size as the file system tells it.
/// Never opens anything but a regular file.
///
/// # Errors
///
/// A message for a missing or dangling path, a FIFO, socket, device or
/// directory, and any error opening or reading.
pub fn read_limited(path: &Path, limit: usize, buf: &mut Vec<u8>) -> Result<u64, String> {
    buf.clear();
    let not_regular = |meta: &fs::Metadata| format!("{}, not read", file_kind(meta));
    let meta = fs::metadata(path).map_err(|e| e.to_string())?;
    if !meta.is_file() {
        return Err(not_regular(&meta));
    }
    let file = open_regular(path).map_err(|e| e.to_string())?;
    let meta = file.metadata().map_err(|e| e.to_string())?;
    if !meta.is_file() {
        return Err(not_regular(&meta));
    }
    file.take(limit as u64 + 1)
        .read_to_end(buf)
        .map_err(|e| e.to_string())?;
    Ok(meta.len())
}

/// Whether parsing `input` failed only because it is no snapshot at all:
/// [`MissingTimestamp`](newsnap::ErrorKind::MissingTimestamp) at the first
/// line with text (after a BOM, a front-matter block and blank lines), which
/// then starts with neither `<!--` nor `[`: a README, a PROVENANCE file, a
/// note. An empty or blank file is a snapshot that lost its content, so
/// not this (it fails).
pub fn is_not_snapshot(input: &[u8], err: &newsnap::Error) -> bool {
    if *err.kind() != newsnap::ErrorKind::MissingTimestamp {
        return false;
    }
    let Ok(text) = std::str::from_utf8(input) else {
        return false;
    };
    let offset = err.offset();
    let Some(rest) = text.get(offset..) else {
        return false;
    };
    if rest.trim().is_empty() {
        return false;
    }
    // The first line with text, as the header parser finds it.
    let mut pos = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let mut lines = text[pos..].split_inclusive('\n');
    if let Some(first) = lines.clone().next() {
        if first.trim_end() == "---" {
            pos += first.len();
            lines.next();
            // The front matter up to its closing line.
            for line in lines.by_ref() {
                pos += line.len();
                if line.trim_end() == "---" {
                    break;
                }
            }
        }
    }
    for line in lines {
        if pos >= offset || !line.trim().is_empty() {
            break;
        }
        pos += line.len();
    }
    pos == offset
}

/// A file read and parsed.
pub enum Loaded {
    /// A snapshot.
    Article(Box<newsnap::Article>),
    /// No snapshot at all (see [`is_not_snapshot`]); the parse error.
    NotSnapshot(newsnap::Error),
    /// A snapshot that fails to parse.
    Parse(newsnap::Error),
    /// Larger than the limit: the error of its first `limit + 1` bytes
    /// (position and limit; see [`too_large_kind`]) and the file's size.
    TooLarge(newsnap::Error, u64),
    /// Not read (see [`read_limited`]), or a directory not listed.
    Io(String),
}

/// Reads and parses one input with `options`, reusing `buf`.
pub fn load(input: &Input, options: &newsnap::ParseOptions, buf: &mut Vec<u8>) -> Loaded {
    if let Some(message) = &input.unlisted {
        return Loaded::Io(message.to_string());
    }
    let limit = options.max_input_size.min(u32::MAX as usize - 1);
    match read_limited(&input.path, limit, buf) {
        Ok(size) => match newsnap::parse_bytes_with(buf, options) {
            Ok(article) => Loaded::Article(Box::new(article)),
            // Only the first `limit + 1` bytes were read: the error the
            // whole file gives, but for its size.
            Err(e) if matches!(e.kind(), newsnap::ErrorKind::InputTooLarge { .. }) => {
                Loaded::TooLarge(e, size.max(buf.len() as u64))
            }
            Err(e) if is_not_snapshot(buf, &e) => Loaded::NotSnapshot(e),
            Err(e) => Loaded::Parse(e),
        },
        Err(message) => Loaded::Io(message),
    }
}

/// The message for a file that failed (or was skipped), as one line:
/// `path:line:column: message` for a parse error, `path: message` else.
pub fn describe(path: &Path, loaded: &Loaded) -> String {
    let path = path.display();
    match loaded {
        Loaded::Article(_) => format!("{path}: ok"),
        Loaded::NotSnapshot(e) => format!(
            "{path}:{}:{}: {} (not a snapshot: the line starts with neither `<!--` nor `[`)",
            e.line(),
            e.column(),
            e.kind()
        ),
        Loaded::Parse(e) => format!("{path}:{}:{}: {}", e.line(), e.column(), e.kind()),
        Loaded::TooLarge(e, size) => {
            let kind = too_large_kind(e, *size);
            format!("{path}:{}:{}: {kind}", e.line(), e.column())
        }
        Loaded::Io(message) => format!("{path}: {message}"),
    }
}

/// The error kind of a file of `size` bytes, from the error `e` of its head.
pub fn too_large_kind(e: &newsnap::Error, size: u64) -> newsnap::ErrorKind {
    match e.kind() {
        newsnap::ErrorKind::InputTooLarge { limit, .. } => newsnap::ErrorKind::InputTooLarge {
            size: usize::try_from(size).unwrap_or(usize::MAX),
            limit: *limit,
        },
        other => other.clone(),
    }
}

/// `skipped 1 file that is not a snapshot`, `skipped 2 files that are not snapshots`.
pub fn skipped_message(n: usize) -> String {
    if n == 1 {
        "skipped 1 file that is not a snapshot (--strict to report it)".to_owned()
    } else {
        format!("skipped {n} files that are not snapshots (--strict to report them)")
    }
}

/// Writes `target`, refusing to replace the snapshot it was rendered from.
pub fn write_file(target: &Path, source: &Path, contents: &str) -> io::Result<()> {
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
