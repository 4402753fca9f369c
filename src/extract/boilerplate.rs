//! Boilerplate: containers and lines that are not article text. Elements
//! are recognised by their attributes, lines by their text, with the
//! generic markers and the outlet's own (`crate::outlets`); both are kept
//! out of the article text, and their text is kept in `boilerplate`.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use html5ever::Attribute;
use url::Url;

use super::walk::{Exit, Frame, Walker};
use super::{byline, credits, disclaimer, furniture, nodes};
use crate::html::{Data, NodeRef};
use crate::outlets::{self, Markers, Spec};
use crate::text::TextBuf;

/// What kind of boilerplate container an element is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Ads, promos, related-article lists, credits, info cards: their text
    /// goes to `Article::boilerplate`.
    Container,
    /// Share blocks: kept typed in `Article::share_links`.
    Share,
    /// Text for screen readers only (`图片版权` labels): dropped.
    Hidden,
    /// A list whose every item is only a link: related articles, unless
    /// the text introduces it (see [`Walker::enter_boilerplate`]).
    LinkList,
}

/// The outlet's markers, then the generic ones (once for unknown hosts).
fn markers(spec: &Spec) -> impl Iterator<Item = &Markers> {
    spec.layers().map(|rules| &rules.markers)
}

/// One list of [`Markers`] with the outlet's entries and the generic ones.
fn merged(spec: &Spec, list: fn(&Markers) -> &'static [&'static str]) -> Vec<&'static str> {
    markers(spec)
        .flat_map(|m| list(m).iter().copied())
        .collect()
}

/// Class and id markers: a token is marked when it starts or ends with
/// one. Indexed by their first and by their last byte, as this runs for
/// every class and id of every element, and most tokens start and end with
/// bytes that start and end no marker.
struct MarkerSet {
    /// The markers sorted by first byte, and where each byte's run starts.
    by_first: Vec<&'static str>,
    first_at: [u16; 257],
    /// The same by last byte.
    by_last: Vec<&'static str>,
    last_at: [u16; 257],
}

impl MarkerSet {
    fn new(markers: Vec<&'static str>) -> Self {
        let index = |key: fn(&str) -> u8| {
            let mut sorted: Vec<&'static str> =
                markers.iter().copied().filter(|m| !m.is_empty()).collect();
            sorted.sort_by_key(|m| key(m));
            // `at[b]`: how many markers have a key below `b`.
            let mut at = [0u16; 257];
            for m in &sorted {
                at[usize::from(key(m)) + 1] += 1;
            }
            for b in 1..257 {
                at[b] += at[b - 1];
            }
            (sorted, at)
        };
        let (by_first, first_at) = index(|m| m.as_bytes()[0]);
        let (by_last, last_at) = index(|m| m.as_bytes()[m.len() - 1]);
        MarkerSet {
            by_first,
            first_at,
            by_last,
            last_at,
        }
    }

    fn run<'a>(list: &'a [&'static str], at: &[u16; 257], b: u8) -> &'a [&'static str] {
        let b = usize::from(b);
        &list[usize::from(at[b])..usize::from(at[b + 1])]
    }

    /// Whether a token of `value` starts or ends with a marker.
    fn marks(&self, value: &str) -> bool {
        value.split_ascii_whitespace().any(|token| {
            let bytes = token.as_bytes();
            let (first, last) = (bytes[0], bytes[bytes.len() - 1]);
            Self::run(&self.by_first, &self.first_at, first)
                .iter()
                .any(|m| token.starts_with(m))
                || Self::run(&self.by_last, &self.last_at, last)
                    .iter()
                    .any(|m| token.ends_with(m))
        })
    }
}

/// The boilerplate rules of one outlet, its markers merged with the
/// generic ones and its lines compiled: built once per outlet, the first
/// time a page of it is parsed.
pub(crate) struct Compiled {
    containers: MarkerSet,
    container_ids: Vec<&'static str>,
    container_values: Vec<&'static str>,
    container_attributes: Vec<&'static str>,
    share: MarkerSet,
    share_attributes: Vec<&'static str>,
    share_heads: Vec<&'static str>,
    hidden: MarkerSet,
    /// Whole texts that are boilerplate.
    labels: Vec<&'static str>,
    /// All line markers in one automaton: the line markers first, then the
    /// editor markers, told apart by pattern index.
    ///
    /// Searched leftmost-first without overlaps, which lets aho-corasick use
    /// its fast prefilter. That finds every editor marker an overlapping
    /// search finds, as no editor marker overlaps any marker (a test checks
    /// it), and a line marker whenever there is one, as one is all it takes.
    /// A contiguous NFA: one is built per outlet, and it builds in a
    /// fraction of a DFA's time while searching as fast here, where the
    /// prefilter does most of the work (fewer instructions over the corpus).
    lines: AhoCorasick,
    /// How many of the patterns are line markers.
    line_count: usize,
}

impl Compiled {
    fn new(spec: &Spec) -> Self {
        let lines = merged(spec, |m| m.lines);
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostFirst)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(lines.iter().chain(EDITOR_MARKERS))
            .expect("valid markers");
        Compiled {
            containers: MarkerSet::new(merged(spec, |m| m.containers)),
            container_ids: merged(spec, |m| m.container_ids),
            container_values: merged(spec, |m| m.container_values),
            container_attributes: merged(spec, |m| m.container_attributes),
            share: MarkerSet::new(merged(spec, |m| m.share)),
            share_attributes: merged(spec, |m| m.share_attributes),
            share_heads: merged(spec, |m| m.share_heads),
            hidden: MarkerSet::new(merged(spec, |m| m.hidden)),
            labels: merged(spec, |m| m.labels),
            lines: automaton,
            line_count: lines.len(),
        }
    }

    /// Whether an element's whole subtree is boilerplate, and of which kind.
    pub(crate) fn element_kind(
        &self,
        tag: &str,
        attrs: &[Attribute],
        node: NodeRef<'_>,
    ) -> Option<Kind> {
        for a in attrs {
            let name = &*a.name.local;
            if self.container_attributes.contains(&name) {
                return Some(Kind::Container);
            }
            if self.share_attributes.contains(&name) {
                return Some(Kind::Share);
            }
            let value = &*a.value;
            match name {
                "class" | "id" => {
                    if self.share.marks(value) {
                        return Some(Kind::Share);
                    }
                    if self.hidden.marks(value) {
                        return Some(Kind::Hidden);
                    }
                    if self.containers.marks(value)
                        || (name == "id" && self.container_ids.contains(&value))
                    {
                        return Some(Kind::Container);
                    }
                }
                "aria-label" => {
                    // Ad slots labelled for screen readers (`<section aria-label="广告 2">`).
                    if value.starts_with("广告") || value.starts_with("Advert") {
                        return Some(Kind::Container);
                    }
                }
                _ => {
                    if self.container_values.iter().any(|v| value.contains(v)) {
                        return Some(Kind::Container);
                    }
                }
            }
        }
        match tag {
            // A page's `<footer>` holds credits and links, not article text
            // (NYT 2022+ closes with translator and contributor credits).
            "footer" => Some(Kind::Container),
            // Related-article lists: every item nothing but a link (BBC, RFA).
            "ul" | "ol" if is_link_list(node) => Some(Kind::LinkList),
            // A share block opened by its label (RFI's `<div><div>分享 :</div><div><a …>`).
            "div"
                if !self.share_heads.is_empty()
                    && nodes::first_text_is(node, |t| self.share_heads.contains(&t.trim())) =>
            {
                Some(Kind::Share)
            }
            _ => None,
        }
    }
}

/// A list whose every item holds text only inside links.
fn is_link_list(list: NodeRef<'_>) -> bool {
    let mut items = 0;
    for child in list.children() {
        match child.data() {
            Data::Element(e) if &*e.local == "li" => {
                if !text_only_in_links(child) {
                    return false;
                }
                items += 1;
            }
            Data::Text(t) if t.trim().is_empty() => {}
            Data::Comment => {}
            _ => return false,
        }
    }
    items > 0
}

fn text_only_in_links(item: NodeRef<'_>) -> bool {
    let mut linked = false;
    // In document order, so that text outside links ends the walk early.
    let mut stack = vec![(item, false)];
    while let Some((node, in_link)) = stack.pop() {
        match node.data() {
            Data::Text(t) if !t.trim().is_empty() => {
                if !in_link {
                    return false;
                }
                linked = true;
            }
            Data::Element(e) => {
                let in_link = in_link || &*e.local == "a";
                stack.extend(node.children().rev().map(|c| (c, in_link)));
            }
            _ => {}
        }
    }
    linked
}

/// Markers of editing credits: boilerplate in a short text. (`网编` also
/// occurs inside words, `求是网编辑`, so it counts only before a separator.)
const EDITOR_MARKERS: &[&str] = &["责编", "責編", "责任编辑", "責任編輯", "网编", "網編"];

impl Compiled {
    /// Whether a block's text is boilerplate rather than article text.
    pub(crate) fn is_boilerplate(&self, text: &str) -> bool {
        // One pass over the text for all markers, not one search per marker:
        // this runs for every block.
        let mut credit = false;
        for m in self.lines.find_iter(text) {
            let Some(i) = m.pattern().as_usize().checked_sub(self.line_count) else {
                return true;
            };
            let after = &text[m.end()..];
            credit |= i < 4 || after.starts_with([' ', '：', ':', '\u{a0}']);
        }
        // Ornaments (`■`, a lone `.`); ellipses and thematic breaks are
        // text (see `PunctuationLine`).
        if !text.chars().any(furniture::is_word_char)
            && super::blocks::punctuation_line(text).is_none()
        {
            return true;
        }
        let t = text.trim();
        // Labels of emptied ad slots and share blocks.
        if self.labels.contains(&t) {
            return true;
        }
        // Copyright lines: `© 2020 AFP`, `©2020年德国之声…`.
        if (t.starts_with('©') || t.starts_with("(c)") || t.starts_with("版权所有"))
            && t.chars().count() < 120
        {
            return true;
        }
        // Editing credits (RFA's `记者：… 责编：… 网编：…`, FT's `（…责编：…）`),
        // when short enough to be a credit or an editor's note, not a paragraph
        // that happens to end with credits. A credit line that shares its
        // paragraph with text is taken out line by line, the text kept
        // (`strip_boilerplate`).
        credit && !t.contains('\n') && t.chars().count() < 400
    }
}

/// The compiled rules of every outlet, in the order of [`outlets::all`],
/// each built when first needed.
static COMPILED: [OnceLock<Compiled>; outlets::COUNT] = [const { OnceLock::new() }; outlets::COUNT];

/// The compiled boilerplate rules of `spec`.
pub(crate) fn compiled(spec: &Spec) -> &'static Compiled {
    COMPILED[outlets::position(spec)].get_or_init(|| Compiled::new(spec))
}

/// The state of boilerplate subtrees the walk is in.
#[derive(Default)]
pub(super) struct Skip {
    /// How many boilerplate subtrees (or the feed footer) are open.
    pub(super) suppress: u32,
    /// Inside a boilerplate container whose text is kept in `boilerplate`.
    pub(super) record: bool,
    /// That text, until the next flush.
    pub(super) text: TextBuf,
    /// The feed footer's links, while in it.
    pub(super) footer: Option<Vec<Url>>,
}

/// `<div>获取更多RSS：<br><a href="https://feedx.net">…`: the full-text
/// service's footer, on every host.
pub(crate) fn starts_footer(node: NodeRef<'_>) -> bool {
    node.first_meaningful_child()
        .and_then(NodeRef::text)
        .is_some_and(|t| t.trim_start().starts_with("获取更多RSS"))
}

/// The service a feed footer promotes: its links' second-level domain.
pub(crate) fn footer_service(links: &[Url]) -> String {
    links
        .iter()
        .filter_map(|u| u.host_str())
        .find_map(|h| h.split('.').rev().nth(1))
        .unwrap_or("unknown")
        .to_owned()
}

/// The name a line gives as the byline: a generic byline line, or one of
/// the outlet's own form.
/// The line rules of every host that leave a line to `boilerplate`:
/// editing credits, opinion disclaimers and feed furniture.
fn is_line_furniture(line: &str) -> bool {
    credits::is_editing_credit(line)
        || disclaimer::is_disclaimer(line)
        || furniture::is_furniture(line)
}

/// With `near_start`, a credit line that may name someone other than the
/// author further down (`Written by …`, `Author: …`) counts too.
fn byline_of(spec: &Spec, line: &str, near_start: bool) -> Option<String> {
    byline::of_line(line)
        .or_else(|| near_start.then(|| byline::of_credit_line(line)).flatten())
        .or_else(|| spec.rules.hooks.byline_line?(line))
}

/// How many blocks may stand before a credit line naming the author
/// (`Written by …`).
const CREDIT_LINE_BLOCKS: usize = 3;

/// The longest line of a box of links that shares a paragraph with the
/// box's label, in characters: links in a paragraph are not told apart by
/// line, so only short lines count.
const BOX_LINE_CHARS: usize = 80;

/// What a line of a paragraph is, judged once.
enum Verdict {
    Text,
    /// A byline line, with the name it gives.
    Byline(String),
    Boilerplate,
    /// Text, then from this byte on a source note (see
    /// [`furniture::note_at_end`]).
    Note(usize),
}

/// What [`Walker::strip_boilerplate`] leaves of a paragraph.
pub(super) enum Stripped {
    /// Nothing: all of it was boilerplate.
    Dropped,
    /// All of it.
    Whole,
    /// These lines of it.
    Kept(String),
}

impl<'a> Walker<'a> {
    /// Enters the feed footer or a boilerplate container: `Some` (whether
    /// to walk the children, which the walk then keeps out of the text)
    /// when the element is one.
    pub(super) fn enter_boilerplate(
        &mut self,
        tag: &str,
        attrs: &[Attribute],
        node: NodeRef<'a>,
        stack: &mut Vec<Frame<'a>>,
    ) -> Option<bool> {
        if self.skip.footer.is_none() && tag == "div" && starts_footer(node) {
            self.flush();
            self.skip.footer = Some(Vec::new());
            self.skip.suppress += 1;
            stack.push(Frame::Exit(Exit::Footer));
            return Some(true);
        }
        if self.skip.suppress > 0 {
            return None;
        }
        let kind = self.boilerplate.element_kind(tag, attrs, node)?;
        self.flush();
        // A list of links the text introduces, the last thing written
        // (`例如說這兩個就是真實的漏洞：`, `購入的品項有：`): the article's
        // list, not related reading.
        if kind == Kind::LinkList && self.introduces_list() && self.links_elsewhere(node) {
            return None;
        }
        if kind == Kind::LinkList {
            self.take_back_pointer();
        }
        self.skip.suppress += 1;
        // Share blocks are kept typed in `share_links`; other containers
        // keep their text in `boilerplate`.
        self.skip.record = matches!(kind, Kind::Container | Kind::LinkList);
        stack.push(Frame::Exit(Exit::Boilerplate));
        Some(true)
    }

    /// Whether the last thing written is a paragraph that ends with a colon,
    /// introducing what follows. A furniture label (`延伸閱讀：`) went to
    /// `boilerplate`, so it introduces nothing.
    fn introduces_list(&self) -> bool {
        self.media.boilerplate_at_block == self.out.boilerplate.len()
            && self.out.blocks.last().is_some_and(|b| {
                b.kind == crate::BlockKind::Paragraph && b.text.trim_end().ends_with(['：', ':'])
            })
    }

    /// Whether most of a list's links lead to other sites, and the list
    /// is no list of the author's accounts: the references or examples an
    /// article lists (`zeroday.hitcon.org/…`, `amazon.co.jp/…`), not the
    /// site's related posts, a table of contents (`#…`) or `Instagram`,
    /// `Facebook`.
    fn links_elsewhere(&self, list: NodeRef<'_>) -> bool {
        let (mut links, mut elsewhere, mut platforms) = (0, 0, 0);
        let mut stack = vec![list];
        while let Some(node) = stack.pop() {
            if node.is("a") {
                links += 1;
                let url = node
                    .attr("href")
                    .and_then(|h| crate::urls::resolve(self.base, h));
                elsewhere +=
                    usize::from(url.is_some_and(|u| !crate::urls::same_site(&u, self.base)));
                platforms += usize::from(furniture::is_platform_name(
                    &nodes::short_text_lines(node, 200).join(" "),
                ));
                continue;
            }
            stack.extend(node.children());
        }
        links > 0 && 2 * elsewhere > links && 2 * platforms < links
    }

    /// A line naming the author: the byline, unless one was found before.
    /// The line is kept in `boilerplate` too when it says more than the
    /// name (a translator, a place): nothing of it is lost.
    fn byline_line(&mut self, line: &str, name: String) {
        let says_more = line
            .replacen(&name, "", 1)
            .chars()
            .filter(|c| c.is_alphanumeric())
            .count()
            > 3;
        if self.out.byline.is_none() {
            self.out.byline = Some(name);
            self.out.byline_line = Some(line.to_owned());
            if !says_more {
                return;
            }
        }
        self.boilerplate_line(line);
    }

    /// Whether `line` is the article's own address and nothing else
    /// (`/project/2020…/` as a whole body): a pointer to the page, as
    /// "Continue reading" is.
    fn is_self_link(&self, line: &str) -> bool {
        let t = line.trim();
        if !t.starts_with(['/', 'h']) || t.len() < 2 {
            return false;
        }
        let path = self.base.path();
        t == self.base.as_str()
            || (path.len() > 1 && t.trim_end_matches('/') == path.trim_end_matches('/'))
    }

    /// A paragraph without its boilerplate lines (credits, disclaimers,
    /// bylines), or `None` when nothing else is left. What is removed is
    /// kept in `boilerplate` or `byline`.
    pub(super) fn strip_boilerplate(&mut self, part: &str) -> Stripped {
        if memchr::memchr(b'\n', part.as_bytes()).is_none() {
            // A part of one line, judged as each line of a longer part is:
            // a byline first (a credit line naming the writer beside the
            // editors, `（撰稿：叶靖斯 责编：萧尔）`, is one), then boilerplate.
            let near_start = self.out.blocks.len() < CREDIT_LINE_BLOCKS;
            if let Some(name) = byline_of(self.spec, part, near_start) {
                // A book's card names the book's author, not the post's.
                if byline::is_author_label(part) && byline::is_book_card(part) {
                    return Stripped::Whole;
                }
                self.byline_line(part, name);
                return Stripped::Dropped;
            }
            if self.boilerplate.is_boilerplate(part)
                || is_line_furniture(part)
                || self.is_self_link(part)
            {
                self.blocks.box_opened |= furniture::opens_box(part);
                self.boilerplate_line(part);
                return Stripped::Dropped;
            }
            if let Some(at) = furniture::note_at_end(part) {
                self.note_line(part, at);
                return Stripped::Kept(part[..at].trim_end().to_owned());
            }
            return Stripped::Whole;
        }
        if self.boilerplate.is_boilerplate(part) {
            self.boilerplate_line(part);
            return Stripped::Dropped;
        }
        // Each line is judged once: this runs for every paragraph.
        let near_start = self.out.blocks.len() < CREDIT_LINE_BLOCKS;
        let judged: Vec<(&str, Verdict)> = part
            .split('\n')
            .map(|l| {
                let verdict = if l.trim().is_empty() {
                    Verdict::Text
                } else {
                    let out = self.boilerplate.is_boilerplate(l)
                        || is_line_furniture(l)
                        || self.is_self_link(l);
                    match byline_of(self.spec, l, near_start) {
                        Some(name) => Verdict::Byline(name),
                        None if out => Verdict::Boilerplate,
                        None => match furniture::note_at_end(l) {
                            Some(at) => Verdict::Note(at),
                            None => Verdict::Text,
                        },
                    }
                };
                (l, verdict)
            })
            .collect();
        if judged.iter().all(|(_, v)| matches!(v, Verdict::Text)) {
            return Stripped::Whole;
        }
        // A book's card (`作者：…`, `譯者：…`, `出版社：…`) stays in the
        // text: its author is the book's, and its translator no credit of
        // the post. Only a byline of the post's own beside it (`文／…`,
        // `撰文：…`) leaves.
        let judged = match judged.iter().any(|(_, v)| matches!(v, Verdict::Byline(_)))
            && byline::is_book_card(part)
        {
            true => judged
                .into_iter()
                .map(|(line, verdict)| match verdict {
                    Verdict::Byline(name) if !byline::is_author_label(line) => {
                        (line, Verdict::Byline(name))
                    }
                    _ => (line, Verdict::Text),
                })
                .collect(),
            false => judged,
        };
        if judged.iter().all(|(_, v)| matches!(v, Verdict::Text)) {
            return Stripped::Whole;
        }
        let mut kept = Vec::new();
        // After a box's label, its short lines are the box's (a referral
        // list under `我的教學文與邀請連結 👇`).
        let mut in_box = false;
        for (line, verdict) in judged {
            match verdict {
                Verdict::Text if line.trim().is_empty() => kept.push(line),
                Verdict::Text if in_box && line.chars().count() <= BOX_LINE_CHARS => {
                    self.boilerplate_line(line);
                }
                Verdict::Text => {
                    in_box = false;
                    kept.push(line);
                }
                Verdict::Byline(name) => self.byline_line(line, name),
                Verdict::Note(at) => {
                    in_box = false;
                    kept.push(line[..at].trim_end());
                    self.note_line(line, at);
                }
                Verdict::Boilerplate => {
                    in_box = furniture::opens_box(line);
                    self.boilerplate_line(line);
                }
            }
        }
        // A box open at the part's end goes on past it.
        self.blocks.box_opened |= in_box;
        let kept = kept.join("\n");
        let kept = kept.trim();
        match kept.is_empty() {
            true => Stripped::Dropped,
            false => Stripped::Kept(kept.to_owned()),
        }
    }

    /// Keeps the source note ending `line` from byte `at` in
    /// `boilerplate`; the note on the author before it, if it is one
    /// (`魏泓（Susan Whitfield），曾任…`), names the byline.
    fn note_line(&mut self, line: &str, at: usize) {
        if self.out.byline.is_none() {
            self.out.byline = byline::of_author_note(&line[..at]);
        }
        self.boilerplate_line(&line[at..]);
    }

    /// Keeps a line dropped from the text in `boilerplate` (and, for
    /// outlets that name reporters in their credits, the byline).
    pub(super) fn boilerplate_line(&mut self, line: &str) {
        if self.out.byline.is_none() {
            if let Some(reporters) = self.spec.rules.hooks.credits_byline {
                self.out.byline = reporters(line);
            }
        }
        self.out.boilerplate.push(line.trim().to_owned());
    }

    /// Keeps the text of a boilerplate container: an author line as the
    /// byline, every other line in `boilerplate`.
    pub(super) fn boilerplate_text(&mut self, text: &str) {
        for line in text.split('\n').map(str::trim).filter(|l| !l.is_empty()) {
            match byline_of(self.spec, line, true) {
                Some(name) if self.out.byline.is_none() => self.out.byline = Some(name),
                _ => self.out.boilerplate.push(line.to_owned()),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outlets::generic;

    /// A body that is only the article's own address (or its path) holds
    /// no text; the address inside a sentence, or another page's, stays.
    #[test]
    fn the_articles_own_address_is_furniture() {
        let parse = |body: &str| {
            crate::parse(&format!(
                "<!--1600000000000-->\n[t](https://blog.example/p/a-post/)\n---\n\n{body}"
            ))
            .expect("parses")
        };
        for body in [
            "<div>\n/p/a-post/\n</div>",
            "<p>https://blog.example/p/a-post/</p>",
            "<p>/p/a-post</p>",
        ] {
            let a = parse(body);
            assert!(a.blocks.is_empty(), "{body}: {:?}", a.blocks);
            assert_eq!(a.boilerplate.len(), 1, "{body}");
        }
        for body in [
            "<p>/p/another-post/</p>",
            "<p>The address is /p/a-post/ on this blog.</p>",
        ] {
            assert_eq!(parse(body).blocks.len(), 1, "{body}");
        }
    }

    #[test]
    fn a_book_card_names_no_byline_and_stays() {
        let parse = super::super::blog_post;
        // A review opening with the book's card.
        let a = parse("<p>作者：某某某<br>譯者：某甲<br>出版社：某出版社</p><p>正文。</p>");
        assert_eq!(a.byline, None);
        assert_eq!(
            a.blocks[0].text,
            "作者：某某某\n譯者：某甲\n出版社：某出版社"
        );
        assert!(a.boilerplate.is_empty(), "{:?}", a.boilerplate);
        let a = parse("<p>作者：十年砍柴 出版社：现代出版社2020年6月版</p><p>正文。</p>");
        assert_eq!(a.byline, None);
        assert_eq!(a.blocks.len(), 2);
        // A post's own byline beside the card stays its byline; a date of
        // publication is no book's label.
        let a = parse(
            "<p>文／王小明<br>書名：某書<br>作者：某某某<br>出版社：某出版社</p><p>正文。</p>",
        );
        assert_eq!(a.byline.as_deref(), Some("王小明"));
        assert!(a.blocks[0].text.contains("作者：某某某"));
        let a = parse("<p>撰文：王小明<br>書名：某書<br>出版社：某出版社</p><p>正文。</p>");
        assert_eq!(a.byline.as_deref(), Some("王小明"));
        let a = parse("<p>作者：王小明<br>出版日期：2024-01-05</p><p>正文。</p>");
        assert_eq!(a.byline.as_deref(), Some("王小明"));
        let a = parse("<p>作者：王小明，出版年度最佳作家，現居台北。</p><p>正文。</p>");
        assert_eq!(a.byline.as_deref(), Some("王小明"));
        // A translated post's credits name its author.
        let a = parse("<p>作者：张三<br>譯者：李四</p><p>正文。</p>");
        assert_eq!(a.byline.as_deref(), Some("张三"));
        let a = parse("<p>作者：张三</p><p>正文，由某出版社出版。</p>");
        assert_eq!(a.byline.as_deref(), Some("张三"));
    }

    #[test]
    fn a_list_of_links_the_text_introduces_stays() {
        let parse = super::super::blog_post;
        let list = "<ul><li><a href=https://zeroday.example/1>某站漏洞一</a></li>\
                    <li><a href=https://zeroday.example/2>某站漏洞二</a></li></ul>";
        // Introduced by the paragraph before it: the article's list.
        let a = parse(&format!(
            "<p>正文。</p><p>例如說這兩個就是真實的漏洞：</p>{list}<p>正文。</p>"
        ));
        let texts: Vec<&str> = a.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "正文。",
                "例如說這兩個就是真實的漏洞：",
                "某站漏洞一",
                "某站漏洞二",
                "正文。"
            ]
        );
        assert!(a.boilerplate.is_empty());
        // Under a related-reading label, with nothing introducing it, or
        // to the site's own posts, a table of contents or the author's
        // accounts: not the article's.
        let own = "<ul><li><a href=/a>某站漏洞一</a></li><li><a href=#b>某站漏洞二</a></li></ul>";
        let accounts = "<ul><li><a href=https://a.example>Instagram</a></li>\
                        <li><a href=https://b.example>Facebook</a></li></ul>";
        for body in [
            format!("<p>正文。</p><p>延伸閱讀：</p>{list}"),
            format!("<p>正文。</p>{list}"),
            format!("<p>正文。</p><p>If you enjoyed this, you might also enjoy:</p>{own}"),
            format!("<p>正文。</p><p>Follow me on these platforms:</p>{accounts}"),
        ] {
            let a = parse(&body);
            assert!(
                a.blocks
                    .iter()
                    .all(|b| !matches!(b.kind, crate::BlockKind::ListItem { .. })),
                "{body}: {:?}",
                a.blocks
            );
            assert!(a.boilerplate.len() >= 2, "{body}");
        }
    }

    /// A block that is one link naming a button is furniture; the same
    /// word as a heading, or a link inside a sentence, stays.
    #[test]
    fn a_lone_link_naming_a_button_is_furniture() {
        let a = crate::parse(
            "<!--1600000000000-->\n[t](https://blog.example/p)\n---\n\n\
             <p>Body text of the post.</p><p><a href=\"/p?print=1\">Print</a></p>\
             <h2>Comments</h2><p>Readers can <a href=\"/c\">comment</a> below.</p>\
             <p><a href=\"/p#comments\">Comments</a></p>",
        )
        .expect("parses");
        let texts: Vec<&str> = a.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Body text of the post.",
                "Comments",
                "Readers can comment below."
            ]
        );
        assert_eq!(a.boilerplate, ["Print", "Comments"]);
        // A newsletter's share and subscribe buttons, named for it.
        let a = crate::parse(
            "<!--1600000000000-->\n[t](https://weekly.example/p/a)\n---\n\n\
             <p>Body text of the post.</p>\
             <p><a href=\"https://weekly.example/p/a?utm_source=substack&action=share\">Share The Weekly</a></p>\
             <p><a href=\"https://weekly.example/subscribe?utm_medium=web\">Subscribe to The Weekly</a></p>\
             <p><a href=\"https://weekly.example/p/b\">The Weekly</a></p>",
        )
        .expect("parses");
        let texts: Vec<&str> = a.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["Body text of the post.", "The Weekly"]);
    }

    /// The indexed marker set marks what comparing every marker does.
    #[test]
    fn marker_sets_mark_as_every_marker_would() {
        let markers = vec!["ad-", "-ad", "share", "related", "x", "promo-box", "中文"];
        let set = MarkerSet::new(markers.clone());
        let naive = |value: &str| {
            value.split_ascii_whitespace().any(|token| {
                markers
                    .iter()
                    .any(|m| token.starts_with(m) || token.ends_with(m))
            })
        };
        let mut rng = crate::rng::Rng::new(7);
        const PIECES: &[&str] = &[
            "ad", "-", "share", "x", "re", "lated", "box", "promo", "中", "文", " ", "a", "d",
        ];
        for _ in 0..20_000 {
            let value: String = (0..rng.below(8))
                .map(|_| PIECES[rng.below(PIECES.len())])
                .collect();
            assert_eq!(set.marks(&value), naive(&value), "{value:?}");
        }
    }

    /// What makes the leftmost-first search of [`Compiled`] find every
    /// editor marker: none overlaps or contains any marker of any outlet,
    /// or is the prefix of one.
    #[test]
    fn editor_markers_overlap_no_marker() {
        for spec in outlets::all() {
            let lines = markers(spec).flat_map(|m| m.lines.iter().copied());
            let all: Vec<&str> = lines.chain(EDITOR_MARKERS.iter().copied()).collect();
            for credit in EDITOR_MARKERS {
                for other in &all {
                    let overlap = |a: &str, b: &str| {
                        (1..a.len()).any(|k| {
                            a.get(k..)
                                .is_some_and(|tail| tail.starts_with(b) || b.starts_with(tail))
                        })
                    };
                    assert!(!overlap(credit, other), "{credit} / {other}");
                    assert!(!overlap(other, credit), "{other} / {credit}");
                    if credit != other {
                        assert!(!other.starts_with(credit) && !credit.starts_with(other));
                    }
                }
            }
        }
    }

    #[test]
    fn markers_are_found_as_an_overlapping_search_finds_them() {
        let texts = [
            "点击查看本文英文版权声明",
            "欢迎点击此处订阅NYT简报",
            "德国之声致力于为您提供客观中立的新闻报道版权声明",
            "责编：申铧 网编：洪伟",
            "求是网编辑部",
            "记者：韩洁 责编 申铧",
            "北京的快速回应",
        ];
        for spec in outlets::all() {
            let rules = compiled(spec);
            let lines: Vec<&str> = markers(spec)
                .flat_map(|m| m.lines.iter().copied())
                .collect();
            let overlapping = AhoCorasick::new(lines.iter().chain(EDITOR_MARKERS)).unwrap();
            for text in texts {
                let verdict = |ms: Vec<aho_corasick::Match>| {
                    let mut credit = false;
                    for m in ms {
                        let i = m.pattern().as_usize().checked_sub(lines.len())?;
                        credit |= i < 4 || text[m.end()..].starts_with([' ', '：', ':', '\u{a0}']);
                    }
                    Some(credit)
                };
                assert_eq!(
                    verdict(rules.lines.find_iter(text).collect()),
                    verdict(overlapping.find_overlapping_iter(text).collect()),
                    "{text}"
                );
            }
        }
    }

    #[test]
    fn lines() {
        let generic = compiled(&generic::SPEC);
        assert!(generic.is_boilerplate("© 2020 AFP"));
        assert!(generic.is_boilerplate("记者：何平  责编：嘉远  网编：洪伟"));
        assert!(!generic.is_boilerplate("记者今天在现场看到，人们排起了长队。"));
        assert!(!generic.is_boilerplate("版权保护是一个话题"));
        assert!(
            generic.is_boilerplate("自由亚洲电台记者黄春梅 台北报道 责编 许书婷 申铧  网编 瑞哲")
        );
        assert!(!generic.is_boilerplate("然而求是网编辑却在为新闻命名时去掉了"));
        // Thematic breaks and ellipses are text; ornaments are not.
        assert!(!generic.is_boilerplate("===="));
        assert!(!generic.is_boilerplate("……"));
        assert!(generic.is_boilerplate("■"));
        assert!(generic.is_boilerplate("."));
        assert!(generic.is_boilerplate("(完)"));
        assert!(generic.is_boilerplate("广告"));
    }

    /// An outlet's lines and labels count on its pages, with the generic
    /// ones; on its pages only.
    #[test]
    fn outlet_lines_count_on_their_pages() {
        let generic = compiled(&generic::SPEC);
        for spec in outlets::all().filter(|s| !std::ptr::eq(*s, &generic::SPEC)) {
            let rules = compiled(spec);
            assert!(rules.is_boilerplate("广告"), "{}", spec.name);
            assert!(rules.is_boilerplate("获取更多RSS：feedx"), "{}", spec.name);
            for line in spec.rules.markers.lines {
                let text = format!("正文前的话{line}正文后的话");
                assert!(rules.is_boilerplate(&text), "{text}");
                assert!(!generic.is_boilerplate(&text), "{text}");
            }
            for label in spec.rules.markers.labels {
                assert!(rules.is_boilerplate(label), "{label}");
                assert!(!generic.is_boilerplate(label), "{label}");
            }
        }
    }
}
