#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(unreachable_pub)]
#![doc(test(attr(deny(warnings))))]

mod article;
mod date;
mod error;
mod extract;
mod header;
mod html;
#[cfg(feature = "language")]
mod language;
mod options;
mod outlets;
mod render;
#[cfg(test)]
mod rng;
mod text;
mod urls;

use std::str::FromStr;

use html5ever::tendril::{fmt::UTF8, ByteTendril};

pub use article::{
    Article, ArticleDate, Audio, Block, BlockKind, DateSource, FeedFooter, Image, ImageKind, Link,
    LocalTime, OtherImage, Platform, Published, ShareLink, TimestampFallback, Video, Warning,
};
pub use error::{Error, ErrorKind, ReadError};
pub use options::ParseOptions;
pub use outlets::Outlet;

/// A real snapshot (RFI, 6 November 2023), the sample the crate's examples use.
///
/// ```
/// assert!(newsnap::SEED.starts_with("<!--1699308901000-->"));
/// ```
pub const SEED: &str = include_str!("../examples/data/seed.md");

/// Parses a snapshot with the default [`ParseOptions`].
///
/// # Errors
///
/// An [`Error`] when the envelope (timestamp comment, title link, dashes
/// line) is malformed or the input exceeds the default size limit. The HTML
/// body never makes it fail.
///
/// ```
/// let article = newsnap::parse("<!--1593701711000-->\n[标题](https://www.dw.com/zh/a-1)\n------\n\n<p>正文。</p>\n")?;
/// assert_eq!(article.title, "标题");
/// assert_eq!(article.blocks[0].text, "正文。");
/// # Ok::<(), newsnap::Error>(())
/// ```
pub fn parse(input: &str) -> Result<Article, Error> {
    parse_with(input, &ParseOptions::default())
}

/// Parses a snapshot given as bytes: UTF-8, with or without a BOM.
///
/// # Errors
///
/// [`ErrorKind::NotUtf8`] at the first invalid byte, and every error of [`parse`].
///
/// ```
/// let err = newsnap::parse_bytes(b"<!--1-->\n[\xff](https://a.example/)\n---\n").unwrap_err();
/// assert_eq!(err.kind(), &newsnap::ErrorKind::NotUtf8);
/// assert_eq!(err.offset(), 10);
/// ```
pub fn parse_bytes(input: &[u8]) -> Result<Article, Error> {
    parse_bytes_with(input, &ParseOptions::default())
}

/// [`parse_bytes`] with options.
///
/// # Errors
///
/// As [`parse_bytes`] and [`parse_with`].
///
/// ```
/// let options = newsnap::ParseOptions::default();
/// let article = newsnap::parse_bytes_with(newsnap::SEED.as_bytes(), &options)?;
/// assert_eq!(article.outlet, newsnap::Outlet::Rfi);
/// # Ok::<(), newsnap::Error>(())
/// ```
pub fn parse_bytes_with(input: &[u8], options: &ParseOptions) -> Result<Article, Error> {
    if input.len() > size_limit(options) {
        return Err(too_large(input, options));
    }
    match std::str::from_utf8(input) {
        Ok(s) => parse_with(s, options),
        Err(e) => Err(Error::at_byte(ErrorKind::NotUtf8, input, e.valid_up_to())),
    }
}

/// The size limit in force: html5ever's buffers hold less than 4 GiB.
fn size_limit(options: &ParseOptions) -> usize {
    options.max_input_size.min(u32::MAX as usize - 1)
}

/// The error for input over the size limit, positioned at the limit.
fn too_large(input: &[u8], options: &ParseOptions) -> Error {
    let limit = size_limit(options);
    let kind = ErrorKind::InputTooLarge {
        size: input.len(),
        limit,
    };
    Error::at_byte(kind, input, limit)
}

/// Parses a snapshot with the given options.
///
/// # Errors
///
/// As [`parse`], with the limits of `options`.
///
/// ```
/// let options = newsnap::ParseOptions::default().max_input_size(64);
/// let err = newsnap::parse_with(newsnap::SEED, &options).unwrap_err();
/// assert!(matches!(err.kind(), newsnap::ErrorKind::InputTooLarge { .. }));
/// ```
pub fn parse_with(input: &str, options: &ParseOptions) -> Result<Article, Error> {
    if input.len() > size_limit(options) {
        return Err(too_large(input.as_bytes(), options));
    }
    let header = header::parse(input, options.strict)?;
    let body = header.body;
    let mut article = assemble(header, html::Source::Str(body), options);
    // Copied once the tree is gone, so that the copy never coexists with
    // it (see BENCHMARKS.md, memory).
    article.body_html = body.to_owned();
    Ok(article)
}

/// [`parse_bytes_with`] of a snapshot read into a tendril: the tree's
/// text shares the tendril's buffer, so the body is not copied before the
/// tree is gone (see BENCHMARKS.md, memory). What [`parse_file`] and
/// [`parse_reader`] call.
fn parse_tendril_with(input: ByteTendril, options: &ParseOptions) -> Result<Article, Error> {
    if input.len() > size_limit(options) {
        return Err(too_large(&input, options));
    }
    let input = match input.try_reinterpret::<UTF8>() {
        Ok(s) => s,
        Err(bytes) => {
            let at = std::str::from_utf8(&bytes)
                .err()
                .map_or(0, |e| e.valid_up_to());
            return Err(Error::at_byte(ErrorKind::NotUtf8, &bytes, at));
        }
    };
    let header = header::parse(&input, options.strict)?;
    let body = header.body;
    let start = body.as_ptr() as usize - input.as_ptr() as usize;
    // Below the size limit, under 4 GiB: the offsets fit.
    let shared = input.subtendril(start as u32, body.len() as u32);
    let mut article = assemble(header, html::Source::Shared(&shared), options);
    article.body_html = body.to_owned();
    Ok(article)
}

/// Reads the body and derives every other field, as [`parse`] does, all
/// but [`Article::body_html`], which the caller sets.
fn assemble(parts: header::Header<'_>, body: html::Source<'_>, options: &ParseOptions) -> Article {
    let mut warnings = Vec::new();
    if parts.legacy_date {
        warnings.push(Warning::LegacyDateLine);
    }
    let outlet = Outlet::from_page(&parts.url, parts.body);
    let spec = outlets::spec(&outlet);
    let mut body = extract::extract(body, &parts.url, spec, options);
    // What the front matter states, where the body does not.
    if let Some(fm) = parts.front_matter {
        if body.byline.is_none() {
            body.byline = header::front_matter_value(fm, "author").map(str::to_owned);
        }
        if body.published.is_none() {
            body.published = header::front_matter_value(fm, "date")
                .and_then(|d| date::parse_date_line(d, date::Zone::Unknown, None));
        }
    }
    // The contributors heading their parts (a conversation, a roundup).
    if body.byline.is_none() {
        body.byline = extract::byline::of_profile_headings(&body.blocks, &parts.url);
    }
    // The author of the book or paper an excerpt comes from, as its source
    // note names them, or the author a signature's label or a note on the
    // author names.
    if body.byline.is_none() {
        body.byline = body.boilerplate.iter().find_map(|line| {
            extract::byline::of_excerpt_note(line)
                .or_else(|| extract::byline::of_signature(line))
                .or_else(|| extract::byline::of_author_note(line))
        });
    }
    // A line of the body's first or last blocks saying when the post was
    // written or published.
    if body.published.is_none() {
        let n = body.blocks.len();
        body.published = body
            .blocks
            .iter()
            .enumerate()
            .filter(|&(i, _)| i < 3 || i + 3 >= n)
            .flat_map(|(_, b)| b.text.lines())
            .find_map(date::publication_line)
            // Else the date of the line the byline came from (`By Jane
            // Doe, March 5, 2024`).
            .or_else(|| body.byline_line.as_deref().and_then(date::publication_line))
            // Else a date heading the post, a paragraph of its own, within
            // a year before the snapshot's timestamp (a heading such as
            // `July 20, 1969` is no post's date).
            .or_else(|| {
                let first = body.lead.as_deref().or(body
                    .blocks
                    .first()
                    .filter(|b| b.kind == BlockKind::Paragraph)
                    .map(|b| b.text.as_str()));
                let stamp = parts.timestamp?.date_naive();
                first.and_then(date::date_alone).filter(|p| {
                    let day = p.local.date();
                    day <= stamp + chrono::Days::new(1) && day + chrono::Days::new(366) >= stamp
                })
            })
            // Else a repost's note on when the text first appeared.
            .or_else(|| {
                body.boilerplate
                    .iter()
                    .find_map(|line| date::republication_line(line))
            });
    }
    let mut timestamp = parts.timestamp;
    if let Some(raw) = parts.timestamp_raw {
        // Line 1 held no timestamp: the first date the snapshot states.
        let fallback = [
            (
                TimestampFallback::FrontMatter,
                parts.front_matter.and_then(date::front_matter_date),
            ),
            (
                TimestampFallback::Published,
                body.published.as_ref().and_then(|p| p.instant),
            ),
            (
                TimestampFallback::Url,
                spec.rules
                    .hooks
                    .url_time
                    .and_then(|time_of| time_of(&parts.url))
                    .or_else(|| {
                        date::url_date(parts.url.path())
                            .map(|d| d.and_time(chrono::NaiveTime::MIN).and_utc())
                    }),
            ),
        ]
        .into_iter()
        .find_map(|(source, t)| Some((source, t?)));
        timestamp = fallback.map(|(_, t)| t);
        warnings.push(Warning::UnreadableTimestamp {
            raw: raw.to_owned(),
            fallback: fallback.map(|(source, _)| source),
        });
    } else if let Some(t) = timestamp.filter(|_| !parts.legacy_date) {
        if t.timestamp_millis() < 100_000_000_000 {
            warnings.push(Warning::TimestampInSeconds(t.timestamp_millis()));
        }
    }
    warnings.extend(body.warnings);
    #[cfg(feature = "language")]
    let language = language::of_article(&parts.title, body.lead.as_deref(), &body.blocks);
    #[cfg(not(feature = "language"))]
    let language = None;
    Article {
        timestamp,
        timestamp_raw: parts.timestamp_raw.map(str::to_owned),
        url_decoded: urls::decode_for_display(parts.url.as_str()),
        title: parts.title,
        url: parts.url,
        outlet,
        language,
        published: body.published,
        byline: body.byline,
        lead: body.lead,
        blocks: body.blocks,
        images: body.images,
        other_images: body.other_images,
        videos: body.videos,
        audio: body.audio,
        share_links: body.share_links,
        feed_footer: body.feed_footer,
        boilerplate: body.boilerplate,
        front_matter: parts.front_matter.map(str::to_owned),
        body_html: String::new(),
        warnings,
    }
}

/// Reads and parses the snapshot file at `path`, with the default
/// [`ParseOptions`].
///
/// At most [`max_input_size`](ParseOptions::max_input_size) bytes and one
/// more are read, so a huge file costs no more than the limit.
///
/// # Errors
///
/// [`ReadError::Io`] when the file cannot be read, and [`ReadError::Parse`]
/// with every error of [`parse_bytes`].
///
/// ```
/// let path = std::env::temp_dir().join("newsnap-doc-parse-file.md");
/// std::fs::write(&path, newsnap::SEED)?;
/// let article = newsnap::parse_file(&path)?;
/// assert_eq!(article.outlet, newsnap::Outlet::Rfi);
/// let missing = newsnap::parse_file("no/such/file.md").unwrap_err();
/// assert!(matches!(missing, newsnap::ReadError::Io(_)));
/// # std::fs::remove_file(&path)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn parse_file(path: impl AsRef<std::path::Path>) -> Result<Article, ReadError> {
    parse_file_with(path, &ParseOptions::default())
}

/// [`parse_file`] with options.
///
/// # Errors
///
/// As [`parse_file`], with the limits of `options`.
///
/// ```
/// let path = std::env::temp_dir().join("newsnap-doc-parse-file-with.md");
/// std::fs::write(&path, newsnap::SEED)?;
/// let options = newsnap::ParseOptions::default().max_input_size(100);
/// let err = newsnap::parse_file_with(&path, &options).unwrap_err();
/// assert!(matches!(err, newsnap::ReadError::Parse(e) if matches!(e.kind(), newsnap::ErrorKind::InputTooLarge { .. })));
/// # std::fs::remove_file(&path)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn parse_file_with(
    path: impl AsRef<std::path::Path>,
    options: &ParseOptions,
) -> Result<Article, ReadError> {
    let file = std::fs::File::open(path)?;
    parse_reader_with(file, options)
}

/// Reads a snapshot from `reader` to its end and parses it, with the
/// default [`ParseOptions`].
///
/// # Errors
///
/// As [`parse_file`].
///
/// ```
/// let article = newsnap::parse_reader(newsnap::SEED.as_bytes())?;
/// assert_eq!(article.images.len(), 1);
/// # Ok::<(), newsnap::ReadError>(())
/// ```
pub fn parse_reader(reader: impl std::io::Read) -> Result<Article, ReadError> {
    parse_reader_with(reader, &ParseOptions::default())
}

/// [`parse_reader`] with options.
///
/// # Errors
///
/// As [`parse_file`], with the limits of `options`.
///
/// ```
/// let options = newsnap::ParseOptions::default().strict(true);
/// let err = newsnap::parse_reader_with(&b"<!--NaN-->\n[t](https://a.example/)\n---\n"[..], &options);
/// assert!(matches!(err, Err(newsnap::ReadError::Parse(_))));
/// ```
pub fn parse_reader_with(
    reader: impl std::io::Read,
    options: &ParseOptions,
) -> Result<Article, ReadError> {
    let limit = size_limit(options);
    let mut input = ByteTendril::new();
    std::io::copy(&mut reader.take(limit as u64 + 1), &mut input)?;
    Ok(parse_tendril_with(input, options)?)
}

impl Article {
    /// Builds an article from its parts, deriving every other field (outlet,
    /// date line, byline, lead, blocks, media, boilerplate…) from `url` and
    /// `body_html` as [`parse`] would; `title` is normalised as `parse` reads
    /// it. `parse(&article.to_snapshot())` gives the same article back.
    ///
    /// ```
    /// use newsnap::Article;
    /// let url = url::Url::parse("https://www.dw.com/zh/a-1")?;
    /// let timestamp = chrono::DateTime::from_timestamp_millis(1_593_701_711_000).unwrap();
    /// let article = Article::from_parts(timestamp, " 标题 ", url, "<p>正文。</p>");
    /// assert_eq!(article.title, "标题");
    /// assert_eq!(article.outlet, newsnap::Outlet::Dw);
    /// assert_eq!(article.blocks[0].text, "正文。");
    /// assert_eq!(newsnap::parse(&article.to_snapshot())?, article);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn from_parts(
        timestamp: chrono::DateTime<chrono::Utc>,
        title: &str,
        url: url::Url,
        body_html: &str,
    ) -> Article {
        let parts = header::Header {
            timestamp: Some(timestamp),
            timestamp_raw: None,
            legacy_date: false,
            title: text::normalize_title(title),
            url,
            front_matter: None,
            body: body_html,
        };
        let mut article = assemble(
            parts,
            html::Source::Str(body_html),
            &ParseOptions::default(),
        );
        article.body_html = body_html.to_owned();
        article
    }
}

impl FromStr for Article {
    type Err = Error;

    /// Same as [`parse`].
    ///
    /// ```
    /// let article: newsnap::Article = newsnap::SEED.parse()?;
    /// assert_eq!(article.images.len(), 1);
    /// # Ok::<(), newsnap::Error>(())
    /// ```
    fn from_str(s: &str) -> Result<Self, Error> {
        parse(s)
    }
}

impl TryFrom<&str> for Article {
    type Error = Error;

    /// Same as [`parse`].
    ///
    /// ```
    /// let article = newsnap::Article::try_from(newsnap::SEED)?;
    /// assert_eq!(article.share_links.len(), 4);
    /// # Ok::<(), newsnap::Error>(())
    /// ```
    fn try_from(s: &str) -> Result<Self, Error> {
        parse(s)
    }
}

impl TryFrom<&[u8]> for Article {
    type Error = Error;

    /// Same as [`parse_bytes`].
    ///
    /// ```
    /// let article = newsnap::Article::try_from(newsnap::SEED.as_bytes())?;
    /// assert!(article.lead.is_some());
    /// # Ok::<(), newsnap::Error>(())
    /// ```
    fn try_from(s: &[u8]) -> Result<Self, Error> {
        parse_bytes(s)
    }
}
