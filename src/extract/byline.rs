//! Bylines: names from the date line, byline elements, author lines and
//! opening name lists.

use std::sync::OnceLock;

use html5ever::Attribute;
use memchr::memmem::Finder;

use url::Url;

use super::nodes;
use crate::article::{Block, BlockKind};
use crate::html::{self, Data, NodeRef};
use crate::text::is_han;

/// A byline from its lines: without the placeholder `null` and without
/// repeated names (`KAI SCHULTZ,KAI SCHULTZ`).
pub(crate) fn clean(lines: &[String]) -> Option<String> {
    let mut names: Vec<&str> = Vec::new();
    for name in lines
        .iter()
        .flat_map(|l| l.split([',', '，', '、']))
        .map(|n| {
            let n = n.trim();
            n.strip_prefix("null ").unwrap_or(n).trim()
        })
    {
        if !name.is_empty() && !name.eq_ignore_ascii_case("null") && !names.contains(&name) {
            names.push(name);
        }
    }
    (!names.is_empty()).then(|| names.join(", "))
}

/// A line naming the author, on every host: a label and a separator
/// (`作者：周保松`, `文：陳韻聿`, `作者 | 张依依`, `作者丨王旭`, `文／…`,
/// `撰稿丨…；翻译丨…`, whose first name is taken), `By Jane Doe`, or a
/// reporter's credit (`本报记者 张三 北京报道`).
pub(crate) fn of_line(line: &str) -> Option<String> {
    let line = short_line(line)?;
    labelled(line)
        .or_else(|| by_line(line, BY))
        .or_else(|| reported_by(line))
        .or_else(|| posted_on_by(line))
}

/// `Posted on March 5, 2024 by Jane Doe`, a blog's post line: the name
/// after the date, read as `By …` is.
fn posted_on_by(line: &str) -> Option<String> {
    let rest = ["Posted on ", "posted on ", "Published on ", "published on "]
        .iter()
        .find_map(|o| line.strip_prefix(o))?;
    let (_, used) = crate::date::english_or_numeric_date(rest)?;
    let after = rest[used..].trim_start_matches([',', ' ']);
    by_line(after, BY)
}

/// A credit line naming the writer (`Written by Jane Doe`, `Posted by …`,
/// `Story by …`, `Author: …`), read as [`of_line`] reads `By …`. A film's or
/// a poem's credits read the same further down (`Written by Greta Gerwig`,
/// `Author: Lao Tzu`), so the walk takes these only near the start.
pub(crate) fn of_credit_line(line: &str) -> Option<String> {
    let line = short_line(line)?;
    by_line(line, CREDITS).or_else(|| names_credit(line))
}

/// A reporter's credit of names alone, without `报道` (`本报记者 张三`,
/// `记者 张三 李四`, `本台记者：张三`): a space after `记者`, or a colon
/// after an outlet's (a bare `记者：` opens an interviewer's question), so
/// that a heading or a sentence about a reporter (`本报记者手记`, `记者今天…`)
/// is none.
fn names_credit(line: &str) -> Option<String> {
    let (of, rest) = after_reporter(line)?;
    let rest = match rest.strip_prefix(['：', ':']) {
        Some(names) if !of.is_empty() => names,
        Some(_) => return None,
        None if rest.starts_with([' ', '\u{3000}']) => rest,
        None => return None,
    };
    reporter_names(rest)
}

/// `line` trimmed, if it has at most 60 characters: a byline's length.
fn short_line(line: &str) -> Option<&str> {
    let line = line.trim();
    // Bytes bound characters from both sides: most lines end here, uncounted.
    (line.len() <= 60 || (line.len() <= 4 * 60 && line.chars().count() <= 60)).then_some(line)
}

/// The openings of a byline.
const BY: &[&str] = &["By ", "by ", "BY "];

/// The openings of a credit line naming the writer.
const CREDITS: &[&str] = &[
    "Written by ",
    "Written By ",
    "WRITTEN BY ",
    "Words by ",
    "Story by ",
    "Text by ",
    "Posted by ",
    "Reported by ",
    "Author: ",
    "Authors: ",
    "Author：",
    "AUTHOR: ",
];

/// `作者：…` and the like, also in brackets (`（撰稿：叶靖斯 责编：萧尔）`) and
/// with a second role of the same person (`编写/责编：横路`); the name ends at
/// the next role (`；翻译丨…`, ` 责编：…`, `/责编：…`).
fn labelled(line: &str) -> Option<String> {
    const LABELS: &[&str] = &[
        "作者", "撰文", "撰稿", "撰写", "撰寫", "采写", "採寫", "执笔", "執筆", "编写", "編寫",
        "编译", "編譯", "文字", "文",
    ];
    const SEPARATORS: &[char] = &['：', ':', '|', '｜', '丨', '／', '/'];
    let line = match line.strip_prefix(['（', '(']) {
        Some(inner) => inner.trim_end_matches(['）', ')']),
        None => line,
    };
    let rest = LABELS.iter().find_map(|label| line.strip_prefix(label))?;
    let rest = rest.trim_start();
    // `编写/责编：`: one person in two roles, named after the second.
    let second_role = rest
        .strip_prefix(['/', '／'])
        .and_then(|r| r.split_once(['：', ':']))
        .filter(|(role, _)| EDITING_ROLES.contains(role))
        .map(|(_, name)| name);
    let rest = match second_role {
        Some(name) => name,
        None => rest.strip_prefix(SEPARATORS)?,
    };
    let mut name = rest.split(['；', ';', '，', ',']).next()?.trim();
    // The next role, after a slash or a space (`李文/责编：萧尔`,
    // `叶靖斯 责编：萧尔`, `Jane Doe 责编：某某`): the name ends before it.
    // Names apart by a slash alone stay together (`张三/李四`).
    if let Some(colon) = name.find(['：', ':']) {
        let before = &name[..colon];
        if let Some(cut) = before.rfind(NAME_ENDS) {
            let field = before[cut..].trim_start_matches(NAME_ENDS);
            // An editor's role, or another field of a Chinese header
            // (`作者：张三　发布时间：…`, `…　来源：…`): a label of Han
            // characters.
            let label = (2..=6).contains(&field.chars().count()) && field.chars().all(is_han);
            if EDITING_ROLES.contains(&field) || label {
                name = before[..cut].trim_end_matches(NAME_ENDS);
            }
        }
    }
    // Another field after a bar (`张三 | 2024-03-05`), a date after a
    // space (`张三 2024年3月5日`).
    if let Some(i) = name.find(['|', '｜', '丨']) {
        name = name[..i].trim_end();
    }
    if let Some(i) = name
        .char_indices()
        .find(|&(i, c)| {
            (c == ' ' || c == '\u{3000}')
                && name[i + c.len_utf8()..].starts_with(|d: char| d.is_ascii_digit())
        })
        .map(|(i, _)| i)
    {
        name = name[..i].trim_end();
    }
    // A sentence after the label is no name (`执笔：这两个字在古代…。`), nor
    // an introduction (`…的技巧有三点：`).
    if name.contains(['。', '！', '？', '!', '?']) || name.ends_with(['：', ':']) {
        return None;
    }
    // The labels the corpora do not hold are read more strictly: a
    // Chinese name is short (`执笔：林語堂晚年的一本書` names no one). Not
    // every label: a pen name may be long (`文｜三八劳动妇女们`).
    if NEWER_LABELS.iter().any(|l| line.starts_with(l))
        && name.chars().all(is_han)
        && name.chars().count() > 6
    {
        return None;
    }
    (!name.is_empty() && name.chars().count() <= 30).then(|| name.to_owned())
}

/// Labels read only with the stricter test of a name.
const NEWER_LABELS: &[&str] = &["撰写", "撰寫", "采写", "採寫", "执笔", "執筆"];

/// What may stand between a name and the next role of a credit line
/// (`作者：张三 | 编辑：李四`, `李文/责编：萧尔`).
const NAME_ENDS: &[char] = &['/', '／', ' ', '\u{3000}', '|', '｜', '丨'];

/// The roles of a credit line that follow the writer's
/// (`（撰稿：李文/责编：萧尔）`).
const EDITING_ROLES: &[&str] = &[
    "责编",
    "責編",
    "编辑",
    "編輯",
    "责任编辑",
    "責任編輯",
    "校对",
    "校對",
    "审校",
    "審校",
    "翻译",
    "翻譯",
    "译",
    "譯",
    "图",
    "圖",
    "摄影",
    "攝影",
    "网编",
    "網編",
];

/// `By Jane Doe`, `by Ping`, `By Jane Doe and John Roe`, `Written by …`,
/// `Posted by …`, `Story by …`, `Author: …`: names that start with a capital
/// (or are Chinese), no digits, at most six words. The name ends before
/// what follows it on the line: another credit (` | Photos by …`), a date
/// (`, March 5, 2024`, ` on March 5, 2024`).
fn by_line(line: &str, openings: &[&str]) -> Option<String> {
    // Most lines are told apart by their first byte.
    if !line.starts_with(['B', 'b', 'W', 'S', 'T', 'P', 'R', 'A']) {
        return None;
    }
    let whole = openings.iter().find_map(|o| line.strip_prefix(o))?.trim();
    let rest = name_part(whole);
    // Cut before a credit or a date, a name is a full one: `By Friday, 40
    // people…`, `By God — he was right` name no one.
    if rest.len() < whole.len() && rest.split_whitespace().count() < 2 {
        return None;
    }
    let words: Vec<&str> = rest.split_whitespace().collect();
    let is_name = |w: &&str| {
        matches!(*w, "and" | "&")
            || w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || !c.is_ascii())
    };
    let fits = !words.is_empty()
        && words.len() <= 6
        && words.iter().all(is_name)
        && !rest
            .chars()
            .any(|c| c.is_ascii_digit() || ".!?。".contains(c));
    fits.then(|| rest.trim_end_matches([',', '，']).to_owned())
}

/// The name a byline's text opens with: up to another credit after ` | `,
/// ` · ` or a dash, or a date after ` on ` or `, ` (one that reads as a
/// date: `, March 5, 2024`, not `, 40 people`).
fn name_part(rest: &str) -> &str {
    let mut end = rest.len();
    for sep in [" | ", " · ", " — ", " – ", " - "] {
        if let Some(i) = rest.find(sep) {
            end = end.min(i);
        }
    }
    let head = &rest[..end];
    let dated = |after: &str| crate::date::english_or_numeric_date(after).is_some();
    if let Some(i) = head.find(" on ").filter(|&i| dated(&head[i + 4..])) {
        end = i;
    }
    let head = &rest[..end];
    if let Some(i) = head.find(", ").filter(|&i| dated(&head[i + 2..])) {
        end = i;
    }
    rest[..end].trim()
}

/// Who a reporter's credit opens with: the paper's, the station's, the
/// site's own reporter, a special correspondent, or a reporter.
const REPORTER_OF: &[&str] = &[
    "本报首席",
    "本報首席",
    "本台首席",
    "首席",
    "本报",
    "本台",
    "本网",
    "本報",
    "本網",
    "本刊",
    "特约",
    "特約",
    "新华社",
    "新華社",
    "中新社",
    "",
];

/// The words that end a reporter's credit (`…北京报道`).
const REPORTS: &[&str] = &["报道", "報導", "报导", "報道"];

/// What follows [`REPORTER_OF`] and `记者` in `line`, if it opens so.
fn after_reporter(line: &str) -> Option<(&'static str, &str)> {
    // Most lines name no reporter: one search for `者` (of `记者` and
    // `記者`) before the prefixes.
    static ZHE: OnceLock<Finder<'static>> = OnceLock::new();
    ZHE.get_or_init(|| Finder::new("者"))
        .find(line.as_bytes())?;
    REPORTER_OF.iter().find_map(|&p| {
        let rest = line.strip_prefix(p)?;
        rest.strip_prefix("记者")
            .or_else(|| rest.strip_prefix("記者"))
            .map(|rest| (p, rest))
    })
}

/// `记者 张三 北京报道`, `本台記者李四報導`: the reporter's name, when it
/// stands apart (a space after it) or alone.
fn reported_by(line: &str) -> Option<String> {
    let (_, rest) = after_reporter(line)?;
    match REPORTS.iter().any(|s| rest.ends_with(s)) {
        true => credited(rest),
        false => None,
    }
}

/// The reporters named after `记者` (see [`reporter_names`]), `报道` and a
/// place written against it (`张三 北京报道`) or known places apart from it
/// ([`is_dateline_place`]: `张三 北京 报道`, `张三 浙江 杭州 报道`) left out.
fn credited(rest: &str) -> Option<String> {
    let Some(names) = REPORTS.iter().find_map(|s| rest.strip_suffix(s)) else {
        return reporter_names(rest);
    };
    let spaces = [' ', '\u{3000}'];
    let mut names = match names.rfind(spaces) {
        Some(space) if !names.ends_with(spaces) => &names[..space],
        _ => names,
    };
    // Each known place apart (`张三 浙江 杭州 报道`, `张三 浙江 杭州报道`).
    loop {
        names = names.trim_end_matches(spaces);
        match names.rfind(spaces) {
            Some(space) if is_dateline_place(names[space..].trim_start_matches(spaces)) => {
                names = &names[..space];
            }
            _ => break,
        }
    }
    reporter_names(names)
}

/// Whether a word of a reporter's credit names the place reported from,
/// not a reporter (`记者 张三 北京 报道`): a town with what it is
/// (`杭州市`, `浙江省`, `海淀区`, `彰化縣`), or a place datelines often name:
/// China's provinces, their capitals and large cities, Hong Kong, Macao,
/// Taiwan's cities, and the world's capitals and cities where
/// correspondents are posted, in simplified and traditional characters.
fn is_dateline_place(word: &str) -> bool {
    // Municipalities, regions, provinces; capitals and large cities;
    // abroad.
    const PLACES: &str = concat!(
        "北京 上海 天津 重庆 重慶 香港 澳门 澳門 台湾 台灣 臺灣 河北 山西 辽宁 ",
        "遼寧 吉林 黑龙江 黑龍江 江苏 江蘇 浙江 安徽 福建 江西 山东 山東 河南 ",
        "湖北 湖南 广东 廣東 海南 四川 贵州 貴州 云南 雲南 陕西 陝西 甘肃 甘肅 ",
        "青海 内蒙古 內蒙古 广西 廣西 西藏 宁夏 寧夏 新疆 ",
        "石家庄 石家莊 太原 沈阳 瀋陽 长春 長春 哈尔滨 哈爾濱 南京 杭州 合肥 ",
        "福州 南昌 济南 濟南 郑州 鄭州 武汉 武漢 长沙 長沙 广州 廣州 海口 成都 ",
        "贵阳 貴陽 昆明 西安 兰州 蘭州 西宁 西寧 呼和浩特 南宁 南寧 拉萨 拉薩 ",
        "银川 銀川 乌鲁木齐 烏魯木齊 深圳 厦门 廈門 青岛 青島 大连 大連 宁波 ",
        "寧波 苏州 蘇州 无锡 無錫 珠海 东莞 東莞 佛山 温州 溫州 台北 臺北 台中 ",
        "臺中 台南 臺南 高雄 新北 桃园 桃園 ",
        "华盛顿 華盛頓 纽约 紐約 伦敦 倫敦 巴黎 东京 東京 莫斯科 柏林 首尔 首爾 ",
        "新德里 曼谷 新加坡 悉尼 雪梨 洛杉矶 洛杉磯 旧金山 舊金山 日内瓦 日內瓦 ",
        "布鲁塞尔 布魯塞爾 罗马 羅馬 开罗 開羅 迪拜 杜拜 多伦多 多倫多 温哥华 ",
        "溫哥華 联合国 聯合國 ",
    );
    let n = word.chars().count();
    PLACES.split_ascii_whitespace().any(|place| place == word)
        || ((3..=5).contains(&n)
            && word.ends_with(['市', '省', '县', '縣', '区', '區'])
            && word.chars().all(is_han))
}

/// The dot joining the parts of a transliterated name: `·` (U+00B7, most
/// hosts), `‧` (U+2027, Taiwan's), `・` (U+30FB, Japan's) or the bullet
/// `•` many mainland hosts type for it: `马克·吐温`, `馬克‧吐溫`, `詹姆斯•卡梅隆`.
fn is_name_dot(c: char) -> bool {
    matches!(c, '·' | '‧' | '・' | '•')
}

/// The reporters a credit names (`张三`, `张三 李四`, `张三、李四`): one to
/// four names of two to four Han characters (a transliterated name, joined
/// by `·`, up to twelve), joined by `、`. The names of other roles after
/// theirs (`通讯员 李四`, `实习生…`, `编辑…`) or a place (`发自北京`) end
/// them; a photographer's credit (`王五摄`) is none.
fn reporter_names(names: &str) -> Option<String> {
    const OTHER_ROLES: &[&str] = &[
        "通讯员",
        "通訊員",
        "实习生",
        "實習生",
        "编辑",
        "編輯",
        "责编",
        "責編",
        "整理",
        "综合",
        "綜合",
        "编译",
        "編譯",
        "摄影",
        "攝影",
        "校对",
        "校對",
    ];
    let tokens = names
        .split([' ', '\u{3000}', '、', '，', ','])
        .filter(|n| !n.is_empty());
    let mut names = Vec::new();
    for token in tokens {
        if OTHER_ROLES.contains(&token) || token.starts_with("发自") || token.starts_with("發自")
        {
            break;
        }
        if token.ends_with(['摄', '攝']) {
            return None;
        }
        names.push(token);
    }
    let name_like = |n: &&str| {
        let count = n.chars().count();
        match n.contains(is_name_dot) {
            true => (3..=12).contains(&count) && n.chars().all(|c| is_name_dot(c) || is_han(c)),
            false => (2..=4).contains(&count) && n.chars().all(is_han),
        }
    };
    ((1..=4).contains(&names.len()) && names.iter().all(name_like)).then(|| names.join("、"))
}

/// The reporters a news text's first sentence credits in brackets
/// (`（记者 张三 报道）…`, `本报讯（记者 张三）…`, `新华社北京3月5日电（记者
/// 张三、李四）…`): the credit opens the text or follows its dispatch line,
/// within the first 40 characters, and names reporters only
/// ([`reporter_names`]). The credit is part of the
/// sentence, so the text keeps it.
pub(crate) fn of_opening_credit(text: &str) -> Option<String> {
    // The first bracket, by its bytes (`(`, or `（`'s lead byte), then
    // counted in characters.
    let bytes = text.as_bytes();
    let open = memchr::memchr2_iter(b'(', 0xEF, &bytes[..bytes.len().min(160)])
        .find(|&at| text[at..].starts_with(['（', '(']))?;
    if text[..open].chars().count() >= 40 {
        return None;
    }
    // The credit opens the text, or follows its dispatch line (`本报讯`,
    // `…3月5日电`): elsewhere brackets are the sentence's own.
    let before = text[..open].trim_end();
    if !(before.is_empty() || before.ends_with(['讯', '訊', '电', '電'])) {
        return None;
    }
    let inner = &text[open..];
    let inner = inner
        .strip_prefix('（')
        .or_else(|| inner.strip_prefix('('))?;
    let close = inner.find(['）', ')'])?;
    let credit = inner[..close].trim();
    let (_, rest) = after_reporter(credit)?;
    credited(rest)
}

/// The path segments of author pages: `/contributors/sheena-greitens`,
/// `/author/jane-doe`.
const PROFILE_SEGMENTS: &[&str] = &[
    "contributors",
    "contributor",
    "author",
    "authors",
    "writers",
    "writer",
    "columnists",
    "columnist",
];

/// The names of headings that are only a link to an author's page on the
/// article's site (`<h3><a href="/contributors/sheena-greitens">Sheena
/// Greitens</a></h3>`): the contributors of a conversation or a roundup,
/// each heading the part they wrote, in order; at least two of them (one
/// such heading may be a topic, not the writer).
pub(crate) fn of_profile_headings(blocks: &[Block], base: &Url) -> Option<String> {
    let site = |u: &Url| {
        u.host_str()
            .map(|h| h.trim_start_matches("www.").to_owned())
    };
    let home = site(base);
    let names: Vec<String> = blocks
        .iter()
        .filter(|b| matches!(b.kind, BlockKind::Heading { .. }))
        .filter_map(|b| {
            let [link] = b.links.as_slice() else {
                return None;
            };
            let first = link.url.path_segments()?.next()?;
            (link.text == b.text
                && site(&link.url) == home
                && PROFILE_SEGMENTS.contains(&first.to_ascii_lowercase().as_str()))
            .then(|| b.text.clone())
        })
        .collect();
    if names.len() < 2 {
        return None;
    }
    clean(&names)
}

/// The author of the book or paper an excerpt comes from, as its source
/// note names them before the title: `摘自许渊冲《西南联大求学日记》…`,
/// `本文选自凯斯·桑斯坦《标签》…`.
pub(crate) fn of_excerpt_note(line: &str) -> Option<String> {
    const OPENINGS: &[&str] = &[
        "本文节选自",
        "本文節選自",
        "本文选自",
        "本文選自",
        "本文摘自",
        "节选自",
        "節選自",
        "摘自",
        "选自",
        "選自",
    ];
    let t = line.trim().trim_start_matches(['（', '(']);
    let t = t.strip_prefix("注：").unwrap_or(t);
    let rest = OPENINGS.iter().find_map(|o| t.strip_prefix(o))?;
    let (name, _) = rest.split_once('《')?;
    let name = name.trim();
    let n = name.chars().count();
    // A publisher or a periodical, not a person: `三联书店出版的《…》`.
    const NOT_A_PERSON: &[&str] = &[
        "出版", "书店", "書店", "书局", "書局", "社", "的", "新书", "新書", "报", "報", "刊", "网",
        "網", "集团", "集團", "公司", "杂志", "雜誌",
    ];
    ((2..=16).contains(&n)
        && !NOT_A_PERSON.iter().any(|w| name.contains(w))
        && name
            .chars()
            .all(|c| c.is_alphabetic() || is_name_dot(c) || " .-".contains(c)))
    .then(|| name.to_owned())
}

/// The labels of a book's publication details, which only a book's card
/// gives, each before its colon or bar: its publisher, its ISBN, its
/// price, its title, its pages.
const BOOK_LABELS: &[&str] = &[
    "出版社",
    "出版者",
    "ISBN",
    "定價",
    "定价",
    "書名",
    "书名",
    "頁數",
    "页数",
    "Publisher",
];

/// Whether `line` opens with the `作者` label (`作者：…`, `作　者：…`).
pub(crate) fn is_author_label(line: &str) -> bool {
    line.trim_start()
        .strip_prefix("作")
        .map(|r| r.trim_start_matches(['　', ' ']))
        .and_then(|r| r.strip_prefix("者"))
        .is_some_and(|r| r.trim_start().starts_with(['：', ':']))
}

/// Whether a paragraph with an `作者：` line is a book's card
/// (`作者：芙麗達．麥法登<br>譯者：蘇瑩文<br>出版社：寂寞`, `作者：十年砍柴
/// 出版社：现代出版社`), as a review opens with: a label of the book's
/// publication details beside it ([`BOOK_LABELS`], then a colon, a bar, or
/// for the ISBN its digits). Its author is the book's, not the post's. A
/// translated post's credits (`作者：… 譯者：…`) and a date (`出版日期：…`)
/// name no book.
pub(crate) fn is_book_card(part: &str) -> bool {
    part.len() <= 4 * 200
        && part.split(['\n', ' ', '　']).any(is_author_label)
        && BOOK_LABELS.iter().any(|label| {
            part.match_indices(label).any(|(at, _)| {
                let rest = part[at + label.len()..].trim_start_matches([' ', '　']);
                rest.starts_with(['：', ':', '｜', '|'])
                    || (*label == "ISBN" && rest.starts_with(|c: char| c.is_ascii_digit()))
            })
        })
}

/// How the names of roles end: `教授`, `研究员`, `作家`, `负责人`,
/// `研究生`, `主编`, `律师`, `记者`, `歌手`.
pub(crate) const ROLE_ENDS: &[char] = &[
    '授', '员', '員', '者', '家', '人', '师', '師', '长', '長', '生', '士', '编', '編', '任', '手',
    '星',
];

/// The author a note on the author names, beside a source note: `罗芃系北京
/// 大学…教授`, `魏泓（Susan Whitfield），曾任…`. A clause opens with the name
/// (Chinese, or a transliteration with `·`), its original in brackets if
/// given, then `系` (is) or `现为`/`现任`/`曾任` (now is, once was).
pub(crate) fn of_author_note(line: &str) -> Option<String> {
    const VERBS: &[&str] = &["系", "现为", "現為", "现任", "現任", "曾任"];
    // Subjects that are no name: `本文系…导言`, `作者系…`.
    const NOT_NAMES: &[&str] = &[
        "本文", "原文", "此文", "该文", "該文", "作者", "译者", "譯者", "笔者", "筆者", "编者",
        "編者", "我们", "我們", "他们", "他們", "她们", "她們", "大家", "本人",
    ];
    if line.len() > 4 * 400 || !line.contains(['系', '现', '現', '曾']) {
        return None;
    }
    line.split(['，', '。', '；']).find_map(|clause| {
        let clause = clause.trim();
        let end = clause
            .char_indices()
            .find(|&(_, c)| !(is_han(c) || is_name_dot(c)))
            .map_or(clause.len(), |(i, _)| i);
        // The name stops before the verb: `罗芃系…` is `罗芃`.
        let (name, rest) = clause.split_at(end);
        // `系` in a word is no verb: `联系`, `关系`, `体系`, `维系`, and
        // `系列` (a series: `城市‧記憶系列策展人`), `系统` (a system), but for
        // the verb before `列车…` (a train's), `列宁…` (Lenin's), `统计…`
        // (statistics) or `统战…` (the united front's): `张三系列车长`,
        // `李四系统计学家`.
        let in_word = |i: usize| {
            let after = &name[i + '系'.len_utf8()..];
            name[..i].ends_with([
                '联', '聯', '关', '關', '体', '體', '维', '維', '派', '星', '水', '世',
            ]) || (after.starts_with('列') && !after[3..].starts_with(['车', '車', '宁', '寧']))
                || (after.starts_with(['统', '統'])
                    && !after[3..].starts_with(['计', '計', '战', '戰']))
        };
        let (name, verb_first) = match VERBS.iter().find_map(|v| {
            name.char_indices()
                .skip(2)
                .find(|&(i, _)| name[i..].starts_with(v) && !(v.starts_with('系') && in_word(i)))
                .map(|(i, _)| i)
        }) {
            Some(i) => (&name[..i], true),
            None => (name, false),
        };
        let n = name.chars().count();
        let name_like = (2..=4).contains(&n) || (name.contains(is_name_dot) && n <= 16);
        if !name_like {
            return None;
        }
        if NOT_NAMES.iter().any(|n| name.starts_with(n)) || name.ends_with(['国', '國']) {
            return None;
        }
        // The clause saying what they are ends in a role (`…教授`, `…负责人`,
        // `…研究生`): `联合国系统内的机构很多` is no note.
        let role = |said: &str| said.trim_end().ends_with(ROLE_ENDS);
        // `魏泓（Susan Whitfield）`, then the verb in the next clause.
        let named = (verb_first && role(clause))
            || (rest.starts_with(['（', '(']) && rest.ends_with(['）', ')']) && {
                let after = &line[line.find(clause)? + clause.len()..];
                let next = after.trim_start_matches(['，', ' ']);
                let next = next.split(['，', '。', '；']).next().unwrap_or_default();
                VERBS.iter().any(|v| next.starts_with(v)) && role(next)
            });
        named.then(|| name.to_owned())
    })
}

/// The author a closing note on them names, in English: `Adrienne is
/// Managing Editor of Going Concern…`, `Jane Doe was a reporter for …`. The
/// note opens with one to four capitalised words, then `is` or `was`, and
/// its first sentence names a role.
pub(crate) fn of_bio(text: &str) -> Option<String> {
    const ROLES: &[&str] = &[
        "editor",
        "writer",
        "author",
        "journalist",
        "reporter",
        "columnist",
        "founder",
        "professor",
        "contributor",
        "correspondent",
        "researcher",
        "student",
        "designer",
        "engineer",
        "developer",
        "photographer",
        "filmmaker",
        "producer",
        "poet",
        "novelist",
        "critic",
        "blogger",
        "lecturer",
        "fellow",
        "scholar",
        "translator",
        "director",
    ];
    let t = text.trim();
    if t.len() > 800 {
        return None;
    }
    let (name, rest) = [" is ", " was "]
        .iter()
        .filter_map(|v| t.split_once(v))
        .min_by_key(|(name, _)| name.len())?;
    let words: Vec<&str> = name.split(' ').collect();
    let name_like = (1..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_ascii_uppercase())
                && w.chars().all(|c| c.is_alphabetic() || ".-'’".contains(c))
        });
    let sentence = rest
        .split(". ")
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    // The role comes within the first words of what they are (`Managing
    // Editor of`, `a reporter for`), not anywhere in the sentence.
    let role = sentence
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .take(4)
        .any(|w| ROLES.contains(&w) || w.strip_suffix('s').is_some_and(|w| ROLES.contains(&w)));
    (name_like && role).then(|| name.to_owned())
}

/// The author a signature's label names: `閱讀筆耕的簽名檔`.
pub(crate) fn of_signature(line: &str) -> Option<String> {
    let t = line.trim();
    let name = ["的簽名檔", "的签名档"]
        .iter()
        .find_map(|s| t.strip_suffix(s))?
        .trim();
    let n = name.chars().count();
    ((1..=20).contains(&n)
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || is_name_dot(c) || " ._-".contains(c)))
    .then(|| name.to_owned())
}

/// The byline an element holds (`<address>`, `itemprop="byline"`), its
/// lines without a leading `by `.
pub(crate) fn of_element(node: NodeRef<'_>) -> Option<String> {
    let lines: Vec<String> = nodes::short_text_lines(node, 256)
        .into_iter()
        .map(
            |l| match l.strip_prefix("by ").or_else(|| l.strip_prefix("By ")) {
                Some(name) => name.to_owned(),
                None => l,
            },
        )
        .collect();
    clean(&lines)
}

/// Elements that hold the byline by markup.
pub(crate) fn is_byline(attrs: &[Attribute]) -> bool {
    html::attr(attrs, "itemprop").is_some_and(|v| v.eq_ignore_ascii_case("byline"))
}

/// The items of a list, when every item is one short line of text without
/// links (a list of names, which an outlet's
/// [`byline_list`](crate::outlets::Hooks::byline_list) hook reads).
pub(crate) fn list_lines(node: NodeRef<'_>) -> Option<Vec<String>> {
    let mut items = Vec::new();
    for li in node.children() {
        match li.data() {
            Data::Element(e) if &*e.local == "li" => {
                let lines = nodes::short_text_lines(li, 120);
                let [line] = lines.as_slice() else {
                    return None;
                };
                if li.has_descendant("a") {
                    return None;
                }
                items.push(line.clone());
            }
            Data::Text(t) if t.trim().is_empty() => {}
            _ => return None,
        }
    }
    Some(items)
}

#[cfg(test)]
mod tests {
    use super::{
        of_author_note, of_credit_line, of_excerpt_note, of_line, of_opening_credit, of_signature,
    };

    #[test]
    fn closing_notes_on_the_author() {
        use super::of_bio;
        assert_eq!(
            of_bio("Adrienne is Managing Editor of Going Concern, founding editor of Jr Deputy Accountant.").as_deref(),
            Some("Adrienne")
        );
        assert_eq!(
            of_bio("Jane Q. Doe was a reporter for the Daily Example.").as_deref(),
            Some("Jane Q. Doe")
        );
        assert_eq!(of_bio("The river is wide and the editor knows it."), None);
        assert_eq!(of_bio("Adrienne is tired. She is an editor."), None);
        assert_eq!(
            of_bio("Hamlet is a play about a prince; the author was an actor."),
            None
        );
    }

    #[test]
    fn author_notes_and_signatures() {
        let note = |l| of_author_note(l);
        assert_eq!(
            note("本文系某出版社“某文集”导言，罗芃系某大学教授。").as_deref(),
            Some("罗芃")
        );
        assert_eq!(
            note("魏泓（Susan Whitfield），曾任某馆项目负责人，现为某大学教授。").as_deref(),
            Some("魏泓")
        );
        assert_eq!(note("张三丰现任某刊主编。").as_deref(), Some("张三丰"));
        assert_eq!(note("本文系某书导言。"), None);
        assert_eq!(note("作者系某大学教授。"), None);
        assert_eq!(note("联合国系统内的机构很多。"), None);
        assert_eq!(note("中国系世界上最大的发展中国家。"), None);
        assert_eq!(note("本文作者系北京大学教授。"), None);
        // A series or a system is no verb's object: `系列`, `系统`.
        assert_eq!(note("城市‧記憶系列策展人。"), None);
        assert_eq!(note("香港系列策展人。"), None);
        assert_eq!(note("王五系统工程师。"), None);
        assert_eq!(note("张三系列车长。").as_deref(), Some("张三"));
        assert_eq!(note("李四系统计学家。").as_deref(), Some("李四"));
        assert_eq!(note("张三系列宁研究专家。").as_deref(), Some("张三"));
        assert_eq!(note("李四系統戰部官員。").as_deref(), Some("李四"));
        assert_eq!(
            of_signature("閱讀筆耕的簽名檔").as_deref(),
            Some("閱讀筆耕")
        );
        assert_eq!(of_signature("的签名档"), None);
        assert_eq!(
            of_signature("安娜‧卡列尼娜的簽名檔").as_deref(),
            Some("安娜‧卡列尼娜")
        );
    }

    #[test]
    fn excerpt_authors() {
        assert_eq!(
            of_excerpt_note("摘自某某某《一本日记》，经出版社授权发布。").as_deref(),
            Some("某某某")
        );
        assert_eq!(
            of_excerpt_note("本文选自凯斯·某某《标签》，由某某授权刊发。").as_deref(),
            Some("凯斯·某某")
        );
        assert_eq!(
            of_excerpt_note("本文選自凱斯‧某某《標籤》，由某某授權刊發。").as_deref(),
            Some("凱斯‧某某")
        );
        assert_eq!(
            of_excerpt_note("本文节选自《十件古物》，由某某授权刊发。"),
            None
        );
        assert_eq!(of_excerpt_note("摘自：某报，2020年《年鉴》"), None);
        assert_eq!(of_excerpt_note("作者摘自《某书》"), None);
        assert_eq!(of_excerpt_note("本文摘自三联书店出版的《某书》"), None);
        assert_eq!(of_excerpt_note("本文节选自某某出版集团新书《某书》"), None);
    }

    #[test]
    fn credit_lines() {
        for (line, name) in [
            ("Written by Jane Doe", "Jane Doe"),
            ("Posted by Jane Doe on March 3, 2021", "Jane Doe"),
            ("Story by Jane Doe | Photos by John Roe", "Jane Doe"),
            ("Author: Jane Doe", "Jane Doe"),
        ] {
            assert_eq!(of_credit_line(line).as_deref(), Some(name), "{line}");
        }
        for line in ["Author: unknown", "Posted by u/someone", "Written by hand"] {
            assert_eq!(of_credit_line(line), None, "{line}");
        }
    }

    #[test]
    fn byline_lines() {
        for (line, name) in [
            ("作者：周保松", "周保松"),
            ("作者丨王小明", "王小明"),
            ("文｜陈一", "陈一"),
            ("文 | 刘二", "刘二"),
            ("文／張三", "張三"),
            ("撰稿丨某甲；翻译丨某乙", "某甲"),
            ("（撰稿：叶某 责编：萧某）", "叶某"),
            ("（撰稿：李某/责编：萧某）", "李某"),
            ("(编写/责编：横某)", "横某"),
            ("作者：Jane Doe", "Jane Doe"),
            ("作者：Jane Doe 责编：某某", "Jane Doe"),
            ("作者：张某/李某", "张某/李某"),
            ("By Jane Doe", "Jane Doe"),
            ("by Ping", "Ping"),
            ("By Jane Doe and John Roe", "Jane Doe and John Roe"),
            ("By Jane Doe, March 3, 2021", "Jane Doe"),
            ("By Jane Doe, John Roe", "Jane Doe, John Roe"),
            ("采写：张三", "张三"),
            ("作者：张三 | 编辑：李四", "张三"),
            ("作者：张三丨编辑：李四", "张三"),
            ("作者：张三 | 2024-03-05", "张三"),
            ("作者：张三 2024年3月5日", "张三"),
            ("本报记者 张三 北京报道", "张三"),
            ("記者李四報導", "李四"),
            ("作者：张三　发布时间：2024-03-03 10:00", "张三"),
            ("作者：张三 来源：某某网", "张三"),
            ("Posted on March 3, 2024 by Jane Doe", "Jane Doe"),
            (
                "Published on 2024-03-03 by Jane Doe and John Roe",
                "Jane Doe and John Roe",
            ),
        ] {
            assert_eq!(of_line(line).as_deref(), Some(name), "{line}");
        }
        for (line, name) in [
            ("本报记者 张三", "张三"),
            ("本報記者 張三 李四", "張三、李四"),
            ("记者 张三、李四", "张三、李四"),
            ("特约记者 阿卜杜拉·沙拉", "阿卜杜拉·沙拉"),
            // Taiwan's and Japan's name dots join a name as `·` does.
            ("特約記者 阿卜杜拉‧沙拉", "阿卜杜拉‧沙拉"),
            ("记者 阿卜杜拉・沙拉", "阿卜杜拉・沙拉"),
            ("记者 詹姆斯•卡梅隆", "詹姆斯•卡梅隆"),
            ("本台记者：张三", "张三"),
            ("新华社记者 张三 李四", "张三、李四"),
            ("本报记者 张三 通讯员 李四", "张三"),
            ("记者 张三 编辑 李四", "张三"),
            ("本报记者 张三 发自北京", "张三"),
        ] {
            assert_eq!(of_credit_line(line).as_deref(), Some(name), "{line}");
        }
        for line in [
            "本报记者手记",
            "本台记者连线",
            "本报记者获悉，此事属实",
            "本报记者 王五摄",
            "记者：好的",
            "记者今天",
        ] {
            assert_eq!(of_credit_line(line), None, "{line}");
            assert_eq!(of_line(line), None, "{line}");
        }
        for (text, name) in [
            ("（记者 张三 报道）今天上午，市政府召开发布会。", "张三"),
            ("本报讯（记者 张三）今天上午，市政府召开发布会。", "张三"),
            (
                "本报讯(记者张三 北京报道)今天上午，市政府召开发布会。",
                "张三",
            ),
            (
                "新华社北京3月5日电（记者 张三、李四）今天上午，会议开幕。",
                "张三、李四",
            ),
            ("（记者 张三 李四 报道）会议开幕。", "张三、李四"),
            // A place apart from `报道`, when known, is none of the names.
            ("（记者 张三 北京 报道）会议开幕。", "张三"),
            ("（记者 张三 浙江 杭州 报道）会议开幕。", "张三"),
            ("（记者 张三 浙江 杭州报道）会议开幕。", "张三"),
            ("（记者 张三 李四 北京报道）会议开幕。", "张三、李四"),
            ("（記者 王小明 臺北 報導）會議開幕。", "王小明"),
            ("（记者 张三、李四 杭州市 报道）会议开幕。", "张三、李四"),
            (
                "（记者\u{3000}张三\u{3000}北京\u{3000}报道）会议开幕。",
                "张三",
            ),
            (
                "本报讯（记者 张三 实习生 李四）今天上午，会议开幕。",
                "张三",
            ),
            ("（新华社记者 张三）会议开幕。", "张三"),
        ] {
            assert_eq!(of_opening_credit(text).as_deref(), Some(name), "{text}");
        }
        for text in [
            "他说（记者问他时）这件事早就定了。",
            "（记者：你怎么看？）我觉得不好。",
            "（记者会上，他没有回答）",
            "会议开幕前，代表们在大厅里交谈了很久，气氛十分热烈，许多人都在等待（记者 张三）",
            "（编者按：本文作者是一位老师）",
            "他们说(记者 张三)到过现场。",
            "（本报记者 王五摄）",
            "本報訊（記者王五攝）颱風過境。",
        ] {
            assert_eq!(of_opening_credit(text), None, "{text}");
        }
        assert_ne!(
            of_line("文/张某：某某大学教授").as_deref(),
            Some("某某大学教授")
        );
        for line in [
            "By 2030, the city will have grown.",
            "by the river we sat down",
            "文化部今天宣布",
            "作者说，在这之前，就已经接到了他们的电话，要求删除文章：",
            "记者：我们也注意到，众议院中国工作小组中只有共和党成员。",
            "记者今天在现场看到的情况报道",
            "记者今天",
            "本报记者今天在现场看到很多人排队",
            "记者 张三说这件事早就定了",
            "Written by Shakespeare in 1600, the play endures.",
            "By Jane on the beach",
            "By Friday, 40 people had been arrested.",
            "By Christmas, 2020 had become a blur.",
            "By Tuesday, March 5, the votes were counted.",
            "By Dawn on Monday the streets were empty.",
            "By God — he was right all along.",
            "By Heaven - no!",
            "By Jove | what a find.",
            "执笔：这两个字在古代指的是写作的人。",
            "采写：一个好的记者要学会提问。",
            "執筆：林語堂晚年的一本書",
            "撰写/修改论文的技巧有三点：",
            // Credit lines are read by `of_credit_line`, near the start.
            "Written by Jane Doe",
            "Author: Jane Doe",
            "作者",
        ] {
            assert_eq!(of_line(line), None, "{line}");
        }
    }

    #[test]
    fn a_contact_or_a_pronoun_is_no_author() {
        assert_eq!(of_author_note("合作请联系小编"), None);
        assert_eq!(of_author_note("我们系一群热爱阅读的年轻编辑"), None);
        assert_eq!(
            of_author_note("罗芃系北京大学西方语言文学系教授").as_deref(),
            Some("罗芃")
        );
        // A transliterated name, joined by Taiwan's dot.
        assert_eq!(
            of_author_note("約翰‧史密斯系哈佛大學歷史系教授").as_deref(),
            Some("約翰‧史密斯")
        );
    }
}
