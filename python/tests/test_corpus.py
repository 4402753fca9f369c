"""The whole corpus: the Python side gives what snapshot2json gives."""

from __future__ import annotations

import jsonshape
import newsnap


def test_to_dict_equals_snapshot2json_for_every_file(corpus, corpus_json):
    mismatched = []
    for path in corpus:
        expected = corpus_json[str(path)]
        assert "error" not in expected, (path, expected)
        if newsnap.parse_file(path).to_dict() != expected:
            mismatched.append(path)
    assert mismatched == [], f"{len(mismatched)} of {len(corpus)} files differ"


def test_typed_attributes_equal_snapshot2json_for_every_file(corpus, corpus_json):
    mismatched = []
    for path in corpus:
        article = newsnap.parse_file(path)
        if jsonshape.article(article) != corpus_json[str(path)]:
            mismatched.append(path)
    assert mismatched == [], f"{len(mismatched)} of {len(corpus)} files differ"


def test_parse_many_equals_parse_file(corpus):
    one_by_one = [newsnap.parse_file(p) for p in corpus]
    assert list(newsnap.parse_many(corpus, threads=2)) == one_by_one
    assert list(newsnap.parse_many(map(str, corpus), threads=1)) == one_by_one



def test_snapshot2json_lines_read_back_and_pickle(corpus, corpus_json):
    import json
    import pickle

    for path in corpus:
        article = newsnap.parse_file(path)
        line = json.dumps(dict(corpus_json[str(path)], path=str(path)), ensure_ascii=False)
        assert newsnap.Article.from_json(line) == article, path
        assert pickle.loads(pickle.dumps(article)) == article, path
