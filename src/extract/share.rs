//! Share links: links of share blocks, with the URL each one shares.

use url::Url;

use crate::article::{Platform, ShareLink};
use crate::urls;

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
