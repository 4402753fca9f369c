//! Dates in the body: the generic grammars of date lines and `<time>`
//! values, and the zones they are read in. Outlets add their own grammar
//! and zone rule (`crate::outlets`).

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};

use crate::article::{LocalTime, Published};

/// A date-line grammar of an outlet's own: the wall-clock time a line
/// states, if it is one.
pub(crate) type Grammar = fn(&str) -> Option<NaiveDateTime>;

/// The zone a date line is written in.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Zone {
    /// A fixed offset from UTC.
    Fixed(FixedOffset),
    /// An offset that depends on the wall-clock time (summer time).
    Rule(fn(NaiveDateTime) -> FixedOffset),
    /// Not known: only the wall-clock value is reported.
    Unknown,
}

impl Zone {
    /// A fixed offset of `hours` east of UTC (west when negative).
    pub(crate) const fn east(hours: i32) -> Zone {
        match FixedOffset::east_opt(hours * 3600) {
            Some(o) => Zone::Fixed(o),
            None => panic!("an offset within a day"),
        }
    }

    /// UTC.
    pub(crate) const UTC: Zone = Zone::east(0);
    /// China Standard Time, +08:00 all year.
    pub(crate) const BEIJING: Zone = Zone::east(8);
}

/// Reads a date line's text, in `zone` when it gives none; `grammar` is the
/// outlet's own form, if it has one.
pub(crate) fn parse_date_line(
    raw: &str,
    zone: Zone,
    grammar: Option<Grammar>,
) -> Option<Published> {
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
    if let Some(local) = grammar.and_then(|g| g(raw)) {
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

/// The `date:` of Jekyll front matter (`2020-07-20 19:22:17 +0800`,
/// RFC 3339, or a date alone), as an instant: a value without an offset is
/// read as UTC, a date alone as its midnight UTC.
pub(crate) fn front_matter_date(front_matter: &str) -> Option<DateTime<Utc>> {
    let line = front_matter
        .lines()
        .find_map(|l| l.trim_start().strip_prefix("date:"))?;
    let raw = line.trim().trim_matches(|c| c == '"' || c == '\'').trim();
    if let Ok(t) = DateTime::parse_from_rfc3339(raw) {
        return Some(t.with_timezone(&Utc));
    }
    for fmt in ["%Y-%m-%d %H:%M:%S%.f %z", "%Y-%m-%d %H:%M %z"] {
        if let Ok(t) = DateTime::parse_from_str(raw, fmt) {
            return Some(t.with_timezone(&Utc));
        }
    }
    for fmt in [
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(t) = NaiveDateTime::parse_from_str(raw, fmt) {
            return Some(t.and_utc());
        }
    }
    let day = NaiveDate::parse_from_str(raw, "%Y-%m-%d").ok()?;
    Some(day.and_time(NaiveTime::MIN).and_utc())
}

/// A date in a URL's path: segments `/2024/03/05/`, or a segment opening
/// with `20240305` or `2024-03-05` (years 1990 to 2100, so that numeric ids
/// are not read as dates).
pub(crate) fn url_date(path: &str) -> Option<NaiveDate> {
    let segments: Vec<&str> = path.split('/').collect();
    let number = |s: &str, len: usize| -> Option<u32> {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let date = |y: u32, m: u32, d: u32| {
        (1990..=2100)
            .contains(&y)
            .then(|| NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d))
            .flatten()
    };
    for w in segments.windows(3) {
        if let (Some(y), Some(m), Some(d)) = (
            number(w[0], 4),
            number(w[1], 2).or_else(|| number(w[1], 1)),
            number(w[2], 2).or_else(|| number(w[2], 1)),
        ) {
            if let Some(day) = date(y, m, d) {
                return Some(day);
            }
        }
    }
    for segment in &segments {
        let bytes = segment.as_bytes();
        let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
        let found = if digits == 8 {
            let n = |r: std::ops::Range<usize>| segment.get(r)?.parse::<u32>().ok();
            date(n(0..4)?, n(4..6)?, n(6..8)?)
        } else if digits == 4 && bytes.get(4) == Some(&b'-') {
            let (y, rest) = segment.split_at(4);
            let rest = &rest[1..];
            match (rest.get(0..2), rest.get(2..3), rest.get(3..5)) {
                (Some(m), Some("-"), Some(d)) => {
                    let after = rest.as_bytes().get(5);
                    if after.is_some_and(u8::is_ascii_digit) {
                        None
                    } else {
                        date(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
                    }
                }
                _ => None,
            }
        } else {
            None
        };
        if found.is_some() {
            return found;
        }
    }
    None
}

/// A `datetime` attribute of `<time>`: an instant with its offset, a date,
/// or a wall-clock time in `zone` (NYT: `2022-03-16 05:58:59`).
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
    parse_date_line(raw, zone, None)
}

fn with_offset(raw: &str, t: DateTime<FixedOffset>) -> Published {
    Published {
        raw: raw.to_owned(),
        local: LocalTime::DateTime(t.naive_local()),
        utc_offset: Some(*t.offset()),
        instant: Some(t.with_timezone(&Utc)),
    }
}

/// A line stating when this post was written or published: `寫於2019年3月31日`,
/// `发布于 2024-03-05`, `Posted on March 5, 2024`, `Published March 5,
/// 2024`, `日期：2024.03.05`, `Posted by Jane Doe on March 5, 2024`, `By Jane
/// Doe, March 5, 2024`; at most 60 characters. Its date is read as a date
/// alone, or with its time of day (`发布时间：2024-03-05 10:30`), and as an
/// instant only when the line states its offset from UTC (`10:30 UTC+8`,
/// `10:30 GMT`, `10:30 +08:00`). Lines about where an original appeared
/// (`原文刊於…`) are read by [`republication_line`] instead, only when no line
/// says this.
pub(crate) fn publication_line(line: &str) -> Option<Published> {
    /// Words after which the date follows, anywhere in the line.
    const WORDS: &[&str] = &[
        "寫於",
        "写于",
        "写於",
        "發布於",
        "发布于",
        "發表於",
        "发表于",
        "发布时间",
        "發布時間",
        "发表时间",
        "發表時間",
        "posted on ",
        "published on ",
        "written on ",
    ];
    /// Words that open the line, the date after them and nothing else
    /// (`Published March 5, 2024, the report…` is a sentence).
    const OPENINGS: &[&str] = &[
        "published ",
        "posted ",
        "日期",
        "date:",
        "發佈於",
        "發佈時間",
        "发布日期",
        "發布日期",
        "發佈日期",
        "发表日期",
        "發表日期",
    ];
    /// Bylines the date follows (`By Jane Doe, March 5, 2024`).
    const BYLINES: &[&str] = &[
        "by ",
        "posted by ",
        "written by ",
        "story by ",
        "words by ",
        "text by ",
        "reported by ",
        "author: ",
        "authors: ",
    ];
    let t = line.trim();
    if t.len() > 4 * 60 || t.chars().count() > 60 {
        return None;
    }
    // Every word has one of these: most lines are told apart before being
    // lowercased.
    if !t.contains([
        '於', '于', '布', '表', '期', '年', '-', 'o', 'O', 'b', 'B', 'd', 'D',
    ]) {
        return None;
    }
    // ASCII lower case keeps the byte offsets of `t`.
    let lower = t.to_ascii_lowercase();
    let word = WORDS
        .iter()
        .find_map(|w| lower.find(w).map(|i| (i + w.len(), false)))
        .or_else(|| {
            OPENINGS
                .iter()
                .find_map(|w| lower.starts_with(w).then_some((w.len(), true)))
        });
    if let Some((at, whole)) = word {
        if lower[..at].contains("原文") {
            return None;
        }
        let rest = t[at..].trim_start_matches([' ', '：', ':']);
        if let Some(p) = stated(t, rest, whole) {
            return Some(p);
        }
    }
    // A byline, then the date after ` on `, `, `, a bar or a dash (`By Jane
    // Doe, March 5, 2024`), ending the line: what stands before it must
    // read as a byline (`By train, 2024-03-05 was…` does not).
    // A date and the reading time (`March 5, 2024 · 5 min read`).
    if let Some(head) = lower.strip_suffix(" min read").and_then(|h| {
        let (head, minutes) = h.rsplit_once(' ')?;
        minutes.bytes().all(|b| b.is_ascii_digit()).then_some(head)
    }) {
        let head = head.trim_end_matches([' ', '·', '|', '•', '-']);
        if let Some(p) = stated(t, &t[..head.len()], true) {
            return Some(p);
        }
    }
    // A Chinese byline, then the date after a space (`文/张三　2024年3月5日`).
    if let Some(i) = t.rfind([' ', '\u{3000}']) {
        let space = t[i..].chars().next().map_or(1, char::len_utf8);
        if !t.is_ascii() && crate::extract::byline::of_line(&t[..i]).is_some() {
            if let Some(p) = stated(t, &t[i + space..], true) {
                return Some(p);
            }
        }
    }
    let by = BYLINES.iter().find_map(|b| lower.strip_prefix(b))?;
    let from = t.len() - by.len();
    [" on ", ", ", " | ", " · ", " — ", " – ", " - "]
        .iter()
        .find_map(|sep| {
            let i = from + lower[from..].find(sep)?;
            let p = stated(t, &t[i + sep.len()..], true)?;
            let byline = &t[..i];
            (crate::extract::byline::of_line(byline).is_some()
                || crate::extract::byline::of_credit_line(byline).is_some())
            .then_some(p)
        })
}

/// The date (and time of day, and offset) that `rest` opens with, as a
/// date line's `raw` text `t` states it; with `whole`, `None` unless only
/// closing punctuation follows.
fn stated(t: &str, rest: &str, whole: bool) -> Option<Published> {
    let (day, used) = chinese_date(rest).or_else(|| english_or_numeric_date(rest))?;
    let after = rest[used..].trim_start_matches([' ', ',', '，']);
    // `March 5, 2024 at 9:05 p.m.`
    let after = ["at ", "At ", "@ "]
        .iter()
        .find_map(|w| after.strip_prefix(w))
        .unwrap_or(after);
    let (time, after) = time_of_day(after).map_or((None, after), |(time, a)| (Some(time), a));
    let (offset, after) = time
        .and_then(|_| stated_offset(after))
        .map_or((None, after), |(o, a)| (Some(o), a));
    let closing = |c: char| " .。）)".contains(c);
    if whole && !after.chars().all(closing) {
        return None;
    }
    let Some(time) = time else {
        return Some(date_only(t, day));
    };
    let local = day.and_time(time);
    let zone = offset.map_or(Zone::Unknown, Zone::Fixed);
    Some(in_zone(t, LocalTime::DateTime(local), zone))
}

/// `2024-03-05`, `2024/3/5`, `2024.03.05`, `March 5, 2024`, `Mar 5, 2024`,
/// `5 March 2024` opening `s`: the date and the bytes it takes.
pub(crate) fn english_or_numeric_date(s: &str) -> Option<(NaiveDate, usize)> {
    // The end of each of the first three words.
    let mut ends = Vec::with_capacity(3);
    let mut in_word = false;
    for (i, c) in s.char_indices() {
        let space = c == ' ';
        if !space && !in_word && ends.len() == 3 {
            break;
        }
        if space && in_word {
            ends.push(i);
        }
        in_word = !space;
    }
    if in_word && ends.len() < 3 {
        ends.push(s.len());
    }
    let first = *ends.first()?;
    let token = s[..first].trim_end_matches([',', '.', '，', '。']);
    if let Some(d) = numeric_date(token) {
        return Some((d, token.len()));
    }
    let &third = ends.get(2)?;
    let candidate = s[..third].trim_end_matches([',', '.', '，', '。']);
    [
        "%B %d, %Y",
        "%b %d, %Y",
        "%d %B %Y",
        "%b. %d, %Y",
        "%B %d %Y",
    ]
    .iter()
    .find_map(|f| NaiveDate::parse_from_str(candidate, f).ok())
    .filter(|d| (1900..=2100).contains(&d.year()))
    .map(|d| (d, candidate.len()))
}

/// `10:30`, `10:30:15`, `10:30 a.m.`, `9:05pm` opening `s`: the time and
/// what follows it.
fn time_of_day(s: &str) -> Option<(NaiveTime, &str)> {
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let h = digits(s);
    if !(1..=2).contains(&h) || s.as_bytes().get(h) != Some(&b':') {
        return None;
    }
    let m = digits(&s[h + 1..]);
    if m != 2 {
        return None;
    }
    let mut end = h + 3;
    let mut sec = 0;
    if s.as_bytes().get(end) == Some(&b':') && digits(&s[end + 1..]) == 2 {
        sec = s[end + 1..end + 3].parse().ok()?;
        end += 3;
    }
    let mut hour: u32 = s[..h].parse().ok()?;
    let minute: u32 = s[h + 1..h + 3].parse().ok()?;
    let rest = s[end..].trim_start();
    let lower = rest.get(..5).unwrap_or(rest).to_ascii_lowercase();
    // `a.m.`, `a.m`, `am`, not the start of a word (`10:30 amazing`).
    let word_ends =
        |n: usize| !lower[n.min(lower.len())..].starts_with(|c: char| c.is_ascii_alphabetic());
    let (pm, rest) = match () {
        () if lower.starts_with("a.m.") => (Some(false), &rest[4..]),
        () if lower.starts_with("p.m.") => (Some(true), &rest[4..]),
        () if lower.starts_with("a.m") && word_ends(3) => (Some(false), &rest[3..]),
        () if lower.starts_with("p.m") && word_ends(3) => (Some(true), &rest[3..]),
        () if lower.starts_with("am") && word_ends(2) => (Some(false), &rest[2..]),
        () if lower.starts_with("pm") && word_ends(2) => (Some(true), &rest[2..]),
        () => (None, &s[end..]),
    };
    match pm {
        Some(_) if !(1..=12).contains(&hour) => return None,
        Some(true) if hour != 12 => hour += 12,
        Some(false) if hour == 12 => hour = 0,
        _ => {}
    }
    Some((NaiveTime::from_hms_opt(hour, minute, sec)?, rest))
}

/// An offset from UTC that a date line states after its time: `UTC`,
/// `GMT`, `UTC+8`, `GMT-05:00`, `+08:00`, `+0800`, also in brackets; and
/// what follows it. Named zones other than UTC (`CST`, `ET`) are not read:
/// several zones share them.
fn stated_offset(s: &str) -> Option<(FixedOffset, &str)> {
    // A bare offset stands apart from the time (`10:30 +08:00`): `10:00-12:00`
    // is a range.
    let apart = s.starts_with([' ', '(', '（']);
    let s = s.trim_start();
    let (open, s) = match s.strip_prefix(['(', '（']) {
        Some(inner) => (true, inner.trim_start()),
        None => (false, s),
    };
    let (named, s) = ["UTC", "GMT"]
        .iter()
        .find_map(|z| s.strip_prefix(z))
        .map_or((false, s), |rest| (true, rest));
    let signed = s
        .strip_prefix('+')
        .map(|r| (1, r))
        .or_else(|| s.strip_prefix(['-', '−']).map(|r| (-1, r)));
    let (seconds, rest) = match signed {
        Some((sign, r)) => {
            let h = r.bytes().take_while(u8::is_ascii_digit).count();
            let (hours, minutes, used): (i32, i32, usize) = match h {
                1 | 2 => {
                    let hours = r[..h].parse().ok()?;
                    match r[h..].strip_prefix(':') {
                        Some(m) if m.bytes().take_while(u8::is_ascii_digit).count() == 2 => {
                            (hours, m[..2].parse().ok()?, h + 3)
                        }
                        _ => (hours, 0, h),
                    }
                }
                4 => (r[..2].parse().ok()?, r[2..4].parse().ok()?, 4),
                _ => return None,
            };
            if hours > 14 || minutes > 59 {
                return None;
            }
            (sign * (hours * 3600 + minutes * 60), &r[used..])
        }
        None if named => (0, s),
        None => return None,
    };
    if !named && !apart {
        return None;
    }
    let rest = if open {
        rest.trim_start().strip_prefix([')', '）'])?
    } else {
        rest
    };
    Some((FixedOffset::east_opt(seconds)?, rest))
}

/// A line that is a date and nothing else (`2024年3月5日`, `March 5, 2024`,
/// `2024-03-05`, with a time of day or a Chinese weekday after it,
/// `2024年3月5日 星期二`): a blog's date heading its post, read only from the
/// body's first paragraph and only near the snapshot's timestamp (see
/// `lib.rs`).
pub(crate) fn date_alone(line: &str) -> Option<Published> {
    const WEEKDAYS: &[&str] = &[
        "星期一",
        "星期二",
        "星期三",
        "星期四",
        "星期五",
        "星期六",
        "星期日",
        "星期天",
        "周一",
        "周二",
        "周三",
        "周四",
        "周五",
        "周六",
        "周日",
        "週一",
        "週二",
        "週三",
        "週四",
        "週五",
        "週六",
        "週日",
    ];
    let t = line.trim();
    if t.len() > 64 || !t.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return None;
    }
    // `2024年3月5日 星期二`: the weekday off, the date (and time) read.
    let dated = WEEKDAYS
        .iter()
        .find_map(|w| {
            let (before, after) = t.split_once(w)?;
            Some(format!("{} {}", before.trim_end(), after.trim_start()))
        })
        .unwrap_or_else(|| t.to_owned());
    stated(t, dated.trim(), true)
}

/// A line saying where and when this text first appeared, as a repost's
/// note does (`本文刊登於2019/9/27 金融時報中文網`, `原文刊於2019年1月20日《…》`,
/// `本文原來刊登於聯合報副刊 2019.9.26`): the day it names, read as a date
/// alone, wherever it stands in the line. That is when the text was
/// published; a note naming only a month (`2019年7月號`) gives nothing.
pub(crate) fn republication_line(line: &str) -> Option<Published> {
    const WORDS: &[&str] = &[
        "刊登於",
        "刊登于",
        "刊於",
        "刊于",
        "刊載於",
        "刊载于",
        "載於",
        "载于",
        "發表於",
        "发表于",
        "發於",
        "发于",
    ];
    let t = line.trim().trim_start_matches(['（', '(']);
    if let Some(day) = translated_from(t) {
        return Some(date_only(t, day));
    }
    if let Some(p) = originally_published(t) {
        return Some(p);
    }
    if t.len() > 4 * 60 || !(t.starts_with("本文") || t.starts_with("原文")) {
        return None;
    }
    if t.chars().count() > 60 || !WORDS.iter().any(|w| t.contains(w)) {
        return None;
    }
    let day = (0..t.len())
        .filter(|&i| {
            t.as_bytes()[i].is_ascii_digit() && (i == 0 || !t.as_bytes()[i - 1].is_ascii_digit())
        })
        .find_map(|i| {
            let rest = &t[i..];
            chinese_date(rest).map(|(d, _)| d).or_else(|| {
                let end = rest
                    .find(|c: char| !(c.is_ascii_digit() || "./-".contains(c)))
                    .unwrap_or(rest.len());
                let candidate = rest[..end].trim_end_matches(['.', '/', '-']);
                numeric_date(candidate)
            })
        })
        // A year of four digits: `19/9/27` or a version number is no date.
        .filter(|d| (1900..=2100).contains(&d.year()))?;
    Some(date_only(t, day))
}

/// `Originally published at example.com on March 5, 2024.`: the day an
/// English republication note gives after ` on `.
fn originally_published(t: &str) -> Option<Published> {
    const OPENINGS: &[&str] = &[
        "originally published ",
        "originally posted ",
        "first published ",
        "this article was originally published ",
        "this post was originally published ",
        "this story was originally published ",
        "this article originally appeared ",
        "this post originally appeared ",
        "this story originally appeared ",
    ];
    if t.len() > 4 * 80 || !t.starts_with(['O', 'o', 'F', 'f', 'T', 't']) {
        return None;
    }
    let lower = t.to_ascii_lowercase();
    if !OPENINGS.iter().any(|o| lower.starts_with(o)) {
        return None;
    }
    lower.match_indices(" on ").find_map(|(i, _)| {
        let rest = &t[i + 4..];
        let (day, _) = english_or_numeric_date(rest)?;
        Some(date_only(t, day))
    })
}

/// The day of the original a translation's source note cites, in
/// English: `Louis Proyect, “…”, CounterPunch, June 4, 2021, https://….
/// 经作者许可翻译。` The note ends with the permission to translate.
fn translated_from(t: &str) -> Option<NaiveDate> {
    const PERMISSIONS: &[&str] = &["许可翻译", "許可翻譯", "授权翻译", "授權翻譯"];
    const MONTHS: &[&str] = &[
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    if t.len() > 4 * 200 {
        return None;
    }
    let closed = t.trim_end_matches(['。', '.', '）', ')', ' ']);
    if !PERMISSIONS.iter().any(|p| closed.ends_with(p)) {
        return None;
    }
    MONTHS.iter().find_map(|month| {
        let at = t.find(month)?;
        let rest = &t[at..];
        // `June 4, 2021`: the month, the day, a comma, four digits.
        let end = rest
            .char_indices()
            .find(|&(_, c)| !(c.is_ascii_alphanumeric() || c == ' ' || c == ','))
            .map_or(rest.len(), |(i, _)| i)
            .min(month.len() + 10);
        let candidate = rest[..end].trim_end_matches([',', ' ']);
        NaiveDate::parse_from_str(candidate, "%B %d, %Y")
            .ok()
            .filter(|d| (1900..=2100).contains(&d.year()))
    })
}

/// A day written in digits, year first: `2019-09-26`, `2019/9/26`, `2019.9.26`.
fn numeric_date(s: &str) -> Option<NaiveDate> {
    ["%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d"]
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(s, f).ok())
}

/// A date without a time of day, as `raw` gives it.
pub(crate) fn date_only(raw: &str, d: NaiveDate) -> Published {
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
        Zone::Rule(rule) => Some(rule(naive)),
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

/// `2020年 7月 20日` (spaces optional); returns the date and the bytes used.
pub(crate) fn chinese_date(s: &str) -> Option<(NaiveDate, usize)> {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn instant(raw: &str, zone: Zone) -> String {
        parse_date_line(raw, zone, None)
            .unwrap()
            .instant
            .unwrap()
            .to_rfc3339()
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
            instant("2020-07-20 19:22:17", Zone::east(8)),
            "2020-07-20T11:22:17+00:00"
        );
        assert_eq!(
            instant("2020-07-20T10:20:18", Zone::UTC),
            "2020-07-20T10:20:18+00:00"
        );
        let p = parse_date_line("2020年 7月 20日", Zone::Unknown, None).unwrap();
        assert_eq!(
            p.local,
            LocalTime::Date(NaiveDate::from_ymd_opt(2020, 7, 20).unwrap())
        );
        assert_eq!(p.instant, None);
        let p = parse_date_line("2020-07-20 19:22:17", Zone::Unknown, None).unwrap();
        assert_eq!((p.utc_offset, p.instant), (None, None));
    }

    #[test]
    fn front_matter_dates() {
        let cases = [
            (
                "layout: post\ndate: 2020-07-20 19:22:17 +0800\n",
                "2020-07-20T11:22:17+00:00",
            ),
            (
                "date: '2020-07-20T10:20:18Z'\n",
                "2020-07-20T10:20:18+00:00",
            ),
            ("date: 2020-07-20 10:20\n", "2020-07-20T10:20:00+00:00"),
            ("date: \"2020-07-20\"", "2020-07-20T00:00:00+00:00"),
        ];
        for (fm, expected) in cases {
            let t = front_matter_date(fm).unwrap_or_else(|| panic!("{fm:?}"));
            assert_eq!(t.to_rfc3339(), expected, "{fm:?}");
        }
        for fm in ["title: x\n", "date: soon\n", "updated: 2020-07-20\n"] {
            assert_eq!(front_matter_date(fm), None, "{fm:?}");
        }
    }

    #[test]
    fn url_dates() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day);
        let cases = [
            ("/2024/03/05/some-post.html", d(2024, 3, 5)),
            ("/news/2020/7/1/x", d(2020, 7, 1)),
            ("/cn/中国/20231106-白宫", d(2023, 11, 6)),
            ("/a/2023-11-06-title", d(2023, 11, 6)),
            ("/20231106", d(2023, 11, 6)),
            ("/zhongwen/simp/world-53230243", None),
            ("/a/53230243.html", None),
            ("/a/12345678", None),
            ("/2024/13/05/", None),
            ("/p/202403051", None),
            ("/a/2023-11-061", None),
        ];
        for (path, expected) in cases {
            assert_eq!(url_date(path), expected, "{path}");
        }
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
            assert!(parse_date_line(raw, Zone::UTC, None).is_none(), "{raw}");
        }
    }

    /// A grammar that reads any line, so that only the length and
    /// emptiness checks stand between a line and a date.
    fn any_line(_: &str) -> Option<NaiveDateTime> {
        NaiveDate::from_ymd_opt(2020, 7, 20)?.and_hms_opt(8, 0, 0)
    }

    #[test]
    fn date_lines_are_short() {
        let read = |raw: &str| parse_date_line(raw, Zone::UTC, Some(any_line));
        assert!(read(&"x".repeat(64)).is_some());
        assert!(read(&format!("  {}  ", "x".repeat(64))).is_some());
        assert!(read(&"x".repeat(65)).is_none());
        assert!(read(&"x".repeat(200)).is_none());
        assert!(read("").is_none());
        assert!(read(" \t ").is_none());
        let p = read("x").expect("read by the grammar");
        assert_eq!(p.raw, "x");
        assert_eq!(
            p.instant.map(|t| t.to_rfc3339()).as_deref(),
            Some("2020-07-20T08:00:00+00:00")
        );
    }

    #[test]
    fn datetime_attributes() {
        let read = |raw: &str| parse_datetime_attr(raw, Zone::east(8)).expect(raw);
        // An instant with its offset.
        let p = read(" 2024-03-05T10:00:00+08:00 ");
        assert_eq!(p.utc_offset, FixedOffset::east_opt(8 * 3600));
        assert_eq!(
            p.instant.map(|t| t.to_rfc3339()).as_deref(),
            Some("2024-03-05T02:00:00+00:00")
        );
        // Midnight UTC is a date (an issue date), not an instant.
        let p = read("2024-03-05T00:00:00Z");
        assert_eq!(
            p.local,
            LocalTime::Date(NaiveDate::from_ymd_opt(2024, 3, 5).unwrap())
        );
        assert_eq!(p.instant, None);
        // Midnight elsewhere, and other times in UTC, are instants.
        for (raw, utc) in [
            ("2024-03-05T00:00:00+08:00", "2024-03-04T16:00:00+00:00"),
            ("2024-03-05T10:00:00Z", "2024-03-05T10:00:00+00:00"),
            ("2024-03-05T00:00:01Z", "2024-03-05T00:00:01+00:00"),
        ] {
            let p = read(raw);
            assert_eq!(
                p.instant.map(|t| t.to_rfc3339()).as_deref(),
                Some(utc),
                "{raw}"
            );
        }
        // No offset: a wall-clock time in the zone.
        let p = read("2022-03-16 05:58:59");
        assert_eq!(
            p.instant.map(|t| t.to_rfc3339()).as_deref(),
            Some("2022-03-15T21:58:59+00:00")
        );
        assert!(parse_datetime_attr("soon", Zone::UTC).is_none());
    }

    #[test]
    fn republication_notes_give_the_day() {
        let day = |line: &str| republication_line(line).map(|p| p.local.to_string());
        assert_eq!(
            day("Originally published at example.com on March 5, 2024.").as_deref(),
            Some("2024-03-05")
        );
        assert_eq!(
            day("This article was originally published on The Conversation on 5 March 2024.")
                .as_deref(),
            Some("2024-03-05")
        );
        assert_eq!(
            day("Originally published on my blog, on and off for years."),
            None
        );
        assert_eq!(
            day("本文刊登於2019/9/27 金融時報中文網").as_deref(),
            Some("2019-09-27")
        );
        assert_eq!(
            day("原文刊於2019年1月20日《星期日明報》").as_deref(),
            Some("2019-01-20")
        );
        assert_eq!(
            day("本文原來刊登於聯合報副刊 2019.9.26").as_deref(),
            Some("2019-09-26")
        );
        assert_eq!(day("（本文原發表於2017年）"), None);
        assert_eq!(day("本文刊登於數位時代2019年7月號"), None);
        assert_eq!(day("他说本文刊登于2019年1月20日"), None);
        assert_eq!(day("本文作者2019年1月20日到达北京"), None);
        assert_eq!(day("本文刊登於19/9/27 某報"), None);
        // A translation's source, cited in English.
        assert_eq!(
            day("Some Author, “A Title”, Some Outlet, June 4, 2021, https://example.com/a。经作者许可翻译。")
                .as_deref(),
            Some("2021-06-04")
        );
        assert_eq!(
            day("Some Author, “A Title”, June 2021。经作者许可翻译。"),
            None
        );
        assert_eq!(day("He left on June 4, 2021, for good."), None);
    }

    #[test]
    fn chinese_dates_count_the_bytes_they_use() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        let all = "2020年 7月 20日";
        assert_eq!(chinese_date(all), Some((d(2020, 7, 20), all.len())));
        let spaced = " 2020 年 7 月 20 日 下午";
        assert_eq!(
            chinese_date(spaced),
            Some((d(2020, 7, 20), spaced.len() - " 下午".len()))
        );
        assert_eq!(chinese_date("2020年7月20日"), Some((d(2020, 7, 20), 16)));
        for raw in [
            "12020年7月20日",
            "年7月20日",
            "2020年月20日",
            "2020年7月",
            "2020年13月1日",
        ] {
            assert_eq!(chinese_date(raw), None, "{raw}");
        }
    }

    #[test]
    fn url_date_segments_have_their_lengths() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day);
        for (path, expected) in [
            ("/2024/012/05/x", None),
            ("/2024/12/005/x", None),
            ("/02024/12/05/x", None),
            ("/2024/1a/05/x", None),
            ("/2024/12/05/x", d(2024, 12, 5)),
            ("/1989/12/05/x", None),
            ("/2101/12/05/x", None),
            ("/2100/12/05/x", d(2100, 12, 5)),
            ("/1990/1/5/x", d(1990, 1, 5)),
        ] {
            assert_eq!(url_date(path), expected, "{path}");
        }
    }

    #[test]
    fn publication_lines() {
        let d = |y, m, day| LocalTime::Date(NaiveDate::from_ymd_opt(y, m, day).unwrap());
        for (line, date) in [
            ("寫於2019年3月31日", d(2019, 3, 31)),
            ("发布于 2024-03-05", d(2024, 3, 5)),
            ("发布时间：2024/3/5", d(2024, 3, 5)),
            ("Posted on March 5, 2024", d(2024, 3, 5)),
            ("This was published on 5 March 2024.", d(2024, 3, 5)),
            ("Published March 5, 2024", d(2024, 3, 5)),
            ("Posted Mar 5, 2024", d(2024, 3, 5)),
            ("日期：2024.03.05", d(2024, 3, 5)),
            ("發佈日期：2024年3月5日", d(2024, 3, 5)),
            ("寫於2019年3月31日，台北", d(2019, 3, 31)),
            ("By Jane Doe, March 5, 2024", d(2024, 3, 5)),
            ("Posted by Jane Doe on March 5, 2024", d(2024, 3, 5)),
            ("Written by Jane Doe | 2024-03-05", d(2024, 3, 5)),
            ("发表时间：2024-03-05", d(2024, 3, 5)),
            ("發表日期：2024年3月5日", d(2024, 3, 5)),
            ("文/张三　2024年3月5日", d(2024, 3, 5)),
            ("作者：张三 2024-03-05", d(2024, 3, 5)),
            ("March 5, 2024 · 5 min read", d(2024, 3, 5)),
            ("Mar 5, 2024 · 12 min read", d(2024, 3, 5)),
        ] {
            let p = publication_line(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!((p.local, p.instant), (date, None), "{line}");
        }
        // A time of day, and an instant where the line gives the offset.
        let at = |line: &str| {
            let p = publication_line(line).unwrap_or_else(|| panic!("{line}"));
            (p.local.to_string(), p.instant.map(|i| i.to_rfc3339()))
        };
        assert_eq!(
            at("发布时间：2024-03-05 10:30"),
            ("2024-03-05T10:30:00".to_owned(), None)
        );
        assert_eq!(
            at("发布于 2024年3月5日 10:30 (UTC+8)"),
            (
                "2024-03-05T10:30:00".to_owned(),
                Some("2024-03-05T02:30:00+00:00".to_owned())
            )
        );
        assert_eq!(
            at("Published March 5, 2024 at 9:05 p.m. GMT"),
            (
                "2024-03-05T21:05:00".to_owned(),
                Some("2024-03-05T21:05:00+00:00".to_owned())
            )
        );
        assert_eq!(
            at("Posted on 2024-03-05 12:00 am -05:00"),
            (
                "2024-03-05T00:00:00".to_owned(),
                Some("2024-03-05T05:00:00+00:00".to_owned())
            )
        );
        // A named zone other than UTC is not read: `CST` is China's and
        // America's.
        assert_eq!(
            at("Posted on March 5, 2024 10:30 CST"),
            ("2024-03-05T10:30:00".to_owned(), None)
        );
        assert_eq!(
            at("Published March 5, 2024 at 10:30 a.m"),
            ("2024-03-05T10:30:00".to_owned(), None)
        );
        // A range is no offset.
        assert_eq!(
            at("发布于 2024年3月5日 10:00-12:00"),
            ("2024-03-05T10:00:00".to_owned(), None)
        );
        for line in [
            "原文2017.05.15刊載於 artouch.com",
            "原文發表於：https://life.huli.tw/2023/10/29/x/",
            "2024 年 1 月 20 日，順德大良華蓋路",
            "他在2019年3月31日写于一封信中的话后来被多次引用，引起了广泛的讨论和许多争议，至今仍有人提起。",
            "Posted in Uncategorized",
            "By 2024, the plan was dead.",
            "By March 5, 2024, all staff had left.",
            "截止日期2024年3月5日",
            "日期不详",
            "Published by Penguin in 2024.",
            // The review's sentences: what follows a date, or stands
            // before it, is no date line.
            "By Tuesday, March 5, 2024, the votes were counted.",
            "By Monday, 2024-03-05, the site was down.",
            "by train, 2024-03-05 was the day we left.",
            "Written by hand on March 5, 2024 in a notebook.",
            "Published March 5, 2024, the report was ignored.",
            "日期2024年3月5日的那份文件至今下落不明。",
            "发布日期：2019年6月1日的那条通知后来被撤回。",
            "Date: March 5, 2024. Location: Room 12.",
            "日期：2024年3月5日，地点：北京。",
            "日期：2024年3月5日 10:00-12:00",
            "张三说 2024年3月5日",
            "文化部 2024年3月5日",
            "It takes 5 min read",
            "Reading the report, March 5, 2024 · 5 min read",
        ] {
            assert!(publication_line(line).is_none(), "{line}");
        }
    }

    /// Where `parse` reads a date line: a byline's date, a date heading
    /// the post near the snapshot's timestamp; not a historical heading.
    #[test]
    fn published_from_the_body() {
        let published = |body: &str| {
            crate::parse(&format!(
                "<!--1709700000000-->\n[t](https://blog.example/p)\n---\n\n{body}\
                 <p>Body text of the post, long enough to be a paragraph.</p>"
            ))
            .expect("parses")
            .published
            .map(|p| p.local.to_string())
        };
        // 1709700000000 is 2024-03-06.
        assert_eq!(
            published("<p>By Jane Doe, March 5, 2024</p>").as_deref(),
            Some("2024-03-05")
        );
        assert_eq!(
            published("<p>2024年3月5日 星期二</p>").as_deref(),
            Some("2024-03-05")
        );
        assert_eq!(published("<p>July 20, 1969</p>"), None);
        assert_eq!(published("<h2>2024年3月5日</h2>"), None);
        assert_eq!(published("<p>March 9, 2024</p>"), None);
    }

    #[test]
    fn dates_alone() {
        let day = |line: &str| date_alone(line).map(|p| p.local.to_string());
        for (line, expected) in [
            ("2024年3月5日", "2024-03-05"),
            ("2024年3月5日 星期二", "2024-03-05"),
            ("March 5, 2024", "2024-03-05"),
            ("5 March 2024", "2024-03-05"),
            ("2024-03-05 10:30", "2024-03-05T10:30:00"),
        ] {
            assert_eq!(day(line).as_deref(), Some(expected), "{line}");
        }
        for line in [
            "2024年3月5日，他来到北京。",
            "March 5, 2024 was a cold day",
            "2024",
            "星期二",
            "2024年3月",
        ] {
            assert_eq!(day(line), None, "{line}");
        }
    }
}
