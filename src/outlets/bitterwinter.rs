//! Bitter Winter 寒冬 (bitterwinter.org).
//!
//! WordPress: `wp-caption` figures and the donate banner in a `widget`
//! (generic), and the closing `The post … first appeared on Bitter Winter`.
//!
//! Golden cases (`tests/golden/bitterwinter/`):
//! `2020-author-line-figcaption-links-no-footer`,
//! `2020-h2-dek-nine-figures-back-to-back-donate`,
//! `2020-keyword-links-reporter-line-donate`.

use super::{Markers, Outlet, Rules, Spec};

pub(super) static SPEC: Spec = Spec {
    outlet: Outlet::BitterWinter,
    name: "bitterwinter",
    hosts: &["bitterwinter.org"],
    body_marks: &[],
    rules: Rules {
        markers: Markers {
            lines: &["first appeared on Bitter Winter"],
            ..Markers::NONE
        },
        ..Rules::NONE
    },
};
