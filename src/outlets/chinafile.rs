//! ChinaFile (chinafile.com), the Asia Society's magazine.
//!
//! Drupal pages: a featured photo with its credit and caption, the body,
//! and on Conversation pages the contributors' answers, each under a card
//! with the contributor's name. No date line; the byline is not in the
//! body (the front matter's `author:` fills it where there is one).
//!
//! ```html
//! <div class="view view-featured-photo …"><div class="views-field views-field-field-common-featured-photo">
//! <a href="….jpg" class="colorbox"><img src="https://www.chinafile.com/sites/default/files/styles/large/public/….jpg"></a></div>
//! <div class="photo-credit">Melissa Sue Gerrits—Getty Images</div><div class="photo-caption"><p>A student …</p></div></div>
//! <div id="comments" class="comment-wrapper"><h2 class="title">Comments</h2>
//! <article class="comment comment-by-node-author"><div class="node node-profile cboxes contributor …">
//! <img src="…/epsacrop_220x220/…/profile/….jpg"><h3><a href="https://www.chinafile.com/contributors/sheena-greitens">Sheena Greitens</a></h3></div>…
//! ```
//!
//! Credits and captions (`photo-credit`, `photo-caption`) and the
//! contributors' pictures (avatars) are generic rules. ChinaFile's own:
//! the `Comments` title of the Conversation's answers, which is page
//! furniture (the names under it stay headings), and the teaser boxes of
//! related articles inside the body, with their dates, images and
//! abstracts:
//!
//! ```html
//! <div class="node node-article cboxes article align-left grid-4 img-yes logo-no"><div class="cboxes-inner">
//! <div class="cb-head"><h3><a href="…/reporting-opinion/postcard">Postcard</a></h3><span class="date">10.24.18</span></div>
//! <div class="cb-img"><img src="…/article/system/uighur-home-sys.jpg"></div>
//! <div class="cb-cont"><h2><a href="…">China’s Government Has Ordered …</a></h2>…</div></div></div>
//! ```
//!
//! Golden cases (`tests/golden/chinafile/`): `2020-front-matter-featured-photo-credits`,
//! `2020-video-embed-book-review-label`, `2021-conversation-comments-title-contributors`,
//! `2024-related-article-box-credits`, `2024-title-only-gallery`.

use super::{Markers, Outlet, Rules, Spec};

pub(super) static SPEC: Spec = Spec {
    outlet: Outlet::ChinaFile,
    name: "chinafile",
    hosts: &["chinafile.com"],
    body_marks: &[],
    rules: Rules {
        markers: Markers {
            containers: &["node-article"],
            labels: &["Comments"],
            ..Markers::NONE
        },
        ..Rules::NONE
    },
};
