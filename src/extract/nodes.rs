//! Text queries the extraction asks of the tree: short lines of text, and
//! the first text of an element.

use std::sync::OnceLock;

use memchr::memmem::Finder;

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

/// Whether the text within `node` has at most `limit` bytes.
pub(crate) fn text_within(node: NodeRef<'_>, limit: usize) -> bool {
    let mut size = 0;
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        match n.data() {
            Data::Text(s) => {
                size += s.len();
                if size > limit {
                    return false;
                }
            }
            Data::Element(_) => stack.extend(n.children()),
            _ => {}
        }
    }
    true
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

/// Whether an element's `style` sets its text bold: `font-weight: bold`,
/// `bolder` or a weight of 600 to 900, or the `font` shorthand with such a
/// weight (`font: bold 16px Arial`). The last declaration wins, and the
/// shorthand without a weight sets it back to normal.
pub(crate) fn is_bold_style(attrs: &[html5ever::Attribute]) -> bool {
    let Some(style) = crate::html::attr(attrs, "style") else {
        return false;
    };
    let lower;
    let style = match style.bytes().any(|b| b.is_ascii_uppercase()) {
        true => {
            lower = style.to_ascii_lowercase();
            lower.as_str()
        }
        false => style,
    };
    // Most styles set no weight: told apart by two searches (`font-weight`
    // holds `eight`; the shorthand is `font:`).
    static EIGHT: OnceLock<Finder<'static>> = OnceLock::new();
    static SHORTHAND: OnceLock<Finder<'static>> = OnceLock::new();
    let eight = EIGHT.get_or_init(|| Finder::new("eight"));
    let shorthand = SHORTHAND.get_or_init(|| Finder::new("font:"));
    if eight.find(style.as_bytes()).is_none() && shorthand.find(style.as_bytes()).is_none() {
        return false;
    }
    let mut bold = false;
    for declaration in style.split(';') {
        let Some((property, value)) = declaration.split_once(':') else {
            continue;
        };
        let value = value.split('!').next().unwrap_or_default().trim();
        // The properties themselves, not those named after them
        // (`mso-bidi-font-weight`, Word's weight for other scripts).
        match property.trim() {
            "font-weight" => bold = is_bold_weight(value),
            // The weight comes before the size (`bold 16px`, `700 1.2em/1.5`),
            // which holds a digit and a unit: what follows is the size, the
            // line height and the family (`16px Helvetica Bold`).
            "font" => {
                bold = value
                    .split_ascii_whitespace()
                    .take_while(|w| !is_font_size(w))
                    .any(is_bold_weight);
            }
            _ => {}
        }
    }
    bold
}

/// A word of the `font` shorthand that gives the size (`16px`, `1.2em/1.5`,
/// `.9rem`): digits and a unit, or a line height after it. A weight is
/// digits alone.
fn is_font_size(word: &str) -> bool {
    word.contains('/')
        || (word.starts_with(|c: char| c.is_ascii_digit() || c == '.')
            && !word.bytes().all(|b| b.is_ascii_digit()))
}

/// A bold `font-weight` value.
fn is_bold_weight(value: &str) -> bool {
    matches!(value, "bold" | "bolder")
        || value.parse::<u16>().is_ok_and(|w| (600..=900).contains(&w))
}

#[cfg(test)]
mod tests {
    use html5ever::{ns, Attribute, LocalName, QualName};

    fn style(value: &str) -> Vec<Attribute> {
        vec![Attribute {
            name: QualName::new(None, ns!(), LocalName::from("style")),
            value: value.into(),
        }]
    }

    #[test]
    fn bold_styles() {
        for s in [
            "font-weight:bold",
            "font-weight: bold;",
            "color: red; FONT-WEIGHT: 700",
            "font-weight:bolder !important",
            "font-weight: 600",
            "font: bold 16px Arial",
            "font: italic 700 1.2em/1.5 sans-serif",
            "FONT: BOLDER 12PX SERIF",
            "font-weight: normal; font: bold 12px serif",
        ] {
            assert!(super::is_bold_style(&style(s)), "{s}");
        }
        for s in [
            "font-weight: normal",
            "font-weight: 400",
            "font-size: 12pt; mso-bidi-font-weight: bold",
            "font-weight: bold; font-weight: normal",
            "font-style: italic",
            "font-weight",
            "",
            // The shorthand without a weight resets it; a family's name
            // or a line height is none.
            "font-weight: bold; font: 16px Arial",
            "font: 16px Helvetica Bold",
            "font: 12px/700 serif",
            "color: #000000",
            "font-size: 600px",
        ] {
            assert!(!super::is_bold_style(&style(s)), "{s}");
        }
        assert!(!super::is_bold_style(&[]));
    }
}
