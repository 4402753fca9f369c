//! The document tree newsnap reads: html5ever's tree builder writes it into
//! one flat arena of nodes linked by index.
//!
//! This is the tree markup5ever_rcdom builds, node for node (adjacent text
//! merged the same way), without its per-node costs: no reference counts
//! (html5ever clones and drops a handle for nearly every step), no
//! `RefCell` per field, no `Vec` of children per element, no recursive
//! teardown. A handle carries its element's name, so the tree builder's
//! many scope walks read names without touching the arena.

use std::cell::RefCell;

use html5ever::interface::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::StrTendril;
use html5ever::tree_builder::TreeBuilderOpts;
use html5ever::{local_name, ns, Attribute, ExpandedName, LocalName, Namespace, QualName};

/// Index of a node in the arena. The document is node 0.
pub(crate) type NodeId = u32;

/// A link to a node, or [`NONE`]: four bytes where an `Option<u32>` takes
/// eight. No link points at the document (node 0 has no parent and no
/// siblings), but a parent may be the document, so "none" is `u32::MAX`,
/// an index the arena never reaches (each node takes a byte of a body
/// below 4 GiB, or a tag's worth of implied elements).
type Link = u32;
const NONE: Link = Link::MAX;

fn link_of(id: Option<NodeId>) -> Link {
    id.unwrap_or(NONE)
}

fn id_of(link: Link) -> Option<NodeId> {
    (link != NONE).then_some(link)
}

/// What a node is.
#[derive(Debug)]
pub(crate) enum Data {
    /// The document, or a template's contents.
    Document,
    Text(StrTendril),
    Element(Element),
    /// A comment (its text is not kept).
    Comment,
    /// A doctype or processing instruction: nothing newsnap reads.
    Other,
}

/// An element: its name, and where its attributes are in the arena's one
/// list of attributes ([`NodeRef::attrs`] reads them). html5ever's tree
/// builder names elements without a prefix, so the namespace and local
/// name are the whole name.
#[derive(Debug)]
pub(crate) struct Element {
    pub(crate) local: LocalName,
    pub(crate) ns: Namespace,
    attrs_start: u32,
    /// At most `MAX_ATTRS` from a tag, and `<html>` and `<body>` gather at
    /// most those of `MAX_ROOT_TAGS` tags.
    attrs_len: u16,
    kind: Kind,
}

/// What html5ever told of an element when it created it. An enum, not bit
/// flags, so that [`Data`] can keep its variant in the values a `Kind`
/// never takes, and a [`Node`] stays at 48 bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Plain,
    /// A `<template>`, whose contents are the node just before it in the
    /// arena ([`Tree::create_element`] pushes them first).
    Template,
    /// A MathML `annotation-xml` integration point.
    MathMlIp,
}

/// A node: 48 bytes. The tree of a body of tiny elements has a node per
/// few bytes of it, so the size of a node is most of the memory a parse
/// needs on such a body.
#[derive(Debug)]
pub(crate) struct Node {
    parent: Link,
    first_child: Link,
    last_child: Link,
    prev_sibling: Link,
    next_sibling: Link,
    pub(crate) data: Data,
}

impl Node {
    fn new(data: Data) -> Self {
        Node {
            parent: NONE,
            first_child: NONE,
            last_child: NONE,
            prev_sibling: NONE,
            next_sibling: NONE,
            data,
        }
    }
}

/// html5ever's handle on a node: its index, and its name if it is an
/// element (empty otherwise).
#[derive(Clone, Debug)]
pub(crate) struct Handle {
    pub(crate) id: NodeId,
    ns: Namespace,
    local: LocalName,
}

impl Handle {
    fn unnamed(id: NodeId) -> Self {
        Handle {
            id,
            ns: ns!(),
            local: local_name!(""),
        }
    }
}

/// The [`TreeSink`] html5ever builds into; [`Tree::finish`] gives the
/// [`Dom`] to read.
#[derive(Debug)]
pub(crate) struct Tree {
    nodes: RefCell<Vec<Node>>,
    /// The attributes of all elements, each element's in one run.
    attrs: RefCell<Vec<Attribute>>,
}

impl Default for Tree {
    fn default() -> Self {
        Tree::with_capacity(1)
    }
}

impl Tree {
    /// A tree with room for `nodes` nodes before it grows.
    pub(crate) fn with_capacity(nodes: usize) -> Self {
        let mut all = Vec::with_capacity(nodes.max(1));
        all.push(Node::new(Data::Document));
        Tree {
            nodes: RefCell::new(all),
            attrs: RefCell::new(Vec::new()),
        }
    }

    fn push(&self, data: Data) -> NodeId {
        let mut nodes = self.nodes.borrow_mut();
        // The input is below 4 GiB and each node takes at least a byte of
        // it, or a tag's worth of implied elements: the index fits, below
        // `NONE`.
        let id = nodes.len() as NodeId;
        nodes.push(Node::new(data));
        id
    }

    /// Whether the last child of the document's `<html>` is an element
    /// named `name`.
    pub(crate) fn html_ends_with(&self, name: &LocalName) -> bool {
        let nodes = self.nodes.borrow();
        let dom = DomRef { nodes: &nodes };
        let Some(html) = dom.first_element_child(0) else {
            return false;
        };
        id_of(nodes[html as usize].last_child).is_some_and(|last| {
            match &nodes[last as usize].data {
                Data::Element(e) => e.local == *name,
                _ => false,
            }
        })
    }

    /// The finished tree.
    pub(crate) fn into_dom(self) -> Dom {
        Dom {
            nodes: self.nodes.into_inner(),
            attrs: self.attrs.into_inner(),
        }
    }
}

/// How html5ever's tree builder reads bodies. Scripting is off so that
/// `<noscript>` content (lazy-image fallbacks) is parsed as elements, not as
/// text; doctypes are dropped.
pub(crate) fn tree_builder_opts() -> TreeBuilderOpts {
    TreeBuilderOpts {
        scripting_enabled: false,
        drop_doctype: true,
        ..TreeBuilderOpts::default()
    }
}

/// Links `child` (which has no parent) into `parent`'s children, before
/// `before` or last.
fn link(nodes: &mut [Node], parent: NodeId, child: NodeId, before: Option<NodeId>) {
    let prev = match before {
        Some(b) => nodes[b as usize].prev_sibling,
        None => nodes[parent as usize].last_child,
    };
    {
        let c = &mut nodes[child as usize];
        c.parent = parent;
        c.prev_sibling = prev;
        c.next_sibling = link_of(before);
    }
    match id_of(prev) {
        Some(p) => nodes[p as usize].next_sibling = child,
        None => nodes[parent as usize].first_child = child,
    }
    match before {
        Some(b) => nodes[b as usize].prev_sibling = child,
        None => nodes[parent as usize].last_child = child,
    }
}

/// Takes `node` out of its parent's children, if it has a parent.
fn unlink(nodes: &mut [Node], node: NodeId) {
    let (parent, prev, next) = {
        let n = &mut nodes[node as usize];
        let Some(parent) = id_of(std::mem::replace(&mut n.parent, NONE)) else {
            return;
        };
        (
            parent,
            std::mem::replace(&mut n.prev_sibling, NONE),
            std::mem::replace(&mut n.next_sibling, NONE),
        )
    };
    match id_of(prev) {
        Some(p) => nodes[p as usize].next_sibling = next,
        None => nodes[parent as usize].first_child = next,
    }
    match id_of(next) {
        Some(n) => nodes[n as usize].prev_sibling = prev,
        None => nodes[parent as usize].last_child = prev,
    }
}

/// Appends `text` to node `id` if it is a text node.
fn extend_text(nodes: &mut [Node], id: Link, text: &StrTendril) -> bool {
    match id_of(id).map(|id| &mut nodes[id as usize].data) {
        Some(Data::Text(t)) => {
            t.push_tendril(text);
            true
        }
        _ => false,
    }
}

impl TreeSink for Tree {
    type Handle = Handle;
    type Output = Self;
    type ElemName<'a>
        = ExpandedName<'a>
    where
        Self: 'a;

    fn finish(self) -> Self {
        self
    }

    /// Nobody reads them, and hostile input has one per byte.
    fn parse_error(&self, _msg: std::borrow::Cow<'static, str>) {}

    fn get_document(&self) -> Handle {
        Handle::unnamed(0)
    }

    fn elem_name<'a>(&'a self, target: &'a Handle) -> ExpandedName<'a> {
        ExpandedName {
            ns: &target.ns,
            local: &target.local,
        }
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> Handle {
        // The contents first, so that they are the node before the
        // template (see `Kind::Template`).
        if flags.template {
            self.push(Data::Document);
        }
        let mut all = self.attrs.borrow_mut();
        // Below 4 GiB of input, and at most `MAX_ATTRS` a tag (the guard
        // and the tokenizers see to both): the casts do not truncate.
        let attrs_start = all.len() as u32;
        let attrs_len = attrs.len() as u16;
        all.extend(attrs);
        drop(all);
        // html5ever sets at most one: only HTML `<template>` elements are
        // templates, and integration points are MathML elements.
        let kind = if flags.template {
            Kind::Template
        } else if flags.mathml_annotation_xml_integration_point {
            Kind::MathMlIp
        } else {
            Kind::Plain
        };
        let id = self.push(Data::Element(Element {
            local: name.local.clone(),
            ns: name.ns.clone(),
            attrs_start,
            attrs_len,
            kind,
        }));
        Handle {
            id,
            ns: name.ns,
            local: name.local,
        }
    }

    fn create_comment(&self, _text: StrTendril) -> Handle {
        Handle::unnamed(self.push(Data::Comment))
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> Handle {
        Handle::unnamed(self.push(Data::Other))
    }

    fn append(&self, parent: &Handle, child: NodeOrText<Handle>) {
        let child = match child {
            NodeOrText::AppendNode(node) => node.id,
            NodeOrText::AppendText(text) => {
                let last = self.nodes.borrow()[parent.id as usize].last_child;
                if extend_text(&mut self.nodes.borrow_mut(), last, &text) {
                    return;
                }
                self.push(Data::Text(text))
            }
        };
        let mut nodes = self.nodes.borrow_mut();
        unlink(&mut nodes, child);
        link(&mut nodes, parent.id, child, None);
    }

    fn append_before_sibling(&self, sibling: &Handle, child: NodeOrText<Handle>) {
        let (parent, prev) = {
            let nodes = self.nodes.borrow();
            let s = &nodes[sibling.id as usize];
            (s.parent, s.prev_sibling)
        };
        // html5ever only asks this of a node with a parent.
        let Some(parent) = id_of(parent) else {
            return;
        };
        let child = match child {
            NodeOrText::AppendNode(node) => node.id,
            NodeOrText::AppendText(text) => {
                if extend_text(&mut self.nodes.borrow_mut(), prev, &text) {
                    return;
                }
                self.push(Data::Text(text))
            }
        };
        let mut nodes = self.nodes.borrow_mut();
        unlink(&mut nodes, child);
        link(&mut nodes, parent, child, Some(sibling.id));
    }

    fn append_based_on_parent_node(
        &self,
        element: &Handle,
        prev_element: &Handle,
        child: NodeOrText<Handle>,
    ) {
        let has_parent = self.nodes.borrow()[element.id as usize].parent != NONE;
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {
        let id = self.push(Data::Other);
        link(&mut self.nodes.borrow_mut(), 0, id, None);
    }

    fn get_template_contents(&self, target: &Handle) -> Handle {
        match &self.nodes.borrow()[target.id as usize].data {
            Data::Element(e) if e.kind == Kind::Template => Handle::unnamed(target.id - 1),
            // html5ever only asks this of a template.
            _ => target.clone(),
        }
    }

    fn same_node(&self, x: &Handle, y: &Handle) -> bool {
        x.id == y.id
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn add_attrs_if_missing(&self, target: &Handle, attrs: Vec<Attribute>) {
        if let Data::Element(e) = &mut self.nodes.borrow_mut()[target.id as usize].data {
            // Only for repeated `<html>` and `<body>` tags, which the guard
            // bounds, with at most 256 attributes each. The element's
            // attributes move to the end of the list, where the new ones
            // can follow them.
            let mut all = self.attrs.borrow_mut();
            let had = e.attrs_start as usize..e.attrs_start as usize + usize::from(e.attrs_len);
            let missing: Vec<Attribute> = attrs
                .into_iter()
                .filter(|attr| !all[had.clone()].iter().any(|a| a.name == attr.name))
                .collect();
            if missing.is_empty() {
                return;
            }
            let start = all.len();
            all.extend_from_within(had);
            all.extend(missing);
            e.attrs_start = start as u32;
            e.attrs_len = (all.len() - start) as u16;
        }
    }

    fn remove_from_parent(&self, target: &Handle) {
        unlink(&mut self.nodes.borrow_mut(), target.id);
    }

    fn reparent_children(&self, node: &Handle, new_parent: &Handle) {
        let mut nodes = self.nodes.borrow_mut();
        while let Some(child) = id_of(nodes[node.id as usize].first_child) {
            unlink(&mut nodes, child);
            link(&mut nodes, new_parent.id, child, None);
        }
    }

    fn is_mathml_annotation_xml_integration_point(&self, handle: &Handle) -> bool {
        match &self.nodes.borrow()[handle.id as usize].data {
            Data::Element(e) => e.kind == Kind::MathMlIp,
            _ => false,
        }
    }
}

/// A finished document tree.
#[derive(Debug)]
pub(crate) struct Dom {
    nodes: Vec<Node>,
    attrs: Vec<Attribute>,
}

impl Dom {
    /// The document node.
    pub(crate) fn document(&self) -> NodeRef<'_> {
        NodeRef { dom: self, id: 0 }
    }

    /// The `<html>` element.
    pub(crate) fn html(&self) -> Option<NodeRef<'_>> {
        DomRef { nodes: &self.nodes }
            .first_element_child(0)
            .map(|id| NodeRef { dom: self, id })
    }
}

/// Read access to the arena, during or after building.
struct DomRef<'a> {
    nodes: &'a [Node],
}

impl DomRef<'_> {
    fn first_element_child(&self, parent: NodeId) -> Option<NodeId> {
        let mut child = id_of(self.nodes[parent as usize].first_child);
        while let Some(c) = child {
            if matches!(self.nodes[c as usize].data, Data::Element(_)) {
                return Some(c);
            }
            child = id_of(self.nodes[c as usize].next_sibling);
        }
        None
    }
}

/// A node of a [`Dom`].
#[derive(Clone, Copy, Debug)]
pub(crate) struct NodeRef<'a> {
    dom: &'a Dom,
    id: NodeId,
}

impl PartialEq for NodeRef<'_> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.dom, other.dom) && self.id == other.id
    }
}

impl<'a> NodeRef<'a> {
    fn node(self) -> &'a Node {
        &self.dom.nodes[self.id as usize]
    }

    fn at(self, id: NodeId) -> NodeRef<'a> {
        NodeRef { dom: self.dom, id }
    }

    pub(crate) fn data(self) -> &'a Data {
        &self.node().data
    }

    pub(crate) fn element(self) -> Option<&'a Element> {
        match self.data() {
            Data::Element(e) => Some(e),
            _ => None,
        }
    }

    /// The element's local name, if it is an element.
    pub(crate) fn tag(self) -> Option<&'a str> {
        self.element().map(|e| &*e.local)
    }

    /// Whether this is an element named `tag`.
    pub(crate) fn is(self, tag: &str) -> bool {
        self.tag() == Some(tag)
    }

    /// The element's attributes, in source order (none if it is not an
    /// element).
    pub(crate) fn attrs(self) -> &'a [Attribute] {
        self.element().map_or(&[], |e| {
            let start = e.attrs_start as usize;
            &self.dom.attrs[start..start + usize::from(e.attrs_len)]
        })
    }

    /// The value of the element's attribute `name`, if it is an element
    /// that has one (see [`attr`]).
    pub(crate) fn attr(self, name: &str) -> Option<&'a str> {
        attr(self.attrs(), name)
    }

    /// The first child element named `tag`.
    pub(crate) fn child_element(self, tag: &str) -> Option<NodeRef<'a>> {
        self.children().find(|c| c.is(tag))
    }

    /// The first child that is an element or non-blank text.
    pub(crate) fn first_meaningful_child(self) -> Option<NodeRef<'a>> {
        self.children().find(|c| match c.data() {
            Data::Element(_) => true,
            Data::Text(t) => !t.trim().is_empty(),
            _ => false,
        })
    }

    /// Whether this node is or holds a `tag` element.
    pub(crate) fn has_descendant(self, tag: &str) -> bool {
        let mut stack = vec![self];
        while let Some(n) = stack.pop() {
            if n.is(tag) {
                return true;
            }
            stack.extend(n.children());
        }
        false
    }

    pub(crate) fn text(self) -> Option<&'a str> {
        match self.data() {
            Data::Text(t) => Some(t),
            _ => None,
        }
    }

    pub(crate) fn template_contents(self) -> Option<NodeRef<'a>> {
        self.element()
            .filter(|e| e.kind == Kind::Template)
            .map(|_| self.at(self.id - 1))
    }

    pub(crate) fn first_child(self) -> Option<NodeRef<'a>> {
        id_of(self.node().first_child).map(|id| self.at(id))
    }

    pub(crate) fn next_sibling(self) -> Option<NodeRef<'a>> {
        id_of(self.node().next_sibling).map(|id| self.at(id))
    }

    pub(crate) fn children(self) -> Children<'a> {
        let node = self.node();
        Children {
            dom: self.dom,
            front: id_of(node.first_child),
            back: id_of(node.last_child),
        }
    }
}

/// The children of a node, in order (or reversed).
#[derive(Clone, Debug)]
pub(crate) struct Children<'a> {
    dom: &'a Dom,
    front: Option<NodeId>,
    back: Option<NodeId>,
}

impl<'a> Iterator for Children<'a> {
    type Item = NodeRef<'a>;

    fn next(&mut self) -> Option<NodeRef<'a>> {
        let id = self.front?;
        if self.front == self.back {
            self.front = None;
            self.back = None;
        } else {
            self.front = id_of(self.dom.nodes[id as usize].next_sibling);
        }
        Some(NodeRef { dom: self.dom, id })
    }
}

impl DoubleEndedIterator for Children<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        let id = self.back?;
        if self.front == self.back {
            self.front = None;
            self.back = None;
        } else {
            self.back = id_of(self.dom.nodes[id as usize].prev_sibling);
        }
        Some(NodeRef { dom: self.dom, id })
    }
}

// Attribute queries. Unused in the library yet: body.rs still has its own
// `attr`, and moves to these.

/// The value of the attribute `name` (a lowercase local name, as html5ever
/// and newsnap's tokenizer store it) among `attrs`, if there is one.
pub(crate) fn attr<'a>(attrs: &'a [Attribute], name: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|a| &*a.name.local == name)
        .map(|a| &*a.value)
}

/// Whether the attribute `name` among `attrs` has a token, a run of
/// characters between ASCII white space, for which `pred` holds.
pub(crate) fn has_token(attrs: &[Attribute], name: &str, pred: impl FnMut(&str) -> bool) -> bool {
    attr(attrs, name).is_some_and(|v| v.split_ascii_whitespace().any(pred))
}

/// Whether one of the classes in `attrs` (the tokens of its `class`
/// attribute) satisfies `pred`.
pub(crate) fn has_class_token(attrs: &[Attribute], pred: impl FnMut(&str) -> bool) -> bool {
    has_token(attrs, "class", pred)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attrs(pairs: &[(&str, &str)]) -> Vec<Attribute> {
        pairs
            .iter()
            .map(|&(name, value)| Attribute {
                name: QualName::new(None, ns!(), LocalName::from(name)),
                value: StrTendril::from_slice(value),
            })
            .collect()
    }

    #[test]
    fn attribute_queries() {
        let a = attrs(&[
            (
                "class",
                " story-lead	x
",
            ),
            ("data-testid", "caption"),
        ]);
        assert_eq!(
            attr(&a, "class"),
            Some(
                " story-lead	x
"
            )
        );
        assert_eq!(attr(&a, "id"), None);
        assert!(has_class_token(&a, |t| t.ends_with("lead")));
        assert!(has_class_token(&a, |t| t == "x"));
        assert!(!has_class_token(&a, |t| t.is_empty() || t.contains(' ')));
        assert!(has_token(&a, "data-testid", |t| t == "caption"));
        assert!(!has_token(&a, "id", |_| true));
    }

    #[test]
    fn nodes_are_small() {
        assert!(
            std::mem::size_of::<Node>() <= 48,
            "{}",
            std::mem::size_of::<Node>()
        );
    }

    #[test]
    fn node_attribute_query() {
        let tree = Tree::default();
        let name = QualName::new(None, ns!(html), local_name!("p"));
        let p = tree.create_element(name, attrs(&[("class", "a b")]), ElementFlags::default());
        tree.append(&tree.get_document(), NodeOrText::AppendNode(p));
        let dom = tree.into_dom();
        let p = dom.html().expect("the <p>");
        assert_eq!(p.attr("class"), Some("a b"));
        assert_eq!(p.attr("id"), None);
        assert_eq!(dom.document().attr("class"), None);
    }
}
