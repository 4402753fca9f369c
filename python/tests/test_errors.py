"""Errors: kinds and positions as the Rust side reports them."""

from __future__ import annotations

import errno
import pickle

import pytest

import newsnap
from conftest import run_snapshot2json

# Malformed envelopes, one per error kind that input can produce.
BAD = {
    "missing_timestamp": b"no snapshot here\n",
    "missing_dashes": b"<!--1699308901000-->\n[t](https://example.com/)\nbody\n",
    "missing_title_link": b"<!--1-->\nnot a link\n",
    "malformed_title_link": b"<!--1-->\n[unclosed title\n---\n",
    "invalid_url": b"<!--1-->\n[t](http://)\n---\n",
    "not_utf8": b"<!--1-->\n[\xff](https://a.example/)\n---\n",
    "unclosed_front_matter": b"---\ntitle: x\n",
    "bom_then_missing_dashes": b"\xef\xbb\xbf<!--1-->\n[\xe6\xa0\x87\xe9\xa2\x98](https://a.example/)\n\xe6\xad\xa3\xe6\x96\x87\n",
}


def test_readme_example():
    with pytest.raises(newsnap.ParseError) as info:
        newsnap.parse("<!--1699308901000-->\n[t](https://example.com/)\nbody\n")
    e = info.value
    assert isinstance(e, ValueError)
    assert str(e) == "missing dashes line after the title link at line 3, column 1"
    assert (e.kind, e.offset, e.line, e.column, e.path) == ("missing_dashes", 47, 3, 1, None)


@pytest.fixture(scope="module")
def bad_files(tmp_path_factory):
    root = tmp_path_factory.mktemp("bad")
    paths = {}
    for name, data in BAD.items():
        path = root / f"{name}.md"
        path.write_bytes(data)
        paths[name] = path
    return paths


@pytest.fixture(scope="module")
def rust_errors(bad_files):
    out = run_snapshot2json(list(bad_files.values()))
    return {name: out[str(path)]["error"] for name, path in bad_files.items()}


def as_json(e: newsnap.ParseError) -> dict:
    return {"kind": e.kind, "message": str(e), "offset": e.offset, "line": e.line, "column": e.column}


@pytest.mark.parametrize("name", list(BAD))
def test_errors_match_snapshot2json(name, bad_files, rust_errors):
    expected = rust_errors[name]
    if not name.startswith("bom"):
        assert expected["kind"] == name
    # From bytes, from str where the input is text, from the file, and from parse_many.
    with pytest.raises(newsnap.ParseError) as info:
        newsnap.parse(BAD[name])
    assert as_json(info.value) == expected
    assert info.value.path is None
    try:
        text = BAD[name].decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        with pytest.raises(newsnap.ParseError) as info:
            newsnap.parse(text)
        if not name.startswith("bom"):
            assert as_json(info.value) == expected
    with pytest.raises(newsnap.ParseError) as info:
        newsnap.parse_file(bad_files[name])
    assert as_json(info.value) == expected
    assert info.value.path == str(bad_files[name])
    (result,) = newsnap.parse_many([bad_files[name]])
    assert isinstance(result, newsnap.ParseError)
    assert as_json(result) == expected


def test_positions_count_characters():
    with pytest.raises(newsnap.ParseError) as info:
        newsnap.parse("<!--1-->\n[标题](https://a.example/)\n正文\n")
    e = info.value
    assert (e.kind, e.line, e.column) == ("missing_dashes", 3, 1)
    assert e.offset == len("<!--1-->\n[标题](https://a.example/)\n".encode())


def test_parse_error_pickles():
    with pytest.raises(newsnap.ParseError) as info:
        newsnap.parse(BAD["missing_dashes"])
    e = pickle.loads(pickle.dumps(info.value))
    assert type(e) is newsnap.ParseError
    assert (e.kind, e.offset, e.line, e.column) == ("missing_dashes", 47, 3, 1)


def test_missing_file_is_file_not_found(tmp_path):
    missing = tmp_path / "missing.md"
    with pytest.raises(FileNotFoundError) as info:
        newsnap.parse_file(missing)
    assert info.value.errno == errno.ENOENT
    assert info.value.filename == str(missing)


def test_directory_is_an_os_error(tmp_path):
    with pytest.raises(OSError) as info:
        newsnap.parse_file(tmp_path)
    assert info.value.errno == errno.EISDIR


def test_type_errors():
    with pytest.raises(TypeError):
        newsnap.parse(42)
    with pytest.raises(TypeError):
        newsnap.parse_file(42)


def test_from_json_rejects_what_is_no_article():
    with pytest.raises(ValueError):
        newsnap.Article.from_json('{"title": "x"}')
