//! Deutsche Welle 德国之声 (dw.com).
//!
//! The date line gives the byline (sometimes the literal `null`, or empty)
//! and an instant in UTC:
//!
//! ```html
//! <div><i>     任琛（摘编）<br>2020-06-29T14:58:06.315Z</i></div>
//! ```
//!
//! Captions are `<small>` under images (generic); photo galleries
//! (`<h3>相关图集` then `<div><img><b>…`) stay blocks. Boilerplate: the
//! closing `© 2020年德国之声版权声明…` (a generic copyright line), the
//! `摘译自其它媒体，不代表德国之声观点` of press reviews (a generic opinion
//! disclaimer) and the editorial notes below, which DW prints in these
//! words.
//!
//! Golden cases (`tests/golden/dw/`): `2020-byline-iso-date-feedx`,
//! `2020-multiline-title`, `2020-null-byline-interview-gallery`,
//! `2020-photo-gallery-no-date-line`, `2020-video-only-stray-small`,
//! `2025-byline-links-instagram-copyright`.

use super::{Markers, Outlet, Rules, Spec};
use crate::date::Zone;

pub(super) static SPEC: Spec = Spec {
    outlet: Outlet::Dw,
    name: "dw",
    hosts: &["dw.com"],
    body_marks: &[],
    rules: Rules {
        zone: Zone::UTC,
        markers: Markers {
            lines: &[
                "德国之声致力于为您提供客观中立的新闻报道",
                "DW中文有Instagram",
                "德国之声对自杀事件的报道持谨慎态度",
            ],
            ..Markers::NONE
        },
        ..Rules::NONE
    },
};
