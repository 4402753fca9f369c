"""Type stubs of the native module; ``newsnap`` re-exports all of it."""

import datetime
import os
from typing import Any, Iterable, Iterator, Literal, Optional, Union, final

__all__ = [
    "parse",
    "parse_file",
    "parse_many",
    "Article",
    "Published",
    "Block",
    "Link",
    "Image",
    "OtherImage",
    "Video",
    "Audio",
    "ShareLink",
    "FeedFooter",
    "Warning",
    "ArticleDate",
    "ParseMany",
    "ParseError",
    "SEED",
]

SEED: str
"""A real snapshot (RFI, 6 November 2023), the sample the examples use."""

_BlockKind = Literal[
    "paragraph", "heading", "quote", "list_item", "caption", "separator", "preformatted"
]
_DateSource = Literal["published_instant", "published_local", "timestamp"]
_TimestampFallback = Literal["front_matter", "published", "url"]
_StrPath = Union[str, "os.PathLike[str]"]

class ParseError(ValueError):
    """A snapshot whose envelope (timestamp comment, title link, dashes
    line) is malformed. ``str(e)`` is the message with its position, e.g.
    ``missing dashes line after the title link at line 3, column 1``."""

    kind: str
    """A stable snake_case name: ``not_utf8``, ``input_too_large``,
    ``unclosed_front_matter``, ``missing_timestamp``, ``invalid_timestamp``,
    ``timestamp_out_of_range``, ``missing_title_link``,
    ``malformed_title_link``, ``invalid_url``, ``missing_dashes``."""
    offset: int
    """Byte offset into the input (a UTF-8 BOM included) of the first wrong byte."""
    line: int
    """1-based line of ``offset``."""
    column: int
    """1-based column, in characters, of ``offset``."""
    path: Optional[str]
    """The file, for ``parse_file`` and ``parse_many``; else None."""

@final
class Published:
    """The body's date line."""

    @property
    def raw(self) -> str:
        """The date text as found."""
    @property
    def local(self) -> Union[datetime.datetime, datetime.date]:
        """The wall-clock time the line states: a naive datetime, or a date
        when the line gives no time."""
    @property
    def utc_offset(self) -> Optional[datetime.timedelta]:
        """The offset from UTC of that wall-clock time, when the outlet's zone is known."""
    @property
    def instant(self) -> Optional[datetime.datetime]:
        """The instant (timezone-aware, UTC), only when the zone is known."""

@final
class Link:
    """A link inside a block."""

    @property
    def text(self) -> str: ...
    @property
    def url(self) -> str:
        """The href, resolved against the article URL."""

@final
class Block:
    """A block of article text."""

    @property
    def kind(self) -> _BlockKind: ...
    @property
    def level(self) -> Optional[int]:
        """1 to 6 for a heading, else None."""
    @property
    def ordinal(self) -> Optional[int]:
        """A list item's number in an ordered list, else None."""
    @property
    def depth(self) -> Optional[int]:
        """A list item's depth (1 for a top-level list), else None."""
    @property
    def text(self) -> str:
        """Entities decoded, white space collapsed and trimmed, ``<br>`` as ``\\n``."""
    @property
    def links(self) -> list[Link]: ...

@final
class Image:
    """A content image."""

    @property
    def url(self) -> str:
        """The image as the body references it, absolute."""
    @property
    def original_url(self) -> Optional[str]:
        """The image behind a proxy such as images.weserv.nl."""
    @property
    def alt(self) -> Optional[str]: ...
    @property
    def caption(self) -> Optional[str]: ...
    @property
    def credit(self) -> Optional[str]: ...
    @property
    def position(self) -> int:
        """Where it stood: the index in ``Article.blocks`` of the first block
        after it (0 before the first block, the lead included;
        ``len(blocks)`` after the last)."""

@final
class OtherImage:
    """An image that is not content: a tracking pixel, avatar, icon or QR code."""

    @property
    def url(self) -> str: ...
    @property
    def alt(self) -> Optional[str]: ...
    @property
    def kind(self) -> Literal["tracking_pixel", "avatar", "icon", "qr_code", "promo"]: ...

@final
class Video:
    """A video or embedded player."""

    @property
    def url(self) -> str: ...
    @property
    def poster(self) -> Optional[str]: ...
    @property
    def caption(self) -> Optional[str]: ...
    @property
    def position(self) -> int:
        """Where it stood, as ``Image.position``."""

@final
class Audio:
    """A sound: an ``<audio>`` element or an embedded podcast player."""

    @property
    def url(self) -> str: ...
    @property
    def caption(self) -> Optional[str]: ...
    @property
    def position(self) -> int:
        """Where it stood, as ``Image.position``."""

@final
class ShareLink:
    """A link of the share block."""

    @property
    def platform(self) -> str:
        """``facebook``, ``x``, ``whatsapp``, ``line``, ``telegram``,
        ``weibo``, ``linkedin``, ``email``, ``reddit``, ``pinterest``, or
        the name the share service gives."""
    @property
    def url(self) -> str: ...
    @property
    def target(self) -> Optional[str]:
        """The shared article URL, decoded through every level of nesting."""

@final
class FeedFooter:
    """The promo footer a full-text feed service appends."""

    @property
    def service(self) -> str: ...
    @property
    def links(self) -> list[str]: ...

@final
class Warning:
    """Something odd met while parsing that did not stop the parse."""

    @property
    def code(self) -> Literal[
        "legacy_date_line",
        "depth_limited",
        "too_many_elements",
        "unreadable_date_line",
        "unreadable_timestamp",
        "timestamp_in_seconds",
    ]: ...
    @property
    def message(self) -> str:
        """For people; may change."""
    @property
    def count(self) -> Optional[int]:
        """Start tags dropped (``depth_limited``, ``too_many_elements``)."""
    @property
    def text(self) -> Optional[str]:
        """The unreadable text (``unreadable_date_line``, ``unreadable_timestamp``)."""
    @property
    def fallback(self) -> Optional[_TimestampFallback]:
        """Where the timestamp came from instead (``unreadable_timestamp``)."""
    @property
    def value(self) -> Optional[int]:
        """Line 1's number (``timestamp_in_seconds``)."""

@final
class ArticleDate:
    """The article's best date, as ``Article.date()`` picks it."""

    @property
    def date(self) -> datetime.date: ...
    @property
    def instant(self) -> Optional[datetime.datetime]: ...
    @property
    def source(self) -> _DateSource: ...

@final
class Article:
    """One parsed snapshot: the fields of the Rust ``newsnap::Article``."""

    @property
    def timestamp(self) -> Optional[datetime.datetime]:
        """Line 1's timestamp (timezone-aware, UTC); for ``<!--NaN-->`` the
        front matter's date, the published instant or the URL's date, else None."""
    @property
    def timestamp_raw(self) -> Optional[str]:
        """Line 1's comment text when it holds no number of milliseconds (``NaN``)."""
    @property
    def title(self) -> str: ...
    @property
    def url(self) -> str:
        """The article URL as parsed (percent-encoded)."""
    @property
    def url_decoded(self) -> str: ...
    @property
    def outlet(self) -> str:
        """``rfi``, ``bbc``, ``dw``…, or the URL's host for an unknown outlet."""
    @property
    def language(self) -> Optional[str]:
        """The BCP 47 tag of the text's language (``zh-Hans``, ``zh-Hant``,
        ``en``, ``ja``…), or None when there is too little text to tell."""
    @property
    def published(self) -> Optional[Published]: ...
    @property
    def byline(self) -> Optional[str]: ...
    @property
    def lead(self) -> Optional[str]: ...
    @property
    def blocks(self) -> list[Block]: ...
    @property
    def images(self) -> list[Image]: ...
    @property
    def other_images(self) -> list[OtherImage]: ...
    @property
    def videos(self) -> list[Video]: ...
    @property
    def audio(self) -> list[Audio]:
        """Sounds; ``to_dict()`` leaves the key out when there are none."""
    @property
    def share_links(self) -> list[ShareLink]: ...
    @property
    def feed_footer(self) -> Optional[FeedFooter]: ...
    @property
    def boilerplate(self) -> list[str]: ...
    @property
    def front_matter(self) -> Optional[str]: ...
    @property
    def body_html(self) -> str: ...
    @property
    def warnings(self) -> list[Warning]: ...
    def to_dict(self) -> dict[str, Any]:
        """The JSON object ``snapshot2json`` writes for this article, less its ``path``."""
    def to_json(self) -> str:
        """The same as one line of JSON."""
    @staticmethod
    def from_json(json: str) -> "Article":
        """The article of a JSON object as ``to_json()`` or ``snapshot2json``
        writes it (other keys, such as ``path``, are ignored). Raises ValueError."""
    def to_markdown(self) -> str: ...
    def to_text(self) -> str: ...
    def to_snapshot(self) -> str:
        """The article written back as a snapshot; ``parse(a.to_snapshot()) == a``."""
    def date(self) -> Optional[ArticleDate]: ...
    def plain_text(self, captions: bool = False) -> str:
        """The lead and blocks' texts, separated by blank lines."""

@final
class ParseMany(Iterator[Union[Article, ParseError, OSError]]):
    """The iterator ``parse_many`` returns."""

    @property
    def threads(self) -> int: ...
    def __iter__(self) -> "ParseMany": ...
    def __next__(self) -> Union[Article, ParseError, OSError]: ...

def parse(text: Union[str, bytes]) -> Article:
    """Parses a snapshot given as ``str``, or as ``bytes`` (UTF-8, with or
    without a BOM). Raises ``ParseError``."""

def parse_file(path: _StrPath) -> Article:
    """Reads and parses the snapshot file at ``path``. Raises ``ParseError``
    or ``OSError``."""

def parse_many(paths: Iterable[_StrPath], threads: Optional[int] = None) -> ParseMany:
    """Reads and parses the files at ``paths`` on ``threads`` threads
    (default: all cores) with the GIL released. Yields, in input order, an
    ``Article``, or for a file that failed its exception (``ParseError`` or
    ``OSError``), returned, not raised. At most 32 × ``threads`` files are
    read ahead of the consumer, so memory stays bounded."""
