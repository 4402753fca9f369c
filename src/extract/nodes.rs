//! Text queries the extraction asks of the tree: short lines of text, and
//! the first text of an element.

use crate::html::{Data, NodeRef};
use crate::text;

/// The text of a small element as trimmed lines (split at `<br>`), or
/// nothing when it holds more than `limit` bytes or an image.
pub(crate) fn short_text_lines(node: NodeRef<'_>, limit: usize) -> Vec<String> {
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
            Data::Element(e) => match &*e.local {
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

/// Whether the first non-blank text within a few levels of `node` satisfies `pred`.
pub(crate) fn first_text_is(node: NodeRef<'_>, pred: impl Fn(&str) -> bool) -> bool {
    let mut node = node;
    for _ in 0..3 {
        let next = node.children().find_map(|c| match c.data() {
            Data::Element(_) => Some(Ok(c)),
            Data::Text(t) if !t.trim().is_empty() => Some(Err(pred(t))),
            _ => None,
        });
        match next {
            Some(Ok(child)) => node = child,
            Some(Err(result)) => return result,
            None => return false,
        }
    }
    false
}
