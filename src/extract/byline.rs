//! Bylines: names from the date line, byline elements, author lines and
//! opening name lists.

use html5ever::Attribute;

use super::nodes;
use crate::html::{self, Data, NodeRef};

/// A byline from its lines: without the placeholder `null` and without
/// repeated names (`KAI SCHULTZ,KAI SCHULTZ`).
pub(crate) fn clean(lines: &[String]) -> Option<String> {
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

/// A line naming the author: `作者：周保松`, `文：陳韻聿`, `作者 | 张依依`.
pub(crate) fn of_line(line: &str) -> Option<String> {
    let line = line.trim();
    let rest = ["作者：", "作者:", "作者 |", "作者|", "文：", "撰文："]
        .iter()
        .find_map(|p| line.strip_prefix(p))?;
    let name = rest.trim();
    (!name.is_empty() && name.chars().count() <= 30).then(|| name.to_owned())
}

/// The byline an element holds (`<address>`, `itemprop="byline"`), its
/// lines without a leading `by `.
pub(crate) fn of_element(node: NodeRef<'_>) -> Option<String> {
    let lines: Vec<String> = nodes::short_text_lines(node, 256)
        .into_iter()
        .map(
            |l| match l.strip_prefix("by ").or_else(|| l.strip_prefix("By ")) {
                Some(name) => name.to_owned(),
                None => l,
            },
        )
        .collect();
    clean(&lines)
}

/// Elements that hold the byline by markup.
pub(crate) fn is_byline(attrs: &[Attribute]) -> bool {
    html::attr(attrs, "itemprop").is_some_and(|v| v.eq_ignore_ascii_case("byline"))
}

/// The items of a list, when every item is one short line of text without
/// links (a list of names, which an outlet's
/// [`byline_list`](crate::outlets::Hooks::byline_list) hook reads).
pub(crate) fn list_lines(node: NodeRef<'_>) -> Option<Vec<String>> {
    let mut items = Vec::new();
    for li in node.children() {
        match li.data() {
            Data::Element(e) if &*e.local == "li" => {
                let lines = nodes::short_text_lines(li, 120);
                let [line] = lines.as_slice() else {
                    return None;
                };
                if li.has_descendant("a") {
                    return None;
                }
                items.push(line.clone());
            }
            Data::Text(t) if t.trim().is_empty() => {}
            _ => return None,
        }
    }
    Some(items)
}
