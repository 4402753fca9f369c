//! Images that are not content (tracking pixels, avatars, emoji and icons,
//! promo QR codes): what [`Article::other_images`](crate::Article) holds
//! instead of [`Article::images`](crate::Article). Judged by the image
//! alone, on every host: its URL, its declared size, its class and its
//! `alt`.

use html5ever::Attribute;
use url::Url;

use crate::article::ImageKind;
use crate::html;

/// What the `<img>` with `attrs`, showing `url`, is when it is not
/// content; `None` for a content image.
pub(super) fn image_kind(url: &Url, attrs: &[Attribute]) -> Option<ImageKind> {
    let size = |name| html::attr(attrs, name).and_then(pixels);
    let (width, height) = (size("width"), size("height"));
    let alt = html::attr(attrs, "alt").unwrap_or_default();
    let words = FileWords {
        name: file_name(url),
    };
    if width == Some(0)
        || height == Some(0)
        || (width.is_some_and(|w| w <= 1) && height.is_some_and(|h| h <= 1))
        || is_tracker(url, &words.name)
    {
        return Some(ImageKind::TrackingPixel);
    }
    if is_qr_code(&words.name, alt) {
        return Some(ImageKind::QrCode);
    }
    if is_button(url, &words) {
        return Some(ImageKind::Promo);
    }
    let class = html::attr(attrs, "class").unwrap_or_default();
    let class_has = |word: &str| {
        class
            .as_bytes()
            .windows(word.len())
            .any(|w| w.eq_ignore_ascii_case(word.as_bytes()))
    };
    if is_avatar(url, &words.name) || class_has("avatar") {
        return Some(ImageKind::Avatar);
    }
    let folders = folders(url);
    // A size an emoji is shown at, or an emoji set's path. An `alt` of
    // emoji alone (`😀`, `👍🏽`) counts only so: a photo may be captioned
    // `📸`.
    let emoji_like = (width.is_some() || height.is_some())
        && width.is_none_or(|w| w <= 72)
        && height.is_none_or(|h| h <= 72)
        || folders.emoji;
    let alt_emoji = !alt.trim().is_empty() && super::media::is_emoji_text(alt.trim());
    if is_emoji(url)
        || is_emoji_file(&words, emoji_like)
        || (emoji_like && alt_emoji)
        || is_blogger_icon(url)
        || is_share_icon(url, &words, folders)
        || DIVIDERS.iter().any(|d| alt.eq_ignore_ascii_case(d))
        || class_has("emoji")
        || class_has("wp-smiley")
        || (width.is_some_and(|w| w <= 32) && height.is_some_and(|h| h <= 32))
    {
        return Some(ImageKind::Icon);
    }
    None
}

/// A declared `width` or `height`: digits, optionally followed by `px`.
fn pixels(value: &str) -> Option<u32> {
    let v = value.trim();
    let v = v.strip_suffix("px").unwrap_or(v).trim_end();
    v.parse().ok()
}

/// Whether `host` is `domain` or one of its subdomains.
fn host_is(host: &str, domain: &str) -> bool {
    host.strip_suffix(domain)
        .is_some_and(|rest| rest.is_empty() || rest.ends_with('.'))
}

/// Statistics endpoints that serve a pixel per view.
fn is_tracker(url: &Url, name: &str) -> bool {
    let host = url.host_str().unwrap_or_default();
    let path = url.path();
    let host_is = |h: &str| host_is(host, h);
    (host_is("medium.com") && path.starts_with("/_/stat"))
        || host_is("pixel.wp.com")
        || host_is("stats.wordpress.com")
        || host_is("google-analytics.com")
        || host_is("scorecardresearch.com")
        || host_is("quantserve.com")
        || (host_is("feedburner.com") && (path.contains("/~r/") || path.contains("/~ff/")))
        || (host_is("facebook.com") && path == "/tr")
        // Feed and newsletter open counters, ad and analytics beacons
        // (Baidu's and CNZZ's among them).
        || (host_is("feedblitz.com") && path.starts_with("/~/i/"))
        || host_is("feedsportal.com")
        || (host_is("list-manage.com") && path.starts_with("/track/"))
        || (host_is("substackcdn.com") && path.starts_with("/open"))
        // Newsletter mailers' open pixels on their tracking hosts
        // (`email.mg1.substack.com/o/…`, Mailgun's `email.example.com/o/…`).
        || (host.starts_with("email.") && path.starts_with("/o/") && !name.contains('.'))
        // SendGrid's open pixel, on its own hosts (`u123.ct.sendgrid.net`)
        // and on senders' branded ones, always `/wf/open?upn=…`;
        // beehiiv's (`link.mail.beehiiv.com/ss/o/…/ho.gif`, on its host or
        // a sender's) and Mandrill's (`…/track/open.php?u=…`).
        || (path == "/wf/open" && url.query().is_some_and(|q| q.starts_with("upn=")))
        || (path.starts_with("/ss/o/") && (host_is("beehiiv.com") || name == "ho.gif"))
        || (host_is("mandrillapp.com") && path.starts_with("/track/open"))
        || (path == "/track/open.php" && url.query().is_some_and(|q| q.starts_with("u=")))
        || host_is("doubleclick.net")
        || host_is("bat.bing.com")
        || (host_is("hm.baidu.com") && path.starts_with("/hm.gif"))
        || host_is("cnzz.com")
        || (host_is("blogger.googleusercontent.com") && path.starts_with("/tracker/"))
        || host_is("assoc-amazon.com")
        // Amazon's widgets serve a product's cover (a promo), its
        // other paths a pixel.
        || (host_is("amazon-adsystem.com") && !path.starts_with("/widgets/"))
        || host_is("px.srvcs.tumblr.com")
        || host_is("ct.pinterest.com")
        || host_is("px.ads.linkedin.com")
        || host_is("analytics.twitter.com")
        || host_is("convertkit-mail.com")
        || host_is("convertkit-mail2.com")
        || (host_is("feeds.feedburner.com") && path.contains("/~a/"))
        || matches!(
            name,
            "pixel.gif"
                | "pixel.png"
                | "1x1.gif"
                | "1x1.png"
                | "transparent.gif"
                | "spacer.gif"
                | "blank.gif"
                | "beacon.gif"
                | "piwik.php"
                | "matomo.php"
        )
}

/// The last segment of the URL's path, lowercase.
fn file_name(url: &Url) -> String {
    url.path_segments()
        .and_then(|mut s| s.next_back())
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// Avatar and author-picture folders and services: a path segment named
/// `avatar(s)`, `profile(s)`, `profile_images` or `authors`, a file named
/// for an avatar or headshot, or Gravatar.
fn is_avatar(url: &Url, name: &str) -> bool {
    let host = url.host_str().unwrap_or_default();
    let folder = url.path_segments().is_some_and(|mut segments| {
        segments.any(|s| {
            (6..=14).contains(&s.len())
                && [
                    "avatar",
                    "avatars",
                    "profile",
                    "profiles",
                    "profile_images",
                    "authors",
                ]
                .iter()
                .any(|f| s.eq_ignore_ascii_case(f))
        })
    });
    folder
        || is_medium_avatar(host, url.path())
        || host == "gravatar.com"
        || host.ends_with(".gravatar.com")
        || host.starts_with("avatars.")
        || name.contains("avatar")
        || name.contains("headshot")
}

/// Medium's cropped squares of a writer's picture, at avatar sizes
/// (`miro.medium.com/v2/resize:fill:88:88/…`,
/// `cdn-images-1.medium.com/fit/c/50/50/…`); post images are served at
/// `max/1024` or `resize:fit:…`.
fn is_medium_avatar(host: &str, path: &str) -> bool {
    if !host_is(host, "medium.com") {
        return false;
    }
    let square =
        |w: &str, h: &str| w == h && w.parse::<u32>().is_ok_and(|side| (1..=200).contains(&side));
    let mut segments = path.split('/').filter(|s| !s.is_empty());
    match (segments.next(), segments.next()) {
        // Options before the size (`v2/format:webp/resize:fill:88:88/…`).
        (Some("v2"), Some(first)) => std::iter::once(first)
            .chain(segments.take_while(|s| s.contains(':')))
            .filter_map(|s| s.strip_prefix("resize:fill:"))
            .filter_map(|size| size.split_once(':'))
            .any(|(w, h)| square(w, h)),
        (Some("fit"), Some("c")) => match (segments.next(), segments.next()) {
            (Some(w), Some(h)) => square(w, h),
            _ => false,
        },
        _ => false,
    }
}

/// The `alt` of an image that only divides sections (WeChat's `分割线`).
const DIVIDERS: &[&str] = &["分割线", "分隔线", "分割線", "分隔線", "divider"];

/// The words of an image's file name, lowercase, without its extension
/// (`share-Facebook_icon.png` gives `share`, `facebook`, `icon`).
struct FileWords {
    name: String,
}

impl FileWords {
    fn words(&self) -> impl Iterator<Item = &str> {
        let stem = self
            .name
            .rsplit_once('.')
            .map_or(self.name.as_str(), |(s, _)| s);
        // Split as bytes: the separators are ASCII, so each piece is a
        // `str` still.
        stem.as_bytes()
            .split(|b| matches!(b, b'-' | b'_' | b'.' | b' ' | b'+'))
            .filter(|w| !w.is_empty())
            .filter_map(|w| std::str::from_utf8(w).ok())
    }

    fn any(&self, f: impl Fn(&str) -> bool) -> bool {
        self.words().any(f)
    }

    /// Whether the name has words and every one is `f`'s.
    fn all(&self, f: impl Fn(&str) -> bool) -> bool {
        self.words().next().is_some() && self.words().all(f)
    }

    /// The file name's extension.
    fn extension(&self) -> &str {
        self.name.rsplit_once('.').map_or("", |(_, e)| e)
    }
}

/// What the URL's folders say of an image. ASCII case ignored.
#[derive(Clone, Copy)]
struct Folders {
    /// One holds share buttons (`social`, `share`, `buttons`…).
    share: bool,
    /// One holds icons or emoji (`icons`, `emoji`, `smilies`).
    icons: bool,
    /// One names an emoji set (`twemoji`, `emoji-datasource`, Twemoji's
    /// `72x72`).
    emoji: bool,
}

fn folders(url: &Url) -> Folders {
    let path = url.path();
    let folders = &path[..path.rfind('/').unwrap_or(0)];
    let (mut share, mut icons, mut emoji) = (false, false, false);
    for segment in folders.split('/') {
        let lower;
        let segment = if segment.bytes().any(|b| b.is_ascii_uppercase()) {
            lower = segment.to_ascii_lowercase();
            lower.as_str()
        } else {
            segment
        };
        match segment {
            "icon" | "social" | "share" | "sharing" | "buttons" => share = true,
            "icons" | "emoji" | "emojis" | "smilies" => icons = true,
            _ => {}
        }
        emoji |= segment == "72x72" || segment.contains("emoji");
    }
    Folders {
        share,
        icons,
        emoji,
    }
}

/// A platform a share or follow button names.
fn is_platform(word: &str) -> bool {
    matches!(
        word,
        "facebook"
            | "fb"
            | "twitter"
            | "x"
            | "weibo"
            | "wechat"
            | "weixin"
            | "line"
            | "whatsapp"
            | "telegram"
            | "linkedin"
            | "reddit"
            | "pinterest"
            | "tumblr"
            | "email"
            | "mail"
            | "rss"
            | "feed"
            | "instagram"
            | "youtube"
            | "mastodon"
            | "bluesky"
            | "threads"
            | "print"
            | "plurk"
    )
}

/// A word that dresses a button's or icon's file name: a size, a colour,
/// a shape, a number (`share-facebook-icon-32x32-white.png`).
fn is_dressing(w: &str) -> bool {
    w.bytes()
        .all(|b| b.is_ascii_digit() || b == b'x' || b == b'@')
        || matches!(
            w,
            "sm" | "lg"
                | "small"
                | "large"
                | "white"
                | "black"
                | "color"
                | "colour"
                | "round"
                | "rounded"
                | "circle"
                | "square"
                | "dark"
                | "light"
                | "default"
                | "orange"
                | "yellow"
                | "blue"
                | "red"
                | "green"
                | "grey"
                | "gray"
                | "v2"
                | "new"
                | "on"
                | "us"
                | "me"
        )
}

/// A share or follow button: a file named for a platform and nothing but
/// an icon's marks and dressing (`twitter-icon.svg`, `share/facebook.png`,
/// `share-facebook-icon-32.png`), or a vector or GIF image from an icon
/// folder (`icons/arrow.svg`). A photo of a brand
/// (`twitter-logo-x-rebrand.jpg`) names more than that and stays.
fn is_share_icon(url: &Url, words: &FileWords, folders: Folders) -> bool {
    let is_mark = |w: &str| {
        matches!(
            w,
            "icon" | "icons" | "logo" | "share" | "sharing" | "button" | "btn" | "badge" | "follow"
        )
    };
    let host = url.host_str().unwrap_or_default();
    let (share_folder, icon_folder) = (folders.share, folders.icons);
    let icon_name = |w: &str| is_platform(w) || is_mark(w) || is_dressing(w);
    (icon_folder && matches!(words.extension(), "svg" | "ico" | "gif"))
        || (words.any(is_platform)
            && words.all(icon_name)
            && (share_folder || icon_folder || words.any(is_mark)))
        || host == "img.shields.io"
        || (host == "feeds.wordpress.com" && url.path().starts_with("/1.0/"))
}

/// A donate, support or subscribe button: a file named for the button and
/// nothing more (`btn_donate_LG.gif`, `banner-subscribe.png`), or Buy Me a
/// Coffee's, Ko-fi's, PayPal's buttons, an Amazon product widget: a promo.
/// A photo whose name says more (`volunteers-donate-blood.jpg`) stays.
fn is_button(url: &Url, words: &FileWords) -> bool {
    let host = url.host_str().unwrap_or_default();
    let host_is = |h: &str| host_is(host, h);
    let asks = |w: &str| {
        matches!(
            w,
            "donate" | "subscribe" | "buymeacoffee" | "kofi" | "patreon"
        )
    };
    let button_name = |w: &str| {
        asks(w)
            || is_dressing(w)
            || matches!(
                w,
                "button"
                    | "btn"
                    | "banner"
                    | "buy"
                    | "a"
                    | "coffee"
                    | "become"
                    | "patron"
                    | "support"
                    | "now"
                    | "here"
                    | "paypal"
            )
    };
    (words.any(asks) && words.all(button_name))
        || host_is("paypalobjects.com")
        || (host_is("buymeacoffee.com") && url.path().starts_with("/buttons/"))
        || host_is("ko-fi.com")
        || (host_is("amazon-adsystem.com") && url.path().starts_with("/widgets/"))
}

/// Emoji image sets: WordPress's and Twitter's.
fn is_emoji(url: &Url) -> bool {
    let host = url.host_str().unwrap_or_default();
    let path = url.path();
    (host == "s.w.org" && path.starts_with("/images/core/emoji/"))
        || (host.ends_with("twimg.com") && path.contains("/emoji/"))
}

/// An emoji image named for its code points, as every emoji set names its
/// files (Twemoji's `1f600.png`, `1f468-200d-1f4bb.svg`, Noto's
/// `emoji_u1f44d.png`): hexadecimal code points joined by `-` or `_`, the
/// first a pictograph's or a symbol's. A name of digits alone (`2600.png`,
/// a numbered photo) counts only in an emoji set's path or at an emoji's
/// size (`emoji_like`); so do `©` and `®` (`a9.png`), while a keycap
/// (`31-20e3.png`) always does.
fn is_emoji_file(words: &FileWords, emoji_like: bool) -> bool {
    if !matches!(words.extension(), "png" | "svg" | "gif" | "webp") {
        return false;
    }
    let stem = words
        .name
        .rsplit_once('.')
        .map_or(words.name.as_str(), |(s, _)| s);
    let stem = stem.strip_prefix("emoji_u").unwrap_or(stem);
    let mut points = stem.split(['-', '_']);
    // Emoji whose code point has two hex digits: `©` and `®` (`a9.png`)
    // at an emoji's size or from an emoji set's path, and keycaps
    // (`31-20e3.png`, `23-fe0f-20e3.svg`).
    let first = points.clone().next().unwrap_or_default();
    if first.len() == 2 {
        let rest: Vec<&str> = points.skip(1).collect();
        return match u32::from_str_radix(first, 16) {
            Ok(0x23 | 0x2A | 0x30..=0x39) => matches!(rest.as_slice(), ["20e3"] | ["fe0f", "20e3"]),
            Ok(0xA9 | 0xAE) => emoji_like && matches!(rest.as_slice(), [] | ["fe0f"]),
            _ => false,
        };
    }
    let code = |p: &str| {
        (4..=5)
            .contains(&p.len())
            .then(|| u32::from_str_radix(p, 16).ok())
            .flatten()
    };
    points.next().and_then(code).is_some_and(|first| {
        matches!(
            first,
            0x1F000..=0x1FAFF
                | 0x2190..=0x21FF
                | 0x2300..=0x23FF
                | 0x25A0..=0x25FF
                | 0x2600..=0x27BF
                | 0x2B00..=0x2BFF
                | 0x3030
                | 0x303D
                | 0x3297
                | 0x3299
        )
    }) && points.all(|p| code(p).is_some())
        && (emoji_like || stem.bytes().any(|b| matches!(b, b'a'..=b'f')))
}

/// Blogger's post-editing icons (`www.blogger.com/img/icon18_edit_allbkg.gif`).
fn is_blogger_icon(url: &Url) -> bool {
    let host = url.host_str().unwrap_or_default();
    (host == "www.blogger.com" || host_is(host, "blogblog.com"))
        && url.path().starts_with("/img/icon")
}

/// A QR code: `qr` as a word, or `qrcode`, in the file name, or a QR code
/// named in the `alt`.
fn is_qr_code(name: &str, alt: &str) -> bool {
    // Most alt texts name no QR code: lowercased only when they may.
    let alt = if alt.is_empty() || !(alt.contains(['Q', 'q']) || alt.contains("二")) {
        String::new()
    } else {
        alt.to_lowercase()
    };
    let word = |s: &str, w: &str| {
        s.match_indices(w).any(|(i, _)| {
            let before = s[..i].chars().next_back();
            let after = s[i + w.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphabetic)
        })
    };
    name.contains("qrcode")
        || name.contains("qr-code")
        || name.contains("qr_code")
        || word(name, "qr")
        || ["qr code", "qrcode", "qr-code", "二维码", "二維碼"]
            .iter()
            .any(|w| alt.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use html5ever::{ns, LocalName, QualName};

    fn kind(url: &str, pairs: &[(&str, &str)]) -> Option<ImageKind> {
        let attrs: Vec<Attribute> = pairs
            .iter()
            .map(|&(name, value)| Attribute {
                name: QualName::new(None, ns!(), LocalName::from(name)),
                value: value.into(),
            })
            .collect();
        image_kind(&Url::parse(url).expect("a URL"), &attrs)
    }

    #[test]
    fn tracking_pixels() {
        use ImageKind::TrackingPixel as P;
        for (url, attrs) in [
            (
                "https://medium.com/_/stat?event=post.clientViewed&postId=1",
                &[][..],
            ),
            ("https://pixel.wp.com/g.gif?blog=1", &[]),
            ("https://stats.wordpress.com/b.gif?x=1", &[]),
            ("https://feeds.feedburner.com/~r/SomeBlog/~4/abc", &[]),
            ("https://www.google-analytics.com/collect?v=1", &[]),
            ("https://feeds.feedblitz.com/~/i/123/0/someblog", &[]),
            (
                "https://someone.us1.list-manage.com/track/open.php?u=1",
                &[],
            ),
            ("https://eotrx.substackcdn.com/open?token=x", &[]),
            ("https://hm.baidu.com/hm.gif?si=1", &[]),
            ("https://c.cnzz.com/wapstat.php?siteid=1", &[]),
            ("https://stats.example.org/matomo.php?idsite=1", &[]),
            ("https://example.org/t/pixel.gif?id=3", &[]),
            (
                "https://example.org/a.png",
                &[("width", "1"), ("height", "1")],
            ),
            (
                "https://example.org/a.png",
                &[("width", "1px"), ("height", "0")],
            ),
            ("https://example.org/a.png", &[("height", "0")]),
            (
                "https://blogger.googleusercontent.com/tracker/1-2?l=blog",
                &[],
            ),
            ("https://ir-na.amazon-adsystem.com/e/ir?t=x", &[]),
            ("https://feeds.feedburner.com/~a/Blog?i=1", &[]),
            ("https://email.mg1.substack.com/o/eJxUkM2O", &[]),
            ("https://email.example.com/o/abc123", &[]),
            (
                "https://u1234567.ct.sendgrid.net/wf/open?upn=u001.Ab-2Fc",
                &[],
            ),
            ("https://url9.news.example.org/wf/open?upn=Xy-2BZ", &[]),
            (
                "https://link.mail.beehiiv.com/ss/o/Ivhd/42w/m5zu/ho.gif",
                &[],
            ),
            ("https://pixel.mandrillapp.com/track/open.php?u=9", &[]),
            (
                "https://link.news.example.com/ss/o/u001.abc/4a/x9/ho.gif",
                &[],
            ),
            ("https://links.example.com/track/open.php?u=1&id=2", &[]),
        ] {
            assert_eq!(kind(url, attrs), Some(P), "{url} {attrs:?}");
        }
    }

    #[test]
    fn avatars_icons_and_qr_codes() {
        use ImageKind::{Avatar, Icon, QrCode};
        for (url, attrs, expected) in [
            (
                "https://www.example.com/files/styles/220x220/public/images/profile/jane_doe.jpg",
                &[][..],
                Avatar,
            ),
            ("https://secure.gravatar.com/avatar/0abc?s=96", &[], Avatar),
            (
                "https://cdn.example.net/u/123/avatar_large.png",
                &[],
                Avatar,
            ),
            ("https://pbs.twimg.com/profile_images/1/x.jpg", &[], Avatar),
            (
                "https://example.com/i/p.jpg",
                &[("class", "author-Avatar round")],
                Avatar,
            ),
            (
                "https://s.w.org/images/core/emoji/14.0.0/72x72/1f600.png",
                &[],
                Icon,
            ),
            (
                "https://example.com/smile.png",
                &[("class", "wp-smiley")],
                Icon,
            ),
            (
                "https://example.com/ic.png",
                &[("width", "24"), ("height", "24")],
                Icon,
            ),
            ("https://example.com/img/wechat-qr.jpg", &[], QrCode),
            ("https://example.com/img/QRCode_2024.png", &[], QrCode),
            (
                "https://example.com/img/x.png",
                &[("alt", "扫描二维码关注我们")],
                QrCode,
            ),
            (
                "https://example.com/img/x.png",
                &[("alt", "Scan the QR code")],
                QrCode,
            ),
            ("https://avatars.githubusercontent.com/u/1?v=4", &[], Avatar),
            ("https://example.com/img/share/facebook.png", &[], Icon),
            ("https://example.com/static/twitter-icon.svg", &[], Icon),
            (
                "https://example.com/wp-content/plugins/social/images/email.png",
                &[],
                Icon,
            ),
            ("https://example.com/assets/icons/arrow.svg", &[], Icon),
            (
                "https://example.com/img/share-facebook-icon-32x32-white.png",
                &[],
                Icon,
            ),
            (
                "https://img.shields.io/badge/build-passing-green",
                &[],
                Icon,
            ),
            (
                "https://feeds.wordpress.com/1.0/comments/blog.wordpress.com/1/",
                &[],
                Icon,
            ),
            (
                "https://mmbiz.qpic.cn/mmbiz_gif/a/640?wx_fmt=gif",
                &[("alt", "分割线")],
                Icon,
            ),
            (
                "https://miro.medium.com/v2/resize:fill:88:88/1*abc.jpeg",
                &[],
                Avatar,
            ),
            (
                "https://cdn-images-1.medium.com/fit/c/50/50/1*abc.jpeg",
                &[],
                Avatar,
            ),
            (
                "https://twemoji.maxcdn.com/v/latest/72x72/1f600.png",
                &[],
                Icon,
            ),
            (
                "https://cdn.jsdelivr.net/gh/twitter/twemoji@14/assets/svg/1f468-200d-1f4bb.svg",
                &[],
                Icon,
            ),
            ("https://example.com/e/2764_fe0f.png", &[], Icon),
            (
                "https://example.com/e/smile.png",
                &[("alt", "😀"), ("width", "48"), ("height", "48")],
                Icon,
            ),
            ("https://example.com/emoji/t.png", &[("alt", " 👍🏽 ")], Icon),
            (
                "https://example.com/e/h.png",
                &[("alt", "❤️"), ("height", "64")],
                Icon,
            ),
            ("https://cdn.example.com/72x72/2600.png", &[], Icon),
            ("https://example.com/u/emoji_u1f44d.png", &[], Icon),
            // Two hex digits: keycaps, and `©` or `®` at an emoji's size.
            ("https://example.com/e/31-20e3.png", &[], Icon),
            ("https://example.com/e/23-fe0f-20e3.svg", &[], Icon),
            ("https://example.com/e/ae.png", &[("width", "48")], Icon),
            (
                "https://miro.medium.com/v2/format:webp/resize:fill:88:88/1*abc.jpeg",
                &[],
                Avatar,
            ),
            (
                "https://www.blogger.com/img/icon18_edit_allbkg.gif",
                &[],
                Icon,
            ),
        ] {
            assert_eq!(kind(url, attrs), Some(expected), "{url} {attrs:?}");
        }
    }

    #[test]
    fn buttons_are_promos() {
        for url in [
            "https://www.paypalobjects.com/en_US/i/btn/btn_donate_LG.gif",
            "https://cdn.buymeacoffee.com/buttons/default-orange.png",
            "https://example.com/images/banner-subscribe.png",
            "https://storage.ko-fi.com/cdn/kofi2.png",
            "https://ws-na.amazon-adsystem.com/widgets/q?ASIN=1&Format=_SL250_",
        ] {
            assert_eq!(kind(url, &[]), Some(ImageKind::Promo), "{url}");
        }
    }

    #[test]
    fn content_images_stay() {
        for (url, attrs) in [
            (
                "https://static01.nyt.com/images/2020/06/19/world/19profile-lee-1/merlin.jpg",
                &[][..],
            ),
            (
                "https://cdn-images-1.medium.com/max/1024/1*3qOx6QRhRcnQyo--y0O1nw.png",
                &[],
            ),
            ("https://example.com/bafyreiqqrtpa5ajy.jpg", &[]),
            ("https://example.com/qrs_report.jpg", &[]),
            (
                "https://example.com/a.jpg",
                &[("width", "640"), ("height", "1")],
            ),
            (
                "https://example.com/a.jpg",
                &[("width", "32"), ("height", "400")],
            ),
            (
                "https://example.com/a.jpg",
                &[("width", "auto"), ("alt", "政治人物的肖像")],
            ),
            ("https://medium.com/p/stats-of-the-year.png", &[]),
            // Mailers' paths elsewhere: a photo of a shop's window, a
            // blog's `/ss/o/` folder.
            ("https://example.com/wf/open/shop-window.jpg", &[]),
            ("https://example.com/ss/o/photo.jpg", &[]),
            // Two-digit names that are no emoji's.
            ("https://example.com/photos/ae.png", &[]),
            ("https://example.com/photos/31-10.png", &[]),
            ("https://example.com/photos/30.png", &[("width", "48")]),
            // A platform named without an icon's marks, an author's
            // name in a file name.
            ("https://example.com/2020/x-ray-scan.jpg", &[]),
            ("https://example.com/uploads/facebook-headquarters.jpg", &[]),
            ("https://example.com/uploads/line-of-people.jpg", &[]),
            ("https://example.com/uploads/author-interview.jpg", &[]),
            // The review's cases: photos of brands, of people, a post's
            // folder named `icons`, screenshots.
            ("https://example.com/2023/twitter-logo-x-rebrand.jpg", &[]),
            (
                "https://example.com/2023/facebook-share-price-chart.png",
                &[],
            ),
            (
                "https://example.com/2023/police-badge-line-of-duty.jpg",
                &[],
            ),
            (
                "https://example.com/social/2024/twitter-headquarters.jpg",
                &[],
            ),
            ("https://example.com/icon/x-ray-of-hand.jpg", &[]),
            ("https://example.org/posts/icons/figure-1.png", &[]),
            ("https://example.com/kofi-annan-1998.jpg", &[]),
            ("https://example.com/volunteers-donate-blood.jpg", &[]),
            (
                "https://example.com/email-newsletter-subscribe-form-example.png",
                &[],
            ),
            ("https://example.com/contributors/2024/protest.jpg", &[]),
            (
                "https://mmbiz.qpic.cn/mmbiz_jpg/a/640",
                &[("alt", "Separator")],
            ),
            // Medium's post images and wide crops; names that are
            // numbers or words, not code points; alts with words.
            ("https://miro.medium.com/v2/resize:fit:1400/1*abc.jpeg", &[]),
            (
                "https://miro.medium.com/v2/resize:fill:1200:600/1*abc.jpeg",
                &[],
            ),
            (
                "https://cdn-images-1.medium.com/fit/c/800/800/1*abc.jpeg",
                &[],
            ),
            ("https://example.com/uploads/2024/03/1200.jpg", &[]),
            ("https://example.com/uploads/2024/03/20240301.png", &[]),
            ("https://example.com/uploads/cafe-2024.png", &[]),
            ("https://example.com/uploads/1f600.jpg", &[]),
            ("https://example.com/uploads/2500-3000.png", &[]),
            ("https://example.com/uploads/2600.png", &[]),
            (
                "https://example.com/uploads/2345.png",
                &[("width", "1200"), ("height", "800")],
            ),
            (
                "https://example.com/uploads/tree.jpg",
                &[("alt", "🎄"), ("width", "1200"), ("height", "800")],
            ),
            ("https://example.com/uploads/shot.jpg", &[("alt", "📸")]),
            (
                "https://email.cloud.example.gov/o/annual-report-cover.jpg",
                &[],
            ),
            ("https://example.com/p.jpg", &[("alt", "😀 我们的合影")]),
            ("https://example.com/p.jpg", &[("alt", "2024")]),
            ("https://example.com/p.jpg", &[("alt", "→")]),
            ("https://www.blogger.com/img/post-photo.jpg", &[]),
            ("https://email.example.com/images/o/header.png", &[]),
        ] {
            assert_eq!(kind(url, attrs), None, "{url} {attrs:?}");
        }
    }

    #[test]
    fn other_images_leave_images_and_emoji_stay_in_the_text() {
        let snapshot = "<!--1600000000000-->\n[t](https://blog.example/p)\n---\n\n\
            <p>Good night<img src=\"https://s.w.org/images/core/emoji/12.0.0-1/72x72/1f4a4.png\" \
            alt=\"💤\" class=\"wp-smiley\"> all.</p>\
            <p><img src=\"https://blog.example/photo.jpg\"></p>\
            <p><img src=\"https://blog.example/wechat_qr.png\" alt=\"关注\">Scan it.</p>\
            <img src=\"https://medium.com/_/stat?event=post.clientViewed\" width=\"1\" height=\"1\">";
        let a = crate::parse(snapshot).expect("parses");
        assert_eq!(a.blocks[0].text, "Good night💤 all.");
        assert_eq!(a.images.len(), 1);
        assert!(a.images[0].url.as_str().ends_with("/photo.jpg"));
        let kinds: Vec<_> = a
            .other_images
            .iter()
            .map(|o| (o.kind, o.alt.as_deref()))
            .collect();
        assert_eq!(
            kinds,
            [
                (ImageKind::Icon, Some("💤")),
                (ImageKind::QrCode, Some("关注")),
                (ImageKind::TrackingPixel, None)
            ]
        );
    }
}
