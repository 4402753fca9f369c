//! The date line: the first element of the body, or of its leading wrapper
//! `<div>`s, whose text reads as a date, with an optional byline on the
//! lines before it.

use super::walk::Walker;
use super::{byline, nodes};
use crate::article::Warning;
use crate::date;
use crate::html::NodeRef;

impl<'a> Walker<'a> {
    /// Finds the date line and reads it in the outlet's zone and grammar;
    /// the walk then skips its element.
    pub(super) fn date_line(&mut self, html: NodeRef<'a>) {
        let Some(body) = html.child_element("body") else {
            return;
        };
        let mut node = body;
        for _ in 0..4 {
            let Some(first) = node.first_meaningful_child() else {
                return;
            };
            let Some(tag) = first.tag() else {
                return;
            };
            if !matches!(tag, "div" | "p" | "i" | "span" | "time") {
                return;
            }
            let lines = nodes::short_text_lines(first, 256);
            if let Some((last, before)) = lines.split_last() {
                if let Some(published) =
                    date::parse_date_line(last, self.spec.rules.zone, self.spec.rules.date_grammar)
                {
                    self.out.published = Some(published);
                    self.out.byline = byline::clean(before);
                    self.date_node = Some(first);
                    return;
                }
                let italic = first.first_meaningful_child().is_some_and(|c| c.is("i"));
                if italic && lines.len() <= 2 && tag == "div" {
                    self.out
                        .warnings
                        .push(Warning::UnreadableDateLine(lines.join(" ")));
                    self.date_node = Some(first);
                    return;
                }
            }
            if tag != "div" {
                return;
            }
            node = first;
        }
    }
}
