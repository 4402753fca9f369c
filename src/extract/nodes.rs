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

/// What an element's `style` sets its text's weight to: bold (`Some(true)`:
/// `font-weight: bold`, `bolder` or a weight of 600 to 900, or the `font`
/// shorthand with such a weight, `font: bold 16px Arial`), normal or light
/// (`Some(false)`: `font-weight: normal`, `400`, a shorthand without a
/// weight; Google Docs wraps pasted text in `<b style="font-weight:normal">`),
/// or nothing. The last declaration wins.
pub(crate) fn style_weight(attrs: &[html5ever::Attribute]) -> Option<bool> {
    let style = crate::html::attr(attrs, "style")?;
    let lower;
    let style = match style.bytes().any(|b| b.is_ascii_uppercase()) {
        true => {
            lower = style.to_ascii_lowercase();
            lower.as_str()
        }
        false => style,
    };
    // Most styles set no weight: told apart by searches with finders built
    // once (`font-weight` holds `eight`; the shorthand is `font` then a
    // colon).
    static EIGHT: OnceLock<Finder<'static>> = OnceLock::new();
    static FONT: OnceLock<Finder<'static>> = OnceLock::new();
    let bytes = style.as_bytes();
    if EIGHT
        .get_or_init(|| Finder::new("eight"))
        .find(bytes)
        .is_none()
        && !FONT
            .get_or_init(|| Finder::new("font"))
            .find_iter(bytes)
            .any(|at| style[at + 4..].trim_start().starts_with(':'))
    {
        return None;
    }
    let mut weight = None;
    for declaration in style.split(';') {
        let Some((property, value)) = declaration.split_once(':') else {
            continue;
        };
        let value = value.split('!').next().unwrap_or_default().trim();
        // The properties themselves, not those named after them
        // (`mso-bidi-font-weight`, Word's weight for other scripts).
        match property.trim() {
            "font-weight" => weight = Some(is_bold_weight(value)),
            // The weight comes before the size (`bold 16px`, `700 1.2em/1.5`):
            // what follows is the size, the line height and the family
            // (`16px Helvetica Bold`).
            "font" => {
                weight = Some(
                    value
                        .split_ascii_whitespace()
                        .take_while(|w| !is_font_size(w))
                        .any(is_bold_weight),
                );
            }
            _ => {}
        }
    }
    weight
}

/// A word of the `font` shorthand that gives the size: digits and a unit
/// (`16px`, `.9rem`, not an oblique's angle, `10deg`), a line height after
/// it (`1.2em/1.5`), or a size's keyword (`medium`, `x-large`). A weight is
/// digits alone.
fn is_font_size(word: &str) -> bool {
    const ANGLES: [&str; 4] = ["deg", "grad", "rad", "turn"];
    word.contains('/')
        || (word.starts_with(|c: char| c.is_ascii_digit() || c == '.')
            && !word.bytes().all(|b| b.is_ascii_digit())
            && !ANGLES.iter().any(|unit| word.ends_with(unit)))
        || matches!(
            word,
            "xx-small"
                | "x-small"
                | "small"
                | "medium"
                | "large"
                | "x-large"
                | "xx-large"
                | "xxx-large"
                | "smaller"
                | "larger"
        )
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
            "font : bold 16px Arial",
            "font: oblique 10deg bold 16px serif",
            "font-weight: normal; font: bold 12px serif",
        ] {
            assert!(super::style_weight(&style(s)) == Some(true), "{s}");
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
            "font: medium Arial Bold",
            "color: #000000",
            "font-size: 600px",
        ] {
            assert_ne!(super::style_weight(&style(s)), Some(true), "{s}");
        }
        assert_eq!(super::style_weight(&[]), None);
        assert_eq!(
            super::style_weight(&style("font-weight:normal")),
            Some(false)
        );
        assert_eq!(super::style_weight(&style("font: 16px Arial")), Some(false));
        assert_eq!(super::style_weight(&style("font-size: 16px")), None);
    }
}
