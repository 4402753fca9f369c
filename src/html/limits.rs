//! The limits that keep building a body linear in its size, whatever it
//! holds: the guard's depth, formatting, foster-parenting and element
//! budgets, and the attributes a tag keeps (which newsnap's tokenizer and
//! the attribute scanner both apply).

/// Smallest depth limit used, whatever the options say.
pub(super) const MIN_DEPTH: usize = 8;
/// Attributes a tag keeps.
pub(super) const MAX_ATTRS: usize = 256;
/// Formatting elements (besides `<a>` and `<nobr>`, which close their
/// predecessors) html5ever may keep active: it compares each new one with
/// all of them, copying their attributes.
pub(super) const MAX_FORMATTING: usize = 8;
/// Closed formatting elements html5ever may reopen at the next text, each
/// after a walk of the stack; older ones are forgotten.
pub(super) const MAX_CLOSED: usize = 3;
/// Element children a table's parent may have for html5ever to insert
/// content misplaced in the table before it (foster parenting), each
/// insertion scanning the children; past this an implied cell takes it.
pub(super) const MAX_FOSTER_SIBLINGS: u32 = 256;
/// `<html>` and `<body>` tags handled: past the first, each only adds its
/// attributes to the element, after collecting the names of all it has.
pub(super) const MAX_ROOT_TAGS: u32 = 8;
/// Elements a body may have built for free, and bytes of body that earn
/// one more: the element budget. Building and reading an element costs as
/// much as tens of bytes of text, so a body of nothing but tiny elements
/// (`<p>x<p>x…`) would take html5ever alone 14 times the time per byte of a
/// real article; and each element built costs a tree node, and often a
/// block of the article, about a hundred bytes together, so such a body
/// would need twenty times its size in memory. Past the budget, start tags
/// are dropped like those past the depth limit (their text stays, in the
/// enclosing element), and closed formatting elements are no longer
/// reopened. In both corpora only one body has more than 4,096 elements
/// (4,229 in 256,850 bytes, one per 61 bytes, well within its budget of
/// 8,109); the densest has one element per 31 bytes.
pub(super) const FREE_ELEMENTS: usize = 4096;
pub(super) const BYTES_PER_ELEMENT: usize = 64;
/// Attributes that make a start tag count once more against the budget:
/// each costs about as much memory as a node (48 bytes), and a real
/// element has one or two. (The corpus body with the most elements spends
/// 5,600 of its 8,109.)
pub(super) const ATTRS_PER_ELEMENT: usize = 2;
/// Levels of nesting that make an element count once more against the
/// budget: html5ever checks most start tags against the whole stack of
/// open elements (is a `<p>` open in button scope?), so an element built
/// 128 levels deep costs it about as much as nine shallow ones.
pub(super) const LEVELS_PER_ELEMENT: usize = 16;
