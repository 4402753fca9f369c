//! Radio Free Asia 自由亚洲电台 (rfa.org).
//!
//! No date line. The reporters are named in the closing credits, which are
//! boilerplate (editing credits are a generic rule) and feed the byline
//! here ([`credits_reporters`]):
//!
//! ```html
//! <p>记者：陈品洁 责编：申铧 网编：洪伟</p>
//! <p>自由亚洲电台记者郑崇生华盛顿报道 责编：梒青 网编：洪伟</p>
//! ```
//!
//! Plone figures with `image-caption` (generic), a `zoomattribute` zoom
//! icon, related-article lists `<ul><li><b><a class="external-link">`
//! (generic link lists), `<br><br>` paragraphs.
//!
//! Golden cases (`tests/golden/rfa/`): `2020-br-br-paragraphs-bold-crossheads`,
//! `2020-crlf-line-endings-two-captioned-images`,
//! `2020-related-list-facebook-iframe-plone-caption`,
//! `2023-figure-figcaption-related-list-strong-links`,
//! `2024-span-paragraphs-two-reporters-credits`.

use super::{Hooks, Markers, Outlet, Rules, Spec};

pub(super) static SPEC: Spec = Spec {
    outlet: Outlet::Rfa,
    name: "rfa",
    hosts: &["rfa.org"],
    body_marks: &[],
    rules: Rules {
        markers: Markers {
            containers: &["zoomattribute"],
            ..Markers::NONE
        },
        hooks: Hooks {
            credits_byline: Some(credits_reporters),
            ..Hooks::NONE
        },
        ..Rules::NONE
    },
};

/// Datelines that the credits glue to the reporter's name
/// (`自由亚洲电台记者郑崇生华盛顿报道`).
const CREDIT_PLACES: &[&str] = &[
    "华盛顿",
    "巴黎",
    "台北",
    "香港",
    "伦敦",
    "东京",
    "纽约",
    "首尔",
    "曼谷",
    "柏林",
    "悉尼",
    "多伦多",
    "温哥华",
    "旧金山",
    "洛杉矶",
    "北京",
    "上海",
];

/// The reporters named in an editing-credits line (`记者：陈品洁 责编：…`,
/// `自由亚洲电台记者黄春梅 台北报道 责编 …`), without the dateline.
fn credits_reporters(text: &str) -> Option<String> {
    let start = text.find("记者").or_else(|| text.find("記者"))? + "记者".len();
    let rest = &text[start..];
    let end = ["责编", "責編", "网编", "網編"]
        .iter()
        .filter_map(|m| rest.find(m))
        .min()
        .unwrap_or(rest.len());
    let mut segment = rest[..end]
        .trim_start_matches(['：', ':', ' ', '\u{a0}'])
        .trim_end_matches([' ', '\u{a0}', '）', ')'])
        .to_owned();
    for suffix in ["报道", "报导", "報導"] {
        if let Some(stripped) = segment.strip_suffix(suffix) {
            segment = stripped.trim_end().to_owned();
            if let Some((names, _place)) = segment.rsplit_once(char::is_whitespace) {
                segment = names.trim_end().to_owned();
            } else if let Some(place) = CREDIT_PLACES.iter().find(|p| segment.ends_with(*p)) {
                segment.truncate(segment.len() - place.len());
            }
        }
    }
    let names: Vec<&str> = segment.split_whitespace().collect();
    (!names.is_empty()).then(|| names.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reporters_from_credits() {
        let cases = [
            ("记者：陈品洁 责编：申铧 网编：洪伟", Some("陈品洁")),
            ("（记者：韩洁 责编：申铧 网编：洪伟）", Some("韩洁")),
            (
                "自由亚洲电台记者黄春梅 台北报道 责编 许书婷 申铧 网编 瑞哲",
                Some("黄春梅"),
            ),
            (
                "自由亚洲电台记者郑崇生华盛顿报道 责编：梒青 网编：洪伟",
                Some("郑崇生"),
            ),
            ("记者：乾朗 刘邦羽 责编：许书婷", Some("乾朗, 刘邦羽")),
            ("记者： 高锋 责编：胡力汉 许书婷 网编：瑞哲", Some("高锋")),
            ("责编：闫曼", None),
        ];
        for (text, expected) in cases {
            assert_eq!(credits_reporters(text).as_deref(), expected, "{text}");
        }
    }

    /// Credits sharing a paragraph with its last lines: only the credit
    /// line leaves the text, and it gives the byline.
    #[test]
    fn credits_in_a_paragraph_of_text() {
        let snapshot = "<!--1593561600000-->\n[t](https://www.rfa.org/mandarin/a.html)\n---\n\n\
            <p>第一段。</p><p>最后一段的文字。<br><br>自由亚洲电台记者王某某台北报道 责编：某甲 网编：某乙</p>";
        let a = crate::parse(snapshot).expect("parses");
        let texts: Vec<&str> = a.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["第一段。", "最后一段的文字。"]);
        assert_eq!(a.byline.as_deref(), Some("王某某"));
        assert_eq!(
            a.boilerplate,
            ["自由亚洲电台记者王某某台北报道 责编：某甲 网编：某乙"]
        );
    }
}
