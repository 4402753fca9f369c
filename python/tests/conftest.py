"""Shared fixtures: the repository, the corpus, and the Rust side's JSON.

The corpus is ``../shared/corpus`` beside the repository (found from this
file, not from the working directory); tests that need it are skipped with a
message when it is absent. The reference JSON comes from the Rust example
``snapshot2json``, built and run with cargo from the repository root.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "corpus"
SEED_FILE = REPO / "examples" / "data" / "seed.md"


def corpus_files() -> list[Path]:
    """Every snapshot of the corpus, in name order (PROVENANCE.md and the
    manifest are not snapshots)."""
    return sorted(p for p in CORPUS.rglob("*.md") if p.name != "PROVENANCE.md")


@pytest.fixture(scope="session")
def corpus() -> list[Path]:
    if not CORPUS.is_dir():
        pytest.skip(f"no corpus at {CORPUS} (the repository's ../shared/corpus)")
    files = corpus_files()
    assert len(files) > 300, f"only {len(files)} snapshots in {CORPUS}"
    return files


def run_snapshot2json(paths: list[Path]) -> dict[str, dict]:
    """The JSON Lines of ``cargo run --release --example snapshot2json --
    PATHS``, by path as given."""
    if shutil.which("cargo") is None:
        pytest.skip("cargo is not on PATH: cannot run the Rust snapshot2json example")
    # --strict: a line for every file, those that are no snapshot at all too.
    cmd = ["cargo", "run", "--quiet", "--release", "--example", "snapshot2json", "--", "--strict"]
    cmd += [str(p) for p in paths]
    env = dict(os.environ, CARGO_TERM_COLOR="never")
    proc = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True)
    # Status 1 means some file failed; anything else is a failure to run.
    assert proc.returncode in (0, 1), proc.stderr
    # Lines end at "\n" only: str.splitlines() would also cut at U+2028 and
    # the like, which JSON strings hold unescaped.
    lines = [json.loads(line) for line in proc.stdout.split("\n") if line]
    assert len(lines) == len(paths), proc.stderr
    out = {}
    for line in lines:
        out[line.pop("path")] = line
    return out


@pytest.fixture(scope="session")
def corpus_json(corpus: list[Path]) -> dict[str, dict]:
    return run_snapshot2json(corpus)


@pytest.fixture(scope="session")
def seed_json() -> dict:
    return run_snapshot2json([SEED_FILE])[str(SEED_FILE)]
