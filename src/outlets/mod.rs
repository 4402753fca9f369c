//! Outlets: what newsnap knows of each news outlet, one file per outlet,
//! over a generic default.
//!
//! The extraction ([`crate::extract`]) is the same for every host. An outlet
//! adds to it only what its pages need, described by a [`Spec`]:
//!
//! - its **hosts** (subdomains included) and the name used in JSON, and the
//!   **body marks** that give its pages away under other hosts;
//! - its **date line**: the zone it is written in, and a grammar of its own
//!   where the generic ones do not read it (RFI's `06/11/2023 - 22:40`);
//! - its **`<time>` policy**: whether `<time datetime>` dates its pages, and
//!   in which zone wall-clock values are;
//! - its **boilerplate markers**: class and id tokens of ad and promo
//!   containers, marker attributes, screen-reader-only text, share-block
//!   heads, and the text of its promo, disclaimer and copyright lines;
//! - its **caption and credit selectors**: caption classes and elements,
//!   credit labels, standfirst classes;
//! - **hooks**, small functions for the few habits that need code (BBC's
//!   opening byline list, Epoch Times' dateline in the text, the reporters
//!   of RFA's credits, YouTube's watch page, 燕京书评's and Nikkei's byline
//!   lines, the time 燕京书评's post ids encode).
//!
//! The outlet is chosen once, from the URL's host ([`Outlet::from_url`]),
//! or, for a host newsnap does not know, from markup of the body that only
//! one outlet writes ([`Spec::body_marks`], [`Outlet::from_page`]: Medium
//! serves its blogs under custom domains); [`spec`] then gives its rules.
//! An outlet's rules apply to its own pages only; [`generic`] holds the
//! rules that apply to every host, and the default for hosts newsnap does
//! not know.
//!
//! Each outlet's file quotes the markup it reads and lists its golden cases
//! (`tests/golden/<outlet>/`). To add an outlet, see `CONTRIBUTING.md`.

use std::fmt;

use chrono::{DateTime, Utc};
use url::Url;

use crate::article::Published;
use crate::date::{Grammar, Zone};

mod allnow;
mod bbc;
mod bitterwinter;
mod cctv;
mod cdt;
mod chinafile;
mod cna;
mod dw;
mod economist;
mod epochtimes;
mod ft;
pub(crate) mod generic;
mod initium;
mod matters;
mod medium;
mod nikkei;
mod nyt;
mod reuters;
mod rfa;
mod rfi;
mod rti;
mod solidot;
mod voa;
mod weiquanwang;
mod youtube;
mod zaobao;

/// The news outlet of an article, known from its URL's host (or, for an
/// unknown host, from its body: see [`Outlet::from_page`]).
///
/// Outlets order by their [name](Self::as_str): the known ones
/// alphabetically, then [`Outlet::Other`] hosts alphabetically.
///
/// ```
/// use newsnap::Outlet;
/// let url = url::Url::parse("https://www.rfi.fr/cn/a").unwrap();
/// assert_eq!(Outlet::from_url(&url), Outlet::Rfi);
/// let url = url::Url::parse("https://news.example.org/a").unwrap();
/// assert_eq!(Outlet::from_url(&url), Outlet::Other("news.example.org".into()));
/// assert_eq!(Outlet::Other("news.example.org".into()).as_str(), "news.example.org");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Outlet {
    /// 燕京书评 of 全现在 (allnow.com).
    Allnow,
    /// BBC News 中文 (bbc.com, bbc.co.uk).
    Bbc,
    /// Bitter Winter 寒冬 (bitterwinter.org).
    BitterWinter,
    /// CCTV 新闻联播 text (cctv.com, govopendata.com).
    Cctv,
    /// China Digital Times 中国数字时代 (chinadigitaltimes.net).
    Cdt,
    /// ChinaFile (chinafile.com).
    ChinaFile,
    /// Central News Agency 中央社 (cna.com.tw).
    Cna,
    /// Deutsche Welle 德国之声 (dw.com).
    Dw,
    /// The Economist (economist.com).
    Economist,
    /// The Epoch Times 大纪元 (epochtimes.com).
    EpochTimes,
    /// FT中文网 (ft.com, ftchinese.com).
    Ft,
    /// 端传媒 Initium Media (theinitium.com).
    Initium,
    /// Matters (matters.news, matters.town).
    Matters,
    /// Medium (medium.com, and custom domains known by their markup).
    Medium,
    /// 日经中文网 Nikkei Chinese (cn.nikkei.com).
    Nikkei,
    /// 纽约时报中文网 (nytimes.com).
    Nyt,
    /// Reuters 路透中文 (reuters.com).
    Reuters,
    /// Radio Free Asia 自由亚洲电台 (rfa.org).
    Rfa,
    /// RFI 法广 (rfi.fr).
    Rfi,
    /// Radio Taiwan International 中央廣播電臺 (rti.org.tw).
    Rti,
    /// Solidot (solidot.org).
    Solidot,
    /// Voice of America 美国之音 (voachinese.com, voanews.com).
    Voa,
    /// 维权网 (wqw2010.blogspot.com).
    Weiquanwang,
    /// YouTube channel feeds (youtube.com, youtu.be).
    Youtube,
    /// 联合早报 (zaobao.com, zaobao.com.sg).
    Zaobao,
    /// Any other host, lowercase.
    Other(String),
}

/// An outlet: who it is, and what it adds to the generic extraction.
pub(crate) struct Spec {
    /// The outlet ([`Outlet::Other`] for the generic default).
    pub(crate) outlet: Outlet,
    /// The lowercase name used in JSON.
    pub(crate) name: &'static str,
    /// Hosts, matched on label boundaries (`www.rfi.fr` is `rfi.fr`).
    pub(crate) hosts: &'static [&'static str],
    /// Markup that gives the outlet away in a body whose host newsnap does
    /// not know: strings only the outlet's own pages hold, never text a
    /// page could quote (Medium's `medium.com/_/stat` pixel on its custom
    /// domains). Matched as substrings of the raw body, case-sensitively.
    pub(crate) body_marks: &'static [&'static str],
    /// Its rules.
    pub(crate) rules: Rules,
}

/// What an outlet adds to the generic extraction.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Rules {
    /// The zone of the body's date line.
    pub(crate) zone: Zone,
    /// A date-line grammar of the outlet's own, tried after RFC 2822 and
    /// RFC 3339 and before the generic ISO-like and Chinese forms.
    pub(crate) date_grammar: Option<Grammar>,
    /// Whether `<time datetime>` dates the outlet's pages.
    pub(crate) time: TimePolicy,
    /// Containers and lines that are not article text.
    pub(crate) markers: Markers,
    /// Captions, photo credits and standfirsts.
    pub(crate) captions: Captions,
    /// Habits that need code.
    pub(crate) hooks: Hooks,
}

/// How `<time datetime>` elements date an article.
#[derive(Debug, Clone, Copy)]
pub(crate) enum TimePolicy {
    /// A `<time>` dates the article only before any text: later ones belong
    /// to embedded posts. The default for unknown hosts.
    BeforeText,
    /// The outlet dates its pages with `<time>`: the first readable one
    /// dates the article, and its text (`15 分钟前`) is not article text.
    /// Wall-clock values are read in this zone.
    Dates(Zone),
    /// `<time>` never dates the outlet's pages.
    Ignore,
}

/// Boilerplate markers (see [`crate::extract::boilerplate`] for how they are
/// matched). All lists may be empty.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Markers {
    /// Class or id tokens, matched as a token's prefix or suffix, of ad,
    /// promo, related-article, credit and info-card containers: their text
    /// goes to `boilerplate`.
    pub(crate) containers: &'static [&'static str],
    /// Whole `id` values of such containers.
    pub(crate) container_ids: &'static [&'static str],
    /// Text that marks such a container when found in the value of an
    /// attribute other than `class`, `id` and `aria-label` (settings JSON).
    pub(crate) container_values: &'static [&'static str],
    /// Attributes whose mere presence marks such a container.
    pub(crate) container_attributes: &'static [&'static str],
    /// Class or id tokens (prefix or suffix) of share blocks.
    pub(crate) share: &'static [&'static str],
    /// Attributes whose mere presence marks a share block.
    pub(crate) share_attributes: &'static [&'static str],
    /// The whole first text of a `<div>` that opens a share block.
    pub(crate) share_heads: &'static [&'static str],
    /// Class or id tokens (prefix or suffix) of screen-reader-only text,
    /// which is dropped.
    pub(crate) hidden: &'static [&'static str],
    /// Text that marks a block as boilerplate wherever it occurs in it.
    pub(crate) lines: &'static [&'static str],
    /// Whole (trimmed) block texts that are boilerplate: labels of emptied
    /// ad slots and share blocks.
    pub(crate) labels: &'static [&'static str],
}

impl Rules {
    /// Nothing beyond the generic rules: no zone, no grammar of its own,
    /// `<time>` ignored, no markers, selectors or hooks. Outlet files start
    /// from it and set what they need.
    pub(crate) const NONE: Rules = Rules {
        zone: Zone::Unknown,
        date_grammar: None,
        time: TimePolicy::Ignore,
        markers: Markers::NONE,
        captions: Captions::NONE,
        hooks: Hooks::NONE,
    };
}

impl Markers {
    /// No markers.
    pub(crate) const NONE: Markers = Markers {
        containers: &[],
        container_ids: &[],
        container_values: &[],
        container_attributes: &[],
        share: &[],
        share_attributes: &[],
        share_heads: &[],
        hidden: &[],
        lines: &[],
        labels: &[],
    };
}

/// Caption, credit and standfirst selectors. All lists may be empty.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Captions {
    /// Whole class tokens that mark a caption element.
    pub(crate) classes: &'static [&'static str],
    /// Labels that open a photo credit (`图像来源，Getty Images`); the label
    /// is not part of the credit.
    pub(crate) credit_labels: &'static [&'static str],
    /// Inside a caption that has text already, a `<span>` is its credit
    /// (`<figcaption><span>caption</span> <span>credit</span>`).
    pub(crate) credit_spans: bool,
    /// Text within a class token that marks a standfirst.
    pub(crate) lead_classes: &'static [&'static str],
    /// Element names that caption the image or video they follow, though
    /// no class says so: Nikkei's layout tables give the caption the cell
    /// below the image's (`<tr><td><img></td></tr><tr><td>资料图</td></tr>`).
    pub(crate) tags: &'static [&'static str],
}

impl Captions {
    /// No selectors.
    pub(crate) const NONE: Captions = Captions {
        classes: &[],
        credit_labels: &[],
        credit_spans: false,
        lead_classes: &[],
        tags: &[],
    };
}

/// Small functions for habits that data cannot describe. Each is `None`
/// for outlets without the habit.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hooks {
    /// An opening `<ul>` whose items are each one short line of text without
    /// links: the byline's names among those lines, if the list is a byline.
    pub(crate) byline_list: Option<BylineList>,
    /// A dateline in a block's text (until the article has a date).
    pub(crate) text_dateline: Option<fn(&str) -> Option<Published>>,
    /// The byline named in a credits line dropped as boilerplate (until the
    /// article has a byline).
    pub(crate) credits_byline: Option<fn(&str) -> Option<String>>,
    /// A video that the page's URL itself is.
    pub(crate) page_video: Option<fn(&Url) -> Option<Url>>,
    /// The byline named by a line of the outlet's own form (燕京书评's
    /// `采写丨张弘`), tried where the generic byline lines are: the line
    /// leaves the text.
    pub(crate) byline_line: Option<fn(&str) -> Option<String>>,
    /// The instant the page's URL states, when line 1 holds no timestamp:
    /// tried before the generic dates of URL paths (燕京书评's post ids
    /// encode when the post was made).
    pub(crate) url_time: Option<UrlTime>,
}

/// Reads the byline's names among a list's lines (see [`Hooks::byline_list`]).
pub(crate) type BylineList = fn(&[String]) -> Option<Vec<String>>;

/// Reads the instant a page's URL states (see [`Hooks::url_time`]).
pub(crate) type UrlTime = fn(&Url) -> Option<DateTime<Utc>>;

impl Hooks {
    /// No hooks.
    pub(crate) const NONE: Hooks = Hooks {
        byline_list: None,
        text_dateline: None,
        credits_byline: None,
        page_video: None,
        byline_line: None,
        url_time: None,
    };
}

/// The known outlets, in the order of [`Outlet`]'s variants.
const REGISTRY: &[&Spec] = &[
    &allnow::SPEC,
    &bbc::SPEC,
    &bitterwinter::SPEC,
    &cctv::SPEC,
    &cdt::SPEC,
    &chinafile::SPEC,
    &cna::SPEC,
    &dw::SPEC,
    &economist::SPEC,
    &epochtimes::SPEC,
    &ft::SPEC,
    &initium::SPEC,
    &matters::SPEC,
    &medium::SPEC,
    &nikkei::SPEC,
    &nyt::SPEC,
    &reuters::SPEC,
    &rfa::SPEC,
    &rfi::SPEC,
    &rti::SPEC,
    &solidot::SPEC,
    &voa::SPEC,
    &weiquanwang::SPEC,
    &youtube::SPEC,
    &zaobao::SPEC,
];

impl Spec {
    /// The rules in force on this outlet's pages: its own, then the generic
    /// ones (only these for the generic default itself).
    pub(crate) fn layers(&self) -> impl Iterator<Item = &Rules> {
        let own = (!std::ptr::eq(self, &generic::SPEC)).then_some(&self.rules);
        own.into_iter().chain(std::iter::once(&generic::SPEC.rules))
    }
}

/// How many specs there are: the known outlets and the generic default.
pub(crate) const COUNT: usize = REGISTRY.len() + 1;

/// The rules of `outlet`: its own, or the generic default for
/// [`Outlet::Other`].
pub(crate) fn spec(outlet: &Outlet) -> &'static Spec {
    REGISTRY
        .iter()
        .copied()
        .find(|s| &s.outlet == outlet)
        .unwrap_or(&generic::SPEC)
}

/// Every spec: the known outlets, then the generic default.
pub(crate) fn all() -> impl Iterator<Item = &'static Spec> {
    REGISTRY
        .iter()
        .copied()
        .chain(std::iter::once(&generic::SPEC))
}

/// Where `spec` stands in [`all`].
pub(crate) fn position(spec: &Spec) -> usize {
    all()
        .position(|s| std::ptr::eq(s, spec))
        .unwrap_or(REGISTRY.len())
}

impl Outlet {
    /// The outlet of `url`, by its host (subdomains included).
    ///
    /// ```
    /// let url = url::Url::parse("http://www.bbc.com/zhongwen/simp/world-53230243").unwrap();
    /// assert_eq!(newsnap::Outlet::from_url(&url), newsnap::Outlet::Bbc);
    /// ```
    #[must_use]
    pub fn from_url(url: &url::Url) -> Outlet {
        let host = url.host_str().unwrap_or_default().to_ascii_lowercase();
        Self::from_host(&host)
    }

    /// The outlet of a page: that of its URL's host ([`Outlet::from_url`]),
    /// or, when newsnap does not know the host, the first outlet whose
    /// markup the body holds (Medium's `medium.com/_/stat` pixel or
    /// `medium-feed-item` snippet, on the custom domains Medium serves
    /// blogs under). What [`parse`](crate::parse) chooses the rules by.
    ///
    /// ```
    /// use newsnap::Outlet;
    /// let url = url::Url::parse("https://blog.example/p-1a2b").unwrap();
    /// let pixel = r#"<p>Text.</p><img src="https://medium.com/_/stat?event=post.clientViewed&postId=1a2b" width="1" height="1">"#;
    /// assert_eq!(Outlet::from_page(&url, pixel), Outlet::Medium);
    /// assert_eq!(Outlet::from_page(&url, "<p>Text.</p>"), Outlet::Other("blog.example".into()));
    /// // A known host is never overridden by what its body holds.
    /// let url = url::Url::parse("https://www.rfi.fr/cn/a").unwrap();
    /// assert_eq!(Outlet::from_page(&url, pixel), Outlet::Rfi);
    /// ```
    #[must_use]
    pub fn from_page(url: &url::Url, body_html: &str) -> Outlet {
        match Self::from_url(url) {
            Outlet::Other(host) => {
                let body = body_html.as_bytes();
                REGISTRY
                    .iter()
                    .find(|s| {
                        s.body_marks
                            .iter()
                            .any(|m| memchr::memmem::find(body, m.as_bytes()).is_some())
                    })
                    .map_or(Outlet::Other(host), |s| s.outlet.clone())
            }
            known => known,
        }
    }

    /// The outlet of a lowercase host name, or of a known outlet's
    /// [name](Self::as_str).
    ///
    /// ```
    /// use newsnap::Outlet;
    /// assert_eq!(Outlet::from_host("cn.nytimes.com"), Outlet::Nyt);
    /// assert_eq!(Outlet::from_host("nyt"), Outlet::Nyt);
    /// assert_eq!(Outlet::from_host("blog.example"), Outlet::Other("blog.example".into()));
    /// ```
    #[must_use]
    pub fn from_host(host: &str) -> Outlet {
        for spec in REGISTRY {
            for h in spec.hosts {
                if host == *h || host.strip_suffix(h).is_some_and(|rest| rest.ends_with('.')) {
                    return spec.outlet.clone();
                }
            }
        }
        Outlet::from_name(host).unwrap_or_else(|| Outlet::Other(host.to_owned()))
    }

    /// The known outlet of a [name](Self::as_str) (`"rfi"`), if it is one.
    ///
    /// ```
    /// use newsnap::Outlet;
    /// assert_eq!(Outlet::from_name("epochtimes"), Some(Outlet::EpochTimes));
    /// assert_eq!(Outlet::from_name("www.rfi.fr"), None);
    /// ```
    #[must_use]
    pub fn from_name(name: &str) -> Option<Outlet> {
        REGISTRY
            .iter()
            .find(|s| s.name == name)
            .map(|s| s.outlet.clone())
    }

    /// Every known outlet, in order (not [`Outlet::Other`]).
    ///
    /// ```
    /// let names: Vec<&str> = newsnap::Outlet::known().map(|o| o.as_str()).collect();
    /// assert_eq!(names.len(), 25);
    /// assert!(names.contains(&"rfi"));
    /// ```
    pub fn known() -> impl Iterator<Item = &'static Outlet> {
        REGISTRY.iter().map(|s| &s.outlet)
    }

    /// The hosts newsnap knows the outlet by (subdomains included); none
    /// for [`Outlet::Other`].
    ///
    /// ```
    /// assert_eq!(newsnap::Outlet::Bbc.hosts(), ["bbc.com", "bbc.co.uk"]);
    /// ```
    #[must_use]
    pub fn hosts(&self) -> &'static [&'static str] {
        spec(self).hosts
    }

    /// The lowercase name used in JSON (the host for [`Outlet::Other`]).
    ///
    /// ```
    /// assert_eq!(newsnap::Outlet::EpochTimes.as_str(), "epochtimes");
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Outlet::Other(host) => host,
            known => spec(known).name,
        }
    }
}

impl std::str::FromStr for Outlet {
    type Err = std::convert::Infallible;

    /// A known outlet's name (`"rfi"`) or a host (`"www.rfi.fr"`,
    /// `"blog.example"`), in any case: as [`Outlet::from_host`] of it in
    /// lowercase. Every string names an outlet.
    ///
    /// ```
    /// use newsnap::Outlet;
    /// assert_eq!("RFI".parse::<Outlet>(), Ok(Outlet::Rfi));
    /// assert_eq!("www.dw.com".parse::<Outlet>(), Ok(Outlet::Dw));
    /// assert_eq!("Blog.Example".parse::<Outlet>(), Ok(Outlet::Other("blog.example".into())));
    /// ```
    fn from_str(s: &str) -> Result<Outlet, Self::Err> {
        Ok(Outlet::from_host(&s.trim().to_ascii_lowercase()))
    }
}

impl fmt::Display for Outlet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_match_on_label_boundaries() {
        assert_eq!(Outlet::from_host("rfi.fr"), Outlet::Rfi);
        assert_eq!(Outlet::from_host("www.rfi.fr"), Outlet::Rfi);
        assert_eq!(
            Outlet::from_host("notrfi.fr"),
            Outlet::Other("notrfi.fr".into())
        );
        assert_eq!(
            Outlet::from_host("zh.bitterwinter.org"),
            Outlet::BitterWinter
        );
    }

    #[test]
    fn unknown_hosts_are_known_by_their_marks() {
        let url = Url::parse("https://blog.example/a").unwrap();
        for s in REGISTRY {
            for mark in s.body_marks {
                let body = format!("<p>text</p>{mark}<p>more</p>");
                assert_eq!(Outlet::from_page(&url, &body), s.outlet, "{mark}");
                // Marks never override a host newsnap knows.
                let known = Url::parse("https://www.rfi.fr/cn/a").unwrap();
                assert_eq!(Outlet::from_page(&known, &body), Outlet::Rfi, "{mark}");
            }
        }
        assert_eq!(
            Outlet::from_page(&url, "<p>text</p>"),
            Outlet::Other("blog.example".into())
        );
        assert!(REGISTRY.iter().any(|s| !s.body_marks.is_empty()));
    }

    #[test]
    fn every_outlet_has_a_distinct_name() {
        let mut names: Vec<_> = REGISTRY.iter().map(|s| s.outlet.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), REGISTRY.len());
    }

    #[test]
    fn known_outlets_are_in_order_of_their_names() {
        let names: Vec<&str> = Outlet::known().map(Outlet::as_str).collect();
        let mut sorted = names.clone();
        sorted.sort_unstable();
        assert_eq!(names, sorted);
        let outlets: Vec<&Outlet> = Outlet::known().collect();
        assert!(outlets.windows(2).all(|w| w[0] < w[1]));
        assert!(Outlet::Zaobao < Outlet::Other("a.example".into()));
        for outlet in Outlet::known() {
            assert_eq!(outlet.as_str().parse::<Outlet>().as_ref(), Ok(outlet));
        }
    }

    #[test]
    fn every_known_outlet_has_its_own_spec() {
        for s in REGISTRY {
            assert!(!matches!(s.outlet, Outlet::Other(_)), "{}", s.name);
            assert!(std::ptr::eq(spec(&s.outlet), *s), "{}", s.name);
            assert!(!s.hosts.is_empty(), "{}", s.name);
            for host in s.hosts {
                assert_eq!(&Outlet::from_host(host), &s.outlet, "{host}");
            }
        }
        assert!(std::ptr::eq(
            spec(&Outlet::Other("a.example".into())),
            &generic::SPEC
        ));
    }
}
