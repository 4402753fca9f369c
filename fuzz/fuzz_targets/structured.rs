//! Structure-aware: builds a snapshot from an `Arbitrary` description (header
//! variants and a body from a grammar of the tags, attributes and furniture
//! that real snapshots hold, `../shared/FORMAT.md`) and checks invariants:
//!
//! - `parse` never panics, and `parse_bytes` on the same bytes agrees;
//! - a well-formed header (a number, `NaN` or empty comment, a title without
//!   `]`, `(` or `)`, a URL with a scheme, three dashes or more) parses, and
//!   keeps the timestamp and front matter it was given;
//! - whatever parses: the round trip through `to_snapshot` holds (as in the
//!   `roundtrip` target), every image and video URL is absolute http(s), no
//!   block's text is only white space, the lead is not empty, and text and
//!   Markdown rendering do not panic.

#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use newsnap::Article;

#[path = "shared/round_trip.rs"]
mod round_trip;
use round_trip::round_trip;

// ---------------------------------------------------------------- header

#[derive(Debug, Arbitrary)]
struct Snapshot {
    bom: bool,
    crlf: bool,
    front_matter: FrontMatter,
    blank_lines_after_front_matter: u8,
    timestamp: Timestamp,
    title: Vec<TitlePiece>,
    url: LinkUrl,
    dashes: u8,
    dashes_trailing_space: bool,
    /// The later archiver's `<div>\n…\n</div>\n` wrapping.
    wrap_div: bool,
    body: Vec<Token>,
    final_newline: bool,
}

#[derive(Debug, Arbitrary)]
enum FrontMatter {
    None,
    Layout,
    Date,
    Author(Name),
}

#[derive(Debug, Arbitrary, Clone, Copy)]
enum Name {
    Cjk,
    Latin,
    Padded,
    Null,
    Empty,
    WithColon,
}

impl Name {
    fn text(self) -> &'static str {
        match self {
            Name::Cjk => "任琛（摘编）",
            Name::Latin => "Thomas Latschan",
            Name::Padded => "     KARA SWISHER  ",
            Name::Null => "null",
            Name::Empty => "",
            Name::WithColon => "记者：王允",
        }
    }
}

#[derive(Debug, Arbitrary)]
enum Timestamp {
    /// Milliseconds over the whole `i64` range.
    Millis(i64),
    /// A recent date in seconds (`<!--1599564195-->`).
    Seconds(u32),
    NaN,
    Empty,
    Garbage(Garbage),
    /// Anything at all (may break the line).
    Raw(String),
}

#[derive(Debug, Arbitrary, Clone, Copy)]
enum Garbage {
    Word,
    Spaced,
    Float,
    Huge,
    Minus,
    Hex,
    FullWidth,
    Date,
    /// `-->` and something after it on the line: not a comment line.
    TrailingText,
}

impl Garbage {
    fn text(self) -> &'static str {
        match self {
            Garbage::Word => "abc",
            Garbage::Spaced => " 12 ",
            Garbage::Float => "1.5e12",
            Garbage::Huge => "99999999999999999999",
            Garbage::Minus => "-",
            Garbage::Hex => "0x18b",
            Garbage::FullWidth => "１６９９３０８９０１０００",
            Garbage::Date => "Mon, 20 Jul 2020 19:22:03 GMT",
            Garbage::TrailingText => "1699308901000--> x",
        }
    }
}

#[derive(Debug, Arbitrary, Clone, Copy)]
enum TitlePiece {
    OpenBracket,
    CloseBracket,
    OpenParen,
    CloseParen,
    CloseOpen,
    Cjk(u8),
    Latin(u8),
    Space,
    Spaces,
    Nbsp,
    Tab,
    Newline,
}

const CJK: &[&str] = &[
    "白宫：拜登与习近平会晤可能性",
    "德语媒体：北京的快速回应",
    "视频",
    "北京火速",
    "法广",
    "新冠疫情",
    "「」、。",
    "臺灣",
];
const LATIN: &[&str] = &[
    "Biden",
    "The Economist",
    "COVID",
    "a",
    "Photo by",
    "x",
    "2024",
    "&amp;",
];

impl TitlePiece {
    fn write(self, out: &mut String, eol: &str) {
        match self {
            TitlePiece::OpenBracket => out.push('['),
            TitlePiece::CloseBracket => out.push(']'),
            TitlePiece::OpenParen => out.push('('),
            TitlePiece::CloseParen => out.push(')'),
            TitlePiece::CloseOpen => out.push_str("]("),
            TitlePiece::Cjk(i) => out.push_str(pick(CJK, i)),
            TitlePiece::Latin(i) => out.push_str(pick(LATIN, i)),
            TitlePiece::Space => out.push(' '),
            TitlePiece::Spaces => out.push_str("     "),
            TitlePiece::Nbsp => out.push('\u{a0}'),
            TitlePiece::Tab => out.push('\t'),
            TitlePiece::Newline => out.push_str(eol),
        }
    }

    /// Cannot close the link early or make it ambiguous.
    fn plain(self) -> bool {
        !matches!(
            self,
            TitlePiece::CloseBracket
                | TitlePiece::OpenParen
                | TitlePiece::CloseParen
                | TitlePiece::CloseOpen
        )
    }
}

fn pick<T: Copy>(choices: &[T], i: u8) -> T {
    choices[usize::from(i) % choices.len()]
}

#[derive(Debug, Arbitrary)]
struct LinkUrl {
    scheme: Scheme,
    host: u8,
    path: Vec<PathPiece>,
}

#[derive(Debug, Arbitrary, Clone, Copy)]
enum Scheme {
    Https,
    Http,
    UpperHttps,
    Ftp,
    /// `//host/…`: no scheme, not an absolute URL.
    ProtocolRelative,
}

const HOSTS: &[&str] = &[
    "www.rfi.fr",
    "www.bbc.com",
    "www.dw.com",
    "www.voachinese.com",
    "cn.nytimes.com",
    "www.rfa.org",
    "www.epochtimes.com",
    "www.youtube.com/watch?v=x",
    "medium.com",
    "chinadigitaltimes.net",
    "news.example.invalid",
];

#[derive(Debug, Arbitrary, Clone, Copy)]
enum PathPiece {
    Segment(u8),
    PercentUpper,
    PercentLower,
    BrokenPercent,
    DoubleSlash,
    Question,
    Query,
    Date,
    Html,
    RawCjk,
    Fragment,
    Ampersand,
}

const SEGMENTS: &[&str] = &[
    "cn",
    "zh",
    "a-54684000",
    "chinese-news-53475000",
    "x",
    "2020",
];

impl PathPiece {
    fn write(self, out: &mut String) {
        out.push_str(match self {
            PathPiece::Segment(i) => return out.extend(["/", pick(SEGMENTS, i)]),
            PathPiece::PercentUpper => "/%E4%B8%AD%E5%9B%BD",
            PathPiece::PercentLower => "/%e4%b8%ad%e5%9b%bd",
            PathPiece::BrokenPercent => "/%zz%E4",
            PathPiece::DoubleSlash => "//",
            PathPiece::Question => "?",
            PathPiece::Query => "?utm_source=feedx&x=1",
            PathPiece::Date => "/2024/03/05/",
            PathPiece::Html => "/20231106-biden.html",
            PathPiece::RawCjk => "/中国",
            PathPiece::Fragment => "#top",
            PathPiece::Ampersand => "&amp;",
        })
    }
}

impl LinkUrl {
    fn write(&self, out: &mut String) {
        out.push_str(match self.scheme {
            Scheme::Https => "https://",
            Scheme::Http => "http://",
            Scheme::UpperHttps => "HTTPS://",
            Scheme::Ftp => "ftp://",
            Scheme::ProtocolRelative => "//",
        });
        out.push_str(pick(HOSTS, self.host));
        for piece in &self.path {
            piece.write(out);
        }
    }

    fn absolute(&self) -> bool {
        !matches!(self.scheme, Scheme::ProtocolRelative)
    }
}

// ---------------------------------------------------------------- body

#[derive(Debug, Arbitrary)]
enum Token {
    Open(Tag, Vec<Attr>),
    Close(Tag),
    Text(TextPiece),
    Furniture(Furniture),
}

#[derive(Debug, Arbitrary, Clone, Copy)]
enum Tag {
    P,
    Div,
    Span,
    Strong,
    B,
    I,
    A,
    Br,
    Hr,
    H(u8),
    Ul,
    Ol,
    Li,
    Blockquote,
    Figure,
    Img,
    Figcaption,
    Picture,
    Source,
    Video,
    Iframe,
    Small,
    Cite,
    Time,
    Address,
    Table,
    Tr,
    Td,
    Section,
    Footer,
    Script,
    Style,
    Main,
    Noscript,
    Sup,
}

impl Tag {
    fn name(self) -> &'static str {
        match self {
            Tag::P => "p",
            Tag::Div => "div",
            Tag::Span => "span",
            Tag::Strong => "strong",
            Tag::B => "b",
            Tag::I => "i",
            Tag::A => "a",
            Tag::Br => "br",
            Tag::Hr => "hr",
            Tag::H(level) => ["h1", "h2", "h3", "h4", "h5", "h6"][usize::from(level % 6)],
            Tag::Ul => "ul",
            Tag::Ol => "ol",
            Tag::Li => "li",
            Tag::Blockquote => "blockquote",
            Tag::Figure => "figure",
            Tag::Img => "img",
            Tag::Figcaption => "figcaption",
            Tag::Picture => "picture",
            Tag::Source => "source",
            Tag::Video => "video",
            Tag::Iframe => "iframe",
            Tag::Small => "small",
            Tag::Cite => "cite",
            Tag::Time => "time",
            Tag::Address => "address",
            Tag::Table => "table",
            Tag::Tr => "tr",
            Tag::Td => "td",
            Tag::Section => "section",
            Tag::Footer => "footer",
            Tag::Script => "script",
            Tag::Style => "style",
            Tag::Main => "main",
            Tag::Noscript => "noscript",
            Tag::Sup => "sup",
        }
    }
}

#[derive(Debug, Arbitrary)]
struct Attr {
    name: AttrName,
    value: AttrValue,
    quote: Quote,
}

#[derive(Debug, Arbitrary, Clone, Copy)]
enum AttrName {
    Href,
    Src,
    DataSrc,
    Srcset,
    Poster,
    Datetime,
    CamelDateTime,
    Class,
    Id,
    Style,
    Alt,
    Width,
    Height,
    SelfpromoNewsletter,
    AriaLabel,
}

impl AttrName {
    fn name(self) -> &'static str {
        match self {
            AttrName::Href => "href",
            AttrName::Src => "src",
            AttrName::DataSrc => "data-src",
            AttrName::Srcset => "srcset",
            AttrName::Poster => "poster",
            AttrName::Datetime => "datetime",
            AttrName::CamelDateTime => "dateTime",
            AttrName::Class => "class",
            AttrName::Id => "id",
            AttrName::Style => "style",
            AttrName::Alt => "alt",
            AttrName::Width => "width",
            AttrName::Height => "height",
            AttrName::SelfpromoNewsletter => "data-selfpromo-newsletter",
            AttrName::AriaLabel => "aria-label",
        }
    }
}

#[derive(Debug, Arbitrary)]
enum AttrValue {
    Url(u8),
    Class(u8),
    Date(u8),
    Text(TextPiece),
    Number(u16),
    Empty,
    Any(String),
}

#[derive(Debug, Arbitrary, Clone, Copy)]
enum Quote {
    Double,
    Single,
    None,
}

const BODY_URLS: &[&str] = &[
    "https://s.rfi.fr/media/display/x.jpg",
    "http://www.voachinese.com/img/a.jpg?w=1",
    "/media/relative.jpg",
    "relative.png",
    "../up.png",
    "//www.youtube.com/embed/abc",
    "//",
    "data:image/gif;base64,R0lGODlhAQABAAAAACw=",
    "DATA:image/png;base64,x",
    "javascript:void(0)",
    "about:blank",
    "#frag",
    "",
    "   ",
    "https://images.weserv.nl/?url=example.com/x.jpg",
    "https://images.weserv.nl/?url=",
    "https://wsrv.nl/?url=//a.example/y.png",
    "https://t.example/unsafe/1340x754/https://i.example/z.jpg",
    "https://a.example/x.jpg 1x, https://a.example/y.jpg 2x",
    "a.jpg 320w, b.jpg 640w",
    "ftp://files.example/p.png",
    "mailto:x@example.com",
    "whatsapp://send?text=%E6%B5%8B%20-%20https%3A%2F%2Frfi.my%2FA54v.W",
    "https://medium.com/_/stat?event=post.clientViewed&referrerSource=full_rss",
    "https://bbc.com/ws/av-embeds/cps/x",
    "https://example.com/?srcCurr=CNY&destCurr=USD",
    "https://example.com/?a=1&amp;b=2",
    "  https://padded.example/p.jpg  ",
    "https://[::1]/v6.jpg",
    "https://exa mple.com/space.jpg",
    "http://",
    "https:relative-with-scheme.jpg",
    "https://xn--fiqs8s.example/%E4%B8%AD.jpg",
    "https://www.dw.com/zh/%E5%BE%B7/a-54684000",
];

const CLASSES: &[&str] = &[
    "dfp-ad-1",
    "dfp-ad-top",
    "twitter-tweet",
    "t-copyright",
    "fullPic",
    "picinfo",
    "external-link",
    "image-caption",
    "bbccom_advert",
    "innity-in-post",
    "a2a_kit",
    "",
];

const DATES: &[&str] = &[
    "2020-09-30",
    "2020-10-31T00:00:00Z",
    "2024-08-07",
    "2025-02-15T08:03:55.243Z",
    "not a date",
    "2020-13-45",
    "",
];

impl AttrValue {
    fn text(&self) -> String {
        match self {
            AttrValue::Url(i) => pick(BODY_URLS, *i).to_owned(),
            AttrValue::Class(i) => pick(CLASSES, *i).to_owned(),
            AttrValue::Date(i) => pick(DATES, *i).to_owned(),
            AttrValue::Text(t) => {
                let mut s = String::new();
                t.write(&mut s);
                s
            }
            AttrValue::Number(n) => n.to_string(),
            AttrValue::Empty => String::new(),
            AttrValue::Any(s) => s.clone(),
        }
    }
}

#[derive(Debug, Arbitrary, Clone, Copy)]
enum TextPiece {
    Cjk(u8),
    Latin(u8),
    Space,
    SpaceRun,
    Nbsp,
    Entity(u8),
    Newline,
    Lt,
    Amp,
}

const TEXT_CJK: &[&str] = &[
    "白宫的声明称，",
    "拜登总统将于下周与习近平举行会晤。",
    "法国国际广播电台",
    "图像来源，Getty Images",
    "（欢迎点击此处订阅NYT简报）",
    "点击查看本文英文版。",
    "華盛頓 — ",
    "分享 :",
    "相关图集",
    "沒看過上集的話可以點這邊：",
    "例如說這兩個就是真實的漏洞：",
    "关于我们",
    "作者：某某<br>出版社：某社",
    "結帳時輸入優惠碼「IMO300」，折 300 元",
];
const TEXT_LATIN: &[&str] = &[
    "The White House said",
    "Photo by Jane on Unsplash",
    "Continue reading on Medium »",
    "was originally published in",
    "AFP",
    "null",
    "x",
    "Missed part one? Read it here:",
    "Use code RIVER for 20% off",
];
const ENTITIES: &[&str] = &[
    "&amp;",
    "&nbsp;",
    "&#8211;",
    "&copy;",
    "&lt;",
    "&gt;",
    "&quot;",
    "&#160;",
    "&#x3000;",
    "&#0;",
    "&#x110000;",
    "&amp",
    "&bogus;",
    "&#;",
    "&#xD800;",
];

impl TextPiece {
    fn write(self, out: &mut String) {
        out.push_str(match self {
            TextPiece::Cjk(i) => pick(TEXT_CJK, i),
            TextPiece::Latin(i) => pick(TEXT_LATIN, i),
            TextPiece::Space => " ",
            TextPiece::SpaceRun => "        ",
            TextPiece::Nbsp => "\u{a0}",
            TextPiece::Entity(i) => pick(ENTITIES, i),
            TextPiece::Newline => "\n",
            TextPiece::Lt => "<",
            TextPiece::Amp => "&",
        })
    }
}

#[derive(Debug, Arbitrary, Clone, Copy)]
enum Furniture {
    RfiDate {
        day: u8,
        month: u8,
        hour: u8,
        minute: u8,
    },
    VoaDate,
    DwDate(Name),
    NytDate(Name),
    ReutersDate,
    BbcDate,
    BbcTime,
    EconomistTime,
    EpochDateline,
    RfiShare,
    FeedxFooter(u8),
    DfpAd,
    ImuAd,
    Selfpromo,
    Credits,
    CopyrightAfp,
    CopyrightDw,
    NytFooter,
    MediumPixel,
    Tweet,
    WeservImage,
    VoaCaption,
    NbspParagraph,
    NbspEntityParagraph,
    RfiLead,
    MangledPicture,
    StrayCloses,
    Figure,
    DwVideo,
    BbcIframe,
    CnaIframe,
}

impl Furniture {
    fn write(self, out: &mut String) {
        match self {
            Furniture::RfiDate { day, month, hour, minute } => out.push_str(&format!(
                "<div>{:02}/{:02}/2023 - {:02}:{:02}</div>",
                day % 32,
                month % 14,
                hour % 25,
                minute % 61
            )),
            Furniture::VoaDate => out.push_str("<div><i>Mon, 20 Jul 2020 19:22:03 GMT</i></div>"),
            Furniture::DwDate(name) => out.push_str(&format!(
                "<div><i>{}<br>2020-06-29T14:58:06.315Z</i></div>",
                name.text()
            )),
            Furniture::NytDate(name) => out.push_str(&format!(
                "<div><i>{}<br>2020-07-20 19:22:17</i></div>",
                name.text()
            )),
            Furniture::ReutersDate => out.push_str("<div><i>2020-07-20T10:20:18</i></div>"),
            Furniture::BbcDate => out.push_str("<div><i>2020年 7月 20日</i></div>"),
            Furniture::BbcTime => out.push_str("<time datetime=\"2020-09-30\">29 分钟前</time>"),
            Furniture::EconomistTime => {
                out.push_str("<time dateTime=\"2020-10-31T00:00:00Z\">Oct 31st 2020</time>")
            }
            Furniture::EpochDateline => out.push_str("<p>【大纪元2020年11月06日讯】据报道，"),
            Furniture::RfiShare => out.push_str(
                "<div><div>分享 :</div><div><a href=\"https://www.facebook.com/dialog/share?app_id=1&amp;href=https%3A%2F%2Frfi.my%2FA54v.F&amp;redirect_uri=https%3A%2F%2Fwww.rfi.fr%2Fcn%2F%25E4%25B8%25AD\">Facebook</a><a href=\"whatsapp://send?text=%E7%99%BD%20-%20https%3A%2F%2Frfi.my%2FA54v.W\">WhatsApp</a><a href=\"https://x.com/intent/tweet?url=https%3A%2F%2Frfi.my%2FA54v.T\">X</a></div></div>",
            ),
            Furniture::FeedxFooter(i) => out.push_str(&format!(
                "<br><hr><div>获取更多RSS：<br><a href=\"https://feedx.net\">https://feedx.net</a> <br><a href=\"https://feedx.{tld}\">https://feedx.{tld}</a><br></div>",
                tld = pick(&["xyz", "fun", "best", "run"], i)
            )),
            Furniture::DfpAd => out.push_str("<div class=\"dfp-ad-1\"><p>广告</p></div>"),
            Furniture::ImuAd => out.push_str("<section id=\"imu\"><div>Advertisement</div></section>"),
            Furniture::Selfpromo => out.push_str(
                "<div data-selfpromo-newsletter=\"\"><p>订阅法广简报</p><a href=\"/cn/newsletters\">订阅</a></div>",
            ),
            Furniture::Credits => out.push_str("<p>记者：王允    责编：嘉远    网编：瑞哲</p>"),
            Furniture::CopyrightAfp => out.push_str("<p class=\"t-copyright\">© 2020 AFP</p>"),
            Furniture::CopyrightDw => out.push_str("<p>© 2020年德国之声版权声明：本文所有内容受到著作权法保护</p>"),
            Furniture::NytFooter => out.push_str("<footer><p>翻译：纽约时报中文网</p><p>点击查看本文英文版。</p></footer>"),
            Furniture::MediumPixel => out.push_str(
                "<img src=\"https://medium.com/_/stat?event=post.clientViewed&amp;referrerSource=full_rss&amp;postId=1\" width=\"1\" height=\"1\" alt=\"\">",
            ),
            Furniture::Tweet => out.push_str(
                "<blockquote class=\"twitter-tweet\"><p>tweet text</p>— someone (@x) <a href=\"https://twitter.com/x/status/1\">July 20, 2020</a></blockquote><script async src=\"https://platform.twitter.com/widgets.js\" charset=\"utf-8\"></script>",
            ),
            Furniture::WeservImage => out.push_str("<img src=\"https://images.weserv.nl/?url=www.rfa.org/a/b.jpg\">"),
            Furniture::VoaCaption => out.push_str(
                "<img src=\"https://gdb.voanews.com/a.jpg\"><div><small style=\"color: #999;\">图片说明</small></div>",
            ),
            Furniture::NbspParagraph => out.push_str("<p>\u{a0}</p>"),
            Furniture::NbspEntityParagraph => out.push_str("<p>&nbsp;</p><p> </p>"),
            Furniture::RfiLead => out.push_str("<p><strong>美国总统拜登与中国国家主席习近平将会晤。        </strong></p>"),
            Furniture::MangledPicture => out.push_str(
                "<picture><sourcetype=\"image/webp\"srcset=\"https://s.rfi.fr/m/w:1280/x.webp\"sizes=\"\"/><img src=\"data:image/gif;base64,R0lGOD\"></picture><imgfetchpriority=\"low\"src=\"https://s.rfi.fr/m/y.jpg\">",
            ),
            Furniture::StrayCloses => out.push_str("</div><ul></ul></small></p></i>"),
            Furniture::Figure => out.push_str(
                "<figure><img src=\"https://ichef.bbci.co.uk/a.jpg\" alt=\"alt\"><figcaption>图像加注文字，说明<cite>Getty</cite></figcaption></figure>",
            ),
            Furniture::DwVideo => out.push_str(
                "<video src=\"https://tvdownloaddw-a.akamaihd.net/a.mp4\" poster=\"//static.dw.com/p.jpg\" controls></video>",
            ),
            Furniture::BbcIframe => out.push_str("<iframe src=\"https://bbc.com/ws/av-embeds/cps/zhongwen/x\"></iframe>"),
            Furniture::CnaIframe => out.push_str("<iframe data-src='//www.youtube.com/embed/abc'></iframe>"),
        }
    }
}

impl Token {
    fn write(&self, out: &mut String) {
        match self {
            Token::Open(tag, attrs) => {
                out.push('<');
                out.push_str(tag.name());
                for attr in attrs.iter().take(4) {
                    out.push(' ');
                    out.push_str(attr.name.name());
                    let value = attr.value.text();
                    match attr.quote {
                        Quote::Double => {
                            out.extend(["=\"", &value.replace('"', "&quot;"), "\""]);
                        }
                        Quote::Single => out.extend(["='", &value.replace('\'', "&#39;"), "'"]),
                        Quote::None => out.extend(["=", &value]),
                    }
                }
                out.push('>');
            }
            Token::Close(tag) => out.extend(["</", tag.name(), ">"]),
            Token::Text(piece) => piece.write(out),
            Token::Furniture(f) => f.write(out),
        }
    }
}

// ---------------------------------------------------------------- the snapshot

struct Built {
    input: String,
    /// The header is well formed by construction: parsing must succeed.
    well_formed: bool,
    /// A comment that is no number of milliseconds in range, expected in
    /// `timestamp_raw`.
    expected_raw: Option<String>,
    /// A number of milliseconds in range, expected as the timestamp.
    expected_millis: Option<i64>,
    front_matter: bool,
}

impl Snapshot {
    fn build(&self) -> Built {
        let eol = if self.crlf { "\r\n" } else { "\n" };
        let mut s = String::new();
        if self.bom {
            s.push('\u{feff}');
        }
        let front_matter = !matches!(self.front_matter, FrontMatter::None);
        if front_matter {
            s.extend(["---", eol, "layout: post", eol]);
            match self.front_matter {
                FrontMatter::Date => s.extend(["date: 2020-07-20 19:22:17 +0800", eol]),
                FrontMatter::Author(name) => s.extend(["author: ", name.text(), eol]),
                _ => {}
            }
            s.extend(["---", eol]);
            for _ in 0..self.blank_lines_after_front_matter % 3 {
                s.push_str(eol);
            }
        }

        let mut well_formed = true;
        let mut expected_millis = None;
        let raw = match &self.timestamp {
            Timestamp::Millis(ms) => {
                if chrono::DateTime::from_timestamp_millis(*ms).is_some() {
                    expected_millis = Some(*ms);
                }
                ms.to_string()
            }
            Timestamp::Seconds(secs) => {
                expected_millis = Some(i64::from(*secs));
                secs.to_string()
            }
            Timestamp::NaN => "NaN".to_owned(),
            Timestamp::Empty => String::new(),
            Timestamp::Garbage(g) => {
                well_formed = false;
                g.text().to_owned()
            }
            Timestamp::Raw(r) => {
                well_formed = false;
                r.clone()
            }
        };
        s.extend(["<!--", &raw, "-->", eol]);
        let expected_raw = (well_formed && expected_millis.is_none()).then_some(raw);

        s.push('[');
        for piece in self.title.iter().take(32) {
            piece.write(&mut s, eol);
            well_formed &= piece.plain();
        }
        s.push_str("](");
        self.url.write(&mut s);
        well_formed &= self.url.absolute();
        s.push(')');
        s.push_str(eol);

        let dashes = usize::from(self.dashes % 24);
        well_formed &= dashes >= 3;
        s.push_str(&"-".repeat(dashes));
        if self.dashes_trailing_space {
            s.push_str("  ");
        }
        s.push_str(eol);
        s.push_str(eol);

        let mut body = String::new();
        for token in &self.body {
            token.write(&mut body);
        }
        if self.crlf {
            body = body.replace('\n', "\r\n");
        }
        if self.wrap_div {
            s.extend(["<div>", eol, &body, eol, "</div>"]);
        } else {
            s.push_str(&body);
        }
        if self.final_newline {
            s.push_str(eol);
        }
        Built {
            input: s,
            well_formed,
            expected_raw,
            expected_millis,
            front_matter,
        }
    }
}

fn check(a: &Article, input: &str) {
    for image in &a.images {
        assert!(
            matches!(image.url.scheme(), "http" | "https"),
            "image URL {} is not http(s)\n{input:?}",
            image.url
        );
    }
    for video in &a.videos {
        assert!(
            matches!(video.url.scheme(), "http" | "https"),
            "video URL {} is not http(s)\n{input:?}",
            video.url
        );
    }
    for audio in &a.audio {
        assert!(
            matches!(audio.url.scheme(), "http" | "https"),
            "audio URL {} is not http(s)\n{input:?}",
            audio.url
        );
    }
    let positions = [
        a.images.iter().map(|m| m.position).collect::<Vec<_>>(),
        a.videos.iter().map(|m| m.position).collect(),
        a.audio.iter().map(|m| m.position).collect(),
    ];
    for list in &positions {
        assert!(
            list.windows(2).all(|w| w[0] <= w[1]) && list.iter().all(|&p| p <= a.blocks.len()),
            "media positions {list:?} out of reading order or past {} blocks\n{input:?}",
            a.blocks.len()
        );
    }
    for block in &a.blocks {
        assert!(
            !block.text.trim().is_empty(),
            "block of white space {block:?}\n{input:?}"
        );
    }
    if let Some(lead) = &a.lead {
        assert!(!lead.trim().is_empty(), "empty lead {lead:?}\n{input:?}");
    }
    let _ = a.to_text();
    let _ = a.to_markdown();
    round_trip(a);
}

fuzz_target!(|snapshot: Snapshot| {
    let built = snapshot.build();
    let input = &built.input;
    let result = newsnap::parse(input);
    assert_eq!(
        newsnap::parse_bytes(input.as_bytes()),
        result,
        "parse_bytes disagrees with parse\n{input:?}"
    );
    match &result {
        Ok(a) => {
            if built.well_formed {
                if let Some(ms) = built.expected_millis {
                    assert_eq!(
                        a.timestamp.map(|t| t.timestamp_millis()),
                        Some(ms),
                        "timestamp\n{input:?}"
                    );
                }
                if let Some(raw) = &built.expected_raw {
                    assert_eq!(
                        a.timestamp_raw.as_deref(),
                        Some(raw.as_str()),
                        "timestamp_raw\n{input:?}"
                    );
                }
                assert_eq!(
                    a.front_matter.is_some(),
                    built.front_matter,
                    "front matter\n{input:?}"
                );
            }
            check(a, input);
        }
        Err(e) => assert!(
            !built.well_formed,
            "well-formed snapshot does not parse: {e}\n{input:?}\n{snapshot:?}"
        ),
    }
});
