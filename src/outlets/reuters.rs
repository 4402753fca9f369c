//! Reuters 路透中文 (reuters.com).
//!
//! The date line is an ISO time in UTC, with or without `Z` (to April 2022):
//!
//! ```html
//! <div><i>2020-07-20T10:20:18</i></div>
//! ```
//!
//! Boilerplate: the `Attribution_container` credits box and the
//! `汤森路透“信任原则”` trust line.
//!
//! Golden cases (`tests/golden/reuters/`): `2020-empty-body`,
//! `2020-figure-caption-ticker-links-feedx`, `2020-local-date-line-credits-trust-badge`,
//! `2020-wrapped-z-date-line-no-credits`, `2022-z-date-line-end-marker-paragraph`.

use super::{Markers, Outlet, Rules, Spec};
use crate::date::Zone;

pub(super) static SPEC: Spec = Spec {
    outlet: Outlet::Reuters,
    name: "reuters",
    hosts: &["reuters.com"],
    body_marks: &[],
    rules: Rules {
        zone: Zone::UTC,
        markers: Markers {
            containers: &["Attribution_container"],
            lines: &["信任原则"],
            ..Markers::NONE
        },
        ..Rules::NONE
    },
};
