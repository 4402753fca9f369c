//! RFI 法广 (rfi.fr).
//!
//! The date line opens the body, day first, in Paris wall-clock time:
//!
//! ```html
//! <div>06/11/2023 - 22:40</div><img src="https://s.rfi.fr/media/display/…/w:1280/p:16x9/….jpg">
//! <p><strong>法新社消息，…        </strong></p>
//! ```
//!
//! It is read here ([`day_month_year_time`]) in Europe/Paris with EU summer
//! time ([`paris_offset`]): the only outlet whose date line needs a zone
//! rule. The bold first paragraph is the standfirst (a generic rule).
//!
//! Captions put the credit in a second span, which is a credit only here:
//!
//! ```html
//! <figure><picture>…</picture><figcaption><span>caption</span> <span>© AP</span></figcaption></figure>
//! ```
//!
//! Boilerplate: the share block `<div><div>分享 :</div><div><a href="https://www.facebook.com/dialog/share?…">`
//! (and the same under `data-root-share`), promo boxes `data-selfpromo-newsletter`,
//! `data-selfpromo-app`, ad boxes `data-tms-ad-type`, `interstitial` and
//! `…__ad` classes, and the closing `<p class="t-copyright">© 2020 AFP</p>`.
//!
//! Golden cases (`tests/golden/rfi/`): `2020-afp-brief-copyright-line`,
//! `2020-summer-feedx-xyz-glitched-ad`, `2020-video-title-youtube-iframes`,
//! `2020-waimei-wrapper-padded-lead`, `2022-picture-figures-captions-credits`,
//! `2023-summer-share-block-twitter`, `2023-winter-ad-label-author-block`,
//! `2024-winter-share-block-x-feedx-run`; and the seed sample.

use chrono::{Datelike, Duration, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Weekday};

use super::{Captions, Markers, Outlet, Rules, Spec};
use crate::date::Zone;

pub(super) static SPEC: Spec = Spec {
    outlet: Outlet::Rfi,
    name: "rfi",
    hosts: &["rfi.fr"],
    body_marks: &[],
    rules: Rules {
        zone: Zone::Rule(paris_offset),
        date_grammar: Some(day_month_year_time),
        markers: Markers {
            containers: &["t-copyright", "interstitial", "__ad"],
            container_attributes: &[
                "data-selfpromo-newsletter",
                "data-selfpromo-app",
                "data-tms-ad-type",
            ],
            share_attributes: &["data-root-share"],
            share_heads: &["分享 :", "分享："],
            labels: &["分享 :", "分享："],
            ..Markers::NONE
        },
        captions: Captions {
            credit_spans: true,
            ..Captions::NONE
        },
        ..Rules::NONE
    },
};

/// `20/07/2020 - 17:50`: day, month, year, then hours and minutes.
fn day_month_year_time(raw: &str) -> Option<NaiveDateTime> {
    let (date, time) = raw.split_once('-')?;
    let mut parts = date.trim().split('/');
    let day: u32 = parts.next()?.parse().ok()?;
    let month: u32 = parts.next()?.parse().ok()?;
    let year: i32 = parts.next()?.parse().ok()?;
    if parts.next().is_some() {
        return None;
    }
    let time = NaiveTime::parse_from_str(time.trim(), "%H:%M").ok()?;
    Some(NaiveDate::from_ymd_opt(year, month, day)?.and_time(time))
}

/// The UTC offset of Paris at a wall-clock time: CET (+01:00), and CEST
/// (+02:00) from the last Sunday of March to the last Sunday of October
/// (September before 1996), switching at 01:00 UTC. A time in the spring gap
/// is read as CET; one in the autumn overlap as CEST (the earlier instant).
fn paris_offset(local: NaiveDateTime) -> FixedOffset {
    let cet = FixedOffset::east_opt(3600).expect("valid offset");
    let cest = FixedOffset::east_opt(7200).expect("valid offset");
    let year = local.year();
    if year < 1981 {
        return cet;
    }
    let end_month = if year < 1996 { 9 } else { 10 };
    let (Some(start), Some(end)) = (last_sunday(year, 3), last_sunday(year, end_month)) else {
        return cet;
    };
    let one_am = NaiveTime::from_hms_opt(1, 0, 0).expect("valid time");
    let as_summer_utc = local - Duration::hours(2);
    if as_summer_utc >= start.and_time(one_am) && as_summer_utc < end.and_time(one_am) {
        cest
    } else {
        cet
    }
}

fn last_sunday(year: i32, month: u32) -> Option<NaiveDate> {
    let first_next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)?
    };
    let last = first_next.pred_opt()?;
    let back = last.weekday().num_days_from_sunday();
    let sunday = last - Duration::days(i64::from(back));
    debug_assert_eq!(sunday.weekday(), Weekday::Sun);
    Some(sunday)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::parse_date_line;

    fn instant(raw: &str) -> Option<String> {
        let p = parse_date_line(raw, SPEC.rules.zone, SPEC.rules.date_grammar)?;
        Some(p.instant?.to_rfc3339())
    }

    #[test]
    fn paris_with_summer_time() {
        let cases = [
            ("06/11/2023 - 22:40", "2023-11-06T21:40:00+00:00"),
            ("20/07/2020 - 17:50", "2020-07-20T15:50:00+00:00"),
            // The switch days of 2023: 26 March and 29 October.
            ("26/03/2023 - 01:59", "2023-03-26T00:59:00+00:00"),
            ("26/03/2023 - 03:00", "2023-03-26T01:00:00+00:00"),
            ("29/10/2023 - 02:30", "2023-10-29T00:30:00+00:00"),
            ("29/10/2023 - 03:00", "2023-10-29T02:00:00+00:00"),
            // Before 1996 summer time ended in September.
            ("15/10/1995 - 12:00", "1995-10-15T11:00:00+00:00"),
        ];
        for (raw, expected) in cases {
            assert_eq!(instant(raw).as_deref(), Some(expected), "{raw}");
        }
    }

    #[test]
    fn not_dates() {
        for raw in [
            "32/13/2020 - 10:00",
            "06/11/2023",
            "06/11/2023 - 25:00",
            "1/2/3/4 - 10:00",
        ] {
            assert_eq!(instant(raw), None, "{raw}");
        }
    }
}
