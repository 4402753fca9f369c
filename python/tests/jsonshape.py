"""The JSON ``snapshot2json`` writes, rebuilt from an Article's typed
attributes alone (not from ``to_dict()``), so that comparing it with the
Rust side's output checks every attribute's value and type."""

from __future__ import annotations

import datetime as dt
from typing import Any, Optional

import newsnap

UTC = dt.timezone.utc


def instant(value: Optional[dt.datetime]) -> Optional[str]:
    """chrono's RFC 3339 for a UTC instant: ``Z``, and a fraction only when
    there is one, in groups of 3 digits."""
    if value is None:
        return None
    assert isinstance(value, dt.datetime), value
    assert value.tzinfo is not None and value.utcoffset() == dt.timedelta(0), value
    return clock(value) + "Z"


def clock(value: dt.datetime) -> str:
    """Date and time as chrono writes them: a fraction only when there is
    one, in digits by groups of 3 (``%.f``)."""
    out = value.strftime("%Y-%m-%dT%H:%M:%S")
    if value.microsecond:
        frac = f"{value.microsecond:06d}"
        out += "." + (frac[:3] if frac.endswith("000") else frac)
    return out


def local(value: Any) -> str:
    """A wall-clock time as chrono's serde writes a NaiveDate / NaiveDateTime."""
    if isinstance(value, dt.datetime):
        assert value.tzinfo is None, value
        return clock(value)
    assert isinstance(value, dt.date), value
    return value.isoformat()


def offset(value: Optional[dt.timedelta]) -> Optional[str]:
    if value is None:
        return None
    assert isinstance(value, dt.timedelta), value
    seconds = int(value.total_seconds())
    sign = "-" if seconds < 0 else "+"
    h, m = divmod(abs(seconds) // 60, 60)
    return f"{sign}{h:02d}:{m:02d}"


def block(b: newsnap.Block) -> dict:
    assert isinstance(b, newsnap.Block)
    out: dict[str, Any] = {"kind": b.kind}
    if b.kind == "heading":
        assert b.level in range(1, 7)
        out["level"] = b.level
    else:
        assert b.level is None
    out["text"] = b.text
    out["links"] = [{"text": link.text, "url": link.url} for link in b.links]
    return out


def warning(w: newsnap.Warning) -> dict:
    assert isinstance(w, newsnap.Warning)
    out: dict[str, Any] = {"code": w.code, "message": w.message}
    if w.count is not None:
        out["count"] = w.count
    if w.text is not None:
        out["text"] = w.text
    if w.code == "unreadable_timestamp":
        out["fallback"] = w.fallback
    else:
        assert w.fallback is None
    if w.value is not None:
        out["value"] = w.value
    return out


def article(a: newsnap.Article) -> dict:
    """What ``snapshot2json`` writes for ``a``, less ``path``."""
    out: dict[str, Any] = {"timestamp": instant(a.timestamp)}
    if a.timestamp_raw is not None:
        out["timestamp_raw"] = a.timestamp_raw
    p = a.published
    out.update(
        title=a.title,
        url=a.url,
        url_decoded=a.url_decoded,
        outlet=a.outlet,
        language=a.language,
        published=None
        if p is None
        else {
            "raw": p.raw,
            "local": local(p.local),
            "utc_offset": offset(p.utc_offset),
            "instant": instant(p.instant),
        },
        byline=a.byline,
        lead=a.lead,
        blocks=[block(b) for b in a.blocks],
        images=[
            {
                "url": i.url,
                "original_url": i.original_url,
                "alt": i.alt,
                "caption": i.caption,
                "credit": i.credit,
                "position": i.position,
            }
            for i in a.images
        ],
        videos=[
            {"url": v.url, "poster": v.poster, "caption": v.caption, "position": v.position}
            for v in a.videos
        ],
        share_links=[
            {"platform": s.platform, "url": s.url, "target": s.target} for s in a.share_links
        ],
        feed_footer=None
        if a.feed_footer is None
        else {"service": a.feed_footer.service, "links": a.feed_footer.links},
        boilerplate=a.boilerplate,
        front_matter=a.front_matter,
        body_html=a.body_html,
        warnings=[warning(w) for w in a.warnings],
    )
    if a.other_images:
        out["other_images"] = [
            {"url": i.url, "alt": i.alt, "kind": i.kind} for i in a.other_images
        ]
    if a.audio:
        out["audio"] = [
            {"url": s.url, "caption": s.caption, "position": s.position} for s in a.audio
        ]
    return out
