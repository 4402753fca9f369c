//! Radio Taiwan International 中央廣播電臺 (rti.org.tw).
//!
//! Teasers with bracketed category titles (`【…】`); nothing beyond the
//! generic rules.
//!
//! Golden cases (`tests/golden/rti/`): `2020-bracket-category-title-teaser-no-image`,
//! `2020-bracket-parentheses-title-teaser`, `2020-bracket-shenghuo-title-image-alt-teaser`.

use super::{Outlet, Rules, Spec};

pub(super) static SPEC: Spec = Spec {
    outlet: Outlet::Rti,
    name: "rti",
    hosts: &["rti.org.tw"],
    body_marks: &[],
    rules: Rules::NONE,
};
