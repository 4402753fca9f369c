//! Credits: photo credits (attached to their image, not text) and editing
//! and translation credit lines (boilerplate).

use html5ever::Attribute;

use super::nodes;
use super::walk::Walker;
use crate::html::{self, NodeRef};
use crate::outlets::Spec;
use crate::text::is_han;

/// The labels of a photo credit on every host (the generic outlet's): a
/// line after an image opening with one is its credit, and a caption
/// ending with one ends with its credit (`…（图源：路透社）`).
pub(crate) const PHOTO_CREDIT_LABELS: &[&str] = &[
    "图片来源：",
    "图片来源，",
    "圖片來源：",
    "图源：",
    "圖源：",
    "图片：",
    "圖片：",
    "摄影：",
    "攝影：",
    "Photo: ",
    "Photo credit: ",
    "Photograph: ",
    "Image: ",
    "Image credit: ",
    "Credit: ",
];

/// The photo-credit labels in force: the outlet's, then the generic ones.
fn photo_labels(spec: &Spec) -> impl Iterator<Item = &'static str> + '_ {
    spec.layers()
        .flat_map(|rules| rules.captions.credit_labels.iter().copied())
}

/// A photo credit without the label that opens it (`图像来源，`).
pub(crate) fn without_label<'t>(text: &'t str, spec: &Spec) -> &'t str {
    photo_labels(spec)
        .find_map(|l| text.strip_prefix(l))
        .unwrap_or(text)
}

impl Walker<'_> {
    /// Photo credits: `<cite>` and `…copyright…`/`…credit…` classes in or
    /// after a caption, `©` text in a caption, a span after the caption's
    /// text for outlets that mark credits so, and elements opening with a
    /// credit label (`<p><span>图像来源，</span><span>Getty Images</span></p>`).
    pub(super) fn is_credit(&self, tag: &str, attrs: &[Attribute], node: NodeRef<'_>) -> bool {
        if self.media.caption.is_none() && self.media.caption_for.is_none() {
            return false;
        }
        if tag == "cite"
            || html::has_class_token(attrs, |t| t.contains("copyright") || t.contains("credit"))
        {
            return true;
        }
        if !matches!(tag, "span" | "p" | "small" | "div") {
            return false;
        }
        let in_caption = self.media.caption.is_some();
        if in_caption
            && self.spec.rules.captions.credit_spans
            && tag == "span"
            && self
                .media
                .caption
                .as_ref()
                .is_some_and(|(_, c)| !c.is_empty())
        {
            return true;
        }
        // A labelled credit is a line or two, not a paragraph that opens
        // with a label (`Image: …` heading a long description).
        nodes::first_text_is(node, |t| {
            let t = t.trim_start();
            (in_caption && t.starts_with('©')) || photo_labels(self.spec).any(|l| t.starts_with(l))
        }) && nodes::text_within(node, MAX_CREDIT_BYTES)
    }
}

/// The longest element taken whole as a photo credit, in bytes.
const MAX_CREDIT_BYTES: usize = 160;

/// The roles that end the label of an editing or translation credit. A
/// label is a short run of Han characters ending in one (`编辑`, `责任编辑`,
/// `实习编辑`, `翻译编辑`, `文字整理`, `图表设计及制作`), so a new title
/// needs no new entry. `记者` is not one: interviews print the interviewer's
/// questions as `记者：…`, and a reporter's credit is a byline.
const CREDIT_ROLES: &[&str] = &[
    "编辑", "編輯", "整理", "编译", "編譯", "翻译", "翻譯", "译者", "譯者", "审校", "審校", "核稿",
    "校对", "校對", "撰稿", "摄影", "攝影", "制作", "製作", "设计", "設計",
];

/// The longest label, in characters (`图表设计及制作` has seven): a longer
/// run before a separator is prose.
const MAX_LABEL: usize = 7;

/// What follows a credit's label.
const SEPARATORS: [char; 6] = ['：', ':', '/', ' ', '\u{a0}', '；'];

/// Marks of a sentence, which a credit's names never hold: a long-tail
/// list item such as `沈浸式翻譯：採「一段一段翻譯」的…插件。` names a tool,
/// not a translator.
const SENTENCE_MARKS: [char; 6] = ['。', '！', '？', '「', '“', '『'];

/// A short line that is only an editing or translation credit: a label
/// ending in a credit role, then a separator (or the label's `邮箱` and an
/// address) and names (`编译 张涛；审校 白云`, `译者/何黎`,
/// `责任编辑：孙芸`, `内容整理：BBC中文`).
pub(crate) fn is_editing_credit(line: &str) -> bool {
    let t = line.trim().trim_start_matches(['（', '(', '.', '【', ' ']);
    // Every label starts with a Han character: most lines end here.
    if t.as_bytes().first().is_none_or(u8::is_ascii) {
        return false;
    }
    let Some((label, rest)) = split_label(t) else {
        return false;
    };
    let labelled = CREDIT_ROLES.iter().any(|role| label.ends_with(role))
        && (rest.starts_with(SEPARATORS) || (rest.starts_with('邮') && rest.contains('@')));
    // Counted last: most lines have no label.
    labelled && !rest.contains(SENTENCE_MARKS) && t.chars().count() <= 80
}

/// The run of Han characters that opens a line (the label, if it is one)
/// and the rest, which starts at the first other character or at `邮`
/// (`责任编辑邮箱：`); `None` when the run is too long to be a label.
fn split_label(t: &str) -> Option<(&str, &str)> {
    for (n, (i, c)) in t.char_indices().enumerate() {
        if !is_han(c) || c == '邮' {
            return Some(t.split_at(i));
        }
        if n == MAX_LABEL {
            return None;
        }
    }
    Some((t, ""))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outlets;
    use crate::outlets::generic;

    /// What lets [`is_editing_credit`] give up on a line starting with
    /// ASCII: a label is a run of Han characters, and a role with any other
    /// character could never end one.
    #[test]
    fn credit_roles_are_han() {
        for role in CREDIT_ROLES {
            assert!(role.chars().all(is_han), "{role}");
        }
        assert!(is_editing_credit("（编译 张涛；审校 白云）"));
        assert!(!is_editing_credit("Editing by someone"));
    }

    /// Credits of the corpora, which the labels listed one by one caught
    /// before the roles replaced them.
    #[test]
    fn editing_credits() {
        let lines = super::super::boilerplate::compiled(&generic::SPEC);
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
            assert!(
                is_editing_credit(line) || lines.is_boilerplate(line),
                "{line}"
            );
        }
    }

    /// Labels the old list did not name, in Simplified and Traditional
    /// script, none of them in the corpora.
    #[test]
    fn labels_ending_in_a_role() {
        for line in [
            "实习编辑：王小明",
            "视频整理：陈一鸣",
            "图片编辑/林晓",
            "（特约撰稿 周文）",
            "英文编辑邮箱：desk@example.com",
            "美術設計：吳佳穎",
            "校對：黃大文；審校：李小龍",
            "網站編輯\u{a0}許家豪",
            "影片製作：陳美玲",
        ] {
            assert!(is_editing_credit(line), "{line}");
        }
    }

    /// Prose that opens with a role, or holds one: no separator right after
    /// the label, a run too long to be a label, or a sentence after it.
    #[test]
    fn prose_is_no_credit() {
        for line in [
            "编辑部认为这一决定",
            "他整理了资料。",
            "翻译成中文的版本很多",
            "摄影师李振盛去世",
            "这家报社的新闻编辑：大多兼做翻译",
            "一位资深编辑：他们从来不看读者来信。",
            "智能翻译：用「逐段对照」的方式阅读外文网站",
            "记者：您怎么看这次选举？",
            "設計：簡潔，是這款手機最大的賣點。",
        ] {
            assert!(!is_editing_credit(line), "{line}");
        }
    }

    #[test]
    fn a_labelled_line_after_an_image_is_its_credit() {
        let snapshot = |body: &str| {
            format!("<!--1699308901000-->\n[T](https://example.org/a)\n------\n\n{body}\n")
        };
        let long = "Image: the chart shows how the river rose over the week, \
                    and how the city answered it, street by street, until the \
                    water went down on Sunday and the clean-up began in earnest. \
                    It took a month.";
        for (after, credit, text) in [
            ("<p>Photo: Reuters</p>", Some("Reuters"), None),
            ("<p>Image credit: NASA</p>", Some("NASA"), None),
            ("<p>摄影：张三</p>", Some("张三"), None),
            (&*format!("<p>{long}</p>"), None, Some(long)),
        ] {
            let body =
                format!("<p>Before.</p><p><img src=\"https://example.org/a.jpg\"></p>{after}");
            let a = crate::parse(&snapshot(&body)).expect("a snapshot");
            assert_eq!(a.images[0].credit.as_deref(), credit, "{after}");
            let last = a.blocks.last().map(|b| b.text.as_str());
            assert_eq!(last, text.or(Some("Before.")), "{after}");
        }
    }

    #[test]
    fn photo_credit_labels() {
        assert_eq!(without_label("图片来源：路透社", &generic::SPEC), "路透社");
        assert_eq!(without_label("图片来源", &generic::SPEC), "图片来源");
        for spec in outlets::all() {
            // The generic labels hold on every host.
            assert_eq!(without_label("圖片來源：中央社", spec), "中央社");
            for label in spec.rules.captions.credit_labels {
                let credit = format!("{label}Getty Images");
                assert_eq!(without_label(&credit, spec), "Getty Images");
            }
        }
    }
}
