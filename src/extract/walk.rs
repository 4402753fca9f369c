//! The walk: one pass over the tree with an explicit stack (one frame per
//! level), dispatching each node to the concern it belongs to.

use html5ever::Attribute;
use url::Url;

use super::blocks::Blocks;
use super::boilerplate::{self, Compiled, Skip};
use super::media::{MediaRef, MediaState};
use super::nodes::Weight;
use super::{byline, credits, furniture, media, nodes, share, Extracted};
use crate::article::{Block, BlockKind, FeedFooter, Link};
use crate::date;
use crate::html::{self, Data, NodeRef};
use crate::outlets::{Spec, TimePolicy};

/// What to do when the walk leaves an element.
pub(super) enum Exit<'a> {
    /// End of a block element: flush the text, restore the context.
    Block(super::blocks::Ctx),
    /// End of `<strong>`/`<b>`.
    Strong,
    /// End of an element whose style sets the weight back to normal inside
    /// bold text: the bold count it suspended.
    Unbold(u32),
    /// End of `<em>`/`<i>`.
    Emphasis,
    /// End of `<a>`: the link's text is complete.
    Link {
        generation: u32,
        start: usize,
        url: LinkUrl<'a>,
    },
    /// End of an `<a>` inside a caption: the link's text is complete.
    CaptionLink { start: usize, url: Box<Url> },
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

pub(super) enum Frame<'a> {
    /// Walk this node.
    Enter(NodeRef<'a>),
    /// Walk this node, then its next siblings.
    Siblings(NodeRef<'a>),
    Exit(Exit<'a>),
}

/// A link's URL: resolved when the link starts, or its `href`, resolved
/// only if the link is kept (most links that are not kept are never
/// resolved; URL parsing is among the costliest steps of a walk).
///
/// URLs are boxed: frames stay small, and most links never hold one.
pub(super) enum LinkUrl<'a> {
    Resolved(Option<Box<Url>>),
    Later(&'a str),
}

/// The walk's state: what it has extracted, and one part per concern.
pub(super) struct Walker<'a> {
    pub(super) base: &'a Url,
    /// Whether any link may be a share link, the page's own host being a
    /// share platform's (see [`share::base_may_share`]).
    base_may_share: bool,
    pub(super) spec: &'static Spec,
    /// The spec's boilerplate rules, compiled.
    pub(super) boilerplate: &'static Compiled,
    pub(super) out: Extracted,
    /// The date line's element, skipped by the walk.
    pub(super) date_node: Option<NodeRef<'a>>,
    pub(super) blocks: Blocks,
    pub(super) skip: Skip,
    pub(super) media: MediaState,
}

impl<'a> Walker<'a> {
    pub(super) fn new(base: &'a Url, spec: &'static Spec, split_at: usize) -> Self {
        Walker {
            base,
            base_may_share: share::base_may_share(base),
            spec,
            boilerplate: boilerplate::compiled(spec),
            out: Extracted::default(),
            date_node: None,
            blocks: Blocks::new(split_at),
            skip: Skip::default(),
            media: MediaState::default(),
        }
    }

    pub(super) fn walk(&mut self, root: NodeRef<'a>) {
        let mut stack = vec![Frame::Enter(root)];
        while let Some(frame) = stack.pop() {
            // After each step: the text a medium came in may have been
            // written (see `media`).
            if self.media.has_unplaced() {
                self.place_media();
            }
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

    pub(super) fn text_node(&mut self, s: &str) {
        if self.skip.suppress > 0 {
            if self.skip.record {
                self.skip.text.push_str(s);
            }
            return;
        }
        if let Some((_, credit)) = &mut self.media.credit {
            credit.push_str(s);
            return;
        }
        if let Some((_, caption)) = &mut self.media.caption {
            caption.push_str(s);
            return;
        }
        if self.blocks.ctx.pre {
            self.media.caption_for = None;
            self.blocks.plain_text = true;
            self.blocks.roman_text = true;
            self.blocks.text.push_raw(s);
            return;
        }
        if s.chars().all(char::is_whitespace) {
            self.blocks.text.push(' ');
            return;
        }
        self.media.caption_for = None;
        if self.blocks.strong > 0 {
            self.blocks.strong_text = true;
        } else {
            self.blocks.plain_text = true;
        }
        self.blocks.roman_text |= self.blocks.emphasis == 0;
        self.blocks.text.push_str(s);
    }

    /// Handles an element's start; returns whether to walk its children.
    fn enter(&mut self, node: NodeRef<'a>, stack: &mut Vec<Frame<'a>>) -> bool {
        let Some(element) = node.element() else {
            return false;
        };
        let attrs = node.attrs();
        let tag = &*element.local;

        match tag {
            "script" | "style" | "template" | "head" | "title" | "button" | "select" | "input"
            | "textarea" | "svg" | "math" | "object" | "embed" | "map" | "canvas" => return false,
            _ => {}
        }

        if let Some(walk_children) = self.enter_boilerplate(tag, attrs, node, stack) {
            return walk_children;
        }
        if self.skip.suppress == 0 && tag == "ul" && self.byline_list(node) {
            return false;
        }

        match tag {
            "a" => self.enter_link(attrs, stack),
            "img" | "picture" | "source" | "video" | "audio" | "iframe" => {
                self.enter_media(tag, node, attrs, stack)
            }
            _ if media::is_video_player(tag) => {
                if self.skip.suppress == 0 {
                    self.video_player(tag, attrs);
                }
                true
            }
            "br" => {
                if self.skip.suppress > 0 {
                    self.skip.text.line_break();
                } else if let Some((_, credit)) = &mut self.media.credit {
                    credit.line_break();
                } else if let Some((_, caption)) = &mut self.media.caption {
                    caption.line_break();
                } else if self.blocks.ctx.pre {
                    self.blocks.text.raw_line_break();
                } else {
                    self.blocks.text.line_break();
                    self.split_early();
                }
                false
            }
            "hr" => {
                self.flush();
                false
            }
            "sup" => match nodes::short_text_lines(node, 16).as_slice() {
                // A footnote marker: kept apart from the words and digits
                // around it (`记录。[3]2019年`); ordinals (`20<sup>th</sup>`)
                // and exponents stay joined.
                [mark] if footnote_number(mark).is_some() => {
                    let number = footnote_number(mark).unwrap_or_default();
                    self.text_node(&format!("[{number}]"));
                    false
                }
                _ => true,
            },
            // Unless its style sets the weight back to normal (Google Docs'
            // `<b style="font-weight:normal">` around pasted text) or to the
            // enclosing text's (`inherit`).
            "strong" | "b" => {
                match nodes::style_weight(attrs) {
                    Weight::Default | Weight::Bold => self.bold(stack),
                    Weight::Normal => self.unbold(stack),
                    Weight::Inherit => {}
                }
                true
            }
            "em" | "i" => {
                self.blocks.emphasis += 1;
                stack.push(Frame::Exit(Exit::Emphasis));
                true
            }
            "time" if self.out.published.is_none() && self.dates_from_time() => {
                self.time_element(attrs)
            }
            // `<address>` (NYT 2022+), `<p itemprop="byline">by John Phipps</p>`
            // (The Economist).
            _ if self.out.byline.is_none() && (tag == "address" || byline::is_byline(attrs)) => {
                self.byline_element(node)
            }
            _ if self.media.credit.is_none()
                && self.skip.suppress == 0
                && self.is_credit(tag, attrs, node) =>
            {
                self.enter_credit(stack)
            }
            _ if self.media.caption.is_none()
                && self.skip.suppress == 0
                && media::is_caption(tag, attrs, self.spec) =>
            {
                self.enter_caption(tag, attrs, node, stack)
            }
            _ if media::has_attributes_in_name(tag) => {
                // `<sourcetype="image/webp"srcset="…">`: markup that lost its
                // spaces; the only real image URL may sit in the tag itself.
                if self.skip.suppress == 0 {
                    self.image_in_tag_name(tag, attrs);
                }
                true
            }
            // Bold set by style (`<span style="font-weight: bold">`, as some
            // editors write it, or a whole `<p style="font-weight: bold">`)
            // counts as `<strong>`, once the rules above (bylines, credits,
            // captions) have passed the element by.
            "span" | "p" => {
                match nodes::style_weight(attrs) {
                    Weight::Bold => self.bold(stack),
                    // Normal weight inside bold text
                    // (`<p style="font-weight:bold"><span style="font-weight:normal">`).
                    Weight::Normal => self.unbold(stack),
                    Weight::Default | Weight::Inherit => {}
                }
                self.enter_block(tag, attrs, stack)
            }
            _ => self.enter_block(tag, attrs, stack),
        }
    }

    /// Bold text, until the element ends.
    fn bold(&mut self, stack: &mut Vec<Frame<'a>>) {
        self.blocks.strong += 1;
        stack.push(Frame::Exit(Exit::Strong));
    }

    /// Suspends bold text inside an element whose style sets the weight
    /// back to normal, until the element ends.
    fn unbold(&mut self, stack: &mut Vec<Frame<'a>>) {
        if self.blocks.strong > 0 {
            stack.push(Frame::Exit(Exit::Unbold(self.blocks.strong)));
            self.blocks.strong = 0;
        }
    }

    /// Starts a link: its URL is kept for the block's links, the feed footer
    /// and share links.
    fn enter_link(&mut self, attrs: &'a [Attribute], stack: &mut Vec<Frame<'a>>) -> bool {
        let href = html::attr(attrs, "href");
        // The feed footer and captions keep every link, and a share link
        // is known only by its URL: those links are resolved now, the
        // others when they end, if they are kept.
        let now = self.skip.footer.is_some()
            || self.media.caption.is_some()
            || self.base_may_share
            || href.is_some_and(share::may_be_share_link);
        let url = match href {
            Some(href) if !now => LinkUrl::Later(href),
            _ => LinkUrl::Resolved(
                href.and_then(|h| crate::urls::resolve(self.base, h).map(Box::new)),
            ),
        };
        if let LinkUrl::Resolved(Some(url)) = &url {
            if let Some(footer) = &mut self.skip.footer {
                footer.push(Url::clone(url));
            }
            if let Some(link) = share::share_link(url) {
                self.out.share_links.push(link);
            }
            if let Some((_, caption)) = &self.media.caption {
                stack.push(Frame::Exit(Exit::CaptionLink {
                    start: caption.len(),
                    url: url.clone(),
                }));
                return true;
            }
        }
        self.blocks.open_links += 1;
        stack.push(Frame::Exit(Exit::Link {
            generation: self.blocks.generation,
            start: self.blocks.text.len(),
            url,
        }));
        true
    }

    /// A `<time datetime>` that dates the article (see
    /// [`Walker::dates_from_time`]); returns whether to walk its children
    /// (only when its value was not read).
    fn time_element(&mut self, attrs: &[Attribute]) -> bool {
        // Outlets that date their pages with `<time>` (BBC, The Economist,
        // NYT): its text (`15 分钟前`, `Oct 31st 2020`) is not article text.
        let zone = self.time_zone();
        match html::attr(attrs, "datetime").and_then(|d| date::parse_datetime_attr(d, zone)) {
            Some(p) => {
                self.out.published = Some(p);
                false
            }
            None => true,
        }
    }

    /// An opening list of names, for outlets with a
    /// [`byline_list`](crate::outlets::Hooks::byline_list) hook: whether it
    /// was the byline (and is taken as it).
    fn byline_list(&mut self, node: NodeRef<'_>) -> bool {
        let Some(names_of) = self.spec.rules.hooks.byline_list else {
            return false;
        };
        // Opening the body, or right under its headline.
        let opening = self.nothing_seen()
            || (self.blocks.is_empty()
                && self.out.lead.is_none()
                && self.out.images.is_empty()
                && self
                    .out
                    .blocks
                    .iter()
                    .all(|b| matches!(b.kind, BlockKind::Heading { .. })));
        if !opening {
            return false;
        }
        let Some(lines) = byline::list_lines(node) else {
            return false;
        };
        match names_of(&lines) {
            // Under a headline, only a list with an affiliation beside the
            // names is a byline (not a list of key points).
            Some(names) if self.nothing_seen() || names.len() < lines.len() => {
                // The affiliation beside the names (`BBC中文网记者`) is kept.
                for line in lines.iter().filter(|l| !names.contains(l)) {
                    self.out.boilerplate.push(line.clone());
                }
                self.out.byline = byline::clean(&names);
                true
            }
            _ => false,
        }
    }

    /// Takes an element's text as the byline; returns whether to walk its
    /// children (only when it held no name).
    fn byline_element(&mut self, node: NodeRef<'_>) -> bool {
        match byline::of_element(node) {
            Some(name) => {
                self.flush();
                self.out.byline = Some(name);
                false
            }
            None => true,
        }
    }

    /// Whether a `<time datetime>` dates the article: on the pages of
    /// outlets that date them so, and for unknown hosts only before any text
    /// (later ones belong to embedded posts).
    fn dates_from_time(&self) -> bool {
        match self.spec.rules.time {
            TimePolicy::BeforeText => self.out.blocks.is_empty() && self.out.lead.is_none(),
            TimePolicy::Dates(_) => true,
            TimePolicy::Ignore => false,
        }
    }

    /// The zone of wall-clock `<time datetime>` values.
    fn time_zone(&self) -> date::Zone {
        match self.spec.rules.time {
            TimePolicy::Dates(zone) => zone,
            _ => self.spec.rules.zone,
        }
    }

    fn exit(&mut self, exit: Exit<'a>) {
        match exit {
            Exit::Block(ctx) => {
                self.flush();
                self.blocks.ctx = ctx;
            }
            Exit::Strong => self.blocks.strong = self.blocks.strong.saturating_sub(1),
            Exit::Unbold(strong) => self.blocks.strong = strong,
            Exit::Emphasis => self.blocks.emphasis = self.blocks.emphasis.saturating_sub(1),
            Exit::Link {
                generation,
                start,
                url,
            } => {
                self.blocks.open_links -= 1;
                let text = self.blocks.text.tail(start);
                if generation == self.blocks.generation
                    && !text.is_empty()
                    && self.skip.suppress == 0
                {
                    let url = match url {
                        LinkUrl::Resolved(url) => url.map(|u| *u),
                        LinkUrl::Later(href) => crate::urls::resolve(self.base, href),
                    };
                    if let Some(url) = url {
                        let text = text.to_owned();
                        self.blocks.links.push((start, Link { text, url }));
                    }
                }
            }
            Exit::CaptionLink { start, url } => {
                if let Some((_, caption)) = &self.media.caption {
                    let text = caption.tail(start);
                    if !text.is_empty() {
                        let text = text.to_owned();
                        self.media.caption_links.push(Link { text, url: *url });
                    }
                }
            }
            Exit::Boilerplate => {
                self.flush();
                self.skip.suppress -= 1;
                self.skip.record = false;
            }
            Exit::Footer => {
                self.skip.suppress -= 1;
                if let Some(links) = self.skip.footer.take() {
                    if self.out.feed_footer.is_none() {
                        let service = boilerplate::footer_service(&links);
                        self.out.feed_footer = Some(FeedFooter { service, links });
                    }
                }
            }
            Exit::Caption => {
                let links = std::mem::take(&mut self.media.caption_links);
                if let Some((media, mut buf)) = self.media.caption.take() {
                    let text = buf.take();
                    if text.is_empty() {
                    } else if self.boilerplate.is_boilerplate(&text) {
                        // BBC's player fallback `你的器材不支持播放多媒体材料`.
                        self.out.boilerplate.push(text);
                    } else if furniture::is_furniture(&text) {
                        // A source note under a picture (`本文原载于…`) is
                        // furniture; a box's label (`…的簽名檔`) makes the
                        // picture a promo and opens the box.
                        if furniture::opens_box(&text) {
                            self.blocks.in_box = true;
                            if let MediaRef::Image(i) = media {
                                self.media.promos.push(i);
                            }
                        }
                        self.out.boilerplate.push(text);
                    } else {
                        // A credit the caption states (`（图源：…）`, `Photo by
                        // … on Unsplash`) goes to the credit, if the image
                        // has none; the caption block keeps the whole text.
                        let (caption, credit) = media::split_credit(&text);
                        let credit_slot = self.media_field(media, true);
                        match (credit, credit_slot) {
                            (Some(credit), Some(slot)) if slot.is_none() => {
                                *slot = Some(credit.to_owned());
                                media::append(self.media_field(media, false), caption);
                            }
                            _ => media::append(self.media_field(media, false), &text),
                        }
                        let mut links = links;
                        links.retain(|l| text.contains(l.text.as_str()));
                        self.out.blocks.push(Block {
                            kind: BlockKind::Caption,
                            text,
                            links,
                        });
                        self.media.boilerplate_at_block = self.out.boilerplate.len();
                    }
                }
            }
            Exit::Credit => {
                if let Some((media, mut buf)) = self.media.credit.take() {
                    let text = buf.take();
                    let text = credits::without_label(&text, self.spec).trim();
                    if !text.is_empty() {
                        media::append(self.media_field(media, true), text);
                    }
                }
            }
            Exit::Picture => {
                self.media.picture_sources.pop();
            }
        }
    }

    /// An about box closing the article: a label (`关于我们`, `About us`)
    /// over a few short blocks saying what the account or organisation
    /// behind the post is, and nothing after them. The label and the box
    /// leave the text, appended to `boilerplate` (after any furniture line
    /// of the box already there); media after them stand after the text.
    fn closing_about_box(&mut self) {
        /// The most blocks an about box holds, and the longest of them in
        /// characters: a paragraph or two, contacts, a slogan.
        const BOX_BLOCKS: usize = 6;
        const BOX_CHARS: usize = 400;
        let n = self.out.blocks.len();
        // The last label among the last blocks, with text before it.
        let Some(label) = (n.saturating_sub(BOX_BLOCKS + 1).max(1)..n.saturating_sub(1))
            .rev()
            .find(|&i| {
                matches!(
                    self.out.blocks[i].kind,
                    BlockKind::Paragraph | BlockKind::Heading { .. }
                ) && furniture::is_about_label(&self.out.blocks[i].text)
            })
        else {
            return;
        };
        let boxed = &self.out.blocks[label + 1..];
        let chars =
            |blocks: &[Block]| -> usize { blocks.iter().map(|b| b.text.chars().count()).sum() };
        let texts: Vec<&str> = boxed.iter().map(|b| b.text.as_str()).collect();
        // A box says what an about box says; the article before it is at
        // least two blocks and longer than the box.
        if boxed.iter().any(|b| {
            matches!(b.kind, BlockKind::Heading { .. }) || b.text.chars().count() > BOX_CHARS
        }) || !furniture::says_about(&texts)
            || label < 2
            || chars(&self.out.blocks[..label]) < chars(boxed)
        {
            return;
        }
        for block in self.out.blocks.drain(label..) {
            self.out.boilerplate.push(block.text);
        }
        // A pseudo-heading the label made one, with nothing under it now.
        if let Some(last) = self.out.blocks.len().checked_sub(1) {
            if self.blocks.promoted(last) {
                self.out.blocks[last].kind = BlockKind::Paragraph;
            }
        }
        let end = self.out.blocks.len();
        let positions = (self.out.images.iter_mut().map(|m| &mut m.position))
            .chain(self.out.videos.iter_mut().map(|m| &mut m.position))
            .chain(self.out.audio.iter_mut().map(|m| &mut m.position));
        for p in positions {
            *p = (*p).min(end);
        }
    }

    /// A closing note on the author, wholly in italics (`Adrienne is
    /// Managing Editor of …`): it leaves the text for `boilerplate`, and
    /// names the byline when nothing else did.
    fn closing_bio(&mut self) {
        let last = self.out.blocks.len().wrapping_sub(1);
        if self.blocks.emphasised_block != Some(last) {
            return;
        }
        let Some(name) = byline::of_bio(&self.out.blocks[last].text) else {
            return;
        };
        let block = self.out.blocks.remove(last);
        self.out.boilerplate.push(block.text);
        self.out.byline.get_or_insert(name);
        // Media after the note stand after the text now.
        let end = self.out.blocks.len();
        let positions = (self.out.images.iter_mut().map(|m| &mut m.position))
            .chain(self.out.videos.iter_mut().map(|m| &mut m.position))
            .chain(self.out.audio.iter_mut().map(|m| &mut m.position));
        for p in positions {
            *p = (*p).min(end);
        }
    }

    /// The caption (or credit) slot of an image or video.
    fn media_field(&mut self, media: MediaRef, credit: bool) -> Option<&mut Option<String>> {
        match media {
            MediaRef::Image(i) => self.out.images.get_mut(i).map(|im| {
                if credit {
                    &mut im.credit
                } else {
                    &mut im.caption
                }
            }),
            MediaRef::Video(i) if !credit => self.out.videos.get_mut(i).map(|v| &mut v.caption),
            MediaRef::Audio(i) if !credit => self.out.audio.get_mut(i).map(|a| &mut a.caption),
            MediaRef::Video(_) | MediaRef::Audio(_) => None,
        }
    }

    pub(super) fn finish(mut self) -> Extracted {
        self.flush();
        self.closing_bio();
        if self.out.byline.is_none() {
            // A news text's reporter, credited in its first sentence.
            self.out.byline =
                (self.out.blocks.iter().take(2)).find_map(|b| byline::of_opening_credit(&b.text));
        }
        self.closing_about_box();
        self.place_media();
        self.promos_by_place();
        if let Some(video) = self.spec.rules.hooks.page_video.and_then(|v| v(self.base)) {
            self.push_video(video, None);
        }
        self.out
    }
}

/// The number of a footnote marker in `<sup>`: `1`, `[2]`, `(3)`, `［4］`,
/// at most three digits; `None` for anything else (`th`, `er`, `*`). A
/// superscript digit alone cannot be told from an exponent: `m<sup>2</sup>`
/// reads `m[2]`, which keeps the digit apart as it keeps a marker.
fn footnote_number(mark: &str) -> Option<&str> {
    let inner = mark
        .trim()
        .trim_start_matches(['[', '(', '［', '（'])
        .trim_end_matches([']', ')', '］', '）']);
    (!inner.is_empty() && inner.len() <= 3 && inner.bytes().all(|b| b.is_ascii_digit()))
        .then_some(inner)
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_about_box_closing_the_article_is_furniture() {
        let parse = super::super::blog_post;
        let body = "<p>这是正文的第一段，讲的是一座城市的公交线路怎样在一年里改了三次。</p>\
                    <p>这是正文的第二段，讲的是市民对这些改动的看法和他们的抱怨。</p>";
        let a = parse(&format!(
            "{body}<p><strong>【关于我们】</strong></p>\
             <p>某某书评是一个关注阅读与出版的公众号。</p><p>投稿邮箱：a@example.com</p>"
        ));
        assert_eq!(a.blocks.len(), 2);
        // The contact line was furniture already; the box joins it.
        assert_eq!(
            a.boilerplate,
            [
                "投稿邮箱：a@example.com",
                "【关于我们】",
                "某某书评是一个关注阅读与出版的公众号。"
            ]
        );
        let english = "<p>Body of the post, the first paragraph of it, about the city.</p>\
                       <p>More of the body of the post, about the people who live there.</p>";
        for label in [
            "<h3>About Us</h3>",
            "<h3>About Acme Inc.</h3>",
            "<p>关于我们 | ABOUT US</p>",
        ] {
            let a = parse(&format!(
                "{english}{label}<p>Acme Inc. is a newsletter about cities.</p>"
            ));
            assert_eq!(a.blocks.len(), 2, "{label}");
        }
        // A bold line the label made a heading is none once the box is
        // gone.
        let a = parse(&format!(
            "{body}<p><strong>2024年3月于北京</strong></p><p>关于我们</p>\
             <p>某某书评是一个关注阅读与出版的公众号。</p>"
        ));
        assert_eq!(
            a.blocks.last().map(|b| b.kind),
            Some(crate::BlockKind::Paragraph)
        );
        // A section of the article that the label heads, a poem, an
        // answer, a story: no box.
        let long = "正文。".repeat(150);
        for tail in [
            format!("<h3>关于我们</h3><p>{long}</p>"),
            "<h3>关于我们</h3><p>短。</p><h3>下一节</h3><p>正文。</p>".to_owned(),
            "<h3>关于我们</h3><p>一</p><p>二</p><p>三</p><p>四</p><p>五</p><p>六</p><p>七</p>"
                .to_owned(),
            "<p>《关于我们》</p><p>我们在春天相遇</p><p>在夏天争吵</p><p>在秋天沉默</p>".to_owned(),
            "<p><strong>关于我们</strong></p><p>这张专辑写的是我们四个人十年的友情。</p>"
                .to_owned(),
            "<h2>Who we are</h2><p>In the end, who we are is a matter of what we remember.</p>"
                .to_owned(),
            "<h2>关于我们</h2><p>我们是一对在北京相识的夫妻，后来去了大理。</p>".to_owned(),
        ] {
            let a = parse(&format!("{body}{tail}"));
            assert!(a.boilerplate.is_empty(), "{tail}: {:?}", a.boilerplate);
        }
        let a = parse("<p>关于我们</p><p>某某书评是一个公众号。</p>");
        assert!(a.boilerplate.is_empty());
    }

    #[test]
    fn footnote_markers_stand_apart_and_ordinals_stay() {
        let snapshot = "<!--1600000000000-->\n[t](https://blog.example/p)\n---\n\n\
            <p>记录。<sup>3</sup>2019年，另见<sup>[12]</sup>。</p>\
            <p>The 20<sup>th</sup> congress<sup><a href=\"#fn1\">1</a></sup> met.</p>\
            <p>1. 第一条注释。</p>";
        let a = crate::parse(snapshot).expect("parses");
        let texts: Vec<&str> = a.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "记录。[3]2019年，另见[12]。",
                "The 20th congress[1] met.",
                "1. 第一条注释。"
            ]
        );
        for (mark, number) in [("1", Some("1")), ("[2]", Some("2")), ("（3）", Some("3"))] {
            assert_eq!(super::footnote_number(mark), number, "{mark}");
        }
        for mark in ["th", "1234", "", "[]", "*", "a1"] {
            assert_eq!(super::footnote_number(mark), None, "{mark}");
        }
    }
}
