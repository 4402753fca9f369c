//! Date lines of the body: their grammars and time zones.

use chrono::{
    DateTime, Datelike, Duration, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc,
    Weekday,
};

use crate::article::{LocalTime, Published};
use crate::outlet::Zone;

/// Reads a date line's text, in the outlet's zone when it gives none.
pub(crate) fn parse_date_line(raw: &str, zone: Zone) -> Option<Published> {
    let raw = raw.trim();
    if raw.is_empty() || raw.len() > 64 {
        return None;
    }
    if let Ok(t) = DateTime::parse_from_rfc2822(raw) {
        return Some(with_offset(raw, t));
    }
    if let Ok(t) = DateTime::parse_from_rfc3339(raw) {
        return Some(with_offset(raw, t));
    }
    if let Some(local) = day_month_year_time(raw) {
        return Some(in_zone(raw, LocalTime::DateTime(local), zone));
    }
    for fmt in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(local) = NaiveDateTime::parse_from_str(raw, fmt) {
            return Some(in_zone(raw, LocalTime::DateTime(local), zone));
        }
    }
    let date = NaiveDate::parse_from_str(raw, "%Y-%m-%d")
        .ok()
        .or_else(|| {
            chinese_date(raw)
                .filter(|(_, used)| *used == raw.len())
                .map(|(d, _)| d)
        })?;
    Some(date_only(raw, date))
}

/// A `datetime` attribute of `<time>`: an instant with its offset, a date,
/// or a wall-clock time in the outlet's zone (NYT: `2022-03-16 05:58:59`).
/// Midnight UTC exactly is read as a date: The Economist stamps its print
/// edition's issue date that way, days ahead of publication.
pub(crate) fn parse_datetime_attr(raw: &str, zone: Zone) -> Option<Published> {
    let raw = raw.trim();
    if let Ok(t) = DateTime::parse_from_rfc3339(raw) {
        if t.offset().local_minus_utc() == 0 && t.time() == NaiveTime::MIN {
            return Some(date_only(raw, t.date_naive()));
        }
        return Some(with_offset(raw, t));
    }
    parse_date_line(raw, zone)
}

/// Epoch Times' dateline in the text: `【大纪元2020年11月06日讯】`.
pub(crate) fn epoch_times_dateline(text: &str) -> Option<Published> {
    let start = text.find("【大纪元").or_else(|| text.find("【大紀元"))?;
    let rest = &text[start + "【大纪元".len()..];
    let (date, used) = chinese_date(rest)?;
    let end = rest[used..].find('】')? + used + '】'.len_utf8();
    let raw = &text[start..start + "【大纪元".len() + end];
    Some(date_only(raw, date))
}

fn with_offset(raw: &str, t: DateTime<FixedOffset>) -> Published {
    Published {
        raw: raw.to_owned(),
        local: LocalTime::DateTime(t.naive_local()),
        utc_offset: Some(*t.offset()),
        instant: Some(t.with_timezone(&Utc)),
    }
}

fn date_only(raw: &str, d: NaiveDate) -> Published {
    Published {
        raw: raw.to_owned(),
        local: LocalTime::Date(d),
        utc_offset: None,
        instant: None,
    }
}

fn in_zone(raw: &str, local: LocalTime, zone: Zone) -> Published {
    let LocalTime::DateTime(naive) = local else {
        return Published {
            raw: raw.to_owned(),
            local,
            utc_offset: None,
            instant: None,
        };
    };
    let offset = match zone {
        Zone::Fixed(o) => Some(o),
        Zone::Paris => Some(paris_offset(naive)),
        Zone::Unknown => None,
    };
    let instant = offset
        .and_then(|o| o.from_local_datetime(&naive).single())
        .map(|t| t.with_timezone(&Utc));
    Published {
        raw: raw.to_owned(),
        local,
        utc_offset: offset,
        instant,
    }
}

/// `20/07/2020 - 17:50` (RFI).
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

/// `2020年 7月 20日` (spaces optional); returns the date and the bytes used.
fn chinese_date(s: &str) -> Option<(NaiveDate, usize)> {
    let mut at = 0;
    let mut number = |unit: char| -> Option<u32> {
        let rest = &s[at..];
        let lead = rest.len() - rest.trim_start().len();
        let digits = rest[lead..].bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 || digits > 4 {
            return None;
        }
        let n = rest[lead..lead + digits].parse().ok()?;
        let after = &rest[lead + digits..];
        let after_trim = after.trim_start();
        if !after_trim.starts_with(unit) {
            return None;
        }
        at += lead + digits + (after.len() - after_trim.len()) + unit.len_utf8();
        Some(n)
    };
    let year = number('年')?;
    let month = number('月')?;
    let day = number('日')?;
    let date = NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)?;
    Some((date, at))
}

/// The UTC offset of Paris at a wall-clock time: CET (+01:00), and CEST
/// (+02:00) from the last Sunday of March to the last Sunday of October
/// (September before 1996), switching at 01:00 UTC. A time in the spring gap
/// is read as CET; one in the autumn overlap as CEST (the earlier instant).
pub(crate) fn paris_offset(local: NaiveDateTime) -> FixedOffset {
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

    fn instant(raw: &str, zone: Zone) -> String {
        parse_date_line(raw, zone)
            .unwrap()
            .instant
            .unwrap()
            .to_rfc3339()
    }

    fn fixed(h: i32) -> Zone {
        Zone::Fixed(FixedOffset::east_opt(h * 3600).unwrap())
    }

    #[test]
    fn rfi_paris_with_summer_time() {
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
            assert_eq!(instant(raw, Zone::Paris), expected, "{raw}");
        }
    }

    #[test]
    fn other_grammars() {
        assert_eq!(
            instant("Mon, 20 Jul 2020 19:22:03 GMT", Zone::Unknown),
            "2020-07-20T19:22:03+00:00"
        );
        assert_eq!(
            instant("2020-06-29T14:58:06.315Z", Zone::Unknown),
            "2020-06-29T14:58:06.315+00:00"
        );
        assert_eq!(
            instant("2020-07-20 19:22:17", fixed(8)),
            "2020-07-20T11:22:17+00:00"
        );
        assert_eq!(
            instant("2020-07-20T10:20:18", fixed(0)),
            "2020-07-20T10:20:18+00:00"
        );
        let p = parse_date_line("2020年 7月 20日", Zone::Unknown).unwrap();
        assert_eq!(
            p.local,
            LocalTime::Date(NaiveDate::from_ymd_opt(2020, 7, 20).unwrap())
        );
        assert_eq!(p.instant, None);
        let p = parse_date_line("2020-07-20 19:22:17", Zone::Unknown).unwrap();
        assert_eq!((p.utc_offset, p.instant), (None, None));
    }

    #[test]
    fn not_dates() {
        for raw in [
            "",
            "null",
            "32/13/2020 - 10:00",
            "2020年",
            "记者：张三",
            "2020-02-30",
        ] {
            assert!(parse_date_line(raw, Zone::Paris).is_none(), "{raw}");
        }
    }

    #[test]
    fn epoch_times() {
        let p = epoch_times_dateline("【大纪元2020年11月06日讯】（大纪元记者…）").unwrap();
        assert_eq!(p.raw, "【大纪元2020年11月06日讯】");
        assert_eq!(
            p.local,
            LocalTime::Date(NaiveDate::from_ymd_opt(2020, 11, 6).unwrap())
        );
    }
}
