//! Outlets known from the article URL's host, and what newsnap knows of each.

use std::fmt;

use chrono::FixedOffset;

/// The news outlet of an article, known from its URL's host.
///
/// ```
/// use newsnap::Outlet;
/// let url = url::Url::parse("https://www.rfi.fr/cn/a").unwrap();
/// assert_eq!(Outlet::from_url(&url), Outlet::Rfi);
/// let url = url::Url::parse("https://news.example.org/a").unwrap();
/// assert_eq!(Outlet::from_url(&url), Outlet::Other("news.example.org".into()));
/// assert_eq!(Outlet::Other("news.example.org".into()).as_str(), "news.example.org");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Outlet {
    /// BBC News 中文 (bbc.com, bbc.co.uk).
    Bbc,
    /// Bitter Winter 寒冬 (bitterwinter.org).
    BitterWinter,
    /// CCTV 新闻联播 text (cctv.com, govopendata.com).
    Cctv,
    /// China Digital Times 中国数字时代 (chinadigitaltimes.net).
    Cdt,
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

/// The zone an outlet's date line is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Zone {
    /// A fixed offset from UTC.
    Fixed(FixedOffset),
    /// Europe/Paris: CET with EU summer time.
    Paris,
    /// Not known: only the wall-clock value is reported.
    Unknown,
}

/// One row per outlet: the name used in JSON, its hosts, and its date line's zone.
struct Info {
    outlet: Outlet,
    name: &'static str,
    hosts: &'static [&'static str],
    zone: Zone,
}

const UTC: Zone = Zone::Fixed(match FixedOffset::east_opt(0) {
    Some(o) => o,
    None => unreachable!(),
});
const BEIJING: Zone = Zone::Fixed(match FixedOffset::east_opt(8 * 3600) {
    Some(o) => o,
    None => unreachable!(),
});

const OUTLETS: &[Info] = &[
    Info {
        outlet: Outlet::Bbc,
        name: "bbc",
        hosts: &["bbc.com", "bbc.co.uk"],
        zone: Zone::Unknown,
    },
    Info {
        outlet: Outlet::BitterWinter,
        name: "bitterwinter",
        hosts: &["bitterwinter.org"],
        zone: Zone::Unknown,
    },
    Info {
        outlet: Outlet::Cctv,
        name: "cctv",
        hosts: &["cctv.com", "govopendata.com"],
        zone: BEIJING,
    },
    Info {
        outlet: Outlet::Cdt,
        name: "cdt",
        hosts: &["chinadigitaltimes.net"],
        zone: Zone::Unknown,
    },
    Info {
        outlet: Outlet::Cna,
        name: "cna",
        hosts: &["cna.com.tw"],
        zone: Zone::Unknown,
    },
    Info {
        outlet: Outlet::Dw,
        name: "dw",
        hosts: &["dw.com"],
        zone: UTC,
    },
    Info {
        outlet: Outlet::Economist,
        name: "economist",
        hosts: &["economist.com"],
        zone: Zone::Unknown,
    },
    Info {
        outlet: Outlet::EpochTimes,
        name: "epochtimes",
        hosts: &["epochtimes.com"],
        zone: Zone::Unknown,
    },
    Info {
        outlet: Outlet::Ft,
        name: "ft",
        hosts: &["ft.com", "ftchinese.com"],
        zone: Zone::Unknown,
    },
    Info {
        outlet: Outlet::Nyt,
        name: "nyt",
        hosts: &["nytimes.com"],
        zone: BEIJING,
    },
    Info {
        outlet: Outlet::Reuters,
        name: "reuters",
        hosts: &["reuters.com"],
        zone: UTC,
    },
    Info {
        outlet: Outlet::Rfa,
        name: "rfa",
        hosts: &["rfa.org"],
        zone: Zone::Unknown,
    },
    Info {
        outlet: Outlet::Rfi,
        name: "rfi",
        hosts: &["rfi.fr"],
        zone: Zone::Paris,
    },
    Info {
        outlet: Outlet::Rti,
        name: "rti",
        hosts: &["rti.org.tw"],
        zone: Zone::Unknown,
    },
    Info {
        outlet: Outlet::Solidot,
        name: "solidot",
        hosts: &["solidot.org"],
        zone: Zone::Unknown,
    },
    Info {
        outlet: Outlet::Voa,
        name: "voa",
        hosts: &["voachinese.com", "voanews.com", "voacantonese.com"],
        zone: UTC,
    },
    Info {
        outlet: Outlet::Weiquanwang,
        name: "weiquanwang",
        hosts: &["wqw2010.blogspot.com"],
        zone: Zone::Unknown,
    },
    Info {
        outlet: Outlet::Youtube,
        name: "youtube",
        hosts: &["youtube.com", "youtu.be"],
        zone: Zone::Unknown,
    },
    Info {
        outlet: Outlet::Zaobao,
        name: "zaobao",
        hosts: &["zaobao.com", "zaobao.com.sg"],
        zone: Zone::Unknown,
    },
];

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

    /// The outlet of a lowercase host name.
    ///
    /// ```
    /// assert_eq!(newsnap::Outlet::from_host("cn.nytimes.com"), newsnap::Outlet::Nyt);
    /// ```
    #[must_use]
    pub fn from_host(host: &str) -> Outlet {
        for info in OUTLETS {
            for h in info.hosts {
                if host == *h || host.strip_suffix(h).is_some_and(|rest| rest.ends_with('.')) {
                    return info.outlet.clone();
                }
            }
        }
        Outlet::Other(host.to_owned())
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
            known => info(known).map_or("", |i| i.name),
        }
    }

    /// Whether the outlet dates its pages with `<time datetime>`.
    pub(crate) fn dates_pages_with_time(&self) -> bool {
        matches!(self, Outlet::Bbc | Outlet::Economist | Outlet::Nyt)
    }

    /// The zone of wall-clock `<time datetime>` values: NYT's `pudate`
    /// (2022+) is UTC−4 all year (checked against line 1 in March, August
    /// and February), unlike its `<div><i>` date line (+08:00).
    pub(crate) fn time_element_zone(&self) -> Zone {
        match self {
            Outlet::Nyt => Zone::Fixed(FixedOffset::west_opt(4 * 3600).expect("valid offset")),
            other => other.zone(),
        }
    }

    /// The zone of the outlet's date line.
    pub(crate) fn zone(&self) -> Zone {
        info(self).map_or(Zone::Unknown, |i| i.zone)
    }
}

fn info(outlet: &Outlet) -> Option<&'static Info> {
    OUTLETS.iter().find(|i| &i.outlet == outlet)
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
    fn every_outlet_has_a_distinct_name() {
        let mut names: Vec<_> = OUTLETS.iter().map(|i| i.outlet.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), OUTLETS.len());
    }
}
