//! A file tree as unattended archive walks meet them, for `tests/walk.rs`
//! and `tests/cli.rs` (included with `#[path]`). Standard library only.

use std::fs;
use std::path::{Path, PathBuf};

/// A directory under the system's temporary directory, removed on drop.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(name: &str) -> Self {
        static COUNT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = COUNT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("newsnap-{name}-{}-{n}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("temporary directory");
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        // Give back the permissions taken away, so that a user other than
        // root can remove the tree.
        #[cfg(unix)]
        for dir in ["locked-dir", "no-x-dir"] {
            use std::os::unix::fs::PermissionsExt;
            let _ = fs::set_permissions(self.0.join(dir), fs::Permissions::from_mode(0o755));
        }
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// A small snapshot.
pub fn snapshot(n: usize) -> String {
    format!(
        "<!--1593701711000-->\n[标题 {n}](https://www.dw.com/zh/a-{n})\n------\n\n<p>正文 {n}。</p>\n"
    )
}

/// The size limit the tests run with, and the size of `big.md` above it.
pub const LIMIT: usize = 4096;
/// `huge.md`: a sparse file of 10 GiB, of which at most `LIMIT + 1` bytes
/// may be read.
pub const HUGE: u64 = 10 << 30;

/// What the tree holds, by the file name of each input in it.
pub struct Tree {
    pub dir: TempDir,
    /// Whether `locked.md` (mode 000) can be read anyway (root can).
    pub locked_readable: bool,
}

/// Builds the tree:
///
/// - `a.md`, `sub/b.md`, `x.md/inner.md`: snapshots (`x.md` is a directory);
/// - `README.md`: not a snapshot; `empty.md`: 0 bytes; `garbage.md`: not UTF-8;
/// - `big.md`: a snapshot over [`LIMIT`]; `huge.md`: a 10 GiB sparse file;
/// - Unix: `link.md` → `a.md` (a link to a file, followed); `dangling.md` →
///   nowhere; `loop` → `.` and `sub/up` → `..` (cycles); `y.md`: a FIFO;
///   `locked.md`: mode 000; `locked-dir/c.md` in a directory of mode 000;
///   `no-x-dir/d.md` in a directory of mode 600 (listable, not searchable);
/// - Linux: `bad\xff.md` (a file name that is not UTF-8), a snapshot;
///   `proc.md` → `/proc/self/mem`, a regular file whose reading fails even
///   for root.
pub fn build() -> Tree {
    let dir = TempDir::new("hostile");
    let root = &dir.0;
    let write = |path: &str, contents: &[u8]| {
        let path = root.join(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, contents).unwrap();
    };
    write("a.md", snapshot(1).as_bytes());
    write("sub/b.md", snapshot(2).as_bytes());
    write("x.md/inner.md", snapshot(3).as_bytes());
    write("README.md", b"# An archive\n\nSnapshots of news.\n");
    write("empty.md", b"");
    write(
        "garbage.md",
        b"<!--1-->\n[\xff\xfe](https://a.example/)\n---\n",
    );
    write("not-md.txt", b"ignored");
    let mut big = snapshot(4);
    while big.len() <= LIMIT * 2 {
        big.push_str("<p>更多正文。</p>\n");
    }
    write("big.md", big.as_bytes());
    let huge = fs::File::create(root.join("huge.md")).unwrap();
    huge.set_len(HUGE).unwrap();
    drop(huge);

    #[cfg(not(unix))]
    let locked_readable = true;
    #[cfg(unix)]
    let locked_readable = {
        use std::os::unix::fs::{symlink, PermissionsExt};
        symlink(root.join("a.md"), root.join("link.md")).unwrap();
        symlink(root.join("nowhere"), root.join("dangling.md")).unwrap();
        symlink(".", root.join("loop")).unwrap();
        symlink("..", root.join("sub/up")).unwrap();
        let fifo = std::process::Command::new("mkfifo")
            .arg(root.join("y.md"))
            .status();
        assert!(fifo.is_ok_and(|s| s.success()), "mkfifo");
        write("locked.md", snapshot(5).as_bytes());
        fs::set_permissions(root.join("locked.md"), fs::Permissions::from_mode(0o000)).unwrap();
        let readable = fs::File::open(root.join("locked.md")).is_ok();
        write("locked-dir/c.md", snapshot(6).as_bytes());
        fs::set_permissions(root.join("locked-dir"), fs::Permissions::from_mode(0o000)).unwrap();
        write("no-x-dir/d.md", snapshot(7).as_bytes());
        fs::set_permissions(root.join("no-x-dir"), fs::Permissions::from_mode(0o600)).unwrap();
        readable
    };
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::ffi::OsStrExt;
        let name = std::ffi::OsStr::from_bytes(b"bad\xff.md");
        fs::write(root.join(name), snapshot(8)).unwrap();
        std::os::unix::fs::symlink("/proc/self/mem", root.join("proc.md")).unwrap();
    }
    Tree {
        dir,
        locked_readable,
    }
}

impl Tree {
    pub fn root(&self) -> &Path {
        &self.dir.0
    }
}
