//! 燕京书评 of 全现在 (allnow.com: `m.allnow.com` and `www.allnow.com`).
//!
//! Book reviews and interviews, with figures captioned in a paragraph and a
//! closing WeChat promo (`微信搜索“燕京书评”…`, feed furniture, a generic
//! rule). No date line.
//!
//! ```html
//! <p>采写丨张弘</p><p> </p><p>人脑不断植入芯片，…</p>
//! <figure class="image-box dls-image-block dls-media-image"><img src="https://img.allhistory.com/now/2020-10-14/5f86c1a4d7f8a70001ef06dd.png?imageView2/2/w/800">
//! <figcaption class="dls-image-capture dls-capture"><p>《人类还有未来吗》，何怀宏著，…</p></figcaption></figure>
//! <p>————</p><p>微信搜索“燕京书评”（Pekingbooks）：重申文化想象，重塑文字力量。</p>
//! ```
//!
//! The byline opens the body with a label: `作者丨…` and `撰稿丨…；翻译丨…`
//! are generic byline lines; `采写丨…` (interviewed and written by) is read
//! here ([`interviewer`]).
//!
//! The feed gives the desktop links (`www.allnow.com/post/…`) no timestamp
//! (`<!--NaN-->`), and the body states no date. The post id is a MongoDB
//! ObjectId, whose first four bytes are the second the post was made:
//! [`post_time`] reads it as the URL's time. On the corpus it is the front
//! matter's date on all ten NaN files, and 1 to 21 hours before line 1 on
//! the fifteen `m.allnow.com` files.
//!
//! Golden cases (`tests/golden/allnow/`): `2020-english-photo-credits-in-captions`,
//! `2020-headings-uncaptioned-figures-wechat-promo`, `2020-interviewer-byline-interview`,
//! `2021-nan-post-id-time-library-captions`, `2021-nan-post-id-time-writer-translator`,
//! `2021-nan-title-only-video-post`.

use chrono::{DateTime, Utc};
use url::Url;

use super::{Hooks, Outlet, Rules, Spec};

pub(super) static SPEC: Spec = Spec {
    outlet: Outlet::Allnow,
    name: "allnow",
    hosts: &["allnow.com"],
    body_marks: &[],
    rules: Rules {
        hooks: Hooks {
            byline_line: Some(interviewer),
            url_time: Some(post_time),
            ..Hooks::NONE
        },
        ..Rules::NONE
    },
};

/// `采写丨张弘`: the interviewer and writer, named after the label (up to
/// the next role, `；…`).
fn interviewer(line: &str) -> Option<String> {
    let rest = line.trim().strip_prefix("采写")?.trim_start();
    let rest = rest.strip_prefix(['丨', '｜', '|', '：', ':', '/', '／'])?;
    let name = rest.split(['；', ';', '，', ',']).next()?.trim();
    (!name.is_empty() && name.chars().count() <= 20).then(|| name.to_owned())
}

/// The time a post's URL (`/post/5f86c1333a3e10277828656f`) encodes: its
/// id's first eight hex digits, seconds since the Unix epoch.
fn post_time(url: &Url) -> Option<DateTime<Utc>> {
    let id = url.path().strip_prefix("/post/")?.trim_end_matches('/');
    if id.len() != 24 || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let seconds = i64::from_str_radix(&id[..8], 16).ok()?;
    DateTime::from_timestamp(seconds, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interviewers() {
        assert_eq!(interviewer("采写丨张弘").as_deref(), Some("张弘"));
        assert_eq!(
            interviewer(" 采写｜张弘；摄影丨某某").as_deref(),
            Some("张弘")
        );
        assert_eq!(interviewer("采写"), None);
        assert_eq!(interviewer("采写丨"), None);
        assert_eq!(interviewer("采写这篇文章时，我们去了三次。"), None);
    }

    #[test]
    fn post_ids_give_the_time_the_post_was_made() {
        let at = |u: &str| post_time(&Url::parse(u).unwrap()).map(|t| t.to_rfc3339());
        assert_eq!(
            at("https://www.allnow.com/post/60c448c5daae1c1f14553de4").as_deref(),
            Some("2021-06-12T05:40:21+00:00")
        );
        assert_eq!(
            at("https://m.allnow.com/post/5f86c1333a3e10277828656f/").as_deref(),
            Some("2020-10-14T09:13:23+00:00")
        );
        for url in [
            "https://www.allnow.com/post/60c448c5",
            "https://www.allnow.com/post/zzc448c5daae1c1f14553de4",
            "https://www.allnow.com/topic/60c448c5daae1c1f14553de4",
            "https://www.allnow.com/",
        ] {
            assert_eq!(at(url), None, "{url}");
        }
    }

    /// A `<!--NaN-->` snapshot takes its timestamp from the post id.
    #[test]
    fn nan_timestamps_fall_back_to_the_post_id() {
        let snapshot = "<!--NaN-->\n[t](https://www.allnow.com/post/60c448c5daae1c1f14553de4)\n---\n\n<p>采写丨张弘</p><p>正文。</p>";
        let a = crate::parse(snapshot).expect("parses");
        assert_eq!(
            a.timestamp.map(|t| t.to_rfc3339()).as_deref(),
            Some("2021-06-12T05:40:21+00:00")
        );
        assert_eq!(
            a.warnings,
            [crate::Warning::UnreadableTimestamp {
                raw: "NaN".into(),
                fallback: Some(crate::TimestampFallback::Url)
            }]
        );
        assert_eq!(a.byline.as_deref(), Some("张弘"));
        assert_eq!(a.blocks.len(), 1);
    }
}
