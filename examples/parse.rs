//! Parses one snapshot and prints a readable summary.
//!
//! ```text
//! cargo run --example parse              # the embedded seed sample
//! cargo run --example parse -- FILE.md   # a snapshot of yours
//! ```

use std::process::ExitCode;

fn main() -> ExitCode {
    // `parse_file` reads the file into a buffer that the article keeps as
    // its `body_html`: no copy of the body is made.
    let (result, name) = match std::env::args_os().nth(1) {
        Some(p) => (
            newsnap::parse_file(&p).map_err(|e| e.to_string()),
            p.to_string_lossy().into_owned(),
        ),
        None => (
            newsnap::parse(newsnap::SEED).map_err(|e| e.to_string()),
            "the seed sample".to_owned(),
        ),
    };
    match result {
        Ok(article) => {
            print_summary(&article);
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{name}: {e}");
            ExitCode::FAILURE
        }
    }
}

fn print_summary(a: &newsnap::Article) {
    println!("title      {}", a.title);
    println!("url        {}", a.url_decoded);
    println!("outlet     {}", a.outlet);
    match (a.timestamp, &a.timestamp_raw) {
        (Some(t), None) => println!("timestamp  {}", t.to_rfc3339()),
        (Some(t), Some(raw)) => println!("timestamp  {} (line 1: {raw:?})", t.to_rfc3339()),
        (None, raw) => println!(
            "timestamp  none (line 1: {:?})",
            raw.as_deref().unwrap_or("")
        ),
    }
    if let Some(p) = &a.published {
        let instant = p.instant.map_or("zone unknown".into(), |i| i.to_rfc3339());
        println!("published  {} ({}, {instant})", p.raw, p.local);
    }
    if let Some(b) = &a.byline {
        println!("byline     {b}");
    }
    if let Some(lead) = &a.lead {
        println!("\nlead\n  {lead}");
    }
    println!("\n{} blocks", a.blocks.len());
    for block in a.blocks.iter().take(5) {
        println!("  [{:?}] {}", block.kind, clip(&block.text, 60));
    }
    if a.blocks.len() > 5 {
        println!("  …");
    }
    println!("\n{} images", a.images.len());
    for image in &a.images {
        println!("  {}", image.url);
        if let Some(c) = &image.caption {
            println!("    caption: {c}");
        }
    }
    for video in &a.videos {
        println!("video      {}", video.url);
    }
    for audio in &a.audio {
        println!("audio      {}", audio.url);
    }
    for share in &a.share_links {
        let target = share.target.as_ref().map_or("?", |t| t.as_str());
        println!("share      {:<9} → {target}", share.platform.as_str());
    }
    if let Some(f) = &a.feed_footer {
        let links: Vec<_> = f.links.iter().map(|l| l.as_str()).collect();
        println!("footer     {} {}", f.service, links.join(" "));
    }
    for w in &a.warnings {
        println!("warning    {w}");
    }
}

fn clip(s: &str, n: usize) -> String {
    let mut out: String = s.chars().take(n).collect();
    if s.chars().count() > n {
        out.push('…');
    }
    out
}
