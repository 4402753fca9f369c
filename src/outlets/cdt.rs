//! China Digital Times 中国数字时代 (chinadigitaltimes.net).
//!
//! No date line; older archives use the `日期：` header variant (read by the
//! header). The `CDT 档案卡` info card is an `su-spoiler` box; AddToAny share
//! links and the Ozh `Feed enhanced by` footer are generic; a stray
//! `get_post_time` template line is boilerplate.
//!
//! Golden cases (`tests/golden/cdt/`, `tests/golden/cdt_no_timestamp/`):
//! `2020-empty-body`, `2020-tweet-youtube-ozh-footer`, `2022-info-card-addtoany`,
//! `2024-addtoany-short-post`, `legacy-date-line-bold-lead-dw-repost`,
//! `legacy-date-line-srcset-image`, `legacy-date-line-youtube-iframe`.

use super::{Markers, Outlet, Rules, Spec};

pub(super) static SPEC: Spec = Spec {
    outlet: Outlet::Cdt,
    name: "cdt",
    hosts: &["chinadigitaltimes.net"],
    body_marks: &[],
    rules: Rules {
        markers: Markers {
            containers: &["su-spoiler"],
            lines: &["get_post_time"],
            ..Markers::NONE
        },
        ..Rules::NONE
    },
};
