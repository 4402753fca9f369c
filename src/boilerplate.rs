//! Boilerplate: containers and lines that are not article text (FORMAT.md
//! lists them by outlet). Elements are recognised by their attributes, lines
//! by their text; both are kept out of the article text.

use std::sync::LazyLock;

use crate::html::{Data, NodeRef};
use aho_corasick::{AhoCorasick, MatchKind};
use html5ever::Attribute;

/// What kind of boilerplate container an element is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Ads, promos, related-article lists, credits, info cards: their text
    /// goes to `Article::boilerplate`.
    Container,
    /// Share blocks: kept typed in `Article::share_links`.
    Share,
    /// Text for screen readers only (`图片版权` labels): dropped.
    Hidden,
}

/// Class or id tokens (by prefix or suffix) of ad, promo, related-article,
/// credit and info-card containers, with the outlets that use them.
const CONTAINER_MARKERS: &[&str] = &[
    "dfp-ad",        // Zaobao
    "innity",        // Zaobao
    "bbccom_advert", // BBC
    "bbccom_slot",   // BBC
    "mpu-ad",        // BBC
    "advert",
    "adsbygoogle",
    "jp-relatedposts",
    "moreArticle",  // CNA
    "Subscription", // CNA newsletter box
    "t-copyright",  // RFI `© 2020 AFP`
    "related",
    "interstitial", // RFI
    "__ad",         // RFI
    "-ad",
    "su-spoiler",            // CDT 档案卡 info card
    "Attribution_container", // Reuters credits box
    "zoomattribute",         // RFA zoom icon
    "widget",                // WordPress sidebar widgets (Bitter Winter donate banner)
];

/// Tokens of share blocks.
const SHARE_MARKERS: &[&str] = &["addtoany", "a2a_kit", "sharedaddy"];

/// Tokens of screen-reader-only text.
const HIDDEN_MARKERS: &[&str] = &["off-screen", "visually-hidden"];

/// Attributes whose mere presence marks a promo or share container.
const MARKER_ATTRIBUTES: &[(&str, Kind)] = &[
    ("data-selfpromo-newsletter", Kind::Container), // RFI
    ("data-selfpromo-app", Kind::Container),        // RFI
    ("data-tms-ad-type", Kind::Container),          // RFI
    ("data-root-share", Kind::Share),               // RFI
];

fn marked(value: &str, markers: &[&str]) -> bool {
    value.split_ascii_whitespace().any(|token| {
        markers
            .iter()
            .any(|m| token.starts_with(m) || token.ends_with(m))
    })
}

/// Whether an element's whole subtree is boilerplate, and of which kind.
pub(crate) fn element_kind(tag: &str, attrs: &[Attribute], node: NodeRef<'_>) -> Option<Kind> {
    for a in attrs {
        let name = &*a.name.local;
        if let Some((_, kind)) = MARKER_ATTRIBUTES.iter().find(|(m, _)| *m == name) {
            return Some(*kind);
        }
        let value = &*a.value;
        match name {
            "class" | "id" => {
                if marked(value, SHARE_MARKERS) {
                    return Some(Kind::Share);
                }
                if marked(value, HIDDEN_MARKERS) {
                    return Some(Kind::Hidden);
                }
                if marked(value, CONTAINER_MARKERS) || (name == "id" && value == "imu") {
                    return Some(Kind::Container);
                }
            }
            "aria-label" => {
                if value.starts_with("广告") || value.starts_with("Advert") {
                    return Some(Kind::Container);
                }
            }
            _ => {
                // FT embeds its ad slots' settings as JSON in an attribute.
                if value.contains("mpuInStory") {
                    return Some(Kind::Container);
                }
            }
        }
    }
    match tag {
        // NYT (2022+) closes with a `<footer>` of translator and contributor credits.
        "footer" => Some(Kind::Container),
        // Related-article lists: every item nothing but a link (BBC, RFA).
        "ul" | "ol" if is_link_list(node) => Some(Kind::Container),
        // RFI's share block: `<div><div>分享 :</div><div><a …>`.
        "div" if first_text_is(node, |t| matches!(t.trim(), "分享 :" | "分享：")) => {
            Some(Kind::Share)
        }
        _ => None,
    }
}

/// A list whose every item holds text only inside links.
fn is_link_list(list: NodeRef<'_>) -> bool {
    let mut items = 0;
    for child in list.children() {
        match child.data() {
            Data::Element(e) if &*e.name.local == "li" => {
                if !text_only_in_links(child) {
                    return false;
                }
                items += 1;
            }
            Data::Text(t) if t.trim().is_empty() => {}
            Data::Comment => {}
            _ => return false,
        }
    }
    items > 0
}

fn text_only_in_links(item: NodeRef<'_>) -> bool {
    let mut linked = false;
    // In document order, so that text outside links ends the walk early.
    let mut stack = vec![(item, false)];
    while let Some((node, in_link)) = stack.pop() {
        match node.data() {
            Data::Text(t) if !t.trim().is_empty() => {
                if !in_link {
                    return false;
                }
                linked = true;
            }
            Data::Element(e) => {
                let in_link = in_link || &*e.name.local == "a";
                stack.extend(node.children().rev().map(|c| (c, in_link)));
            }
            _ => {}
        }
    }
    linked
}

/// Whether the first non-blank text within a few levels of `node` satisfies `pred`.
pub(crate) fn first_text_is(node: NodeRef<'_>, pred: impl Fn(&str) -> bool) -> bool {
    let mut node = node;
    for _ in 0..3 {
        let next = node.children().find_map(|c| match c.data() {
            Data::Element(_) => Some(Ok(c)),
            Data::Text(t) if !t.trim().is_empty() => Some(Err(pred(t))),
            _ => None,
        });
        match next {
            Some(Ok(child)) => node = child,
            Some(Err(result)) => return result,
            None => return false,
        }
    }
    false
}

/// Lines that mark a block as boilerplate wherever they occur in it.
const LINE_MARKERS: &[&str] = &[
    "获取更多RSS",
    "版权声明",
    "版權聲明",
    "信任原则",
    "订阅NYT简报",
    "點擊此處訂閱",
    "点击查看本文英文版",
    "點擊查看本文英文版",
    "get_post_time",
    "Feed enhanced by",
    "Better Feed by",
    "欢迎点击此处订阅",
    "歡迎點擊此處訂閱",
    "你的器材不支持播放多媒体材料",
    "你的設備不支持播放多媒體材料",
    "This article appeared in the",
    "first appeared on Bitter Winter",
    "德国之声致力于为您提供客观中立的新闻报道",
    "DW中文有Instagram",
    "不代表德国之声观点",
    "不代表美国之音",
    "在 Instagram 查看這則貼文",
    "在 Instagram 查看这则帖子",
    "支持大纪元",
    "subscribe here",
    "德国之声对自杀事件的报道持谨慎态度",
];

/// Markers of editing credits: boilerplate in a short text. (`网编` also
/// occurs inside words, `求是网编辑`, so it counts only before a separator.)
const CREDIT_MARKERS: &[&str] = &["责编", "責編", "责任编辑", "責任編輯", "网编", "網編"];

/// All markers in one automaton: the line markers first, then the credit
/// markers, told apart by pattern index.
///
/// Searched leftmost-first without overlaps, which lets aho-corasick use its
/// fast prefilter. That finds every credit marker an overlapping search
/// finds, as no credit marker overlaps any marker (a test checks it), and a
/// line marker whenever there is one, as one is all it takes.
static MARKERS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostFirst)
        .build(LINE_MARKERS.iter().chain(CREDIT_MARKERS))
        .expect("valid markers")
});

/// Whether a block's text is boilerplate rather than article text.
pub(crate) fn is_boilerplate_text(text: &str) -> bool {
    // One pass over the text for all markers, not one search per marker:
    // this runs for every block.
    let mut credit = false;
    for m in MARKERS.find_iter(text) {
        let Some(i) = m.pattern().as_usize().checked_sub(LINE_MARKERS.len()) else {
            return true;
        };
        let after = &text[m.end()..];
        credit |= i < 4 || after.starts_with([' ', '：', ':', '\u{a0}']);
    }
    // Separators and ornaments (`====`, `■`, a lone `.`).
    if !text.chars().any(char::is_alphanumeric) {
        return true;
    }
    let t = text.trim();
    // Labels of emptied ad slots and share blocks.
    if matches!(
        t,
        "分享 :" | "分享：" | "广告" | "廣告" | "Advertisement" | "(完)" | "（完）"
    ) {
        return true;
    }
    // Copyright lines: `© 2020 AFP`, `©2020年德国之声…`.
    if (t.starts_with('©') || t.starts_with("(c)") || t.starts_with("版权所有"))
        && t.chars().count() < 120
    {
        return true;
    }
    // Editing credits (RFA's `记者：… 责编：… 网编：…`, FT's `（…责编：…）`),
    // when short enough to be a credit or an editor's note, not a paragraph
    // that happens to end with credits.
    credit && t.chars().count() < 400
}

/// Labels of editing and translation credits (`编译 张涛；审校 白云`,
/// `译者/何黎`, `责任编辑：孙芸`, `内容整理：BBC中文`).
const CREDIT_LABELS: &[&str] = &[
    "责任编辑",
    "責任編輯",
    "翻译编辑",
    "编译",
    "編譯",
    "翻译",
    "翻譯",
    "译者",
    "譯者",
    "审校",
    "審校",
    "核稿",
    "文字整理",
    "内容整理",
    "图表设计及制作",
    "图表设计",
    "撰稿",
    "编辑",
    "編輯",
    "摄影",
    "攝影",
];

/// A short line that is only an editing or translation credit.
pub(crate) fn is_credit_line(line: &str) -> bool {
    let t = line.trim().trim_start_matches(['（', '(', '.', '【', ' ']);
    // Every label starts with a CJK character: most lines end here.
    if t.as_bytes().first().is_none_or(u8::is_ascii) {
        return false;
    }
    let labelled = CREDIT_LABELS.iter().any(|label| {
        t.strip_prefix(label).is_some_and(|rest| {
            rest.starts_with(['：', ':', '/', ' ', '\u{a0}', '；'])
                || (rest.starts_with('邮') && rest.contains('@'))
        })
    });
    // Counted last: most lines have no label.
    labelled && t.chars().count() <= 80
}

/// Datelines that RFA's credits glue to the reporter's name
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
pub(crate) fn credits_reporters(text: &str) -> Option<String> {
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

    /// What lets [`is_credit_line`] give up on a line starting with ASCII.
    #[test]
    fn credit_labels_start_with_cjk() {
        for label in CREDIT_LABELS {
            assert!(!label.as_bytes()[0].is_ascii(), "{label}");
        }
        assert!(is_credit_line("（编译 张涛；审校 白云）"));
        assert!(!is_credit_line("Editing by someone"));
    }

    /// What makes the leftmost-first search of [`MARKERS`] find every credit
    /// marker: none overlaps or contains any marker, or is the prefix of one.
    #[test]
    fn credit_markers_overlap_no_marker() {
        let all: Vec<&str> = LINE_MARKERS.iter().chain(CREDIT_MARKERS).copied().collect();
        for credit in CREDIT_MARKERS {
            for other in &all {
                let overlap = |a: &str, b: &str| {
                    (1..a.len()).any(|k| {
                        a.get(k..)
                            .is_some_and(|tail| tail.starts_with(b) || b.starts_with(tail))
                    })
                };
                assert!(!overlap(credit, other), "{credit} / {other}");
                assert!(!overlap(other, credit), "{other} / {credit}");
                if credit != other {
                    assert!(!other.starts_with(credit) && !credit.starts_with(other));
                }
            }
        }
    }

    #[test]
    fn markers_are_found_as_an_overlapping_search_finds_them() {
        let overlapping = AhoCorasick::new(LINE_MARKERS.iter().chain(CREDIT_MARKERS)).unwrap();
        let texts = [
            "点击查看本文英文版权声明",
            "欢迎点击此处订阅NYT简报",
            "不代表德国之声观点击查看本文英文版",
            "责编：申铧 网编：洪伟",
            "求是网编辑部",
            "记者：韩洁 责编 申铧",
            "北京的快速回应",
        ];
        for text in texts {
            let verdict = |ms: Vec<aho_corasick::Match>| {
                let mut credit = false;
                for m in ms {
                    let i = m.pattern().as_usize().checked_sub(LINE_MARKERS.len())?;
                    credit |= i < 4 || text[m.end()..].starts_with([' ', '：', ':', '\u{a0}']);
                }
                Some(credit)
            };
            assert_eq!(
                verdict(MARKERS.find_iter(text).collect()),
                verdict(overlapping.find_overlapping_iter(text).collect()),
                "{text}"
            );
        }
    }

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

    #[test]
    fn lines() {
        assert!(is_boilerplate_text("© 2020 AFP"));
        assert!(is_boilerplate_text("记者：何平  责编：嘉远  网编：洪伟"));
        assert!(is_boilerplate_text(
            "（欢迎点击此处订阅NYT简报，我们将在每个工作日发送最新内容至您的邮箱。）"
        ));
        assert!(!is_boilerplate_text("记者今天在现场看到，人们排起了长队。"));
        assert!(!is_boilerplate_text("版权保护是一个话题"));
        assert!(is_boilerplate_text(
            "自由亚洲电台记者黄春梅 台北报道 责编 许书婷 申铧  网编 瑞哲"
        ));
        assert!(!is_boilerplate_text("然而求是网编辑却在为新闻命名时去掉了"));
        assert!(is_boilerplate_text("===="));
        assert!(is_boilerplate_text("(完)"));
    }

    #[test]
    fn credit_lines() {
        for line in [
            "编译 张涛；审校 白云",
            "译者/何黎",
            "责任编辑：孙芸#",
            "文字整理：李洁思；责任编辑：高静",
            ".（翻译编辑：RFI法广电台 尼古拉）.",
            "编译：Yizi",
            "内容整理：BBC中文",
            "图表设计及制作：BBC News东亚数据新闻组",
            "（作者系CEO。本文仅代表作者观点。责任编辑邮箱：Tao.feng@ftchinese.com）",
        ] {
            assert!(is_credit_line(line) || is_boilerplate_text(line), "{line}");
        }
        for line in [
            "编辑部认为这一决定",
            "翻译成中文的版本很多",
            "摄影师李振盛去世",
        ] {
            assert!(!is_credit_line(line), "{line}");
        }
    }
}
