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
//! Golden cases (`tests/golden/allnow/`): `2020-english-photo-credits-in-captions`,
//! `2020-headings-uncaptioned-figures-wechat-promo`, `2020-interviewer-byline-interview`.

use super::{Hooks, Outlet, Rules, Spec};

pub(super) static SPEC: Spec = Spec {
    outlet: Outlet::Allnow,
    name: "allnow",
    hosts: &["allnow.com"],
    body_marks: &[],
    rules: Rules {
        hooks: Hooks {
            byline_line: Some(interviewer),
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
}
