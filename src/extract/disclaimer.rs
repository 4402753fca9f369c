//! Opinion disclaimers: a short line saying that the piece does not, or not
//! necessarily, represent the views of the outlet, its editors or its
//! platform (`本文仅代表作者观点，不代表本台立场`, `文责自负`, `The views
//! expressed are the author's own`).
//!
//! Boilerplate on every host: outlets print one under opinion pieces and
//! guests' contributions, each in its own words, so the rule reads the
//! statement's grammar rather than any outlet's sentence. A disclaimer is
//! recognised by what it disowns (the outlet, by the noun that ends its
//! name, or the writer's own views), never by `代表` or `views` alone,
//! which article prose uses all the time (`这些人不代表世卫组织`).

use std::sync::OnceLock;

use memchr::memmem::Finder;

/// The longest Chinese disclaimer line, in characters: the statement and at
/// most a clause before it (`摘译自其它媒体，不代表德国之声观点`), not a
/// paragraph that ends with one.
const MAX_CHINESE: usize = 60;

/// The longest English disclaimer line, in characters: one or two
/// sentences.
const MAX_ENGLISH: usize = 200;

/// Whether a line is wholly an opinion disclaimer, in Chinese (Simplified
/// or Traditional) or in English.
#[must_use]
pub(crate) fn is_disclaimer(line: &str) -> bool {
    let t = line.trim();
    // A bound on characters from above: most paragraphs end here.
    if t.len() > 4 * MAX_ENGLISH {
        return false;
    }
    let t = without_label(t);
    // A Chinese disclaimer has at most `MAX_CHINESE` characters, so at most
    // four bytes each: most paragraphs end here, before any search.
    let may_be_chinese = t.len() <= 4 * MAX_CHINESE;
    english(t) || (may_be_chinese && chinese(t))
}

/// A line without its opening brackets and a label such as `注：`,
/// `免责声明：` or `Disclaimer:`, which a disclaimer may carry.
fn without_label(line: &str) -> &str {
    const LABELS: &[&str] = &[
        "编者注",
        "編者注",
        "編者註",
        "编者按",
        "編者按",
        "免责声明",
        "免責聲明",
        "声明",
        "聲明",
        "注",
        "註",
        "disclaimer",
        "editor's note",
        "editor’s note",
        "note",
    ];
    let t = line.trim_start_matches(['（', '(', '【', '[', ' ']);
    // The labels open with one of these: most lines are told apart by
    // their first character.
    let first = t.chars().next().unwrap_or_default().to_ascii_lowercase();
    if !"编編免声聲注註den".contains(first) {
        return t;
    }
    LABELS
        .iter()
        .find_map(|label| eat(t, label).and_then(|rest| rest.strip_prefix(['：', ':'])))
        .map_or(t, str::trim_start)
}

/// `s` without a leading `word`, ignoring ASCII case.
fn eat<'s>(s: &'s str, word: &str) -> Option<&'s str> {
    let head = s.as_bytes().get(..word.len())?;
    // Equal bytes end where `word`'s characters end, so the slice is sound.
    head.eq_ignore_ascii_case(word.as_bytes())
        .then(|| &s[word.len()..])
}

/// `s` without the first of `words` that opens it.
fn eat_any<'s>(s: &'s str, words: &[&str]) -> Option<&'s str> {
    words.iter().find_map(|w| eat(s, w))
}

// ---- Chinese ----

/// Nouns for what a disclaimer disowns.
const VIEWS: &[&str] = &["观点", "觀點", "立场", "立場", "意见", "意見", "看法"];

/// Words joining two views (`观点或立场`) or two owners (`作者或专家`).
const CONJUNCTIONS: &[&str] = &["或者", "或", "和", "及", "与", "與", "、"];

/// The nouns that end a name of the outlet, its editors or its platform:
/// `本台`, `德国之声`, `美国之音`, `本网站`, `本报`, `本刊`, `编辑部`.
const OUTLET_NOUNS: &[&str] = &[
    "台",
    "之音",
    "之声",
    "之聲",
    "网",
    "網",
    "站",
    "报",
    "報",
    "刊",
    "社",
    "平台",
    "媒体",
    "媒體",
    "频道",
    "頻道",
    "公众号",
    "公眾號",
    "本号",
    "本號",
    "编辑部",
    "編輯部",
    "编辑",
    "編輯",
    "编者",
    "編者",
];

/// Whose views a piece says it "only represents" (`仅代表作者本人观点`).
const OWNERS: &[&str] = &[
    "原作者",
    "作者",
    "本人",
    "个人",
    "個人",
    "撰稿人",
    "笔者",
    "筆者",
    "专家",
    "專家",
    "受访者",
    "受訪者",
    "嘉宾",
    "嘉賓",
];

/// Owners that name the writer: `仅代表作者本人` needs no noun of views.
const WRITERS: &[&str] = &["原作者", "作者", "撰稿人", "笔者", "筆者"];

/// Negations before `代表`: `不`, `并不`, `也不`, `不必然`, `未必`.
const NEGATIONS: &[&str] = &[
    "不",
    "不必然",
    "不一定",
    "不尽然",
    "不盡然",
    "未必",
    "并非",
    "並非",
];

/// Quotation marks: a quoted sentence is prose, whatever it says.
const QUOTES: [char; 7] = ['“', '”', '「', '」', '『', '』', '"'];

/// A Chinese disclaimer: a short line, not quoted, whose last clause
/// disowns the outlet's views or gives them to the writer.
fn chinese(t: &str) -> bool {
    let body = t.trim_end_matches(['。', '．', '.', '！', '!', '）', ')', '】', ']', ' ']);
    // Every disclaimer clause ends with `无关` or `文责自负`, or holds `代表`:
    // most lines are told apart by their end and one search.
    static REPRESENTS: OnceLock<Finder<'static>> = OnceLock::new();
    let represents = REPRESENTS.get_or_init(|| Finder::new("代表".as_bytes()));
    if !["无关", "無關", "自负", "自負"]
        .iter()
        .any(|e| body.ends_with(e))
        && represents.find(body.as_bytes()).is_none()
    {
        return false;
    }
    let last = body
        .rsplit(['，', ',', '；', ';', '。', '：', ':', '！', '!', '？', '?'])
        .next()
        .unwrap_or(body)
        .trim();
    // Counted last: the clause test rejects almost every line.
    is_disclaimer_clause(last) && !t.contains(QUOTES) && t.chars().count() <= MAX_CHINESE
}

/// `文责自负`, `与本平台无关`, `不代表本台立场`, `仅代表作者观点`.
fn is_disclaimer_clause(clause: &str) -> bool {
    // `来稿文责自负`: the writer answers for the text.
    if clause.ends_with("文责自负") || clause.ends_with("文責自負") {
        return clause.chars().count() <= 8;
    }
    if is_unrelated_to_outlet(clause) {
        return true;
    }
    let Some(i) = clause.rfind("代表") else {
        return false;
    };
    let (before, after) = (&clause[..i], &clause[i + "代表".len()..]);
    let (whose, views) = without_views(after);
    if before.ends_with(['仅', '僅', '只']) {
        // `不仅代表` is "not only represents".
        !before.ends_with("不仅")
            && !before.ends_with("不僅")
            && !before.ends_with("不只")
            && is_writers(whose, views)
    } else if NEGATIONS.iter().any(|n| before.ends_with(n)) {
        names_outlet(whose, views)
    } else {
        false
    }
}

/// `与本平台无关`, `與本台無關`: the outlet has nothing to do with it.
fn is_unrelated_to_outlet(clause: &str) -> bool {
    ["与", "與", "和"]
        .iter()
        .find_map(|w| clause.strip_prefix(w))
        .and_then(|rest| ["无关", "無關"].iter().find_map(|w| rest.strip_suffix(w)))
        .is_some_and(|whose| names_outlet(whose, false))
}

/// What `代表` governs without the views that end it (`德国之声观点` →
/// `德国之声`, `本网站的观点或立场` → `本网站`), and whether there were any.
fn without_views(mut s: &str) -> (&str, bool) {
    let mut views = false;
    while let Some(rest) = VIEWS.iter().find_map(|v| s.strip_suffix(v)) {
        views = true;
        s = CONJUNCTIONS
            .iter()
            .find_map(|c| rest.strip_suffix(c))
            .filter(|r| VIEWS.iter().any(|v| r.ends_with(v)))
            .unwrap_or(rest);
    }
    if views {
        s = s.strip_suffix('的').unwrap_or(s);
    }
    (s, views)
}

/// The outlet, its editors or its platform (`本台`, `美国之音`), or, before
/// a noun of views, a name in Latin letters (`BBC中文观点`).
fn names_outlet(whose: &str, views: bool) -> bool {
    let short = !whose.is_empty() && whose.chars().count() <= 12;
    short
        && (OUTLET_NOUNS.iter().any(|n| whose.ends_with(n))
            || (views && whose.starts_with(|c: char| c.is_ascii_alphabetic())))
}

/// The writer's own views (`作者个人观点`, `作者或专家个人立场`), or the
/// writer alone (`作者本人`): owners and conjunctions only.
fn is_writers(mut whose: &str, views: bool) -> bool {
    let (mut owners, mut writer) = (false, false);
    while !whose.is_empty() {
        if let Some((owner, rest)) = OWNERS
            .iter()
            .find_map(|o| whose.strip_prefix(o).map(|rest| (o, rest)))
        {
            owners = true;
            writer |= WRITERS.contains(owner);
            whose = rest;
        } else if let Some(rest) = CONJUNCTIONS.iter().find_map(|c| whose.strip_prefix(c)) {
            whose = rest;
        } else {
            return false;
        }
    }
    owners && (views || writer)
}

// ---- English ----

/// An English disclaimer: `The views expressed (here | in this article | by
/// the author) are those of the author | are the author's own | do not
/// (necessarily) reflect …`, or `This article does not (necessarily)
/// represent …`, what it does not reflect being views, a position or a
/// policy.
fn english(t: &str) -> bool {
    if !t.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return false;
    }
    let s = eat_any(t, &["the ", "any "]).unwrap_or(t);
    let disclaims = match views_expressed(s) {
        Some(rest) => is_theirs(rest) || not_reflecting(rest),
        None => this_piece(s).is_some_and(not_reflecting),
    };
    disclaims && t.chars().count() <= MAX_ENGLISH
}

/// `views (and opinions) expressed (here | in this article | by the
/// author)`: the subject of a disclaimer.
fn views_expressed(s: &str) -> Option<&str> {
    let s = eat_any(s, &["views", "opinions"])?;
    let s = eat_any(
        s,
        &[" and views", " and opinions", " or views", " or opinions"],
    )
    .unwrap_or(s);
    let s = eat(s, " expressed").unwrap_or(s);
    if let Some(rest) = eat_any(s, &[" herein", " here"]) {
        return Some(rest);
    }
    if let Some(rest) = eat_any(s, &[" in this ", " on this ", " in the ", " on the "]) {
        // One word: `article`, `piece`, `column`, `op-ed`.
        let end = rest
            .find(|c: char| !(c.is_ascii_alphabetic() || c == '-'))
            .unwrap_or(rest.len());
        return (end > 0).then(|| &rest[end..]);
    }
    if let Some(rest) = eat_any(s, &[" by the ", " by "]) {
        let rest = eat_any(rest, &["author", "writer", "contributor", "guest"])?;
        return Some(rest.strip_prefix('s').unwrap_or(rest));
    }
    Some(s)
}

/// `This article`, `This commentary`: the other subject of a disclaimer.
fn this_piece(s: &str) -> Option<&str> {
    const PIECES: &[&str] = &[
        "article",
        "piece",
        "column",
        "commentary",
        "post",
        "op-ed",
        "essay",
        "story",
        "programme",
        "program",
        "podcast",
        "video",
        "content",
        "blog",
    ];
    eat_any(eat(s, "this ")?, PIECES)
}

/// `are those of the author`, `are the writer's own`, `are their own`.
fn is_theirs(s: &str) -> bool {
    let Some(s) = eat_any(s, &[" are", " is"]) else {
        return false;
    };
    let s = eat_any(s, &[" solely", " entirely", " strictly"]).unwrap_or(s);
    if eat_any(s, &[" their own", " his own", " her own", " my own"]).is_some() {
        return true;
    }
    const WHOSE: &[&str] = &["author", "writer", "contributor", "guest"];
    if let Some(rest) = eat_any(s, &[" those of the ", " that of the "]) {
        return eat_any(rest, WHOSE).is_some();
    }
    eat(s, " the ")
        .and_then(|rest| eat_any(rest, WHOSE))
        .and_then(|rest| eat_any(rest, &["'s own", "’s own", "s' own", "s’ own"]))
        .is_some()
}

/// `do not (necessarily) reflect the views of …`, `does not represent the
/// position of …`: a predicate whose object is views, a position or a policy.
fn not_reflecting(s: &str) -> bool {
    const OBJECTS: &[&str] = &[
        "view",
        "opinion",
        "position",
        "polic",
        "editorial",
        "stance",
        "those of",
    ];
    let Some(s) = eat_any(
        s,
        &[
            " do not",
            " does not",
            " don't",
            " doesn't",
            " don’t",
            " doesn’t",
        ],
    ) else {
        return false;
    };
    let s = eat(s, " necessarily").unwrap_or(s);
    let Some(object) = eat_any(s, &[" reflect", " represent"]) else {
        return false;
    };
    OBJECTS.iter().any(|o| {
        object
            .as_bytes()
            .windows(o.len())
            .any(|w| w.eq_ignore_ascii_case(o.as_bytes()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Disclaimers of outlets not in the corpora, in their own words.
    #[test]
    fn disclaimers() {
        for line in [
            "本文仅代表作者个人观点，不代表本台立场。",
            "（本文观点仅代表作者本人，文责自负）",
            "以上内容不代表本网站的观点或立场",
            "评论文章仅代表作者观点，与本平台无关。",
            "評論文章僅代表作者個人觀點，不代表本台立場。",
            "注：本文僅代表作者觀點",
            "本文觀點不代表本報立場",
            "本文不必然代表BBC中文的观点。",
            "嘉賓言論並不代表本電台。",
            "来稿文责自负",
            "免责声明：文中观点不代表编辑部意见",
            "The views expressed in this article are the author's own and do not necessarily reflect the editorial stance of this publication.",
            "Views expressed are those of the author.",
            "The opinions expressed here do not necessarily represent those of the station.",
            "This commentary does not necessarily reflect the views of the editors.",
            "Disclaimer: The views and opinions expressed by guests are their own.",
            "(The views expressed are the writer’s own.)",
        ] {
            assert!(is_disclaimer(line), "{line}");
        }
    }

    /// Prose with `代表`, views or a position, which must stay text.
    #[test]
    fn prose_is_no_disclaimer() {
        for line in [
            "这些人不代表卫生部。",
            "裁员不代表放弃",
            "他的观点不代表大多数人的看法",
            "这只代表我个人的看法。",
            "这不仅代表我们自己，也代表平台的用户",
            "民调结果不代表全体选民的立场",
            "代表团表示不会改变立场",
            "“这不代表本台立场，”他说。",
            "他代表本台出席会议",
            "这不代表政府的立场",
            // A paragraph that ends with the outlet's name, too long to be a
            // disclaimer.
            "主持人在节目中多次强调，嘉宾的发言引起了很大争议，观众来信很多，有人支持也有人反对，电台收到了数百封投诉信，台长最后出面解释说这些言论并不代表本台。",
            "The views expressed by the protesters do not represent the majority.",
            "The poll does not necessarily reflect the views of all voters.",
            "Her views on trade are well known.",
            "The view from the hill does not reflect the mood in the valley.",
            "This story does not end here.",
        ] {
            assert!(!is_disclaimer(line), "{line}");
        }
    }
}
