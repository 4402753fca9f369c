"""parse_many: order, errors in place, laziness, arguments."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import pytest

import newsnap
from conftest import SEED_FILE


@pytest.fixture()
def files(tmp_path):
    """Good and bad files, and a missing one, interleaved."""
    good = []
    for i in range(40):
        path = tmp_path / f"{i:02d}.md"
        path.write_text(
            f"<!--1593701711000-->\n[标题 {i}](https://www.dw.com/zh/a-{i})\n---\n\n<p>正文 {i}。</p>\n",
            encoding="utf-8",
        )
        good.append(path)
    bad = tmp_path / "bad.md"
    bad.write_text("<!--1-->\nnot a link\n", encoding="utf-8")
    missing = tmp_path / "missing.md"
    return good[:10] + [missing] + good[10:25] + [bad] + good[25:], missing, bad


@pytest.mark.parametrize("threads", [1, 2, 3, None])
def test_order_and_errors_in_place(files, threads):
    paths, missing, bad = files
    results = list(newsnap.parse_many(paths, threads=threads))
    assert len(results) == len(paths)
    for path, result in zip(paths, results):
        if path == missing:
            assert isinstance(result, FileNotFoundError)
            assert isinstance(result, OSError)
            assert result.filename == str(missing)
        elif path == bad:
            assert isinstance(result, newsnap.ParseError)
            assert (result.kind, result.line, result.column) == ("missing_title_link", 2, 1)
            assert result.path == str(bad)
        else:
            assert isinstance(result, newsnap.Article)
            assert result.url.endswith("/a-" + str(int(path.stem)))


def test_results_are_returned_not_raised(files):
    paths, missing, _ = files
    it = newsnap.parse_many([missing, missing])
    assert isinstance(next(it), OSError)
    assert isinstance(next(it), OSError)
    with pytest.raises(StopIteration):
        next(it)


def test_it_is_an_iterator():
    it = newsnap.parse_many([SEED_FILE])
    assert iter(it) is it
    assert it.threads >= 1
    assert repr(it).startswith("<newsnap.ParseMany")
    assert next(it) == newsnap.parse(newsnap.SEED)
    assert list(it) == []
    assert list(newsnap.parse_many([])) == []


def test_accepts_any_iterable_of_paths():
    expected = newsnap.parse(newsnap.SEED)
    for paths in (
        [SEED_FILE],
        (str(SEED_FILE),),
        (p for p in [SEED_FILE]),
        [os.fspath(SEED_FILE)],
    ):
        assert list(newsnap.parse_many(paths, threads=1)) == [expected]


def test_reads_paths_lazily_a_bounded_window_ahead():
    pulled = 0

    def paths():
        nonlocal pulled
        for _ in range(100_000):
            pulled += 1
            yield SEED_FILE

    it = newsnap.parse_many(paths(), threads=2)
    assert pulled == 0  # nothing happens before the first next()
    first = next(it)
    assert isinstance(first, newsnap.Article)
    assert 1 <= pulled <= 100, pulled  # 32 per thread ahead, give or take a chunk
    for _ in itertools.islice(it, 500):
        pass
    assert pulled <= 501 + 100, pulled


def test_bad_arguments(files):
    paths, _, _ = files
    with pytest.raises(ValueError):
        newsnap.parse_many(paths, threads=0)
    with pytest.raises(TypeError):
        newsnap.parse_many(str(SEED_FILE))
    with pytest.raises(TypeError):
        newsnap.parse_many(42)
    # A non-path is raised in its place, after the results before it.
    it = newsnap.parse_many([SEED_FILE, 42, SEED_FILE])
    assert isinstance(next(it), newsnap.Article)
    with pytest.raises(TypeError):
        next(it)
    assert list(it) == []


def test_an_iterable_that_raises_raises_in_place():
    def paths():
        yield SEED_FILE
        raise KeyError("boom")

    it = newsnap.parse_many(paths())
    assert isinstance(next(it), newsnap.Article)
    with pytest.raises(KeyError):
        next(it)


def test_abandoned_iterator_is_fine():
    it = newsnap.parse_many([SEED_FILE] * 1000, threads=2)
    next(it)
    del it  # workers stop by themselves


def test_pathlib_only_input_with_many_threads(tmp_path):
    paths = [Path(SEED_FILE)] * 50
    results = list(newsnap.parse_many(paths, threads=8))
    assert len(results) == 50 and all(r == results[0] for r in results)
