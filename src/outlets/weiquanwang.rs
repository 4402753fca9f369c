//! 维权网 (wqw2010.blogspot.com).
//!
//! Blogger posts, often Word HTML; nothing beyond the generic rules.
//!
//! Golden cases (`tests/golden/weiquanwang/`): `2020-257kb-word-html-report`,
//! `2020-image-only-blogspot-ms-timestamp`, `2020-word-html-four-images-ms-timestamp`.

use super::{Outlet, Rules, Spec};

pub(super) static SPEC: Spec = Spec {
    outlet: Outlet::Weiquanwang,
    name: "weiquanwang",
    hosts: &["wqw2010.blogspot.com"],
    body_marks: &[],
    rules: Rules::NONE,
};
