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

/// What an element's own style says of its text's weight.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Weight {
    /// Nothing, or the element's own default (`revert`): `<b>` bold, a
    /// `<span>` as the text around it.
    Default,
    /// Bold: `font-weight: bold`, `bolder` or a weight of 600 to 1000, or
    /// the `font` shorthand with such a weight (`font: bold 16px Arial`).
    Bold,
    /// Normal or light: `font-weight: normal`, `400`, `initial`, a
    /// shorthand without a weight. Google Docs wraps pasted text in
    /// `<b style="font-weight:normal">`.
    Normal,
    /// The enclosing text's weight (`inherit`, `unset`), even for `<b>`.
    Inherit,
}

/// The weight an element's own style gives its text. The last declaration
/// wins; one a browser ignores changes nothing: a weight that is no
/// keyword or number from 1 to 1000 (`font-weight: heavy`), a shorthand
/// without a size and a family (`font: bold`). Property names and values
/// are read ignoring ASCII case.
pub(crate) fn style_weight(attrs: &[html5ever::Attribute]) -> Weight {
    let Some(style) = crate::html::attr(attrs, "style") else {
        return Weight::Default;
    };
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
        return Weight::Default;
    }
    let mut weight = Weight::Default;
    for declaration in style.split(';') {
        let Some((property, value)) = declaration.split_once(':') else {
            continue;
        };
        let value = value.split('!').next().unwrap_or_default().trim();
        // A value with capitals (rare) is compared in lower case.
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
        let set = if property.eq_ignore_ascii_case("font-weight") {
            match value {
                "initial" => Some(Weight::Normal),
                value => global_weight(value).or_else(|| weight_value(value)),
            }
        } else if property.eq_ignore_ascii_case("font") {
            match value {
                // The system's fonts (`font: menu`), and `initial`: a
                // normal weight.
                "caption" | "icon" | "menu" | "message-box" | "small-caption" | "status-bar"
                | "initial" => Some(Weight::Normal),
                value => global_weight(value).or_else(|| shorthand_weight(value)),
            }
        } else {
            None
        };
        weight = set.unwrap_or(weight);
    }
    weight
}

/// The weight of a keyword every property takes but `initial`.
fn global_weight(value: &str) -> Option<Weight> {
    match value {
        "inherit" | "unset" => Some(Weight::Inherit),
        "revert" | "revert-layer" => Some(Weight::Default),
        _ => None,
    }
}

/// A `font-weight` value (a keyword, or a number from 1 to 1000), or
/// `None` for one a browser ignores.
fn weight_value(value: &str) -> Option<Weight> {
    match value {
        "bold" | "bolder" => Some(Weight::Bold),
        "normal" | "lighter" => Some(Weight::Normal),
        number => match number.parse::<f32>() {
            // Only a number (`700`, `650.5`), not `inf` or `NaN`.
            Ok(w)
                if number.starts_with(|c: char| c.is_ascii_digit() || c == '.')
                    && (1.0..=1000.0).contains(&w) =>
            {
                Some(if w >= 600.0 {
                    Weight::Bold
                } else {
                    Weight::Normal
                })
            }
            _ => None,
        },
    }
}

/// The weight a `font` shorthand sets, or `None` when it is invalid,
/// without a size and a family after it. The weight comes before the size
/// (`bold 16px`, `700 1.2em/1.5`): what follows is the size, the line
/// height and the family (`16px Helvetica Bold`).
fn shorthand_weight(value: &str) -> Option<Weight> {
    let mut words = value.split_ascii_whitespace();
    let mut bold = false;
    words.by_ref().find(|w| {
        let size = is_font_size(w);
        bold |= !size && weight_value(w) == Some(Weight::Bold);
        size
    })?;
    // A family is named (`Arial`, `"PingFang SC"`, `-apple-system`, an
    // escaped `\5FAE\8F6F\96C5\9ED1`), not a line height alone.
    words
        .any(|w| w.starts_with(|c: char| c.is_alphabetic() || matches!(c, '"' | '\'' | '\\' | '-')))
        .then_some(if bold { Weight::Bold } else { Weight::Normal })
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
        use super::Weight::{self, Bold, Default, Inherit, Normal};
        let weight = |s: &str| super::style_weight(&style(s));
        for s in [
            "font-weight:bold",
            "font-weight: bold;",
            "color: red; FONT-WEIGHT: 700",
            "font-weight:bolder !important",
            "font-weight: 600",
            "font-weight: 950",
            "font-weight: 650.5",
            "font: bold 16px Arial",
            "font: italic 700 1.2em/1.5 sans-serif",
            "FONT: BOLDER 12PX SERIF",
            "font : bold 16px Arial",
            "font: oblique 10deg bold 16px serif",
            "font-weight: normal; font: bold 12px serif",
            // Families that start with no letter.
            "font: bold 14px \\5FAE\\8F6F\\96C5\\9ED1",
            "font: bold 14px -apple-system, sans-serif",
            "font: 700 14px 微软雅黑",
        ] {
            assert_eq!(weight(s), Bold, "{s}");
        }
        for s in [
            "font-weight: normal",
            "font-weight: 400",
            "font-weight: lighter",
            "font-weight: initial",
            "font-weight: bold; font-weight: normal",
            "font-weight: bold; font: 16px Arial",
            // A family's name or a line height is no weight.
            "font: 16px Helvetica Bold",
            "font: 12px/700 serif",
            "font: medium Arial Bold",
            "font: menu",
            "font-weight: bold; font: initial",
        ] {
            assert_eq!(weight(s), Normal, "{s}");
        }
        for s in [
            "font-size: 12pt; mso-bidi-font-weight: bold",
            "font-style: italic",
            "font-weight",
            "",
            "color: #000000",
            "COLOR: #FFFFFF",
            "font-size: 600px",
            "font-size: 16px",
            // What a browser ignores changes nothing.
            "font: bold",
            "font: bold 16px",
            "font-weight: heavy",
            "font-weight: 1001",
            "font-weight: inf",
            "font-weight: bold; font-weight: revert",
        ] {
            assert_eq!(weight(s), Default, "{s}");
        }
        assert_eq!(super::style_weight(&[]), Default);
        for (s, expected) in [
            ("font-weight: bold; font: bold", Bold),
            ("font-weight: bold; font: 12px/1.5", Bold),
            ("font-weight: bold; font-weight: heavy", Bold),
            ("font-weight: normal; font: bold;", Normal),
            ("font-weight: normal; font-weight: 1200", Normal),
            ("font: bold 16px / 1.5 \"PingFang SC\"", Bold),
            ("font-weight: bold; font: inherit", Inherit),
            ("font-weight: bold; font-weight: unset", Inherit),
            ("font-weight: inherit; font-weight: bold", Bold),
            ("Font-Weight: Bold", Bold),
        ] {
            let found: Weight = weight(s);
            assert_eq!(found, expected, "{s}");
        }
    }
}
