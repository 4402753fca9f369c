//! Shared by the integration tests: the corpus, an independent reading of
//! bodies to measure recall against, and the crate's generator of random
//! inputs.
#![allow(dead_code)]

use std::path::PathBuf;

/// `Rng`, the xorshift64 generator of the crate's unit tests: one
/// implementation for both.
#[path = "../../src/rng.rs"]
pub mod rng;

/// Strings that only boilerplate contains (FORMAT.md's list), compared with
/// white space removed.
pub const BOILERPLATE_STRINGS: &[&str] = &[
    "获取更多RSS",
    "feedx.net",
    "分享 :",
    "© 20",
    "德国之声版权声明",
    "信任原则",
    "订阅NYT简报",
    "点击查看本文英文版",
    "责编",
    "网编：",
    "get_post_time",
    "Feed enhanced by",
    "data-selfpromo",
    "mpuInStory",
    "bbccom_advert",
    "欢迎点击此处订阅",
    "This article appeared in the",
    "first appeared on Bitter Winter",
    "德国之声致力于为您提供客观中立的新闻报道",
    "不代表德国之声观点",
    "DW中文有Instagram",
    "德国之声对自杀事件的报道持谨慎态度",
    "你的器材不支持播放多媒体材料",
];

/// The shared test data beside the repository: the corpus and the
/// long-tail set.
pub fn shared_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared")
}

/// The corpus directory beside the repository.
pub fn corpus_dir() -> PathBuf {
    shared_dir().join("corpus")
}

/// The long-tail directory beside the corpus: snapshots of outlets beyond
/// the corpus's twenty.
pub fn longtail_dir() -> PathBuf {
    shared_dir().join("corpus-longtail")
}

/// The snapshot files below `dir` (`*.md` but PROVENANCE.md and README.md),
/// sorted; `None` when `dir` is absent.
pub fn markdown_files(dir: &std::path::Path) -> Option<Vec<PathBuf>> {
    if !dir.is_dir() {
        return None;
    }
    let mut out = Vec::new();
    let mut pending = vec![dir.to_owned()];
    while let Some(d) = pending.pop() {
        for entry in std::fs::read_dir(&d).expect("readable directory") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "md")
                && path
                    .file_name()
                    .is_some_and(|n| n != "PROVENANCE.md" && n != "README.md")
            {
                out.push(path);
            }
        }
    }
    out.sort();
    Some(out)
}

/// Every snapshot of the corpus as (relative name, text), sorted; `None`
/// with a skip line when the corpus is absent.
pub fn corpus_files() -> Option<Vec<(String, String)>> {
    snapshots_below(&corpus_dir(), "../shared/corpus")
}

/// Every snapshot of the long-tail set as (relative name, text), sorted;
/// `None` with a skip line when the set is absent.
pub fn longtail_files() -> Option<Vec<(String, String)>> {
    snapshots_below(&longtail_dir(), "../shared/corpus-longtail")
}

/// The snapshots below `dir` as (name relative to `dir`, text), sorted;
/// `None` with a skip line naming `shown` when `dir` is absent.
fn snapshots_below(dir: &std::path::Path, shown: &str) -> Option<Vec<(String, String)>> {
    let Some(paths) = markdown_files(dir) else {
        println!("skipped: {shown} not found");
        return None;
    };
    let out = paths
        .into_iter()
        .map(|path| {
            let name = path
                .strip_prefix(dir)
                .expect("inside")
                .to_string_lossy()
                .replace('\\', "/");
            let text = std::fs::read_to_string(&path).expect("UTF-8 corpus file");
            (name, text)
        })
        .collect();
    Some(out)
}

pub mod independent {
    //! A plain reading of a body with html5ever, sharing no code with
    //! newsnap's walk: the texts of `<p>` elements and the `src` of `<img>`.

    use html5ever::tendril::TendrilSink;
    use markup5ever_rcdom::{Handle, NodeData, RcDom};

    pub struct Body {
        /// `<p>` texts of 15+ characters, white space removed, boilerplate aside.
        pub paragraphs: Vec<String>,
        /// `<img src>` that are http(s) or protocol-relative, resolved.
        pub images: Vec<String>,
    }

    pub fn read(html: &str, base: &url::Url) -> Body {
        let dom = html5ever::parse_document(RcDom::default(), Default::default()).one(html);
        let mut body = Body {
            paragraphs: Vec::new(),
            images: Vec::new(),
        };
        let mut stack = vec![dom.document.clone()];
        while let Some(node) = stack.pop() {
            if let NodeData::Element {
                ref name,
                ref attrs,
                ..
            } = node.data
            {
                match &*name.local {
                    "p" => {
                        let text: String = text_of(&node)
                            .chars()
                            .filter(|c| !c.is_whitespace())
                            .collect();
                        let boiler = super::BOILERPLATE_STRINGS
                            .iter()
                            .any(|b| text.contains(&b.replace(' ', "")));
                        if text.chars().count() >= 15 && !boiler {
                            body.paragraphs.push(text);
                        }
                    }
                    "img" => {
                        let attrs = attrs.borrow();
                        if let Some(src) = attrs.iter().find(|a| &*a.name.local == "src") {
                            let src = src.value.trim();
                            let abs = if let Some(rest) = src.strip_prefix("//") {
                                Some(format!("https://{rest}"))
                            } else if src.starts_with("http://") || src.starts_with("https://") {
                                base.join(src).ok().map(String::from)
                            } else {
                                None
                            };
                            body.images.extend(abs);
                        }
                    }
                    _ => {}
                }
            }
            stack.extend(node.children.borrow().iter().rev().cloned());
        }
        body
    }

    fn text_of(node: &Handle) -> String {
        let mut out = String::new();
        let mut stack = vec![node.clone()];
        while let Some(n) = stack.pop() {
            match n.data {
                NodeData::Text { ref contents } => out.push_str(&contents.borrow()),
                NodeData::Element { ref name, .. }
                    if matches!(&*name.local, "script" | "style") => {}
                _ => stack.extend(n.children.borrow().iter().rev().cloned()),
            }
        }
        out
    }
}
