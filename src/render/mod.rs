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

use crate::article::{Article, Block, BlockKind, Image, Published, Video};

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
    /// does not; videos `[video] {url}`.
    ///
    /// The date line is the body's date as found
    /// ([`Published::raw`](crate::Published::raw)), followed by its instant in
    /// UTC when the outlet's time zone is known, e.g.
    /// `06/11/2023 - 22:40 (2023-11-06 21:40 UTC)`; without a date in the
    /// body, the snapshot's [`timestamp`](Self::timestamp) (the feed's
    /// `pubDate`). A [`byline`](Self::byline) follows after ` · `.
    ///
    /// Where the media go: an image or video with a caption stands right
    /// before its [`Caption`](crate::BlockKind::Caption) block(s), where the
    /// body had it, and the caption is rendered there (with the image's
    /// credit after ` · `). Uncaptioned images come after the lead,
    /// uncaptioned videos at the end, each with its caption (if any) on the
    /// next paragraph.
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
    /// `▶ [url](url)`. A blank line inside a block starts a new paragraph
    /// (of the quote or list item). Links inside a block become
    /// `[text](url)`: each [`Link`](crate::Link)'s text is looked for in the
    /// block's text after the previous link's, and a link whose text is not
    /// found is dropped.
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

/// An image or a video, to render with or without its caption.
#[derive(Clone, Copy)]
enum Media<'a> {
    Image(&'a Image),
    Video(&'a Video),
}

/// Where the images and videos go. The body walk leaves a
/// [`BlockKind::Caption`] block where a captioned image or video stood, so
/// such media go right before their caption blocks; the others go after
/// the lead (images) or at the end (videos).
struct Layout<'a> {
    /// Media to render just before block `i`, captions left to the blocks.
    before: Vec<Vec<Media<'a>>>,
    /// A photo credit to add to block `i`, the last caption block of its image.
    credit: Vec<Option<&'a str>>,
    /// Media without a caption block, rendered with their captions.
    unplaced_images: Vec<Media<'a>>,
    unplaced_videos: Vec<Media<'a>>,
}

impl<'a> Layout<'a> {
    fn new(a: &'a Article) -> Self {
        let n = a.blocks.len();
        let mut layout = Layout {
            before: vec![Vec::new(); n],
            credit: vec![None; n],
            unplaced_images: Vec::new(),
            unplaced_videos: Vec::new(),
        };
        let mut claimed = vec![false; n];
        let mut cursor = 0;
        for image in &a.images {
            match claim(
                &a.blocks,
                image.caption.as_deref(),
                &mut cursor,
                &mut claimed,
            ) {
                Some((first, last)) => {
                    layout.before[first].push(Media::Image(image));
                    layout.credit[last] = image.credit.as_deref();
                }
                None => layout.unplaced_images.push(Media::Image(image)),
            }
        }
        let mut cursor = 0;
        for video in &a.videos {
            match claim(
                &a.blocks,
                video.caption.as_deref(),
                &mut cursor,
                &mut claimed,
            ) {
                Some((first, _)) => layout.before[first].push(Media::Video(video)),
                None => layout.unplaced_videos.push(Media::Video(video)),
            }
        }
        layout
    }
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
    let caption = caption?;
    let is_free_caption =
        |j: usize| claimed.get(j) == Some(&false) && blocks[j].kind == BlockKind::Caption;
    let first = (*cursor..blocks.len()).find(|&j| {
        is_free_caption(j) && !blocks[j].text.is_empty() && caption.starts_with(&blocks[j].text)
    })?;
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
    *cursor = last + 1;
    Some((first, last))
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
    for &media in &layout.unplaced_images {
        push(render_media(media, flavor), false);
        push(render_caption(media, flavor), false);
    }
    for (i, block) in a.blocks.iter().enumerate() {
        for &media in layout.before.get(i).into_iter().flatten() {
            push(render_media(media, flavor), false);
        }
        let credit = layout.credit.get(i).copied().flatten();
        let list_item = block.kind == BlockKind::ListItem;
        push(render_block(block, credit, flavor), list_item);
    }
    for &media in &layout.unplaced_videos {
        push(render_media(media, flavor), false);
        push(render_caption(media, flavor), false);
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

/// The image or video line.
fn render_media(media: Media<'_>, flavor: Flavor) -> String {
    match flavor {
        Flavor::Text => plain::media(media),
        Flavor::Markdown => markdown::media(media),
    }
}

/// The caption (and credit) of an image or video without caption blocks;
/// empty when it has none.
fn render_caption(media: Media<'_>, flavor: Flavor) -> String {
    let (caption, credit) = match media {
        Media::Image(image) => (image.caption.as_deref(), image.credit.as_deref()),
        Media::Video(video) => (video.caption.as_deref(), None),
    };
    let caption = [caption, credit]
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
                BlockKind::ListItem,
                "一\n\n二",
                "- 一\n\n  二",
                "- 一\n\n  二",
            ),
            (BlockKind::Caption, "一\n\n二", "*一\\\n二*", "一\n\n二"),
            (
                BlockKind::Heading { level: 2 },
                "一\n\n二",
                "## 一 二",
                "一 二",
            ),
        ];
        for (kind, text, md, plain) in cases {
            let b = block(kind, text);
            assert_eq!(render_block(&b, None, Flavor::Markdown), md, "{kind:?}");
            assert_eq!(render_block(&b, None, Flavor::Text), plain, "{kind:?}");
        }
    }

    #[test]
    fn captioned_images_stand_before_their_captions() {
        let a = article(
            "<p>一</p><img src=\"/a.jpg\"><div><small>说明</small></div><p>二</p>\
             <img src=\"/b.jpg\"><p>三</p>",
        );
        assert_eq!(a.images.len(), 2);
        let md = a.to_markdown();
        let expected = "\n\n![](https://www.voachinese.com/b.jpg)\n\n一\n\n\
                        ![](https://www.voachinese.com/a.jpg)\n\n*说明*\n\n二\n\n三\n";
        assert!(md.ends_with(expected), "{md}");
        let text = a.to_text();
        let expected = "\n\n[image] https://www.voachinese.com/b.jpg\n\n一\n\n\
                        [image] https://www.voachinese.com/a.jpg\n\n说明\n\n二\n\n三\n";
        assert!(text.ends_with(expected), "{text}");
    }
}
