//! Share links: links of share blocks, with the URL each one shares.

use url::Url;

use crate::article::{Platform, ShareLink};
use crate::urls;

/// The hosts of the share links [`share_link`] knows, each with its
/// subdomains, and their schemes: what [`may_be_share_link`] looks for. A
/// platform added there has its host or scheme added here.
const HOSTS: &[&str] = &[
    "facebook.com",
    "twitter.com",
    "x.com",
    "whatsapp.com",
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
const SCHEMES: &[&str] = &["whatsapp", "mailto"];

/// Whether `host` is one of [`HOSTS`] or under one, ASCII case ignored.
fn is_share_host(host: &str) -> bool {
    let host = host.as_bytes();
    HOSTS.iter().any(|h| {
        let h = h.as_bytes();
        host.len() >= h.len()
            && host[host.len() - h.len()..].eq_ignore_ascii_case(h)
            && (host.len() == h.len() || host[host.len() - h.len() - 1] == b'.')
    })
}

/// Whether a link on a page at `base` may be a share link whatever its
/// `href`: one without a scheme or host of its own takes `base`'s.
pub(crate) fn base_may_share(base: &Url) -> bool {
    !matches!(base.scheme(), "http" | "https") || base.host_str().is_some_and(is_share_host)
}

/// Whether `href` may be a share link, on a page where [`base_may_share`]
/// is false: false only when it certainly is none, which a look at its
/// text tells without resolving it. A share link is told by its scheme
/// and host alone, and those stand as written, case aside, in the head of
/// an `href` (its scheme, the slashes after it, then its authority: all up
/// to the next `/`, `?` or `#`) whose authority is printable ASCII without
/// `%` or `\`: the URL parser changes them only by decoding, mapping
/// non-ASCII and dropping tabs and line breaks, and a tab or line break
/// that it drops from the rest cannot move the head's end. (A `\` ends
/// the authority of `http:` and the other special schemes, but belongs to
/// others' userinfo, `foo://a\@x.com`.) The host is the authority's part
/// after its last `@` and before its port.
pub(crate) fn may_be_share_link(href: &str) -> bool {
    let href = href.trim();
    let (scheme, rest) = match href.split_once(':') {
        Some((scheme, rest)) if is_scheme(scheme) => (scheme, rest),
        _ => ("", href),
    };
    let after_slashes = rest.trim_start_matches(['/', '\\']);
    let authority = &after_slashes[..after_slashes
        .find(['/', '?', '#'])
        .unwrap_or(after_slashes.len())];
    let plain = authority
        .bytes()
        .all(|b| b.is_ascii_graphic() && b != b'%' && b != b'\\');
    if !plain {
        return true;
    }
    let host = authority.rsplit('@').next().unwrap_or_default();
    let host = host.split(':').next().unwrap_or_default();
    SCHEMES.iter().any(|s| s.eq_ignore_ascii_case(scheme)) || is_share_host(host)
}

/// Whether `s` is a URL scheme: a letter, then letters, digits, `+`, `-`
/// and `.`.
fn is_scheme(s: &str) -> bool {
    s.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'))
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
            "/p%E4%B8%AD",
            "?q=中",
            "\u{a0}",
            "\u{3000}",
            "HTTPS://",
            "ws:",
            "a+b:",
            "foo://",
            "a\\@",
            "/\\",
            "\\/",
            ":80",
            "user@",
            "u:p@",
            "1ab:",
            "notx.com",
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
                shares += usize::from(!base_may_share(base));
                assert!(
                    base_may_share(base) || may_be_share_link(&href),
                    "{href:?} against {base}"
                );
            }
        }
        // Share links on a page whose host is no share platform's.
        assert!(shares > 1_000, "{shares}");
        let news = &bases[0];
        assert!(!base_may_share(news));
        assert!(base_may_share(&bases[1]) && base_may_share(&bases[2]));
        assert!(!may_be_share_link("https://news.example/other"));
        assert!(!may_be_share_link("/a/c.html"));
        assert!(may_be_share_link("https://www.Facebook.com/sharer.php?u=x"));
        assert!(may_be_share_link("https://%66acebook.com/sharer.php"));
        // Share links by what the URL parser does: it drops tabs and line
        // breaks before it reads the host, and a backslash belongs to the
        // userinfo of a scheme that is not special.
        for href in [
            "https://face\tbook.com/sharer.php?u=x",
            "https://x.\ncom/intent/tweet",
            "foo://a\\@x.com/intent/tweet?text=https%3A%2F%2Fa.example%2Fp",
            "foo://u\\:p@facebook.com/sharer.php?u=https://a.example/",
        ] {
            let url = urls::resolve(news, href).expect("resolves");
            assert!(share_link(&url).is_some(), "{url}");
            assert!(may_be_share_link(href), "{href:?}");
        }
        // Percent-encoding and non-ASCII past the host do not matter.
        assert!(!may_be_share_link("https://news.example/%E4%B8%AD?q=中"));
        assert!(may_be_share_link(" https:\\\\x.com/intent?text=%E4"));
    }
}
