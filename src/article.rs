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
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Article {
    /// Line 1: the `<!--ms-->` comment (the feed item's `pubDate`), or the
    /// older variant's `日期：` line. When the comment holds no number of
    /// milliseconds (`<!--NaN-->`), the first of: the front matter's
    /// `date:`, the body's published instant, a date in the URL (a date
    /// alone as midnight UTC), else `None`; a
    /// [`Warning::UnreadableTimestamp`] says which. JSON: RFC 3339 UTC or
    /// `null`.
    pub timestamp: Option<DateTime<Utc>>,
    /// Line 1's comment text when it is not a number of milliseconds
    /// (`NaN`, empty…), so that [`to_snapshot`](Self::to_snapshot) writes
    /// it back as found; `None` for an ordinary timestamp. JSON: left out
    /// when `None`.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub timestamp_raw: Option<String>,
    /// Line 2: the link text, trimmed, white space (line breaks included)
    /// collapsed to one line.
    pub title: String,
    /// Line 2: the link target, as the `url` crate parses it.
    pub url: Url,
    /// [`url`](Self::url) percent-decoded where that yields UTF-8, for reading.
    pub url_decoded: String,
    /// The outlet, known from the URL's host, or for a host newsnap does not
    /// know from the body's markup ([`Outlet::from_page`]).
    pub outlet: Outlet,
    /// The language of the text, a BCP 47 tag: `zh-Hans` or `zh-Hant` for
    /// Chinese in Simplified or Traditional characters (`zh` when no
    /// character that tells them apart occurs), `ja`, `ko`, or for
    /// alphabetic scripts the ISO 639-1 code of whatlang's language (`en`,
    /// `fr`, `ru`…). Read from the [`title`](Self::title), the
    /// [`lead`](Self::lead) and the [`blocks`](Self::blocks), their first
    /// 4 KiB at most (a Chinese text plainly of one script is settled by its
    /// first paragraphs; the README's *Language* section has the rules).
    /// `None` when there is too little text to tell (under five Han
    /// characters or twenty letters) or whatlang is not confident, and
    /// always without the `language` feature (on by default). JSON: a string
    /// or `null`; JSON without it (older `snapshot2json` output) reads as
    /// `None`.
    ///
    #[cfg_attr(feature = "language", doc = "```")]
    #[cfg_attr(not(feature = "language"), doc = "```ignore")]
    /// let article = newsnap::parse(newsnap::SEED)?;
    /// assert_eq!(article.language.as_deref(), Some("zh-Hans"));
    /// let tw = newsnap::parse("<!--1593701711000-->\n[臺灣新聞](https://www.cna.com.tw/news/a.aspx)\n---\n\n<p>總統今天說，這項計畫會繼續進行。</p>")?;
    /// assert_eq!(tw.language.as_deref(), Some("zh-Hant"));
    /// # Ok::<(), newsnap::Error>(())
    /// ```
    #[cfg_attr(feature = "serde", serde(default))]
    pub language: Option<String>,
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
    /// Images the body shows that are not content: tracking pixels,
    /// avatars and author pictures, emoji and icons, promo QR codes, promo
    /// banners and sponsors' logos told by where they stand. Kept
    /// here, each with what it is, so that nothing is lost. JSON: left out
    /// when empty.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub other_images: Vec<OtherImage>,
    /// Videos and embedded players (`<video>`, `<iframe>`, `<video-player>`,
    /// YouTube posts), in reading order, without duplicates.
    pub videos: Vec<Video>,
    /// Sounds: `<audio>` elements and podcast players, in reading order,
    /// without duplicates (see [`Audio`] for why they are not videos).
    /// JSON: left out when empty.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub audio: Vec<Audio>,
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

/// The article's date as [`Article::date`] picks it: the best of the
/// published instant, the published date and the feed's timestamp.
///
/// ```
/// let article = newsnap::parse(newsnap::SEED)?;
/// let date = article.date().unwrap();
/// assert_eq!(date.source, newsnap::DateSource::PublishedInstant);
/// assert_eq!(date.date.to_string(), "2023-11-06");
/// assert_eq!(date.instant.unwrap().to_rfc3339(), "2023-11-06T21:40:00+00:00");
/// # Ok::<(), newsnap::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct ArticleDate {
    /// The calendar date: the published date as the outlet's date line
    /// states it (its own wall clock), or the UTC date of the timestamp.
    pub date: NaiveDate,
    /// The instant, when known.
    pub instant: Option<DateTime<Utc>>,
    /// Where it came from.
    pub source: DateSource,
}

/// Where an [`ArticleDate`] came from.
///
/// ```
/// assert_ne!(newsnap::DateSource::Timestamp, newsnap::DateSource::PublishedInstant);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DateSource {
    /// The body's date line, with its instant (the outlet's zone is known,
    /// or the line gives its offset).
    PublishedInstant,
    /// The body's date line, a date or a wall-clock time in an unknown zone.
    PublishedLocal,
    /// The snapshot's [`timestamp`](Article::timestamp): the feed item's
    /// date, usually minutes to hours after publication.
    Timestamp,
}

impl Article {
    /// The article's best date: the published instant when the body's date
    /// line gives one, else the date it states, else the feed's timestamp;
    /// `None` when the article has none of them.
    ///
    /// ```
    /// use newsnap::DateSource;
    /// let article = newsnap::parse("<!--1593701711000-->\n[T](https://www.bbc.com/zhongwen/simp/a)\n---\n\n<p>x</p>")?;
    /// let date = article.date().unwrap();
    /// assert_eq!((date.source, date.date.to_string()), (DateSource::Timestamp, "2020-07-02".into()));
    /// # Ok::<(), newsnap::Error>(())
    /// ```
    #[must_use]
    pub fn date(&self) -> Option<ArticleDate> {
        let Some(p) = &self.published else {
            return self.timestamp.map(|t| ArticleDate {
                date: t.date_naive(),
                instant: Some(t),
                source: DateSource::Timestamp,
            });
        };
        let date = p.local.date();
        let source = match p.instant {
            Some(_) => DateSource::PublishedInstant,
            None => DateSource::PublishedLocal,
        };
        Some(ArticleDate {
            date,
            instant: p.instant,
            source,
        })
    }

    /// The article's text for reading machines: the lead and the blocks'
    /// texts, one paragraph each, separated by a blank line; no title, URL,
    /// date, image lines or captions (see
    /// [`plain_text_with_captions`](Self::plain_text_with_captions)).
    ///
    /// ```
    /// let article = newsnap::parse(newsnap::SEED)?;
    /// let text = article.plain_text();
    /// assert!(text.starts_with("法新社消息，"));
    /// assert!(!text.contains("https://"));
    /// assert_eq!(text.split("\n\n").count(), 1 + article.blocks.len());
    /// # Ok::<(), newsnap::Error>(())
    /// ```
    #[must_use]
    pub fn plain_text(&self) -> String {
        self.text_of(false)
    }

    /// [`plain_text`](Self::plain_text) with the captions where they stand.
    ///
    /// ```
    /// let article = newsnap::parse(
    ///     "<!--1593701711000-->\n[T](https://www.dw.com/zh/a)\n---\n\n<p>一</p><figure><img src=\"/a.jpg\"><figcaption>说明</figcaption></figure><p>二</p>",
    /// )?;
    /// assert_eq!(article.plain_text(), "一\n\n二");
    /// assert_eq!(article.plain_text_with_captions(), "一\n\n说明\n\n二");
    /// # Ok::<(), newsnap::Error>(())
    /// ```
    #[must_use]
    pub fn plain_text_with_captions(&self) -> String {
        self.text_of(true)
    }

    fn text_of(&self, captions: bool) -> String {
        let mut out = String::new();
        let texts = self.lead.iter().map(String::as_str).chain(
            self.blocks
                .iter()
                .filter(|b| captions || b.kind != BlockKind::Caption)
                .map(|b| b.text.as_str()),
        );
        for text in texts {
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            out.push_str(text);
        }
        out
    }
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
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Published {
    /// The date text as found (trimmed).
    pub raw: String,
    /// The wall-clock date or date-time it states.
    pub local: LocalTime,
    /// The offset from UTC of that wall-clock time, when the outlet's zone
    /// is known. JSON: `"+01:00"`.
    #[cfg_attr(
        feature = "serde",
        serde(
            serialize_with = "ser::display_opt",
            deserialize_with = "ser::parse_opt"
        )
    )]
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
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(untagged)
)]
pub enum LocalTime {
    /// Only a date is given (BBC, Epoch Times).
    Date(NaiveDate),
    /// A date and a time.
    DateTime(NaiveDateTime),
}

impl LocalTime {
    /// The calendar date, with or without its time of day.
    pub(crate) fn date(self) -> NaiveDate {
        match self {
            LocalTime::Date(d) => d,
            LocalTime::DateTime(t) => t.date(),
        }
    }
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
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
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

/// The depth of a top-level list's items.
#[cfg(feature = "serde")]
fn top_level() -> u8 {
    1
}

#[cfg(feature = "serde")]
#[allow(clippy::trivially_copy_pass_by_ref)] // serde passes a reference
fn is_top_level(depth: &u8) -> bool {
    *depth == 1
}

impl BlockKind {
    /// An item of a top-level unordered list.
    ///
    /// ```
    /// let kind = newsnap::BlockKind::list_item();
    /// assert!(matches!(kind, newsnap::BlockKind::ListItem { ordinal: None, depth: 1 }));
    /// ```
    #[must_use]
    pub fn list_item() -> BlockKind {
        BlockKind::ListItem {
            ordinal: None,
            depth: 1,
        }
    }
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
    derive(serde::Serialize, serde::Deserialize),
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
    /// Inside `<li>` (or `<dd>`, `<dt>`).
    ListItem {
        /// The item's number in an ordered list (`<ol>`, counting from its
        /// `start`, or the item's own `value`); `None` in an unordered one.
        /// JSON: left out when `None`.
        #[cfg_attr(
            feature = "serde",
            serde(default, skip_serializing_if = "Option::is_none")
        )]
        ordinal: Option<u32>,
        /// 1 for an item of a top-level list, 2 for one of a list inside
        /// an item, and so on. JSON: left out when 1.
        #[cfg_attr(
            feature = "serde",
            serde(default = "top_level", skip_serializing_if = "is_top_level")
        )]
        depth: u8,
    },
    /// The caption of the image, video or sound before it, where it stands
    /// in the text (also in [`Image::caption`], [`Video::caption`] or
    /// [`Audio::caption`]).
    Caption,
    /// A thematic break between sections: a line of `* * *`, `＊`, `———`,
    /// `-----`, `====`…, its text the line as found. Markdown renders it as
    /// `* * *`.
    Separator,
    /// Inside `<pre>`: code or verse, its text as written, with its line
    /// breaks and indentation (blank lines at its start and white space at
    /// its end aside; a single line is trimmed). Markdown renders it as a
    /// fenced code block.
    Preformatted,
}

/// A link inside a block.
///
/// ```
/// let article = newsnap::parse(newsnap::SEED)?;
/// assert!(article.blocks.iter().all(|b| b.links.is_empty()));
/// # Ok::<(), newsnap::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
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
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
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
    /// Where the image stood in the text: the index in
    /// [`Article::blocks`] of the first block after it, so `0` is before
    /// the first block and `blocks.len()` after the last. A caption block
    /// of the image comes right after it, at this index.
    ///
    /// The [`lead`](Article::lead) is not a block: an image before the lead
    /// and one between the lead and the first block both get `0`, and the
    /// renders put them after the lead. That keeps one number per image, and
    /// puts an opening picture (RFI's header image, which comes before the
    /// bold standfirst) where a reader meets it, under the title and the
    /// standfirst. An image inside a paragraph's text stands after that
    /// paragraph. JSON: `0` when absent, as in JSON written before the
    /// field existed.
    ///
    /// ```
    /// let article = newsnap::parse(
    ///     "<!--0-->\n[T](https://a.example/)\n---\n\n\
    ///      <img src=\"/top.jpg\"><p><b>Lead.</b></p><p>One.</p><img src=\"/mid.jpg\"><p>Two.</p>",
    /// )?;
    /// assert_eq!(article.lead.as_deref(), Some("Lead."));
    /// let positions: Vec<usize> = article.images.iter().map(|i| i.position).collect();
    /// assert_eq!(positions, [0, 1]);
    /// assert_eq!(article.blocks[1].text, "Two.");
    /// # Ok::<(), newsnap::Error>(())
    /// ```
    #[cfg_attr(feature = "serde", serde(default))]
    pub position: usize,
}

/// An image of the body that is not part of the article, and what it is
/// (see [`ImageKind`]).
///
/// ```
/// let snapshot = "<!--1600000000000-->\n[t](https://blog.example/p)\n---\n\n\
///     <p>Text.</p><img src=\"https://medium.com/_/stat?event=post.clientViewed\">";
/// let article = newsnap::parse(snapshot)?;
/// assert!(article.images.is_empty());
/// assert_eq!(article.other_images[0].kind, newsnap::ImageKind::TrackingPixel);
/// # Ok::<(), newsnap::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct OtherImage {
    /// The image, absolute, as the body references it.
    pub url: Url,
    /// The `alt` text, when it says something.
    pub alt: Option<String>,
    /// What the image is.
    pub kind: ImageKind,
}

/// What an [`OtherImage`] is. JSON: `"tracking_pixel"`, `"avatar"`,
/// `"icon"`, `"qr_code"`, `"promo"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum ImageKind {
    /// A tracking pixel: declared 1×1 (or 0 wide or high), or served by a
    /// known statistics endpoint (`medium.com/_/stat`, `pixel.wp.com`,
    /// feedburner's `~r/` counters…).
    TrackingPixel,
    /// A contributor's avatar or author picture: served from an `avatar`,
    /// `avatars`, `profile` or `authors` folder, by Gravatar or an
    /// `avatars.` host, or marked `avatar` in its class.
    Avatar,
    /// An emoji or icon: WordPress's emoji images (`s.w.org/images/core/emoji`,
    /// class `emoji` or `wp-smiley`), declared at most 32×32, a share or
    /// follow button (a file named for a platform and an icon's marks
    /// only: `twitter-icon.svg`, `share/facebook.png`), a vector or GIF
    /// image from an `icons` or `emoji` folder, a badge, or a divider
    /// (`alt="分割线"`). An emoji's `alt` (the emoji itself) stays in the
    /// text where the image stood.
    Icon,
    /// A promo QR code: `qr`/`qrcode`/`二维码` in its file name or `alt`.
    QrCode,
    /// A donate or subscribe button (a file named for the button only:
    /// `btn_donate.gif`, `banner-subscribe.png`; Buy Me a Coffee's, Ko-fi's,
    /// PayPal's), an Amazon product widget, or a promo or sponsor image told
    /// by where it stands: an uncaptioned
    /// image after the article's last block with feed furniture or credits
    /// before it (an account's QR code, a newsletter banner), a logo under
    /// a sponsors' label (`主辦：`, `Sponsors:`), or an image captioned as a
    /// signature (`簽名檔`).
    Promo,
}

impl ImageKind {
    /// The name JSON gives it.
    ///
    /// ```
    /// assert_eq!(newsnap::ImageKind::QrCode.as_str(), "qr_code");
    /// ```
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            ImageKind::TrackingPixel => "tracking_pixel",
            ImageKind::Avatar => "avatar",
            ImageKind::Icon => "icon",
            ImageKind::QrCode => "qr_code",
            ImageKind::Promo => "promo",
        }
    }
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
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Video {
    /// `<video src>` (or its `<source>`), `<iframe src|data-src>` (other
    /// than a podcast player's, which is [`Audio`]), the URL in a
    /// `<video-player>` custom element's attributes (RFI), or the article URL
    /// of a YouTube post; absolute.
    pub url: Url,
    /// `<video poster>`, or a `<video-player>`'s poster attribute.
    pub poster: Option<Url>,
    /// The caption under the player (VOA, DW `<small>`).
    pub caption: Option<String>,
    /// Where the video stood in the text: the index in [`Article::blocks`]
    /// of the first block after it, as for [`Image::position`] (the same
    /// rule for the lead). A YouTube post's video, which is the page itself,
    /// stands after the last block. JSON: `0` when absent.
    ///
    /// ```
    /// let article = newsnap::parse(
    ///     "<!--0-->\n[T](https://a.example/)\n---\n\n\
    ///      <p>One.</p><iframe src=\"https://www.youtube.com/embed/x\"></iframe><p>Two.</p>",
    /// )?;
    /// assert_eq!(article.videos[0].position, 1);
    /// assert_eq!(article.blocks[1].text, "Two.");
    /// # Ok::<(), newsnap::Error>(())
    /// ```
    #[cfg_attr(feature = "serde", serde(default))]
    pub position: usize,
}

/// A sound: an `<audio>` element or an embedded podcast player.
///
/// Sounds are a list of their own, [`Article::audio`], rather than videos
/// with a kind: code that embeds, thumbnails or downloads
/// [`videos`](Article::videos) would otherwise be handed sound files and
/// players without pictures, a [`Video::poster`] means nothing for a sound,
/// and every existing use of `videos` stays right as it is, with no kind to
/// check. Podcast players (acast, SoundCloud, Spotify, Apple Podcasts…)
/// were videos before this list existed; they are sounds now.
///
/// ```
/// let article = newsnap::parse(
///     "<!--0-->\n[T](https://www.voachinese.com/a/1.html)\n------\n\n\
///      <p>One.</p><audio src=\"/clips/a.mp3\" controls></audio><div><small>Listen</small></div><p>Two.</p>",
/// )?;
/// let audio = &article.audio[0];
/// assert_eq!(audio.url.as_str(), "https://www.voachinese.com/clips/a.mp3");
/// assert_eq!(audio.caption.as_deref(), Some("Listen"));
/// assert_eq!(audio.position, 1);
/// assert!(article.videos.is_empty());
/// # Ok::<(), newsnap::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Audio {
    /// `<audio src>` (or its first `<source src>`), or a podcast player's
    /// `<iframe src|data-src>`; absolute.
    pub url: Url,
    /// The caption under it (VOA's `<small>`).
    pub caption: Option<String>,
    /// Where it stood in the text: the index in [`Article::blocks`] of the
    /// first block after it, as for [`Image::position`]. JSON: `0` when
    /// absent.
    #[cfg_attr(feature = "serde", serde(default))]
    pub position: usize,
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
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
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

impl Platform {
    /// The platform of a lowercase name as [`as_str`](Self::as_str) gives
    /// it; any other name is [`Platform::Other`].
    ///
    /// ```
    /// use newsnap::Platform;
    /// assert_eq!(Platform::from_name("x"), Platform::X);
    /// assert_eq!(Platform::from_name("mastodon"), Platform::Other("mastodon".into()));
    /// ```
    #[must_use]
    pub fn from_name(name: &str) -> Platform {
        match name {
            "facebook" => Platform::Facebook,
            "x" => Platform::X,
            "whatsapp" => Platform::Whatsapp,
            "line" => Platform::Line,
            "telegram" => Platform::Telegram,
            "weibo" => Platform::Weibo,
            "linkedin" => Platform::Linkedin,
            "email" => Platform::Email,
            "reddit" => Platform::Reddit,
            "pinterest" => Platform::Pinterest,
            other => Platform::Other(other.to_owned()),
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
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct FeedFooter {
    /// The service, from its links' domain (`feedx`), whatever the top-level domain.
    pub service: String,
    /// The footer's links, in order.
    pub links: Vec<Url>,
}

/// Something odd met while parsing that did not stop the parse.
///
/// JSON: `{"code": …, "message": …}` and the warning's values, as below.
/// The codes and values are stable; the messages are for people and may
/// change.
///
/// | code | variant | values |
/// |---|---|---|
/// | `legacy_date_line` | [`LegacyDateLine`](Self::LegacyDateLine) | |
/// | `depth_limited` | [`DepthLimited`](Self::DepthLimited) | `count` |
/// | `too_many_elements` | [`TooManyElements`](Self::TooManyElements) | `count` |
/// | `unreadable_date_line` | [`UnreadableDateLine`](Self::UnreadableDateLine) | `text` |
/// | `unreadable_timestamp` | [`UnreadableTimestamp`](Self::UnreadableTimestamp) | `text`, `fallback` (`front_matter`, `published`, `url` or `null`) |
/// | `timestamp_in_seconds` | [`TimestampInSeconds`](Self::TimestampInSeconds) | `value` |
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
    /// The body held more elements than 4,096 plus one per 64 bytes, an
    /// element counting once more for every 16 levels it is nested and for
    /// every two attributes it has (a body
    /// of nothing but tiny elements, never a real article: the densest
    /// corpus article has one element per 31 bytes): this many start tags
    /// past that budget were dropped, their text kept in the enclosing
    /// element. This keeps such bodies within a few times the time per byte
    /// of a real article.
    ///
    /// ```
    /// let body = "<p>x".repeat(100_000);
    /// let snapshot = format!("<!--1699308901000-->\n[t](https://a.example/)\n---\n{body}");
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
    /// Line 1's comment holds no number of milliseconds (`<!--NaN-->`, as
    /// archivers write for a feed item without a usable date): the article
    /// is read all the same, and [`Article::timestamp`] comes from
    /// `fallback`, or is `None`.
    ///
    /// ```
    /// use newsnap::{TimestampFallback, Warning};
    /// let article = newsnap::parse(
    ///     "<!--NaN-->\n[T](https://a.example/2024/03/05/x.html)\n---\n\n<p>x</p>",
    /// )?;
    /// assert_eq!(
    ///     article.warnings,
    ///     [Warning::UnreadableTimestamp { raw: "NaN".into(), fallback: Some(TimestampFallback::Url) }]
    /// );
    /// assert_eq!(article.timestamp.unwrap().to_rfc3339(), "2024-03-05T00:00:00+00:00");
    /// # Ok::<(), newsnap::Error>(())
    /// ```
    UnreadableTimestamp {
        /// The comment's text.
        raw: String,
        /// Where the timestamp was taken from instead, if anywhere.
        fallback: Option<TimestampFallback>,
    },
    /// Line 1's number is below 10^11, a date before March 1973 in
    /// milliseconds: likely seconds. Holds the number; the timestamp is read
    /// as milliseconds all the same (newsnap does not guess).
    ///
    /// ```
    /// let article = newsnap::parse("<!--1599564195-->\n[T](https://a.example/)\n---\n")?;
    /// assert_eq!(article.warnings, [newsnap::Warning::TimestampInSeconds(1_599_564_195)]);
    /// # Ok::<(), newsnap::Error>(())
    /// ```
    TimestampInSeconds(i64),
}

/// Where [`Article::timestamp`] came from when line 1 held none. JSON:
/// `"front_matter"`, `"published"` or `"url"`.
///
/// ```
/// assert_eq!(newsnap::TimestampFallback::Url.as_str(), "url");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "snake_case")
)]
#[non_exhaustive]
pub enum TimestampFallback {
    /// The front matter's `date:` line.
    FrontMatter,
    /// The body's published instant.
    Published,
    /// A date in the URL's path (`/2024/03/05/`, `/20240305`), or the time
    /// an outlet's URL encodes (燕京书评's post ids).
    Url,
}

impl TimestampFallback {
    /// The snake_case name JSON uses.
    ///
    /// ```
    /// assert_eq!(newsnap::TimestampFallback::FrontMatter.as_str(), "front_matter");
    /// ```
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            TimestampFallback::FrontMatter => "front_matter",
            TimestampFallback::Published => "published",
            TimestampFallback::Url => "url",
        }
    }
}

impl Warning {
    /// Every warning's [`code`](Self::code).
    pub const CODES: &'static [&'static str] = &[
        "legacy_date_line",
        "depth_limited",
        "too_many_elements",
        "unreadable_date_line",
        "unreadable_timestamp",
        "timestamp_in_seconds",
    ];

    /// A stable snake_case name of the warning, as JSON writes it (see
    /// [`Warning`] for the list).
    ///
    /// ```
    /// assert_eq!(newsnap::Warning::LegacyDateLine.code(), "legacy_date_line");
    /// ```
    #[must_use]
    pub fn code(&self) -> &'static str {
        match self {
            Warning::LegacyDateLine => "legacy_date_line",
            Warning::DepthLimited(_) => "depth_limited",
            Warning::TooManyElements(_) => "too_many_elements",
            Warning::UnreadableDateLine(_) => "unreadable_date_line",
            Warning::UnreadableTimestamp { .. } => "unreadable_timestamp",
            Warning::TimestampInSeconds(_) => "timestamp_in_seconds",
        }
    }
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
            Warning::UnreadableTimestamp { raw, fallback } => {
                write!(
                    f,
                    "timestamp comment {raw:?} is no number of milliseconds; "
                )?;
                match fallback {
                    Some(TimestampFallback::FrontMatter) => {
                        f.write_str("timestamp taken from the front matter's date")
                    }
                    Some(TimestampFallback::Published) => {
                        f.write_str("timestamp taken from the published instant")
                    }
                    Some(TimestampFallback::Url) => {
                        f.write_str("timestamp taken from the URL's date")
                    }
                    None => f.write_str("no timestamp"),
                }
            }
            Warning::TimestampInSeconds(n) => write!(
                f,
                "timestamp {n} is before 1973 in milliseconds: it may be in seconds"
            ),
        }
    }
}

#[cfg(feature = "serde")]
mod ser {
    use serde::de::{self, Deserializer, MapAccess, Visitor};
    use serde::ser::SerializeMap;
    use serde::{Deserialize, Serialize, Serializer};

    use super::{Platform, TimestampFallback, Warning};
    use crate::outlets::Outlet;

    pub(super) fn display_opt<T: std::fmt::Display, S: Serializer>(
        value: &Option<T>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        match value {
            Some(v) => s.collect_str(v),
            None => s.serialize_none(),
        }
    }

    pub(super) fn parse_opt<'de, T, D>(d: D) -> Result<Option<T>, D::Error>
    where
        T: std::str::FromStr,
        T::Err: std::fmt::Display,
        D: Deserializer<'de>,
    {
        match Option::<String>::deserialize(d)? {
            Some(s) => s.parse().map(Some).map_err(de::Error::custom),
            None => Ok(None),
        }
    }

    impl Serialize for Platform {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_str(self.as_str())
        }
    }

    impl<'de> Deserialize<'de> for Platform {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            let name = String::deserialize(d)?;
            Ok(Platform::from_name(&name))
        }
    }

    impl Serialize for Outlet {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_str(self.as_str())
        }
    }

    impl<'de> Deserialize<'de> for Outlet {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            let name = String::deserialize(d)?;
            Ok(Outlet::from_name(&name).unwrap_or(Outlet::Other(name)))
        }
    }

    /// `{"code", "message"}`, and the warning's value under `count` or
    /// `text` when it has one.
    impl Serialize for Warning {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut map = s.serialize_map(None)?;
            map.serialize_entry("code", self.code())?;
            map.serialize_entry("message", &self.to_string())?;
            match self {
                Warning::DepthLimited(n) | Warning::TooManyElements(n) => {
                    map.serialize_entry("count", n)?;
                }
                Warning::UnreadableDateLine(text) => map.serialize_entry("text", text)?,
                Warning::UnreadableTimestamp { raw, fallback } => {
                    map.serialize_entry("text", raw)?;
                    map.serialize_entry("fallback", fallback)?;
                }
                Warning::TimestampInSeconds(n) => map.serialize_entry("value", n)?,
                Warning::LegacyDateLine => {}
            }
            map.end()
        }
    }

    impl<'de> Deserialize<'de> for Warning {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            d.deserialize_map(WarningVisitor)
        }
    }

    struct WarningVisitor;

    impl<'de> Visitor<'de> for WarningVisitor {
        type Value = Warning;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a warning: {\"code\", \"message\"} and its count or text")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Warning, A::Error> {
            let (mut code, mut count, mut text) = (None::<String>, None::<usize>, None::<String>);
            let (mut value, mut fallback) = (None::<i64>, None::<TimestampFallback>);
            while let Some(key) = map.next_key::<String>()? {
                match key.as_str() {
                    "code" => code = Some(map.next_value()?),
                    "count" => count = Some(map.next_value()?),
                    "text" => text = Some(map.next_value()?),
                    "value" => value = Some(map.next_value()?),
                    "fallback" => fallback = map.next_value()?,
                    _ => {
                        map.next_value::<de::IgnoredAny>()?;
                    }
                }
            }
            let code = code.ok_or_else(|| de::Error::missing_field("code"))?;
            let count = || count.ok_or_else(|| de::Error::missing_field("count"));
            let text = || text.ok_or_else(|| de::Error::missing_field("text"));
            match code.as_str() {
                "legacy_date_line" => Ok(Warning::LegacyDateLine),
                "depth_limited" => Ok(Warning::DepthLimited(count()?)),
                "too_many_elements" => Ok(Warning::TooManyElements(count()?)),
                "unreadable_date_line" => Ok(Warning::UnreadableDateLine(text()?)),
                "unreadable_timestamp" => Ok(Warning::UnreadableTimestamp {
                    raw: text()?,
                    fallback,
                }),
                "timestamp_in_seconds" => Ok(Warning::TimestampInSeconds(
                    value.ok_or_else(|| de::Error::missing_field("value"))?,
                )),
                other => Err(de::Error::unknown_variant(other, Warning::CODES)),
            }
        }
    }
}
