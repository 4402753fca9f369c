//! 联合早报 (zaobao.com, zaobao.com.sg).
//!
//! No date line. Ad slots: `<section id="imu">`, `dfp-ad-*` and
//! `innity-in-post` containers; lazy images with placeholders (generic).
//!
//! Golden cases (`tests/golden/zaobao/`):
//! `2020-ideographic-space-title-trailing-br-ads`,
//! `2020-lazy-placeholder-image-figcaptions-ads`,
//! `2020-smallest-three-paragraphs-ads-only`.

use super::{Markers, Outlet, Rules, Spec};

pub(super) static SPEC: Spec = Spec {
    outlet: Outlet::Zaobao,
    name: "zaobao",
    hosts: &["zaobao.com", "zaobao.com.sg"],
    body_marks: &[],
    rules: Rules {
        markers: Markers {
            containers: &["dfp-ad", "innity"],
            container_ids: &["imu"],
            ..Markers::NONE
        },
        ..Rules::NONE
    },
};
