//! The long-tail set (`../shared/corpus-longtail`): snapshots of outlets
//! beyond the corpus's twenty, `<!--NaN-->` timestamps and front matter
//! included. Every file parses, media URLs are absolute web URLs, no block
//! is empty, feed furniture and tracking pixels stay out of the article, and
//! each long-tail outlet is known by its pages.

mod common;

use newsnap::{Article, Outlet};

/// Feed furniture that never belongs in the text, each also found in the
/// set's boilerplate (those the set holds), so that the check is not empty.
const FURNITURE: &[&str] = &[
    "was originally published",
    "Continue reading on",
    "appeared first on",
    "微信搜索",
];

/// The text of an article: its lead and blocks.
fn texts(a: &Article) -> impl Iterator<Item = &str> {
    a.lead
        .iter()
        .map(String::as_str)
        .chain(a.blocks.iter().map(|b| b.text.as_str()))
}

#[test]
fn every_longtail_file_parses_cleanly() {
    let Some(files) = common::longtail_files() else {
        return;
    };
    let mut failures = Vec::new();
    let (mut nan, mut furniture_dropped) = (0, vec![0; FURNITURE.len()]);
    for (name, input) in &files {
        let a = match newsnap::parse(input) {
            Ok(a) => a,
            Err(e) => {
                failures.push(format!("{name}: {e}"));
                continue;
            }
        };
        nan += usize::from(a.timestamp_raw.is_some());
        let media = a
            .images
            .iter()
            .map(|i| &i.url)
            .chain(a.videos.iter().map(|v| &v.url));
        for url in media {
            if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
                failures.push(format!("{name}: media URL {url}"));
            }
        }
        for image in &a.images {
            if image.url.as_str().contains("medium.com/_/stat") {
                failures.push(format!("{name}: tracking pixel {} in images", image.url));
            }
        }
        if a.blocks.iter().any(|b| b.text.trim().is_empty()) || a.lead.as_deref() == Some("") {
            failures.push(format!("{name}: empty block"));
        }
        for text in texts(&a) {
            for phrase in FURNITURE {
                if text.contains(phrase) {
                    failures.push(format!("{name}: furniture {phrase:?} in {text:?}"));
                }
            }
        }
        for (i, phrase) in FURNITURE.iter().enumerate() {
            furniture_dropped[i] += usize::from(a.boilerplate.iter().any(|b| b.contains(phrase)));
        }
    }
    println!(
        "longtail: {} files, {} failures, {nan} NaN timestamps; furniture in boilerplate: {:?}",
        files.len(),
        failures.len(),
        FURNITURE.iter().zip(&furniture_dropped).collect::<Vec<_>>()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(nan >= 10, "{nan} NaN timestamps");
    // The set holds these phrases: the check above sees them dropped.
    for (phrase, dropped) in FURNITURE.iter().zip(&furniture_dropped) {
        assert!(*dropped > 0 || *phrase == "appeared first on", "{phrase}");
    }
}

/// The folders of the long-tail outlets, and the outlet each one's pages
/// are known as. `nan/` holds 燕京书评's desktop links (`www.allnow.com`).
const OUTLETS: &[(&str, &str)] = &[
    ("cn.nikkei.com/", "nikkei"),
    ("hulitw.medium.com/", "medium"),
    ("m.allnow.com/", "allnow"),
    ("matters.news/", "matters"),
    ("medium.com/", "medium"),
    ("nan/", "allnow"),
    ("soundfury.medium.com/", "medium"),
    ("theinitium.com/", "initium"),
    ("www.chinafile.com/", "chinafile"),
];

#[test]
fn longtail_outlets_are_known_by_their_pages() {
    let Some(files) = common::longtail_files() else {
        return;
    };
    let mut checked = 0;
    for (name, input) in &files {
        let Some((_, outlet)) = OUTLETS.iter().find(|(dir, _)| name.starts_with(dir)) else {
            continue;
        };
        let a = newsnap::parse(input).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(
            a.outlet,
            Outlet::from_name(outlet).expect("known"),
            "{name}"
        );
        // A Medium page is Medium's under any host: its body gives it away
        // (every Medium page of the set, full posts and snippets alike).
        if *outlet == "medium" {
            let mut moved = a.url.clone();
            moved.set_host(Some("blog.example")).expect("a host");
            assert_eq!(
                Outlet::from_page(&moved, &a.body_html),
                Outlet::Medium,
                "{name}"
            );
        }
        // 燕京书评's NaN timestamps fall back to the time the post id encodes.
        if name.starts_with("nan/") {
            assert!(a.timestamp.is_some(), "{name}");
        }
        checked += 1;
    }
    assert!(checked >= 140, "{checked}");
    println!("longtail: {checked} pages of the long-tail outlets");
}
