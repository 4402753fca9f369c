//! Feed furniture: the lines that feed services, blog platforms and WeChat
//! accounts add around an article, on every host. Examples:
//! - "… was originally published in … on Medium, where people are
//!   continuing the conversation…", "The post … appeared first on …",
//!   "本文最初发表于…";
//! - "Continue reading on Medium »", "阅读全文";
//! - subscribe and follow prompts, "微信搜索“…”", "点个在看";
//! - related-reading lines ("延伸閱讀：…");
//! - back-to-top links.
//!
//! A line is furniture by what it says, judged on the whole line and only
//! when it is short: prose that mentions a WeChat account or a subscription
//! ("吉林省應急管理廳通過官方微信公眾號分享…") is never furniture. What leaves
//! the text is kept in `Article::boilerplate`.

use std::sync::OnceLock;

use memchr::memmem::Finder;

/// How a line that may be furniture opens (ASCII case ignored): the rules
/// anchored at the start look no further.
const OPENINGS: &[&str] = &[
    "originally published",
    "this post was",
    "this article was",
    "the post ",
    "本文",
    "原文首",
    "subscribe",
    "sign up for",
    "follow us on",
    "订阅",
    "訂閱",
    "免费订阅",
    "免費訂閱",
    "微信搜索",
    "请微信",
    "請微信",
    "延伸",
    "相关",
    "相關",
    "推荐",
    "推薦",
    "往期",
    "related",
    "read also",
    "see also",
    "also read",
];

/// Phrases the rules look for anywhere in a line: English ones (fast to
/// find in Chinese text, whose bytes they share none of), the subscription
/// words (in lines of at most `MAX_CHARS`) and the prompts' phrases (in
/// lines of at most 60 characters, 180 bytes: the prompts are Chinese).
const ENGLISH: &[&str] = &[
    "riginally published",
    "appeared first on",
    "first appeared on",
    "subscribe",
];
const SUBSCRIBE: &[&str] = &["订阅", "訂閱"];
const PROMPTS: &[&str] = &[
    "公众号",
    "公眾號",
    "扫码",
    "掃碼",
    "二维码",
    "二維碼",
    "在看",
    "点赞",
    "點讚",
];

struct Finders {
    english: Vec<Finder<'static>>,
    subscribe: Vec<Finder<'static>>,
    prompts: Vec<Finder<'static>>,
}

fn finders() -> &'static Finders {
    static FINDERS: OnceLock<Finders> = OnceLock::new();
    FINDERS.get_or_init(|| {
        let all =
            |needles: &[&'static str]| needles.iter().map(|n| Finder::new(n.as_bytes())).collect();
        Finders {
            english: all(ENGLISH),
            subscribe: all(SUBSCRIBE),
            prompts: all(PROMPTS),
        }
    })
}

/// Whether `t` may be furniture at all: a cheap test, as this runs for
/// every line of every paragraph; the rules then decide.
fn candidate(t: &str) -> bool {
    let bytes = t.as_bytes();
    let found = |finders: &[Finder<'static>]| finders.iter().any(|f| f.find(bytes).is_some());
    let f = finders();
    // The openings start with one of these characters: most lines are
    // told apart by their first.
    let first = t.chars().next().unwrap_or_default().to_ascii_lowercase();
    let may_open = "otsfra本原订訂免微请請延相推往".contains(first);
    (may_open
        && OPENINGS.iter().any(|o| {
            bytes.len() >= o.len() && bytes[..o.len()].eq_ignore_ascii_case(o.as_bytes())
        }))
        // English phrases have spaces; most Chinese paragraphs have none.
        || (memchr::memchr(b' ', bytes).is_some() && found(&f.english))
        || (bytes.len() <= 4 * MAX_CHARS && found(&f.subscribe))
        || (bytes.len() <= 3 * 60 && found(&f.prompts))
}

/// The longest furniture line, in characters: a sentence or two.
const MAX_CHARS: usize = 160;

/// The longest republication note, in characters: it holds the post's
/// title and the publication's name.
const MAX_NOTE_CHARS: usize = 320;

/// Whether `line` is wholly feed furniture.
#[must_use]
pub(crate) fn is_furniture(line: &str) -> bool {
    let t = line
        .trim()
        .trim_start_matches(['👉', '🌱', '▶', '►', '→', '※', '*', ' ']);
    // Most paragraphs are longer than any furniture: a byte bound first.
    if t.is_empty() || t.len() > 4 * MAX_NOTE_CHARS {
        return false;
    }
    // Whole-line links (`Continue reading on Medium »`, `回到顶部`) are
    // short, and told apart first, by how they open.
    let opens_link =
        |c: char| "bcrkt阅閱查点點继繼长長回返↑▲⬆^[【".contains(c.to_ascii_lowercase());
    if t.len() <= 64 && t.chars().next().is_some_and(opens_link) {
        let lower = t.to_ascii_lowercase();
        if read_on(&lower) || back_to_top(&lower) {
            return true;
        }
    }
    if !candidate(t) {
        return false;
    }
    let chars = t.chars().count();
    if chars > MAX_NOTE_CHARS {
        return false;
    }
    let lower = t.to_lowercase();
    if chars > MAX_CHARS {
        return republished(&lower);
    }
    republished(&lower) || prompt(t, &lower) || related(t)
}

/// Where the post first appeared: platforms' republication notes.
fn republished(lower: &str) -> bool {
    let english = (lower.contains(" was originally published ")
        || lower.starts_with("originally published ")
        || lower.starts_with("this post was originally published ")
        || lower.starts_with("this article was originally published "))
        && (lower.contains(" on ") || lower.contains(" in ") || lower.contains(" at "));
    let post = lower.starts_with("the post ")
        && (lower.contains(" appeared first on ") || lower.contains(" first appeared on "));
    let chinese = [
        "本文最初发表于",
        "本文最初發表於",
        "本文首发于",
        "本文首發於",
        "本文原载于",
        "本文原載於",
        "本文原刊于",
        "本文原刊於",
        "原文首发于",
        "原文首發於",
        "本文转载自",
        "本文轉載自",
    ]
    .iter()
    .any(|p| lower.starts_with(p));
    english || post || chinese
}

/// "Continue reading on Medium »", "Read more", "阅读全文": a link to the
/// rest of the post, the whole line.
fn read_on(lower: &str) -> bool {
    let t = lower.trim_end_matches(['»', '›', '→', '…', '.', ' ', '>', '。']);
    let english = [
        "continue reading",
        "read more",
        "read the full story",
        "read the full article",
        "keep reading",
    ]
    .iter()
    .any(|p| {
        t == *p || (t.starts_with(p) && t[p.len()..].starts_with(" on ") && t.len() < p.len() + 40)
    });
    let chinese = [
        "阅读全文",
        "閱讀全文",
        "阅读原文",
        "閱讀原文",
        "查看原文",
        "点击阅读原文",
        "點擊閱讀原文",
        "继续阅读",
        "繼續閱讀",
        "长按此处阅读文章",
        "長按此處閱讀文章",
    ]
    .iter()
    .any(|p| t.replace(' ', "") == *p);
    english || chinese
}

/// Subscribe, follow and engagement prompts.
fn prompt(t: &str, lower: &str) -> bool {
    let chars = t.chars().count();
    // The prompt opens the line, or the line is short: a prompt in a
    // sentence of its own, not prose about accounts.
    let wechat = lower.starts_with("微信搜索")
        || lower.starts_with("请微信搜索")
        || lower.starts_with("請微信搜索")
        || chars <= 60
            && [
                "关注本公众号",
                "關注本公眾號",
                "关注我们的公众号",
                "關注我們的公眾號",
                "关注公众号",
                "關注公眾號",
                "搜索关注公众号",
                "扫码关注",
                "掃碼關注",
                "长按识别二维码",
                "長按識別二維碼",
                "点个在看",
                "點個在看",
                "点亮在看",
                "欢迎点赞",
                "歡迎點讚",
            ]
            .iter()
            .any(|p| lower.contains(p));
    // `订阅【…】电子报`, `免費訂閱《…》`: the imperative, with what to
    // subscribe to named next.
    let subscribe_cjk = ["订阅", "訂閱", "免费订阅", "免費訂閱"].iter().any(|p| {
        t.strip_prefix(p).is_some_and(|rest| {
            rest.starts_with(['【', '《', '“', '「', '本'])
                || rest.starts_with("我们")
                || rest.starts_with("我們")
        })
    }) && chars <= 60;
    let subscribe_en = (lower.starts_with("subscribe ")
        || lower.starts_with("sign up for ")
        || lower.starts_with("follow us on ")
        || lower.contains("click here to subscribe")
        || lower.contains("subscribe and listen to"))
        && chars <= MAX_CHARS;
    let click_to_subscribe = [
        "请点击此处订阅",
        "請點擊此處訂閱",
        "点击这里订阅",
        "點擊這裡訂閱",
    ]
    .iter()
    .any(|p| t.contains(p));
    wechat || subscribe_cjk || subscribe_en || click_to_subscribe
}

/// A related-reading line: a label and the title of another post.
fn related(t: &str) -> bool {
    const LABELS: &[&str] = &[
        "延伸阅读",
        "延伸閱讀",
        "相关阅读",
        "相關閱讀",
        "推荐阅读",
        "推薦閱讀",
        "相关文章",
        "相關文章",
        "往期回顾",
        "往期回顧",
        "Related:",
        "Read also:",
        "See also:",
        "Also read:",
        "Related reading:",
    ];
    LABELS.iter().any(|label| {
        t.strip_prefix(label).is_some_and(|rest| {
            rest.is_empty() || rest.starts_with(['：', ':', ' ', '|', '｜']) || label.ends_with(':')
        })
    })
}

/// Links back to the top of the page or its contents.
fn back_to_top(lower: &str) -> bool {
    let t = lower.trim_matches(['↑', '▲', '⬆', '^', ' ', '[', ']', '【', '】']);
    matches!(
        t,
        "回到顶部"
            | "回到頂部"
            | "返回顶部"
            | "返回頂部"
            | "回到目录"
            | "回到目錄"
            | "返回目录"
            | "返回目錄"
            | "back to top"
            | "top"
            | "return to top"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn furniture_lines() {
        for line in [
            "Notes on a long walk was originally published in Field Notes on Medium, where people are continuing the conversation by highlighting and responding to this story.",
            "The post Ten things about rivers appeared first on River Blog.",
            "Continue reading on The Startup »",
            "Continue reading on Medium »",
            "Read more…",
            "阅读原文",
            "長按此處 閱讀文章",
            "本文最初发表于某某博客。",
            "本文原刊於《某報》，獲授權轉載。",
            "微信搜索“某某书评”：读书的人。",
            "请微信搜索关注公众号“某某”，每天更新。",
            "欢迎点赞、点个在看，分享给朋友。",
            "订阅【某某周报】电子报",
            "👉 延伸閱讀：一篇別的文章的標題",
            "相关阅读：",
            "Related: What the river knows",
            "Subscribe to our newsletter for weekly updates.",
            "You can subscribe and listen to our podcast on Apple Podcasts | Spotify",
            "↑ 回到顶部",
            "Back to top",
        ] {
            assert!(is_furniture(line), "{line}");
        }
    }

    #[test]
    fn prose_stays() {
        for line in [
            "吉林省應急管理廳通過官方微信公眾號分享書籍出版消息，評價該書「值得一讀」。",
            "他说，这篇文章最初发表于1998年，后来被多次转载。",
            "Read more carefully and you will see the pattern.",
            "订阅用户的数量在过去一年里翻了一番，平台的收入也随之增长，这是管理层没有想到的。",
            "The post office was closed on Monday.",
            "相关阅读材料由老师在课前发给每一位学生，学生需要提前准备。",
            "Continue reading the instructions before you start.",
            "许多人关注公众号的运营方式，但很少有人研究其中的审查机制如何一步一步地收紧，以及这对公共讨论意味着什么，这是本文要讨论的问题，也是过去几年里学界反复讨论却没有定论的问题之一，值得我们从头梳理。",
        ] {
            assert!(!is_furniture(line), "{line}");
        }
    }
}
