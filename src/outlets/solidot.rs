//! Solidot (solidot.org).
//!
//! Plain-text bodies without tags, bare `<img>`s; nothing beyond the
//! generic rules.
//!
//! Golden cases (`tests/golden/solidot/`): `2020-plain-text-space-run-bare-img`,
//! `2020-plain-text-two-links-double-space`, `2020-story-sid-url-plain-text-link-logo-image`.

use super::{Outlet, Rules, Spec};

pub(super) static SPEC: Spec = Spec {
    outlet: Outlet::Solidot,
    name: "solidot",
    hosts: &["solidot.org"],
    body_marks: &[],
    rules: Rules::NONE,
};
