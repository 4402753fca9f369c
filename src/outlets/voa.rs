//! Voice of America 美国之音 (voachinese.com, voanews.com, voacantonese.com).
//!
//! The date line is RFC 2822 in GMT:
//!
//! ```html
//! <div><i>Mon, 20 Jul 2020 19:22:03 GMT</i></div>
//! ```
//!
//! `<br /><br />` separates paragraphs outside `<p>` (generic), `<p> </p>`
//! spacers, captions in `<small>` under images and videos (generic), and a
//! disclaimer on opinion pieces (`…并不代表美国之音。`, a generic opinion
//! disclaimer).
//!
//! Golden cases (`tests/golden/voa/`): `2020-english-title-video-only-media`,
//! `2020-video-audio-youtube-iframe-feedx`, `2020-weserv-image-small-caption`,
//! `2023-br-paragraphs-inline-image-feedx-best`, `2025-spacer-paragraphs-subheads`.

use super::{Outlet, Rules, Spec};
use crate::date::Zone;

pub(super) static SPEC: Spec = Spec {
    outlet: Outlet::Voa,
    name: "voa",
    hosts: &["voachinese.com", "voanews.com", "voacantonese.com"],
    body_marks: &[],
    rules: Rules {
        zone: Zone::UTC,
        ..Rules::NONE
    },
};
