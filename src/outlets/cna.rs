//! Central News Agency 中央社 (cna.com.tw).
//!
//! No date line. Images are lazy (`data-src`, generic) in
//! `<div class="fullPic">…<div class="picinfo">caption</div>`: `picinfo`
//! marks the caption. Boilerplate: the `moreArticle` related list and the
//! `Subscription` newsletter box.
//!
//! Golden cases (`tests/golden/cna/`):
//! `2020-bracketed-title-data-src-iframes-subscription-box`,
//! `2020-bracketed-title-four-videos-with-posters`,
//! `2020-fullpic-weserv-picinfo-lazy-images-instagram`,
//! `2020-inline-link-fb-video-div-more-article-feedx`.

use super::{Captions, Markers, Outlet, Rules, Spec};

pub(super) static SPEC: Spec = Spec {
    outlet: Outlet::Cna,
    name: "cna",
    hosts: &["cna.com.tw"],
    body_marks: &[],
    rules: Rules {
        markers: Markers {
            containers: &["moreArticle", "Subscription"],
            ..Markers::NONE
        },
        captions: Captions {
            classes: &["picinfo"],
            ..Captions::NONE
        },
        ..Rules::NONE
    },
};
