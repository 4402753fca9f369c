//! URL helpers: display decoding, resolving body URLs, unwrapping image
//! proxies and share links.

use std::sync::OnceLock;

use memchr::memmem::FinderRev;
use percent_encoding::percent_decode_str;
use url::Url;

/// Percent-decodes `s` where that yields valid UTF-8, for people to read.
///
/// A run of `%XX` escapes is decoded when its bytes are UTF-8; ASCII that
/// would change the URL's meaning if decoded (delimiters, `%`, spaces,
/// controls) stays escaped. Malformed escapes stay as they are.
pub(crate) fn decode_for_display(s: &str) -> String {
    if !s.contains('%') {
        return s.to_owned();
    }
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'%' {
            let next = s[i..].find('%').map_or(s.len(), |j| i + j);
            out.push_str(&s[i..next]);
            i = next;
            continue;
        }
        // A maximal run of well-formed escapes.
        let start = i;
        let mut run = Vec::new();
        while i + 2 < bytes.len() && bytes[i] == b'%' {
            match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => run.push(h << 4 | l),
                _ => break,
            }
            i += 3;
        }
        if run.is_empty() {
            out.push('%');
            i += 1;
            continue;
        }
        let raw = &s[start..i];
        match std::str::from_utf8(&run) {
            Ok(text) => {
                let mut at = 0;
                for c in text.chars() {
                    let n = c.len_utf8();
                    if c.is_ascii() && !keeps_meaning(c) {
                        out.push_str(&raw[at * 3..(at + n) * 3]);
                    } else {
                        out.push(c);
                    }
                    at += n;
                }
            }
            Err(_) => out.push_str(raw),
        }
    }
    out
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// ASCII characters that read the same decoded or not.
fn keeps_meaning(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(
            c,
            '-' | '.' | '_' | '~' | '!' | '*' | '\'' | '(' | ')' | ','
        )
}

/// Resolves a URL found in the body against the article URL.
///
/// Protocol-relative URLs get `https:`; `data:`, `javascript:`, `about:` and
/// empty values are not URLs of anything and give `None`.
pub(crate) fn resolve(base: &Url, raw: &str) -> Option<Url> {
    let raw = raw.trim();
    if raw.is_empty() || raw.starts_with('#') {
        return None;
    }
    let opens = |scheme: &str| {
        raw.as_bytes()
            .get(..scheme.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(scheme.as_bytes()))
    };
    if opens("data:") || opens("javascript:") || opens("about:") {
        return None;
    }
    let url = if let Some(rest) = raw.strip_prefix("//") {
        Url::parse(&format!("https://{rest}")).ok()?
    } else {
        base.join(raw).ok()?
    };
    Some(url)
}

/// Whether two URLs are of one site: the same host, or hosts under one
/// registered domain (`hulitw.medium.com` and `medium.com`; `a.bbc.co.uk`
/// and `www.bbc.co.uk`, a short second level under a country's domain
/// counting as part of the suffix).
pub(crate) fn same_site(a: &Url, b: &Url) -> bool {
    fn site(host: &str) -> &str {
        let mut dots = host.rmatch_indices('.').map(|(i, _)| i);
        let (Some(last), Some(second)) = (dots.next(), dots.next()) else {
            return host;
        };
        let tld = &host[last + 1..];
        let sld = &host[second + 1..last];
        if tld.len() == 2 && sld.len() <= 3 {
            dots.next().map_or(host, |third| &host[third + 1..])
        } else {
            &host[second + 1..]
        }
    }
    match (a.host_str(), b.host_str()) {
        (Some(x), Some(y)) => x.eq_ignore_ascii_case(y) || site(x).eq_ignore_ascii_case(site(y)),
        _ => false,
    }
}

/// Whether `url` is a web URL (http or https).
pub(crate) fn is_web(url: &Url) -> bool {
    matches!(url.scheme(), "http" | "https")
}

/// The original image behind an image proxy (`images.weserv.nl/?url=…`).
pub(crate) fn unwrap_proxy(url: &Url) -> Option<Url> {
    let host = url.host_str()?;
    if host != "images.weserv.nl" && host != "wsrv.nl" {
        // Path-style proxies (thumbor: `/unsafe/1340x754/https://…`) embed
        // the original whole; the last embedded URL is the innermost.
        let path = url.path();
        // The last `/http` that opens an embedded URL; most paths have none.
        static HTTP: OnceLock<FinderRev<'static>> = OnceLock::new();
        let http = HTTP.get_or_init(|| FinderRev::new("/http"));
        let mut end = path.len();
        let at = loop {
            let at = http.rfind(&path.as_bytes()[..end])?;
            let rest = &path[at + "/http".len()..];
            if rest.starts_with("s://") || rest.starts_with("://") {
                break at;
            }
            end = at;
        };
        let mut inner = path[at + 1..].to_owned();
        if let Some(q) = url.query() {
            inner.push('?');
            inner.push_str(q);
        }
        return Url::parse(&inner).ok();
    }
    let inner = url.query_pairs().find(|(k, _)| k == "url")?.1;
    let inner = inner.strip_prefix("ssl:").unwrap_or(&inner);
    if inner.starts_with("http://") || inner.starts_with("https://") {
        Url::parse(inner).ok()
    } else {
        let inner = inner.trim_start_matches('/');
        Url::parse(&format!("https://{inner}")).ok()
    }
}

/// Finds a web URL nested in a query value, percent-decoding up to four
/// more times (share links nest the shared URL once or twice encoded) and
/// looking inside free text (`title - https://…`).
pub(crate) fn nested_url(value: &str) -> Option<Url> {
    let mut current = value.to_owned();
    for _ in 0..5 {
        let trimmed = current.trim();
        if let Some(at) = trimmed.find("http") {
            let candidate = trimmed[at..].split_whitespace().next().unwrap_or_default();
            if candidate.starts_with("http://") || candidate.starts_with("https://") {
                if let Ok(url) = Url::parse(candidate) {
                    return Some(url);
                }
            }
        }
        if !current.contains('%') {
            return None;
        }
        let decoded = percent_decode_str(&current)
            .decode_utf8()
            .ok()?
            .into_owned();
        if decoded == current {
            return None;
        }
        current = decoded;
    }
    None
}

#[cfg(test)]
mod tests {
    #[test]
    fn sites() {
        let u = |s: &str| url::Url::parse(s).expect("url");
        let same = |a: &str, b: &str| super::same_site(&u(a), &u(b));
        assert!(same(
            "https://hulitw.medium.com/a",
            "https://medium.com/@hulitw/b"
        ));
        assert!(same("https://www.bbc.co.uk/a", "https://news.bbc.co.uk/b"));
        assert!(same("https://blog.example/a", "https://BLOG.example/b"));
        assert!(!same("https://bbc.co.uk/a", "https://itv.co.uk/b"));
        assert!(!same("https://blog.example/a", "https://gov.example.org/b"));
    }

    use super::*;

    #[test]
    fn display_decoding() {
        assert_eq!(
            decode_for_display("https://www.rfi.fr/cn/%E4%B8%AD%E5%9B%BD/2023-%e7%99%bd"),
            "https://www.rfi.fr/cn/中国/2023-白"
        );
        assert_eq!(decode_for_display("/a%2Fb%20c%41"), "/a%2Fb%20cA");
        assert_eq!(decode_for_display("/bad%E4%B8/%zz%"), "/bad%E4%B8/%zz%");
        assert_eq!(decode_for_display("/%E4%B8%AD%2"), "/中%2");
    }

    #[test]
    fn resolving() {
        let base = Url::parse("https://www.rfi.fr/cn/a/b").unwrap();
        assert_eq!(
            resolve(&base, "//x.org/i.jpg").unwrap().as_str(),
            "https://x.org/i.jpg"
        );
        assert_eq!(
            resolve(&base, "c.jpg").unwrap().as_str(),
            "https://www.rfi.fr/cn/a/c.jpg"
        );
        assert!(resolve(&base, "data:image/gif;base64,R0lGOD").is_none());
        assert!(resolve(&base, " ").is_none());
        assert!(resolve(&base, "JavaScript:void(0)").is_none());
    }

    #[test]
    fn proxies() {
        let u = Url::parse("https://images.weserv.nl?url=gdb.voanews.com/C9_w900.jpg").unwrap();
        assert_eq!(
            unwrap_proxy(&u).unwrap().as_str(),
            "https://gdb.voanews.com/C9_w900.jpg"
        );
        let u = Url::parse("https://images.weserv.nl/?url=ssl:a.org/x%3Fy%3D1").unwrap();
        assert_eq!(unwrap_proxy(&u).unwrap().as_str(), "https://a.org/x?y=1");
        assert!(unwrap_proxy(&Url::parse("https://a.org/?url=b.org").unwrap()).is_none());
        let u = Url::parse("https://thumbor.ftacademy.cn/unsafe/1340x754/https://thumbor.ftacademy.cn/unsafe/picture/7/000096517_piclink.jpg").unwrap();
        assert_eq!(
            unwrap_proxy(&u).unwrap().as_str(),
            "https://thumbor.ftacademy.cn/unsafe/picture/7/000096517_piclink.jpg"
        );
    }

    #[test]
    fn nesting() {
        assert_eq!(
            nested_url("https://rfi.my/A54v.F").unwrap().as_str(),
            "https://rfi.my/A54v.F"
        );
        assert_eq!(
            nested_url("标题 - https%3A%2F%2Frfi.my%2FA54v.W")
                .unwrap()
                .as_str(),
            "https://rfi.my/A54v.W"
        );
        assert_eq!(
            nested_url("https%253A%252F%252Fa.org%252Fx")
                .unwrap()
                .as_str(),
            "https://a.org/x"
        );
        assert!(nested_url("no url here").is_none());
    }

    #[test]
    fn escapes_that_keep_their_meaning_stay_inside_decoded_runs() {
        // A run of escapes mixing UTF-8 text and a delimiter: the text is
        // decoded, the delimiter stays escaped, each in its place.
        assert_eq!(decode_for_display("/a/%E4%B8%AD%2F%E6%96%87"), "/a/中%2F文");
        assert_eq!(decode_for_display("%3F%E4%B8%AD%26x"), "%3F中%26x");
        assert_eq!(decode_for_display("%E4%B8%AD%20%E6%96%87%25"), "中%20文%25");
    }

    #[test]
    fn web_schemes_and_both_weserv_hosts() {
        let url = |s: &str| Url::parse(s).expect("a URL");
        assert!(is_web(&url("https://a.example/")));
        assert!(is_web(&url("http://a.example/")));
        for other in [
            "ftp://a.example/f",
            "mailto:x@a.example",
            "data:image/png;base64,AA",
        ] {
            assert!(!is_web(&url(other)), "{other}");
        }
        for proxy in [
            "https://images.weserv.nl/?url=static.example.com/a.jpg",
            "https://wsrv.nl/?url=static.example.com/a.jpg",
        ] {
            assert_eq!(
                unwrap_proxy(&url(proxy)).as_ref().map(Url::as_str),
                Some("https://static.example.com/a.jpg"),
                "{proxy}"
            );
        }
    }
}
