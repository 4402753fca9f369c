//! Share links: links of share blocks, with the URL each one shares.

use std::sync::OnceLock;

use aho_corasick::AhoCorasick;
use url::Url;

use crate::article::{Platform, ShareLink};
use crate::urls;

/// What the URL of every share link [`share_link`] knows holds, ASCII case
/// ignored: its scheme (`whatsapp`, `mailto`) or a part of its host.
const MARKS: &[&str] = &[
    "whatsapp",
    "mailto",
    "facebook.com",
    "twitter.com",
    "x.com",
    "wa.me",
    "line.me",
    "t.me",
    "telegram.me",
    "weibo.com",
    "linkedin.com",
    "reddit.com",
    "pinterest.com",
    "addtoany.com",
];

/// Whether `href`, resolved against `base`, may be a share link: false
/// only when it certainly is none, which a look at its text tells without
/// resolving it. An `href` of printable ASCII without `%` or `\` names
/// its scheme and host as written, case aside (the URL parser changes
/// them only by decoding, mapping non-ASCII or dropping tabs and line
/// breaks); one without a scheme or host of its own takes `base`'s.
pub(crate) fn may_be_share_link(base: &Url, href: &str) -> bool {
    static FINDER: OnceLock<AhoCorasick> = OnceLock::new();
    let finder = FINDER.get_or_init(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(MARKS)
            .expect("valid marks")
    });
    let plain = href
        .bytes()
        .all(|b| (b.is_ascii_graphic() || b == b' ') && b != b'%' && b != b'\\');
    !plain
        || !matches!(base.scheme(), "http" | "https")
        || finder.is_match(base.host_str().unwrap_or_default())
        || finder.is_match(href)
}

/// Recognises a share link and digs out the URL it shares.
pub(crate) fn share_link(url: &Url) -> Option<ShareLink> {
    let host = url.host_str().unwrap_or_default();
    let host = host.strip_prefix("www.").unwrap_or(host);
    let path = url.path();
    let platform = match (url.scheme(), host) {
        ("whatsapp", _) => Platform::Whatsapp,
        ("mailto", _) if url.query().is_some() => Platform::Email,
        (_, "facebook.com" | "m.facebook.com")
            if path.contains("sharer") || path.contains("/share") =>
        {
            Platform::Facebook
        }
        (_, "twitter.com" | "x.com")
            if path.starts_with("/intent") || path.starts_with("/share") =>
        {
            Platform::X
        }
        (_, "web.whatsapp.com" | "api.whatsapp.com" | "wa.me") => Platform::Whatsapp,
        (_, "social-plugins.line.me" | "line.me" | "lineit.line.me") => Platform::Line,
        (_, "t.me" | "telegram.me") if path.starts_with("/share") => Platform::Telegram,
        (_, "service.weibo.com") if path.contains("share") => Platform::Weibo,
        (_, "linkedin.com") if path.contains("share") => Platform::Linkedin,
        (_, "reddit.com") if path.starts_with("/submit") => Platform::Reddit,
        (_, "pinterest.com") if path.contains("/pin/create") => Platform::Pinterest,
        (_, "addtoany.com") if path.starts_with("/add_to/") => {
            let name = path["/add_to/".len()..].trim_end_matches('/');
            match name {
                "facebook" => Platform::Facebook,
                "twitter" | "x" => Platform::X,
                "whatsapp" => Platform::Whatsapp,
                "line" => Platform::Line,
                "telegram" => Platform::Telegram,
                "sina_weibo" | "weibo" => Platform::Weibo,
                "linkedin" => Platform::Linkedin,
                "email" => Platform::Email,
                "reddit" => Platform::Reddit,
                "pinterest" => Platform::Pinterest,
                other => Platform::Other(other.to_ascii_lowercase()),
            }
        }
        _ => return None,
    };
    let target = ["u", "href", "url", "linkurl", "link", "text", "body"]
        .iter()
        .find_map(|key| {
            url.query_pairs()
                .find(|(k, _)| k == key)
                .and_then(|(_, v)| urls::nested_url(&v))
        });
    Some(ShareLink {
        platform,
        url: url.clone(),
        target,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every share link is one that [`may_be_share_link`] lets through, on
    /// random links made of share hosts, schemes, paths and what the URL
    /// parser decodes, drops or maps.
    #[test]
    fn no_share_link_is_missed() {
        const PIECES: &[&str] = &[
            "https://",
            "http:",
            "//",
            "www.",
            "facebook.com",
            "FaceBook.COM",
            "m.facebook.com",
            "x.com",
            "twitter.com",
            "wa.me",
            "t.me",
            "line.me",
            "reddit.com",
            "addtoany.com",
            "/sharer.php",
            "/share",
            "/intent/tweet",
            "/submit",
            "/add_to/facebook",
            "?u=",
            "?text=",
            "https%3A%2F%2Fa.example%2Fp",
            "mailto:",
            "MAILTO:",
            "whatsapp:",
            "whatsapp://send?text=x",
            "%2E",
            "%66",
            "\t",
            "\n",
            "\\",
            "中",
            "ｆ",
            "a",
            ".",
            "/",
            "@",
            ":",
            "?",
            "#",
            " ",
            "face",
            "book",
            ".com",
        ];
        let bases = [
            Url::parse("https://news.example/a/b.html").expect("a URL"),
            Url::parse("https://www.facebook.com/p").expect("a URL"),
            Url::parse("https://x.com/p").expect("a URL"),
        ];
        let mut rng = crate::rng::Rng::new(0x9e37_79b9_7f4a_7c15_u64);
        let mut next = move |n: usize| rng.below(n);
        let mut shares = 0;
        for _ in 0..200_000 {
            let href: String = (0..1 + next(6))
                .map(|_| PIECES[next(PIECES.len())])
                .collect();
            let base = &bases[next(bases.len())];
            let share = urls::resolve(base, &href).and_then(|u| share_link(&u));
            if share.is_some() {
                shares += 1;
                assert!(may_be_share_link(base, &href), "{href:?} against {base}");
            }
        }
        assert!(shares > 1_000, "{shares}");
        let news = &bases[0];
        assert!(!may_be_share_link(news, "https://news.example/other"));
        assert!(!may_be_share_link(news, "/a/c.html"));
        assert!(may_be_share_link(
            news,
            "https://www.Facebook.com/sharer.php?u=x"
        ));
        assert!(may_be_share_link(news, "https://%66acebook.com/sharer.php"));
    }
}
