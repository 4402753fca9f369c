//! Extraction: one walk over the body's tree, turning it into blocks,
//! images, videos, sounds, share links, the feed footer, boilerplate and
//! metadata.
//!
//! The data flow, for one body:
//!
//! 1. [`crate::html`] builds the tree, within its limits;
//! 2. [`dateline`] finds the date line at the top of the body (and the
//!    byline beside it);
//! 3. [`walk`] visits every node once, with an explicit stack, and hands
//!    each concern to its module: [`blocks`] gathers text into paragraphs,
//!    headings, list items and quotes and picks the lead; [`media`] keeps
//!    images, videos and sounds, where they stand among the blocks, and
//!    attaches captions and [`credits`] to them;
//!    [`boilerplate`] recognises containers and lines that are not article
//!    text (with [`disclaimer`], opinion disclaimers) and keeps their text;
//!    [`byline`] reads names; [`share`] reads share-block links.
//!
//! Every rule here applies to every host. What an outlet adds (zones,
//! markers, selectors, hooks) comes from its [`Spec`], chosen once.

pub(crate) mod blocks;
pub(crate) mod boilerplate;
pub(crate) mod byline;
pub(crate) mod credits;
pub(crate) mod dateline;
pub(crate) mod disclaimer;
pub(crate) mod furniture;
mod image_kind;
pub(crate) mod media;
pub(crate) mod nodes;
pub(crate) mod share;
mod walk;

use url::Url;

use crate::article::{
    Audio, Block, FeedFooter, Image, OtherImage, Published, ShareLink, Video, Warning,
};
use crate::html::Source;
use crate::options::ParseOptions;
use crate::outlets::Spec;

/// What the body yields.
#[derive(Debug, Default)]
pub(crate) struct Extracted {
    pub(crate) published: Option<Published>,
    pub(crate) byline: Option<String>,
    /// The line the byline was read from, when a line of the text gave it
    /// (`By Jane Doe, March 5, 2024`): the date it may hold.
    pub(crate) byline_line: Option<String>,
    pub(crate) lead: Option<String>,
    pub(crate) blocks: Vec<Block>,
    pub(crate) images: Vec<Image>,
    pub(crate) other_images: Vec<OtherImage>,
    pub(crate) videos: Vec<Video>,
    pub(crate) audio: Vec<Audio>,
    pub(crate) share_links: Vec<ShareLink>,
    pub(crate) feed_footer: Option<FeedFooter>,
    pub(crate) boilerplate: Vec<String>,
    pub(crate) warnings: Vec<Warning>,
}

/// Extracts the article from `body`, whose URLs resolve against `base`,
/// with the rules of `spec`.
pub(crate) fn extract(
    body: Source<'_>,
    base: &Url,
    spec: &'static Spec,
    options: &ParseOptions,
) -> Extracted {
    extract_split_at(body, base, spec, options, blocks::SPLIT_AT)
}

/// [`extract`], splitting long `<br><br>` runs from `split_at` bytes on.
fn extract_split_at(
    body: Source<'_>,
    base: &Url,
    spec: &'static Spec,
    options: &ParseOptions,
    split_at: usize,
) -> Extracted {
    let (dom, dropped) = crate::html::build(body, options.max_depth);
    let mut walker = walk::Walker::new(base, spec, split_at);
    if dropped.deep > 0 {
        walker
            .out
            .warnings
            .push(Warning::DepthLimited(dropped.deep));
    }
    if dropped.dense > 0 {
        walker
            .out
            .warnings
            .push(Warning::TooManyElements(dropped.dense));
    }
    if let Some(html) = dom.html() {
        walker.date_line(html);
        walker.walk(html);
    }
    walker.finish()
}

/// A snapshot of a generic blog post with `body` as its body, parsed: what
/// the extraction tests read.
#[cfg(test)]
pub(crate) fn blog_post(body: &str) -> crate::Article {
    crate::parse(&format!(
        "<!--1600000000000-->\n[t](https://blog.example/p)\n---\n\n{body}"
    ))
    .expect("parses")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outlets::{self, generic};

    /// Splitting `<br><br>` parts early gives what splitting them at the
    /// end of the block does, on random runs of text, line breaks, links,
    /// bold text, boilerplate and credit lines, and blocks.
    #[test]
    fn splitting_early_changes_nothing() {
        const PIECES: &[&str] = &[
            "word ",
            "词",
            " ",
            "<br>",
            "<br><br>",
            "<br><br><br>",
            "<a href=/a>link</a>",
            "<a href=/b>two<br><br>parts</a>",
            "<a href=/c>",
            "</a>",
            "<b>bold</b>",
            "<b>",
            "</b>",
            "责编：某某",
            "Feed enhanced by x",
            "编译 张涛",
            "<p>",
            "</p>",
            "<div>",
            "</div>",
            "<img src=/i.jpg>",
            "<span>",
            "</span>",
            "\n",
            "&nbsp;",
            "<!--c-->",
            "By Someone",
            "<div class=lead>",
            "<div class=standfirst>",
            "【大纪元2024年3月5日讯】",
        ];
        let base = Url::parse("https://www.voachinese.com/a/x.html").expect("a URL");
        let options = ParseOptions::default();
        let mut rng = crate::rng::Rng::new(0x6a09_e667_f3bc_c908_u64);
        let mut next = move |n: usize| rng.below(n);
        let dateline_in_text = outlets::all()
            .find(|s| s.rules.hooks.text_dateline.is_some())
            .expect("an outlet with a dateline in the text");
        let mut split = 0;
        for _ in 0..3_000 {
            let len = 1 + next(60);
            let body: String = (0..len).map(|_| PIECES[next(PIECES.len())]).collect();
            // With and without a dateline in the text to look for.
            for spec in [&generic::SPEC, dateline_in_text] {
                let late = extract_split_at(Source::Str(&body), &base, spec, &options, usize::MAX);
                let early = extract_split_at(Source::Str(&body), &base, spec, &options, 0);
                assert_eq!(format!("{early:?}"), format!("{late:?}"), "{body:?}");
                split += usize::from(early.blocks.len() > 1);
            }
        }
        assert!(split > 1_000, "{split}");
    }
}
