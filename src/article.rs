//! The typed result of a parse.

use std::fmt;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, Utc};
use url::Url;

use crate::outlets::Outlet;

/// One parsed snapshot.
///
/// Every field says where in the snapshot it comes from. Boilerplate (share
/// block, feed footer, ads, promos, copyright and subscription lines) never
/// reaches [`lead`](Self::lead), [`blocks`](Self::blocks) or
/// [`images`](Self::images); it stays reachable through
/// [`body_html`](Self::body_html), [`boilerplate`](Self::boilerplate),
/// [`share_links`](Self::share_links) and [`feed_footer`](Self::feed_footer).
///
/// ```
/// let article: newsnap::Article = newsnap::SEED.parse()?;
/// assert_eq!(article.outlet, newsnap::Outlet::Rfi);
/// assert_eq!(article.blocks.len(), 8);
/// # Ok::<(), newsnap::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Article {
    /// Line 1: the `<!--ms-->` comment (the feed item's `pubDate`), or the
    /// older variant's `日期：` line. JSON: RFC 3339 UTC.
    pub timestamp: DateTime<Utc>,
    /// Line 2: the link text, trimmed, white space (line breaks included)
    /// collapsed to one line.
    pub title: String,
    /// Line 2: the link target, as the `url` crate parses it.
    pub url: Url,
    /// [`url`](Self::url) percent-decoded where that yields UTF-8, for reading.
    pub url_decoded: String,
    /// The outlet, known from the URL's host.
    pub outlet: Outlet,
    /// The body's date line (or the outlet's date convention), when found.
    pub published: Option<Published>,
    /// The author(s) given on the date line (DW, NYT) or in credits (RFA).
    pub byline: Option<String>,
    /// A standfirst opening the body (RFI's bold lead, BBC's introduction);
    /// not repeated in [`blocks`](Self::blocks).
    pub lead: Option<String>,
    /// The article text in reading order.
    pub blocks: Vec<Block>,
    /// Content images in reading order, without duplicates.
    pub images: Vec<Image>,
    /// Videos and embedded players (`<video>`, `<iframe>`, YouTube posts).
    pub videos: Vec<Video>,
    /// Links of the body's share block (Facebook, X, WhatsApp…).
    pub share_links: Vec<ShareLink>,
    /// The full-text service's promo footer (`获取更多RSS` and its links).
    pub feed_footer: Option<FeedFooter>,
    /// Text of blocks dropped as boilerplate (copyright, subscription lines,
    /// credits), in order.
    pub boilerplate: Vec<String>,
    /// The Jekyll front matter in front of the snapshot (between its `---`
    /// lines), when there was one.
    pub front_matter: Option<String>,
    /// The body exactly as found after the header, so nothing is lost.
    pub body_html: String,
    /// Oddities met on the way that did not stop the parse.
    pub warnings: Vec<Warning>,
}

/// The publication time read from the body's date line.
///
/// ```
/// let article = newsnap::parse(newsnap::SEED)?;
/// let published = article.published.unwrap();
/// assert_eq!(published.raw, "06/11/2023 - 22:40");
/// assert_eq!(published.utc_offset.unwrap().to_string(), "+01:00");
/// assert_eq!(published.instant.unwrap().to_rfc3339(), "2023-11-06T21:40:00+00:00");
/// # Ok::<(), newsnap::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Published {
    /// The date text as found (trimmed).
    pub raw: String,
    /// The wall-clock date or date-time it states.
    pub local: LocalTime,
    /// The offset from UTC of that wall-clock time, when the outlet's zone
    /// is known. JSON: `"+01:00"`.
    #[cfg_attr(feature = "serde", serde(serialize_with = "ser::display_opt"))]
    pub utc_offset: Option<FixedOffset>,
    /// The instant, only when the zone is known.
    pub instant: Option<DateTime<Utc>>,
}

/// A wall-clock date, or date and time. JSON: ISO 8601 (`2023-11-06T22:40:00`
/// or `2020-07-20`).
///
/// ```
/// use newsnap::LocalTime;
/// let d = chrono::NaiveDate::from_ymd_opt(2020, 7, 20).unwrap();
/// assert_eq!(LocalTime::Date(d).to_string(), "2020-07-20");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(untagged))]
pub enum LocalTime {
    /// Only a date is given (BBC, Epoch Times).
    Date(NaiveDate),
    /// A date and a time.
    DateTime(NaiveDateTime),
}

impl fmt::Display for LocalTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LocalTime::Date(d) => write!(f, "{}", d.format("%Y-%m-%d")),
            LocalTime::DateTime(t) => write!(f, "{}", t.format("%Y-%m-%dT%H:%M:%S%.f")),
        }
    }
}

/// A block of article text.
///
/// ```
/// let article = newsnap::parse(newsnap::SEED)?;
/// let block = &article.blocks[0];
/// assert_eq!(block.kind, newsnap::BlockKind::Paragraph);
/// assert!(block.text.starts_with("白宫的声明称"));
/// # Ok::<(), newsnap::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Block {
    /// What kind of block. JSON: `"kind"` (and `"level"` for headings).
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub kind: BlockKind,
    /// The text: entities decoded, white space collapsed and trimmed, `<br>`
    /// as `\n` (so `<br><br>` inside a `<p>` is a blank line).
    pub text: String,
    /// Links inside the block, in order.
    pub links: Vec<Link>,
}

/// The kind of a [`Block`], from the element that holds its text.
///
/// ```
/// use newsnap::BlockKind;
/// assert_ne!(BlockKind::Heading { level: 2 }, BlockKind::Paragraph);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(tag = "kind", rename_all = "snake_case")
)]
#[non_exhaustive]
pub enum BlockKind {
    /// `<p>`, or text outside any text element.
    Paragraph,
    /// `<h1>`–`<h6>`.
    Heading {
        /// 1 to 6.
        level: u8,
    },
    /// Inside `<blockquote>`.
    Quote,
    /// Inside `<li>`.
    ListItem,
    /// The caption of the image or video before it, where it stands in the
    /// text (also in [`Image::caption`] or [`Video::caption`]).
    Caption,
}

/// A link inside a block.
///
/// ```
/// let article = newsnap::parse(newsnap::SEED)?;
/// assert!(article.blocks.iter().all(|b| b.links.is_empty()));
/// # Ok::<(), newsnap::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Link {
    /// The link text, normalised.
    pub text: String,
    /// The `href`, resolved against the article URL.
    pub url: Url,
}

/// A content image.
///
/// ```
/// let article = newsnap::parse(newsnap::SEED)?;
/// assert!(article.images[0].url.as_str().ends_with("AP23078785231394-1-1.jpg"));
/// # Ok::<(), newsnap::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Image {
    /// The image as the body references it (`src`, or `data-src`, `srcset`,
    /// `<picture><source>` when `src` is a placeholder), absolute.
    pub url: Url,
    /// The image behind a proxy such as `images.weserv.nl/?url=…`, when
    /// [`url`](Self::url) is one.
    pub original_url: Option<Url>,
    /// The `alt` text, when it says something.
    pub alt: Option<String>,
    /// The caption: `<figcaption>`, the `<small>` under the image, or the
    /// outlet's caption element.
    pub caption: Option<String>,
    /// The photo credit, when the outlet marks it apart (BBC).
    pub credit: Option<String>,
}

/// A video or embedded player.
///
/// ```
/// let article = newsnap::parse(
///     "<!--0-->\n[T](https://www.dw.com/zh/a)\n------\n\n<video src=\"https://v.example/a.mp4\" poster=\"https://v.example/a.jpg\"></video>",
/// )?;
/// assert_eq!(article.videos[0].url.as_str(), "https://v.example/a.mp4");
/// # Ok::<(), newsnap::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Video {
    /// `<video src>` (or its `<source>`), `<iframe src|data-src>`, or the
    /// article URL of a YouTube post.
    pub url: Url,
    /// `<video poster>`.
    pub poster: Option<Url>,
    /// The caption under the player (VOA, DW `<small>`).
    pub caption: Option<String>,
}

/// A link of the share block.
///
/// ```
/// let article = newsnap::parse(newsnap::SEED)?;
/// let fb = &article.share_links[0];
/// assert_eq!(fb.platform, newsnap::Platform::Facebook);
/// assert_eq!(fb.target.as_ref().unwrap().as_str(), "https://rfi.my/A54v.F");
/// # Ok::<(), newsnap::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ShareLink {
    /// Where it shares to.
    pub platform: Platform,
    /// The share link itself.
    pub url: Url,
    /// The shared article URL, decoded through every level of nesting.
    pub target: Option<Url>,
}

/// A platform a share link points at. JSON: lowercase name.
///
/// ```
/// assert_eq!(newsnap::Platform::Whatsapp.as_str(), "whatsapp");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Platform {
    /// facebook.com sharer and share dialog.
    Facebook,
    /// x.com and twitter.com intents.
    X,
    /// WhatsApp app and web links.
    Whatsapp,
    /// LINE.
    Line,
    /// Telegram.
    Telegram,
    /// Sina Weibo.
    Weibo,
    /// LinkedIn.
    Linkedin,
    /// `mailto:` links.
    Email,
    /// Reddit.
    Reddit,
    /// Pinterest.
    Pinterest,
    /// Another platform, by the name its share service gives it.
    Other(String),
}

impl Platform {
    /// The lowercase name used in JSON.
    ///
    /// ```
    /// assert_eq!(newsnap::Platform::X.as_str(), "x");
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Platform::Facebook => "facebook",
            Platform::X => "x",
            Platform::Whatsapp => "whatsapp",
            Platform::Line => "line",
            Platform::Telegram => "telegram",
            Platform::Weibo => "weibo",
            Platform::Linkedin => "linkedin",
            Platform::Email => "email",
            Platform::Reddit => "reddit",
            Platform::Pinterest => "pinterest",
            Platform::Other(name) => name,
        }
    }
}

impl fmt::Display for Platform {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The promo footer a full-text feed service appends.
///
/// ```
/// let article = newsnap::parse(newsnap::SEED)?;
/// let footer = article.feed_footer.unwrap();
/// assert_eq!(footer.service, "feedx");
/// assert_eq!(footer.links[1].as_str(), "https://feedx.best/");
/// # Ok::<(), newsnap::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct FeedFooter {
    /// The service, from its links' domain (`feedx`), whatever the top-level domain.
    pub service: String,
    /// The footer's links, in order.
    pub links: Vec<Url>,
}

/// Something odd met while parsing that did not stop the parse.
/// JSON: its message.
///
/// ```
/// let article = newsnap::parse(
///     "[T](https://chinadigitaltimes.net/a)\n------\n日期：Sat, 20 Jun 2020 17:27:18 +0000\n\n<p>x</p>",
/// )?;
/// assert_eq!(article.warnings, [newsnap::Warning::LegacyDateLine]);
/// # Ok::<(), newsnap::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Warning {
    /// The snapshot is the older variant without a timestamp comment; the
    /// timestamp comes from its `日期：` line.
    LegacyDateLine,
    /// The body nested elements deeper than
    /// [`ParseOptions::max_depth`](crate::ParseOptions::max_depth), or held
    /// more than 8 open formatting elements (`<b>`, `<i>`, `<font>`…): this
    /// many start tags were dropped and their text kept in the enclosing
    /// element.
    DepthLimited(usize),
    /// The body held more elements than 4,096 plus one per 16 bytes, an
    /// element counting once more for every 16 levels it is nested (a body
    /// of nothing but tiny elements, never a real article: the densest
    /// corpus article has one element per 31 bytes): this many start tags
    /// past that budget were dropped, their text kept in the enclosing
    /// element. This keeps such bodies within a few times the time per byte
    /// of a real article.
    ///
    /// ```
    /// let body = "<p>x".repeat(100_000);
    /// let snapshot = format!("<!--0-->\n[t](https://a.example/)\n---\n{body}");
    /// let article = newsnap::parse(&snapshot)?;
    /// assert!(matches!(article.warnings[..], [newsnap::Warning::TooManyElements(n)] if n > 50_000));
    /// // No text is lost.
    /// let text: usize = article.blocks.iter().map(|b| b.text.matches('x').count()).sum();
    /// assert_eq!(text, 100_000);
    /// # Ok::<(), newsnap::Error>(())
    /// ```
    TooManyElements(usize),
    /// The body's date line could not be read; holds its text.
    UnreadableDateLine(String),
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warning::LegacyDateLine => {
                f.write_str("no timestamp comment; timestamp taken from the 日期 line")
            }
            Warning::DepthLimited(n) => write!(
                f,
                "{n} start tags nested deeper than the depth limit were dropped, their text kept"
            ),
            Warning::TooManyElements(n) => write!(
                f,
                "{n} start tags past the element budget were dropped, their text kept"
            ),
            Warning::UnreadableDateLine(raw) => write!(f, "unreadable date line {raw:?}"),
        }
    }
}

#[cfg(feature = "serde")]
mod ser {
    use serde::{Serialize, Serializer};

    pub(super) fn display_opt<T: std::fmt::Display, S: Serializer>(
        value: &Option<T>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        match value {
            Some(v) => s.collect_str(v),
            None => s.serialize_none(),
        }
    }

    impl Serialize for super::Platform {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_str(self.as_str())
        }
    }

    impl Serialize for super::Warning {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.collect_str(self)
        }
    }

    impl Serialize for crate::outlets::Outlet {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_str(self.as_str())
        }
    }
}
