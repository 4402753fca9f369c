//! The body walk: one pass over the DOM with an explicit stack, turning the
//! body into blocks, images, videos, share links and the feed footer.

use std::borrow::Cow;
use std::collections::HashSet;
use std::iter::Peekable;
use std::vec;

use html5ever::Attribute;
use url::Url;

use crate::article::{
    Block, BlockKind, FeedFooter, Image, Link, Platform, Published, ShareLink, Video, Warning,
};
use crate::boilerplate;
use crate::date;
use crate::html::{self, Data, NodeRef};
use crate::options::ParseOptions;
use crate::outlet::Outlet;
use crate::text::{self, TextBuf};
use crate::urls;

/// What the body yields.
#[derive(Debug, Default)]
pub(crate) struct Extracted {
    pub(crate) published: Option<Published>,
    pub(crate) byline: Option<String>,
    pub(crate) lead: Option<String>,
    pub(crate) blocks: Vec<Block>,
    pub(crate) images: Vec<Image>,
    pub(crate) videos: Vec<Video>,
    pub(crate) share_links: Vec<ShareLink>,
    pub(crate) feed_footer: Option<FeedFooter>,
    pub(crate) boilerplate: Vec<String>,
    pub(crate) warnings: Vec<Warning>,
}

pub(crate) fn extract(
    body: &str,
    base: &Url,
    outlet: &Outlet,
    options: &ParseOptions,
) -> Extracted {
    extract_split_at(body, base, outlet, options, SPLIT_AT)
}

fn extract_split_at(
    body: &str,
    base: &Url,
    outlet: &Outlet,
    options: &ParseOptions,
    split_at: usize,
) -> Extracted {
    let (dom, dropped) = html::build(body, options.max_depth);
    let mut walker = Walker::new(base, outlet);
    walker.split_at = split_at;
    if dropped.deep > 0 {
        walker
            .out
            .warnings
            .push(Warning::DepthLimited(dropped.deep));
    }
    if dropped.dense > 0 {
        walker
            .out
            .warnings
            .push(Warning::TooManyElements(dropped.dense));
    }
    if let Some(html) = dom.html() {
        walker.date_line(html);
        walker.walk(html);
    }
    walker.finish()
}

/// The image or video a caption or credit belongs to.
#[derive(Clone, Copy)]
enum Media {
    Image(usize),
    Video(usize),
}

/// What [`Walker::strip_boilerplate`] leaves of a paragraph.
enum Stripped {
    /// Nothing: all of it was boilerplate.
    Dropped,
    /// All of it.
    Whole,
    /// These lines of it.
    Kept(String),
}

/// What to do when the walk leaves an element.
enum Exit {
    /// End of a block element: flush the text, restore the context.
    Block(Ctx),
    /// End of `<strong>`/`<b>`.
    Strong,
    /// End of `<a>`: the link's text is complete.
    Link {
        generation: u32,
        start: usize,
        url: Option<Url>,
    },
    /// End of a boilerplate subtree.
    Boilerplate,
    /// End of the feed footer.
    Footer,
    /// End of a caption element.
    Caption,
    /// End of a photo-credit element.
    Credit,
    /// End of `<picture>`.
    Picture,
}

enum Frame<'a> {
    /// Walk this node.
    Enter(NodeRef<'a>),
    /// Walk this node, then its next siblings.
    Siblings(NodeRef<'a>),
    Exit(Exit),
}

/// The block context: which text element we are in.
#[derive(Clone, Copy, Default)]
struct Ctx {
    heading: Option<u8>,
    list_item: bool,
    quote: bool,
    /// Inside a `<p>` (or `<pre>`), where `<br><br>` does not split paragraphs.
    paragraph: bool,
    /// The paragraph is marked as a standfirst by its class.
    lead_hint: bool,
}

impl Ctx {
    fn kind(&self) -> BlockKind {
        if let Some(level) = self.heading {
            BlockKind::Heading { level }
        } else if self.list_item {
            BlockKind::ListItem
        } else if self.quote {
            BlockKind::Quote
        } else {
            BlockKind::Paragraph
        }
    }
}

/// Blocks' text from this many bytes on is split into `<br><br>` parts as
/// it comes (see [`Walker::split_early`]).
const SPLIT_AT: usize = 16 * 1024;

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

struct Walker<'a> {
    base: &'a Url,
    outlet: &'a Outlet,
    out: Extracted,
    date_node: Option<NodeRef<'a>>,
    ctx: Ctx,
    text: TextBuf,
    /// Whether a block other than a caption has been written (a lead must
    /// come first).
    text_seen: bool,
    /// Bumped at every flush, so a link spanning a flush is not misread.
    generation: u32,
    /// Links of the current block, with the byte offset where each starts.
    links: Vec<(usize, Link)>,
    /// Parts of the current block already split off its text, with their
    /// links (see [`Walker::split_early`]).
    parts: Vec<(String, Vec<Link>)>,
    /// Buffer length from which [`Walker::split_early`] splits.
    split_at: usize,
    /// Links entered and not yet left.
    open_links: u32,
    strong: u32,
    /// Whether the current block has text inside and outside `<strong>`/`<b>`.
    strong_text: bool,
    plain_text: bool,
    suppress: u32,
    /// Inside a boilerplate container whose text is kept in `boilerplate`.
    record: bool,
    boiler: TextBuf,
    footer: Option<Vec<Url>>,
    caption: Option<(Media, TextBuf)>,
    credit: Option<(Media, TextBuf)>,
    /// The last image or video, while nothing but captions has followed it.
    caption_for: Option<Media>,
    picture_sources: Vec<Vec<String>>,
    image_urls: HashSet<String>,
    video_urls: HashSet<String>,
}

impl<'a> Walker<'a> {
    fn new(base: &'a Url, outlet: &'a Outlet) -> Self {
        Walker {
            base,
            outlet,
            out: Extracted::default(),
            date_node: None,
            ctx: Ctx::default(),
            text: TextBuf::default(),
            text_seen: false,
            generation: 0,
            links: Vec::new(),
            parts: Vec::new(),
            split_at: SPLIT_AT,
            open_links: 0,
            strong: 0,
            strong_text: false,
            plain_text: false,
            suppress: 0,
            record: false,
            boiler: TextBuf::default(),
            footer: None,
            caption: None,
            credit: None,
            caption_for: None,
            picture_sources: Vec::new(),
            image_urls: HashSet::new(),
            video_urls: HashSet::new(),
        }
    }

    /// Finds the date line: the first element of the body, or of its
    /// leading wrapper `<div>`s, whose text reads as a date (with an
    /// optional byline on the lines before it).
    fn date_line(&mut self, html: NodeRef<'a>) {
        let Some(body) = child_element(html, "body") else {
            return;
        };
        let mut node = body;
        for _ in 0..4 {
            let Some(first) = first_meaningful_child(node) else {
                return;
            };
            let Some(tag) = first.tag() else {
                return;
            };
            if !matches!(tag, "div" | "p" | "i" | "span" | "time") {
                return;
            }
            let lines = short_text_lines(first, 256);
            if let Some((last, before)) = lines.split_last() {
                if let Some(published) = date::parse_date_line(last, self.outlet.zone()) {
                    self.out.published = Some(published);
                    self.out.byline = clean_byline(before);
                    self.date_node = Some(first);
                    return;
                }
                let italic = first_meaningful_child(first).is_some_and(|c| c.is("i"));
                if italic && lines.len() <= 2 && tag == "div" {
                    self.out
                        .warnings
                        .push(Warning::UnreadableDateLine(lines.join(" ")));
                    self.date_node = Some(first);
                    return;
                }
            }
            if tag != "div" {
                return;
            }
            node = first;
        }
    }

    fn walk(&mut self, root: NodeRef<'a>) {
        let mut stack = vec![Frame::Enter(root)];
        while let Some(frame) = stack.pop() {
            let node = match frame {
                Frame::Exit(exit) => {
                    self.exit(exit);
                    continue;
                }
                Frame::Enter(node) => node,
                Frame::Siblings(node) => {
                    // The next sibling comes after this node's subtree: the
                    // stack holds one frame per level, not one per child.
                    if let Some(next) = node.next_sibling() {
                        stack.push(Frame::Siblings(next));
                    }
                    node
                }
            };
            match node.data() {
                Data::Text(t) => self.text_node(t),
                Data::Element(_) => {
                    if self.date_node == Some(node) {
                        self.flush();
                        continue;
                    }
                    if self.enter(node, &mut stack) {
                        stack.extend(node.first_child().map(Frame::Siblings));
                    }
                }
                Data::Document => stack.extend(node.first_child().map(Frame::Siblings)),
                _ => {}
            }
        }
        self.flush();
    }

    fn text_node(&mut self, s: &str) {
        if self.suppress > 0 {
            if self.record {
                self.boiler.push_str(s);
            }
            return;
        }
        if let Some((_, credit)) = &mut self.credit {
            credit.push_str(s);
            return;
        }
        if let Some((_, caption)) = &mut self.caption {
            caption.push_str(s);
            return;
        }
        if s.chars().all(char::is_whitespace) {
            self.text.push(' ');
            return;
        }
        self.caption_for = None;
        if self.strong > 0 {
            self.strong_text = true;
        } else {
            self.plain_text = true;
        }
        self.text.push_str(s);
    }

    /// Handles an element's start; returns whether to walk its children.
    fn enter(&mut self, node: NodeRef<'a>, stack: &mut Vec<Frame<'a>>) -> bool {
        let Some(element) = node.element() else {
            return false;
        };
        let attrs = element.attrs.as_slice();
        let tag = &*element.name.local;

        match tag {
            "script" | "style" | "template" | "head" | "title" | "button" | "select" | "input"
            | "textarea" | "svg" | "math" | "audio" | "object" | "embed" | "map" | "canvas" => {
                return false
            }
            _ => {}
        }

        if self.footer.is_none() && tag == "div" && starts_footer(node) {
            self.flush();
            self.footer = Some(Vec::new());
            self.suppress += 1;
            stack.push(Frame::Exit(Exit::Footer));
            return true;
        }
        if self.suppress == 0 {
            if let Some(kind) = boilerplate::element_kind(tag, attrs, node) {
                self.flush();
                self.suppress += 1;
                // Share blocks are kept typed in `share_links`; other
                // containers keep their text in `boilerplate`.
                self.record = kind == boilerplate::Kind::Container;
                stack.push(Frame::Exit(Exit::Boilerplate));
                return true;
            }
            if *self.outlet == Outlet::Bbc && tag == "ul" && self.nothing_yet() {
                if let Some(names) = byline_list(node) {
                    // BBC (2023+): `<ul role="list"><li>name</li><li>BBC新闻，华盛顿</li>`
                    // opens the page.
                    self.out.byline = clean_byline(&names);
                    return false;
                }
            }
        }

        match tag {
            "a" => {
                let url = attr(attrs, "href").and_then(|h| urls::resolve(self.base, h));
                if let Some(url) = &url {
                    if let Some(footer) = &mut self.footer {
                        footer.push(url.clone());
                    }
                    if let Some(share) = share_link(url) {
                        self.out.share_links.push(share);
                    }
                }
                self.open_links += 1;
                stack.push(Frame::Exit(Exit::Link {
                    generation: self.generation,
                    start: self.text.len(),
                    url,
                }));
                true
            }
            "img" => {
                if self.suppress == 0 {
                    self.image(attrs);
                }
                false
            }
            "picture" => {
                self.picture_sources.push(Vec::new());
                stack.push(Frame::Exit(Exit::Picture));
                true
            }
            "source" => {
                if let (Some(sources), Some(srcset)) =
                    (self.picture_sources.last_mut(), attr(attrs, "srcset"))
                {
                    sources.push(srcset.to_owned());
                }
                false
            }
            "video" => {
                if self.suppress == 0 {
                    self.video(node, attrs);
                }
                false
            }
            "iframe" => {
                if self.suppress == 0 {
                    if let Some(url) = attr(attrs, "src")
                        .or_else(|| attr(attrs, "data-src"))
                        .and_then(|s| urls::resolve(self.base, s))
                    {
                        self.push_video(url, None);
                    }
                }
                false
            }
            "br" => {
                if self.suppress > 0 {
                    self.boiler.line_break();
                } else if let Some((_, credit)) = &mut self.credit {
                    credit.line_break();
                } else if let Some((_, caption)) = &mut self.caption {
                    caption.line_break();
                } else {
                    self.text.line_break();
                    self.split_early();
                }
                false
            }
            "hr" => {
                self.flush();
                false
            }
            "strong" | "b" => {
                self.strong += 1;
                stack.push(Frame::Exit(Exit::Strong));
                true
            }
            "time" if self.out.published.is_none() && self.dates_from_time() => {
                // BBC, The Economist and NYT date their pages with `<time>`;
                // its text (`15 分钟前`, `Oct 31st 2020`) is not article text.
                let zone = self.outlet.time_element_zone();
                match attr(attrs, "datetime").and_then(|d| date::parse_datetime_attr(d, zone)) {
                    Some(p) => {
                        self.out.published = Some(p);
                        false
                    }
                    None => true,
                }
            }
            // `<address>` (NYT 2022+), `<p itemprop="byline">by John Phipps</p>`
            // (The Economist).
            _ if self.out.byline.is_none() && (tag == "address" || is_byline(attrs)) => {
                self.byline_element(node)
            }
            _ if self.credit.is_none()
                && self.suppress == 0
                && self.is_credit(tag, attrs, node) =>
            {
                let Some(media) = self.caption.as_ref().map(|(m, _)| *m).or(self.caption_for)
                else {
                    return true;
                };
                if self.caption.is_none() {
                    self.flush();
                }
                self.credit = Some((media, TextBuf::default()));
                stack.push(Frame::Exit(Exit::Credit));
                true
            }
            _ if self.caption.is_none() && self.suppress == 0 && is_caption(tag, attrs) => {
                let Some(media) = self.caption_for.filter(|_| !has_descendant(node, "img")) else {
                    return self.enter_block(tag, attrs, stack);
                };
                self.flush();
                self.caption = Some((media, TextBuf::default()));
                stack.push(Frame::Exit(Exit::Caption));
                true
            }
            _ if is_glitched(tag) => {
                // `<sourcetype="image/webp"srcset="…">`: markup that lost its
                // spaces; the only real image URL may sit in the tag itself.
                if self.suppress == 0 {
                    self.glitched_image(tag, attrs);
                }
                true
            }
            _ => self.enter_block(tag, attrs, stack),
        }
    }

    /// Takes an element's text as the byline; returns whether to walk its
    /// children (only when it held no name).
    fn byline_element(&mut self, node: NodeRef<'_>) -> bool {
        let lines: Vec<String> = short_text_lines(node, 256)
            .into_iter()
            .map(
                |l| match l.strip_prefix("by ").or_else(|| l.strip_prefix("By ")) {
                    Some(name) => name.to_owned(),
                    None => l,
                },
            )
            .collect();
        match clean_byline(&lines) {
            Some(byline) => {
                self.flush();
                self.out.byline = Some(byline);
                false
            }
            None => true,
        }
    }

    /// Enters a block element (or any other element, which needs nothing).
    fn enter_block(&mut self, tag: &str, attrs: &[Attribute], stack: &mut Vec<Frame<'a>>) -> bool {
        if let Some(ctx) = self.block_ctx(tag, attrs) {
            self.flush();
            stack.push(Frame::Exit(Exit::Block(self.ctx)));
            self.ctx = ctx;
        }
        true
    }

    /// Whether nothing of the article has been seen yet.
    fn nothing_yet(&self) -> bool {
        self.out.blocks.is_empty()
            && self.out.lead.is_none()
            && self.out.images.is_empty()
            && self.text.is_empty()
            && self.parts.is_empty()
    }

    /// Photo credits: `<cite>` and `…copyright…`/`…credit…` classes in or
    /// after a caption (BBC, NYT), `©` spans in a caption (RFI), and BBC's
    /// `<p><span>图像来源，</span><span>Getty Images</span></p>`.
    fn is_credit(&self, tag: &str, attrs: &[Attribute], node: NodeRef<'_>) -> bool {
        if self.caption.is_none() && self.caption_for.is_none() {
            return false;
        }
        if tag == "cite"
            || attr(attrs, "class").is_some_and(|c| {
                c.split_ascii_whitespace()
                    .any(|t| t.contains("copyright") || t.contains("credit"))
            })
        {
            return true;
        }
        if !matches!(tag, "span" | "p" | "small" | "div") {
            return false;
        }
        let in_caption = self.caption.is_some();
        // RFI: `<figcaption><span>caption</span> <span>credit</span></figcaption>`.
        if in_caption
            && *self.outlet == Outlet::Rfi
            && tag == "span"
            && self.caption.as_ref().is_some_and(|(_, c)| !c.is_empty())
        {
            return true;
        }
        boilerplate::first_text_is(node, |t| {
            let t = t.trim_start();
            (in_caption && t.starts_with('©')) || CREDIT_LABELS.iter().any(|l| t.starts_with(l))
        })
    }

    /// Whether a `<time datetime>` dates the article: for outlets that do so,
    /// and for unknown outlets only before any text (later ones belong to
    /// embedded posts).
    fn dates_from_time(&self) -> bool {
        match self.outlet {
            Outlet::Other(_) => self.out.blocks.is_empty() && self.out.lead.is_none(),
            known => known.dates_pages_with_time(),
        }
    }

    /// The context inside `tag` when it is a block element.
    fn block_ctx(&self, tag: &str, attrs: &[Attribute]) -> Option<Ctx> {
        let mut ctx = self.ctx;
        match tag {
            "p" | "pre" => ctx.paragraph = true,
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                ctx.heading = Some(tag.as_bytes()[1] - b'0');
            }
            "li" | "dd" | "dt" => {
                ctx.list_item = true;
                ctx.paragraph = false;
            }
            "blockquote" => ctx.quote = true,
            "div" | "section" | "article" | "main" | "header" | "footer" | "aside" | "nav"
            | "ul" | "ol" | "dl" | "table" | "thead" | "tbody" | "tfoot" | "tr" | "td" | "th"
            | "caption" | "figure" | "figcaption" | "address" | "center" | "details"
            | "summary" | "fieldset" | "form" | "body" | "html" | "menu" | "hgroup" => {
                ctx.paragraph = false;
            }
            _ => return None,
        }
        // A standfirst marked by its class: BBC `story-body__introduction`,
        // FT `story-lead`.
        ctx.lead_hint = attr(attrs, "class").is_some_and(|c| {
            c.split_ascii_whitespace().any(|t| {
                t.contains("introduction") || t.contains("standfirst") || t.ends_with("lead")
            })
        });
        Some(ctx)
    }

    fn exit(&mut self, exit: Exit) {
        match exit {
            Exit::Block(ctx) => {
                self.flush();
                self.ctx = ctx;
            }
            Exit::Strong => self.strong = self.strong.saturating_sub(1),
            Exit::Link {
                generation,
                start,
                url,
            } => {
                self.open_links -= 1;
                if let Some(url) = url {
                    let text = self.text.tail(start);
                    if generation == self.generation && !text.is_empty() && self.suppress == 0 {
                        let link = Link {
                            text: text.to_owned(),
                            url,
                        };
                        self.links.push((start, link));
                    }
                }
            }
            Exit::Boilerplate => {
                self.flush();
                self.suppress -= 1;
                self.record = false;
            }
            Exit::Footer => {
                self.suppress -= 1;
                if let Some(links) = self.footer.take() {
                    let service = links
                        .iter()
                        .filter_map(|u| u.host_str())
                        .find_map(|h| h.split('.').rev().nth(1))
                        .unwrap_or("unknown")
                        .to_owned();
                    if self.out.feed_footer.is_none() {
                        self.out.feed_footer = Some(FeedFooter { service, links });
                    }
                }
            }
            Exit::Caption => {
                if let Some((media, mut buf)) = self.caption.take() {
                    let text = buf.take();
                    if text.is_empty() {
                    } else if boilerplate::is_boilerplate_text(&text) {
                        // BBC's player fallback `你的器材不支持播放多媒体材料`.
                        self.out.boilerplate.push(text);
                    } else {
                        append(self.media_field(media, false), &text);
                        self.out.blocks.push(Block {
                            kind: BlockKind::Caption,
                            text,
                            links: Vec::new(),
                        });
                    }
                }
            }
            Exit::Credit => {
                if let Some((media, mut buf)) = self.credit.take() {
                    let text = buf.take();
                    let text = CREDIT_LABELS
                        .iter()
                        .find_map(|l| text.strip_prefix(l))
                        .unwrap_or(&text)
                        .trim();
                    if !text.is_empty() {
                        append(self.media_field(media, true), text);
                    }
                }
            }
            Exit::Picture => {
                self.picture_sources.pop();
            }
        }
    }

    /// Ends the current block, if it has text.
    fn flush(&mut self) {
        self.generation = self.generation.wrapping_add(1);
        if !self.boiler.is_empty() {
            let text = self.boiler.take();
            for line in text.split('\n').map(str::trim).filter(|l| !l.is_empty()) {
                match byline_line(line) {
                    Some(name) if self.out.byline.is_none() => self.out.byline = Some(name),
                    _ => self.out.boilerplate.push(line.to_owned()),
                }
            }
        }
        let strong_only = self.strong_text && !self.plain_text;
        self.strong_text = false;
        self.plain_text = false;
        if self.text.is_empty() && self.parts.is_empty() {
            self.links.clear();
            return;
        }
        // The text stays in the buffer, which the parts are copied from.
        let text = self.text.take_buf();
        let links = std::mem::take(&mut self.links);
        if self.out.published.is_none() && *self.outlet == Outlet::EpochTimes {
            self.out.published = date::epoch_times_dateline(&text);
        }
        let kind = self.ctx.kind();
        // Outside `<p>`, `<br><br>` separates paragraphs (VOA, plain-text
        // bodies); inside one it stays a blank line of that paragraph.
        let separator = if self.ctx.paragraph { "\u{0}" } else { "\n\n" };
        if self.parts.is_empty()
            && memchr::memmem::find(text.as_bytes(), separator.as_bytes()).is_none()
            && !text.starts_with(char::is_whitespace)
        {
            // One part, the whole text (which `take_buf` trimmed).
            let part = match self.strip_boilerplate(&text) {
                Stripped::Dropped => None,
                Stripped::Whole => Some(text.as_str().to_owned()),
                Stripped::Kept(kept) => Some(kept),
            };
            self.text.reuse(text);
            if let Some(part) = part {
                let links = links.into_iter().map(|(_, link)| link).collect();
                self.push_part(part, links, kind, strong_only, true);
            }
            return;
        }
        let mut links = links.into_iter().peekable();
        let rest = split_parts(&text, separator, &mut links);
        let early = std::mem::take(&mut self.parts);
        let only_part = early.len() + rest.len() == 1;
        let early = early
            .into_iter()
            .map(|(part, links)| (Cow::Owned(part), links));
        let rest = rest
            .into_iter()
            .map(|(part, links)| (Cow::Borrowed(part), links));
        for (part, part_links) in early.chain(rest) {
            let part = match self.strip_boilerplate(&part) {
                Stripped::Dropped => continue,
                Stripped::Whole => part.into_owned(),
                Stripped::Kept(kept) => kept,
            };
            self.push_part(part, part_links, kind, strong_only, only_part);
        }
        self.text.reuse(text);
    }

    /// After a `<br>` outside `<p>`: once the block's text is long, moves
    /// the `<br><br>`-separated parts it has so far out of the buffer, as
    /// [`Walker::flush`] would split them, so that a long run of such
    /// paragraphs is not gathered whole. Not while a link is open (its text
    /// is read from the buffer), nor when the flush needs the whole text
    /// (an Epoch Times date line).
    fn split_early(&mut self) {
        if self.ctx.paragraph
            || self.open_links > 0
            || self.text.len() < self.split_at
            || !self.text.ends_with_blank_line()
            || (self.out.published.is_none() && *self.outlet == Outlet::EpochTimes)
        {
            return;
        }
        let text = self.text.take_buf();
        let mut links = std::mem::take(&mut self.links).into_iter().peekable();
        let parts = split_parts(&text, "\n\n", &mut links);
        self.parts.extend(
            parts
                .into_iter()
                .map(|(part, links)| (part.to_owned(), links)),
        );
        // Links after the last part belong to the next one.
        self.links = links.map(|(_, link)| (0, link)).collect();
        self.text.reuse(text);
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
        if only_part
            && self.out.lead.is_none()
            && !self.text_seen
            && kind == BlockKind::Paragraph
            && (self.ctx.lead_hint
                || (strong_only && self.ctx.paragraph && !starts_with_speaker(&part)))
        {
            self.out.lead = Some(part);
            return;
        }
        links.retain(|l| part.contains(l.text.as_str()));
        self.text_seen = true;
        self.out.blocks.push(Block {
            kind,
            text: part,
            links,
        });
    }

    /// A paragraph without its boilerplate lines (credits, bylines), or
    /// `None` when nothing else is left. What is removed is kept in
    /// `boilerplate` or `byline`.
    fn strip_boilerplate(&mut self, part: &str) -> Stripped {
        if boilerplate::is_boilerplate_text(part) {
            self.boilerplate_line(part);
            return Stripped::Dropped;
        }
        if memchr::memchr(b'\n', part.as_bytes()).is_none() {
            // The checks below, for a part of one line.
            if let Some(name) = byline_line(part) {
                match self.out.byline {
                    None => self.out.byline = Some(name),
                    Some(_) => self.boilerplate_line(part),
                }
                return Stripped::Dropped;
            }
            if boilerplate::is_credit_line(part) {
                self.boilerplate_line(part);
                return Stripped::Dropped;
            }
            return Stripped::Whole;
        }
        let line_level = |l: &str| {
            boilerplate::is_boilerplate_text(l)
                || boilerplate::is_credit_line(l)
                || byline_line(l).is_some()
        };
        if !part
            .split('\n')
            .any(|l| !l.trim().is_empty() && line_level(l))
        {
            return Stripped::Whole;
        }
        let mut kept = Vec::new();
        for line in part.split('\n') {
            if line.trim().is_empty() || !line_level(line) {
                kept.push(line);
            } else if let (Some(name), None) = (byline_line(line), &self.out.byline) {
                self.out.byline = Some(name);
            } else {
                self.boilerplate_line(line);
            }
        }
        let kept = kept.join("\n");
        let kept = kept.trim();
        match kept.is_empty() {
            true => Stripped::Dropped,
            false => Stripped::Kept(kept.to_owned()),
        }
    }

    fn boilerplate_line(&mut self, line: &str) {
        if self.out.byline.is_none() && *self.outlet == Outlet::Rfa {
            self.out.byline = boilerplate::credits_reporters(line);
        }
        self.out.boilerplate.push(line.trim().to_owned());
    }

    /// The caption (or credit) slot of an image or video.
    fn media_field(&mut self, media: Media, credit: bool) -> Option<&mut Option<String>> {
        match media {
            Media::Image(i) => self.out.images.get_mut(i).map(|im| {
                if credit {
                    &mut im.credit
                } else {
                    &mut im.caption
                }
            }),
            Media::Video(i) if !credit => self.out.videos.get_mut(i).map(|v| &mut v.caption),
            Media::Video(_) => None,
        }
    }

    fn image(&mut self, attrs: &[Attribute]) {
        let url = ["src", "data-src", "data-original", "data-lazy-src"]
            .iter()
            .filter_map(|name| attr(attrs, name))
            .filter_map(|s| urls::resolve(self.base, s))
            .find(|u| !is_placeholder(u))
            .or_else(|| attr(attrs, "srcset").and_then(|s| self.best_of_srcset(s)))
            .or_else(|| attr(attrs, "data-srcset").and_then(|s| self.best_of_srcset(s)))
            .or_else(|| {
                let sources = self.picture_sources.last()?;
                sources.iter().find_map(|s| self.best_of_srcset(s))
            });
        let Some(url) = url.filter(urls::is_web) else {
            return;
        };
        let alt = attr(attrs, "alt")
            .map(text::normalize)
            .filter(|a| a.chars().any(char::is_alphanumeric) && !is_generic_alt(a));
        self.push_image(url, alt);
    }

    fn push_image(&mut self, url: Url, alt: Option<String>) {
        if !self.image_urls.insert(url.as_str().to_owned()) {
            return;
        }
        self.out.images.push(Image {
            original_url: urls::unwrap_proxy(&url),
            url,
            alt,
            caption: None,
            credit: None,
        });
        self.caption_for = Some(Media::Image(self.out.images.len() - 1));
    }

    fn best_of_srcset(&self, srcset: &str) -> Option<Url> {
        let mut best: Option<(u32, &str)> = None;
        for candidate in srcset.split(", ").flat_map(|c| c.split(",\n")) {
            let mut parts = candidate.split_whitespace();
            let Some(url) = parts.next() else { continue };
            if url.starts_with("data:") {
                continue;
            }
            let width = parts
                .next()
                .and_then(|d| d.strip_suffix('w').or_else(|| d.strip_suffix('x')))
                .and_then(|n| n.parse::<f32>().ok())
                .map_or(0, |n| n as u32);
            if best.is_none_or(|(w, _)| width > w) {
                best = Some((width, url));
            }
        }
        best.and_then(|(_, url)| urls::resolve(self.base, url))
    }

    fn glitched_image(&mut self, tag: &str, attrs: &[Attribute]) {
        let mut all = String::from(tag);
        for a in attrs {
            all.push(' ');
            all.push_str(&a.name.local);
            all.push('=');
            all.push_str(&a.value);
        }
        for key in ["srcset=\"", "src=\"", "srcset=", "src="] {
            if let Some(at) = all.find(key) {
                let rest = &all[at + key.len()..];
                let end = rest.find(['"', ' ', '>']).unwrap_or(rest.len());
                if let Some(url) = self.best_of_srcset(&rest[..end]).filter(urls::is_web) {
                    self.push_image(url, None);
                    return;
                }
            }
        }
    }

    fn video(&mut self, node: NodeRef<'_>, attrs: &[Attribute]) {
        let src = attr(attrs, "src")
            .and_then(|s| urls::resolve(self.base, s))
            .or_else(|| {
                node.children().find_map(|c| match c.element() {
                    Some(e) if &*e.name.local == "source" => {
                        attr(&e.attrs, "src").and_then(|s| urls::resolve(self.base, s))
                    }
                    _ => None,
                })
            });
        let poster = attr(attrs, "poster").and_then(|s| urls::resolve(self.base, s));
        if let Some(url) = src {
            self.push_video(url, poster);
        }
    }

    fn push_video(&mut self, url: Url, poster: Option<Url>) {
        if urls::is_web(&url) && self.video_urls.insert(url.as_str().to_owned()) {
            self.out.videos.push(Video {
                url,
                poster,
                caption: None,
            });
            self.caption_for = Some(Media::Video(self.out.videos.len() - 1));
        }
    }

    fn finish(mut self) -> Extracted {
        self.flush();
        if *self.outlet == Outlet::Youtube && self.base.query_pairs().any(|(k, _)| k == "v") {
            self.push_video(self.base.clone(), None);
        }
        self.out
    }
}

/// Looks up an attribute by its (lowercase) local name.
pub(crate) fn attr<'x>(attrs: &'x [Attribute], name: &str) -> Option<&'x str> {
    attrs
        .iter()
        .find(|a| &*a.name.local == name)
        .map(|a| &*a.value)
}

fn child_element<'a>(node: NodeRef<'a>, tag: &str) -> Option<NodeRef<'a>> {
    node.children().find(|c| c.is(tag))
}

/// The first child that is an element or non-blank text.
fn first_meaningful_child(node: NodeRef<'_>) -> Option<NodeRef<'_>> {
    node.children().find(|c| match c.data() {
        Data::Element(_) => true,
        Data::Text(t) => !t.trim().is_empty(),
        _ => false,
    })
}

/// The text of a small element as trimmed lines (split at `<br>`), or
/// nothing when it holds more than `limit` bytes or an image.
fn short_text_lines(node: NodeRef<'_>, limit: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    let mut size = 0;
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        match n.data() {
            Data::Text(s) => {
                size += s.len();
                if size > limit {
                    return Vec::new();
                }
                if let Some(last) = lines.last_mut() {
                    last.push_str(s);
                }
            }
            Data::Element(e) => match &*e.name.local {
                "br" => lines.push(String::new()),
                "img" | "video" | "iframe" | "picture" | "p" => return Vec::new(),
                _ => stack.extend(n.children().rev()),
            },
            _ => {}
        }
    }
    lines
        .iter()
        .map(|l| text::normalize(l))
        .filter(|l| !l.is_empty())
        .collect()
}

/// A byline from its lines: without the placeholder `null` and without
/// repeated names (`KAI SCHULTZ,KAI SCHULTZ`).
fn clean_byline(lines: &[String]) -> Option<String> {
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

/// Labels that open a photo credit.
const CREDIT_LABELS: &[&str] = &[
    "图像来源，",
    "图像来源,",
    "图片来源：",
    "图片来源，",
    "圖片來源：",
];

/// Appends `text` to an optional caption or credit, space-separated.
fn append(slot: Option<&mut Option<String>>, text: &str) {
    match slot {
        Some(Some(existing)) => {
            existing.push(' ');
            existing.push_str(text);
        }
        Some(empty) => *empty = Some(text.to_owned()),
        None => {}
    }
}

/// Lazy-loading stand-ins in `src` (`…/undefined`, `blank.gif`), which the
/// real URL in `data-src` replaces.
fn is_placeholder(url: &Url) -> bool {
    let path = url.path().to_ascii_lowercase();
    path.ends_with("/undefined")
        || [
            "placeholder",
            "blank.gif",
            "spacer.gif",
            "grey.gif",
            "lazy.gif",
            "loading.gif",
        ]
        .iter()
        .any(|p| path.contains(p))
}

/// Alt texts that say nothing about the image.
fn is_generic_alt(alt: &str) -> bool {
    matches!(
        alt.to_ascii_lowercase().as_str(),
        "img" | "image" | "photo" | "picture" | "图片" | "圖片" | "配图"
    )
}

/// Interview questions open with the speaker (`德国之声：…`); they are not
/// standfirsts even when bold.
fn starts_with_speaker(text: &str) -> bool {
    text.chars().take(12).any(|c| c == '：' || c == ':')
}

/// A line naming the author: `作者：周保松`, `文：陳韻聿`, `作者 | 张依依`.
fn byline_line(line: &str) -> Option<String> {
    let line = line.trim();
    let rest = ["作者：", "作者:", "作者 |", "作者|", "文：", "撰文："]
        .iter()
        .find_map(|p| line.strip_prefix(p))?;
    let name = rest.trim();
    (!name.is_empty() && name.chars().count() <= 30).then(|| name.to_owned())
}

/// The names of BBC's opening byline list, when every item is short text
/// without links; the affiliation items (`BBC新闻，华盛顿`) are left out.
fn byline_list(node: NodeRef<'_>) -> Option<Vec<String>> {
    let mut names = Vec::new();
    for li in node.children() {
        match li.data() {
            Data::Element(e) if &*e.name.local == "li" => {
                let lines = short_text_lines(li, 120);
                let [line] = lines.as_slice() else {
                    return None;
                };
                if has_descendant(li, "a") {
                    return None;
                }
                if !line.contains("BBC") {
                    names.push(line.clone());
                }
            }
            Data::Text(t) if t.trim().is_empty() => {}
            _ => return None,
        }
    }
    (!names.is_empty()).then_some(names)
}

fn has_descendant(node: NodeRef<'_>, tag: &str) -> bool {
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        if n.is(tag) {
            return true;
        }
        stack.extend(n.children());
    }
    false
}

/// Elements that hold the byline by markup.
fn is_byline(attrs: &[Attribute]) -> bool {
    attr(attrs, "itemprop").is_some_and(|v| v.eq_ignore_ascii_case("byline"))
}

fn is_caption(tag: &str, attrs: &[Attribute]) -> bool {
    if matches!(tag, "figcaption" | "small") {
        return true;
    }
    // `wp-caption` is WordPress's figure, not its caption (`wp-caption-text`).
    let marked = |v: &str| {
        v.split_ascii_whitespace()
            .any(|t| (t.contains("caption") && t != "wp-caption") || t == "picinfo")
    };
    attr(attrs, "class").is_some_and(marked) || attr(attrs, "data-testid").is_some_and(marked)
}

/// Element names that swallowed their attributes (`sourcetype="…"srcset="…"`).
fn is_glitched(tag: &str) -> bool {
    tag.contains("src") && tag.contains('=')
}

/// `<div>获取更多RSS：<br><a href="https://feedx.net">…`
fn starts_footer(node: NodeRef<'_>) -> bool {
    first_meaningful_child(node)
        .and_then(NodeRef::text)
        .is_some_and(|t| t.trim_start().starts_with("获取更多RSS"))
}

/// Recognises a share link and digs out the URL it shares.
fn share_link(url: &Url) -> Option<ShareLink> {
    let host = url.host_str().unwrap_or_default();
    let host = host.strip_prefix("www.").unwrap_or(host);
    let path = url.path();
    let platform = match (url.scheme(), host) {
        ("whatsapp", _) => Platform::Whatsapp,
        ("mailto", _) if url.query().is_some() => Platform::Email,
        (_, "facebook.com" | "m.facebook.com")
            if path.contains("sharer") || path.contains("/share") =>
        {
            Platform::Facebook
        }
        (_, "twitter.com" | "x.com")
            if path.starts_with("/intent") || path.starts_with("/share") =>
        {
            Platform::X
        }
        (_, "web.whatsapp.com" | "api.whatsapp.com" | "wa.me") => Platform::Whatsapp,
        (_, "social-plugins.line.me" | "line.me" | "lineit.line.me") => Platform::Line,
        (_, "t.me" | "telegram.me") if path.starts_with("/share") => Platform::Telegram,
        (_, "service.weibo.com") if path.contains("share") => Platform::Weibo,
        (_, "linkedin.com") if path.contains("share") => Platform::Linkedin,
        (_, "reddit.com") if path.starts_with("/submit") => Platform::Reddit,
        (_, "pinterest.com") if path.contains("/pin/create") => Platform::Pinterest,
        (_, "addtoany.com") if path.starts_with("/add_to/") => {
            let name = path["/add_to/".len()..].trim_end_matches('/');
            match name {
                "facebook" => Platform::Facebook,
                "twitter" | "x" => Platform::X,
                "whatsapp" => Platform::Whatsapp,
                "line" => Platform::Line,
                "telegram" => Platform::Telegram,
                "sina_weibo" | "weibo" => Platform::Weibo,
                "linkedin" => Platform::Linkedin,
                "email" => Platform::Email,
                "reddit" => Platform::Reddit,
                "pinterest" => Platform::Pinterest,
                other => Platform::Other(other.to_ascii_lowercase()),
            }
        }
        _ => return None,
    };
    let target = ["u", "href", "url", "linkurl", "link", "text", "body"]
        .iter()
        .find_map(|key| {
            url.query_pairs()
                .find(|(k, _)| k == key)
                .and_then(|(_, v)| urls::nested_url(&v))
        });
    Some(ShareLink {
        platform,
        url: url.clone(),
        target,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Splitting `<br><br>` parts early gives what splitting them at the
    /// end of the block does, on random runs of text, line breaks, links,
    /// bold text, boilerplate and credit lines, and blocks.
    #[test]
    fn splitting_early_changes_nothing() {
        const PIECES: &[&str] = &[
            "word ",
            "词",
            " ",
            "<br>",
            "<br><br>",
            "<br><br><br>",
            "<a href=/a>link</a>",
            "<a href=/b>two<br><br>parts</a>",
            "<a href=/c>",
            "</a>",
            "<b>bold</b>",
            "<b>",
            "</b>",
            "责编：某某",
            "Feed enhanced by x",
            "编译 张涛",
            "<p>",
            "</p>",
            "<div>",
            "</div>",
            "<img src=/i.jpg>",
            "<span>",
            "</span>",
            "\n",
            "&nbsp;",
            "<!--c-->",
            "By Someone",
            "<div class=lead>",
            "<div class=standfirst>",
            "【大纪元2024年3月5日讯】",
        ];
        let base = Url::parse("https://www.voachinese.com/a/x.html").expect("a URL");
        let options = ParseOptions::default();
        let mut rng = crate::rng::Rng::new(0x6a09_e667_f3bc_c908_u64);
        let mut next = move |n: usize| rng.below(n);
        let mut split = 0;
        for _ in 0..3_000 {
            let len = 1 + next(60);
            let body: String = (0..len).map(|_| PIECES[next(PIECES.len())]).collect();
            for outlet in [Outlet::Voa, Outlet::EpochTimes] {
                let late = extract_split_at(&body, &base, &outlet, &options, usize::MAX);
                let early = extract_split_at(&body, &base, &outlet, &options, 0);
                assert_eq!(format!("{early:?}"), format!("{late:?}"), "{body:?}");
                split += usize::from(early.blocks.len() > 1);
            }
        }
        assert!(split > 1_000, "{split}");
    }
}
