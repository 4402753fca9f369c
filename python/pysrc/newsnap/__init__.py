"""Parse scraped news snapshots into typed articles (Rust inside).

A snapshot is one text file per news article: an HTML comment with the feed
item's timestamp in epoch milliseconds (``<!--1699308901000-->``, or
``<!--NaN-->``), a markdown link ``[title](url)``, a line of dashes, then the
article body as HTML.

>>> import newsnap
>>> article = newsnap.parse(newsnap.SEED)
>>> article.outlet, article.published.instant.isoformat()
('rfi', '2023-11-06T21:40:00+00:00')
>>> article.blocks[0].kind
'paragraph'

``parse(text)`` and ``parse_file(path)`` raise ``ParseError`` (a
``ValueError`` with ``kind``, ``offset``, ``line``, ``column``) for a
malformed envelope, and ``parse_file`` ``OSError`` for a file it cannot read.
``parse_many(paths, threads=None)`` parses files on several threads with the
GIL released and yields, in input order, an ``Article`` or the exception of
a file that failed (returned, not raised).
"""

from ._newsnap import (
    SEED,
    Article,
    ArticleDate,
    Audio,
    Block,
    FeedFooter,
    Image,
    Link,
    OtherImage,
    ParseError,
    ParseMany,
    Published,
    ShareLink,
    Video,
    Warning,
    parse,
    parse_file,
    parse_many,
)

__version__ = "0.1.0"

# `Warning` is left out so that `from newsnap import *` does not shadow the
# built-in; it is `newsnap.Warning`.
__all__ = [
    "SEED",
    "Article",
    "ArticleDate",
    "Audio",
    "Block",
    "FeedFooter",
    "Image",
    "Link",
    "OtherImage",
    "ParseError",
    "ParseMany",
    "Published",
    "ShareLink",
    "Video",
    "parse",
    "parse_file",
    "parse_many",
]
