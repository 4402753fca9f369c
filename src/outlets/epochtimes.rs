//! The Epoch Times 大纪元 (epochtimes.com).
//!
//! No date line: the date stands in the text, at the start of the first
//! paragraph, and is read from there ([`dateline`]):
//!
//! ```html
//! <p>【大纪元2020年11月06日讯】（大纪元记者…报导）…</p>
//! ```
//!
//! WordPress figures (`wp-caption`, `wp-caption-text`: generic rules) and a
//! closing `支持大纪元` promo.
//!
//! Golden cases (`tests/golden/epochtimes/`):
//! `2020-dateline-headings-wp-figure-two-iframes-promo`,
//! `2020-dateline-iframe-in-paragraph-editor-credit`,
//! `2020-eight-wp-figures-consecutive-captions`.

use super::{Hooks, Markers, Outlet, Rules, Spec};
use crate::article::Published;
use crate::date;

pub(super) static SPEC: Spec = Spec {
    outlet: Outlet::EpochTimes,
    name: "epochtimes",
    hosts: &["epochtimes.com"],
    body_marks: &[],
    rules: Rules {
        markers: Markers {
            lines: &["支持大纪元"],
            ..Markers::NONE
        },
        hooks: Hooks {
            text_dateline: Some(dateline),
            ..Hooks::NONE
        },
        ..Rules::NONE
    },
};

/// `【大纪元2020年11月06日讯】` anywhere in a block's text: a date only.
fn dateline(text: &str) -> Option<Published> {
    let start = text.find("【大纪元").or_else(|| text.find("【大紀元"))?;
    let rest = &text[start + "【大纪元".len()..];
    let (day, used) = date::chinese_date(rest)?;
    let end = rest[used..].find('】')? + used + '】'.len_utf8();
    let raw = &text[start..start + "【大纪元".len() + end];
    Some(date::date_only(raw, day))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::LocalTime;
    use chrono::NaiveDate;

    #[test]
    fn dateline_in_the_text() {
        let p = dateline("【大纪元2020年11月06日讯】（大纪元记者…）").unwrap();
        assert_eq!(p.raw, "【大纪元2020年11月06日讯】");
        assert_eq!(
            p.local,
            LocalTime::Date(NaiveDate::from_ymd_opt(2020, 11, 6).unwrap())
        );
        let p = dateline("…【大紀元2021年1月2日訊】…").unwrap();
        assert_eq!(p.raw, "【大紀元2021年1月2日訊】");
        assert!(dateline("大纪元2020年11月06日讯").is_none());
        assert!(dateline("【大纪元2020年11月06日讯").is_none());
    }
}
