//! Media: images and videos in reading order, without duplicates, with the
//! captions and credits that follow them.

use std::collections::HashSet;

use html5ever::Attribute;
use url::Url;

use super::walk::{Exit, Frame, Walker};
use crate::article::{Image, ImageKind, OtherImage, Video};
use crate::html::{self, NodeRef};
use crate::outlets::Spec;
use crate::text::{self, TextBuf};
use crate::urls;

/// The image or video a caption or credit belongs to: its index in
/// `images` or `videos`.
#[derive(Clone, Copy)]
pub(super) enum MediaRef {
    Image(usize),
    Video(usize),
}

/// The walk's media state.
#[derive(Default)]
pub(super) struct MediaState {
    /// The caption being read, and whose it is.
    pub(super) caption: Option<(MediaRef, TextBuf)>,
    /// The credit being read, and whose it is.
    pub(super) credit: Option<(MediaRef, TextBuf)>,
    /// The last image or video, while nothing but captions has followed it.
    pub(super) caption_for: Option<MediaRef>,
    /// The `srcset`s of each open `<picture>`'s `<source>`s.
    pub(super) picture_sources: Vec<Vec<String>>,
    /// Links of the caption being read.
    pub(super) caption_links: Vec<crate::article::Link>,
    image_urls: HashSet<String>,
    video_urls: HashSet<String>,
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
    tag.contains("src") && tag.contains('=')
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
    for label in CAPTION_CREDIT_LABELS {
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

/// Labels of a credit in a caption.
const CAPTION_CREDIT_LABELS: &[&str] = &[
    "图源：",
    "圖源：",
    "图片来源：",
    "圖片來源：",
    "图片：",
    "圖片：",
    "图／",
    "圖／",
    "图/",
    "圖/",
    "摄影：",
    "攝影：",
    "Photo: ",
    "Photo credit: ",
    "Credit: ",
    "Image: ",
    "Source: ",
];

/// The credit a bracketed note at a caption's end states: `图源：路透社`,
/// `Photo: AFP`, `摄影：某某`; `None` for any other note.
fn credit_of(inner: &str) -> Option<&str> {
    CAPTION_CREDIT_LABELS
        .iter()
        .find_map(|label| inner.trim().strip_prefix(label.trim_end()))
        .map(str::trim)
        .filter(|c| !c.is_empty() && c.chars().count() <= 40)
}

/// Whether `alt` is an emoji or two (no letters, digits or punctuation of
/// text), which the text can hold in the image's place.
fn is_emoji_text(alt: &str) -> bool {
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
    /// `<img>`, `<picture>`, `<source>`, `<video>` and `<iframe>`; returns
    /// whether to walk the children.
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
            "iframe" => self.iframe(attrs),
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
        self.out.images.push(Image {
            original_url: urls::unwrap_proxy(&url),
            url,
            alt,
            caption: None,
            credit: None,
        });
        self.media.caption_for = Some(MediaRef::Image(self.out.images.len() - 1));
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

    pub(super) fn video(&mut self, node: NodeRef<'_>, attrs: &[Attribute]) {
        let src = html::attr(attrs, "src")
            .and_then(|s| urls::resolve(self.base, s))
            .or_else(|| {
                node.children()
                    .filter(|c| c.is("source"))
                    .find_map(|c| c.attr("src").and_then(|s| urls::resolve(self.base, s)))
            });
        let poster = html::attr(attrs, "poster").and_then(|s| urls::resolve(self.base, s));
        if let Some(url) = src {
            self.push_video(url, poster);
        }
    }

    /// An embedded player: `<iframe src>` or its lazy `data-src`.
    pub(super) fn iframe(&mut self, attrs: &[Attribute]) {
        if let Some(url) = html::attr(attrs, "src")
            .or_else(|| html::attr(attrs, "data-src"))
            .and_then(|s| urls::resolve(self.base, s))
        {
            self.push_video(url, None);
        }
    }

    pub(super) fn push_video(&mut self, url: Url, poster: Option<Url>) {
        if urls::is_web(&url) && self.media.video_urls.insert(url.as_str().to_owned()) {
            self.out.videos.push(Video {
                url,
                poster,
                caption: None,
            });
            self.media.caption_for = Some(MediaRef::Video(self.out.videos.len() - 1));
        }
    }
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
