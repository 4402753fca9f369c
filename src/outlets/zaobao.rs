//! 联合早报 (zaobao.com, zaobao.com.sg).
//!
//! No date line. Ad slots: `<section id="imu">`, `dfp-ad-*` and
//! `innity-in-post` containers; lazy images with placeholders (generic).
//!
//! Golden cases (`tests/golden/zaobao/`):
//! `2020-ideographic-space-title-trailing-br-ads`,
//! `2020-lazy-placeholder-image-figcaptions-ads`,
//! `2020-smallest-three-paragraphs-ads-only`.

use super::{Captions, Hooks, Markers, Outlet, Spec, TimePolicy};
use crate::date::Zone;

pub(super) static SPEC: Spec = Spec {
    outlet: Outlet::Zaobao,
    name: "zaobao",
    hosts: &["zaobao.com", "zaobao.com.sg"],
    zone: Zone::Unknown,
    date_grammar: None,
    time: TimePolicy::Ignore,
    markers: Markers {
        containers: &["dfp-ad", "innity"],
        container_ids: &["imu"],
        ..Markers::NONE
    },
    captions: Captions::NONE,
    hooks: Hooks::NONE,
};
