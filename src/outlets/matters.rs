//! Matters (matters.news, and matters.town, its domain since 2023).
//!
//! Posts are the author's HTML: figures with a caption span, embedded
//! videos and audio, `<pre class="ql-syntax">` code. No date line and no
//! byline in the body.
//!
//! ```html
//! <figure class="image"><picture><source type="image/webp" srcset="…/processed/1080w/embed/….webp">…
//! <img src="https://assets.matters.news/embed/….jpeg"></picture><figcaption><span>caption</span></figcaption></figure>
//! <figure class="embed-video"><div class="iframe-container"><iframe src="https://www.youtube.com/embed/…"></iframe></div>
//! <figcaption><span>caption</span></figcaption></figure>
//! ```
//!
//! The generic rules read all of that. What is Matters's own is LikeCoin's
//! `收藏本文的 Writing NFT 版本` line under posts, and the audio player's
//! widget, whose title and times are no article text (the `<audio>` itself
//! is not kept):
//!
//! ```html
//! <figure class="audio"><audio …><source src="https://assets.matters.news/embedaudio/….mpga"></audio>
//! <div class="player"><header><div class="meta"><h4 class="title">夜間飛行20210312F</h4>
//! <div class="time"><span class="current" data-time="00:00"></span>…</div></div>…</header>…</div>
//! <figcaption><span>夜間飛行20210312 | …</span></figcaption></figure>
//! ```
//!
//! Golden cases (`tests/golden/matters/`): `2018-hotlinked-medium-images-empty-captions`,
//! `2019-front-matter-author-date-written-line`, `2021-audio-player-widget-song-headings`,
//! `2021-title-only-repost`, `2022-caption-copyright-republication-note`,
//! `2024-book-card-byline-promo-lines`.

use super::{Markers, Outlet, Rules, Spec};

pub(super) static SPEC: Spec = Spec {
    outlet: Outlet::Matters,
    name: "matters",
    hosts: &["matters.news", "matters.town"],
    body_marks: &[],
    rules: Rules {
        markers: Markers {
            containers: &["player"],
            // LikeCoin's line under posts: collect the post as an NFT.
            lines: &["的 Writing NFT 版本"],
            ..Markers::NONE
        },
        ..Rules::NONE
    },
};
