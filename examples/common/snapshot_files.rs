//! Shared by the examples: the snapshot files below a directory.

use std::io;
use std::path::{Path, PathBuf};

/// The `*.md` files below `dir`, recursively, sorted by path.
pub fn markdown_files(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut pending = vec![dir.to_owned()];
    let mut found = Vec::new();
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir)? {
            let entry = entry?;
            let p = entry.path();
            if entry.file_type()?.is_dir() {
                pending.push(p);
            } else if p.extension().is_some_and(|e| e == "md") {
                found.push(p);
            }
        }
    }
    found.sort();
    Ok(found)
}
