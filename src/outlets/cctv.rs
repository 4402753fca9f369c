//! CCTV 新闻联播 text (cctv.com, govopendata.com).
//!
//! Transcripts of the evening news: a headline list, then the items. Any
//! wall-clock date line is Beijing time.
//!
//! Golden cases (`tests/golden/cctv/`): `2020-headline-list-book-title-marks`,
//! `2020-headline-list-dash-title`, `2020-headline-list-truncated-title`.

use super::{Outlet, Rules, Spec};
use crate::date::Zone;

pub(super) static SPEC: Spec = Spec {
    outlet: Outlet::Cctv,
    name: "cctv",
    hosts: &["cctv.com", "govopendata.com"],
    body_marks: &[],
    rules: Rules {
        zone: Zone::BEIJING,
        ..Rules::NONE
    },
};
