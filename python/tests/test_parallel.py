"""The GIL is released while Rust reads and parses, and parse_many
parses on its worker threads, in input order."""

from __future__ import annotations

import os
import threading
import time

import pytest

import newsnap
from conftest import CORPUS, SEED_FILE, corpus_files


@pytest.fixture(scope="module")
def big_snapshot(tmp_path_factory) -> tuple[str, str]:
    """A 24 MB snapshot (the size limit is 32 MiB): long enough to parse
    that a Python thread's progress during one call is plain to see."""
    body = ("<p>" + "正文 " * 20 + "</p>") * 200_000
    text = newsnap.SEED + body
    path = tmp_path_factory.mktemp("big") / "big.md"
    path.write_text(text, encoding="utf-8")
    return text, str(path)


def ticks_during(call) -> tuple[int, float]:
    """Runs `call` while a Python thread spins, noting the time every 1,000
    turns; returns how many notes fall inside the call (its first and last
    20 ms left out) and how long the call took. A call that held the GIL
    would leave none."""
    stop = threading.Event()
    notes: list[float] = []

    def spin():
        n = 0
        while not stop.is_set():
            n += 1
            if n % 1000 == 0:
                notes.append(time.perf_counter())

    spinner = threading.Thread(target=spin)
    spinner.start()
    try:
        time.sleep(0.05)
        start = time.perf_counter()
        call()
        end = time.perf_counter()
    finally:
        stop.set()
        spinner.join()
    inside = [t for t in notes if start + 0.02 < t < end - 0.02]
    return len(inside), end - start


@pytest.mark.parametrize("how", ["parse_str", "parse_bytes", "parse_file", "parse_many"])
def test_gil_is_released_while_parsing(big_snapshot, how):
    text, path = big_snapshot
    data = text.encode()
    calls = {
        "parse_str": lambda: newsnap.parse(text),
        "parse_bytes": lambda: newsnap.parse(data),
        "parse_file": lambda: newsnap.parse_file(path),
        "parse_many": lambda: next(newsnap.parse_many([path], threads=1)),
    }
    ticks, took = ticks_during(calls[how])
    assert took > 0.08, f"the call took only {took:.3f} s: make the snapshot bigger"
    assert ticks >= 5, f"a Python thread made no progress during a {took:.2f} s {how} call"


def os_threads() -> int:
    """The threads of this process, as Linux lists them."""
    return len(os.listdir("/proc/self/task"))


@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="needs Linux's /proc")
def test_two_threads_are_two_workers_and_keep_the_order():
    """threads=2 parses on two worker threads, and yields what threads=1
    yields, in the same order. How much faster two threads are is measured
    in python/benches/ (BENCHMARKS.md), not asserted here: a timed test
    fails whenever the machine is busy."""
    files = corpus_files() if CORPUS.is_dir() else [SEED_FILE] * 400
    paths = files * 3
    before = os_threads()
    results = newsnap.parse_many(paths, threads=2)
    first = next(results)
    during = os_threads()
    two = [first, *results]
    one = list(newsnap.parse_many(paths, threads=1))
    assert during >= before + 2, f"{during} threads while parsing, {before} before"
    assert len(one) == len(two) == len(paths)
    key = lambda r: r.to_dict() if isinstance(r, newsnap.Article) else repr(r)
    assert [key(r) for r in one] == [key(r) for r in two]
