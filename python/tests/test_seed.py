"""The seed snapshot (examples/data/seed.md): every field against the Rust
side, and the values the README promises."""

from __future__ import annotations

import datetime as dt
import pickle

import jsonshape
import newsnap
from conftest import SEED_FILE

UTC = dt.timezone.utc


def test_seed_constant_is_the_sample_file():
    assert newsnap.SEED == SEED_FILE.read_text(encoding="utf-8")


def test_every_seed_field_matches_snapshot2json(seed_json):
    article = newsnap.parse_file(SEED_FILE)
    assert article.to_dict() == seed_json
    # The typed attributes, rebuilt into JSON on their own.
    assert jsonshape.article(article) == seed_json
    # Field by field, for a readable failure.
    for name, value in seed_json.items():
        assert jsonshape.article(article)[name] == value, name


def test_seed_values():
    a = newsnap.parse(newsnap.SEED)
    assert a.title == "白宫：拜登与内塔尼亚胡讨论战术性停火可能性"
    assert a.outlet == "rfi"
    assert a.language == "zh-Hans"
    assert a.url_decoded == "https://www.rfi.fr/cn/中国/20231106-白宫-拜登与内塔尼亚胡讨论战术性停火可能性"
    assert a.url.startswith("https://www.rfi.fr/cn/%E4%B8%AD%E5%9B%BD/")
    assert a.timestamp == dt.datetime(2023, 11, 6, 22, 15, 1, tzinfo=UTC)
    assert a.timestamp.tzinfo is not None and a.timestamp.utcoffset() == dt.timedelta(0)
    assert a.timestamp_raw is None
    p = a.published
    assert isinstance(p, newsnap.Published)
    assert p.raw == "06/11/2023 - 22:40"
    assert p.local == dt.datetime(2023, 11, 6, 22, 40)
    assert p.utc_offset == dt.timedelta(hours=1)
    assert p.instant == dt.datetime(2023, 11, 6, 21, 40, tzinfo=UTC)
    assert a.lead.startswith("法新社消息")
    assert len(a.blocks) == 8
    assert all(b.kind == "paragraph" and b.level is None for b in a.blocks)
    assert a.blocks[0].text.startswith("白宫的声明称")
    assert all(b.links == [] for b in a.blocks)
    assert len(a.images) == 1
    assert a.images[0].url.endswith("AP23078785231394-1-1.jpg")
    assert a.images[0].position == 0  # before the lead, as after it
    assert a.videos == [] and a.audio == []
    assert len(a.share_links) == 4
    assert a.share_links[0].platform == "facebook"
    assert a.share_links[0].target == "https://rfi.my/A54v.F"
    assert a.feed_footer.service == "feedx"
    assert a.feed_footer.links[1] == "https://feedx.best/"
    assert a.warnings == []
    assert a.front_matter is None
    assert a.body_html in newsnap.SEED


def test_conveniences():
    a = newsnap.parse(newsnap.SEED)
    d = a.date()
    assert isinstance(d, newsnap.ArticleDate)
    assert (d.date, d.source) == (dt.date(2023, 11, 6), "published_instant")
    assert d.instant == dt.datetime(2023, 11, 6, 21, 40, tzinfo=UTC)
    text = a.plain_text()
    assert text.startswith("法新社消息，") and "https://" not in text
    assert len(text.split("\n\n")) == 1 + len(a.blocks)
    assert a.plain_text(captions=True) == text  # the seed has no captions
    assert a.to_markdown().startswith("# 白宫：拜登与内塔尼亚胡讨论战术性停火可能性\n\n")
    assert a.to_text().startswith("白宫：拜登与内塔尼亚胡讨论战术性停火可能性\n06/11/2023 - 22:40")
    assert newsnap.parse(a.to_snapshot()) == a
    assert a.to_dict() == __import__("json").loads(a.to_json())


def test_media_positions_and_audio():
    a = newsnap.parse(
        "<!--0-->\n[T](https://www.voachinese.com/a/1.html)\n------\n\n"
        '<p>一</p><img src="/a.jpg"><p>二</p><audio src="/a.mp3"></audio>'
        "<div><small>录音</small></div><p>三</p>"
    )
    assert [i.position for i in a.images] == [1]
    (sound,) = a.audio
    assert isinstance(sound, newsnap.Audio)
    assert (sound.url, sound.caption, sound.position) == (
        "https://www.voachinese.com/a.mp3",
        "录音",
        2,
    )
    assert repr(sound).startswith("Audio(")
    assert a.to_dict()["audio"] == [
        {"url": sound.url, "caption": "录音", "position": 2}
    ]
    assert "audio" not in newsnap.parse(newsnap.SEED).to_dict()


def test_bytes_and_str_and_pathlike_agree(tmp_path):
    a = newsnap.parse(newsnap.SEED)
    assert newsnap.parse(newsnap.SEED.encode()) == a
    assert newsnap.parse(b"\xef\xbb\xbf" + newsnap.SEED.encode()).title == a.title
    assert newsnap.parse_file(str(SEED_FILE)) == a
    assert newsnap.parse_file(SEED_FILE) == a


def test_objects_are_frozen_comparable_and_printable():
    a = newsnap.parse(newsnap.SEED)
    assert a == newsnap.parse(newsnap.SEED)
    assert a.blocks[0] == newsnap.parse(newsnap.SEED).blocks[0]
    assert hash(a.blocks[0]) == hash(newsnap.parse(newsnap.SEED).blocks[0])
    for obj in [a, a.published, a.blocks[0], a.images[0], a.share_links[0], a.feed_footer, a.date()]:
        r = repr(obj)
        assert r.startswith(type(obj).__name__ + "("), r
        try:
            obj.title = "x"
        except AttributeError:
            pass
        else:
            raise AssertionError(f"{type(obj).__name__} is not frozen")
    assert "outlet='rfi'" in repr(a)
    assert pickle.loads(pickle.dumps(a)) == a


def test_block_kinds_and_links():
    snapshot = (
        "<!--1593701711000-->\n[T](https://www.dw.com/zh/a)\n---\n\n"
        '<h2>标题</h2><p>一 <a href="/b">链接</a></p><blockquote>引</blockquote>'
        "<ul><li>项</li></ul>"
    )
    a = newsnap.parse(snapshot)
    assert [(b.kind, b.level) for b in a.blocks] == [
        ("heading", 2),
        ("paragraph", None),
        ("quote", None),
        ("list_item", None),
    ]
    link = a.blocks[1].links[0]
    assert (link.text, link.url) == ("链接", "https://www.dw.com/b")
    assert repr(link) == "Link(text='链接', url='https://www.dw.com/b')"


def test_nan_timestamp_and_warnings():
    a = newsnap.parse("<!--NaN-->\n[T](https://a.example/2024/03/05/x.html)\n---\n\n<p>x</p>")
    assert a.timestamp_raw == "NaN"
    assert a.timestamp == dt.datetime(2024, 3, 5, tzinfo=UTC)
    (w,) = a.warnings
    assert (w.code, w.text, w.fallback, w.count, w.value) == ("unreadable_timestamp", "NaN", "url", None, None)
    assert "NaN" in w.message
    a = newsnap.parse("<!--NaN-->\n[T](https://a.example/x)\n---\n")
    assert a.timestamp is None and a.date() is None
    assert a.warnings[0].fallback is None
    a = newsnap.parse("<!--1599564195-->\n[T](https://a.example/)\n---\n")
    assert (a.warnings[0].code, a.warnings[0].value) == ("timestamp_in_seconds", 1599564195)
    assert a.to_dict()["warnings"] == [jsonshape.warning(w) for w in a.warnings]


def test_date_falls_back_to_the_timestamp():
    # No date line in the body: the feed's timestamp is the date.
    a = newsnap.parse(
        "<!--1593701711000-->\n[T](https://www.bbc.com/zhongwen/simp/a)\n---\n\n"
        "<p>x</p>"
    )
    assert a.published is None
    assert a.date().source == "timestamp"
    assert a.date().date == dt.date(2020, 7, 2)
