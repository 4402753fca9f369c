//! Solidot (solidot.org).
//!
//! Plain-text bodies without tags, bare `<img>`s; nothing beyond the
//! generic rules.
//!
//! Golden cases (`tests/golden/solidot/`): `2020-plain-text-space-run-bare-img`,
//! `2020-plain-text-two-links-double-space`, `2020-story-sid-url-plain-text-link-logo-image`.

use super::{Captions, Hooks, Markers, Outlet, Spec, TimePolicy};
use crate::date::Zone;

pub(super) static SPEC: Spec = Spec {
    outlet: Outlet::Solidot,
    name: "solidot",
    hosts: &["solidot.org"],
    zone: Zone::Unknown,
    date_grammar: None,
    time: TimePolicy::Ignore,
    markers: Markers::NONE,
    captions: Captions::NONE,
    hooks: Hooks::NONE,
};
