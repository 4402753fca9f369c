//! 纽约时报中文网 (nytimes.com).
//!
//! The date line, byline first, is Beijing wall-clock time:
//!
//! ```html
//! <div><i>KARA SWISHER<br>2020-07-20 19:22:17</i></div>
//! ```
//!
//! From 2022 the page opens `<address>…</address><time pudate="2022-03-16 05:58:59">`.
//! `<time>` dates the page. **Assumption:** its wall-clock value is read as
//! UTC−4 all year; this fits line 1 on the three corpus files that have it
//! (March, August and February), too few to tell a fixed offset from New
//! York time with summer time.
//!
//! Figures: `<figure>…<figcaption>…<cite>credit</cite></figcaption>`
//! (`<cite>` credits are generic). Boilerplate: a closing `<footer>` of
//! translator credits (generic), `（欢迎点击此处订阅NYT简报…）` and
//! `点击查看本文英文版`.
//!
//! Golden cases (`tests/golden/nyt/`): `2020-duplicated-byline-feedx-footer-credits`,
//! `2020-outlet-byline-subscribe-line-credit`, `2022-address-time-pudate-footer`,
//! `2024-figure-cite-credit-small-captions`, `2025-cite-only-figcaption`.

use super::{Markers, Outlet, Rules, Spec, TimePolicy};
use crate::date::Zone;

pub(super) static SPEC: Spec = Spec {
    outlet: Outlet::Nyt,
    name: "nyt",
    hosts: &["nytimes.com"],
    body_marks: &[],
    rules: Rules {
        zone: Zone::BEIJING,
        time: TimePolicy::Dates(Zone::east(-4)),
        markers: Markers {
            lines: &[
                "订阅NYT简报",
                "點擊此處訂閱",
                "点击查看本文英文版",
                "點擊查看本文英文版",
                "欢迎点击此处订阅",
                "歡迎點擊此處訂閱",
            ],
            ..Markers::NONE
        },
        ..Rules::NONE
    },
};
