//! A mirror of html5ever's tree builder: its stack of open elements and
//! list of active formatting elements, kept from the tokens so that the
//! guard can tell, before html5ever does the work, how deep a start tag
//! would nest and how much it would cost.
//!
//! Each rule cites what it mirrors in html5ever 0.40's tree builder:
//! `rules.rs` by insertion mode and token (`InTable, <caption>`), `mod.rs`
//! by function; both follow the WHATWG HTML parsing spec (§13.2.6).

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};

use super::bytes::is_space;
use super::limits::{
    ATTRS_PER_ELEMENT, LEVELS_PER_ELEMENT, MAX_CLOSED, MAX_FORMATTING, MAX_FOSTER_SIBLINGS,
    MAX_ROOT_TAGS,
};
use super::tags::{
    breaks_out_of_foreign, flags, foreign_ip, is_block_end, is_cell, is_formatting, is_heading,
    is_implied_end, is_mathml_text_ip, is_table_outer, is_table_part, is_tag, table_body_context,
    table_context, table_row_context, Ns, BOUNDS_BUTTON, BOUNDS_DEFAULT, BOUNDS_LIST_ITEM,
    BOUNDS_TABLE, PARAGRAPH, SPECIAL,
};
use html5ever::tokenizer::{Tag, TagKind};
use html5ever::{local_name, Attribute, LocalName};

/// What to do with a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Verdict {
    Forward,
    Drop,
    /// Open an implied table cell first, then ask again.
    OpenCellFirst,
}

/// html5ever's insertion modes, as far as the model tells them apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    Body,
    Table,
    TableBody,
    Row,
    Cell,
    Caption,
    ColGroup,
    Template,
}

/// An element the model believes open.
#[derive(Debug)]
struct Entry {
    /// Unique, to follow html5ever's form element pointer.
    id: u32,
    name: LocalName,
    ns: Ns,
    /// Start tags inside are read as HTML (an integration point).
    html_ip: bool,
    /// [`SPECIAL`], the scopes it bounds, [`PARAGRAPH`].
    flags: u8,
    /// Id of its entry in the list of active formatting elements.
    fmt: Option<u32>,
    /// The insertion mode while it is the current node.
    mode: Mode,
    /// Element children, for the cost of foster parenting.
    children: u32,
}

/// An entry of the list of active formatting elements.
#[derive(Debug)]
enum Active {
    Marker,
    Element {
        id: u32,
        name: LocalName,
        /// Hash of the attributes, for the Noah's Ark clause.
        key: u64,
        /// On the stack of open elements; if not, html5ever reconstructs it
        /// at the next text.
        open: bool,
    },
}

/// What a start tag does to the stack of open elements.
#[derive(Debug)]
struct Plan {
    /// Elements left open: the stack's length once the elements the tag
    /// closes first (implied end tags, a `<p>`, a table context…) are popped.
    kept_open: usize,
    /// Elements inserted before the tag's own (tbody, tr, colgroup).
    implied: Vec<LocalName>,
    own: Own,
    reconstruct: bool,
    /// `<a>` first closes an active `<a>`.
    adopt: Option<LocalName>,
    /// The tag switches the tokenizer to raw text: never dropped, or the
    /// text would be read as markup.
    raw: bool,
    /// The node goes before a table (foster parenting).
    foster: bool,
    /// A template whose insertion mode the tag sets.
    template: Option<(usize, Mode)>,
    /// The tag's element becomes html5ever's form element.
    form: bool,
    /// The tag closes a cell or a caption first.
    clear_marker: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Own {
    /// Ignored, void, or closed at once.
    None,
    Push,
    Formatting,
    /// Pushed with a marker on the list of active formatting elements.
    Marker,
    Foreign(Ns),
}

/// html5ever's stack of open elements and list of active formatting
/// elements, as read from the tokens: exact on ordinary markup, an
/// overestimate on odd markup, so that the depth html5ever works at stays
/// near the limit whatever the input.
#[derive(Debug)]
pub(super) struct Model {
    stack: Vec<Entry>,
    active: Vec<Active>,
    /// Active formatting elements not on the stack.
    closed: usize,
    /// `<p>` elements on the stack, to skip the walk most start tags make.
    paragraphs: usize,
    next_id: u32,
    max_depth: usize,
    quirks: bool,
    pub(super) seen_token: bool,
    /// Inside a raw text element (script, style, title…).
    pub(super) in_text: bool,
    pub(super) plaintext: bool,
    /// The element html5ever's form element pointer points to (maybe
    /// closed since): `<form>` is ignored while it is set.
    form: Option<u32>,
    /// html5ever replaced `<body>` by a `<frameset>`: it now ignores all but
    /// framesets, frames and `<noframes>`.
    pub(super) frameset: bool,
    /// Element children of `<body>`.
    children: u32,
    /// `<html>` and `<body>` start tags seen.
    root_tags: u32,
    /// Start tags dropped for depth.
    pub(super) dropped: usize,
    /// Elements the budget still allows.
    elements_left: usize,
    /// Start tags dropped past the element budget.
    pub(super) dropped_dense: usize,
    /// Closed formatting elements kept for html5ever to reopen.
    max_closed: usize,
    /// Names of dropped start tags whose end tags are to drop, per depth at
    /// which they were dropped.
    drops: Vec<(usize, HashMap<LocalName, u32>)>,
}

impl Model {
    pub(super) fn new(max_depth: usize, budget: usize) -> Self {
        Model {
            elements_left: budget,
            dropped_dense: 0,
            max_closed: MAX_CLOSED,
            stack: Vec::new(),
            active: Vec::new(),
            closed: 0,
            paragraphs: 0,
            next_id: 0,
            max_depth,
            quirks: true,
            seen_token: false,
            in_text: false,
            plaintext: false,
            form: None,
            frameset: false,
            children: 0,
            root_tags: 0,
            dropped: 0,
            drops: Vec::new(),
        }
    }

    /// Elements html5ever may have open inside `<body>`, counting the
    /// formatting elements it will reopen.
    fn depth(&self) -> usize {
        self.stack.len() + self.closed
    }

    /// The quirks mode a doctype sets (rules.rs Initial).
    pub(super) fn doctype(&mut self, name: Option<&str>, public: bool) {
        if !self.seen_token {
            // Without a doctype html5ever is in quirks mode, where `<table>`
            // does not close a `<p>`.
            self.quirks = name != Some("html") || public;
        }
        self.seen_token = true;
    }

    fn mode_at(&self, len: usize) -> Mode {
        match len {
            0 => Mode::Body,
            _ => self.stack[len - 1].mode,
        }
    }

    fn is_html(&self, i: usize, name: &LocalName) -> bool {
        let e = &self.stack[i];
        e.ns == Ns::Html && e.name == *name
    }

    /// Index of the topmost HTML element below `len` matching `pred`, if no
    /// boundary of `scope` comes first (mod.rs `in_scope`).
    fn in_scope(&self, len: usize, scope: Scope, pred: impl Fn(&Entry) -> bool) -> Option<usize> {
        for i in (0..len).rev() {
            let e = &self.stack[i];
            if e.ns == Ns::Html && pred(e) {
                return Some(i);
            }
            if scope.bounds(e) {
                return None;
            }
        }
        None
    }

    fn named_in_scope(&self, len: usize, scope: Scope, name: &LocalName) -> Option<usize> {
        self.in_scope(len, scope, |e| e.name == *name)
    }

    fn open_named(&self, len: usize, name: &LocalName) -> bool {
        self.stack[..len]
            .iter()
            .any(|e| e.ns == Ns::Html && e.name == *name)
    }

    /// Stack length once a `<p>` in button scope is closed (mod.rs
    /// `close_p_element_in_button_scope`).
    fn close_p(&self, len: usize) -> usize {
        if self.paragraphs == 0 {
            return len;
        }
        self.named_in_scope(len, Scope::Button, &local_name!("p"))
            .unwrap_or(len)
    }

    /// Stack length once the elements in `set` on top are closed (mod.rs
    /// `generate_implied_end_tags`).
    fn implied_ends(&self, mut len: usize, set: fn(&LocalName) -> bool) -> usize {
        while len > 0 && self.stack[len - 1].ns == Ns::Html && set(&self.stack[len - 1].name) {
            len -= 1;
        }
        len
    }

    /// Stack length once an element in `set` (or the root) is current
    /// (mod.rs `pop_until_current`: "clear the stack back to a … context").
    fn clear_to(&self, mut len: usize, set: fn(&LocalName) -> bool) -> usize {
        while len > 0 && !(self.stack[len - 1].ns == Ns::Html && set(&self.stack[len - 1].name)) {
            len -= 1;
        }
        len
    }

    /// Position in the list of the latest active formatting element named
    /// `name` after the last marker.
    fn active_named(&self, name: &LocalName) -> Option<usize> {
        for (i, a) in self.active.iter().enumerate().rev() {
            match a {
                Active::Marker => return None,
                Active::Element { name: n, .. } if n == name => return Some(i),
                Active::Element { .. } => {}
            }
        }
        None
    }

    fn active_position(&self, id: u32) -> Option<usize> {
        self.active
            .iter()
            .rposition(|a| matches!(a, Active::Element { id: i, .. } if *i == id))
    }

    fn formatting_after_marker(&self) -> usize {
        self.active
            .iter()
            .rev()
            .take_while(|a| !matches!(a, Active::Marker))
            .count()
    }

    /// What html5ever will do with a start tag: rules.rs `step_foreign`
    /// first, then `step` in the insertion mode of the current node, each
    /// mode that reprocesses the tag in another looping here.
    fn plan(&self, tag: &Tag) -> Plan {
        let name = &tag.name;
        let mut p = self.plan_keeping_all();
        // mod.rs `is_foreign`, rules.rs `step_foreign`: a start tag in
        // foreign content either nests there or breaks out to HTML.
        if let Some(top) = self.stack.last() {
            if top.ns != Ns::Html && !html_start_in(top, name) {
                if !breaks_out_of_foreign(tag) {
                    if !tag.self_closing {
                        p.own = Own::Foreign(top.ns);
                    }
                    return p;
                }
                while p.kept_open > 0 && {
                    let e = &self.stack[p.kept_open - 1];
                    e.ns != Ns::Html && !e.html_ip
                } {
                    p.kept_open -= 1;
                }
            }
        }
        let mut mode = self.mode_at(p.kept_open);
        loop {
            let len = p.kept_open;
            // After an implied tbody or tr the stack needs no clearing.
            let implied = !p.implied.is_empty();
            let clear = |set: fn(&LocalName) -> bool| {
                if implied {
                    len
                } else {
                    self.clear_to(len, set)
                }
            };
            match mode {
                // rules.rs InTemplate, start tags: switch the template's mode.
                Mode::Template => {
                    let next = match name {
                        n if is_tag!(n, "caption" "colgroup" "tbody" "tfoot" "thead") => {
                            Mode::Table
                        }
                        n if is_tag!(n, "col") => Mode::ColGroup,
                        n if is_tag!(n, "tr") => Mode::TableBody,
                        n if is_tag!(n, "td" "th") => Mode::Row,
                        n if is_tag!(n, "base" "basefont" "bgsound" "link" "meta" "noframes"
                            "script" "style" "template" "title") =>
                        {
                            self.plan_in_body(tag, &mut p);
                            return p;
                        }
                        _ => Mode::Body,
                    };
                    p.template = Some((len - 1, next));
                    mode = next;
                }
                // rules.rs InColumnGroup, start tags.
                Mode::ColGroup => match name {
                    n if is_tag!(n, "col") => return p,
                    n if is_tag!(n, "template") => {
                        self.plan_in_body(tag, &mut p);
                        return p;
                    }
                    _ if len > 0 && self.is_html(len - 1, &local_name!("colgroup")) => {
                        p.kept_open -= 1;
                        mode = self.mode_at(p.kept_open);
                    }
                    _ => return p,
                },
                // rules.rs InTable, start tags; anything else is foster
                // parented (mod.rs `foster_parent_in_body`).
                Mode::Table => match name {
                    n if is_tag!(n, "caption") => {
                        p.kept_open = clear(table_context);
                        p.own = Own::Marker;
                        return p;
                    }
                    n if is_tag!(n, "colgroup" "tbody" "tfoot" "thead") => {
                        p.kept_open = clear(table_context);
                        p.own = Own::Push;
                        return p;
                    }
                    n if is_tag!(n, "col") => {
                        p.kept_open = clear(table_context);
                        p.implied.push(local_name!("colgroup"));
                        return p;
                    }
                    n if is_tag!(n, "td" "th" "tr") => {
                        p.kept_open = clear(table_context);
                        p.implied.push(local_name!("tbody"));
                        mode = Mode::TableBody;
                    }
                    n if is_tag!(n, "table") => {
                        match self.named_in_scope(len, Scope::Table, name) {
                            Some(i) if !implied => {
                                p.kept_open = i;
                                mode = self.mode_at(i);
                            }
                            _ => return p,
                        }
                    }
                    n if is_tag!(n, "style" "script" "template") => {
                        self.plan_in_body(tag, &mut p);
                        return p;
                    }
                    n if is_tag!(n, "form") => {
                        p.form =
                            self.form.is_none() && !self.open_named(len, &local_name!("template"));
                        return p;
                    }
                    n if is_tag!(n, "input")
                        && tag.attrs.iter().any(|a| {
                            a.name.local == local_name!("type")
                                && a.value.eq_ignore_ascii_case("hidden")
                        }) =>
                    {
                        return p
                    }
                    _ => {
                        // Misplaced content: html5ever inserts it before the table.
                        p.foster = !implied
                            && len > 0
                            && self.stack[len - 1].ns == Ns::Html
                            && is_table_outer(&self.stack[len - 1].name);
                        self.plan_in_body(tag, &mut p);
                        return p;
                    }
                },
                // rules.rs InTableBody, start tags.
                Mode::TableBody => match name {
                    n if is_tag!(n, "tr") => {
                        p.kept_open = clear(table_body_context);
                        p.own = Own::Push;
                        return p;
                    }
                    n if is_tag!(n, "td" "th") => {
                        p.kept_open = clear(table_body_context);
                        p.implied.push(local_name!("tr"));
                        mode = Mode::Row;
                    }
                    n if is_tag!(n, "caption" "col" "colgroup" "tbody" "tfoot" "thead") => {
                        if implied
                            || self
                                .in_scope(len, Scope::Table, closes_table_body)
                                .is_none()
                        {
                            return p;
                        }
                        p.kept_open = self.clear_to(len, table_body_context).saturating_sub(1);
                        mode = Mode::Table;
                    }
                    _ => mode = Mode::Table,
                },
                // rules.rs InRow, start tags.
                Mode::Row => match name {
                    n if is_tag!(n, "td" "th") => {
                        p.kept_open = clear(table_row_context);
                        p.own = Own::Marker;
                        return p;
                    }
                    n if is_tag!(n, "caption" "col" "colgroup" "tbody" "tfoot" "thead" "tr") => {
                        let tr = self.named_in_scope(len, Scope::Table, &local_name!("tr"));
                        if implied || tr.is_none() {
                            return p;
                        }
                        p.kept_open = self.clear_to(len, table_row_context).saturating_sub(1);
                        mode = Mode::TableBody;
                    }
                    _ => mode = Mode::Table,
                },
                // rules.rs InCell and InCaption, table-part start tags:
                // close the cell (mod.rs `close_the_cell`) or caption.
                Mode::Cell | Mode::Caption if is_table_part(name) => {
                    let closing = match mode {
                        Mode::Cell => self.in_scope(len, Scope::Table, |e| is_cell(&e.name)),
                        _ => self.named_in_scope(len, Scope::Table, &local_name!("caption")),
                    };
                    let Some(i) = closing else { return p };
                    p.kept_open = i;
                    p.clear_marker = true;
                    mode = self.mode_at(i);
                }
                // rules.rs InCell and InCaption: anything else as InBody.
                Mode::Cell | Mode::Caption | Mode::Body => {
                    self.plan_in_body(tag, &mut p);
                    return p;
                }
            }
        }
    }

    /// html5ever's rules for a start tag once a frameset replaced the body
    /// (rules.rs InFrameset).
    fn plan_in_frameset(&self, tag: &Tag) -> Plan {
        let mut p = self.plan_keeping_all();
        match &tag.name {
            n if is_tag!(n, "frameset") => p.own = Own::Push,
            n if is_tag!(n, "noframes") => {
                p.own = Own::Push;
                p.raw = true;
            }
            _ => {}
        }
        p
    }

    /// A plan that changes nothing.
    fn plan_keeping_all(&self) -> Plan {
        Plan {
            kept_open: self.stack.len(),
            implied: Vec::new(),
            own: Own::None,
            reconstruct: false,
            adopt: None,
            raw: false,
            foster: false,
            template: None,
            form: false,
            clear_marker: false,
        }
    }

    /// html5ever took a `<frameset>` for the body (rules.rs InBody,
    /// `<frameset>`): its stack is `<html>` and the frameset.
    pub(super) fn enter_frameset(&mut self) {
        self.pop_to(0);
        self.active.clear();
        self.closed = 0;
        self.frameset = true;
        self.push(local_name!("frameset"), Ns::Html, false, None);
    }

    /// html5ever's rules for a start tag in body: rules.rs InBody, one arm
    /// per start-tag arm there (those of InHead it defers to included).
    fn plan_in_body(&self, tag: &Tag, p: &mut Plan) {
        let len = p.kept_open;
        let name = &tag.name;
        match name {
            n if is_tag!(n, "html" "body" "frameset" "caption" "col" "colgroup" "frame" "head" "tbody"
                "td" "tfoot" "th" "thead" "tr" "base" "basefont" "bgsound" "link" "meta" "param"
                "source" "track") => {}
            n if is_tag!(n, "noframes" "style" "script" "title" "textarea" "iframe" "noembed") => {
                p.own = Own::Push;
                p.raw = true;
            }
            n if is_tag!(n, "template") => p.own = Own::Marker,
            n if is_tag!(n, "address" "article" "aside" "blockquote" "center" "details" "dialog"
                "dir" "div" "dl" "fieldset" "figcaption" "figure" "footer" "header" "hgroup"
                "main" "nav" "ol" "p" "search" "section" "summary" "ul" "menu" "pre"
                "listing") =>
            {
                p.kept_open = self.close_p(len);
                p.own = Own::Push;
            }
            n if is_tag!(n, "plaintext" "xmp") => {
                p.kept_open = self.close_p(len);
                p.reconstruct = is_tag!(n, "xmp");
                p.own = Own::Push;
                p.raw = true;
            }
            n if is_heading(n) => {
                let len = self.close_p(len);
                let nested = len > 0
                    && self.stack[len - 1].ns == Ns::Html
                    && is_heading(&self.stack[len - 1].name);
                p.kept_open = len - usize::from(nested);
                p.own = Own::Push;
            }
            n if is_tag!(n, "form") => {
                let template = self.open_named(len, &local_name!("template"));
                if self.form.is_none() || template {
                    p.kept_open = self.close_p(len);
                    p.own = Own::Push;
                    p.form = !template;
                }
            }
            n if is_tag!(n, "li" "dd" "dt") => {
                let list = is_tag!(n, "li");
                let mut len = len;
                for i in (0..len).rev() {
                    let e = &self.stack[i];
                    if e.ns != Ns::Html {
                        continue;
                    }
                    let closes = if list {
                        is_tag!(&e.name, "li")
                    } else {
                        is_tag!(&e.name, "dd" "dt")
                    };
                    if closes {
                        len = i;
                        break;
                    }
                    if e.flags & SPECIAL != 0 && !is_tag!(&e.name, "address" "div" "p") {
                        break;
                    }
                }
                p.kept_open = self.close_p(len);
                p.own = Own::Push;
            }
            n if is_tag!(n, "button") => {
                if let Some(i) = self.named_in_scope(len, Scope::Default, name) {
                    p.kept_open = i;
                }
                p.reconstruct = true;
                p.own = Own::Push;
            }
            n if is_tag!(n, "a") => {
                if self.active_named(name).is_some() {
                    p.adopt = Some(name.clone());
                }
                p.reconstruct = true;
                p.own = Own::Formatting;
            }
            n if is_formatting(n) => {
                p.reconstruct = true;
                p.own = Own::Formatting;
            }
            n if is_tag!(n, "applet" "marquee" "object") => {
                p.reconstruct = true;
                p.own = Own::Marker;
            }
            n if is_tag!(n, "table") => {
                if !self.quirks {
                    p.kept_open = self.close_p(len);
                }
                p.own = Own::Push;
            }
            n if is_tag!(n, "area" "br" "embed" "img" "keygen" "wbr" "image") => {
                p.reconstruct = true;
            }
            n if is_tag!(n, "input") => {
                if let Some(i) = self.named_in_scope(len, Scope::Default, &local_name!("select")) {
                    p.kept_open = i;
                }
                p.reconstruct = true;
            }
            n if is_tag!(n, "hr") => p.kept_open = self.close_p(len),
            n if is_tag!(n, "select") => match self.named_in_scope(len, Scope::Default, name) {
                Some(i) => p.kept_open = i,
                None => {
                    p.reconstruct = true;
                    p.own = Own::Push;
                }
            },
            n if is_tag!(n, "option" "optgroup") => {
                let select = self.named_in_scope(len, Scope::Default, &local_name!("select"));
                p.kept_open = if select.is_none() {
                    let option = len > 0 && self.is_html(len - 1, &local_name!("option"));
                    len - usize::from(option)
                } else if is_tag!(n, "option") {
                    self.implied_ends(len, |n| is_implied_end(n) && !is_tag!(n, "optgroup"))
                } else {
                    self.implied_ends(len, is_implied_end)
                };
                p.reconstruct = true;
                p.own = Own::Push;
            }
            n if is_tag!(n, "rb" "rtc" "rp" "rt") => {
                let ruby = self.named_in_scope(len, Scope::Default, &local_name!("ruby"));
                if ruby.is_some() {
                    p.kept_open = if is_tag!(n, "rb" "rtc") {
                        self.implied_ends(len, is_implied_end)
                    } else {
                        self.implied_ends(len, |n| is_implied_end(n) && !is_tag!(n, "rtc"))
                    };
                }
                p.own = Own::Push;
            }
            n if is_tag!(n, "math" "svg") => {
                p.reconstruct = true;
                if !tag.self_closing {
                    let ns = if is_tag!(n, "svg") {
                        Ns::Svg
                    } else {
                        Ns::MathMl
                    };
                    p.own = Own::Foreign(ns);
                }
            }
            _ => {
                p.reconstruct = true;
                p.own = Own::Push;
            }
        }
    }

    /// Decides on a start tag and, unless it is dropped, applies it.
    /// Inlined into the guard's one caller: the hottest call of tree
    /// building (callgrind: 1.7 M instructions a corpus pass).
    #[inline]
    pub(super) fn start_tag(&mut self, tag: &Tag) -> Verdict {
        self.seen_token = true;
        if self.plaintext {
            return Verdict::Forward;
        }
        if tag.kind == TagKind::StartTag && is_tag!(&tag.name, "html" "body") {
            self.root_tags = self.root_tags.saturating_add(1);
            if self.root_tags > MAX_ROOT_TAGS {
                return Verdict::Drop;
            }
        }
        let plan = match self.frameset {
            true => self.plan_in_frameset(tag),
            false => self.plan(tag),
        };
        if plan.foster && self.foster() {
            return Verdict::OpenCellFirst;
        }
        let pushes = plan.implied.len() + usize::from(plan.own != Own::None);
        if pushes > 0 && !plan.raw {
            // Popped formatting elements stay active: html5ever reopens them.
            let popped = &self.stack[plan.kept_open..];
            let kept = plan.kept_open + popped.iter().filter(|e| e.fmt.is_some()).count();
            let too_deep = kept + self.closed + pushes > self.max_depth;
            let too_many = plan.own == Own::Formatting
                && !is_tag!(&tag.name, "a" "nobr")
                && self.formatting_after_marker() >= MAX_FORMATTING;
            if too_deep || too_many {
                self.dropped += 1;
                if plan.own != Own::None {
                    self.note_drop(&tag.name);
                }
                return Verdict::Drop;
            }
        }
        // Void elements (`<br>`, `<img>`) count too: each is built and read.
        // Deep ones count more: html5ever walks the stack for each. So do
        // attributes, each about as much memory as a node.
        let cost = pushes.max(1) * (1 + plan.kept_open / LEVELS_PER_ELEMENT)
            + tag.attrs.len() / ATTRS_PER_ELEMENT;
        if !plan.raw && self.elements_left < cost {
            self.dropped_dense += 1;
            if plan.own != Own::None {
                self.note_drop(&tag.name);
            }
            return Verdict::Drop;
        }
        self.spend(cost);
        self.apply(tag, plan);
        Verdict::Forward
    }

    /// Counts elements against the budget; once it is spent, closed
    /// formatting elements are forgotten rather than reopened.
    fn spend(&mut self, elements: usize) {
        self.elements_left = self.elements_left.saturating_sub(elements);
        if self.elements_left == 0 {
            self.max_closed = 0;
        }
    }

    fn apply(&mut self, tag: &Tag, plan: Plan) {
        if let Some(name) = &plan.adopt {
            // An `<a>` closes the active one; html5ever then drops it if the
            // adoption agency left it as it was.
            let a = self.active_named(name).map(|i| match self.active[i] {
                Active::Element { id, .. } => id,
                Active::Marker => 0,
            });
            if let (false, Some(id)) = (self.adopt(name), a) {
                if let Some(i) = self.stack.iter().rposition(|e| e.fmt == Some(id)) {
                    self.stack.remove(i);
                }
                if let Some(i) = self.active_position(id) {
                    self.forget(i);
                }
            }
        }
        if plan.kept_open < self.stack.len() {
            self.pop_to(plan.kept_open);
        }
        if plan.clear_marker {
            self.clear_to_marker();
        }
        if let Some((i, mode)) = plan.template {
            if let Some(e) = self.stack.get_mut(i) {
                e.mode = mode;
            }
        }
        if plan.reconstruct {
            self.reconstruct();
        }
        let nobr = local_name!("nobr");
        if plan.own == Own::Formatting && tag.name == nobr {
            // Checked once the formatting elements are reopened.
            let len = self.stack.len();
            if self.named_in_scope(len, Scope::Default, &nobr).is_some() {
                self.adopt(&nobr);
                self.reconstruct();
            }
        }
        if plan.foster {
            let children = self.foster_parent();
            *children = children.saturating_add(1);
        } else {
            self.count_child();
        }
        for name in plan.implied {
            self.push(name, Ns::Html, false, None);
            self.count_child();
        }
        let name = tag.name.clone();
        match plan.own {
            Own::None => {}
            Own::Push => self.push(name, Ns::Html, false, None),
            Own::Marker => {
                self.active.push(Active::Marker);
                self.push(name, Ns::Html, false, None);
            }
            Own::Formatting => self.push_formatting(tag),
            Own::Foreign(ns) => {
                let ip = foreign_ip(ns, &name, &tag.attrs);
                self.push(name, ns, ip, None);
            }
        }
        if plan.form {
            // Pushed, or inserted and closed at once (in a table).
            self.form = Some(match (plan.own, self.stack.last()) {
                (Own::Push, Some(e)) => e.id,
                _ => self.new_id(),
            });
        }
    }

    /// Opens the cell html5ever opens for a `<td>` here (rules.rs InTable
    /// and InTableBody, `<td>`).
    pub(super) fn implied_cell(&mut self) {
        let td = Tag {
            kind: TagKind::StartTag,
            name: local_name!("td"),
            self_closing: false,
            attrs: Vec::new(),
            had_duplicate_attributes: false,
        };
        let plan = self.plan(&td);
        self.apply(&td, plan);
    }

    /// The element children of the current table's parent, where html5ever
    /// foster parents (mod.rs `appropriate_place_for_insertion`).
    fn foster_parent(&mut self) -> &mut u32 {
        let table = self
            .stack
            .iter()
            .rposition(|e| e.ns == Ns::Html && is_tag!(&e.name, "table"));
        match table {
            Some(i) if i > 0 => &mut self.stack[i - 1].children,
            _ => &mut self.children,
        }
    }

    /// Whether inserting a node before the current table scans too many
    /// siblings.
    fn foster(&mut self) -> bool {
        *self.foster_parent() >= MAX_FOSTER_SIBLINGS
    }

    /// Counts an element inserted into the current node.
    fn count_child(&mut self) {
        match self.stack.last_mut() {
            Some(e) => e.children = e.children.saturating_add(1),
            None => self.children = self.children.saturating_add(1),
        }
    }

    /// Pushes an element on the stack; its mode is what mod.rs
    /// `reset_insertion_mode` would give while it is the current node.
    fn push(&mut self, name: LocalName, ns: Ns, html_ip: bool, fmt: Option<u32>) {
        let parent = self.mode_at(self.stack.len());
        let mode = match &name {
            _ if ns != Ns::Html => parent,
            n if is_tag!(n, "table") => Mode::Table,
            n if is_tag!(n, "tbody" "thead" "tfoot") => Mode::TableBody,
            n if is_tag!(n, "tr") => Mode::Row,
            n if is_cell(n) => Mode::Cell,
            n if is_tag!(n, "caption") => Mode::Caption,
            n if is_tag!(n, "colgroup") => Mode::ColGroup,
            n if is_tag!(n, "template") => Mode::Template,
            _ => parent,
        };
        let flags = flags(&name, ns);
        if flags & PARAGRAPH != 0 {
            self.paragraphs += 1;
        }
        let id = self.new_id();
        self.stack.push(Entry {
            id,
            name,
            ns,
            html_ip,
            flags,
            fmt,
            mode,
            children: 0,
        });
    }

    /// Pushes a formatting element and its entry in the list (mod.rs
    /// `create_formatting_element_for`, with the Noah's Ark clause).
    fn push_formatting(&mut self, tag: &Tag) {
        let key = attrs_key(&tag.attrs);
        // Noah's Ark clause: at most three equal entries after the last marker.
        let mut equal = 0;
        let mut first = None;
        for (i, a) in self.active.iter().enumerate().rev() {
            match a {
                Active::Marker => break,
                Active::Element { name, key: k, .. } if *name == tag.name && *k == key => {
                    equal += 1;
                    first = Some(i);
                }
                Active::Element { .. } => {}
            }
        }
        if let (true, Some(i)) = (equal >= 3, first) {
            self.forget(i);
        }
        let id = self.new_id();
        self.active.push(Active::Element {
            id,
            name: tag.name.clone(),
            key,
            open: true,
        });
        self.push(tag.name.clone(), Ns::Html, false, Some(id));
    }

    fn new_id(&mut self) -> u32 {
        self.next_id = self.next_id.wrapping_add(1);
        self.next_id
    }

    /// Removes an entry from the list of active formatting elements.
    fn forget(&mut self, i: usize) {
        if let Active::Element { id, open, .. } = self.active.remove(i) {
            if open {
                if let Some(e) = self.stack.iter_mut().rev().find(|e| e.fmt == Some(id)) {
                    e.fmt = None;
                }
            } else {
                self.closed -= 1;
            }
        }
    }

    /// Truncates the stack to `len` elements.
    fn pop_to(&mut self, len: usize) {
        while self.stack.len() > len {
            let Some(e) = self.stack.pop() else { break };
            if e.flags & PARAGRAPH != 0 {
                self.paragraphs -= 1;
            }
            if let Some(i) = e.fmt.and_then(|id| self.active_position(id)) {
                if let Active::Element { open, .. } = &mut self.active[i] {
                    *open = false;
                    self.closed += 1;
                }
            }
        }
    }

    /// Drops the active formatting elements after the last marker, and the
    /// marker (mod.rs `clear_active_formatting_to_marker`): html5ever does
    /// so on closing a cell, a caption, an applet, a marquee, an object or
    /// a template, not on popping them otherwise.
    fn clear_to_marker(&mut self) {
        while let Some(a) = self.active.pop() {
            match a {
                Active::Marker => break,
                Active::Element { open: false, .. } => self.closed -= 1,
                Active::Element { .. } => {}
            }
        }
    }

    /// A closed formatting element past [`MAX_CLOSED`] to forget, by the
    /// name of the end tag that makes html5ever forget it: the latest
    /// element of that name is closed too.
    #[inline]
    pub(super) fn evict(&mut self) -> Option<LocalName> {
        // Asked after every token: the test that fails almost always is
        // inlined into the guard, the eviction itself is not.
        if self.closed <= self.max_closed {
            return None;
        }
        self.evict_closed()
    }

    /// [`Model::evict`] past its test: the element to forget, if any.
    #[inline(never)]
    fn evict_closed(&mut self) -> Option<LocalName> {
        let trailing = self
            .active
            .iter()
            .rev()
            .take_while(|a| matches!(a, Active::Element { open: false, .. }))
            .count();
        if trailing <= self.max_closed {
            return None;
        }
        let last = self.active.len() - 1;
        let Active::Element { name, .. } = &self.active[last] else {
            return None;
        };
        let name = name.clone();
        // html5ever would close a current element of that name outside the list.
        if self
            .stack
            .last()
            .is_some_and(|e| e.ns == Ns::Html && e.name == name && e.fmt.is_none())
        {
            return None;
        }
        self.forget(last);
        Some(name)
    }

    /// Reopens the closed formatting elements after the last open one
    /// (mod.rs `reconstruct_active_formatting_elements`).
    fn reconstruct(&mut self) {
        let mut from = self.active.len();
        while from > 0 && matches!(self.active[from - 1], Active::Element { open: false, .. }) {
            from -= 1;
        }
        for i in from..self.active.len() {
            let new_id = self.new_id();
            let Active::Element { id, name, open, .. } = &mut self.active[i] else {
                continue;
            };
            *id = new_id;
            *open = true;
            let name = name.clone();
            self.closed -= 1;
            self.count_child();
            self.push(name, Ns::Html, false, Some(new_id));
            self.spend(1);
        }
    }

    /// html5ever's adoption agency algorithm (mod.rs `adoption_agency`),
    /// run for the end tag of a formatting element.
    ///
    /// Returns whether the formatting element was closed or replaced (by a
    /// copy moved below a furthest block), not left as it was.
    fn adopt(&mut self, subject: &LocalName) -> bool {
        if let Some(top) = self.stack.last() {
            if top.ns == Ns::Html && top.name == *subject && top.fmt.is_none() {
                self.stack.pop();
                return false;
            }
        }
        for round in 0..8 {
            let Some(a) = self.active_named(subject) else {
                self.any_other_end(subject);
                return true;
            };
            let Active::Element { id, open, .. } = self.active[a] else {
                return true;
            };
            let on_stack = self.stack.iter().rposition(|e| e.fmt == Some(id));
            let Some(si) = on_stack.filter(|_| open) else {
                self.forget(a);
                return true;
            };
            if self.stack[si + 1..]
                .iter()
                .any(|e| Scope::Default.bounds(e))
            {
                return round > 0;
            }
            let furthest = (si + 1..self.stack.len()).find(|&j| self.stack[j].flags & SPECIAL != 0);
            let Some(mut furthest) = furthest else {
                self.forget(a);
                self.pop_to(si);
                return true;
            };
            // Between the two, html5ever keeps three formatting elements.
            let mut k = furthest;
            let mut counter = 0;
            loop {
                k -= 1;
                if k == si {
                    break;
                }
                counter += 1;
                match self.stack[k].fmt.and_then(|id| self.active_position(id)) {
                    Some(_) if counter <= 3 => continue,
                    Some(i) => {
                        self.active.remove(i);
                    }
                    None => {}
                }
                self.stack.remove(k);
                furthest -= 1;
            }
            // The formatting element moves below the furthest block.
            let e = self.stack.remove(si);
            self.stack.insert(furthest, e);
        }
        true
    }

    /// html5ever's "any other end tag" in body (mod.rs
    /// `process_end_tag_in_body`).
    fn any_other_end(&mut self, name: &LocalName) {
        for i in (0..self.stack.len()).rev() {
            let e = &self.stack[i];
            if e.ns == Ns::Html && e.name == *name {
                self.pop_to(i);
                return;
            }
            if e.flags & SPECIAL != 0 {
                return;
            }
        }
    }

    /// Decides on an end tag and, unless it is dropped, applies it: the
    /// end tags of rules.rs Text, InFrameset, `step_foreign`, then InBody
    /// (the table modes close the same elements, in table scope).
    pub(super) fn end_tag(&mut self, name: &LocalName) -> Verdict {
        self.seen_token = true;
        if self.in_text {
            self.in_text = false;
            self.stack.pop();
            return Verdict::Forward;
        }
        if self.take_drop(name) {
            return Verdict::Drop;
        }
        if self.frameset {
            if is_tag!(name, "frameset") && self.stack.len() > 1 {
                self.stack.pop();
            }
            return Verdict::Forward;
        }
        let mut len = self.stack.len();
        // rules.rs `step_foreign`, end tags.
        if self.stack.last().is_some_and(|top| top.ns != Ns::Html) {
            if is_tag!(name, "p") {
                // Ends foreign content, then closes a paragraph as in HTML.
                while len > 0 && self.stack[len - 1].ns != Ns::Html && !self.stack[len - 1].html_ip
                {
                    len -= 1;
                }
                self.pop_to(len);
            } else {
                for i in (0..len).rev() {
                    let e = &self.stack[i];
                    if e.ns == Ns::Html && i + 1 < len {
                        break;
                    }
                    if e.name == *name {
                        self.pop_to(i);
                        return Verdict::Forward;
                    }
                }
            }
        }
        let found = match name {
            n if is_tag!(n, "table" "tbody" "thead" "tfoot" "tr" "td" "th" "caption"
                "colgroup") =>
            {
                self.named_in_scope(len, Scope::Table, name)
            }
            n if is_tag!(n, "p") => {
                let found = self.named_in_scope(len, Scope::Button, name);
                let top_outer = len > 0
                    && self.stack[len - 1].ns == Ns::Html
                    && is_table_outer(&self.stack[len - 1].name);
                // html5ever inserts an empty `<p>`, here before a table.
                if found.is_none() && top_outer && self.foster() {
                    return Verdict::OpenCellFirst;
                }
                found
            }
            n if is_tag!(n, "li") => self.named_in_scope(len, Scope::ListItem, name),
            n if is_tag!(n, "dd" "dt") => self.named_in_scope(len, Scope::Default, name),
            n if is_heading(n) => self.in_scope(len, Scope::Default, |e| is_heading(&e.name)),
            n if is_tag!(n, "form") => {
                if self.open_named(len, &local_name!("template")) {
                    self.named_in_scope(len, Scope::Default, name)
                } else {
                    // html5ever forgets its form, then takes it off the
                    // stack alone if it is in scope.
                    let Some(form) = self.form.take() else {
                        return Verdict::Forward;
                    };
                    if self
                        .in_scope(len, Scope::Default, |e| e.id == form)
                        .is_some()
                    {
                        let top = self.implied_ends(len, is_implied_end);
                        self.pop_to(top);
                        if let Some(i) = self.stack.iter().rposition(|e| e.id == form) {
                            self.stack.remove(i);
                        }
                    }
                    return Verdict::Forward;
                }
            }
            n if is_tag!(n, "template") => self.stack[..len]
                .iter()
                .rposition(|e| e.ns == Ns::Html && e.name == *name),
            n if is_tag!(n, "body" "html") => None,
            n if is_tag!(n, "option") => {
                self.any_other_end(name);
                return Verdict::Forward;
            }
            n if is_formatting(n) => {
                self.adopt(name);
                return Verdict::Forward;
            }
            n if is_block_end(n) => self.named_in_scope(len, Scope::Default, name),
            _ => {
                self.any_other_end(name);
                return Verdict::Forward;
            }
        };
        if let Some(i) = found {
            // Closing a cell, a caption, an applet, a marquee, an object or
            // a template (itself or around the element closed).
            let clears = self.stack[i..].iter().any(|e| {
                e.ns == Ns::Html
                    && is_tag!(&e.name, "td" "th" "caption" "applet" "marquee" "object" "template")
            }) && (is_table_part(name)
                || is_tag!(name, "table" "applet" "marquee" "object" "template"));
            self.pop_to(i);
            if clears {
                self.clear_to_marker();
            }
        }
        Verdict::Forward
    }

    /// Text: reopens formatting elements (rules.rs InBody, characters), is
    /// foster parented in a table (mod.rs `process_chars_in_table`), or
    /// closes a `<colgroup>` (rules.rs InColumnGroup).
    pub(super) fn characters(&mut self, text: &str) -> Verdict {
        self.seen_token = true;
        if self.in_text || self.plaintext || self.frameset {
            return Verdict::Forward;
        }
        let Some(top) = self.stack.last() else {
            self.reconstruct();
            return Verdict::Forward;
        };
        if top.ns != Ns::Html && !top.html_ip {
            return Verdict::Forward;
        }
        let visible = || text.bytes().any(|b| !is_space(b));
        let len = self.stack.len();
        match self.mode_at(len) {
            Mode::ColGroup if is_tag!(&top.name, "colgroup") && visible() => self.pop_to(len - 1),
            Mode::Table | Mode::TableBody | Mode::Row
                if top.ns == Ns::Html && is_table_outer(&top.name) =>
            {
                if !visible() {
                    return Verdict::Forward;
                }
                if self.foster() {
                    return Verdict::OpenCellFirst;
                }
            }
            _ => {}
        }
        self.reconstruct();
        Verdict::Forward
    }

    fn note_drop(&mut self, name: &LocalName) {
        let depth = self.depth();
        match self.drops.last_mut() {
            Some((d, names)) if *d == depth => *names.entry(name.clone()).or_default() += 1,
            _ => self.drops.push((depth, HashMap::from([(name.clone(), 1)]))),
        }
    }

    /// Whether `</name>` closes a dropped start tag.
    fn take_drop(&mut self, name: &LocalName) -> bool {
        let depth = self.depth();
        let Some((d, names)) = self.drops.last_mut() else {
            return false;
        };
        match names.get_mut(name) {
            Some(n) if *d == depth && *n > 0 => {
                *n -= 1;
                true
            }
            _ => false,
        }
    }

    /// Forgets dropped tags whose parent is closed.
    #[inline]
    pub(super) fn prune_drops(&mut self) {
        // Asked after every token; there are drops only in hostile input.
        if self.drops.is_empty() {
            return;
        }
        let depth = self.depth();
        while self.drops.last().is_some_and(|(d, _)| *d > depth) {
            self.drops.pop();
        }
    }
}

/// Order-independent hash of attributes, as html5ever compares them.
fn attrs_key(attrs: &[Attribute]) -> u64 {
    attrs.iter().fold(0u64, |acc, a| {
        let mut h = DefaultHasher::new();
        a.name.local.hash(&mut h);
        a.value.as_bytes().hash(&mut h);
        acc.wrapping_add(h.finish())
    })
}

#[derive(Clone, Copy)]
enum Scope {
    Default,
    ListItem,
    Button,
    Table,
}

impl Scope {
    fn bounds(self, e: &Entry) -> bool {
        let mask = match self {
            Scope::Default => BOUNDS_DEFAULT,
            Scope::ListItem => BOUNDS_DEFAULT | BOUNDS_LIST_ITEM,
            Scope::Button => BOUNDS_DEFAULT | BOUNDS_BUTTON,
            Scope::Table => BOUNDS_TABLE,
        };
        e.flags & mask != 0
    }
}

/// Whether a start tag inside the foreign element `e` follows the HTML rules.
fn html_start_in(e: &Entry, name: &LocalName) -> bool {
    match e.ns {
        Ns::Html => true,
        Ns::MathMl if is_mathml_text_ip(&e.name) => !is_tag!(name, "mglyph" "malignmark"),
        Ns::MathMl if is_tag!(&e.name, "annotation-xml") => is_tag!(name, "svg") || e.html_ip,
        _ => e.html_ip,
    }
}

/// What html5ever looks for before it lets a table part close a table body
/// (no `thead`, unlike the spec).
fn closes_table_body(e: &Entry) -> bool {
    is_tag!(&e.name, "table" "tbody" "tfoot")
}
