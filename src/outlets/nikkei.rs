//! 日经中文网 Nikkei Chinese (cn.nikkei.com).
//!
//! Images stand in layout tables, the caption in the cell below the
//! image's (bold and small, or empty); paragraphs are indented with
//! U+3000; the reporters sign the end; a copyright line closes the body
//! (`版权声明`, a generic rule). No date line.
//!
//! ```html
//! <table border="0" style="…"><tbody><tr><td><img src="https://cn.nikkei.com/images/2025/01/0115/0115-05-1-L.jpg" …></td></tr>
//! <tr><td><span style="font-size: 8pt;"><strong>资料图</strong></span></td></tr></tbody></table>
//! <p>　</p><p>　　松下控股（HD）1月14日发布消息称，…</p>
//! <p><strong> 日本经济新闻（中文版：日经中文网）向野崚、为广刚、大西绫</strong></p>
//! <strong>版权声明：日本经济新闻社版权所有，未经授权不得转载或部分复制，违者必究。</strong>
//! ```
//!
//! A table cell is a caption when it follows the image (caption tags),
//! and the signature gives the byline ([`signature`]).
//!
//! Golden cases (`tests/golden/nikkei/`): `2025-caption-cell-copyright-line`,
//! `2025-four-table-images-reporters-signature`.

use super::{Captions, Hooks, Outlet, Rules, Spec};

pub(super) static SPEC: Spec = Spec {
    outlet: Outlet::Nikkei,
    name: "nikkei",
    hosts: &["cn.nikkei.com"],
    body_marks: &[],
    rules: Rules {
        captions: Captions {
            tags: &["td"],
            ..Captions::NONE
        },
        hooks: Hooks {
            byline_line: Some(signature),
            ..Hooks::NONE
        },
        ..Rules::NONE
    },
};

/// The reporters of the closing signature, `日本经济新闻（中文版：日经中文网）向野崚、为广刚、大西绫`:
/// names of a few characters, separated by `、`, and nothing else (a
/// sentence that cites the paper is no signature).
fn signature(line: &str) -> Option<String> {
    let names = line
        .trim()
        .strip_prefix("日本经济新闻（中文版：日经中文网）")?
        .trim();
    let names: Vec<&str> = names.split(['、', '，', ',']).map(str::trim).collect();
    let is_name = |n: &&str| {
        (1..=8).contains(&n.chars().count())
            && n.chars().all(|c| c.is_alphabetic() || c == '·' || c == ' ')
    };
    (!names.is_empty() && names.iter().all(is_name)).then(|| names.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures() {
        assert_eq!(
            signature(" 日本经济新闻（中文版：日经中文网）向野崚、为广刚、大西绫").as_deref(),
            Some("向野崚, 为广刚, 大西绫")
        );
        assert_eq!(
            signature("日本经济新闻（中文版：日经中文网）中村裕").as_deref(),
            Some("中村裕")
        );
        for line in [
            "日本经济新闻（中文版：日经中文网）",
            "日本经济新闻（中文版：日经中文网）获悉，松下将在2025年推出新产品。",
            "日本经济新闻（中文版：日经中文网）报道称，该公司的利润增长了三成以上",
            "据日本经济新闻（中文版：日经中文网）向野崚",
        ] {
            assert_eq!(signature(line), None, "{line}");
        }
    }

    /// The caption cell under an image captions it; the signature gives the
    /// byline and leaves the text.
    #[test]
    fn caption_cells_and_signature() {
        let snapshot = "<!--1736899985000-->\n[t](https://cn.nikkei.com/industry/a.html)\n---\n\n\
            <table><tbody><tr><td><img src=\"https://cn.nikkei.com/images/1-L.jpg\"></td></tr>\
            <tr><td><span><strong>资料图</strong></span></td></tr></tbody></table>\
            <p>　　正文。</p><p><strong> 日本经济新闻（中文版：日经中文网）向野崚、为广刚</strong></p>";
        let a = crate::parse(snapshot).expect("parses");
        assert_eq!(a.images[0].caption.as_deref(), Some("资料图"));
        let kinds: Vec<_> = a
            .blocks
            .iter()
            .map(|b| (&b.kind, b.text.as_str()))
            .collect();
        assert_eq!(
            kinds,
            [
                (&crate::BlockKind::Caption, "资料图"),
                (&crate::BlockKind::Paragraph, "正文。")
            ]
        );
        assert_eq!(a.byline.as_deref(), Some("向野崚, 为广刚"));
    }
}
