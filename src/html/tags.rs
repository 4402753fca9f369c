//! The tag sets of html5ever's tree builder the model reads
//! (html5ever tree_builder/tag_sets.rs and rules.rs), and the flags an open
//! element carries for the scopes it bounds.

use html5ever::tokenizer::Tag;
use html5ever::{local_name, Attribute, LocalName};

/// `matches!` on HTML tag names, written as in html5ever's tag sets.
macro_rules! is_tag {
    ($name:expr, $($tag:tt)+) => {
        matches!(*$name, $(local_name!($tag))|+)
    };
}

pub(super) use is_tag;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Ns {
    Html,
    Svg,
    MathMl,
}

/// Entry flag: one of html5ever's "special" elements.
pub(super) const SPECIAL: u8 = 1;
/// Entry flag: bounds the default scope (and so the list item and button
/// scopes).
pub(super) const BOUNDS_DEFAULT: u8 = 2;
pub(super) const BOUNDS_LIST_ITEM: u8 = 4;
pub(super) const BOUNDS_BUTTON: u8 = 8;
pub(super) const BOUNDS_TABLE: u8 = 16;
/// Entry flag: an HTML `<p>`.
pub(super) const PARAGRAPH: u8 = 32;

pub(super) fn flags(name: &LocalName, ns: Ns) -> u8 {
    match ns {
        Ns::Html => {
            let scopes = match name {
                n if is_tag!(n, "table" "template") => BOUNDS_DEFAULT | BOUNDS_TABLE,
                n if is_tag!(n, "applet" "caption" "td" "th" "marquee" "object" "select") => {
                    BOUNDS_DEFAULT
                }
                n if is_tag!(n, "ol" "ul") => BOUNDS_LIST_ITEM,
                n if is_tag!(n, "button") => BOUNDS_BUTTON,
                n if is_tag!(n, "p") => PARAGRAPH,
                _ => 0,
            };
            scopes | if is_special(name) { SPECIAL } else { 0 }
        }
        Ns::Svg if is_tag!(name, "foreignobject" "desc" "title") => BOUNDS_DEFAULT,
        Ns::MathMl if is_mathml_text_ip(name) => BOUNDS_DEFAULT,
        _ => 0,
    }
}

pub(super) fn is_mathml_text_ip(name: &LocalName) -> bool {
    is_tag!(name, "mi" "mo" "mn" "ms" "mtext")
}

/// Whether a new foreign element is an HTML integration point.
pub(super) fn foreign_ip(ns: Ns, name: &LocalName, attrs: &[Attribute]) -> bool {
    match ns {
        Ns::Svg => is_tag!(name, "foreignobject" "desc" "title"),
        Ns::MathMl if is_tag!(name, "annotation-xml") => attrs.iter().any(|a| {
            a.name.local == local_name!("encoding")
                && (a.value.eq_ignore_ascii_case("text/html")
                    || a.value.eq_ignore_ascii_case("application/xhtml+xml"))
        }),
        Ns::MathMl => is_mathml_text_ip(name),
        Ns::Html => false,
    }
}

/// Start tags that end foreign content.
pub(super) fn breaks_out_of_foreign(tag: &Tag) -> bool {
    #[rustfmt::skip]
    let breaks = is_tag!(&tag.name, "b" "big" "blockquote" "body" "br" "center" "code" "dd"
        "div" "dl" "dt" "em" "embed" "h1" "h2" "h3" "h4" "h5" "h6" "head" "hr" "i" "img" "li"
        "listing" "menu" "meta" "nobr" "ol" "p" "pre" "ruby" "s" "small" "span" "strong"
        "strike" "sub" "sup" "table" "tt" "u" "ul" "var");
    breaks
        || is_tag!(&tag.name, "font")
            && tag
                .attrs
                .iter()
                .any(|a| is_tag!(&a.name.local, "color" "face" "size"))
}

pub(super) fn is_formatting(name: &LocalName) -> bool {
    is_tag!(name, "a" "b" "big" "code" "em" "font" "i" "nobr" "s" "small" "strike" "strong"
        "tt" "u")
}

pub(super) fn is_heading(name: &LocalName) -> bool {
    is_tag!(name, "h1" "h2" "h3" "h4" "h5" "h6")
}

pub(super) fn is_cell(name: &LocalName) -> bool {
    is_tag!(name, "td" "th")
}

/// Start tags that close a cell or a caption.
pub(super) fn is_table_part(name: &LocalName) -> bool {
    is_tag!(name, "caption" "col" "colgroup" "tbody" "td" "tfoot" "th" "thead" "tr")
}

/// Where text and misplaced tags get foster-parented.
pub(super) fn is_table_outer(name: &LocalName) -> bool {
    is_tag!(name, "table" "tbody" "tfoot" "thead" "tr")
}

pub(super) fn table_context(name: &LocalName) -> bool {
    is_tag!(name, "table" "template" "html")
}

pub(super) fn table_body_context(name: &LocalName) -> bool {
    is_tag!(name, "tbody" "tfoot" "thead" "template" "html")
}

pub(super) fn table_row_context(name: &LocalName) -> bool {
    is_tag!(name, "tr" "template" "html")
}

pub(super) fn is_implied_end(name: &LocalName) -> bool {
    is_tag!(name, "dd" "dt" "li" "option" "optgroup" "p" "rb" "rp" "rt" "rtc")
}

/// End tags that close an element in scope after implied end tags.
pub(super) fn is_block_end(name: &LocalName) -> bool {
    is_tag!(name, "address" "article" "aside" "blockquote" "button" "center" "details"
        "dialog" "dir" "div" "dl" "fieldset" "figcaption" "figure" "footer" "header" "hgroup"
        "listing" "main" "menu" "nav" "ol" "pre" "search" "section" "select" "summary" "ul"
        "applet" "marquee" "object")
}

/// html5ever's "special" elements.
pub(super) fn is_special(name: &LocalName) -> bool {
    is_tag!(name, "address" "applet" "area" "article" "aside" "base" "basefont" "bgsound"
        "blockquote" "body" "br" "button" "caption" "center" "col" "colgroup" "dd" "details"
        "dir" "div" "dl" "dt" "embed" "fieldset" "figcaption" "figure" "footer" "form" "frame"
        "frameset" "h1" "h2" "h3" "h4" "h5" "h6" "head" "header" "hgroup" "hr" "html" "iframe"
        "img" "input" "isindex" "li" "link" "listing" "main" "marquee" "menu" "meta" "nav"
        "noembed" "noframes" "noscript" "object" "ol" "p" "param" "plaintext" "pre" "script"
        "section" "select" "source" "style" "summary" "table" "tbody" "td" "template"
        "textarea" "tfoot" "th" "thead" "title" "tr" "track" "ul" "wbr" "xmp")
}
