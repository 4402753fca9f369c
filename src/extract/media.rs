//! Media: images, videos and sounds in reading order, without duplicates,
//! each with where it stood among the blocks and the captions and credits
//! that follow it.
//!
//! A medium's position is the number of blocks written before it. Text
//! still gathering when it comes (a plain-text body's words, an `<img>`
//! inside a `<p>` after some text) becomes blocks only at the next flush,
//! so such a medium is placed after that flush: after the paragraphs of
//! that text that came before it.

use std::collections::HashSet;

use html5ever::Attribute;
use url::Url;

use super::walk::{Exit, Frame, Walker};
use crate::article::{Audio, Image, ImageKind, OtherImage, Video};
use crate::html::{self, NodeRef};
use crate::outlets::Spec;
use crate::text::{self, TextBuf};
use crate::urls;

/// The image, video or sound a caption or credit belongs to: its index in
/// `images`, `videos` or `audio`.
#[derive(Clone, Copy)]
pub(super) enum MediaRef {
    Image(usize),
    Video(usize),
    Audio(usize),
}

/// A medium met while text was gathering, to place once that text is
/// written (see the module docs).
struct Unplaced {
    media: MediaRef,
    /// The number of blocks when it came.
    blocks: usize,
    /// The paragraphs of the gathering text before it.
    paragraphs: usize,
}

/// The walk's media state.
#[derive(Default)]
pub(super) struct MediaState {
    /// The caption being read, and whose it is.
    pub(super) caption: Option<(MediaRef, TextBuf)>,
    /// The credit being read, and whose it is.
    pub(super) credit: Option<(MediaRef, TextBuf)>,
    /// The last image, video or sound, while nothing but captions has
    /// followed it.
    pub(super) caption_for: Option<MediaRef>,
    /// The `srcset`s of each open `<picture>`'s `<source>`s.
    pub(super) picture_sources: Vec<Vec<String>>,
    /// Links of the caption being read.
    pub(super) caption_links: Vec<crate::article::Link>,
    image_urls: HashSet<String>,
    /// For each image, how many boilerplate lines had been kept when it came.
    image_boilerplate: Vec<usize>,
    /// The images that are promos by their caption (a signature's label).
    pub(super) promos: Vec<usize>,
    /// How many boilerplate lines had been kept when the last block was
    /// written.
    pub(super) boilerplate_at_block: usize,
    video_urls: HashSet<String>,
    audio_urls: HashSet<String>,
    /// Media whose position waits for the gathering text to be written.
    unplaced: Vec<Unplaced>,
    /// The number of blocks before each part of the text the last flush
    /// wrote, and after its last: where a medium that came after `k` of
    /// its paragraphs stands, whether or not they became blocks.
    pub(super) part_blocks: Vec<usize>,
}

impl MediaState {
    /// Whether a medium waits for its position.
    pub(super) fn has_unplaced(&self) -> bool {
        !self.unplaced.is_empty()
    }
}

/// Embedded players of sound, by host and path prefix: their iframes are
/// [`Audio`], not videos. Generic: these services embed nothing but sound,
/// whichever page embeds them (The Economist's acast players, ChinaFile's
/// SoundCloud).
const AUDIO_PLAYERS: &[(&str, &str)] = &[
    ("embed.acast.com", "/"),
    ("w.soundcloud.com", "/player"),
    ("open.spotify.com", "/embed"),
    ("embed.podcasts.apple.com", "/"),
    ("player.simplecast.com", "/"),
    ("player.megaphone.fm", "/"),
    ("html5-player.libsyn.com", "/"),
    ("music.163.com", "/outchain/player"),
];

/// Whether an iframe's URL is a player of sound (see [`AUDIO_PLAYERS`]).
fn is_audio_player(url: &Url) -> bool {
    let (host, path) = (url.host_str().unwrap_or_default(), url.path());
    AUDIO_PLAYERS
        .iter()
        .any(|&(h, prefix)| host.eq_ignore_ascii_case(h) && path.starts_with(prefix))
}

/// Whether `tag` is a `<video-player>` custom element (RFI's pages of
/// 2022+), its attributes perhaps swallowed by its name
/// (`<video-playermedia-id="…"src="…">`, see [`has_attributes_in_name`]).
/// Generic: the element's name says what it is, on any host.
pub(super) fn is_video_player(tag: &str) -> bool {
    tag.strip_prefix("video-player")
        .is_some_and(|rest| rest.is_empty() || rest.contains('='))
}

/// The `name="value"` pairs of an element whose name swallowed its
/// attributes. The tokenizer ended the name at the first `/` (as in
/// `https://`) and read each run between later slashes as an attribute
/// name, a quoted value after `=` staying whole, so the markup is the
/// pieces joined with `/` again (`https:/` regaining its second slash).
/// The tokenizer lowercased the names, so a URL that sat there comes back
/// in lowercase; one in a quoted value keeps its case.
fn swallowed_pairs(tag: &str, attrs: &[Attribute]) -> Vec<(String, String)> {
    let mut markup = String::from(tag);
    for a in attrs {
        markup.push('/');
        markup.push_str(&a.name.local);
        if !a.value.is_empty() {
            markup.push_str("=\"");
            markup.push_str(&a.value);
            markup.push('"');
        }
    }
    let mut pairs = Vec::new();
    let mut rest = markup.as_str();
    while let Some(at) = rest.find("=\"") {
        let key_start = rest[..at]
            .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .map_or(0, |i| i + 1);
        let key = &rest[key_start..at];
        let value_and_more = &rest[at + 2..];
        let end = value_and_more.find('"').unwrap_or(value_and_more.len());
        let mut value = value_and_more[..end].to_owned();
        for scheme in ["https:/", "http:/"] {
            if value.starts_with(scheme) && !value[scheme.len()..].starts_with('/') {
                value.insert(scheme.len(), '/');
            }
        }
        pairs.push((key.to_owned(), value));
        rest = &value_and_more[end..];
    }
    pairs
}

/// Attribute names of a player that hold its poster, not the media.
fn is_poster_name(name: &str) -> bool {
    ["poster", "image", "thumb", "cover"]
        .iter()
        .any(|p| name.contains(p))
}

/// Caption elements: `<figcaption>`, `<small>`, and classes (or
/// `data-testid`s) with `caption` in a token, on every host; and the
/// outlet's own caption classes and elements.
pub(super) fn is_caption(tag: &str, attrs: &[Attribute], spec: &Spec) -> bool {
    if matches!(tag, "figcaption" | "small") || spec.rules.captions.tags.contains(&tag) {
        return true;
    }
    // `wp-caption` is WordPress's figure, not its caption (`wp-caption-text`).
    let marked = |t: &str| {
        (t.contains("caption") && t != "wp-caption") || spec.rules.captions.classes.contains(&t)
    };
    html::has_class_token(attrs, marked) || html::has_token(attrs, "data-testid", marked)
}

/// Element names that swallowed their attributes (`sourcetype="…"srcset="…"`),
/// when markup lost the spaces between them.
pub(super) fn has_attributes_in_name(tag: &str) -> bool {
    // `=` first: one byte search, on every element.
    memchr::memchr(b'=', tag.as_bytes()).is_some() && tag.contains("src")
}

/// Appends `text` to an optional caption or credit, space-separated.
pub(super) fn append(slot: Option<&mut Option<String>>, text: &str) {
    if text.is_empty() {
        return;
    }
    match slot {
        Some(Some(existing)) => {
            existing.push(' ');
            existing.push_str(text);
        }
        Some(empty) => *empty = Some(text.to_owned()),
        None => {}
    }
}

/// Lazy-loading stand-ins in `src` (`…/undefined`, `blank.gif`), which the
/// real URL in `data-src` replaces.
fn is_placeholder(url: &Url) -> bool {
    let path = url.path().to_ascii_lowercase();
    path.ends_with("/undefined")
        || [
            "placeholder",
            "blank.gif",
            "spacer.gif",
            "grey.gif",
            "lazy.gif",
            "loading.gif",
        ]
        .iter()
        .any(|p| path.contains(p))
}

/// A caption and the photo credit it states at its end, when it does:
/// `…（图源：路透社）`, `… (Photo: AFP)`, `… 图／某某`, `Photo by Jane Doe on
/// Unsplash`. The caption is what comes before the credit (empty when the
/// caption is only a credit).
pub(super) fn split_credit(caption: &str) -> (&str, Option<&str>) {
    let t = caption.trim_end();
    // Every credit form has a colon, a slash or `hoto by`: most captions
    // end here.
    let marked =
        memchr::memchr3(b':', b'/', b'y', t.as_bytes()).is_some() || t.contains(['：', '／']);
    if !marked {
        return (t, None);
    }
    // A bracketed credit closing the caption.
    for (open, close) in [('（', '）'), ('(', ')'), ('［', '］'), ('[', ']')] {
        if let Some(inner_end) = t.strip_suffix(close) {
            if let Some(at) = inner_end.rfind(open) {
                let inner = &inner_end[at + open.len_utf8()..];
                if let Some(credit) = credit_of(inner) {
                    return (t[..at].trim_end(), Some(credit));
                }
            }
        }
    }
    // `Photo by … on Unsplash` and the like, as the whole caption or after it.
    if let Some(at) = t.find("Photo by ").or_else(|| t.find("photo by ")) {
        let credit = t[at..].trim_end_matches('.');
        if credit.chars().count() <= 80 {
            return (t[..at].trim_end(), Some(credit));
        }
    }
    // A labelled credit after the caption's last sentence or space.
    for label in caption_credit_labels() {
        if let Some(at) = t.rfind(label) {
            let before = t[..at].chars().next_back();
            let starts_apart =
                before.is_none_or(|c| c.is_whitespace() || "。.，,；;|｜".contains(c));
            let credit = t[at + label.len()..].trim();
            if starts_apart && !credit.is_empty() && credit.chars().count() <= 40 {
                return (t[..at].trim_end(), Some(credit));
            }
        }
    }
    (t, None)
}

/// Labels of a credit in a caption: the photo-credit labels of every host,
/// and those that only a caption's end gives as a credit (`图/新华社`,
/// `Source: …`; opening a line, `图/文：…` is a byline).
fn caption_credit_labels() -> impl Iterator<Item = &'static str> {
    const CAPTION_ONLY: &[&str] = &["图／", "圖／", "图/", "圖/", "Source: "];
    super::credits::PHOTO_CREDIT_LABELS
        .iter()
        .chain(CAPTION_ONLY)
        .copied()
}

/// The credit a bracketed note at a caption's end states: `图源：路透社`,
/// `Photo: AFP`, `摄影：某某`; `None` for any other note.
fn credit_of(inner: &str) -> Option<&str> {
    caption_credit_labels()
        .find_map(|label| inner.trim().strip_prefix(label.trim_end()))
        .map(str::trim)
        .filter(|c| !c.is_empty() && c.chars().count() <= 40)
}

/// Whether `alt` is an emoji or two (no letters, digits or punctuation of
/// text), which the text can hold in the image's place.
pub(super) fn is_emoji_text(alt: &str) -> bool {
    alt.chars().count() <= 8
        && alt
            .chars()
            .all(|c| !c.is_alphanumeric() && !c.is_ascii() && !c.is_whitespace())
}

/// Alt texts that say nothing about the image.
fn is_generic_alt(alt: &str) -> bool {
    matches!(
        alt.to_ascii_lowercase().as_str(),
        "img" | "image" | "photo" | "picture" | "图片" | "圖片" | "配图"
    )
}

impl<'a> Walker<'a> {
    /// `<img>`, `<picture>`, `<source>`, `<video>`, `<audio>` and
    /// `<iframe>`; returns whether to walk the children.
    pub(super) fn enter_media(
        &mut self,
        tag: &str,
        node: NodeRef<'a>,
        attrs: &[Attribute],
        stack: &mut Vec<Frame<'a>>,
    ) -> bool {
        match tag {
            "picture" => {
                self.media.picture_sources.push(Vec::new());
                stack.push(Frame::Exit(Exit::Picture));
                return true;
            }
            "source" => {
                if let (Some(sources), Some(srcset)) = (
                    self.media.picture_sources.last_mut(),
                    html::attr(attrs, "srcset"),
                ) {
                    sources.push(srcset.to_owned());
                }
            }
            _ if self.skip.suppress > 0 => {}
            "img" => self.image(attrs),
            "video" => self.video(node, attrs),
            "audio" => self.audio(node, attrs),
            "iframe" => self.iframe(node, attrs),
            _ => {}
        }
        false
    }

    /// Starts a photo credit, of the caption being read or of the last
    /// image or video; returns whether to walk the children.
    pub(super) fn enter_credit(&mut self, stack: &mut Vec<Frame<'a>>) -> bool {
        let Some(media) = self
            .media
            .caption
            .as_ref()
            .map(|(m, _)| *m)
            .or(self.media.caption_for)
        else {
            return true;
        };
        if self.media.caption.is_none() {
            self.flush();
        }
        self.media.credit = Some((media, TextBuf::default()));
        stack.push(Frame::Exit(Exit::Credit));
        true
    }

    /// Starts the caption of the last image or video; an element that holds
    /// an image of its own is a block instead.
    pub(super) fn enter_caption(
        &mut self,
        tag: &str,
        attrs: &[Attribute],
        node: NodeRef<'a>,
        stack: &mut Vec<Frame<'a>>,
    ) -> bool {
        let Some(media) = self
            .media
            .caption_for
            .filter(|_| !node.has_descendant("img"))
        else {
            return self.enter_block(tag, attrs, stack);
        };
        self.flush();
        self.media.caption = Some((media, TextBuf::default()));
        stack.push(Frame::Exit(Exit::Caption));
        true
    }

    pub(super) fn image(&mut self, attrs: &[Attribute]) {
        let url = ["src", "data-src", "data-original", "data-lazy-src"]
            .iter()
            .filter_map(|name| html::attr(attrs, name))
            .filter_map(|s| urls::resolve(self.base, s))
            .find(|u| !is_placeholder(u))
            .or_else(|| html::attr(attrs, "srcset").and_then(|s| self.best_of_srcset(s)))
            .or_else(|| html::attr(attrs, "data-srcset").and_then(|s| self.best_of_srcset(s)))
            .or_else(|| {
                let sources = self.media.picture_sources.last()?;
                sources.iter().find_map(|s| self.best_of_srcset(s))
            });
        let Some(url) = url.filter(urls::is_web) else {
            return;
        };
        if let Some(kind) = super::image_kind::image_kind(&url, attrs) {
            self.other_image(url, kind, html::attr(attrs, "alt"));
            return;
        }
        let alt = html::attr(attrs, "alt")
            .map(text::normalize)
            .filter(|a| a.chars().any(char::is_alphanumeric) && !is_generic_alt(a));
        self.push_image(url, alt);
    }

    /// An image that is not content, kept apart. An emoji image's `alt`,
    /// the emoji itself, stays in the text where the image stood.
    fn other_image(&mut self, url: Url, kind: ImageKind, alt: Option<&str>) {
        let alt = alt.map(str::trim).filter(|a| !a.is_empty());
        if let Some(emoji) = alt.filter(|a| kind == ImageKind::Icon && is_emoji_text(a)) {
            self.text_node(emoji);
        }
        self.out.other_images.push(OtherImage {
            url,
            alt: alt.map(text::normalize),
            kind,
        });
    }

    fn push_image(&mut self, url: Url, alt: Option<String>) {
        if !self.media.image_urls.insert(url.as_str().to_owned()) {
            return;
        }
        let media = MediaRef::Image(self.out.images.len());
        let position = self.position(media);
        self.media
            .image_boilerplate
            .push(self.out.boilerplate.len());
        self.out.images.push(Image {
            original_url: urls::unwrap_proxy(&url),
            url,
            alt,
            caption: None,
            credit: None,
            position,
        });
        self.media.caption_for = Some(media);
    }

    /// The position of a medium met now: the number of blocks written. When
    /// text is gathering, it is noted to be placed after that text's
    /// paragraphs before it, once they are written ([`Walker::place_media`]).
    fn position(&mut self, media: MediaRef) -> usize {
        let blocks = self.out.blocks.len();
        if !self.blocks.is_empty() {
            self.media.unplaced.push(Unplaced {
                media,
                blocks,
                paragraphs: self.blocks.pending_paragraphs(),
            });
        }
        blocks
    }

    /// Moves to `other_images` the images that are promos: those a
    /// signature's label captions (`閱讀筆耕的簽名檔`), and the uncaptioned
    /// ones that are promos by where they stand: after the article's last block with boilerplate
    /// (feed furniture, credits) kept between that block and them (an
    /// account's QR code, a newsletter's banner among the closing
    /// prompts), or right after a sponsors' label (`主辦：`: their logos).
    pub(super) fn promos_by_place(&mut self) {
        let written = self.out.blocks.len();
        let mut i = 0;
        // The index each image had before any was moved.
        let mut original = 0;
        while i < self.out.images.len() {
            let by_caption = self.media.promos.contains(&original);
            original += 1;
            let image = &self.out.images[i];
            let after_furniture = image.position == written
                && self
                    .media
                    .image_boilerplate
                    .get(i)
                    .is_some_and(|&n| n > self.media.boilerplate_at_block);
            let under_sponsors = image
                .position
                .checked_sub(1)
                .and_then(|p| self.out.blocks.get(p))
                .is_some_and(|b| is_sponsors_label(&b.text));
            if by_caption || (image.caption.is_none() && (after_furniture || under_sponsors)) {
                let image = self.out.images.remove(i);
                self.media.image_boilerplate.remove(i);
                self.out.other_images.push(OtherImage {
                    url: image.url,
                    alt: image.alt,
                    kind: ImageKind::Promo,
                });
            } else {
                i += 1;
            }
        }
    }

    /// Places the media met while text was gathering, once it is written:
    /// after as many of its paragraphs as came before them (fewer if some
    /// became the lead or boilerplate).
    pub(super) fn place_media(&mut self) {
        if !self.blocks.is_empty() {
            return;
        }
        let written = self.out.blocks.len();
        let parts = &self.media.part_blocks;
        for u in std::mem::take(&mut self.media.unplaced) {
            // The flush that wrote its text counted the parts that became
            // blocks; without one, each paragraph counts as one.
            let position = match parts.first() == Some(&u.blocks) {
                true => parts
                    .get(u.paragraphs)
                    .or(parts.last())
                    .copied()
                    .unwrap_or(written),
                false => u.blocks + u.paragraphs,
            }
            .min(written);
            let slot = match u.media {
                MediaRef::Image(i) => self.out.images.get_mut(i).map(|m| &mut m.position),
                MediaRef::Video(i) => self.out.videos.get_mut(i).map(|m| &mut m.position),
                MediaRef::Audio(i) => self.out.audio.get_mut(i).map(|m| &mut m.position),
            };
            if let Some(slot) = slot {
                *slot = position;
            }
        }
    }

    fn best_of_srcset(&self, srcset: &str) -> Option<Url> {
        let mut best: Option<(u32, &str)> = None;
        for candidate in srcset.split(", ").flat_map(|c| c.split(",\n")) {
            let mut parts = candidate.split_whitespace();
            let Some(url) = parts.next() else { continue };
            if url.starts_with("data:") {
                continue;
            }
            let width = parts
                .next()
                .and_then(|d| d.strip_suffix('w').or_else(|| d.strip_suffix('x')))
                .and_then(|n| n.parse::<f32>().ok())
                .map_or(0, |n| n as u32);
            if best.is_none_or(|(w, _)| width > w) {
                best = Some((width, url));
            }
        }
        best.and_then(|(_, url)| urls::resolve(self.base, url))
    }

    /// The image whose URL sits in an element's name and attributes, when
    /// they swallowed each other (see [`has_attributes_in_name`]).
    pub(super) fn image_in_tag_name(&mut self, tag: &str, attrs: &[Attribute]) {
        let mut all = String::from(tag);
        for a in attrs {
            all.push(' ');
            all.push_str(&a.name.local);
            all.push('=');
            all.push_str(&a.value);
        }
        for key in ["srcset=\"", "src=\"", "srcset=", "src="] {
            if let Some(at) = all.find(key) {
                let rest = &all[at + key.len()..];
                let end = rest.find(['"', ' ', '>']).unwrap_or(rest.len());
                if let Some(url) = self.best_of_srcset(&rest[..end]).filter(urls::is_web) {
                    self.push_image(url, None);
                    return;
                }
            }
        }
    }

    /// The `src` of a `<video>` or `<audio>`, or of its first `<source>`
    /// that has one.
    fn media_src(&self, node: NodeRef<'_>, attrs: &[Attribute]) -> Option<Url> {
        html::attr(attrs, "src")
            .and_then(|s| urls::resolve(self.base, s))
            .or_else(|| {
                node.children()
                    .filter(|c| c.is("source"))
                    .find_map(|c| c.attr("src").and_then(|s| urls::resolve(self.base, s)))
            })
    }

    pub(super) fn video(&mut self, node: NodeRef<'_>, attrs: &[Attribute]) {
        let poster = html::attr(attrs, "poster").and_then(|s| urls::resolve(self.base, s));
        if let Some(url) = self.media_src(node, attrs) {
            self.push_video(url, poster);
        }
    }

    /// `<audio src>`, or its `<source src>` (Matters). Its children are
    /// sources and fallback text, not article text.
    pub(super) fn audio(&mut self, node: NodeRef<'_>, attrs: &[Attribute]) {
        if let Some(url) = self.media_src(node, attrs) {
            self.push_audio(url);
        }
    }

    /// An embedded player: `<iframe src>` or its lazy `data-src`; a sound
    /// when it is a podcast or music player.
    pub(super) fn iframe(&mut self, node: NodeRef<'a>, attrs: &[Attribute]) {
        let given = |name| html::attr(attrs, name).filter(|s| !s.trim().is_empty());
        if let Some(url) = given("src")
            .or_else(|| given("data-src"))
            .and_then(|s| urls::resolve(self.base, s))
            .or_else(|| self.fallback_link(node))
        {
            if is_audio_player(&url) {
                self.push_audio(url);
            } else {
                self.push_video(url, None);
            }
        }
    }

    /// The link an `<iframe>` without a source holds as its fallback
    /// content, which HTML keeps as text: Medium's feeds write every embed
    /// (a gist, a tweet, a player) as `<iframe src=""><a
    /// href="https://medium.com/media/…/href">…</a></iframe>`.
    fn fallback_link(&self, node: NodeRef<'a>) -> Option<Url> {
        let text = node.children().find_map(NodeRef::text)?;
        let (_, rest) = text.split_once("href=")?;
        let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
        let value = rest[1..].split(quote).next()?;
        urls::resolve(self.base, &value.replace("&amp;", "&")).filter(urls::is_web)
    }

    /// A `<video-player>` custom element (see [`is_video_player`]): a video
    /// when an attribute holds a URL, absolute, with the poster from a
    /// `poster`/`image`/`thumbnail` attribute.
    pub(super) fn video_player(&mut self, tag: &str, attrs: &[Attribute]) {
        let pairs: Vec<(String, String)> = if tag == "video-player" {
            attrs
                .iter()
                .map(|a| (a.name.local.to_string(), a.value.to_string()))
                .collect()
        } else {
            swallowed_pairs(tag, attrs)
        };
        let (mut src, mut poster) = (None, None);
        for (name, value) in &pairs {
            let value = value.trim();
            let url_like = value.starts_with("http") || value.starts_with('/');
            let Some(url) = urls::resolve(self.base, value).filter(|u| url_like && urls::is_web(u))
            else {
                continue;
            };
            let slot = if is_poster_name(name) {
                &mut poster
            } else {
                &mut src
            };
            slot.get_or_insert(url);
        }
        if let Some(url) = src {
            self.push_video(url, poster);
        }
    }

    pub(super) fn push_video(&mut self, url: Url, poster: Option<Url>) {
        if urls::is_web(&url) && self.media.video_urls.insert(url.as_str().to_owned()) {
            let media = MediaRef::Video(self.out.videos.len());
            let position = self.position(media);
            self.out.videos.push(Video {
                url,
                poster,
                caption: None,
                position,
            });
            self.media.caption_for = Some(media);
        }
    }

    fn push_audio(&mut self, url: Url) {
        if urls::is_web(&url) && self.media.audio_urls.insert(url.as_str().to_owned()) {
            let media = MediaRef::Audio(self.out.audio.len());
            let position = self.position(media);
            self.out.audio.push(Audio {
                url,
                caption: None,
                position,
            });
            self.media.caption_for = Some(media);
        }
    }
}

/// A label over sponsors' or organisers' logos: `主辦：`, `協辦：`,
/// `鳴謝：`, `Sponsors:`.
fn is_sponsors_label(text: &str) -> bool {
    const LABELS: &[&str] = &[
        "主办",
        "主辦",
        "协办",
        "協辦",
        "承办",
        "承辦",
        "鸣谢",
        "鳴謝",
        "特别鸣谢",
        "特別鳴謝",
        "赞助",
        "贊助",
        "合作伙伴",
        "合作夥伴",
        "媒体伙伴",
        "媒體夥伴",
        "sponsors",
        "sponsored by",
        "partners",
        "organizers",
        "organisers",
        "supported by",
    ];
    let t = text.trim();
    let Some(label) = t.strip_suffix(['：', ':']) else {
        return false;
    };
    let label = label.trim().to_ascii_lowercase();
    LABELS.contains(&label.as_str())
}

#[cfg(test)]
mod caption_tests {
    use super::split_credit;

    #[test]
    fn credits_stated_in_captions() {
        for (caption, expected) in [
            (
                "西南联大旧址。（图源：视觉中国）",
                ("西南联大旧址。", Some("视觉中国")),
            ),
            ("A market. (Photo: AFP)", ("A market.", Some("AFP"))),
            ("海报。图片：豆瓣", ("海报。", Some("豆瓣"))),
            (
                "Photo by Jane Doe on Unsplash",
                ("", Some("Photo by Jane Doe on Unsplash")),
            ),
            ("圖片來源：某某臉書", ("", Some("某某臉書"))),
            ("街景 图／某某", ("街景", Some("某某"))),
            ("示意图（局部）", ("示意图（局部）", None)),
            ("地图/路线图显示", ("地图/路线图显示", None)),
            (
                "He said the photo: it was fake",
                ("He said the photo: it was fake", None),
            ),
        ] {
            assert_eq!(split_credit(caption), expected, "{caption}");
        }
    }

    #[test]
    fn caption_links_and_credits() {
        let snapshot = "<!--1600000000000-->\n[t](https://blog.example/p)\n---\n\n\
            <figure><img src=\"https://blog.example/a.jpg\"><figcaption>The bust \
            (<a href=\"https://commons.example/f\">Jane</a> – CC BY-SA)（图源：某社）</figcaption></figure>\
            <p>Text.</p>";
        let a = crate::parse(snapshot).expect("parses");
        let caption = &a.blocks[0];
        assert_eq!(caption.kind, crate::BlockKind::Caption);
        assert_eq!(caption.links.len(), 1);
        assert_eq!(caption.links[0].text, "Jane");
        assert_eq!(
            a.images[0].caption.as_deref(),
            Some("The bust (Jane – CC BY-SA)")
        );
        assert_eq!(a.images[0].credit.as_deref(), Some("某社"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(body: &str) -> crate::Article {
        let snapshot = format!("<!--1600000000000-->\n[t](https://www.rfi.fr/cn/a)\n---\n\n{body}");
        crate::parse(&snapshot).expect("parses")
    }

    /// Promos by place: after the last block with furniture between, or
    /// under a sponsors' label; a closing photo, a captioned one and an
    /// image under any other label stay content.
    #[test]
    fn promos_are_told_by_where_they_stand() {
        let kinds = |a: &crate::Article| -> Vec<(String, crate::ImageKind)> {
            a.other_images
                .iter()
                .map(|o| (o.url.path().to_owned(), o.kind))
                .collect()
        };
        let promo = crate::ImageKind::Promo;
        let a = parse(
            "<p>正文。</p><p>欢迎点赞、点个在看。</p><img src=/code.jpg><p>微信搜索“某某”</p><img src=/b.jpg>",
        );
        assert!(a.images.is_empty(), "{:?}", a.images);
        assert_eq!(
            kinds(&a),
            [
                ("/code.jpg".to_owned(), promo),
                ("/b.jpg".to_owned(), promo)
            ]
        );
        // A closing photo with nothing between it and the text; a captioned
        // one after the furniture.
        let a = parse("<p>正文。</p><img src=/end.jpg>");
        assert_eq!(a.images.len(), 1);
        let a = parse(
            "<p>正文。</p><p>微信搜索“某某”</p><figure><img src=/p.jpg><figcaption>合影</figcaption></figure>",
        );
        assert_eq!(a.images.len(), 1);
        // Photos further on, with text after them.
        let a = parse("<p>正文。</p><p>微信搜索“某某”</p><img src=/m.jpg><p>下文。</p>");
        assert_eq!(a.images.len(), 1);
        // Sponsors' logos; an image under another label.
        let a = parse(
            "<p>正文。</p><p>主辦：</p><img src=/l1.png><img src=/l2.png><p>Sponsors:</p><img src=/l3.png><p>地圖：</p><img src=/map.png><p>完。</p>",
        );
        let urls: Vec<&str> = a.images.iter().map(|i| i.url.path()).collect();
        assert_eq!(urls, ["/map.png"]);
        assert_eq!(kinds(&a).len(), 3);
        // A signature's banner, named by its caption: a promo, the caption
        // in boilerplate, the name the byline; the links under it too.
        let a = parse(
            "<p>正文。</p><figure><img src=/sig.png><figcaption>某某的簽名檔</figcaption></figure>\
             <p><a href=/x>某某的臉書</a></p><p>下文。</p>",
        );
        assert!(a.images.is_empty(), "{:?}", a.images);
        assert_eq!(kinds(&a), [("/sig.png".to_owned(), promo)]);
        assert_eq!(a.byline.as_deref(), Some("某某"));
        assert_eq!(a.boilerplate, ["某某的簽名檔", "某某的臉書"]);
        assert_eq!(a.blocks.len(), 2, "{:?}", a.blocks);
        // A source note under a picture leaves the caption; the picture
        // stays.
        let a = parse(
            "<p>正文。</p><figure><img src=/p.png><figcaption>本文原载于《某刊》2020年第1期，由某出版社授权刊发。</figcaption></figure><p>下文。</p>",
        );
        assert_eq!(a.images.len(), 1);
        assert_eq!(a.images[0].caption, None);
        assert_eq!(a.boilerplate.len(), 1);
    }

    /// An `<iframe>` without a source is the embed its fallback links to
    /// (Medium's feeds); one with neither is nothing.
    #[test]
    fn sourceless_iframes_embed_their_fallback_link() {
        let a = parse(
            "<p>一</p><iframe src=\"\" width=\"0\"><a href=\"https://medium.com/media/abc/href?a=1&amp;b=2\">x</a></iframe>\
             <p>二</p><iframe src=\"\"></iframe>",
        );
        let urls: Vec<&str> = a.videos.iter().map(|v| v.url.as_str()).collect();
        assert_eq!(urls, ["https://medium.com/media/abc/href?a=1&b=2"]);
        assert_eq!(a.videos[0].position, 1);
        // An empty `src` beside a `data-src`: the `data-src`.
        let a = parse("<iframe src=\"\" data-src=\"https://www.youtube.com/embed/v\"></iframe>");
        assert_eq!(a.videos[0].url.as_str(), "https://www.youtube.com/embed/v");
    }

    fn positions(a: &crate::Article) -> (Vec<usize>, Vec<usize>, Vec<usize>) {
        (
            a.images.iter().map(|m| m.position).collect(),
            a.videos.iter().map(|m| m.position).collect(),
            a.audio.iter().map(|m| m.position).collect(),
        )
    }

    /// Among `<br><br>` parts, a part that went to `boilerplate` is no
    /// block the medium stands after.
    #[test]
    fn media_among_parts_count_the_parts_written() {
        let a = parse(
            "<div>正文一。<br><br>本文經授權轉載<img src=/x.jpg><br><br>正文二。<br><br>正文三。</div>",
        );
        assert_eq!(a.blocks.len(), 3);
        assert_eq!(positions(&a).0, [1]);
    }

    /// Before, between and after blocks; before and after the lead alike.
    #[test]
    fn media_record_the_blocks_before_them() {
        let a = parse(
            "<img src=/0.jpg><p><strong>导语。</strong></p><img src=/1.jpg><p>一</p>\
             <video src=/v.mp4></video><p>二</p><figure><img src=/2.jpg>\
             <figcaption>说明</figcaption></figure><p>三</p><audio src=/a.mp3></audio>",
        );
        assert_eq!(a.lead.as_deref(), Some("导语。"));
        assert_eq!(a.blocks.len(), 4);
        assert_eq!(positions(&a), (vec![0, 0, 2], vec![1], vec![4]));
        // The caption block stands at its image's position.
        assert_eq!(a.blocks[2].text, "说明");
    }

    /// A medium that comes while text is gathering stands after the
    /// paragraphs of that text before it, once they are written.
    #[test]
    fn media_inside_text_stand_after_the_text_before_them() {
        // A plain-text body; `<br><br>` parts outside `<p>`.
        let a = parse("一段文字。<img src=/a.jpg>");
        assert_eq!((a.blocks.len(), positions(&a).0), (1, vec![1]));
        let a =
            parse("<div>一<br><br>二<img src=/a.jpg><br><br>三<video src=/v.mp4></video></div>");
        let texts: Vec<&str> = a.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["一", "二", "三"]);
        assert_eq!(positions(&a), (vec![2], vec![3], vec![]));
        // Inside a `<p>`, after its text; a bold lead with an image in it.
        let a = parse(
            "<p><strong>导语。<img src=/0.jpg></strong></p><p>一<img src=/1.jpg>二</p><p>三</p>",
        );
        assert_eq!(a.lead.as_deref(), Some("导语。"));
        assert_eq!(positions(&a).0, [0, 1]);
    }

    /// `<audio src>`, `<audio><source src>` and podcast players are sounds,
    /// with their captions; an `<audio>`'s fallback text is not article text.
    #[test]
    fn audio_elements_and_podcast_players_are_sounds() {
        let a = parse(
            "<p>一</p><audio src=\"https://av.example/a.mp3\" controls>不支持</audio>\
             <div><small>录音</small></div><audio controls><source src=/b.mpga type=audio/mpeg></audio>\
             <p>二</p><iframe src=\"//embed.acast.com/show/episode\"></iframe>\
             <iframe src=\"https://w.soundcloud.com/player/?url=x\"></iframe>\
             <iframe src=\"https://www.youtube.com/embed/x\"></iframe>",
        );
        let urls: Vec<&str> = a.audio.iter().map(|m| m.url.as_str()).collect();
        assert_eq!(
            urls,
            [
                "https://av.example/a.mp3",
                "https://www.rfi.fr/b.mpga",
                "https://embed.acast.com/show/episode",
                "https://w.soundcloud.com/player/?url=x",
            ]
        );
        assert_eq!(a.audio[0].caption.as_deref(), Some("录音"));
        assert_eq!(a.audio[1].caption, None);
        assert_eq!(positions(&a).2, [1, 2, 3, 3]);
        assert_eq!(a.videos.len(), 1);
        assert!(a.blocks.iter().all(|b| !b.text.contains("不支持")));
        // The same sound twice is kept once.
        let a = parse("<audio src=/a.mp3></audio><p>一</p><audio src=/a.mp3></audio>");
        assert_eq!(a.audio.len(), 1);
    }

    /// `<video-player>` custom elements, whether their attributes stand
    /// apart or were swallowed by their name when the markup lost its
    /// spaces.
    #[test]
    fn video_players_are_videos() {
        let a = parse(
            "<p>一</p><video-player media-id=\"4a1f\" src=\"/media/Clip.mp4\" \
             poster=\"https://s.rfi.fr/p.jpg\"></video-player><p>二</p>",
        );
        assert_eq!(a.videos.len(), 1);
        assert_eq!(
            a.videos[0].url.as_str(),
            "https://www.rfi.fr/media/Clip.mp4"
        );
        assert_eq!(
            a.videos[0].poster.as_ref().map(Url::as_str),
            Some("https://s.rfi.fr/p.jpg")
        );
        assert_eq!(a.videos[0].position, 1);
        let a = parse(
            "<p>一</p><video-playermedia-id=\"4a1f\"src=\"https://s.rfi.fr/media/clip.mp4\"\
             poster=\"https://s.rfi.fr/P.jpg\"></video-player><p>二</p>",
        );
        assert!(a.images.is_empty(), "{:?}", a.images);
        assert_eq!(a.videos.len(), 1);
        assert_eq!(a.videos[0].url.as_str(), "https://s.rfi.fr/media/clip.mp4");
        assert_eq!(
            a.videos[0].poster.as_ref().map(Url::as_str),
            Some("https://s.rfi.fr/P.jpg")
        );
        // Only an id: nothing to link to.
        let a = parse("<p>一</p><video-player media-id=\"4a1f\"></video-player>");
        assert!(a.videos.is_empty());
        assert!(!is_video_player("video-player-wrapper"));
    }
}
