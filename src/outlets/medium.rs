//! Medium (medium.com, its `*.medium.com` blogs, and the custom domains it
//! serves blogs under).
//!
//! Medium's feeds give the post's HTML with its figures and a view-counting
//! pixel, or for some feeds only a snippet:
//!
//! ```html
//! <figure><img alt="" src="https://cdn-images-1.medium.com/max/1024/0*-VOYSRKG8nx4khRP" />
//! <figcaption>Photo by <a href="https://unsplash.com/@timstief?…">Tim Stief</a> on <a …>Unsplash</a></figcaption></figure>
//! <p>…</p><img src="https://medium.com/_/stat?event=post.clientViewed&referrerSource=full_rss&postId=a1cbf3ae1997" width="1" height="1" alt="">
//! <hr><p><a …>Title</a> was originally published in <a …>cymetrics</a> on Medium, where people are continuing the conversation…</p>
//!
//! <div class="medium-feed-item"><p class="medium-feed-snippet">…</p>
//! <p class="medium-feed-link"><a …>Continue reading on Medium »</a></p></div>
//! ```
//!
//! The generic rules read all of it: figures, `Photo by … on Unsplash`
//! credits, the pixel (an `other_images` tracking pixel), the republication
//! note and the `Continue reading` link (feed furniture). Medium pages state
//! no date and no byline in the body.
//!
//! What is Medium's own: the pixel and the snippet's `medium-feed-item` are
//! its [body marks](super::Spec::body_marks), by which a page on a custom
//! domain is known as Medium's. Its CDN images (`cdn-images-1.medium.com`)
//! are no mark: other platforms hotlink them (the corpus's Matters post
//! `matters.news/001` shows three). Boilerplate: LikeCoin's like-button
//! embeds, iframes of `cdn.embedly.com/widgets/media.html?src=https%3A%2F%2Fbutton.like.co…`
//! that are no video, and the clap prompt `在下面點擊「拍手」就可以支持我們…`.
//!
//! Golden cases (`tests/golden/medium/`): `2017-feed-snippet-image-continue-reading`,
//! `2019-soundfury-republication-note`, `2020-clap-prompt-quotes-related-reading`,
//! `2020-comment-reply-two-lines`, `2020-likecoin-embed-publication-note`,
//! `2021-figures-captions-lists`, `2021-front-matter-unsplash-credit-lists`.

use super::{Markers, Outlet, Rules, Spec};

pub(super) static SPEC: Spec = Spec {
    outlet: Outlet::Medium,
    name: "medium",
    hosts: &["medium.com"],
    body_marks: &["medium.com/_/stat?event=", "medium-feed-item"],
    rules: Rules {
        markers: Markers {
            container_values: &["button.like.co"],
            lines: &["點擊「拍手」"],
            ..Markers::NONE
        },
        ..Rules::NONE
    },
};
