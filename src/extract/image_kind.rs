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
    if width == Some(0)
        || height == Some(0)
        || (width.is_some_and(|w| w <= 1) && height.is_some_and(|h| h <= 1))
        || is_tracker(url)
    {
        return Some(ImageKind::TrackingPixel);
    }
    if is_qr_code(url, alt) {
        return Some(ImageKind::QrCode);
    }
    let class = html::attr(attrs, "class").unwrap_or_default();
    let class_has = |word: &str| {
        class
            .as_bytes()
            .windows(word.len())
            .any(|w| w.eq_ignore_ascii_case(word.as_bytes()))
    };
    if is_avatar(url) || class_has("avatar") {
        return Some(ImageKind::Avatar);
    }
    if is_emoji(url)
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

/// Statistics endpoints that serve a pixel per view.
fn is_tracker(url: &Url) -> bool {
    let host = url.host_str().unwrap_or_default();
    let path = url.path();
    let host_is = |h: &str| {
        host.strip_suffix(h)
            .is_some_and(|rest| rest.is_empty() || rest.ends_with('.'))
    };
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
        || host_is("doubleclick.net")
        || host_is("bat.bing.com")
        || (host_is("hm.baidu.com") && path.starts_with("/hm.gif"))
        || host_is("cnzz.com")
        || matches!(
            file_name(url).as_str(),
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
fn is_avatar(url: &Url) -> bool {
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
    let name = file_name(url);
    folder
        || host == "gravatar.com"
        || host.ends_with(".gravatar.com")
        || name.contains("avatar")
        || name.contains("headshot")
}

/// Emoji image sets: WordPress's and Twitter's.
fn is_emoji(url: &Url) -> bool {
    let host = url.host_str().unwrap_or_default();
    let path = url.path();
    (host == "s.w.org" && path.starts_with("/images/core/emoji/"))
        || (host.ends_with("twimg.com") && path.contains("/emoji/"))
}

/// A QR code: `qr` as a word, or `qrcode`, in the file name, or a QR code
/// named in the `alt`.
fn is_qr_code(url: &Url, alt: &str) -> bool {
    let name = file_name(url);
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
        || word(&name, "qr")
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
        ] {
            assert_eq!(kind(url, attrs), Some(expected), "{url} {attrs:?}");
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
