//! The guard's fast path: a stack of names that stands in for the
//! [`Model`](super::model::Model) while the markup is *strict*, that is
//! while the model would forward every token and change nothing: each end
//! tag closes the current element, no start tag closes one (no block in an
//! open `<p>`, no `<li>` outside a list…), no table, template, form,
//! foreign content or root tag, at most three formatting elements open and
//! no `<a>` in an `<a>`, the depth and the element budget never reached.
//! At the first token it cannot vouch for, the guard gives up the fast
//! path and the body is built again with the model from its start.
//!
//! Why the model would forward: in such a stream html5ever's stack of open
//! elements is this stack, and its list of active formatting elements the
//! formatting elements on it, none closed. The model's plan for each tag
//! accepted here keeps every element open (model.rs `plan_in_body`: no
//! `<p>` in button scope to close, a `<li>` whose parent is a list, a
//! heading whose parent is not one), with nothing to reconstruct, no
//! adoption (no `<a>` active), no Noah's Ark clause (three identical
//! entries needed before a fourth), no foster parenting (no table); it
//! pushes at most one element, at a depth under the limit, for a cost
//! computed here as the model does, under what is left of the budget. Its
//! end tags forward unless they close a dropped tag, and none was dropped.
//! Closed formatting elements are none, so nothing is evicted.

use super::limits::{ATTRS_PER_ELEMENT, LEVELS_PER_ELEMENT};
use super::tags::{is_block_end, is_heading, is_tag};
use html5ever::tokenizer::{Tag, TagKind};
use html5ever::{local_name, LocalName};

/// Formatting elements open at most: below the three identical ones
/// html5ever's Noah's Ark clause needs before it forgets one.
const FORMATTING: usize = 3;

/// What a start tag accepted by the fast path does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// Void: built and closed at once.
    Void,
    /// Pushed; the flags say what the checks read.
    Push(u8),
}

const P: u8 = 1;
const FORMATTING_ELEMENT: u8 = 2;
const A: u8 = 4;
const HEADING: u8 = 8;
/// `<ul>` or `<ol>`, parents of a `<li>`.
const LIST: u8 = 16;
const DL: u8 = 32;
/// `<li>`.
const ITEM: u8 = 64;
/// `<dd>` or `<dt>`.
const DEFINITION: u8 = 128;

/// An element open on the fast path.
#[derive(Debug)]
struct Open {
    name: LocalName,
    flags: u8,
}

/// The fast path's state: the open elements, and the counts its checks
/// read.
#[derive(Debug)]
pub(super) struct Fast {
    stack: Vec<Open>,
    /// Open `<p>` elements.
    paragraphs: usize,
    formatting: usize,
    anchors: usize,
    /// The current element holds raw text (script, style…): the next end
    /// tag is its own.
    pub(super) in_text: bool,
    max_depth: usize,
    elements_left: usize,
}

impl Fast {
    pub(super) fn new(max_depth: usize, budget: usize) -> Self {
        Fast {
            stack: Vec::new(),
            paragraphs: 0,
            formatting: 0,
            anchors: 0,
            in_text: false,
            max_depth,
            elements_left: budget,
        }
    }

    /// Whether the model would forward `tag` and keep every element open;
    /// if so, applies it.
    pub(super) fn accept(&mut self, tag: &Tag) -> bool {
        match tag.kind {
            TagKind::StartTag => self.start_tag(tag),
            TagKind::EndTag => self.end_tag(&tag.name),
        }
    }

    fn start_tag(&mut self, tag: &Tag) -> bool {
        if self.in_text {
            return false;
        }
        let Some((closes, kind)) = self.plan(&tag.name) else {
            return false;
        };
        let len = self.stack.len() - closes;
        if let Kind::Push(_) = kind {
            if len + 1 > self.max_depth {
                return false;
            }
        }
        // The model's cost (model.rs `start_tag`): one element at the depth
        // left open, and its attributes. Kept under what is left, so that
        // the budget never runs out.
        let cost = (1 + len / LEVELS_PER_ELEMENT) + tag.attrs.len() / ATTRS_PER_ELEMENT;
        if cost >= self.elements_left {
            return false;
        }
        self.elements_left -= cost;
        for _ in 0..closes {
            self.pop();
        }
        if let Kind::Push(flags) = kind {
            self.paragraphs += usize::from(flags & P != 0);
            self.formatting += usize::from(flags & FORMATTING_ELEMENT != 0);
            self.anchors += usize::from(flags & A != 0);
            self.stack.push(Open {
                name: tag.name.clone(),
                flags,
            });
        }
        true
    }

    /// The elements a start tag closes (a current `<p>`, a list item) and
    /// what it does then, if the fast path vouches for it here: one arm
    /// per arm of model.rs `plan_in_body`, the last (ordinary elements)
    /// included; tags the fast path leaves to the model return `None`.
    fn plan(&self, name: &LocalName) -> Option<(usize, Kind)> {
        // A block closes a `<p>` in button scope (model.rs `close_p`): here,
        // the current element or none.
        let p = match self.paragraphs {
            0 => Some(0),
            _ if self.top(0) & P != 0 => Some(1),
            _ => None,
        };
        let block = |kind| p.map(|closes| (closes, kind));
        match name {
            n if is_tag!(n, "html" "body" "frameset" "template" "plaintext" "xmp" "form"
                "button" "nobr" "applet" "marquee" "object" "table" "input" "select"
                "option" "optgroup" "rb" "rtc" "rp" "rt" "math" "svg") =>
            {
                None
            }
            // Ignored in body, or void.
            n if is_tag!(n, "caption" "col" "colgroup" "frame" "head" "tbody" "td" "tfoot"
                "th" "thead" "tr" "base" "basefont" "bgsound" "link" "meta" "param" "source"
                "track" "area" "br" "embed" "img" "keygen" "wbr" "image") =>
            {
                Some((0, Kind::Void))
            }
            // Raw text: the guard learns it from html5ever's answer.
            n if is_tag!(n, "noframes" "style" "script" "title" "textarea" "iframe"
                "noembed") =>
            {
                Some((0, Kind::Push(0)))
            }
            n if is_tag!(n, "address" "article" "aside" "blockquote" "center" "details"
                "dialog" "dir" "div" "fieldset" "figcaption" "figure" "footer" "header"
                "hgroup" "main" "nav" "search" "section" "summary" "menu" "pre" "listing") =>
            {
                block(Kind::Push(0))
            }
            n if is_tag!(n, "p") => block(Kind::Push(P)),
            n if is_tag!(n, "ul" "ol") => block(Kind::Push(LIST)),
            n if is_tag!(n, "dl") => block(Kind::Push(DL)),
            n if is_tag!(n, "hr") => block(Kind::Void),
            // A heading closes a heading that is the current element.
            n if is_heading(n) => {
                let closes = p?;
                (self.top(closes) & HEADING == 0).then_some((closes, Kind::Push(HEADING)))
            }
            // A list item closes an open one up to the nearest special
            // element other than a `<p>`: here a current item, under a
            // current `<p>` or not, then its list.
            n if is_tag!(n, "li") => self.item(LIST, ITEM),
            n if is_tag!(n, "dd" "dt") => self.item(DL, DEFINITION),
            // An `<a>` closes an active one.
            n if is_tag!(n, "a") => (self.anchors == 0 && self.formatting < FORMATTING)
                .then_some((0, Kind::Push(FORMATTING_ELEMENT | A))),
            n if is_tag!(n, "b" "big" "code" "em" "font" "i" "s" "small" "strike" "strong"
                "tt" "u") =>
            {
                (self.formatting < FORMATTING).then_some((0, Kind::Push(FORMATTING_ELEMENT)))
            }
            _ => Some((0, Kind::Push(0))),
        }
    }

    /// The flags of the element `depth` below the current one.
    fn top(&self, depth: usize) -> u8 {
        let len = self.stack.len();
        match len.checked_sub(depth + 1) {
            Some(i) => self.stack[i].flags,
            None => 0,
        }
    }

    /// A list item (`item` [`ITEM`]) or a definition's term or description
    /// ([`DEFINITION`]) in a list with the flag `list`.
    fn item(&self, list: u8, item: u8) -> Option<(usize, Kind)> {
        let mut closes = usize::from(self.top(0) & P != 0);
        if self.paragraphs > closes {
            return None;
        }
        closes += usize::from(self.top(closes) & item != 0);
        (self.top(closes) & list != 0).then_some((closes, Kind::Push(item)))
    }

    /// Pops the current element.
    fn pop(&mut self) {
        if let Some(open) = self.stack.pop() {
            self.paragraphs -= usize::from(open.flags & P != 0);
            self.formatting -= usize::from(open.flags & FORMATTING_ELEMENT != 0);
            self.anchors -= usize::from(open.flags & A != 0);
        }
    }

    fn end_tag(&mut self, name: &LocalName) -> bool {
        if self.in_text {
            // The tokenizer ends raw text only at the element's end tag.
            self.in_text = false;
            self.pop();
            return true;
        }
        let len = self.stack.len();
        if len > 0 && self.stack[len - 1].name == *name {
            self.pop();
            return true;
        }
        // model.rs `end_tag`: the elements closed in scope, whose bounds
        // (tables, cells, buttons, templates, foreign content) the fast path
        // never has open, but for a list item's, its list.
        let found = match name {
            n if is_tag!(n, "p") || is_block_end(n) || is_tag!(n, "dd" "dt") => {
                self.stack.iter().rposition(|e| e.name == *name)
            }
            n if is_tag!(n, "li") => self
                .stack
                .iter()
                .rposition(|e| e.flags & (ITEM | LIST) != 0)
                .filter(|&i| self.stack[i].flags & ITEM != 0),
            n if is_heading(n) => self.stack.iter().rposition(|e| e.flags & HEADING != 0),
            // Nothing to close.
            n if is_tag!(n, "body" "html") => return true,
            // The adoption agency, or elements closed up to a special one:
            // left to the model.
            _ => return false,
        };
        let Some(i) = found else {
            // Not in scope: ignored.
            return true;
        };
        // A formatting element closed this way stays active, for html5ever
        // to reopen: left to the model.
        if self.stack[i..]
            .iter()
            .any(|e| e.flags & FORMATTING_ELEMENT != 0)
        {
            return false;
        }
        while self.stack.len() > i {
            self.pop();
        }
        true
    }
}
