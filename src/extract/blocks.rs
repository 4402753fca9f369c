//! Blocks: the text gathered between block boundaries, split into
//! paragraphs (`<br><br>` outside `<p>`), cleaned of boilerplate lines, and
//! written as the lead or a block.

use std::borrow::Cow;
use std::iter::Peekable;
use std::vec;

use html5ever::Attribute;

use super::boilerplate::Stripped;
use super::furniture;
use super::walk::{Exit, Frame, Walker};
use crate::article::{Block, BlockKind, Link};
use crate::html;
use crate::text::TextBuf;
use crate::urls;

/// Blocks' text from this many bytes on is split into `<br><br>` parts as
/// it comes (see [`Walker::split_early`]).
pub(crate) const SPLIT_AT: usize = 16 * 1024;

/// The block context: which text element we are in.
#[derive(Clone, Copy, Default)]
pub(crate) struct Ctx {
    heading: Option<u8>,
    /// Inside a list item: its ordinal (in an ordered list) and depth.
    list_item: Option<(Option<u32>, u8)>,
    /// The innermost open list, counting its items.
    list: Option<List>,
    quote: bool,
    /// Inside a `<p>` (or `<pre>`), where `<br><br>` does not split paragraphs.
    paragraph: bool,
    /// Inside a `<pre>`: text as written.
    pub(super) pre: bool,
    /// The paragraph is marked as a standfirst by its class.
    lead_hint: bool,
}

/// An open `<ul>` or `<ol>`.
#[derive(Clone, Copy)]
pub(crate) struct List {
    ordered: bool,
    reversed: bool,
    /// The number of the next item.
    next: u32,
    /// 1 for a top-level list.
    depth: u8,
}

impl Ctx {
    fn kind(&self) -> BlockKind {
        if self.pre {
            BlockKind::Preformatted
        } else if let Some(level) = self.heading {
            BlockKind::Heading { level }
        } else if let Some((ordinal, depth)) = self.list_item {
            BlockKind::ListItem { ordinal, depth }
        } else if self.quote {
            BlockKind::Quote
        } else {
            BlockKind::Paragraph
        }
    }
}

/// The text of the block being gathered, and what is known of it.
pub(super) struct Blocks {
    pub(super) ctx: Ctx,
    pub(super) text: TextBuf,
    /// Whether a block other than a caption has been written (a lead must
    /// come first).
    text_seen: bool,
    /// Bumped at every flush, so a link spanning a flush is not misread.
    pub(super) generation: u32,
    /// Links of the current block, with the byte offset where each starts.
    pub(super) links: Vec<(usize, Link)>,
    /// Parts of the current block already split off its text, with their
    /// links (see [`Walker::split_early`]).
    parts: Vec<(String, Vec<Link>)>,
    /// Buffer length from which [`Walker::split_early`] splits.
    split_at: usize,
    /// Links entered and not yet left.
    pub(super) open_links: u32,
    pub(super) strong: u32,
    /// Whether the current block has text inside and outside `<strong>`/`<b>`.
    pub(super) strong_text: bool,
    pub(super) plain_text: bool,
    /// Open `<em>`/`<i>` elements, and whether the current block has text
    /// outside them.
    pub(super) emphasis: u32,
    pub(super) roman_text: bool,
    /// The last block, when it was a paragraph wholly in italics (a
    /// closing note on the author may be one).
    pub(super) emphasised_block: Option<usize>,
    /// The last block, if it may be a bold pseudo-heading: it becomes a
    /// heading when body text follows it (see [`is_heading_like`]).
    heading_candidate: Option<usize>,
    /// Inside a box of links: after a box's label (see
    /// [`super::furniture::opens_box`]), the blocks that are mostly a link are
    /// furniture.
    pub(super) in_box: bool,
    /// Set when the part being written held a box's label: the box opens
    /// after it.
    pub(super) box_opened: bool,
    /// The last pseudo-heading made a heading by the body text after it.
    last_promoted: Option<usize>,
    /// The last blocks, when they are lines pointing at the author's
    /// earlier post (see [`super::furniture::is_pointer`]), one or more in a
    /// row: they leave the text if the next block is the link.
    pointers: Vec<Pointer>,
}

/// A pointer line written as a block, and what stood before it was: it is
/// taken back only if nothing has been written since, and taking it back
/// restores what writing it changed.
#[derive(Debug, Clone, Copy)]
struct Pointer {
    block: usize,
    media: usize,
    boilerplate: usize,
    boilerplate_at_block: usize,
    text_seen: bool,
    heading_candidate: Option<usize>,
    /// The italic block before it (a closing note on the author).
    emphasised_block: Option<usize>,
    /// The pseudo-heading that writing the pointer, as body text, made a
    /// heading.
    promoted: Option<usize>,
}

impl Blocks {
    /// Whether block `i` is a pseudo-heading the last body text made one.
    pub(super) fn promoted(&self, i: usize) -> bool {
        self.last_promoted == Some(i)
    }

    pub(super) fn new(split_at: usize) -> Self {
        Blocks {
            ctx: Ctx::default(),
            text: TextBuf::default(),
            text_seen: false,
            generation: 0,
            links: Vec::new(),
            parts: Vec::new(),
            split_at,
            open_links: 0,
            strong: 0,
            strong_text: false,
            plain_text: false,
            emphasis: 0,
            roman_text: false,
            emphasised_block: None,
            heading_candidate: None,
            in_box: false,
            box_opened: false,
            last_promoted: None,
            pointers: Vec::new(),
        }
    }

    /// Whether no text is pending.
    pub(super) fn is_empty(&self) -> bool {
        self.text.is_empty() && self.parts.is_empty()
    }

    /// How many paragraphs the pending text holds so far, as
    /// [`Walker::flush`] will split it: the parts split off early, then
    /// those of the buffer.
    pub(super) fn pending_paragraphs(&self) -> usize {
        let separator = if self.ctx.paragraph { "\u{0}" } else { "\n\n" };
        let text = self.text.tail(0);
        self.parts.len()
            + text
                .split(separator)
                .filter(|p| !p.trim().is_empty())
                .count()
    }
}

/// The parts of `text` between `separator`s, trimmed, empty ones left out,
/// each with the links that start inside it: `links` (offsets into `text`,
/// in text order) is read up to the last part's end.
fn split_parts<'t>(
    text: &'t str,
    separator: &str,
    links: &mut Peekable<vec::IntoIter<(usize, Link)>>,
) -> Vec<(&'t str, Vec<Link>)> {
    let mut parts = Vec::new();
    for part in text
        .split(separator)
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        // Parts and links are both in text order, so one cursor serves.
        let part_end = part.as_ptr() as usize - text.as_ptr() as usize + part.len();
        let mut part_links = Vec::new();
        while let Some((_, link)) = links.next_if(|(at, _)| *at < part_end) {
            part_links.push(link);
        }
        parts.push((part, part_links));
    }
    parts
}

/// Interview questions open with the speaker (`德国之声：…`); they are not
/// standfirsts even when bold.
/// The level of a bold pseudo-heading: the level blogs give their section
/// heads (Medium and WordPress posts write `<h3>`), below a page's `<h1>`
/// title and the `<h2>` of its main parts.
pub(super) const PSEUDO_HEADING_LEVEL: u8 = 3;

/// Whether a bold first paragraph is a section head rather than a
/// standfirst: heading-like, and numbered (`一、`) or a short Chinese or
/// Japanese phrase with no sentence end (`一九三九年一月`). Other bold
/// openings, a deck in English among them, stay the lead.
fn opens_as_head(text: &str) -> bool {
    let cjk = text.chars().any(|c| ('\u{3040}'..='\u{9fff}').contains(&c));
    let numbered = without_ordinal(text).len() != text.len();
    is_heading_like(text)
        && !text.ends_with(['。', '！', '？', '.', '!', '?'])
        && (numbered || (cjk && text.chars().count() <= 20))
}

/// How a bold line introducing what follows ends, before its colon.
const LEAD_INS: &[&str] = &[
    "如下", "表示", "说", "說", "指出", "认为", "認為", "写道", "寫道", "称", "稱", "问", "問",
    "答", "said", "says", "follows",
];

/// Whether a wholly bold paragraph reads as a section head: short (at most
/// 40 characters with Chinese or Japanese in it, 80 without), with letters,
/// one sentence at most (a sentence end only at its end, as in
/// `1. 不再加班。`), not ending in an ellipsis, not a sentence of clauses
/// (a comma, then a full stop or exclamation mark at the end: an emphasised
/// sentence, unless numbered like the heads around it:
/// `5. 别再做重复的工作，让它自动化。`; a question of three clauses or more),
/// and not a speaker's label opening an answer (`记者：…`) or introducing a
/// speaker by their roles (`西川：诗人、作家`). A label ending in a colon heads what follows
/// (`参考文献：`, `译注：`), unless it introduces a list or a quotation
/// (`名单如下：`, `他表示：`).
fn is_heading_like(text: &str) -> bool {
    let chars = text.chars().count();
    let cjk = text.chars().any(|c| ('\u{3040}'..='\u{9fff}').contains(&c));
    let unnumbered = without_ordinal(text);
    let body = unnumbered.trim_end_matches(['。', '！', '？', '.', '!', '?']);
    // A question is one with three clauses or more (`一邊…，一邊…，可能嗎？`):
    // a head may ask in two (`…国安法，欧盟能够做些什么呢？`).
    let commas = text.matches(['，', ',']).count();
    let emphasised_sentence = unnumbered.len() == text.len()
        && ((text.ends_with(['。', '！', '.', '!']) && commas >= 1)
            || (text.ends_with(['？', '?']) && commas >= 2));
    // A lead-in to a list or a quotation (`名单如下：`, `他表示：`) is no head;
    // a label ending in a colon is.
    let leads_on = text.ends_with('…')
        || text.ends_with("...")
        || text
            .strip_suffix(['：', ':'])
            .is_some_and(|label| LEAD_INS.iter().any(|w| label.ends_with(w)));
    let label = text.trim_end_matches(['：', ':']);
    chars <= if cjk { 40 } else { 80 }
        && text.chars().any(char::is_alphabetic)
        && !leads_on
        && !emphasised_sentence
        && !body.contains(['。', '！', '？', '!', '?'])
        && !body.contains(". ")
        && !is_speaker_line(text)
        && !is_speaker_intro(text)
        && !is_field_line(text)
        && label
            .rsplit(['：', ':'])
            .next()
            // A label and a rating or a number (`難度：★☆☆☆☆`) is no head.
            .is_some_and(|after| after.chars().any(char::is_alphabetic))
}

/// What a line without letters or digits is, when it is text: an ellipsis
/// (`……`, `⋯⋯`, `...`), which stays a paragraph, or a thematic break
/// (`* * *`, `＊`, `———`, `-----`, `====`, `＿＿＿`, a row of ornaments
/// such as `◆ ◆ ◆`), which becomes a [`BlockKind::Separator`]. Other such
/// lines (`■`, a lone `.` or `·`, a blank braille cell) are ornaments, left
/// to the boilerplate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PunctuationLine {
    Ellipsis,
    Separator,
}

/// See [`PunctuationLine`]; `None` for a line with letters or digits, or
/// an ornament.
pub(crate) fn punctuation_line(line: &str) -> Option<PunctuationLine> {
    // Called for every paragraph: most have a letter early on.
    if line.len() > 256 || line.chars().any(furniture::is_word_char) {
        return None;
    }
    let chars: Vec<char> = line.chars().filter(|c| !c.is_whitespace()).collect();
    let (&first, _) = chars.split_first()?;
    let all = |set: &str| chars.iter().all(|&c| set.contains(c));
    if chars.len() >= 2 && all("…⋯.。·") && !all(".") || chars.len() >= 3 && all(".") {
        return Some(PunctuationLine::Ellipsis);
    }
    let same = chars.iter().all(|&c| c == first);
    let stars = all("*＊⁂");
    if stars
        || (same && chars.len() >= 3 && "-—–_＿=~～#＃•·─━".contains(first))
        || is_ornament_row(&chars)
    {
        return Some(PunctuationLine::Separator);
    }
    None
}

/// A row of three or more ornaments as Chinese posts set their section
/// breaks: one ornament repeated (`◆ ◆ ◆`, `❀❀❀`), or a row that reads the
/// same both ways, dashes allowed (`◇◆◇`, `—— ◆ ——`). Stars and dots that
/// rate (`★★★★☆`, `●●●○○`) are no break.
fn is_ornament_row(chars: &[char]) -> bool {
    const ORNAMENTS: &str = "◆◇♦◈■□▪▲△▼▽❖✦✧✽※❀✿♡";
    chars.len() >= 3
        && chars.iter().any(|&c| ORNAMENTS.contains(c))
        && chars
            .iter()
            .all(|&c| ORNAMENTS.contains(c) || "—–-─".contains(c))
        && chars.iter().eq(chars.iter().rev())
}

/// `text` without a section number opening it: `1. `, `2、`, `三、`,
/// `(4)`, `A.`.
fn without_ordinal(text: &str) -> &str {
    let t = text.trim_start_matches(['(', '（']);
    let digits = t
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || "一二三四五六七八九十".contains(c)))
        .map_or(t.len(), |(i, _)| i);
    let rest = &t[digits..];
    match rest.chars().next() {
        Some(c @ ('.' | '、' | '．' | ')' | '）')) if digits > 0 => {
            rest[c.len_utf8()..].trim_start()
        }
        _ => text,
    }
}

/// A speaker's label and what they say (`燕京书评：…？`, `记者：…。`), not
/// a head with a subtitle (`“中世长安”：华夷秩序下的焦虑想象`): the label, then
/// a sentence.
fn is_speaker_line(text: &str) -> bool {
    starts_with_speaker(text)
        && (text.ends_with(['？', '?', '。', '.', '！', '!']) || text.chars().count() > 30)
}

/// A speaker introduced by name and roles (`西川：诗人、作家`, `苏童：作家`):
/// a name of two to four Chinese characters, a colon, then roles only,
/// each ending as the names of roles do. It labels what the speaker says;
/// a head with a subtitle (`黃之鋒：大規模 DQ 無異於選舉舞弊`, `第一幕：謊言`)
/// is not one.
fn is_speaker_intro(text: &str) -> bool {
    let Some((name, roles)) = text.split_once(['：', ':']) else {
        return false;
    };
    let n = name.chars().count();
    (2..=4).contains(&n)
        && name.chars().all(crate::text::is_han)
        && !name.starts_with('第')
        && roles
            .split(['、', '，', ',', ' ', '/', '／'])
            .filter(|r| !r.is_empty())
            .all(|r| r.chars().count() <= 8 && r.ends_with(super::byline::ROLE_ENDS))
        && !roles.trim().is_empty()
}

/// A field of a notice or a book card, a label and its value
/// (`时间：2020年9月`, `出版社：某某`): no head.
fn is_field_line(text: &str) -> bool {
    const FIELDS: &[&str] = &[
        "时间",
        "時間",
        "日期",
        "地点",
        "地點",
        "地址",
        "费用",
        "費用",
        "票价",
        "票價",
        "出版社",
        "出版时间",
        "出版時間",
        "页数",
        "頁數",
        "定价",
        "定價",
    ];
    text.split_once(['：', ':'])
        .is_some_and(|(label, value)| FIELDS.contains(&label.trim()) && !value.trim().is_empty())
}

fn starts_with_speaker(text: &str) -> bool {
    text.chars().take(12).any(|c| c == '：' || c == ':')
}

/// The longest line of a box of links, in characters.
const MAX_BOX_LINE_CHARS: usize = 200;

/// Whether a block is mostly a link (half its characters or more, white
/// space aside): a line of a box of links (`註冊幣安｜幣安開戶＋實名認證教學。`).
fn is_link_line(part: &str, links: &[Link]) -> bool {
    let count = |s: &str| s.chars().filter(|c| !c.is_whitespace()).count();
    if links.is_empty() || part.len() > 4 * MAX_BOX_LINE_CHARS {
        return false;
    }
    let all = count(part);
    let linked: usize = links
        .iter()
        .filter(|l| part.contains(l.text.as_str()))
        .map(|l| count(&l.text))
        .sum();
    all <= MAX_BOX_LINE_CHARS && 2 * linked >= all
}

/// Whether a class token marks a standfirst: `…introduction…` and the like
/// (the outlet's [`lead_classes`](crate::outlets::Captions::lead_classes)),
/// `…standfirst…` and `…lead` on every host.
fn marks_lead(token: &str, outlet_classes: &[&str]) -> bool {
    outlet_classes.iter().any(|c| token.contains(c))
        || token.contains("standfirst")
        || token.ends_with("lead")
}

impl Walker<'_> {
    /// Enters a block element (or any other element, which needs nothing).
    pub(super) fn enter_block<'a>(
        &mut self,
        tag: &str,
        attrs: &[Attribute],
        stack: &mut Vec<Frame<'a>>,
    ) -> bool {
        if let Some(mut ctx) = self.block_ctx(tag, attrs) {
            if tag == "li" {
                // Numbered here, and counted in the list's context, which
                // the item's end restores.
                let list = self.blocks.ctx.list.as_mut();
                let depth = list.as_ref().map_or(1, |l| l.depth);
                let ordinal = list.filter(|l| l.ordered).map(|l| {
                    let n = html::attr(attrs, "value")
                        .and_then(|v| v.trim().parse().ok())
                        .unwrap_or(l.next);
                    l.next = if l.reversed {
                        n.saturating_sub(1)
                    } else {
                        n.saturating_add(1)
                    };
                    n
                });
                ctx.list_item = Some((ordinal, depth));
            }
            self.flush();
            stack.push(Frame::Exit(Exit::Block(self.blocks.ctx)));
            self.blocks.ctx = ctx;
        }
        true
    }

    /// Whether nothing of the article has been seen yet.
    pub(super) fn nothing_seen(&self) -> bool {
        self.out.blocks.is_empty()
            && self.out.lead.is_none()
            && self.out.images.is_empty()
            && self.blocks.is_empty()
    }

    /// The context inside `tag` when it is a block element.
    fn block_ctx(&self, tag: &str, attrs: &[Attribute]) -> Option<Ctx> {
        let mut ctx = self.blocks.ctx;
        match tag {
            "p" => ctx.paragraph = true,
            "pre" => {
                ctx.paragraph = true;
                ctx.pre = true;
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                ctx.heading = Some(tag.as_bytes()[1] - b'0');
            }
            "li" | "dd" | "dt" => {
                let depth = ctx.list.map_or(1, |l| l.depth);
                ctx.list_item = Some((None, depth));
                ctx.paragraph = false;
            }
            "ul" | "ol" | "menu" => {
                let ordered = tag == "ol";
                ctx.list = Some(List {
                    ordered,
                    // Counting down needs a start: without one, it would be
                    // the number of items, not known yet.
                    reversed: ordered
                        && html::attr(attrs, "reversed").is_some()
                        && html::attr(attrs, "start").is_some(),
                    next: html::attr(attrs, "start")
                        .and_then(|v| v.trim().parse().ok())
                        .unwrap_or(1),
                    depth: ctx.list.map_or(1, |l| l.depth.saturating_add(1)),
                });
                ctx.paragraph = false;
            }
            "blockquote" => ctx.quote = true,
            "div" | "section" | "article" | "main" | "header" | "footer" | "aside" | "nav"
            | "dl" | "table" | "thead" | "tbody" | "tfoot" | "tr" | "td" | "th" | "caption"
            | "figure" | "figcaption" | "address" | "center" | "details" | "summary"
            | "fieldset" | "form" | "body" | "html" | "hgroup" => {
                ctx.paragraph = false;
            }
            _ => return None,
        }
        let outlet_classes = self.spec.rules.captions.lead_classes;
        ctx.lead_hint = html::has_class_token(attrs, |t| marks_lead(t, outlet_classes));
        Some(ctx)
    }

    /// Ends the current block, if it has text.
    pub(super) fn flush(&mut self) {
        self.blocks.generation = self.blocks.generation.wrapping_add(1);
        if !self.skip.text.is_empty() {
            let text = self.skip.text.take();
            self.boilerplate_text(&text);
        }
        let strong_only = self.blocks.strong_text && !self.blocks.plain_text;
        let emphasised = !std::mem::take(&mut self.blocks.roman_text);
        self.blocks.strong_text = false;
        self.blocks.plain_text = false;
        if self.blocks.is_empty() {
            self.blocks.links.clear();
            return;
        }
        self.media.part_blocks.clear();
        self.media.part_blocks.push(self.out.blocks.len());
        // The text stays in the buffer, which the parts are copied from.
        let text = self.blocks.text.take_buf();
        let links = std::mem::take(&mut self.blocks.links);
        if self.blocks.ctx.pre {
            self.push_preformatted(text, links);
            return;
        }
        if self.out.published.is_none() {
            if let Some(dateline) = self.spec.rules.hooks.text_dateline {
                self.out.published = dateline(&text);
            }
        }
        let kind = self.blocks.ctx.kind();
        // Outside `<p>`, `<br><br>` separates paragraphs (VOA, plain-text
        // bodies); inside one it stays a blank line of that paragraph.
        let separator = if self.blocks.ctx.paragraph {
            "\u{0}"
        } else {
            "\n\n"
        };
        if self.blocks.parts.is_empty()
            && memchr::memmem::find(text.as_bytes(), separator.as_bytes()).is_none()
            && !text.starts_with(char::is_whitespace)
        {
            // A block that is one link and names a button (`Print`,
            // `Email`, `Comments`), or leads to a platform's share or
            // subscribe page: the page's button, not a heading. Or a line
            // pointing at another post, ending with the link to it
            // (`沒看過上集的話可以點這邊：<a>…</a>。`).
            if let [(_, link)] = links.as_slice() {
                if (link.text.trim() == text.as_str()
                    && (furniture::is_button_link(&text)
                        || furniture::is_action_link(&link.url, &text)))
                    || (furniture::points_at(&text, &link.text)
                        && urls::same_site(&link.url, self.base))
                {
                    self.boilerplate_line(&text);
                    self.blocks.text.reuse(text);
                    return;
                }
            }
            // One part, the whole text (which `take_buf` trimmed).
            let part = match self.strip_boilerplate(&text) {
                Stripped::Dropped => None,
                Stripped::Whole => Some(text.as_str().to_owned()),
                Stripped::Kept(kept) => Some(kept),
            };
            self.blocks.text.reuse(text);
            if let Some(part) = part {
                let links = links.into_iter().map(|(_, link)| link).collect();
                let before = self.out.blocks.len();
                self.push_part(part, links, kind, strong_only, true);
                // Only a block this part wrote, wholly in italics. Fewer
                // blocks than before: pointers were taken back, and what
                // stood before them is back.
                let wrote = self.out.blocks.len() > before;
                if self.out.blocks.len() >= before {
                    self.blocks.emphasised_block =
                        (wrote && emphasised && kind == BlockKind::Paragraph).then_some(before);
                }
            }
            self.open_box();
            return;
        }
        let mut links = links.into_iter().peekable();
        let rest = split_parts(&text, separator, &mut links);
        let early = std::mem::take(&mut self.blocks.parts);
        let only_part = early.len() + rest.len() == 1;
        let early = early
            .into_iter()
            .map(|(part, links)| (Cow::Owned(part), links));
        let rest = rest
            .into_iter()
            .map(|(part, links)| (Cow::Borrowed(part), links));
        for (part, part_links) in early.chain(rest) {
            let part = match self.strip_boilerplate(&part) {
                Stripped::Dropped => None,
                Stripped::Whole => Some(part.into_owned()),
                Stripped::Kept(kept) => Some(kept),
            };
            if let Some(part) = part {
                self.push_part(part, part_links, kind, strong_only, only_part);
            }
            self.open_box();
        }
        self.blocks.text.reuse(text);
    }

    /// After a `<br>` outside `<p>`: once the block's text is long, moves
    /// the `<br><br>`-separated parts it has so far out of the buffer, as
    /// [`Walker::flush`] would split them, so that a long run of such
    /// paragraphs is not gathered whole. Not while a link is open (its text
    /// is read from the buffer), nor when the flush needs the whole text
    /// (a dateline in the text still to be found).
    pub(super) fn split_early(&mut self) {
        let blocks = &self.blocks;
        if blocks.ctx.paragraph
            || blocks.open_links > 0
            || blocks.text.len() < blocks.split_at
            || !blocks.text.ends_with_blank_line()
            || (self.out.published.is_none() && self.spec.rules.hooks.text_dateline.is_some())
        {
            return;
        }
        let text = self.blocks.text.take_buf();
        let mut links = std::mem::take(&mut self.blocks.links)
            .into_iter()
            .peekable();
        let parts = split_parts(&text, "\n\n", &mut links);
        self.blocks.parts.extend(
            parts
                .into_iter()
                .map(|(part, links)| (part.to_owned(), links)),
        );
        // Links after the last part belong to the next one.
        self.blocks.links = links.map(|(_, link)| (0, link)).collect();
        self.blocks.text.reuse(text);
    }

    /// Writes the text of a `<pre>` as it stands, but for blank lines at its
    /// start. A single line is judged, and trimmed, as any paragraph is (a
    /// newsletter's note set in `<pre>` is furniture); code of several
    /// lines is not.
    fn push_preformatted(&mut self, text: String, links: Vec<(usize, Link)>) {
        let start = text
            .char_indices()
            .take_while(|&(_, c)| c.is_whitespace())
            .filter(|&(_, c)| c == '\n')
            .last()
            .map_or(0, |(i, _)| i + 1);
        let body = &text[start..];
        if body.trim().is_empty() {
            self.blocks.text.reuse(text);
            return;
        }
        let part = if body.contains('\n') {
            Some(body.to_owned())
        } else {
            match self.strip_boilerplate(body.trim()) {
                Stripped::Dropped => None,
                Stripped::Whole => Some(body.trim().to_owned()),
                Stripped::Kept(kept) => Some(kept),
            }
        };
        self.blocks.text.reuse(text);
        if let Some(part) = part {
            let links = links.into_iter().map(|(_, link)| link).collect();
            self.push_part(part, links, BlockKind::Preformatted, false, true);
        }
        self.open_box();
    }

    /// After a part: a box's label in it opens the box, and the blocks
    /// written so far place the media that came after it.
    fn open_box(&mut self) {
        self.media.part_blocks.push(self.out.blocks.len());
        if std::mem::take(&mut self.blocks.box_opened) {
            self.blocks.in_box = true;
        }
    }

    /// Writes a paragraph (or `<br><br>` part) as the lead or a block.
    fn push_part(
        &mut self,
        part: String,
        mut links: Vec<Link>,
        kind: BlockKind,
        strong_only: bool,
        only_part: bool,
    ) {
        // The link under pointer lines, to the same site: all are
        // furniture. Only when nothing was written since the first pointer
        // (no medium in them or after them), and the link is a paragraph's
        // or a list item's, not a heading's.
        let mut pointers = std::mem::take(&mut self.blocks.pointers);
        if !pointers.is_empty()
            && matches!(kind, BlockKind::Paragraph | BlockKind::ListItem { .. })
            && is_link_line(&part, &links)
            && links.iter().all(|l| urls::same_site(&l.url, self.base))
            && self.take_back(&pointers)
        {
            self.out.boilerplate.push(part);
            return;
        }
        if self.blocks.in_box {
            if is_link_line(&part, &links) {
                self.out.boilerplate.push(part);
                return;
            }
            self.blocks.in_box = false;
        }
        let ctx = self.blocks.ctx;
        if only_part
            && self.out.lead.is_none()
            && !self.blocks.text_seen
            && kind == BlockKind::Paragraph
            && (ctx.lead_hint
                || (strong_only
                    && ctx.paragraph
                    && !starts_with_speaker(&part)
                    // A section head opening the text (`一九三九年一月`) is
                    // no standfirst: it stays for the heading rule. A
                    // sentence is.
                    && !opens_as_head(&part)))
        {
            self.out.lead = Some(part);
            return;
        }
        links.retain(|l| part.contains(l.text.as_str()));
        // Gathered with room to grow (four links where a list item has
        // one): a link list would keep three times the room it uses.
        links.shrink_to_fit();
        let text_seen = std::mem::replace(&mut self.blocks.text_seen, true);
        let kind = match kind {
            BlockKind::Paragraph if punctuation_line(&part) == Some(PunctuationLine::Separator) => {
                BlockKind::Separator
            }
            kind => kind,
        };
        // A bold pseudo-heading is a heading once body text follows it: a
        // paragraph, list item or quote, or in an interview the bold
        // question that opens the section.
        // A bold label ending in a colon heads the list it introduces, even
        // a list of bold items (`獎金分配：`).
        let labels_list = || {
            matches!(kind, BlockKind::ListItem { .. })
                && self
                    .blocks
                    .heading_candidate
                    .and_then(|i| self.out.blocks.get(i))
                    .is_some_and(|b| b.text.ends_with(['：', ':']))
        };
        let body_text = (!strong_only || is_speaker_line(&part) || labels_list())
            && matches!(
                kind,
                BlockKind::Paragraph
                    | BlockKind::ListItem { .. }
                    | BlockKind::Quote
                    | BlockKind::Preformatted
            );
        let heading_candidate = self.blocks.heading_candidate.take();
        let promoted = heading_candidate.filter(|_| body_text);
        if let Some(i) = promoted {
            self.out.blocks[i].kind = BlockKind::Heading {
                level: PSEUDO_HEADING_LEVEL,
            };
            self.blocks.last_promoted = Some(i);
        }
        if strong_only && only_part && kind == BlockKind::Paragraph && is_heading_like(&part) {
            self.blocks.heading_candidate = Some(self.out.blocks.len());
        }
        let pointer =
            (kind == BlockKind::Paragraph && furniture::is_pointer(&part)).then(|| Pointer {
                block: self.out.blocks.len(),
                media: self.media_count(),
                boilerplate: self.out.boilerplate.len(),
                boilerplate_at_block: self.media.boilerplate_at_block,
                text_seen,
                heading_candidate,
                emphasised_block: self.blocks.emphasised_block,
                promoted,
            });
        self.out.blocks.push(Block {
            kind,
            text: part,
            links,
        });
        self.media.boilerplate_at_block = self.out.boilerplate.len();
        // A pointer right under pointers joins them, when nothing else was
        // written between (a medium, a line left as boilerplate); any other
        // block ends them.
        match pointer {
            Some(pointer) => {
                if pointers.last().is_some_and(|p| {
                    p.block + 1 != pointer.block
                        || p.media != pointer.media
                        || p.boilerplate != pointer.boilerplate
                }) {
                    pointers.clear();
                }
                pointers.push(pointer);
            }
            None => pointers.clear(),
        }
        self.blocks.pointers = pointers;
    }

    /// Before a list of the site's links that leaves the text: the
    /// pointer line over it, if it is the last block, leaves with it.
    pub(super) fn take_back_pointer(&mut self) {
        let pointers = std::mem::take(&mut self.blocks.pointers);
        self.take_back(&pointers);
    }

    /// Takes pointer lines in a row, the last blocks, back out of the
    /// blocks into `boilerplate`, and undoes what writing them did, if
    /// nothing was written since the first (no medium in them or after
    /// them): returns whether it did.
    fn take_back(&mut self, pointers: &[Pointer]) -> bool {
        let Some(first) = pointers.first() else {
            return false;
        };
        if self.out.blocks.len() != first.block + pointers.len()
            || pointers
                .iter()
                .zip(first.block..)
                .any(|(p, i)| p.block != i)
            || self.media_count() != first.media
            || self.media_after(first.block)
            || self.out.boilerplate.len() != first.boilerplate
        {
            return false;
        }
        let taken = self.out.blocks.split_off(first.block);
        self.out
            .boilerplate
            .extend(taken.into_iter().map(|b| b.text));
        // What writing each did, undone in the opposite order: a pointer
        // may have made the pseudo-heading before it a heading.
        for pointer in pointers.iter().rev() {
            if let Some(i) = pointer.promoted {
                if let Some(block) = self.out.blocks.get_mut(i) {
                    block.kind = BlockKind::Paragraph;
                }
                self.blocks.last_promoted = None;
            }
        }
        self.media.boilerplate_at_block = first.boilerplate_at_block;
        self.blocks.text_seen = first.text_seen;
        self.blocks.heading_candidate = first.heading_candidate;
        self.blocks.emphasised_block = first.emphasised_block;
        true
    }

    /// Whether a medium stands after block `block`.
    fn media_after(&self, block: usize) -> bool {
        self.media.has_unplaced()
            || (self.out.images.iter().map(|m| m.position))
                .chain(self.out.videos.iter().map(|m| m.position))
                .chain(self.out.audio.iter().map(|m| m.position))
                .any(|p| p > block)
    }

    /// How many media have been written.
    fn media_count(&self) -> usize {
        self.out.images.len()
            + self.out.other_images.len()
            + self.out.videos.len()
            + self.out.audio.len()
    }
}

#[cfg(test)]
mod pseudo_heading_tests {
    use super::is_heading_like;
    use crate::BlockKind;

    #[test]
    fn speakers_introduced_by_role_and_emphasised_questions_are_no_heads() {
        for line in [
            "苏童：作家",
            "张亚东：音乐人、跨界艺术家",
            "杨照：作家、文学评论家",
        ] {
            assert!(!is_heading_like(line), "{line}");
        }
        assert!(!is_heading_like(
            "一邊無情無義，一邊說要創作扣人心弦的作品，可能嗎？"
        ));
        assert!(!is_heading_like("时间：2020年9月"));
        assert!(is_heading_like("时间："));
        for line in [
            "黃之鋒：大規模 DQ 無異於選舉舞弊",
            "第一幕：謊言",
            "如何讓好人停止袖手旁觀？",
            "中国在香港强行实施国安法，欧盟能够做些什么呢？",
        ] {
            assert!(is_heading_like(line), "{line}");
        }
    }

    #[test]
    fn heading_like_lines() {
        for line in [
            "1. 不再加班。",
            "中国争夺太平洋地区影响力",
            "胡锡进批苟晶欺骗感情 崔永元反击：什么逻辑？",
            "What the data shows",
            "二、",
            "参考文献：",
            "难以消散的实验室泄露说",
            "市长过问",
            "5. 别再做重复的工作，让它自动化。",
        ] {
            assert!(is_heading_like(line), "{line}");
        }
        for line in [
            "名单如下：",
            "他在会上表示：",
            "難度：★☆☆☆☆",
            "他说，这是最后一次。",
            "这是系列的第五篇，受访人是法学学者牟钰。",
            "找東西吃時正好看到楊恭如就順便來張合影......",
            "记者：您怎么看？",
            "他说。她也说。",
            "First sentence. Second one",
            "——",
            &"很长".repeat(21),
        ] {
            assert!(!is_heading_like(line), "{line}");
        }
    }

    #[test]
    fn punctuation_lines() {
        use super::{punctuation_line, PunctuationLine::*};
        for (line, expected) in [
            ("……", Some(Ellipsis)),
            ("⋯⋯", Some(Ellipsis)),
            ("...", Some(Ellipsis)),
            ("。。。", Some(Ellipsis)),
            ("* * *", Some(Separator)),
            ("＊", Some(Separator)),
            ("⁂", Some(Separator)),
            ("———", Some(Separator)),
            ("- - - - -", Some(Separator)),
            ("====", Some(Separator)),
            ("◆ ◆ ◆", Some(Separator)),
            ("❀❀❀", Some(Separator)),
            ("◇◆◇", Some(Separator)),
            ("—— ◆ ——", Some(Separator)),
            ("★★★★☆", None),
            ("★★★★★", None),
            ("●●●○○", None),
            ("◆◆◇", None),
            ("■", None),
            ("■ ■", None),
            ("★★★ 推荐", None),
            (".", None),
            ("..", None),
            ("·", None),
            ("——", None),
            ("-=-", None),
            ("", None),
            ("第三章", None),
        ] {
            assert_eq!(punctuation_line(line), expected, "{line:?}");
        }
        let p = BlockKind::Paragraph;
        assert_eq!(
            kinds("<p>一</p><p>* * *</p><p>……</p><p>■</p><p>二</p>"),
            [
                (p, "一".into()),
                (BlockKind::Separator, "* * *".into()),
                (p, "……".into()),
                (p, "二".into())
            ]
        );
    }

    #[test]
    fn ordered_and_nested_lists() {
        let item = |ordinal, depth| BlockKind::ListItem { ordinal, depth };
        assert_eq!(
            kinds(
                "<ol start=3><li>c</li><li>d<ul><li>d.a</li><li>d.b<ol><li>x</li></ol></li></ul></li>\
                 <li value=9>i</li><li>j</li></ol><ul><li>u</li></ul><li>loose</li>"
            ),
            [
                (item(Some(3), 1), "c".into()),
                (item(Some(4), 1), "d".into()),
                (item(None, 2), "d.a".into()),
                (item(None, 2), "d.b".into()),
                (item(Some(1), 3), "x".into()),
                (item(Some(9), 1), "i".into()),
                (item(Some(10), 1), "j".into()),
                (item(None, 1), "u".into()),
                (item(None, 1), "loose".into()),
            ]
        );
        assert_eq!(
            kinds("<ol reversed start=2><li>b</li><li>a</li></ol>"),
            [
                (item(Some(2), 1), "b".into()),
                (item(Some(1), 1), "a".into())
            ]
        );
    }

    /// The article of a snapshot with this body.
    fn article(body: &str) -> crate::Article {
        let snapshot = format!("<!--1600000000000-->\n[t](https://blog.example/p)\n---\n\n{body}");
        crate::parse(&snapshot).expect("parses")
    }

    fn kinds(body: &str) -> Vec<(BlockKind, String)> {
        article(body)
            .blocks
            .into_iter()
            .map(|b| (b.kind, b.text))
            .collect()
    }

    #[test]
    fn preformatted_text_is_kept_as_written() {
        let got = kinds(
            "<p>Code:</p><pre><code>fn main() {\n    let a = 1;\n\n    }\n</code></pre>\
             <pre>a<br>  b</pre><pre>   one line   </pre><pre>  \n </pre>",
        );
        assert_eq!(
            got,
            [
                (BlockKind::Paragraph, "Code:".to_owned()),
                (
                    BlockKind::Preformatted,
                    "fn main() {\n    let a = 1;\n\n    }".to_owned()
                ),
                (BlockKind::Preformatted, "a\n  b".to_owned()),
                (BlockKind::Preformatted, "one line".to_owned()),
            ]
        );
    }

    #[test]
    fn boxes_of_links_after_their_label_are_furniture() {
        let texts = |body: &str| -> (Vec<String>, Vec<String>) {
            let snapshot =
                format!("<!--1600000000000-->\n[t](https://blog.example/p)\n---\n\n{body}");
            let a = crate::parse(&snapshot).expect("parses");
            (
                a.blocks.into_iter().map(|b| b.text).collect(),
                a.boilerplate,
            )
        };
        // A bold label, then the author's other posts, one link each.
        let (blocks, boilerplate) = texts(
            "<p>正文。</p><p><strong>「往期作品✏️」</strong></p><p><a href=/a>第一篇</a></p>\
             <p><a href=/b>第二篇</a></p><p>后记：正文又开始了，<a href=/c>链接</a>在句中。</p>",
        );
        assert_eq!(blocks, ["正文。", "后记：正文又开始了，链接在句中。"]);
        assert_eq!(boilerplate, ["「往期作品✏️」", "第一篇", "第二篇"]);
        // A prompt pointing down, with the box's lines in its paragraph;
        // a list item mostly a link.
        let (blocks, boilerplate) = texts(
            "<p>正文。</p><p>🌱 我的教學文與邀請連結 👇<br>≣ 註冊 某站｜<a href=/a>某站使用心得</a>。</p>\
             <ul><li>註冊某所｜<a href=/b>某所開戶教學</a>。</li></ul><p>正文。</p>",
        );
        assert_eq!(blocks, ["正文。", "正文。"]);
        assert_eq!(boilerplate.len(), 3, "{boilerplate:?}");
        // No label, no box: links stay.
        let (blocks, _) = texts("<p>正文。</p><p><a href=/a>第一篇</a></p>");
        assert_eq!(blocks.len(), 2);
        // A line pointing at another post, the link under it.
        let (blocks, boilerplate) = texts(
            "<p>正文。</p><p>更早的統計，請參考這篇（文末有歷年統計）：</p>\
             <p><a href=/a>2019 年的統計結果</a></p><p>正文。</p>",
        );
        assert_eq!(blocks, ["正文。", "正文。"]);
        assert_eq!(
            boilerplate,
            [
                "更早的統計，請參考這篇（文末有歷年統計）：",
                "2019 年的統計結果"
            ]
        );
        // The link at the line's end; not a sentence with a link in it,
        // nor a pointer followed by more text.
        let (blocks, boilerplate) = texts(
            "<p>正文。</p><p>這是下集，沒看過上集的話可以點這邊：<a href=/a>上集</a>。</p>\
             <p>步驟請點這裡：<a href=/b>說明</a>，然後重新開機。</p>\
             <p>他說：<a href=/c>這篇報導</a>。</p>",
        );
        assert_eq!(
            blocks,
            [
                "正文。",
                "步驟請點這裡：說明，然後重新開機。",
                "他說：這篇報導。"
            ]
        );
        assert_eq!(boilerplate, ["這是下集，沒看過上集的話可以點這邊：上集。"]);
        // Pointers whose link is a heading's, another site's, or holds
        // an image stay, and so do their links.
        for body in [
            "<p>正文。</p><p>沒看過上集的話可以點這邊：</p><h2><a href=/a>Day 2：海雲台</a></h2><p>正文。</p>",
            "<p>正文。</p><p>之前法院的判決書在這裡：</p><p><a href=https://gov.example.org/r.pdf>判決書</a></p>",
            "<p>正文。</p><p>The earlier ruling can be read here:</p><p><a href=/r.pdf>The ruling</a></p>",
            "<p>正文。</p><p>Missed part one? Read it here: <img src=https://img.example/a.jpg></p>\
             <p><a href=/p/0>Part one</a></p>",
        ] {
            let a = super::super::blog_post(body);
            assert!(a.boilerplate.is_empty(), "{body}: {:?}", a.boilerplate);
            assert!(a.images.iter().all(|i| i.position <= a.blocks.len()), "{body}");
        }
        // Taking a pointer back undoes what writing it did to the heading
        // before it: a bold heading stays one while body text follows, and
        // is none when nothing does.
        let kinds = |body: &str| -> Vec<BlockKind> {
            super::super::blog_post(body)
                .blocks
                .into_iter()
                .map(|b| b.kind)
                .collect()
        };
        let h = BlockKind::Heading {
            level: super::PSEUDO_HEADING_LEVEL,
        };
        let p = BlockKind::Paragraph;
        assert_eq!(
            kinds(
                "<p>正文一。</p><p><strong>第二天行程</strong></p>\
                 <p><strong>這是下集，沒看過上集的話可以點這邊：</strong></p>\
                 <p><a href=/p/0>上集：釜山篇</a></p><p>正文二。</p>"
            ),
            [p, h, p]
        );
        assert_eq!(
            kinds(
                "<p>正文一。</p><p><strong>第二天行程</strong></p>\
                 <p>這是下集，沒看過上集的話可以點這邊：</p><p><a href=/p/0>上集：釜山篇</a></p>"
            ),
            [p, p]
        );
        // Over a list of the site's links: both leave.
        let (blocks, boilerplate) = texts(
            "<p>正文。</p><p>沒看過上集的話可以點這邊：</p>\
             <ul><li><a href=/p/1>第一集</a></li><li><a href=/p/2>第二集</a></li></ul><p>正文。</p>",
        );
        assert_eq!(blocks, ["正文。", "正文。"]);
        assert_eq!(
            boilerplate,
            ["沒看過上集的話可以點這邊：", "第一集", "第二集"]
        );
        // Pointer lines in a row over the link: all leave, in order. A
        // pointer with text between it and the next stays.
        let (blocks, boilerplate) = texts(
            "<p>正文。</p><p>沒看過上集的話可以點這邊：</p><p>上一篇在這裡：</p>\
             <p><a href=/p/0>上集：釜山篇</a></p><p>正文。</p>",
        );
        assert_eq!(blocks, ["正文。", "正文。"]);
        assert_eq!(
            boilerplate,
            [
                "沒看過上集的話可以點這邊：",
                "上一篇在這裡：",
                "上集：釜山篇"
            ]
        );
        let (blocks, boilerplate) = texts(
            "<p>正文。</p><p>沒看過上集的話可以點這邊：</p><p>其實我後來刪掉了那篇。</p>\
             <p>上一篇在這裡：</p><p><a href=/p/0>上集：釜山篇</a></p>",
        );
        assert_eq!(
            blocks,
            [
                "正文。",
                "沒看過上集的話可以點這邊：",
                "其實我後來刪掉了那篇。"
            ]
        );
        assert_eq!(boilerplate, ["上一篇在這裡：", "上集：釜山篇"]);
        // A line left as boilerplate, or a medium, between two pointers:
        // only the second leaves with the link.
        for between in ["<p><a href=/print>Print</a></p>", "<p><img src=/i.jpg></p>"] {
            let a = super::super::blog_post(&format!(
                "<p>正文。</p><p>沒看過上集的話可以點這邊：</p>{between}<p>上一篇在這裡：</p>\
                 <p><a href=/p/0>上集：釜山篇</a></p><p>正文。</p>"
            ));
            let blocks: Vec<&str> = a.blocks.iter().map(|b| b.text.as_str()).collect();
            assert_eq!(
                blocks,
                ["正文。", "沒看過上集的話可以點這邊：", "正文。"],
                "{between}"
            );
            assert!(
                a.boilerplate
                    .ends_with(&["上一篇在這裡：".to_owned(), "上集：釜山篇".to_owned()]),
                "{between}: {:?}",
                a.boilerplate
            );
        }
        // An italic note on the author before a pointer that leaves is the
        // last block again: it names the byline.
        let a = super::super::blog_post(
            "<p>Body text of the post.</p>\
             <p><em>Jane Q. Doe was a reporter for the Daily Example.</em></p>\
             <p>Missed part one? Read it here:</p><p><a href=/p/0>Part one</a></p>",
        );
        assert_eq!(a.byline.as_deref(), Some("Jane Q. Doe"));
        assert_eq!(a.blocks.len(), 1);
        assert_eq!(
            a.boilerplate,
            [
                "Missed part one? Read it here:",
                "Part one",
                "Jane Q. Doe was a reporter for the Daily Example."
            ]
        );
        // A heading the first pointer made one is none again.
        assert_eq!(
            kinds(
                "<p>正文一。</p><p><strong>第二天行程</strong></p>\
                 <p>沒看過上集的話可以點這邊：</p><p>上一篇在這裡：</p><p><a href=/p/0>上集</a></p>"
            ),
            [p, p]
        );
        // A pointer line with no link under it stays.
        let (blocks, boilerplate) =
            texts("<p>正文。</p><p>上一篇在這裡：</p><p>其實我後來刪掉了那篇。</p>");
        assert_eq!(
            blocks,
            ["正文。", "上一篇在這裡：", "其實我後來刪掉了那篇。"]
        );
        assert!(boilerplate.is_empty());
    }

    #[test]
    fn bold_lines_before_body_text_are_headings() {
        let h = BlockKind::Heading { level: 3 };
        let p = BlockKind::Paragraph;
        assert_eq!(
            kinds("<p>Intro text.</p><p><strong>1. 不再加班。</strong></p><p>正文。</p>"),
            [
                (p, "Intro text.".into()),
                (h, "1. 不再加班。".into()),
                (p, "正文。".into())
            ]
        );
        // Bold runs, a bold line at the end, and bold inside text stay.
        assert_eq!(
            kinds(
                "<p>a</p><p><b>B one</b></p><p><b>B two</b></p><p>c <b>d</b></p><p><b>End</b></p>"
            ),
            [
                (p, "a".into()),
                (p, "B one".into()),
                (h, "B two".into()),
                (p, "c d".into()),
                (p, "End".into())
            ]
        );
        // Bold by style is bold; a weight for other scripts is not.
        assert_eq!(
            kinds(
                "<p>a</p><p><span style=\"font-weight: 700\">第二部分</span></p><p>正文。</p>\
                 <p><span style=\"mso-bidi-font-weight: bold\">黑伊特、</span></p><p>正文。</p>"
            ),
            [
                (p, "a".into()),
                (h, "第二部分".into()),
                (p, "正文。".into()),
                (p, "黑伊特、".into()),
                (p, "正文。".into())
            ]
        );
        // A paragraph bold by its own style, or by the shorthand.
        assert_eq!(
            kinds(
                "<p>a</p><p style=\"font-weight:bold\">一、缘起</p><p>正文。</p>\
                 <p style=\"font: bold 18px serif\">二、经过</p><p>正文。</p>\
                 <p style=\"font-weight: 400\">三</p><p>正文。</p>"
            ),
            [
                (p, "a".into()),
                (h, "一、缘起".into()),
                (p, "正文。".into()),
                (h, "二、经过".into()),
                (p, "正文。".into()),
                (p, "三".into()),
                (p, "正文。".into())
            ]
        );
        // Normal weight inside bold text is not bold; nor is Google Docs'
        // `<b style="font-weight:normal">` around pasted paragraphs, whose
        // first is then no standfirst either.
        assert_eq!(
            kinds(
                "<p>a</p><p style=\"font-weight:bold\"><span style=\"font-weight:normal\">\
                 一个普通段落</span></p><p>正文。</p>"
            ),
            [
                (p, "a".into()),
                (p, "一个普通段落".into()),
                (p, "正文。".into())
            ]
        );
        // `inherit` takes the enclosing text's weight, even in `<b>`;
        // `revert` gives `<b>` its own, bold; a weight a browser ignores
        // leaves it bold.
        assert_eq!(
            kinds(
                "<p>a</p><p><b style=\"font-weight:inherit\">一、缘起</b></p><p>正文。</p>\
                 <p style=\"font-weight:bold\"><b style=\"font-weight:unset\">二、经过</b></p><p>正文。</p>\
                 <p><b style=\"font-weight:normal;font-weight:revert\">三、结果</b></p><p>正文。</p>\
                 <p><strong style=\"font-weight:heavy\">四、余波</strong></p><p>正文。</p>"
            ),
            [
                (p, "a".into()),
                (p, "一、缘起".into()),
                (p, "正文。".into()),
                (h, "二、经过".into()),
                (p, "正文。".into()),
                (h, "三、结果".into()),
                (p, "正文。".into()),
                (h, "四、余波".into()),
                (p, "正文。".into())
            ]
        );
        let docs = article(
            "<b style=\"font-weight:normal;\" id=\"docs-internal-guid-1\">\
             <p>First paragraph.</p><p>Second paragraph.</p></b>",
        );
        assert_eq!(docs.lead, None);
        assert_eq!(docs.blocks.len(), 2);
    }
}
