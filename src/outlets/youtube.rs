//! YouTube channel feeds (youtube.com, youtu.be).
//!
//! The body is the video's plain-text description; the video is the watch
//! page itself (`https://www.youtube.com/watch?v=…`), which [`watch_page`]
//! adds after the body's own media.
//!
//! Golden cases (`tests/golden/youtube/`): `2021-hashtag-only-description`,
//! `2021-plain-text-description-watch-video`,
//! `2022-parentheses-title-plain-description`.

use url::Url;

use super::{Hooks, Outlet, Rules, Spec};

pub(super) static SPEC: Spec = Spec {
    outlet: Outlet::Youtube,
    name: "youtube",
    hosts: &["youtube.com", "youtu.be"],
    body_marks: &[],
    rules: Rules {
        hooks: Hooks {
            page_video: Some(watch_page),
            ..Hooks::NONE
        },
        ..Rules::NONE
    },
};

/// The page's URL when it names a video (`?v=…`).
fn watch_page(url: &Url) -> Option<Url> {
    url.query_pairs()
        .any(|(k, _)| k == "v")
        .then(|| url.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn watch_pages_are_videos() {
        let url = Url::parse("https://www.youtube.com/watch?v=abc").unwrap();
        assert_eq!(watch_page(&url), Some(url));
        let url = Url::parse("https://www.youtube.com/channel/x").unwrap();
        assert_eq!(watch_page(&url), None);
    }
}
