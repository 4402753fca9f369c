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

/// The weight an element's own style gives its text: bold (`Some(true)`:
/// `font-weight: bold`, `bolder` or a weight of 600 to 900, or the `font`
/// shorthand with such a weight, `font: bold 16px Arial`), normal or light
/// (`Some(false)`: `font-weight: normal`, `400`, a shorthand without a
/// weight; Google Docs wraps pasted text in `<b style="font-weight:normal">`),
/// or nothing. The last declaration wins; one a browser ignores changes
/// nothing: a shorthand without a size and a family (`font: bold`) is
/// invalid CSS. `inherit`, `unset` and `revert` leave the weight to the
/// enclosing text. Property names and values are read ignoring ASCII case.
pub(crate) fn style_weight(attrs: &[html5ever::Attribute]) -> Option<bool> {
    let style = crate::html::attr(attrs, "style")?;
    // Most styles set no weight: told apart by searches with finders built
    // once (`font-weight` holds `eight`; the shorthand is `font` then a
    // colon), and only for a style with capitals (`#FFFFFF`, `FONT-WEIGHT`)
    // by a search ignoring case.
    static EIGHT: OnceLock<Finder<'static>> = OnceLock::new();
    static FONT: OnceLock<Finder<'static>> = OnceLock::new();
    let bytes = style.as_bytes();
    let font_colon = |at: usize| style[at + 4..].trim_start().starts_with(':');
    let sets_weight = EIGHT
        .get_or_init(|| Finder::new("eight"))
        .find(bytes)
        .is_some()
        || FONT
            .get_or_init(|| Finder::new("font"))
            .find_iter(bytes)
            .any(font_colon)
        || (bytes.iter().any(u8::is_ascii_uppercase)
            && (bytes.windows(5).any(|w| w.eq_ignore_ascii_case(b"eight"))
                || (0..bytes.len().saturating_sub(3))
                    .any(|at| bytes[at..at + 4].eq_ignore_ascii_case(b"font") && font_colon(at))));
    if !sets_weight {
        return None;
    }
    let mut weight = None;
    for declaration in style.split(';') {
        let Some((property, value)) = declaration.split_once(':') else {
            continue;
        };
        let value = value.split('!').next().unwrap_or_default().trim();
        let lower;
        let value = match value.bytes().any(|b| b.is_ascii_uppercase()) {
            true => {
                lower = value.to_ascii_lowercase();
                lower.as_str()
            }
            false => value,
        };
        // The properties themselves, not those named after them
        // (`mso-bidi-font-weight`, Word's weight for other scripts).
        let property = property.trim();
        if property.eq_ignore_ascii_case("font-weight") {
            weight = match value {
                "inherit" | "unset" | "revert" | "revert-layer" => None,
                value => Some(is_bold_weight(value)),
            };
        } else if property.eq_ignore_ascii_case("font") {
            weight = match value {
                "inherit" | "unset" | "revert" | "revert-layer" => None,
                // The system's fonts (`font: menu`), and `initial`: a
                // normal weight.
                "caption" | "icon" | "menu" | "message-box" | "small-caption" | "status-bar"
                | "initial" => Some(false),
                value => match shorthand_weight(value) {
                    Some(bold) => Some(bold),
                    None => weight,
                },
            };
        }
    }
    weight
}

/// The weight a `font` shorthand sets (whether bold), or `None` when it
/// is invalid, without a size and a family after it. The weight comes
/// before the size (`bold 16px`, `700 1.2em/1.5`): what follows is the
/// size, the line height and the family (`16px Helvetica Bold`).
fn shorthand_weight(value: &str) -> Option<bool> {
    let mut words = value.split_ascii_whitespace();
    let mut bold = false;
    words.by_ref().find(|w| {
        let size = is_font_size(w);
        bold |= !size && is_bold_weight(w);
        size
    })?;
    // A family is named (`Arial`, `"PingFang SC"`), not a line height alone.
    words
        .any(|w| w.starts_with(|c: char| c.is_alphabetic() || c == '"' || c == '\''))
        .then_some(bold)
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
        // What a browser ignores changes nothing; `inherit` leaves the
        // weight to the enclosing text.
        for (s, weight) in [
            ("font: bold", None),
            ("font: bold 16px", None),
            ("font-weight: bold; font: bold", Some(true)),
            ("font-weight: bold; font: 12px/1.5", Some(true)),
            ("font-weight: normal; font: bold;", Some(false)),
            ("font: bold 16px / 1.5 \"PingFang SC\"", Some(true)),
            ("font-weight: bold; font: inherit", None),
            ("font-weight: bold; font-weight: unset", None),
            ("font: menu", Some(false)),
            ("Font-Weight: Bold", Some(true)),
            ("COLOR: #FFFFFF", None),
        ] {
            assert_eq!(super::style_weight(&style(s)), weight, "{s}");
        }
    }
}
