//! Writing an [`Article`] back out: as a snapshot ([`Article::to_snapshot`],
//! also its [`Display`](fmt::Display)), as plain text ([`Article::to_text`])
//! and as Markdown ([`Article::to_markdown`]).
//!
//! The snapshot writer is the inverse of [`parse`](crate::parse): parsing
//! what it writes gives the same `Article` (see [`Article::to_snapshot`] for
//! the contract). Text and Markdown are for reading; they drop the share
//! block, the feed footer and the boilerplate, and are not parsed back.
//!
//! Text and Markdown share one walk over the article, here: where the media
//! go and how the pieces are joined. The `plain` and `markdown` modules write
//! the pieces of each; `snapshot` writes the snapshot.

use std::fmt;

use crate::article::{Article, Audio, Block, BlockKind, Image, Published, Video};

mod markdown;
mod plain;
mod snapshot;

use markdown::emphasis;
use snapshot::write_snapshot;

impl Article {
    /// Writes the article as a snapshot that [`parse`](crate::parse) reads
    /// back as the same `Article`. Same as its [`Display`](fmt::Display).
    ///
    /// The snapshot is, in order: the [`front_matter`](Self::front_matter)
    /// in its `---` lines when there is one; `<!--{timestamp in ms}-->` (or
    /// `<!--{timestamp_raw}-->`, line 1 as found when it held no number;
    /// `<!--NaN-->` when there is neither);
    /// `[{title}]({url})`; a `------` line; an empty line; then
    /// [`body_html`](Self::body_html) exactly, with no line break added.
    ///
    /// # The round trip
    ///
    /// For every `article` that [`parse`](crate::parse) returns,
    /// `parse(&article.to_snapshot())` succeeds and equals `article` field for
    /// field, with one exception: an article read from the older variant
    /// (a `日期：` line instead of the timestamp comment) is written in the
    /// modern form, so [`Warning::LegacyDateLine`](crate::Warning::LegacyDateLine)
    /// is not in the warnings read back. Every other field survives: the
    /// timestamp, title, URL and front matter are written out, and all the
    /// derived fields (outlet, date line, byline, lead, blocks, images,
    /// videos, share links, footer, boilerplate, other warnings) are
    /// recomputed from the same URL and body. Writing the article read back
    /// gives the same snapshot again.
    ///
    /// The written snapshot is the input byte for byte for most files (nine
    /// in ten of the corpus), not all: the older variant, the title's own
    /// white space (runs of spaces, U+3000 and no-break spaces, the line
    /// breaks of a multi-line title, all collapsed to one space or, between
    /// CJK characters across a line break, none), a byte order mark, CRLF
    /// header lines, blank lines after the front matter and a dashes line of
    /// another length do not reach the `Article`, so they are not written.
    ///
    /// # The title line
    ///
    /// The title is written as [`parse`](crate::parse) normalises it (white
    /// space collapsed and trimmed) on one line, unescaped: brackets,
    /// parentheses and `](` inside a title read back as they are, since the
    /// link ends at the first `](` that is followed by a white-space-free URL
    /// and the `)` ending the line. Only when the title's last word (after its
    /// last space) holds a `](`, which could be taken for the link's start,
    /// is one space written between the title and `](url)`: every `](` of the
    /// title then has white space after it, and the space is trimmed away
    /// when the title is read. So every title reads back (normalised), whatever
    /// it holds.
    ///
    /// # Other fields set by hand
    ///
    /// Values that [`parse`](crate::parse) never returns are written as
    /// faithfully as the format allows: a timestamp is written in whole
    /// milliseconds; white space in a hand-made URL (only an opaque path
    /// such as `data:,a b` can hold it) is percent-encoded; front matter
    /// lacking a final line break gets one (front matter holding a `---`
    /// line cannot be written back).
    ///
    /// ```
    /// let article = newsnap::parse(newsnap::SEED)?;
    /// let snapshot = article.to_snapshot();
    /// assert_eq!(snapshot, newsnap::SEED);
    /// assert_eq!(newsnap::parse(&snapshot)?, article);
    ///
    /// let mut article = newsnap::parse("<!--0-->\n[T](https://a.example/)\n---\n\n<p>x</p>")?;
    /// article.title = "[视频] a](b) c".into();
    /// assert_eq!(
    ///     article.to_snapshot(),
    ///     "<!--0-->\n[[视频] a](b) c](https://a.example/)\n------\n\n<p>x</p>",
    /// );
    /// article.title = "[视频] x](https://b.example/)".into();
    /// assert_eq!(
    ///     article.to_snapshot(),
    ///     "<!--0-->\n[[视频] x](https://b.example/) ](https://a.example/)\n------\n\n<p>x</p>",
    /// );
    /// assert_eq!(newsnap::parse(&article.to_snapshot())?.title, article.title);
    /// # Ok::<(), newsnap::Error>(())
    /// ```
    #[must_use]
    pub fn to_snapshot(&self) -> String {
        let mut out = String::with_capacity(self.body_html.len() + self.title.len() + 512);
        // Writing to a String cannot fail.
        let _ = write_snapshot(self, &mut out);
        out
    }

    /// Renders the article as plain text for reading.
    ///
    /// In order: the title, the date line (see below) and the article URL
    /// ([`url_decoded`](Self::url_decoded)), one per line; then, separated by
    /// empty lines, the [`lead`](Self::lead), the [`blocks`](Self::blocks)
    /// and the media. Quotes are prefixed `> `, list items `- ` (consecutive
    /// list items without an empty line between them), a blank line inside
    /// a block (`<br><br>`) is kept. Images are `[image] {url}`, or
    /// `[image: {alt}] {url}` when the alt text says something the caption
    /// does not; videos `[video] {url}`, sounds `[audio] {url}`.
    ///
    /// The date line is the body's date as found
    /// ([`Published::raw`](crate::Published::raw)), followed by its instant in
    /// UTC when the outlet's time zone is known, e.g.
    /// `06/11/2023 - 22:40 (2023-11-06 21:40 UTC)`; without a date in the
    /// body, the snapshot's [`timestamp`](Self::timestamp) (the feed's
    /// `pubDate`). A [`byline`](Self::byline) follows after ` · `.
    ///
    /// Where the media go: each image, video or sound where the body had
    /// it, before the block at its `position` ([`Image::position`]; after
    /// the last block for `blocks.len()`, after the lead for `0`). Its
    /// caption follows: the [`Caption`](crate::BlockKind::Caption) block(s)
    /// at that position when they hold it (with the image's credit after
    /// ` · `), else the caption (if any) on the next paragraph, unless a
    /// caption block elsewhere holds it. Media at the same position, with
    /// no text between them, go images first, then videos, then sounds, and
    /// the one whose caption blocks follow goes last.
    ///
    /// Link URLs, the share block, the feed footer and the
    /// [`boilerplate`](Self::boilerplate) do not appear. Lines are not
    /// wrapped: each block is one line (plus its `<br>` line breaks), since
    /// whatever displays the text knows the width of CJK characters better.
    /// The text ends with one line break.
    ///
    /// ```
    /// let article = newsnap::parse(
    ///     "<!--1593446049000-->\n[标题](https://www.dw.com/zh/a-1)\n------\n\n\
    ///      <div><i>任琛<br>2020-06-29T14:58:06.315Z</i></div>\
    ///      <figure><img src=\"/i/a.jpg\" alt=\"照片\"><figcaption>说明</figcaption></figure>\
    ///      <h2>小标题</h2><p>正文，<a href=\"/zh/a-2\">链接</a>。</p>\
    ///      <blockquote>引文</blockquote><ul><li>一</li><li>二</li></ul>",
    /// )?;
    /// let expected = [
    ///     "标题",
    ///     "2020-06-29T14:58:06.315Z (2020-06-29 14:58 UTC) · 任琛",
    ///     "https://www.dw.com/zh/a-1",
    ///     "",
    ///     "[image: 照片] https://www.dw.com/i/a.jpg",
    ///     "",
    ///     "说明",
    ///     "",
    ///     "小标题",
    ///     "",
    ///     "正文，链接。",
    ///     "",
    ///     "> 引文",
    ///     "",
    ///     "- 一",
    ///     "- 二",
    ///     "",
    /// ];
    /// assert_eq!(article.to_text(), expected.join("\n"));
    /// # Ok::<(), newsnap::Error>(())
    /// ```
    #[must_use]
    pub fn to_text(&self) -> String {
        render(self, Flavor::Text)
    }

    /// Renders the article as Markdown (CommonMark, safe for GitHub's
    /// flavour too).
    ///
    /// The parts and their order are those of [`to_text`](Self::to_text):
    /// the title as a `#` heading; the date line and byline followed by a
    /// link to the article, its host as the link text; the lead in bold;
    /// headings as `#` to `######` by level, quotes as `> `, list items as
    /// `- `, captions in italics; images as `![alt](url)`; videos as
    /// `▶ [url](url)`, sounds as `♪ [url](url)`. A blank line inside a
    /// block starts a new paragraph (of the quote or list item). Links
    /// inside a block become `[text](url)`: each [`Link`](crate::Link)'s
    /// text is looked for in the block's text after the previous link's, and
    /// a link whose text is not found is dropped.
    ///
    /// Images link their [`url`](crate::Image::url), the image as the body
    /// referenced it, not [`original_url`](crate::Image::original_url): the
    /// proxy is what the outlet served and the original may refuse
    /// hotlinking.
    ///
    /// Text is escaped so that it displays as it is: `\`, `` ` ``, `*`, `_`,
    /// `[`, `]`, `<`, `~`, `|` (outside headings) and `&` before what reads as
    /// an entity everywhere; `#`, `>`, `-`, `+`, `=` and the `.` or `)` of
    /// `1.` at the start of a line. A `<br>` line break becomes a hard break
    /// (`\` at the end of the line), in a heading a space. In link
    /// destinations `(`, `)`, `\`, `<` and `>` are escaped and white space is
    /// percent-encoded. Lines are not wrapped. The Markdown ends with one
    /// line break.
    ///
    /// ```
    /// let article = newsnap::parse(
    ///     "<!--1593446049000-->\n[标题 [视频]](https://www.dw.com/zh/a-1)\n------\n\n\
    ///      <div><i>任琛<br>2020-06-29T14:58:06.315Z</i></div>\
    ///      <figure><img src=\"/i/a.jpg\" alt=\"照片\"><figcaption>说明</figcaption></figure>\
    ///      <h2>小标题</h2><p>正文*，<a href=\"/zh/a_(2)\">链接</a>。</p>\
    ///      <blockquote>引文<br>- 第二行</blockquote><ul><li>一</li><li>二</li></ul>",
    /// )?;
    /// let expected = [
    ///     "# 标题 \\[视频\\]",
    ///     "",
    ///     "2020-06-29T14:58:06.315Z (2020-06-29 14:58 UTC) · 任琛 · [www.dw.com](https://www.dw.com/zh/a-1)",
    ///     "",
    ///     "![照片](https://www.dw.com/i/a.jpg)",
    ///     "",
    ///     "*说明*",
    ///     "",
    ///     "## 小标题",
    ///     "",
    ///     "正文\\*，[链接](https://www.dw.com/zh/a_\\(2\\))。",
    ///     "",
    ///     "> 引文\\",
    ///     "> \\- 第二行",
    ///     "",
    ///     "- 一",
    ///     "- 二",
    ///     "",
    /// ];
    /// assert_eq!(article.to_markdown(), expected.join("\n"));
    /// # Ok::<(), newsnap::Error>(())
    /// ```
    #[must_use]
    pub fn to_markdown(&self) -> String {
        render(self, Flavor::Markdown)
    }
}

fn percent_encode(c: char, out: &mut impl fmt::Write) -> fmt::Result {
    let mut buf = [0; 4];
    for b in c.encode_utf8(&mut buf).bytes() {
        write!(out, "%{b:02X}")?;
    }
    Ok(())
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Flavor {
    Text,
    Markdown,
}

/// A paragraph-level piece of the output.
struct Chunk {
    text: String,
    /// List items follow each other without an empty line.
    list_item: bool,
}

/// An image, a video or a sound, to render with or without its caption.
#[derive(Clone, Copy)]
enum Media<'a> {
    Image(&'a Image),
    Video(&'a Video),
    Audio(&'a Audio),
}

impl<'a> Media<'a> {
    fn caption(self) -> Option<&'a str> {
        match self {
            Media::Image(image) => image.caption.as_deref(),
            Media::Video(video) => video.caption.as_deref(),
            Media::Audio(audio) => audio.caption.as_deref(),
        }
    }

    fn credit(self) -> Option<&'a str> {
        match self {
            Media::Image(image) => image.credit.as_deref(),
            Media::Video(_) | Media::Audio(_) => None,
        }
    }

    /// What its caption blocks hold, and the credit to add after them:
    /// the caption and credit, or, when the caption was wholly a photo
    /// credit (`Photo by … on Unsplash`), the credit alone.
    fn held(self) -> (Option<&'a str>, Option<&'a str>) {
        match self.caption() {
            Some(caption) => (Some(caption), self.credit()),
            None => (self.credit(), None),
        }
    }

    fn position(self) -> usize {
        match self {
            Media::Image(image) => image.position,
            Media::Video(video) => video.position,
            Media::Audio(audio) => audio.position,
        }
    }
}

/// A medium where it goes, and whether its caption goes with it (it has
/// one, and no caption block holds it).
#[derive(Clone, Copy)]
struct Placed<'a> {
    media: Media<'a>,
    with_caption: bool,
}

/// Where the images, videos and sounds go: each before the block at its
/// position. The body walk leaves a [`BlockKind::Caption`] block right
/// after a captioned medium, so its caption blocks start at its position;
/// when they do not (an `Article` put together or edited by hand, or read
/// from JSON older than the positions), the medium keeps its position and
/// its caption stays in the blocks that hold it.
struct Layout<'a> {
    /// Media to render just before block `i`, or after the last block for
    /// `i == blocks.len()`.
    before: Vec<Vec<Placed<'a>>>,
    /// A photo credit to add to block `i`, the last caption block of its image.
    credit: Vec<Option<&'a str>>,
}

impl<'a> Layout<'a> {
    fn new(a: &'a Article) -> Self {
        let n = a.blocks.len();
        let kinds: [Vec<Media<'a>>; 3] = [
            a.images.iter().map(Media::Image).collect(),
            a.videos.iter().map(Media::Video).collect(),
            a.audio.iter().map(Media::Audio).collect(),
        ];
        let mut claimed = vec![false; n];
        let mut credit = vec![None; n];
        // First the media whose caption blocks start right at their position.
        let mut here = [
            vec![false; a.images.len()],
            vec![false; a.videos.len()],
            vec![false; a.audio.len()],
        ];
        let mut last_here = vec![None; n + 1];
        for (media, here) in kinds.iter().zip(&mut here) {
            for (m, &medium) in media.iter().enumerate() {
                let at = medium.position();
                let (held, added) = medium.held();
                let last = claim_at(&a.blocks, held, at, &mut claimed)
                    .or_else(|| claim_credit(&a.blocks, medium, at, &mut claimed));
                if let Some(last) = last {
                    here[m] = true;
                    credit[last] = added;
                    last_here[at] = Some(Placed {
                        media: medium,
                        with_caption: false,
                    });
                }
            }
        }
        // Then the others, their captions in the caption blocks that hold
        // them wherever those stand, else with them.
        let mut before = vec![Vec::new(); n + 1];
        for (media, here) in kinds.iter().zip(&here) {
            let mut cursor = 0;
            for (&medium, _) in media.iter().zip(here).filter(|(_, &h)| !h) {
                let (held, added) = medium.held();
                let elsewhere = claim(&a.blocks, held, &mut cursor, &mut claimed);
                if let Some((_, last)) = elsewhere {
                    credit[last] = added;
                }
                before[medium.position().min(n)].push(Placed {
                    media: medium,
                    with_caption: elsewhere.is_none(),
                });
            }
        }
        for (before, last) in before.iter_mut().zip(last_here) {
            before.extend(last);
        }
        Layout { before, credit }
    }
}

/// Claims the caption block at `at` when it holds the credit of a medium
/// whose caption was wholly a labelled credit (`（图源：新华社）`, whose credit
/// is `新华社`).
fn claim_credit(
    blocks: &[Block],
    medium: Media<'_>,
    at: usize,
    claimed: &mut [bool],
) -> Option<usize> {
    let credit = medium.credit().filter(|_| medium.caption().is_none())?;
    let block = blocks.get(at)?;
    let free = claimed.get(at) == Some(&false);
    (free && block.kind == BlockKind::Caption && block.text.contains(credit)).then(|| {
        claimed[at] = true;
        at
    })
}

/// Finds, from `cursor` on, the unclaimed caption blocks that make up
/// `caption` (the body walk joins a medium's caption blocks with a space);
/// returns the first and last.
fn claim(
    blocks: &[Block],
    caption: Option<&str>,
    cursor: &mut usize,
    claimed: &mut [bool],
) -> Option<(usize, usize)> {
    let text = caption?;
    let first = (*cursor..blocks.len()).find(|&j| starts_caption(blocks, text, j, claimed))?;
    let last = claim_at(blocks, caption, first, claimed)?;
    *cursor = last + 1;
    Some((first, last))
}

/// Whether block `j` is an unclaimed caption block that `caption` starts with.
fn starts_caption(blocks: &[Block], caption: &str, j: usize, claimed: &[bool]) -> bool {
    claimed.get(j) == Some(&false)
        && blocks[j].kind == BlockKind::Caption
        && !blocks[j].text.is_empty()
        && caption.starts_with(&blocks[j].text)
}

/// Claims the caption blocks from `first` on that make up `caption`, when
/// block `first` starts it; returns the last.
fn claim_at(
    blocks: &[Block],
    caption: Option<&str>,
    first: usize,
    claimed: &mut [bool],
) -> Option<usize> {
    let caption = caption?;
    if !starts_caption(blocks, caption, first, claimed) {
        return None;
    }
    let is_free_caption =
        |j: usize| claimed.get(j) == Some(&false) && blocks[j].kind == BlockKind::Caption;
    let mut rest = &caption[blocks[first].text.len()..];
    let mut last = first;
    while let Some(more) = rest.strip_prefix(' ') {
        let next = last + 1;
        if next >= blocks.len() || !is_free_caption(next) {
            break;
        }
        let Some(after) = more.strip_prefix(blocks[next].text.as_str()) else {
            break;
        };
        rest = after;
        last = next;
    }
    for flag in &mut claimed[first..=last] {
        *flag = true;
    }
    Some(last)
}

fn render(a: &Article, flavor: Flavor) -> String {
    let md = flavor == Flavor::Markdown;
    let layout = Layout::new(a);
    let mut chunks: Vec<Chunk> = Vec::new();
    let mut push = |text: String, list_item: bool| {
        if !text.is_empty() {
            chunks.push(Chunk { text, list_item });
        }
    };

    let date = date_line(a.published.as_ref(), a);
    match flavor {
        Flavor::Text => push(plain::head(a, &date), false),
        Flavor::Markdown => {
            push(markdown::title(&a.title), false);
            push(markdown::meta(a, &date), false);
        }
    }

    if let Some(lead) = &a.lead {
        let lead = if md {
            emphasis(lead, "**")
        } else {
            lead.clone()
        };
        push(lead, false);
    }
    for (i, before) in layout.before.iter().enumerate() {
        for placed in before {
            push(render_media(placed.media, flavor), false);
            if placed.with_caption {
                push(render_caption(placed.media, flavor), false);
            }
        }
        if let Some(block) = a.blocks.get(i) {
            let credit = layout.credit.get(i).copied().flatten();
            let list_item = matches!(block.kind, BlockKind::ListItem { .. });
            push(render_block(block, credit, flavor), list_item);
        }
    }

    let mut out = String::new();
    let mut previous_list_item = false;
    for (i, chunk) in chunks.iter().enumerate() {
        if i > 0 {
            out.push_str(if previous_list_item && chunk.list_item {
                "\n"
            } else {
                "\n\n"
            });
        }
        out.push_str(&chunk.text);
        previous_list_item = chunk.list_item;
    }
    out.push('\n');
    out
}

/// `raw (instant UTC)`, or the snapshot's timestamp without a date line
/// (`no date` without either).
fn date_line(published: Option<&Published>, a: &Article) -> String {
    const UTC: &str = "%Y-%m-%d %H:%M UTC";
    match published {
        Some(p) => match p.instant {
            Some(instant) => format!("{} ({})", p.raw, instant.format(UTC)),
            None => p.raw.clone(),
        },
        None => a
            .timestamp
            .map_or_else(|| "no date".to_owned(), |t| t.format(UTC).to_string()),
    }
}

/// The image, video or sound line.
fn render_media(media: Media<'_>, flavor: Flavor) -> String {
    match flavor {
        Flavor::Text => plain::media(media),
        Flavor::Markdown => markdown::media(media),
    }
}

/// The caption (and credit) of a medium without caption blocks; empty
/// when it has none.
fn render_caption(media: Media<'_>, flavor: Flavor) -> String {
    let caption = [media.caption(), media.credit()]
        .into_iter()
        .flatten()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    if caption.is_empty() || flavor == Flavor::Text {
        caption
    } else {
        emphasis(&caption, "*")
    }
}

/// A block; `credit` is the photo credit to add after a caption.
fn render_block(block: &Block, credit: Option<&str>, flavor: Flavor) -> String {
    let mut text = block.text.trim().to_owned();
    if let Some(credit) = credit.map(str::trim).filter(|c| !c.is_empty()) {
        text.push_str(" · ");
        text.push_str(credit);
    }
    let text = text.as_str();
    match flavor {
        Flavor::Text => plain::block(block.kind, text),
        Flavor::Markdown => markdown::block(block, text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_renders_without_share_block_or_footer() {
        let a = crate::parse(crate::SEED).unwrap();
        let md = a.to_markdown();
        let text = a.to_text();
        for out in [&md, &text] {
            assert!(!out.contains("facebook") && !out.contains("whatsapp"));
            assert!(!out.contains("feedx") && !out.contains("分享"));
            assert!(out.ends_with("需要避免加沙平民受到伤害\"。\n"));
            // Title block, lead, image, eight paragraphs.
            assert_eq!(out.split("\n\n").count(), 12 - usize::from(out == &text));
        }
        assert!(md.starts_with("# 白宫：拜登与内塔尼亚胡讨论战术性停火可能性\n\n06/11/2023 - 22:40 (2023-11-06 21:40 UTC) · [www.rfi.fr](https://www.rfi.fr/cn/%E4%B8%AD"));
        assert!(md.contains("\n\n**法新社消息，"));
        assert!(md.contains("\n\n![](https://s.rfi.fr/media/display/058b2eb4-7ced-11ee-ab8e-005056bf30b7/w:1280/p:16x9/AP23078785231394-1-1.jpg)\n\n"));
        assert!(text.starts_with("白宫：拜登与内塔尼亚胡讨论战术性停火可能性\n06/11/2023 - 22:40 (2023-11-06 21:40 UTC)\nhttps://www.rfi.fr/cn/中国/20231106-白宫-拜登与内塔尼亚胡讨论战术性停火可能性\n\n法新社消息，"));
    }

    fn article(body: &str) -> Article {
        let input = format!("<!--0-->\n[T](https://www.voachinese.com/a/1.html)\n------\n\n{body}");
        crate::parse(&input).unwrap()
    }

    #[test]
    fn blank_lines_split_paragraphs() {
        let block = |kind, text: &str| Block {
            kind,
            text: text.into(),
            links: Vec::new(),
        };
        let cases = [
            (
                BlockKind::Paragraph,
                "一\n二\n\n三",
                "一\\\n二\n\n三",
                "一\n二\n\n三",
            ),
            (
                BlockKind::Quote,
                "一\n\n二",
                "> 一\n>\n> 二",
                "> 一\n>\n> 二",
            ),
            (
                BlockKind::list_item(),
                "一\n\n二",
                "- 一\n\n  二",
                "- 一\n\n  二",
            ),
            (
                BlockKind::ListItem {
                    ordinal: Some(2),
                    depth: 2,
                },
                "一\n\n二",
                "   2. 一\n\n      二",
                "   2. 一\n\n      二",
            ),
            (BlockKind::Caption, "一\n\n二", "*一\\\n二*", "一\n\n二"),
            (
                BlockKind::Heading { level: 2 },
                "一\n\n二",
                "## 一 二",
                "一 二",
            ),
            // Code as written, in a fence longer than its backtick runs.
            (
                BlockKind::Preformatted,
                "a = 1\n\n  ```b```",
                "````\na = 1\n\n  ```b```\n````",
                "a = 1\n\n  ```b```",
            ),
        ];
        for (kind, text, md, plain) in cases {
            let b = block(kind, text);
            assert_eq!(render_block(&b, None, Flavor::Markdown), md, "{kind:?}");
            assert_eq!(render_block(&b, None, Flavor::Text), plain, "{kind:?}");
        }
    }

    /// The text after the head (title, date, link), as Markdown and text.
    fn bodies(a: &Article) -> (String, String) {
        let md = a.to_markdown();
        let text = a.to_text();
        let md = md.splitn(3, "\n\n").nth(2).unwrap_or_default().to_owned();
        let text = text
            .split_once("\n\n")
            .map(|(_, t)| t.to_owned())
            .unwrap_or_default();
        (md, text)
    }

    #[test]
    fn captioned_images_stand_before_their_captions() {
        let a = article(
            "<p>一</p><img src=\"/a.jpg\"><div><small>说明</small></div><p>二</p>\
             <img src=\"/b.jpg\"><p>三</p>",
        );
        assert_eq!(a.images.len(), 2);
        let (md, text) = bodies(&a);
        let expected = "一\n\n![](https://www.voachinese.com/a.jpg)\n\n*说明*\n\n二\n\n\
                        ![](https://www.voachinese.com/b.jpg)\n\n三\n";
        assert_eq!(md, expected);
        let expected = "一\n\n[image] https://www.voachinese.com/a.jpg\n\n说明\n\n二\n\n\
                        [image] https://www.voachinese.com/b.jpg\n\n三\n";
        assert_eq!(text, expected);
    }

    /// Uncaptioned media stand where the body had them, not after the lead
    /// (images) or at the end (videos): in the middle of the text, between
    /// list items, and at the end.
    #[test]
    fn uncaptioned_media_stand_in_the_middle_of_the_text() {
        let a = article(
            "<p><b>导语。</b></p><p>一</p><iframe src=\"https://www.youtube.com/embed/v\"></iframe>\
             <p>二</p><img src=\"/a.jpg\"><audio src=\"/a.mp3\"></audio><ul><li>三</li>\
             <li>四</li></ul><p>五</p><video src=\"/v.mp4\"></video>",
        );
        assert_eq!(a.lead.as_deref(), Some("导语。"));
        let (md, text) = bodies(&a);
        let expected = [
            "**导语。**",
            "一",
            "▶ [https://www.youtube.com/embed/v](https://www.youtube.com/embed/v)",
            "二",
            "![](https://www.voachinese.com/a.jpg)",
            "♪ [https://www.voachinese.com/a.mp3](https://www.voachinese.com/a.mp3)",
            "- 三\n- 四",
            "五",
            "▶ [https://www.voachinese.com/v.mp4](https://www.voachinese.com/v.mp4)\n",
        ];
        assert_eq!(md, expected.join("\n\n"));
        let expected = [
            "导语。",
            "一",
            "[video] https://www.youtube.com/embed/v",
            "二",
            "[image] https://www.voachinese.com/a.jpg",
            "[audio] https://www.voachinese.com/a.mp3",
            "- 三\n- 四",
            "五",
            "[video] https://www.voachinese.com/v.mp4\n",
        ];
        assert_eq!(text, expected.join("\n\n"));
    }

    /// Media at one position go images, videos, sounds, and the one whose
    /// caption blocks follow last, right before them.
    #[test]
    fn media_at_one_position_keep_their_caption_next_to_them() {
        let a = article(
            "<p>一</p><video src=\"/v.mp4\"></video><img src=\"/a.jpg\"><div><small>说明</small></div>\
             <p>二</p>",
        );
        assert_eq!((a.videos[0].position, a.images[0].position), (1, 1));
        let (_, text) = bodies(&a);
        let expected = "一\n\n[video] https://www.voachinese.com/v.mp4\n\n\
                        [image] https://www.voachinese.com/a.jpg\n\n说明\n\n二\n";
        assert_eq!(text, expected);
    }

    /// A caption that is wholly a photo credit is the image's credit and
    /// its caption block: rendered once, in the block.
    #[test]
    fn a_caption_that_is_only_a_credit_is_rendered_once() {
        let a = article(
            "<figure><img src=\"/a.jpg\"><figcaption>Photo by <a href=\"https://u.example/a\">A B</a> \
             on Unsplash</figcaption></figure><p>正文</p>",
        );
        assert_eq!(a.images[0].caption, None);
        assert_eq!(
            a.images[0].credit.as_deref(),
            Some("Photo by A B on Unsplash")
        );
        let (md, text) = bodies(&a);
        assert_eq!(
            text,
            "[image] https://www.voachinese.com/a.jpg\n\nPhoto by A B on Unsplash\n\n正文\n"
        );
        assert_eq!(md.matches("Unsplash").count(), 1, "{md}");
        // A labelled credit: its caption block holds the label too.
        let a = article("<figure><img src=\"/a.jpg\"><figcaption>（图源：新华社）</figcaption></figure><p>正文</p>");
        assert_eq!(a.images[0].credit.as_deref(), Some("新华社"));
        let (md, text) = bodies(&a);
        assert_eq!(text.matches("新华社").count(), 1, "{text}");
        assert_eq!(md.matches("新华社").count(), 1, "{md}");
    }

    /// Positions that do not meet the caption blocks (JSON written before
    /// positions reads as 0): each medium at its position, each caption
    /// once, in its block.
    #[test]
    fn captions_away_from_their_media_are_not_repeated() {
        let mut a = article(
            "<p>一</p><img src=\"/a.jpg\"><div><small>说明</small></div><p>二</p>\
             <audio src=\"/a.mp3\"></audio><div><small>录音</small></div>",
        );
        a.images[0].position = 0;
        a.audio[0].position = 0;
        let (_, text) = bodies(&a);
        let expected = "[image] https://www.voachinese.com/a.jpg\n\n\
                        [audio] https://www.voachinese.com/a.mp3\n\n一\n\n说明\n\n二\n\n录音\n";
        assert_eq!(text, expected);
        // Without its caption block, the caption goes with the medium.
        a.blocks.retain(|b| b.kind != BlockKind::Caption);
        let (_, text) = bodies(&a);
        assert!(
            text.starts_with("[image] https://www.voachinese.com/a.jpg\n\n说明\n\n"),
            "{text}"
        );
    }
}
