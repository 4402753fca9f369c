//! Feed furniture: the lines that feed services, blog platforms and WeChat
//! accounts add around an article, on every host. Examples:
//! - "… was originally published in … on Medium, where people are
//!   continuing the conversation…", "The post … appeared first on …",
//!   "本文最初发表于…";
//! - "Continue reading on Medium »", "阅读全文";
//! - subscribe and follow prompts, "微信搜索“…”", "点个在看";
//! - related-reading lines ("延伸閱讀：…");
//! - back-to-top links;
//! - blog and newsletter platforms' post footers: share buttons written
//!   out, tags and categories, the previous and next post, comment counts,
//!   "If you enjoyed this post, please subscribe", "上一篇：…", "—— END ——".
//!
//! A line is furniture by what it says, judged on the whole line and only
//! when it is short: prose that mentions a WeChat account or a subscription
//! ("吉林省應急管理廳通過官方微信公眾號分享…") is never furniture. What leaves
//! the text is kept in `Article::boilerplate`.
//!
//! Every rule is one row of a table: [`LINKS`] for lines that are a link
//! and nothing else, [`RULES`] for a phrase at the start of a line or
//! anywhere in it. The phrases are searched with automata built from the
//! same rows, so the cheap first test that every line of every paragraph
//! goes through cannot miss a rule.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};
use memchr::memmem::Finder;

/// Where a rule's phrase stands in the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum At {
    /// The line opens with it.
    Start,
    /// Anywhere in the line.
    Anywhere,
    /// The line ends with it, but for closing punctuation.
    End,
}

/// What the rest of the line must be for a found phrase to make it
/// furniture.
#[derive(Debug, Clone, Copy)]
enum Rest {
    /// Anything.
    Any,
    /// The line (ASCII case ignored) also holds one of these.
    Contains(&'static [&'static str]),
    /// The line also holds one of these, as written: for needles that
    /// lines write one way (Chinese words, `http`), which need no
    /// lower-case copy of the line.
    Has(&'static [&'static str]),
    /// The line holds one of the first needles and one of the second, as
    /// written.
    HasBoth(&'static [&'static str], &'static [&'static str]),
    /// The text right after the phrase opens with one of these (ASCII case
    /// ignored); `""` lets the line end there.
    Follows(&'static [&'static str]),
    /// A colon right after the phrase (a label), and what follows it one
    /// sentence: a disclaimer, not a post that opens with one.
    Disclaims,
    /// The line (ASCII case ignored) holds one of these, or a field after a
    /// `|` that counts the post's comments (`| 3 Comments`, `| No
    /// Comments`): a blog's post footer.
    Footer(&'static [&'static str]),
    /// `in`, `on` or `at` and the publication's name right after the
    /// phrase (capitalised, in Chinese or a domain), and one sentence:
    /// where the post first appeared, not a story about a book that was.
    Publisher,
}

/// One furniture rule: a phrase, where it stands, the longest line in
/// characters it applies to, and what the rest must be. A phrase opening a
/// line is found whatever its ASCII case; one inside a line, as written (in
/// lower case, as the middle of a sentence writes it).
#[derive(Debug, Clone, Copy)]
struct Rule {
    phrase: &'static str,
    at: At,
    max_chars: usize,
    rest: Rest,
}

/// The longest furniture line, in characters: a sentence or two.
const MAX_CHARS: usize = 160;

/// The longest republication note, in characters: it holds the post's
/// title and the publication's name.
const MAX_NOTE_CHARS: usize = 320;

/// The longest WeChat prompt, in characters: the prompts are one short
/// sentence, and prose that names an account is longer.
const PROMPT_CHARS: usize = 60;

const fn start(phrase: &'static str, max_chars: usize, rest: Rest) -> Rule {
    Rule {
        phrase,
        at: At::Start,
        max_chars,
        rest,
    }
}

const fn end(phrase: &'static str, max_chars: usize) -> Rule {
    Rule {
        phrase,
        at: At::End,
        max_chars,
        rest: Rest::Any,
    }
}

const fn anywhere(phrase: &'static str, max_chars: usize, rest: Rest) -> Rule {
    Rule {
        phrase,
        at: At::Anywhere,
        max_chars,
        rest,
    }
}

/// Where an English note on a first publication names the publisher.
const FIRST_IN: Rest = Rest::Publisher;

/// Where an English republication note names the first publisher.
const PUBLISHED_WHERE: Rest = Rest::Contains(&[" on ", " in ", " at "]);
/// What may follow a related-reading label: nothing, or a separator.
const LABEL_END: Rest = Rest::Follows(&["", "：", ":", " ", "|", "｜"]);
/// What a note on where the text comes from calls it: an introduction, a
/// foreword, an excerpt (`本文为《…》中文版导读`).
const INTRODUCES: Rest = Rest::Contains(&[
    "导读", "導讀", "导言", "導言", "导论", "導論", "序言", "前言", "后记", "後記", "节选", "節選",
]);
/// How the author's line about their other platforms goes on.
const ELSEWHERE: Rest = Rest::Follows(&["出沒", "出没", "：", ":", "【", " "]);
/// What a contact line gives: an address, a link or an account.
const CONTACT: Rest = Rest::Contains(&["@", "http", "微信", "电话", "電話", "email", "e-mail"]);
/// What a `阅读更多` link line names: nothing, or more of what.
const MORE_OF: Rest = Rest::Follows(&["", "：", ":", " ", "话题", "話題", "»", "→", "…"]);
/// How a newsletter's note on itself goes on (`這份電子報每週…`), not a
/// report (`这份电子报告`).
const NEWSLETTER_IS: Rest = Rest::Follows(&["每", "是", "由", "將", "将", "會", "会", "，"]);
/// What a Chinese subscription prompt names after `订阅`.
const SUBSCRIBE_WHAT: Rest = Rest::Follows(&[
    "【",
    "《",
    "“",
    "「",
    "本",
    "我们",
    "我們",
    "我的",
    "电子报",
    "電子報",
]);
/// What a prompt to click above or below offers: to follow the account.
const CLICK_TO_FOLLOW: Rest = Rest::Contains(&[
    "关注我",
    "關注我",
    "关注本",
    "關注本",
    "关注公众号",
    "關注公眾號",
    "方关注",
    "方關注",
    "”关注",
    "」关注",
    "」關注",
    "蓝字",
    "藍字",
    "阅读原文",
    "閱讀原文",
    "阅读全文",
    "閱讀全文",
    "卡片关注",
    "卡片關注",
    "名片关注",
    "名片關注",
    "二维码关注",
    "二維碼關注",
    "设为星标",
    "設為星標",
    "订阅我们",
    "訂閱我們",
    "链接订阅",
    "連結訂閱",
]);
/// What a "click here" line offers: more of the feed, not a step of a
/// tutorial.
const CLICK_FOR: Rest = Rest::Contains(&[
    "subscri",
    "read more",
    "read the full",
    "full story",
    "full article",
    "sign up",
    "donate",
    "newsletter",
    "more articles",
    "more stories",
]);
/// Where a share button sends the post.
const SHARE_TO: Rest = Rest::Follows(&[
    "",
    "：",
    ":",
    " ",
    "微信",
    "朋友圈",
    "微博",
    "facebook",
    "twitter",
    "line",
]);
/// `本文来源：…`, `文章来源于网络`.
const SOURCE_IS: Rest = Rest::Follows(&["", "：", ":", " ", "于", "於"]);
/// The accounts a "follow me on" line names.
const ACCOUNTS: Rest = Rest::Follows(&[
    "twitter",
    "x ",
    "x.",
    "x:",
    "instagram",
    "facebook",
    "medium",
    "linkedin",
    "youtube",
    "mastodon",
    "bluesky",
    "threads",
    "tiktok",
    "substack",
    "telegram",
    "@",
    "http",
]);
/// What a closing "if you enjoyed this" line is about: the post.
const OF_THE_POST: Rest = Rest::Follows(&[
    "post",
    "article",
    "story",
    "newsletter",
    "piece",
    "essay",
    "issue",
    "episode",
]);
/// The line a tag or category list is: items apart.
const TAG_LIST: Rest = Rest::Contains(&[",", "，", "、", "|", "｜", " / ", "#"]);
/// What follows "Next post" and the like on a line of its own: a title
/// after a colon or a bar, or nothing.
const NEIGHBOUR: Rest = Rest::Follows(&["", "：", ":", "|", "｜", " |", " ｜", " :", " »", " «"]);

/// What a referral line names: a referral link or code.
const REFERRAL: &[&str] = &[
    "推薦連結",
    "推荐链接",
    "邀請連結",
    "邀请链接",
    "推薦碼",
    "推荐码",
    "邀請碼",
    "邀请码",
];
/// How a referral line speaks for the author: their link, or a reward for
/// both of "you and me".
const BY_ME: &[&str] = &["我的", "你我"];
/// What an English referral line promises.
const REWARD: Rest = Rest::Contains(&["both", "free", "bonus", "credit", "$", "€", "£"]);
/// What an ask for support asks for: money, a subscription, a membership
/// (each at a word's start: `remember` asks for nothing).
const SUPPORT: Rest = Rest::Contains(&[
    " donat",
    " support",
    " subscrib",
    " member",
    " patreon",
    " contribut",
    " tip jar",
    " buy me a coffee",
    " chip in",
]);
/// Why a notification prompt asks for the bell.
const NEVER_MISS: Rest = Rest::Contains(&[
    "never miss",
    "don't miss",
    "don’t miss",
    "subscribe",
    "get notified",
]);

/// The phrase rules. No `Start` phrase opens another (a test checks it):
/// a line's longest opening phrase is its only one.
const RULES: &[Rule] = &[
    // Republication notes: where the post first appeared.
    anywhere(
        " was originally published ",
        MAX_NOTE_CHARS,
        PUBLISHED_WHERE,
    ),
    start("originally published ", MAX_NOTE_CHARS, PUBLISHED_WHERE),
    start(
        "the post ",
        MAX_NOTE_CHARS,
        Rest::Contains(&[" appeared first on ", " first appeared on "]),
    ),
    start("本文最初发表于", MAX_NOTE_CHARS, Rest::Any),
    start("本文最初發表於", MAX_NOTE_CHARS, Rest::Any),
    start("本文首发于", MAX_NOTE_CHARS, Rest::Any),
    start("本文首發於", MAX_NOTE_CHARS, Rest::Any),
    start("本文原载于", MAX_NOTE_CHARS, Rest::Any),
    start("本文原載於", MAX_NOTE_CHARS, Rest::Any),
    start("本文原刊于", MAX_NOTE_CHARS, Rest::Any),
    start("本文原刊於", MAX_NOTE_CHARS, Rest::Any),
    start("原文首发于", MAX_NOTE_CHARS, Rest::Any),
    start("原文首發於", MAX_NOTE_CHARS, Rest::Any),
    start("本文转载自", MAX_NOTE_CHARS, Rest::Any),
    start("本文轉載自", MAX_NOTE_CHARS, Rest::Any),
    start("本文刊登於", MAX_NOTE_CHARS, Rest::Any),
    start("本文刊登于", MAX_NOTE_CHARS, Rest::Any),
    start("本文原來刊登於", MAX_NOTE_CHARS, Rest::Any),
    start("本文原来刊登于", MAX_NOTE_CHARS, Rest::Any),
    start("本文原刊登於", MAX_NOTE_CHARS, Rest::Any),
    start("本文原刊登于", MAX_NOTE_CHARS, Rest::Any),
    start("本文刊於", MAX_NOTE_CHARS, Rest::Any),
    start("本文刊于", MAX_NOTE_CHARS, Rest::Any),
    start("本文原發表於", MAX_NOTE_CHARS, Rest::Any),
    start("本文原发表于", MAX_NOTE_CHARS, Rest::Any),
    start("本文原發於", MAX_NOTE_CHARS, Rest::Any),
    start("本文原发于", MAX_NOTE_CHARS, Rest::Any),
    start("原文刊於", MAX_NOTE_CHARS, Rest::Any),
    start("原文刊于", MAX_NOTE_CHARS, Rest::Any),
    start("原文刊登於", MAX_NOTE_CHARS, Rest::Any),
    start("原文刊登于", MAX_NOTE_CHARS, Rest::Any),
    start("原文發表於", MAX_NOTE_CHARS, Rest::Any),
    start("原文发表于", MAX_NOTE_CHARS, Rest::Any),
    start("原文載於", MAX_NOTE_CHARS, Rest::Any),
    start("原文载于", MAX_NOTE_CHARS, Rest::Any),
    start("原載於", MAX_NOTE_CHARS, Rest::Any),
    start("原载于", MAX_NOTE_CHARS, Rest::Any),
    // Where an excerpt or an introduction comes from.
    start("本文选自", MAX_CHARS, Rest::Any),
    start("本文選自", MAX_CHARS, Rest::Any),
    start("本文节选自", MAX_CHARS, Rest::Any),
    start("本文節選自", MAX_CHARS, Rest::Any),
    start("本文摘自", MAX_CHARS, Rest::Any),
    start("本文摘编自", MAX_CHARS, Rest::Any),
    start("本文摘編自", MAX_CHARS, Rest::Any),
    start("本文出处", MAX_CHARS, LABEL_END),
    start("本文出處", MAX_CHARS, LABEL_END),
    start("摘自", MAX_CHARS, Rest::Contains(&["《"])),
    start("本文为", MAX_CHARS, INTRODUCES),
    start("本文為", MAX_CHARS, INTRODUCES),
    start("本文系", MAX_CHARS, INTRODUCES),
    start("原文链接", MAX_CHARS, LABEL_END),
    start("原文鏈接", MAX_CHARS, LABEL_END),
    start("原文网址", MAX_CHARS, LABEL_END),
    start("原文網址", MAX_CHARS, LABEL_END),
    start("英文原文", MAX_CHARS, LABEL_END),
    start("原标题", MAX_CHARS, LABEL_END),
    start("原標題", MAX_CHARS, LABEL_END),
    // Permission notes ending a source line: `…，由某出版社授权刊发。`
    end("授权刊发", MAX_CHARS),
    end("授權刊發", MAX_CHARS),
    end("授权发布", MAX_CHARS),
    end("授權發布", MAX_CHARS),
    end("授权发表", MAX_CHARS),
    end("授權發表", MAX_CHARS),
    end("授权转载", MAX_CHARS),
    end("授權轉載", MAX_CHARS),
    end("许可翻译", MAX_CHARS),
    end("許可翻譯", MAX_CHARS),
    // English republication notes.
    start(
        "this article is republished from ",
        MAX_NOTE_CHARS,
        Rest::Any,
    ),
    start(
        "this article originally appeared ",
        MAX_NOTE_CHARS,
        Rest::Any,
    ),
    start("this story originally appeared ", MAX_NOTE_CHARS, Rest::Any),
    start("this post originally appeared ", MAX_NOTE_CHARS, Rest::Any),
    start("this piece originally appeared ", MAX_NOTE_CHARS, Rest::Any),
    start("this essay originally appeared ", MAX_NOTE_CHARS, Rest::Any),
    start("this article first appeared ", MAX_NOTE_CHARS, Rest::Any),
    start("this story first appeared ", MAX_NOTE_CHARS, Rest::Any),
    start("this post first appeared ", MAX_NOTE_CHARS, Rest::Any),
    start(
        "this article was first published ",
        MAX_NOTE_CHARS,
        FIRST_IN,
    ),
    start("this story was first published ", MAX_NOTE_CHARS, FIRST_IN),
    start("this post was first published ", MAX_NOTE_CHARS, FIRST_IN),
    start("this piece was first published ", MAX_NOTE_CHARS, FIRST_IN),
    start("this essay was first published ", MAX_NOTE_CHARS, FIRST_IN),
    start(
        "this interview was first published ",
        MAX_NOTE_CHARS,
        FIRST_IN,
    ),
    start("this review was first published ", MAX_NOTE_CHARS, FIRST_IN),
    start("this column was first published ", MAX_NOTE_CHARS, FIRST_IN),
    start("first published ", MAX_NOTE_CHARS, FIRST_IN),
    start(
        "a version of this article appeared ",
        MAX_NOTE_CHARS,
        Rest::Any,
    ),
    start(
        "a version of this story appeared ",
        MAX_NOTE_CHARS,
        Rest::Any,
    ),
    start("originally posted ", MAX_NOTE_CHARS, PUBLISHED_WHERE),
    start("cross-posted from ", MAX_NOTE_CHARS, Rest::Any),
    start("crossposted from ", MAX_NOTE_CHARS, Rest::Any),
    // Copyright and reprint notices.
    start("版权声明", MAX_CHARS, LABEL_END),
    start("版權聲明", MAX_CHARS, LABEL_END),
    // A disclaimer under its label (`免责声明：本文仅供参考`), the line
    // no more than it (see `Rest::Disclaims`).
    start("免责声明", MAX_CHARS, Rest::Disclaims),
    start("免責聲明", MAX_CHARS, Rest::Disclaims),
    start("disclaimer", MAX_CHARS, Rest::Disclaims),
    end("版权所有", MAX_CHARS),
    end("版權所有", MAX_CHARS),
    end("不得转载", MAX_CHARS),
    end("不得轉載", MAX_CHARS),
    end("违者必究", MAX_CHARS),
    end("違者必究", MAX_CHARS),
    end("转载请注明出处", MAX_CHARS),
    end("轉載請註明出處", MAX_CHARS),
    // `未经授权，禁止转载`, not a sentence about it (`…在文末写上禁止转载`).
    end("授权，禁止转载", MAX_CHARS),
    end("授权禁止转载", MAX_CHARS),
    end("授權，禁止轉載", MAX_CHARS),
    end("授權禁止轉載", MAX_CHARS),
    // `文章来源于网络，如有侵权请联系删除`.
    end("请联系删除", MAX_CHARS),
    end("請聯繫刪除", MAX_CHARS),
    end("请联系我们删除", MAX_CHARS),
    end("請聯繫我們刪除", MAX_CHARS),
    start("转载请联系", PROMPT_CHARS, Rest::Any),
    start("轉載請聯繫", PROMPT_CHARS, Rest::Any),
    start("如需转载", PROMPT_CHARS, Rest::Any),
    start("如需轉載", PROMPT_CHARS, Rest::Any),
    start("本文经授权", MAX_CHARS, Rest::Any),
    start("本文經授權", MAX_CHARS, Rest::Any),
    start("本文已获", PROMPT_CHARS, Rest::Contains(&["授权"])),
    start("本文已獲", PROMPT_CHARS, Rest::Contains(&["授權"])),
    start("本文来源", MAX_CHARS, SOURCE_IS),
    start("本文來源", MAX_CHARS, SOURCE_IS),
    start("文章来源", MAX_CHARS, SOURCE_IS),
    start("文章來源", MAX_CHARS, SOURCE_IS),
    end("rights reserved", MAX_CHARS),
    // A signature's label over the author's closing links (`…的簽名檔`).
    end("的簽名檔", PROMPT_CHARS),
    end("的签名档", PROMPT_CHARS),
    // Subscribe and follow prompts.
    // A prompt to follow or to read the original, not a tutorial's step
    // (`点击上方的菜单栏`).
    start("点击", PROMPT_CHARS, CLICK_TO_FOLLOW),
    start("點擊", PROMPT_CHARS, CLICK_TO_FOLLOW),
    start("點選", PROMPT_CHARS, CLICK_TO_FOLLOW),
    start(
        "长按",
        PROMPT_CHARS,
        Rest::Contains(&[
            "识别图中",
            "识别二维码",
            "二维码关注",
            "关注我们",
            "关注公众号",
        ]),
    ),
    start(
        "長按",
        PROMPT_CHARS,
        Rest::Contains(&[
            "識別圖中",
            "識別二維碼",
            "二維碼關注",
            "關注我們",
            "關注公眾號",
        ]),
    ),
    start("欢迎订阅", PROMPT_CHARS, Rest::Any),
    start("歡迎訂閱", PROMPT_CHARS, Rest::Any),
    // Share buttons written out (`分享到：`, `分享至微信`).
    start("分享到", 10, SHARE_TO),
    start("分享至", 10, SHARE_TO),
    end("设为星标", PROMPT_CHARS),
    end("設為星標", PROMPT_CHARS),
    // Follow and join prompts naming an account or a group in brackets
    // (`追蹤【…】…`, `加入【…】圍爐`), and the author's other platforms.
    start("追蹤【", PROMPT_CHARS, Rest::Any),
    start("追踪【", PROMPT_CHARS, Rest::Any),
    start("关注【", PROMPT_CHARS, Rest::Any),
    start("關注【", PROMPT_CHARS, Rest::Any),
    start("加入【", PROMPT_CHARS, Rest::Any),
    start("我在其它平台", PROMPT_CHARS, ELSEWHERE),
    start("我在其他平台", PROMPT_CHARS, ELSEWHERE),
    start(
        "thanks for reading",
        MAX_CHARS,
        Rest::Contains(&["subscribe", "follow me", "share this"]),
    ),
    // Referral sign-ups by the author: `使用我的推薦連結註冊…`, `使用某某推薦
    // 連結註冊…，你我雙方都會…`, `Sign up with my referral link and we both
    // get…`; not news of referral schemes.
    start("使用", MAX_CHARS, Rest::HasBoth(REFERRAL, BY_ME)),
    start("用我的", MAX_CHARS, Rest::Has(REFERRAL)),
    start("透過我的", MAX_CHARS, Rest::Has(REFERRAL)),
    start("通過我的", MAX_CHARS, Rest::Has(REFERRAL)),
    start("通过我的", MAX_CHARS, Rest::Has(REFERRAL)),
    start("sign up with my referral", MAX_CHARS, REWARD),
    start("sign up using my referral", MAX_CHARS, REWARD),
    start("use my referral link", MAX_CHARS, REWARD),
    start("use my referral code", MAX_CHARS, REWARD),
    // A channel's bell, asked for: `Turn on notifications so you never
    // miss a post`; not a tutorial's step.
    start("turn on notifications", PROMPT_CHARS, NEVER_MISS),
    start("turn on post notifications", PROMPT_CHARS, NEVER_MISS),
    start("hit the bell", PROMPT_CHARS, NEVER_MISS),
    start("don't forget to subscribe", PROMPT_CHARS, Rest::Any),
    start(
        "give a gift subscription",
        PROMPT_CHARS,
        Rest::Follows(&[""]),
    ),
    // `发于端传媒：https://…`: a short note of where the post also stands.
    start("发于", MAX_CHARS, Rest::Contains(&["http"])),
    start("發於", MAX_CHARS, Rest::Contains(&["http"])),
    start("首发于", PROMPT_CHARS, Rest::Any),
    start("首發於", PROMPT_CHARS, Rest::Any),
    // Contact lines and comment prompts.
    start("网友如有评论", PROMPT_CHARS, Rest::Any),
    start("網友如有評論", PROMPT_CHARS, Rest::Any),
    start("合作联系", PROMPT_CHARS, CONTACT),
    start("合作聯繫", PROMPT_CHARS, CONTACT),
    start("商务合作", PROMPT_CHARS, CONTACT),
    start("商務合作", PROMPT_CHARS, CONTACT),
    start("投稿邮箱", PROMPT_CHARS, CONTACT),
    start("投稿信箱", PROMPT_CHARS, CONTACT),
    start("欢迎您在", PROMPT_CHARS, Rest::Contains(&["评论", "留言"])),
    start("歡迎您在", PROMPT_CHARS, Rest::Contains(&["評論", "留言"])),
    start("欢迎在", PROMPT_CHARS, Rest::Contains(&["评论", "留言"])),
    start("歡迎在", PROMPT_CHARS, Rest::Contains(&["評論", "留言"])),
    start("阅读更多", PROMPT_CHARS, MORE_OF),
    start("閱讀更多", PROMPT_CHARS, MORE_OF),
    end("请勿用作其他用途", MAX_CHARS),
    end("請勿用作其他用途", MAX_CHARS),
    end("请勿转载", MAX_CHARS),
    end("請勿轉載", MAX_CHARS),
    end("欢迎参与讨论", MAX_CHARS),
    end("歡迎參與討論", MAX_CHARS),
    end("欢迎留言", PROMPT_CHARS),
    end("歡迎留言", PROMPT_CHARS),
    end("欢迎转发", PROMPT_CHARS),
    end("歡迎轉發", PROMPT_CHARS),
    end("欢迎分享转发", PROMPT_CHARS),
    end("歡迎分享轉發", PROMPT_CHARS),
    start("微信搜索", MAX_CHARS, Rest::Any),
    start("请微信搜索", MAX_CHARS, Rest::Any),
    start("請微信搜索", MAX_CHARS, Rest::Any),
    anywhere(
        "公众号",
        PROMPT_CHARS,
        Rest::Contains(&[
            "关注本公众号",
            "关注我们的公众号",
            "欢迎关注我的公众号",
            "请关注我的公众号",
            "关注公众号",
            "原文链接",
        ]),
    ),
    anywhere(
        "公眾號",
        PROMPT_CHARS,
        Rest::Contains(&[
            "關注本公眾號",
            "關注我們的公眾號",
            "歡迎關注我的公眾號",
            "請關注我的公眾號",
            "關注公眾號",
            "原文鏈接",
            "原文連結",
        ]),
    ),
    anywhere("扫码", PROMPT_CHARS, Rest::Contains(&["扫码关注"])),
    anywhere("掃碼", PROMPT_CHARS, Rest::Contains(&["掃碼關注"])),
    anywhere(
        "二维码",
        PROMPT_CHARS,
        Rest::Contains(&["长按识别二维码", "扫描二维码", "扫描下方二维码"]),
    ),
    anywhere(
        "二維碼",
        PROMPT_CHARS,
        Rest::Contains(&["長按識別二維碼", "掃描二維碼", "掃描下方二維碼"]),
    ),
    anywhere(
        "在看",
        PROMPT_CHARS,
        Rest::Contains(&[
            "点个在看",
            "點個在看",
            "点亮在看",
            "点个“在看”",
            "点个「在看」",
            "點個「在看」",
            "點個“在看”",
            "点“在看”",
            // The three asks in a row, asked for (`点赞、在看、转发，三连
            // 支持一下`), not a sentence about them.
            "三连",
            "三連",
        ]),
    ),
    anywhere(
        "赞",
        PROMPT_CHARS,
        Rest::Contains(&["欢迎点赞", "喜欢就点个赞", "点个赞再走"]),
    ),
    // A newsletter's note on itself: what it is, what it is made with.
    start("這份電子報", MAX_NOTE_CHARS, NEWSLETTER_IS),
    start("这份电子报", MAX_NOTE_CHARS, NEWSLETTER_IS),
    start("電子報是以", PROMPT_CHARS, Rest::Any),
    start("电子报是以", PROMPT_CHARS, Rest::Any),
    // `原文2017.05.15刊載於 artouch.com`: where and when the text first
    // appeared (one finder for `刊載於`, `刊登於`, `刊于`).
    anywhere(
        "刊",
        PROMPT_CHARS,
        Rest::Contains(&["原文刊", "刊載於", "刊载于", "刊登於", "刊登于"]),
    ),
    anywhere("點讚", PROMPT_CHARS, Rest::Contains(&["歡迎點讚"])),
    start("订阅", PROMPT_CHARS, SUBSCRIBE_WHAT),
    start("訂閱", PROMPT_CHARS, SUBSCRIBE_WHAT),
    start("免费订阅", PROMPT_CHARS, SUBSCRIBE_WHAT),
    start("免費訂閱", PROMPT_CHARS, SUBSCRIBE_WHAT),
    start("subscribe ", MAX_CHARS, Rest::Any),
    start("sign up for ", MAX_CHARS, Rest::Any),
    start("follow us on ", MAX_CHARS, Rest::Any),
    start("follow me on ", MAX_CHARS, ACCOUNTS),
    start("you can follow me on ", MAX_CHARS, ACCOUNTS),
    start("find me on ", MAX_CHARS, ACCOUNTS),
    start("you can find me on ", MAX_CHARS, ACCOUNTS),
    start("connect with me on ", MAX_CHARS, ACCOUNTS),
    start("click here", MAX_CHARS, CLICK_FOR),
    // Newsletter platforms' prompts (Substack, Ghost, Buttondown).
    start("if you enjoyed this ", MAX_CHARS, OF_THE_POST),
    start("if you enjoy this ", MAX_CHARS, OF_THE_POST),
    start("if you liked this ", MAX_CHARS, OF_THE_POST),
    start("if you like this ", MAX_CHARS, OF_THE_POST),
    start(
        "this post is public",
        MAX_CHARS,
        Rest::Follows(&[" so ", ", so ", "."]),
    ),
    start("forwarded this email", MAX_CHARS, Rest::Any),
    start(
        "you're currently a",
        MAX_CHARS,
        Rest::Contains(&["subscriber"]),
    ),
    start(
        "you’re currently a",
        MAX_CHARS,
        Rest::Contains(&["subscriber"]),
    ),
    start(
        "you are currently a",
        MAX_CHARS,
        Rest::Contains(&["subscriber"]),
    ),
    start("become a paid subscriber", MAX_CHARS, Rest::Any),
    // Asks for support (`If you value our journalism, please consider
    // donating`): what is valued is the writer's work, and what is asked
    // is money or a subscription.
    start("if you value our work", MAX_CHARS, SUPPORT),
    start("if you value our journalism", MAX_CHARS, SUPPORT),
    start("if you value our reporting", MAX_CHARS, SUPPORT),
    start("if you value my work", MAX_CHARS, SUPPORT),
    start("if you value my writing", MAX_CHARS, SUPPORT),
    start("if you value this newsletter", MAX_CHARS, SUPPORT),
    start("if you value this work", MAX_CHARS, SUPPORT),
    start("if you value independent journalism", MAX_CHARS, SUPPORT),
    start("if you value what we do", MAX_CHARS, SUPPORT),
    start("if you value what i do", MAX_CHARS, SUPPORT),
    start("if you appreciate our work", MAX_CHARS, SUPPORT),
    start("if you appreciate my work", MAX_CHARS, SUPPORT),
    start("if you appreciate my writing", MAX_CHARS, SUPPORT),
    start("if you appreciate this newsletter", MAX_CHARS, SUPPORT),
    start("if you appreciate what we do", MAX_CHARS, SUPPORT),
    start("if you appreciate what i do", MAX_CHARS, SUPPORT),
    start("if you enjoy my work", MAX_CHARS, SUPPORT),
    start("if you enjoy my writing", MAX_CHARS, SUPPORT),
    // One finder for the prompts to subscribe inside a line.
    anywhere(
        "subscrib",
        MAX_CHARS,
        Rest::Contains(&[
            "click here to subscribe",
            "subscribe and listen to",
            "by becoming a paid subscriber",
            "consider becoming a paid subscriber",
            "please consider subscribing",
            "consider subscribing to my",
            "consider subscribing to this",
            "consider subscribing to our",
        ]),
    ),
    anywhere(
        "to your inbox",
        MAX_CHARS,
        Rest::Contains(&[
            "delivered right to your inbox",
            "delivered straight to your inbox",
            "delivered directly to your inbox",
            "sign up",
            "subscribe",
        ]),
    ),
    // Blog platforms' post footers: categories, tags, neighbours, and the
    // count of comments (`Posted in Tech | 3 Comments`, `| No Comments`).
    start(
        "posted in ",
        PROMPT_CHARS,
        Rest::Footer(&["uncategori", "| tagged", "| leave a comment"]),
    ),
    // A list of tags, not a sentence about them (`Tags: the field that…`).
    start("tags:", MAX_CHARS, TAG_LIST),
    start("tagged:", MAX_CHARS, TAG_LIST),
    start("filed under", MAX_CHARS, Rest::Follows(&[":", "：", " :"])),
    start("categories:", MAX_CHARS, TAG_LIST),
    start("标签", MAX_CHARS, TAG_LIST),
    start("標籤", MAX_CHARS, TAG_LIST),
    start("上一篇", MAX_CHARS, NEIGHBOUR),
    start("下一篇", MAX_CHARS, NEIGHBOUR),
    start("上一則", MAX_CHARS, NEIGHBOUR),
    start("下一則", MAX_CHARS, NEIGHBOUR),
    start("previous post", MAX_CHARS, NEIGHBOUR),
    start("next post", MAX_CHARS, NEIGHBOUR),
    start("previous article", MAX_CHARS, NEIGHBOUR),
    start("next article", MAX_CHARS, NEIGHBOUR),
    start("previous story", MAX_CHARS, NEIGHBOUR),
    start("next story", MAX_CHARS, NEIGHBOUR),
    anywhere(
        "订阅",
        MAX_CHARS,
        Rest::Contains(&["请点击此处订阅", "点击这里订阅", "订阅 rss"]),
    ),
    anywhere(
        "訂閱",
        MAX_CHARS,
        Rest::Contains(&["請點擊此處訂閱", "點擊這裡訂閱", "訂閱 rss"]),
    ),
    // Related-reading labels.
    start("延伸阅读", MAX_CHARS, LABEL_END),
    start("延伸閱讀", MAX_CHARS, LABEL_END),
    start("相关阅读", MAX_CHARS, LABEL_END),
    start("相關閱讀", MAX_CHARS, LABEL_END),
    start("推荐阅读", MAX_CHARS, LABEL_END),
    start("推薦閱讀", MAX_CHARS, LABEL_END),
    start("相关文章", MAX_CHARS, LABEL_END),
    start("相关报道", MAX_CHARS, LABEL_END),
    start("相關報道", MAX_CHARS, LABEL_END),
    start("相關報導", MAX_CHARS, LABEL_END),
    start("相关新闻", MAX_CHARS, LABEL_END),
    start("相關新聞", MAX_CHARS, LABEL_END),
    start("相關文章", MAX_CHARS, LABEL_END),
    start("往期回顾", MAX_CHARS, LABEL_END),
    start("往期回顧", MAX_CHARS, LABEL_END),
    start("related:", MAX_CHARS, Rest::Any),
    start("read also:", MAX_CHARS, Rest::Any),
    start("see also:", MAX_CHARS, Rest::Any),
    start("also read:", MAX_CHARS, Rest::Any),
    start("related reading:", MAX_CHARS, Rest::Any),
    start("read more:", MAX_CHARS, Rest::Any),
    start("read next:", MAX_CHARS, Rest::Any),
    start("更多阅读", MAX_CHARS, LABEL_END),
    start("更多閱讀", MAX_CHARS, LABEL_END),
];

/// Lines that are a link and nothing else (`Continue reading on Medium »`,
/// `回到顶部`), compared with the line once the marks around a link (`»`,
/// `…`, arrows, brackets) are off, ASCII case ignored; spaces between
/// Chinese characters do not count. With `true`, the key may be followed by
/// ` on ` or ` at ` and a short name ("Continue reading on The Startup",
/// "Read the full story at The Atlantic").
const LINKS: &[(&str, bool)] = &[
    ("continue reading", true),
    ("read more", true),
    ("read the full story", true),
    ("read the full article", true),
    ("keep reading", true),
    ("read the rest of this entry", false),
    ("read the rest of this post", false),
    ("view original post", false),
    ("阅读全文", false),
    ("閱讀全文", false),
    ("阅读原文", false),
    ("閱讀原文", false),
    ("查看原文", false),
    ("点击阅读原文", false),
    ("點擊閱讀原文", false),
    ("继续阅读", false),
    ("繼續閱讀", false),
    ("长按此处阅读文章", false),
    ("長按此處閱讀文章", false),
    ("轻触阅读原文", false),
    ("輕觸閱讀原文", false),
    // Buttons of newsletter and blog platforms, and WeChat's page.
    ("share", false),
    ("share this:", false),
    ("like this:", false),
    ("leave a comment", true),
    ("leave a reply", false),
    ("subscribe", false),
    ("subscribe now", false),
    ("预览时标签不可点", false),
    ("預覽時標籤不可點", false),
    ("微信扫一扫关注该公众号", false),
    ("微信掃一掃關注該公眾號", false),
    ("继续滑动看下一个", false),
    ("繼續滑動看下一個", false),
    ("向上滑动看下一个", false),
    ("向上滑動看下一個", false),
    // Back to the top of the page or its contents.
    ("回到顶部", false),
    ("回到頂部", false),
    ("返回顶部", false),
    ("返回頂部", false),
    ("回到目录", false),
    ("回到目錄", false),
    ("返回目录", false),
    ("返回目錄", false),
    ("back to top", false),
    ("top of page", false),
    ("skip to content", false),
    // Post footers of blog and newsletter platforms.
    ("share this post", false),
    ("share this article", false),
    ("share this story", false),
    ("share this page", false),
    ("share on facebook", false),
    ("share on twitter", false),
    ("share on x", false),
    ("share on linkedin", false),
    ("share via email", false),
    ("copy link", false),
    ("no comments", false),
    ("loading", false),
    ("older posts", false),
    ("newer posts", false),
    ("upgrade to paid", false),
    ("read in app", false),
    ("open in app", false),
    ("get the app", false),
    ("view in browser", false),
    ("view this email in your browser", false),
    ("unsubscribe", false),
    ("advertisement", false),
    ("sponsored", false),
    ("join the conversation", false),
    ("become a member", false),
    ("buy me a coffee", false),
    ("listen to this article", false),
    ("listen to this episode", false),
    ("read the original article", false),
    ("read more of this post", false),
    ("关注我们", false),
    ("關注我們", false),
    ("top", false),
    ("return to top", false),
];

/// The longest link line, in bytes.
const MAX_LINK_BYTES: usize = 64;

/// The marks around a link line.
fn is_link_mark(c: char) -> bool {
    matches!(
        c,
        '»' | '›'
            | '→'
            | '«'
            | '‹'
            | '←'
            | '…'
            | '.'
            | ' '
            | '>'
            | '<'
            | '。'
            | '↑'
            | '▲'
            | '⬆'
            | '^'
            | '['
            | ']'
            | '【'
            | '】'
            | '—'
            | '–'
            | '-'
            | '－'
    )
}

/// Whether a short line is one of [`LINKS`].
fn is_link(t: &str) -> bool {
    let t = t.trim_matches(is_link_mark);
    // A WeChat account's end mark (`—— END ——`), in capitals: `End` may
    // be a story's last word.
    if t == "END" {
        return true;
    }
    // Most short lines are told apart by their first character.
    let first = t.chars().next().unwrap_or_default().to_ascii_lowercase();
    if first.is_ascii_digit() {
        return is_comment_count(t);
    }
    if automata().link_openings.binary_search(&first).is_err() {
        return false;
    }
    let compact = (!t.is_ascii() && t.contains(' ')).then(|| t.replace(' ', ""));
    LINKS.iter().any(|&(key, on)| {
        if !key.is_ascii() {
            return compact.as_deref().unwrap_or(t) == key;
        }
        if t.eq_ignore_ascii_case(key) {
            return true;
        }
        let (bytes, n) = (t.as_bytes(), key.len());
        on && t.len() < n + 40
            && bytes.get(..n + 4).is_some_and(|head| {
                head[..n].eq_ignore_ascii_case(key.as_bytes())
                    && match &head[n..] {
                        b" on " => true,
                        // A name or an address after `at` (`… at The
                        // Atlantic`, `… at the Washington Post`, `… at
                        // nytimes.com`), not a phrase (`… at bedtime`).
                        b" at " => is_publication_name(&t[n + 4..]),
                        _ => false,
                    }
            })
    })
}

/// Whether a block that is wholly one link names one of a page's buttons
/// (`Print`, `Email`, `Comments`, `Tweet`, `Related`): words that are
/// furniture only as a link (a tutorial's heading `Comments` stays).
pub(crate) fn is_button_link(text: &str) -> bool {
    let t = text.trim().trim_matches(is_link_mark);
    t.len() <= 16
        && [
            "print",
            "email",
            "e-mail",
            "comments",
            "comment",
            "tweet",
            "related",
            "share",
            "facebook",
            "twitter",
            "linkedin",
            "whatsapp",
            "reddit",
            "pinterest",
            "telegram",
            "微博",
            "微信",
            "打印",
            "列印",
            "分享",
            "评论",
            "評論",
            "留言",
        ]
        .iter()
        .any(|b| t.eq_ignore_ascii_case(b))
}

/// Whether a short block that is wholly one link leads to a newsletter
/// platform's share or subscribe page: Substack's `Share The Weekly`
/// (`…?action=share`), `Subscribe to The Weekly` (`…/subscribe`).
pub(crate) fn is_action_link(url: &url::Url, text: &str) -> bool {
    text.chars().count() <= 40
        && (url.query().is_some_and(|q| {
            q.split('&').any(|kv| {
                matches!(
                    kv,
                    "action=share" | "action=share-post" | "action=subscribe"
                )
            })
        }) || url.path().trim_end_matches('/').ends_with("/subscribe"))
}

/// A post's count of comments (`12 Comments`, `3 条评论`) as a whole line,
/// a link to them. (`12 replies` alone may be a thread's, and stays.)
fn is_comment_count(t: &str) -> bool {
    comment_count(t, COMMENTS) == Some("")
}

/// What a count of comments counts.
const COMMENTS: &[&str] = &[
    "comments",
    "comment",
    "条评论",
    "條評論",
    "则评论",
    "則評論",
    "条留言",
    "條留言",
    "则留言",
    "則留言",
];

/// What a post footer's count counts besides [`COMMENTS`].
const RESPONSES: &[&str] = &["responses", "response", "replies", "reply"];

/// A count opening `text`, ASCII case ignored: a number (`12`, `1,234`,
/// `1.234`, `One`, `No`), then one of `counted` (`Comments`, `条评论`).
/// Gives what follows. A separator stands between digits: `2. Comments`
/// is a numbered heading.
fn comment_count<'t>(text: &'t str, counted: &[&str]) -> Option<&'t str> {
    let bytes = text.as_bytes();
    let mut end = 0;
    while let Some(&b) = bytes.get(end) {
        let separates = matches!(b, b',' | b'.')
            && end > 0
            && bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
        if !b.is_ascii_digit() && !separates {
            break;
        }
        end += 1;
    }
    let rest = match end > 0 {
        true => &text[end..],
        false => ["one ", "no "]
            .iter()
            .find_map(|w| strip_prefix_ignoring_case(text, w))?,
    };
    let rest = rest.trim_start();
    counted
        .iter()
        .find_map(|w| strip_prefix_ignoring_case(rest, w))
}

/// `s` without `prefix`, ASCII case ignored.
fn strip_prefix_ignoring_case<'s>(s: &'s str, prefix: &str) -> Option<&'s str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

/// A group of `Anywhere` rules searched together: those of one line bound,
/// with or without a space in their phrase (a line without a space cannot
/// hold a phrase with one). A group of one or two phrases has a memchr
/// finder for each; a larger one an automaton, which reads the line once
/// and reports its matches leftmost first: no phrase of such a group
/// starts inside another's match (a test checks it), so every phrase's
/// first occurrence is reported.
struct Group {
    spaced: bool,
    max_chars: usize,
    search: Search,
    rules: Vec<&'static Rule>,
}

/// How a [`Group`] searches its phrases.
enum Search {
    /// One finder a phrase, in the order of the rules.
    Finders(Vec<Finder<'static>>),
    Automaton(AhoCorasick),
}

/// The most phrases a group searches with one finder each (ten finders
/// over a short line cost more than one automaton).
const MAX_FINDERS: usize = 2;

impl Group {
    /// Whether a phrase of the group in `t` makes it furniture: each
    /// phrase's first occurrence is the one judged (most rules take any,
    /// `Follows` rules the words right after it).
    fn matches(&self, t: &str, line: &mut Line<'_>) -> bool {
        match &self.search {
            Search::Automaton(automaton) => {
                let mut seen = 0_u64;
                automaton.find_iter(t).any(|m| {
                    let bit = 1_u64 << m.pattern().as_usize();
                    let first = seen & bit == 0;
                    seen |= bit;
                    first && line.fits(self.rules[m.pattern()], m.end())
                })
            }
            Search::Finders(finders) => finders.iter().zip(&self.rules).any(|(f, rule)| {
                f.find(t.as_bytes())
                    .is_some_and(|at| line.fits(rule, at + rule.phrase.len()))
            }),
        }
    }
}

struct Automata {
    /// The `Start` phrases, searched anchored for the longest.
    starts: AhoCorasick,
    /// The characters the `Start` phrases open with (ASCII lower case):
    /// most lines are told apart by their first.
    openings: Vec<char>,
    start_rules: Vec<&'static Rule>,
    anywhere: Vec<Group>,
    /// The `End` phrases, compared with the line's end.
    ends: Vec<&'static Rule>,
    /// The characters they end with, sorted: most lines are told apart by
    /// their last.
    endings: Vec<char>,
    /// The characters the [`LINKS`] open with, sorted.
    link_openings: Vec<char>,
    /// The [`BOX_LABELS`], ASCII case ignored.
    box_labels: AhoCorasick,
}

fn automata() -> &'static Automata {
    static AUTOMATA: OnceLock<Automata> = OnceLock::new();
    AUTOMATA.get_or_init(|| {
        let start_rules: Vec<&Rule> = RULES.iter().filter(|r| r.at == At::Start).collect();
        let starts = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(start_rules.iter().map(|r| r.phrase))
            .expect("valid phrases");
        let mut anywhere: Vec<Group> = Vec::new();
        let ends: Vec<&Rule> = RULES.iter().filter(|r| r.at == At::End).collect();
        let sorted = |mut chars: Vec<char>| {
            chars.sort_unstable();
            chars.dedup();
            chars
        };
        let endings = sorted(
            ends.iter()
                .filter_map(|r| r.phrase.chars().last())
                .collect(),
        );
        let link_openings = sorted(LINKS.iter().filter_map(|(k, _)| k.chars().next()).collect());
        for rule in RULES.iter().filter(|r| r.at == At::Anywhere) {
            let spaced = rule.phrase.contains(' ');
            match anywhere
                .iter_mut()
                .find(|g| g.spaced == spaced && g.max_chars == rule.max_chars)
            {
                Some(group) => group.rules.push(rule),
                None => anywhere.push(Group {
                    spaced,
                    max_chars: rule.max_chars,
                    search: Search::Finders(Vec::new()),
                    rules: vec![rule],
                }),
            }
        }
        for group in &mut anywhere {
            let phrases = group.rules.iter().map(|r| r.phrase);
            group.search = match group.rules.len() > MAX_FINDERS {
                true => Search::Automaton(
                    AhoCorasick::builder()
                        .match_kind(MatchKind::LeftmostFirst)
                        .build(phrases)
                        .expect("valid phrases"),
                ),
                false => Search::Finders(phrases.map(|p| Finder::new(p.as_bytes())).collect()),
            };
        }
        let mut openings: Vec<char> = start_rules
            .iter()
            .filter_map(|r| r.phrase.chars().next())
            .collect();
        openings.sort_unstable();
        openings.dedup();
        let box_labels = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(BOX_LABELS)
            .expect("valid labels");
        Automata {
            box_labels,
            starts,
            openings,
            start_rules,
            anywhere,
            ends,
            endings,
            link_openings,
        }
    })
}

/// Whether `line` is wholly feed furniture.
#[must_use]
pub(crate) fn is_furniture(line: &str) -> bool {
    let raw = line;
    // A `matches!` per character: cheaper than a pattern of characters,
    // on every line.
    let t = line.trim().trim_start_matches(|c: char| {
        matches!(
            c,
            '👉' | '🌱' | '▶' | '►' | '→' | '※' | '*' | ' ' | '（' | '('
        )
    });
    // Most paragraphs are longer than any furniture: a byte bound first.
    if t.is_empty() || t.len() > 4 * MAX_NOTE_CHARS {
        return false;
    }
    if t.len() <= MAX_LINK_BYTES && is_link(t) {
        return true;
    }
    let a = automata();
    let mut line = Line {
        t,
        chars: None,
        lower: None,
    };
    let first = t.chars().next().unwrap_or_default().to_ascii_lowercase();
    if a.openings.binary_search(&first).is_err() {
    } else if let Some(m) = a.starts.find(Input::new(t).anchored(Anchored::Yes)) {
        if line.fits(a.start_rules[m.pattern()], m.end()) {
            return true;
        }
    }
    // Closing thanks, sponsors' codes and bell prompts, told apart by
    // their first character.
    if match first {
        '謝' | '谢' | '感' => is_closing_thanks(t),
        '結' | '结' | '輸' | '输' | '優' | '优' | '折' | 'u' | 'e' | 'g' | 's' => {
            is_sponsor_code(t)
        }
        '記' | '记' | '請' | '请' | '按' | '訂' | '订' | '順' | '顺' | '別' | '别' | '✅'
        | '🔔' => is_bell_prompt(t),
        _ => false,
    } {
        return true;
    }
    let closed = t.trim_end_matches(|c: char| {
        matches!(
            c,
            '。' | '.' | '！' | '!' | '）' | ')' | '」' | '』' | '”' | '"' | '’' | '\'' | ' '
        )
    });
    let last = closed.chars().next_back().unwrap_or_default();
    if a.endings.binary_search(&last).is_ok()
        && a.ends
            .iter()
            .any(|rule| ends_with_ignoring_case(closed, rule.phrase) && line.within(rule.max_chars))
    {
        return true;
    }
    let spaced = memchr::memchr(b' ', t.as_bytes()).is_some();
    a.anywhere.iter().any(|group| {
        if (group.spaced && !spaced) || !line.within(group.max_chars) {
            return false;
        }
        group.matches(t, &mut line)
    }) || (t.len() <= MAX_SHORT_BYTES && is_broadcast_slot(t))
        || (t.len() <= MAX_SHORT_BYTES
        // A sentence is none of the short lines below.
        && !t.ends_with('。')
        && (is_box_label(t)
            || is_platform_list(t)
            || is_account_id(t)
            || is_pointing_prompt(t)
            || is_link_label(t)
            || is_series_nav(t)
            || is_emoji_button(raw)))
}

/// Whether a post footer's field counts the comments: `3 Comments`,
/// `1,234 comments`, `One Comment`, `No Responses »`, `1 Reply` (a
/// [`comment_count`], which may go on), or names them without a count
/// (`Comments Off`).
fn counts_comments(field: &str) -> bool {
    let field = field.trim_start();
    [COMMENTS, RESPONSES].iter().any(|counted| {
        comment_count(field, counted).is_some()
            || counted
                .iter()
                .any(|w| strip_prefix_ignoring_case(field, w).is_some())
    })
}

/// How a source note ending a longer line opens (`本文节选自…`, `原载于…`).
const NOTE_OPENINGS: &[&str] = &["本文", "原文", "原载", "原載", "转载", "轉載"];

/// Where a source note that ends a longer line starts, when one does: an
/// author's note closing with where the text comes from (`…著有《…》等作品。
/// 本文节选自《…》，由…授权刊发。`). The note is the line's last sentence, a
/// furniture line of its own.
pub(crate) fn note_at_end(line: &str) -> Option<usize> {
    let t = line.trim_end();
    let body = t.strip_suffix('。')?;
    // The last `。` before the end, found by its lead byte, which in
    // Chinese text only CJK punctuation has.
    let (bytes, mut end) = (body.as_bytes(), body.len());
    let start = loop {
        let at = memchr::memrchr(0xe3, &bytes[..end])?;
        if bytes.get(at + 1..at + 3) == Some(&[0x80, 0x82]) {
            break at + 3;
        }
        end = at;
    };
    let note = &t[start..];
    (NOTE_OPENINGS.iter().any(|o| note.starts_with(o)) && is_furniture(note)).then_some(start)
}

/// A programme's slot on the air, closing a radio host's post (`週一、週二
/// 18:00–20:00(CST) FM96.3 某某廣播電台。`): a frequency (`FM96.3`, `AM 1080`)
/// and a time of day, in a short line. What follows in its paragraph (how
/// else to listen) is the box it opens.
fn is_broadcast_slot(t: &str) -> bool {
    let bytes = t.as_bytes();
    // `M` is rare in Chinese text: most lines end at one search.
    let Some(at) = memchr::memchr(b'M', bytes) else {
        return false;
    };
    // `FM96.3`, `AM1080`: the band opens a word (`9:15 AM 300` is a time).
    let band = at > 0
        && matches!(bytes[at - 1], b'F' | b'A')
        && (at < 2 || !bytes[at - 2].is_ascii_alphanumeric())
        && !(bytes[at - 1] == b'A'
            && t[..at - 1]
                .trim_end()
                .ends_with(|c: char| c.is_ascii_digit()));
    // `96.3` or `1080`, not a time (`AM 10:30`).
    let after = t[at + 1..].trim_start();
    let run = after
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b'.')
        .count();
    let (number, next) = after.as_bytes().split_at(run);
    let frequency = number.first().is_some_and(u8::is_ascii_digit)
        && (number.contains(&b'.') || run >= 3)
        && next.first() != Some(&b':');
    let clock = bytes.windows(4).any(|w| {
        w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit() && w[3].is_ascii_digit()
    });
    band && frequency && clock && t.chars().count() <= PROMPT_CHARS
}

/// The longest line, in bytes, that the short-line rules below judge: a
/// label, a list of platforms, an account's ID line.
const MAX_SHORT_BYTES: usize = 240;

/// `line` without the marks, emoji and brackets around its words
/// (`「往期作品✏️」` reads `往期作品`).
fn core(line: &str) -> &str {
    line.trim_matches(|c: char| !is_word_char(c))
}

/// `char::is_alphanumeric`, the common cases first: ASCII, then Chinese.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || crate::text::is_han(c) || (!c.is_ascii() && c.is_alphanumeric())
}

/// The phrases a box's label is made of: related reading, the author's
/// other posts, referral links, a signature. `往期` (past issues) only
/// opens a label (`往期作品`, `往期精选`).
const BOX_LABELS: &[&str] = &[
    "延伸阅读",
    "延伸閱讀",
    "相关阅读",
    "相關閱讀",
    "推荐阅读",
    "推薦閱讀",
    "相关文章",
    "相關文章",
    "更多文章",
    "邀请链接",
    "邀請連結",
    "推荐链接",
    "推薦連結",
    "签名档",
    "簽名檔",
    "related posts",
    "related articles",
    "related stories",
    "recommended reading",
    "you may also like",
    "you might also like",
    "more from",
    "previous posts",
    "read next",
    "精彩推荐",
    "精彩推薦",
    "相关推荐",
    "相關推薦",
    "recommended for you",
];

/// The last characters of the Chinese [`BOX_LABELS`] (a test checks it);
/// a Chinese label ends with its phrase.
const LABEL_ENDS: [char; 9] = ['读', '讀', '章', '接', '結', '档', '檔', '荐', '薦'];

/// The longest line, in bytes, that may be a box label with its marks.
const MAX_BOX_LABEL_BYTES: usize = 96;

/// The longest box label, in characters of its [`core`]: a phrase and a
/// few words (`我的教學文與邀請連結`); 40 in English.
const BOX_LABEL_CHARS: usize = 16;

/// Whether `line` is the label of a box of links that follows it: related
/// reading (`往期作品`, `Related posts`), the author's referral links
/// (`我的教學文與邀請連結`), a signature (`閱讀筆耕的簽名檔`). The label is
/// furniture, and so are the link lines under it (see [`opens_box`]).
pub(crate) fn is_box_label(line: &str) -> bool {
    // A label and its marks: most short lines are longer.
    if line.len() > MAX_BOX_LABEL_BYTES {
        return false;
    }
    let core = core(line);
    // Bytes bound characters: most lines end here, uncounted.
    if core.len() > 40 && (core.len() > 4 * BOX_LABEL_CHARS || core.is_ascii()) {
        return false;
    }
    if core.starts_with("往期") {
        return core.chars().count() <= 6;
    }
    // A Chinese label ends the line, and every one ends in one of these:
    // most short lines are told apart by their last character.
    let last = core.chars().next_back().unwrap_or_default();
    let ascii = last.is_ascii() && core.is_ascii();
    if !ascii && !LABEL_ENDS.contains(&last) {
        return false;
    }
    let chars = core.chars().count();
    if chars > BOX_LABEL_CHARS && !ascii {
        return false;
    }
    // The label and a few words (`我的教學文與邀請連結`, `More from The
    // Startup`), not a sentence that uses the phrase.
    automata().box_labels.find(core).is_some_and(|m| {
        let label = BOX_LABELS[m.pattern()];
        let words = if label.is_ascii() { 16 } else { 6 };
        chars <= label.chars().count() + words
            && !core.contains(['。', '，', ',', '；'])
            // A question or a sentence is no label (`你读过哪些相关文章？`).
            && !line.trim_end().ends_with(['？', '?', '.', '!', '！'])
    })
}

/// What a prompt pointing down at links asks: to follow, join, subscribe
/// or support the author.
const PROMPTS: &[&str] = &[
    "我的",
    "成為",
    "成为",
    "加入",
    "追蹤",
    "追踪",
    "關注",
    "关注",
    "訂閱",
    "订阅",
    "支持",
    "贊助",
    "赞助",
    "follow",
    "subscribe",
    "support",
    "join",
];

/// A short prompt pointing at the links below it (`🌱 成為我的讚賞公民 👇`).
fn is_pointing_prompt(t: &str) -> bool {
    let Some(before) = t
        .trim_end_matches([' ', '\u{fe0f}'])
        .trim_end_matches(|c| ('\u{1f3fb}'..='\u{1f3ff}').contains(&c))
        .strip_suffix(['👇', '⬇', '⤵'])
    else {
        return false;
    };
    let lower = core(before).to_ascii_lowercase();
    lower.chars().count() <= 20 && PROMPTS.iter().any(|p| lower.contains(p))
}

/// The labels of an about box (`关于我们`, `About us`): what the account or
/// the organisation behind the post is. In lower case, without spaces.
const ABOUT_LABELS: &[&str] = &[
    "关于我们",
    "關於我們",
    "aboutus",
    "关于本刊",
    "關於本刊",
    "关于本号",
    "關於本號",
    "关于本公号",
    "關於本公號",
    "关于本公众号",
    "關於本公眾號",
];

/// Whether a block is the label of an about box: `【关于我们】`, `About
/// Us`, `关于我们 | ABOUT US`, `关 于 我 们`, or `About` and a name of a
/// few words (`About Acme Inc.`, `关于某某书评`), the label and nothing
/// else. A title in brackets (`《关于我们》`) or a question is none.
pub(crate) fn is_about_label(text: &str) -> bool {
    if text.len() > 96
        || text.contains(['《', '》', '「', '」', '『', '』'])
        || text.trim_end().ends_with(['?', '？'])
    {
        return false;
    }
    let words = core(text).split_whitespace().count();
    let squeezed: String = core(text)
        .chars()
        .filter(|c| !matches!(c, ' ' | '　' | '|' | '｜' | '/' | '·' | '・'))
        .flat_map(char::to_lowercase)
        .collect();
    let named = |prefix: &str, most: usize| {
        squeezed
            .strip_prefix(prefix)
            .is_some_and(|name| !name.is_empty() && name.chars().count() <= most)
    };
    ABOUT_LABELS.iter().any(|l| {
        squeezed == *l
            || ABOUT_LABELS
                .iter()
                .any(|m| squeezed.strip_prefix(l).is_some_and(|rest| rest == *m))
    }) || (named("about", 40) && words <= 6)
        || named("关于", 10)
        || named("關於", 10)
}

/// What an about box says that an article's closing section does not: a
/// contact, an account, or what the organisation is (`…是一个…公众号`,
/// `Acme Inc. is a leading provider of…`). In lower case.
const ABOUT_CUES: &[&str] = &[
    "@",
    "http",
    "www.",
    "联系",
    "聯繫",
    "聯絡",
    "联络",
    "投稿",
    "电话",
    "電話",
    "微信",
    "公众号",
    "公眾號",
    "邮箱",
    "郵箱",
    "信箱",
    "contact",
    "email",
    "e-mail",
    "follow us",
    "是一个",
    "是一個",
    "是一家",
    "成立于",
    "成立於",
    "致力于",
    "致力於",
    " is a ",
    " is an ",
    " is the ",
    "founded in",
    "was founded",
];

/// Whether the blocks under an about label say what an about box says
/// (see [`ABOUT_CUES`]).
pub(crate) fn says_about(texts: &[&str]) -> bool {
    texts.iter().any(|t| {
        let lower = t.to_lowercase();
        ABOUT_CUES.iter().any(|c| lower.contains(c))
    })
}

/// Whether a furniture line opens a box of links: a box label, a prompt
/// pointing down at them (`🌱 我在其它平台出沒 👇`), or a follow prompt. The lines that
/// follow it while each is mostly a link are furniture too.
pub(crate) fn opens_box(line: &str) -> bool {
    /// Follow and join prompts naming an account in brackets: what the
    /// account offers follows them (`追蹤【…】…` over `好書金句／書市快訊`).
    const FOLLOW: &[&str] = &["追蹤【", "追踪【", "关注【", "關注【", "加入【"];
    let t = line.trim().trim_end_matches([' ', '\u{fe0f}']);
    t.ends_with(['👇', '⬇', '⤵', '：', ':'])
        || is_box_label(t)
        || is_broadcast_slot(t)
        || FOLLOW.iter().any(|f| core(t).starts_with(f))
}

/// What a label over a link names: the link itself (`這篇文章新的部落格連結：
/// https://…`, `Link: https://…`).
const LINK_NAMES: &[&str] = &["連結", "链接", "鏈接", "網址", "网址", "link", "url"];

/// A short label naming a link, then the link and nothing else.
fn is_link_label(t: &str) -> bool {
    // A link ends the line: most lines are told apart by their last byte.
    if !t
        .as_bytes()
        .last()
        .is_some_and(|b| b.is_ascii_alphanumeric() || b"/-_=#".contains(b))
    {
        return false;
    }
    let Some(at) = t.find("http").or_else(|| t.find("www.")) else {
        return false;
    };
    let (label, link) = t.split_at(at);
    let label = label.trim_end().trim_end_matches(['：', ':']).trim_end();
    label.len() < at
        && !link.contains(char::is_whitespace)
        && label.chars().count() <= 24
        && !label.contains(['。', '，', ','])
        && LINK_NAMES.iter().any(|n| ends_with_ignoring_case(label, n))
}

/// A series' navigation: a label, then the parts' numbers as links
/// (`國富論週記連載中👉01｜02｜03｜`).
fn is_series_nav(t: &str) -> bool {
    // A number or a bar ends the line: most lines are told apart by their
    // last character.
    let last = t.as_bytes().last().copied().unwrap_or_default();
    // `｜` is EF BD 9C.
    if !(last.is_ascii_digit() || last == b'|' || last == 0x9c) || !t.contains(['｜', '|']) {
        return false;
    }
    let Some((_, numbers)) = t.rsplit_once(['👉', '：', ':']) else {
        return false;
    };
    let parts = numbers
        .split(['｜', '|'])
        .map(str::trim)
        .filter(|p| !p.is_empty());
    let mut count = 0;
    for p in parts {
        if p.len() > 3 || !p.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        count += 1;
    }
    count >= 2
}

/// How a pointer line ends, before its colon: where the link is (`點這裡`,
/// `在這裡`, `here`) or what it is (`請參考這篇`). In lower case.
const POINTERS: &[&str] = &[
    "點這邊",
    "點這裡",
    "點這里",
    "点这边",
    "点这里",
    "點此",
    "点此",
    "戳這裡",
    "戳这里",
    "請戳",
    "请戳",
    "參考這篇",
    "参考这篇",
    "看這篇",
    "看这篇",
    "看這裡",
    "看这里",
    "在這裡",
    "在这里",
    "在這邊",
    "在这边",
    "here",
];

/// The words with which a pointer line refers back to the author's
/// earlier post (`上集`, `前文`, `previous`). In lower case.
const EARLIER: &[&str] = &[
    "上集",
    "上篇",
    "上一篇",
    "前一篇",
    "前篇",
    "前文",
    "更早的",
    "上一集",
    "上一期",
    "前情",
    "part one",
    "part 1",
    "part i ",
    "first part",
    "previous post",
    "previous part",
    "earlier post",
    "missed",
    "last post",
    "first post",
];

/// The longest pointer line, in characters, before its colon; 100 in
/// English.
const POINTER_CHARS: usize = 40;

/// Whether a short line points at the author's earlier post, whose link
/// follows its colon (`更早的統計，請參考這篇（文末有歷年統計）：`, `沒看過
/// 上集的話可以點這邊：`, `Missed part one? Read it here:`): it refers back
/// ([`EARLIER`]) and ends with where the link is ([`POINTERS`]), an aside in
/// brackets aside. It is furniture only with the link: see
/// [`points_at`], and the walk's pointer, which leaves the text only when
/// the next block is a link.
pub(crate) fn is_pointer(t: &str) -> bool {
    // A colon (`：` is EF BC 9A) or `👉` (F0 9F 91 89) ends the line: most
    // lines are told apart by their last byte.
    let t = t.trim_ascii_end();
    if !matches!(t.as_bytes().last(), Some(b':' | 0x9a | 0x89)) {
        return false;
    }
    let Some(before) = t.strip_suffix(['：', ':', '👉']) else {
        return false;
    };
    let before = before.trim_end();
    let fits = match before.is_ascii() {
        true => before.len() <= 100,
        false => before.len() <= 4 * POINTER_CHARS && before.chars().count() <= POINTER_CHARS,
    };
    if !fits || before.contains(['。', '；']) {
        return false;
    }
    // `請參考這篇（文末有歷年統計）`: the aside after the pointer.
    let end = match before.strip_suffix(['）', ')']) {
        Some(inner) => inner
            .rfind(['（', '('])
            .map_or(before, |at| before[..at].trim_end()),
        None => before,
    };
    let ends_with_pointer = POINTERS.iter().any(|p| {
        ends_with_ignoring_case(end, p)
            // `here`, not `there` or `where`.
            && (!p.is_ascii()
                || !end[..end.len() - p.len()]
                    .ends_with(|c: char| c.is_ascii_alphanumeric()))
    });
    ends_with_pointer && {
        let lower = before.to_ascii_lowercase();
        EARLIER.iter().any(|w| lower.contains(w))
    }
}

/// Whether a block that ends with its one link is a pointer line and the
/// link it points at (`沒看過上集的話可以點這邊：<a>…</a>。`).
pub(crate) fn points_at(text: &str, link_text: &str) -> bool {
    // Text before the link: most one-link blocks are the link alone.
    if text.len() <= link_text.len() {
        return false;
    }
    let link = link_text.trim();
    !link.is_empty()
        && text
            .trim_end_matches(['。', '.', '！', '!', ' '])
            .strip_suffix(link)
            .is_some_and(is_pointer)
}

/// How a closing thank-you opens (`謝謝各位看到這邊`, `感謝您的閱讀`): the
/// ones that end `看到這`/`讀到這` go on with `裡` or `邊`.
const THANKS: &[&str] = &[
    "謝謝各位看到這",
    "谢谢各位看到这",
    "感謝各位看到這",
    "感谢各位看到这",
    "謝謝大家看到這",
    "谢谢大家看到这",
    "謝謝你看到這",
    "谢谢你看到这",
    "謝謝你讀到這",
    "谢谢你读到这",
    "感謝您的閱讀",
    "感谢您的阅读",
    "感謝你的閱讀",
    "感谢你的阅读",
    "感謝閱讀",
    "感谢阅读",
    "謝謝閱讀",
    "谢谢阅读",
];

/// Whether a line is a closing thank-you that hands out the author's links
/// (`謝謝各位看到這邊，隨文附上我的〔讚賞公民〕〔其它平台〕鏈結`, `感謝您的閱讀，
/// 歡迎關注我的公眾號。`): the thanks, then a break, then the author's
/// (`我的`, `附上`, `歡迎`) links or accounts. Thanks to an association
/// (`感謝閱讀推廣協會…`) or a talk's next part (`…接下來…`) stay.
fn is_closing_thanks(t: &str) -> bool {
    const OWN: &[&str] = &[
        "我的", "附上", "歡迎", "欢迎", "贊助", "赞助", "在此", "在下",
    ];
    const LINKED: &[&str] = &[
        "連結",
        "鏈結",
        "链接",
        "平台",
        "訂閱",
        "订阅",
        "追蹤",
        "追踪",
        "關注",
        "关注",
        "讚賞",
        "赞赏",
        "公眾號",
        "公众号",
        "http",
    ];
    if t.len() > 4 * MAX_CHARS {
        return false;
    }
    let Some(rest) = THANKS.iter().find_map(|p| t.strip_prefix(p)) else {
        return false;
    };
    let rest = match rest.strip_prefix(['裡', '里', '邊', '边']) {
        Some(after) => after,
        None if rest.starts_with(['看', '讀', '读']) => return false,
        None => rest,
    };
    // `看到這` takes `裡` or `邊`; every opening then takes a break.
    let opening = &t[..t.len() - rest.len()];
    if opening.ends_with(['這', '这'])
        || !rest.starts_with(['，', ',', '！', '!', '、', '～', '。', ' '])
    {
        return false;
    }
    t.chars().count() <= MAX_CHARS
        && OWN.iter().any(|w| rest.contains(w))
        && LINKED.iter().any(|w| rest.contains(w))
        && !["接下來", "接下来", "下面要", "下面來", "下面来", "下面我"]
            .iter()
            .any(|w| rest.contains(w))
}

/// Whether `word` reads as a sponsor's code: 3 to 20 ASCII capitals and
/// digits (`IMO300`, `READER10`, `MATTERS`).
fn is_code(word: &str) -> bool {
    (3..=20).contains(&word.len())
        && word
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

/// Whether `text` gives a sponsor's code after the word for one (`優惠碼
/// 「IMO300」`, `折扣碼 MATTERS`), or in brackets or quotes anywhere in it
/// (`輸入「IMO300」`).
fn gives_code(text: &str, words: &[&str]) -> bool {
    let code_word = |s: &str| {
        s.split(|c: char| !c.is_ascii_alphanumeric())
            .next()
            .is_some_and(is_code)
    };
    let after_word = words.iter().any(|w| {
        text.match_indices(w).any(|(at, _)| {
            code_word(
                text[at + w.len()..].trim_start_matches([' ', '：', ':', '「', '『', '“', '【']),
            )
        })
    });
    after_word
        || text
            .match_indices(['「', '『', '“', '【'])
            .any(|(at, open)| code_word(&text[at + open.len()..]))
}

/// Whether a line is a sponsor's code: `結帳時輸入【…】專屬優惠碼「IMO300」，
/// 都可以折減 300 元`, `優惠碼「BLOG100」，結帳輸入即可折抵 100 元`, `Use code
/// RIVER for 20% off your first order`, `Enter code SPRING at checkout`. The
/// code itself must stand there (in quotes, or a word in capitals after
/// `code`), and money off: a sentence about codes (`Use code splitting…`,
/// `輸入優惠碼後價格沒有變動…`) names none.
fn is_sponsor_code(t: &str) -> bool {
    const CODES: &[&str] = &["優惠碼", "优惠码", "折扣碼", "折扣码"];
    const OFF_ZH: &[&str] = &["折", "元", "％", "%", "免運", "免运"];
    const OPENINGS: &[&str] = &[
        "use code ",
        "use promo code ",
        "use coupon code ",
        "use discount code ",
        "use my code ",
        "enter code ",
        "enter promo code ",
        "enter coupon code ",
        "get ",
        "save ",
    ];
    const OFF: &[&str] = &[
        "% off",
        "off your",
        "discount",
        "free trial",
        "at checkout",
        "free shipping",
    ];
    if t.len() > 4 * MAX_CHARS || t.chars().count() > MAX_CHARS {
        return false;
    }
    if !t.is_ascii() {
        return gives_code(t, CODES) && OFF_ZH.iter().any(|w| t.contains(w));
    }
    let opens = |o: &&str| {
        t.as_bytes()
            .get(..o.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(o.as_bytes()))
    };
    if !OPENINGS.iter().any(opens) {
        return false;
    }
    let lower = t.to_ascii_lowercase();
    if !OFF.iter().any(|w| lower.contains(w)) {
        return false;
    }
    // The word after `code`: the code, in capitals or digits.
    lower.match_indices("code ").any(|(at, _)| {
        t[at + 5..]
            .split(|c: char| !c.is_ascii_alphanumeric())
            .next()
            .is_some_and(is_code)
    })
}

/// Whether a short line asks for a channel's or an event's bell
/// (`記得訂閱並開啟小鈴鐺`, `✅ 按有興趣開啟活動通知`): an ask opens it
/// (`記得`, `請`, `按`, `訂閱`…), not a report (`不少家長抱怨…打開小鈴鐺`) or a
/// tutorial's step (`在設定中開啟活動通知`).
fn is_bell_prompt(t: &str) -> bool {
    const ASKS: &[&str] = &[
        "記得",
        "记得",
        "請",
        "请",
        "按",
        "訂閱",
        "订阅",
        "順手",
        "顺手",
        "別忘了",
        "别忘了",
    ];
    const BELLS: &[&str] = &["小鈴鐺", "小铃铛"];
    const EVENT_BELLS: &[&str] = &["活動通知", "活动通知"];
    let t = t.trim_start_matches(['✅', '🔔', ' ']);
    if t.len() > 4 * PROMPT_CHARS || t.chars().count() > PROMPT_CHARS {
        return false;
    }
    (ASKS.iter().any(|a| t.starts_with(a)) && BELLS.iter().any(|b| t.contains(b)))
        // The event's bell only as a button's words (`按有興趣開啟活動通知`).
        || (t.starts_with('按') && t.chars().count() <= 20 && EVENT_BELLS.iter().any(|b| t.contains(b)))
}

/// A button drawn with pointing hands on both sides (`👉讀墨電子書Readmoo
/// AP👈`): a link and nothing else.
fn is_emoji_button(line: &str) -> bool {
    let line = line.trim();
    line.ends_with('👈') && line.starts_with('👉') && line.chars().count() <= 32
}

/// Names of the platforms an author links their accounts on, in lower
/// case.
const PLATFORMS: &[&str] = &[
    "facebook",
    "twitter",
    "x",
    "meta",
    "instagram",
    "threads",
    "bluesky",
    "mastodon",
    "youtube",
    "telegram",
    "line",
    "medium",
    "matters",
    "vocus",
    "方格子",
    "substack",
    "patreon",
    "linkedin",
    "tiktok",
    "reddit",
    "tumblr",
    "plurk",
    "github",
    "discord",
    "spotify",
    "podcast",
    "apple podcasts",
    "rss",
    "liker social",
    "liker land",
    "weibo",
    "微博",
    "微信",
    "wechat",
    "公众号",
    "公眾號",
    "小红书",
    "小紅書",
    "抖音",
    "bilibili",
    "b站",
    "知乎",
    "豆瓣",
    "痞客邦",
    "email",
    "blog",
    "部落格",
    "网站",
    "網站",
    "website",
];

/// Whether `name` is one of the [`PLATFORMS`] (`Instagram`, `微博`), ASCII
/// case ignored.
pub(crate) fn is_platform_name(name: &str) -> bool {
    let name = core(name);
    PLATFORMS.iter().any(|p| name.eq_ignore_ascii_case(p))
}

/// The longest list of platforms, in bytes: a dozen names.
const MAX_PLATFORMS_BYTES: usize = 160;

/// A line that is only a list of platforms, the author's accounts on them
/// (`【Facebook｜Twitter｜Medium｜vocus】`): three names or more between
/// bars, at least half of them known.
fn is_platform_list(t: &str) -> bool {
    if t.len() > MAX_PLATFORMS_BYTES {
        return false;
    }
    static BAR: OnceLock<Finder<'static>> = OnceLock::new();
    let bar = BAR.get_or_init(|| Finder::new("｜".as_bytes()));
    if memchr::memchr(b'|', t.as_bytes()).is_none() && bar.find(t.as_bytes()).is_none() {
        return false;
    }
    let names: Vec<&str> = core(t).split(['｜', '|']).map(core).collect();
    if names.len() < 3 || names.iter().any(|n| n.is_empty() || n.chars().count() > 20) {
        return false;
    }
    let known = names.iter().filter(|n| is_platform_name(n)).count();
    2 * known >= names.len()
}

/// An account's ID line under its name (`围炉 (ID：weilu_flame)`, `微信号：
/// abc_123`): a short name, then the ID, letters, digits, `_`, `-`, `.`.
fn is_account_id(t: &str) -> bool {
    if t.len() > 120 {
        return false;
    }
    let inner = t.trim_end_matches([')', '）', ' ']);
    // The ID ends the line: most lines end otherwise.
    let is_id_byte = |b: u8| b.is_ascii_alphanumeric() || b"_-.".contains(&b);
    let bytes = inner.as_bytes();
    let id_start = bytes.len() - bytes.iter().rev().take_while(|&&b| is_id_byte(b)).count();
    if id_start == bytes.len() {
        return false;
    }
    let id = &inner[id_start..];
    let Some(before) = inner[..id_start]
        .trim_end()
        .strip_suffix(['：', ':'])
        .map(str::trim_end)
    else {
        return false;
    };
    let Some((label, name)) = ["ID", "微信号", "微信號"]
        .iter()
        .find_map(|label| before.strip_suffix(label).map(|n| (*label, n)))
    else {
        return false;
    };
    // `ID` stands alone, in brackets after the name or opening the line
    // (`COVID: 12` is no ID line).
    let opened = name.trim_end().ends_with(['(', '（']);
    if label == "ID" && !(opened && inner.len() < t.len()) && !name.trim().is_empty() {
        return false;
    }
    let name = name.trim_end_matches([' ', '(', '（']);
    // An account's ID opens with a letter (WeChat's must).
    (3..=32).contains(&id.len())
        && id.starts_with(|c: char| c.is_ascii_alphabetic())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"_-.".contains(&b))
        && name.chars().count() <= 20
        && !name.contains(['，', '。', ',', '、'])
}

/// Whether `text` opens with a publication's name, `the` aside: a
/// capitalised word, one in another script, or an address (`The Atlantic`,
/// `the Washington Post`, `《读书》`, `nytimes.com`), not a phrase (`at
/// bedtime`, `in 1948`).
fn is_publication_name(text: &str) -> bool {
    let name = text.strip_prefix("the ").unwrap_or(text);
    name.starts_with(|c: char| c.is_ascii_uppercase() || !c.is_ascii())
        || name
            .split(' ')
            .next()
            .is_some_and(|w| w.trim_end_matches(['.', ',']).contains('.'))
}

/// How many sentences end in `text`: at `。！？`, and at `.!?` before a
/// space or the end (the `.` of a name, `Example.com`, ends none).
fn sentence_ends(text: &str) -> usize {
    let bytes = text.trim_end().as_bytes();
    let full = text.matches(['。', '！', '？']).count();
    let half = bytes
        .iter()
        .enumerate()
        .filter(|&(i, b)| {
            matches!(b, b'.' | b'!' | b'?') && bytes.get(i + 1).is_none_or(|n| *n == b' ')
        })
        .count();
    full + half
}

/// Whether `s` ends with `phrase`, ASCII case ignored (`All Rights
/// Reserved.`), compared as bytes.
fn ends_with_ignoring_case(s: &str, phrase: &str) -> bool {
    let (s, p) = (s.as_bytes(), phrase.as_bytes());
    s.len() >= p.len() && s[s.len() - p.len()..].eq_ignore_ascii_case(p)
}

/// A line being judged, with what the rules need of it, found once.
struct Line<'a> {
    t: &'a str,
    chars: Option<usize>,
    lower: Option<String>,
}

impl Line<'_> {
    /// Whether the line has at most `max` characters (counted only when
    /// its bytes do not tell).
    fn within(&mut self, max: usize) -> bool {
        let t = self.t;
        t.len() <= max
            || (t.len() <= 4 * max && *self.chars.get_or_insert_with(|| t.chars().count()) <= max)
    }

    /// Whether `rule`, its phrase found ending at `end`, makes the line
    /// furniture.
    fn fits(&mut self, rule: &Rule, end: usize) -> bool {
        let t = self.t;
        if !self.within(rule.max_chars) {
            return false;
        }
        match rule.rest {
            Rest::Any => true,
            Rest::Contains(needles) | Rest::Footer(needles) => {
                let lower = self.lower.get_or_insert_with(|| t.to_ascii_lowercase());
                needles.iter().any(|n| lower.contains(n))
                    || (matches!(rule.rest, Rest::Footer(_))
                        && lower.split('|').skip(1).any(counts_comments))
            }
            Rest::Has(needles) => needles.iter().any(|n| t.contains(n)),
            Rest::HasBoth(first, second) => {
                first.iter().any(|n| t.contains(n)) && second.iter().any(|n| t.contains(n))
            }
            Rest::Disclaims => {
                let after = &t[end..];
                let Some(text) = after.trim_start().strip_prefix(['：', ':']) else {
                    return false;
                };
                sentence_ends(text) <= 1
            }
            Rest::Publisher => {
                let after = &t[end..];
                let Some(name) = ["in ", "on ", "at "]
                    .iter()
                    .find_map(|w| after.strip_prefix(w))
                else {
                    return false;
                };
                is_publication_name(name) && sentence_ends(name) <= 1 && !name.contains(", and ")
            }
            Rest::Follows(openings) => {
                let after = &t.as_bytes()[end..];
                openings.iter().any(|o| match o.is_empty() {
                    true => after.is_empty(),
                    false => after
                        .get(..o.len())
                        .is_some_and(|head| head.eq_ignore_ascii_case(o.as_bytes())),
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The anchored search reports a line's longest opening phrase only,
    /// so no opening phrase may open another; and the phrases and needles
    /// are written in lower case, as the line they are compared with is.
    #[test]
    fn the_table_is_well_formed() {
        let starts: Vec<&str> = RULES
            .iter()
            .filter(|r| r.at == At::Start)
            .map(|r| r.phrase)
            .collect();
        // Each phrase of a group has a bit of a `u64` in `Group::matches`.
        let groups = &automata().anywhere;
        assert!(groups.iter().all(|g| g.rules.len() <= 64));
        let automaton = |g: &&Group| matches!(g.search, Search::Automaton(_));
        assert!(groups.iter().any(|g| automaton(&g)));
        // Leftmost-first matching reports the first occurrence of every
        // phrase of a group only if none starts inside another's match:
        // none is a prefix of another, none holds another, and no end of
        // one opens another.
        for group in groups.iter().filter(automaton) {
            for a in &group.rules {
                for b in group.rules.iter().filter(|b| b.phrase != a.phrase) {
                    for (i, _) in a.phrase.char_indices() {
                        let tail = &a.phrase[i..];
                        assert!(
                            !b.phrase.starts_with(tail) && !tail.starts_with(b.phrase),
                            "{:?} and {:?}",
                            a.phrase,
                            b.phrase
                        );
                    }
                }
            }
        }
        for a in &starts {
            for b in &starts {
                assert!(a == b || !b.starts_with(a), "{a:?} opens {b:?}");
            }
        }
        for rule in RULES {
            assert!(!rule.phrase.is_empty());
            if rule.at != At::Anywhere {
                assert_eq!(rule.phrase, rule.phrase.to_ascii_lowercase(), "{rule:?}");
            }
            let needles: Vec<&str> = match rule.rest {
                Rest::Contains(n) | Rest::Footer(n) | Rest::Has(n) => n.to_vec(),
                Rest::HasBoth(a, b) => [a, b].concat(),
                Rest::Any | Rest::Follows(_) | Rest::Disclaims | Rest::Publisher => Vec::new(),
            };
            for n in needles {
                assert_eq!(n, n.to_ascii_lowercase(), "{rule:?}");
            }
        }
        for label in BOX_LABELS {
            assert_eq!(*label, label.to_ascii_lowercase());
            let last = label.chars().next_back().unwrap_or_default();
            assert!(label.is_ascii() || LABEL_ENDS.contains(&last), "{label}");
        }
        for (key, _) in LINKS {
            assert_eq!(*key, key.to_ascii_lowercase());
            assert!(key.len() <= MAX_LINK_BYTES);
        }
    }

    #[test]
    fn furniture_lines() {
        for line in [
            "Notes on a long walk was originally published in Field Notes on Medium, where people are continuing the conversation by highlighting and responding to this story.",
            "The post Ten things about rivers appeared first on River Blog.",
            "Continue reading on The Startup »",
            "Continue reading on Medium »",
            "Read the full story at The Atlantic.",
            "Continue reading at nytimes.com",
            "(This article was first published on Example Blog.)",
            "This essay was first published in The Paris Review in 2019.",
            "免责声明：本文内容仅供参考，不构成投资建议。",
            "免責聲明：本文僅代表作者個人觀點。",
            "Disclaimer: I was sent a free copy of this book for review.",
            "欢迎关注我的公众号：某某笔记",
            "点赞、在看、转发，三连支持一下吧！",
            "If you value our journalism, please consider donating.",
            "If you value independent journalism, please consider supporting us.",
            "If you appreciate my work, you can buy me a coffee.",
            "If you enjoy my writing, consider becoming a paid subscriber.",
            "First published in The Guardian.",
            "This interview was first published on example.com.",
            "Read the full story at the Washington Post",
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
            "相关报道 某地正式挂牌启用",
            "Related: What the river knows",
            "Subscribe to our newsletter for weekly updates.",
            "謝謝各位看到這邊，隨文附上我的〔讚賞公民〕〔其它平台〕鏈結，歡迎來逛逛。",
            "Thanks for reading! Subscribe for free to receive new posts.",
            "使用我的推薦連結註冊某某，你我雙方都會額外獲得 200 點數。",
            "使用我的邀请链接注册，双方都能获得奖励。",
            "Sign up with my referral link and we both get $10.",
            "結帳時輸入專屬優惠碼「RIVER300」，都可以折減 300 元！",
            "Use code RIVER for 20% off your first order.",
            "Enter code SPRING at checkout.",
            "✅ 按有興趣開啟活動通知",
            "訂閱頻道並打開小鈴鐺",
            "記得訂閱並開啟小鈴鐺，才不會錯過新影片！",
            "Turn on notifications so you never miss a post.",
            "Don't forget to subscribe and hit the bell icon!",
            "謝謝大家看到這裡，我的其他平台連結都在下面。",
            "感謝您的閱讀，歡迎關注我的公眾號。",
            "Thanks for reading! If you liked this post, follow me on Medium for more.",
            "透過我的推薦連結註冊，雙方都能獲得 500 點。",
            "優惠碼「BLOG100」，結帳輸入即可折抵 100 元。",
            "結帳時輸入折扣碼 MATTERS 可享九折",
            "Get 20% off with code READER at checkout.",
            "You can subscribe and listen to our podcast on Apple Podcasts | Spotify",
            "↑ 回到顶部",
            "Back to top",
            "本文刊登於某某雜誌2020年5月號",
            "（本文原發表於2018年）",
            "原文刊於2020年3月1日《某某日報》",
            "原文链接：https://example.com/a",
            "本文选自某某《一本书》，由某某出版社授权刊发。",
            "摘自某某《回忆录》，经出版社授权发布。",
            "本文为《某书》中文版导读，某某出版社。",
            "（作者单位：某某大学，原标题为“某某”，由某某出版社授权刊发。）",
            "Someone, “A title”, Some Review, June 1, 2020。经作者许可翻译。",
            "This article is republished from The Conversation under a Creative Commons license.",
            "This story originally appeared in Field Notes.",
            "A version of this article appeared in print on May 5, 2020.",
            "Originally posted on the author's blog.",
            "版权声明：某某社版权所有，未经授权不得转载。",
            "某某社版权所有，未经授权不得转载或部分复制，违者必究。",
            "© 2020 Some Media. All rights reserved.",
            "Some Media. All Rights Reserved.",
            "Click here to subscribe to our newsletter.",
            "点击上方蓝字关注我们",
            "别忘了把我们设为星标",
            "如果想繼續關注的話，可以訂閱 RSS：https://example.com/atom.xml",
            "Thanks for reading Field Notes! Subscribe for free to receive new posts.",
            "Give a gift subscription",
            "Share",
            "Leave a comment",
            "预览时标签不可点",
            "合作聯繫：someone@example.com",
            "🌱 追蹤【某某系統】廣播資訊不漏接",
            "🌱 加入【某某系統】圍爐，專題連載中。",
            "🌱 我在其它平台出沒 👇",
            "发于某某网：https://example.com/a",
            "首发于某某杂志2020年第3期",
            "网友如有评论，请用下表：",
            "欢迎您在文章下方评论，与作者和其他读者交流讨论",
            "👉 閱讀更多話題討論 👈",
            "文中图片未经同意，请勿用作其他用途",
            "你怎么看这件事？欢迎参与讨论。",
            "「往期作品✏️」",
            "🌱 我的教學文與邀請連結 👇",
            "閱讀筆耕的簽名檔",
            "You might also like",
            "【Facbook｜Twitter｜Liker Social｜Matters｜Medium｜vocus 】",
            "Facebook | Instagram | YouTube",
            "围炉 (ID：weilu_flame)",
            "微信号：pekingbooks",
            "🌱 成為我的讚賞公民 👇",
            "原文2017.05.15刊載於 example.com",
            "Read the rest of this entry »",
            "View original post",
            "扫描下方二维码，关注我们",
            "觉得有用的话，欢迎转发",
            "週一、週二 18:00–20:00(CST) FM96.3 某某廣播電台。",
            "這份電子報每週精選數則討論區的交流，鼓勵大家踴躍說出自己的觀點。",
            // Blog and newsletter platforms' footers.
            "Thanks for reading The Weekly! Subscribe for free to receive new posts and support my work.",
            "Share this post",
            "Like this:",
            "Loading...",
            "Read the original article.",
            "Click here to read more",
            "Follow me on Twitter",
            "You can follow me on Twitter @someone.",
            "If you enjoyed this post, please share it.",
            "If you liked this article, consider subscribing.",
            "Support this newsletter by becoming a paid subscriber.",
            "Get the latest posts delivered right to your inbox",
            "This post is public so feel free to share it.",
            "Forwarded this email? Subscribe here for more",
            "You’re currently a free subscriber.",
            "Posted in Uncategorized | Leave a comment",
            "Posted in Tech | 3 Comments",
            "Posted in News, Politics | Tagged china | 12 comments",
            "Posted in Tech | No Comments",
            "Posted in Tech | Comments Off",
            "Posted in Tech | One Comment",
            "Posted in Tech | 3 Responses",
            "Posted in Tech | No Responses »",
            "Posted in Tech | 1 Reply",
            "Posted in Tech | 1,234 Comments",
            "Posted in 科技 | 3 条评论",
            "Tags: china, politics",
            "Filed under: News",
            "Read more of this post",
            "Continue reading →",
            "Leave a comment on this post",
            "12 Comments",
            "1 comment",
            "3 条评论",
            "1,234 Comments",
            "1.234 Comments",
            "Previous post: A title",
            "Next post",
            "Read more: Another article title",
            "Upgrade to paid",
            "Open in app",
            "ADVERTISEMENT",
            "Copy link",
            "Buy me a coffee",
            "Skip to content",
            // WeChat accounts' footers.
            "上一篇：关于某事的文章",
            "下一篇",
            "—— END ——",
            "- END -",
            "精彩推荐",
            "点击下方卡片关注我们",
            "点击上方“某某”关注我们",
            "长按二维码关注",
            "本文来源：新华社",
            "文章来源于网络，如有侵权请联系删除",
            "未经授权，禁止转载",
            "本文经授权转载自微信公众号某某",
            "本文已获作者授权",
            "转载请联系作者",
            "喜欢就点个赞吧",
            "点击“阅读原文”查看更多",
            "觉得不错，请点个“在看”",
            "分享到：",
            "分享至微信",
            "关注我们",
            "點擊下方連結訂閱",
            "歡迎訂閱我們的電子報",
            "訂閱電子報",
            // A link's label and the link, a series' navigation, a
            // button between pointing hands, a source on WeChat.
            "這篇文章新的部落格連結：https://example.com/2023/10/09/a/",
            "Link: https://example.com/a",
            "國富論週記連載中 👉 01｜02｜03｜",
            "👉 讀墨電子書 Readmoo AP 👈",
            "一手内容发布在微信公众号“某某”，原文链接点击这里",
        ] {
            assert!(is_furniture(line), "{line}");
        }
    }

    #[test]
    fn notes_ending_a_line_and_box_labels() {
        let line = "某某，曾任某馆馆长，著有《某书》。本文节选自《某书》，由某出版社授权刊发。";
        let at = note_at_end(line).expect("a note");
        assert_eq!(&line[at..], "本文节选自《某书》，由某出版社授权刊发。");
        // A note alone is a furniture line, not a note ending one; a
        // last sentence that is no note stays.
        assert_eq!(
            note_at_end("本文节选自《某书》，由某出版社授权刊发。"),
            None
        );
        assert_eq!(note_at_end("他说本文很好。本文作者是他的朋友。"), None);
        for label in [
            "相关阅读：",
            "🌱 我在其它平台出沒 👇",
            "往期回顧",
            "閱讀筆耕的簽名檔",
        ] {
            assert!(opens_box(label), "{label}");
        }
        assert!(!opens_box("版权声明：某某版权所有"));
    }

    #[test]
    fn pointers_at_an_earlier_post() {
        for line in [
            "更早的統計，請參考這篇（文末有歷年統計）：",
            "這是南韓心得的下集，沒看過上集的話可以點這邊：",
            "上一篇在這裡：",
            "前情提要请戳：",
            "Missed part one? Read it here:",
            "In case you missed it, my previous post is here:",
        ] {
            assert!(is_pointer(line), "{line}");
        }
        for line in [
            // No pointer at the colon, or nothing earlier pointed at.
            "本案的重點此前已多次披露：",
            "馬拉松的起點此次移到市政府前，路線如下：",
            "看見這篇文章的人都問我同一個問題：",
            "主持人：我們先來看這篇報告的三個結論：",
            "For a deeper analysis see this post-election survey:",
            "Many readers will see this post as a betrayal, and to them I say this:",
            "When the dialog opens, click here:",
            "法院的判決全文，可以點這裡：",
            "The governor's full statement is worth quoting; you can read it here:",
            "In the previous chapter the road went over there:",
            "之前的說明在這裡。",
        ] {
            assert!(!is_pointer(line), "{line}");
        }
        assert!(points_at("沒看過上集的話可以點這邊：釜山篇。", "釜山篇"));
        assert!(points_at("上一集在這裡：釜山篇！", "釜山篇"));
        assert!(!points_at(
            "判決全文可以點這裡：司法院裁判書查詢。",
            "司法院裁判書查詢"
        ));
        assert!(!points_at("釜山篇", "釜山篇"));
    }

    #[test]
    fn prose_stays() {
        for line in [
            "吉林省應急管理廳通過官方微信公眾號分享書籍出版消息，評價該書「值得一讀」。",
            // Thanks, referrals, codes and pointers in the text itself.
            "謝謝各位看到這邊，希望下次再見。",
            "感谢阅读，我们下期再聊。",
            "使用推荐链接的用户比例在一年里翻了一番。",
            "The referral link scheme was abused by thousands of accounts.",
            "Use code reviews to catch bugs early.",
            "Enter code mode by pressing the key twice, then type the command.",
            "在手机设置中开启通知",
            // What the review of these rules found them taking: news of
            // referral schemes and codes, reported speech, tutorials.
            "感謝閱讀推廣協會提供的調查報告，以及公開的資料連結。",
            "感謝閱讀障礙協會長期關注這群學生。",
            "谢谢你看到这封信——女儿在信的开头这样写，里面夹着她订阅多年的杂志的剪报。",
            "謝謝閱讀，她在留言本上寫下這四個字，然後把追蹤器從孩子的書包裡拿了出來。",
            "感謝各位看到這裡，下面要講的是如何把 http 請求全部改成 https。",
            "使用推薦連結註冊的帳號中，有近三成被平台認定為人頭帳號。",
            "使用邀請連結註冊後，系統會自動把雙方帳號綁定，詐騙集團正是利用這一點。",
            "使用朋友給的推薦碼註冊後，我才發現帳戶被綁定了年費方案。",
            "Using my referral link, he said, about 40 friends joined before the exchange froze his account.",
            "Use my referral code, the messages said — the first sign of the pyramid scheme.",
            "Sign up with my sister's email, he told the clerk, and the code will go to her phone.",
            "Use code splitting to keep the checkout page under 100 KB.",
            "Use code signing, or macOS will ask users to turn Gatekeeper off.",
            "Enter code 0000 on the keypad to switch the alarm off before it sounds.",
            "Use coupon code sites with caution: many list expired discounts.",
            "結帳時輸入的優惠碼若已過期，系統會自動改以原價計算，消保官已要求業者改善。",
            "结账时输入代码错误三次，账户就会被锁定。",
            "輸入優惠碼後價格沒有變動，是消費者最常見的客訴之一。",
            "不少家長抱怨，孩子整天要求他們打開小鈴鐺。",
            "她說自己從來不打開小鈴鐺。",
            "臉書新功能讓社團成員可以各自開啟活動通知。",
            "在設定中開啟活動通知",
            "第三步，回到主畫面，開啟小鈴鐺",
            "Hit the bell twice if you need the driver to stop.",
            "Turn on post notifications, the scam message urged.",
            "我在這篇文章中，請參考以下三點：",
            "點此之前，先確認你已登入。請依下列步驟：",
            "Here is what happened next:",
            "Click here: that was all the message said, and nobody knew why.",
            "他说，这篇文章最初发表于1998年，后来被多次转载。",
            "Read more carefully and you will see the pattern.",
            "订阅用户的数量在过去一年里翻了一番，平台的收入也随之增长，这是管理层没有想到的。",
            "The post office was closed on Monday.",
            "The book was first published in 1961 in London.",
            "This article was first drafted on a train.",
            "If you value our friendship, tell me the truth, she wrote.",
            "If you appreciate this kind of music, the second album is better.",
            "Posted in the comments under the video, the claim spread.",
            "免责声明的效力，法院认为应当个案判断。",
            "免责声明 是否有效？",
            "免责声明：以下内容仅代表个人经历。2019年我在深圳工作。",
            "Disclaimer: this is not financial advice. In this post I walk through my portfolio.",
            "他们在看、在听，也在想。",
            "我们在看、分享和评论短视频上花的时间越来越多。",
            "很多人只是点赞、在看，却很少认真读完。",
            "有读者问我怎样才能关注我的公众号。",
            "Read the full story at your own risk.",
            "Read more at home",
            "Keep reading at night",
            "This story was first published in The New Yorker in 1948, and the magazine received hundreds of letters.",
            "This piece was first published in 1905 by Durand.",
            "First published in 1961, the book sold a million copies.",
            "If you value our friendship, remember what I told you.",
            "If you value our democracy, call your members of Congress today.",
            "If you appreciate this argument, consider the contributions of immigrants.",
            // Short lines whose bytes a link key's length would cut
            // inside a character.
            "上海港7月集装箱吞吐量",
            "2.1 秩序的",
            "top香港",
            "相关阅读材料由老师在课前发给每一位学生，学生需要提前准备。",
            "Continue reading the instructions before you start.",
            "该文刊于1998年的《读书》杂志，后来被多次转载。",
            "本文为读者介绍三种方法。",
            "他说，出版社拒绝授权刊发这本书的节选，理由是版权尚未到期。这件事拖了两年。",
            "摘自己的花园里的玫瑰，是她每天早上的功课。",
            "The rights reserved to the states are not listed there, he said.",
            "Share prices fell.",
            "欢迎留言的人很多，但真正读完文章的人很少。",
            "欢迎在北京举行的峰会上发言的代表们。",
            "阅读更多的书，并不会让人更快乐。",
            "阅读更多文章能开阔孩子的视野。",
            "推荐阅读这本书的人很多",
            "MIT 的研究在 2020 年發表",
            "明天 AM 10:30 在台北車站集合",
            "By 9:15 AM 300 people had gathered.",
            "你读过哪些相关文章？",
            "这份电子报告显示，公司去年亏损了十亿元。",
            "我对照原文重读了那本期刊。",
            "FM 电台在 18:00 以后播出新闻和音乐节目，但今年起改为全天播出，听众可以通过手机收听。",
            "Cases of COVID: 123",
            "感染人数（ID：2020）",
            "Facebook and Twitter | two giants",
            "他说：“往期的节目更好看，现在的节目越来越无聊了。”",
            "商务合作：两国签署12项协议，涉及能源与交通。",
            "这件事你怎么看，欢迎留言。不过在此之前，我们还想多说几句关于这家公司过去几年的经营状况和它面对的难题。",
            "发于内心的善意，比什么都重要。",
            "我在其他平台上也看到过类似的说法，但没有人给出证据。那次讨论持续了很久，大家各执一词，最后也没有结论。",
            // Prose that opens as the platforms' footers do.
            "If you like spicy food, this recipe is for you.",
            "Follow me on this journey as I walk across Spain.",
            "Click here and there, and nothing happens: the page is frozen.",
            "I have been a paid subscriber of the paper since 2010.",
            "上一篇文章中我们讲了如何安装。",
            "标签化的做法让人不舒服。",
            "长按住不放，可以识别文字。",
            "点击上方的菜单栏，选择设置。",
            "点击下方的“确定”按钮，就完成了安装。",
            "点击量突破十万，引发广泛关注。",
            "分享到此结束，谢谢大家。",
            "文章来源不明，真假难辨。",
            "Print media has been declining for years.",
            "The End of History",
            "End",
            "Posted in 1999, the letter was read by millions.",
            "12 comments were deleted by the moderators.",
            "12 Commentaries",
            "3 replies later, the thread was closed.",
            // The review's cases: tutorial steps, sentences that open as a
            // footer does, one-word headings.
            "点击右上角的“订阅”按钮，就能收到更新提醒。",
            "点击卡片右上角的三个点，选择“删除”。",
            "点击二维码图片，长按保存到相册。",
            "點選右上角的「訂閱」按鈕即可。",
            "長按二維碼圖片，選擇儲存即可。",
            "分享到朋友圈后，他很快就后悔了。",
            "分享至微信群的链接已经失效。",
            "有网友吐槽，单位每天在群里要求员工“请点个赞”。",
            "许多自媒体都在文末写上禁止转载。",
            "遇到盗图，最简单的办法就是联系删除。",
            "標籤：這個詞在台灣很常見。",
            "Tags: the field that lists keywords for each product.",
            "上一篇 文章里我们讲过安装方法。",
            "Next post I will cover the deployment step in detail.",
            "Previous post office on this street closed in 1987.",
            "Filed under seal, the documents were released only last week.",
            "Posted in 1999 | the letter went viral decades later.",
            "Posted in 2019, it drew 3 comments.",
            "Posted in 2019 | comedians mocked it.",
            "Click here and follow the prompts to install the driver.",
            "Click here to restore the original settings.",
            "If you like, follow me on a short walk through the old town.",
            "If you enjoy this kind of weather, share it with the kids outside.",
            "Follow me on this journey through the threads of history.",
            "I had long been considering becoming a paid subscriber to the Times.",
            "Analysts say viewers should consider subscribing only when a show they love returns.",
            "The phishing emails went straight to your inbox, bypassing the spam filters.",
            "With this rule, invoices are delivered to your inbox every Monday.",
            "This post is public knowledge now, the minister said.",
            "Comments",
            "Print",
            "Email",
            "12 replies",
            // Numbered headings.
            "2. Comments",
            "3.Comments",
            "推荐系统如何猜你喜欢",
            "本周热门文章",
            "Recent posts",
            "More stories emerge",
            "他给我的链接：我没点开，直接删了。",
            "网址是 https://example.com，请大家记住。",
            "第 1｜2 章的内容在这里。",
            "👉 先把这段话读完，再看下面的图表，你会更明白这个问题的来龙去脉和它的影响 👈",
            "许多人关注公众号的运营方式，但很少有人研究其中的审查机制如何一步一步地收紧，以及这对公共讨论意味着什么，这是本文要讨论的问题，也是过去几年里学界反复讨论却没有定论的问题之一，值得我们从头梳理。",
        ] {
            assert!(!is_furniture(line), "{line}");
        }
    }
}
