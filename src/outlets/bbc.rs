//! BBC News 中文 (bbc.com, bbc.co.uk).
//!
//! Dates: `<div><i>2020年 7月 20日</i></div>` (a generic Chinese date), and
//! from 2023 `<time dateTime="2024-08-07">15 分钟前</time>`: `<time>` dates
//! the page, and its relative text is not article text. Both give a date
//! only, so the zone is unknown.
//!
//! The byline (2023+) is a list opening the page, names then affiliation:
//!
//! ```html
//! <ul role="list"><li>张三</li><li>BBC新闻，华盛顿</li></ul>
//! ```
//!
//! The caption rule: captions are `<figcaption>` or carry a class with
//! `caption` (`media-caption`, `caption-paragraph`: generic rules); credits
//! carry a class with `copyright` (`story-image-copyright`: generic), or are
//! a paragraph opening with the label `图像来源，` (here):
//!
//! ```html
//! <figure><img …><p><span>图像来源，</span><span>Getty Images</span></p>
//! <figcaption><span class="off-screen">图片说明，</span>caption</figcaption></figure>
//! ```
//!
//! The `off-screen` label is for screen readers only and is dropped. The
//! standfirst is `story-body__introduction`. Boilerplate: `bbccom_advert`,
//! `bbccom_slot` and `mpu-ad` slots, and the media player's fallback line
//! `你的器材不支持播放多媒体材料`.
//!
//! Golden cases (`tests/golden/bbc/`): `2020-captions-copyright-credits-crossheads`,
//! `2020-chart-images-feedx-credit-lines`, `2020-title-only-video-page`,
//! `2020-waimei-figure-no-date-related-list`, `2023-time-media-player-related-lists`,
//! `2024-byline-list-caption-paragraphs`.

use super::{Captions, Hooks, Markers, Outlet, Rules, Spec, TimePolicy};
use crate::date::Zone;

pub(super) static SPEC: Spec = Spec {
    outlet: Outlet::Bbc,
    name: "bbc",
    hosts: &["bbc.com", "bbc.co.uk"],
    body_marks: &[],
    rules: Rules {
        time: TimePolicy::Dates(Zone::Unknown),
        markers: Markers {
            containers: &["bbccom_advert", "bbccom_slot", "mpu-ad"],
            hidden: &["off-screen"],
            lines: &[
                "你的器材不支持播放多媒体材料",
                "你的設備不支持播放多媒體材料",
            ],
            ..Markers::NONE
        },
        captions: Captions {
            credit_labels: &["图像来源，", "图像来源,"],
            lead_classes: &["introduction"],
            ..Captions::NONE
        },
        hooks: Hooks {
            byline_list: Some(byline_names),
            ..Hooks::NONE
        },
        ..Rules::NONE
    },
};

/// The names of the opening byline list: the items that are not the
/// affiliation (`BBC新闻，华盛顿`).
fn byline_names(items: &[String]) -> Option<Vec<String>> {
    let names: Vec<String> = items
        .iter()
        .filter(|line| !line.contains("BBC"))
        .cloned()
        .collect();
    (!names.is_empty()).then_some(names)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn affiliations_are_not_names() {
        let items = ["张三".to_owned(), "BBC新闻，华盛顿".to_owned()];
        assert_eq!(byline_names(&items), Some(vec!["张三".to_owned()]));
        assert_eq!(byline_names(&items[1..]), None);
    }
}
