//! The Economist (economist.com).
//!
//! `<time … dateTime="2020-10-31T00:00:00Z">Oct 31st 2020</time>` dates the
//! page; midnight UTC exactly is the print issue's date, read as a date
//! (a generic rule of `<time>` values). The byline is
//! `<p itemprop="byline">by John Phipps</p>` (generic). Boilerplate: the
//! closing `This article appeared in the … section of the print edition`.
//!
//! Golden cases (`tests/golden/economist/`):
//! `2020-issue-date-midnight-utc-dateline-footnote`,
//! `2020-podcast-exact-time-acast-iframe-feedx`,
//! `2020-weserv-chart-figures-ornament`.

use super::{Markers, Outlet, Rules, Spec, TimePolicy};
use crate::date::Zone;

pub(super) static SPEC: Spec = Spec {
    outlet: Outlet::Economist,
    name: "economist",
    hosts: &["economist.com"],
    body_marks: &[],
    rules: Rules {
        time: TimePolicy::Dates(Zone::Unknown),
        markers: Markers {
            lines: &["This article appeared in the", "subscribe here"],
            ..Markers::NONE
        },
        ..Rules::NONE
    },
};
