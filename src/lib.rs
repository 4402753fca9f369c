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
mod options;
mod outlets;
mod render;
#[cfg(test)]
mod rng;
mod text;
mod urls;

use std::str::FromStr;

pub use article::{
    Article, Block, BlockKind, FeedFooter, Image, Link, LocalTime, Platform, Published, ShareLink,
    Video, Warning,
};
pub use error::{Error, ErrorKind};
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
    let header = header::parse(input)?;
    let outlet = Outlet::from_url(&header.url);
    let body = extract::extract(header.body, &header.url, outlets::spec(&outlet), options);
    let mut warnings = Vec::new();
    if header.legacy_date {
        warnings.push(Warning::LegacyDateLine);
    }
    warnings.extend(body.warnings);
    Ok(Article {
        timestamp: header.timestamp,
        url_decoded: urls::decode_for_display(header.url.as_str()),
        title: header.title,
        url: header.url,
        outlet,
        published: body.published,
        byline: body.byline,
        lead: body.lead,
        blocks: body.blocks,
        images: body.images,
        videos: body.videos,
        share_links: body.share_links,
        feed_footer: body.feed_footer,
        boilerplate: body.boilerplate,
        front_matter: header.front_matter.map(str::to_owned),
        body_html: header.body.to_owned(),
        warnings,
    })
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
