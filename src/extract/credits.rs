//! Credits: photo credits (attached to their image, not text) and editing
//! and translation credit lines (boilerplate).

use html5ever::Attribute;

use super::nodes;
use super::walk::Walker;
use crate::html::{self, NodeRef};
use crate::outlets::Spec;

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
        nodes::first_text_is(node, |t| {
            let t = t.trim_start();
            (in_caption && t.starts_with('©')) || photo_labels(self.spec).any(|l| t.starts_with(l))
        })
    }
}

/// Labels of editing and translation credits (`编译 张涛；审校 白云`,
/// `译者/何黎`, `责任编辑：孙芸`, `内容整理：BBC中文`).
const EDITING_LABELS: &[&str] = &[
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
pub(crate) fn is_editing_credit(line: &str) -> bool {
    let t = line.trim().trim_start_matches(['（', '(', '.', '【', ' ']);
    // Every label starts with a CJK character: most lines end here.
    if t.as_bytes().first().is_none_or(u8::is_ascii) {
        return false;
    }
    let labelled = EDITING_LABELS.iter().any(|label| {
        t.strip_prefix(label).is_some_and(|rest| {
            rest.starts_with(['：', ':', '/', ' ', '\u{a0}', '；'])
                || (rest.starts_with('邮') && rest.contains('@'))
        })
    });
    // Counted last: most lines have no label.
    labelled && t.chars().count() <= 80
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outlets;
    use crate::outlets::generic;

    /// What lets [`is_editing_credit`] give up on a line starting with ASCII.
    #[test]
    fn editing_labels_start_with_cjk() {
        for label in EDITING_LABELS {
            assert!(!label.as_bytes()[0].is_ascii(), "{label}");
        }
        assert!(is_editing_credit("（编译 张涛；审校 白云）"));
        assert!(!is_editing_credit("Editing by someone"));
    }

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
        for line in [
            "编辑部认为这一决定",
            "翻译成中文的版本很多",
            "摄影师李振盛去世",
        ] {
            assert!(!is_editing_credit(line), "{line}");
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
