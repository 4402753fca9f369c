//! The plain-text writer ([`Article::to_text`](crate::Article::to_text)):
//! its head, media lines and blocks.

use super::Media;
use crate::article::{Article, BlockKind};
use crate::urls;

/// The title, the date line (and byline) and the URL, one per line.
pub(super) fn head(a: &Article, date: &str) -> String {
    let mut meta = String::new();
    meta.push_str(&a.title.replace('\n', " "));
    meta.push('\n');
    meta.push_str(date);
    if let Some(byline) = &a.byline {
        meta.push_str(" · ");
        meta.push_str(byline);
    }
    meta.push('\n');
    meta.push_str(&a.url_decoded);
    meta
}

/// The image, video or sound line.
pub(super) fn media(media: Media<'_>) -> String {
    match media {
        Media::Image(image) => {
            let url = urls::decode_for_display(image.url.as_str());
            // An alt text that the caption repeats (VOA) is not shown twice.
            let caption = image.caption.as_deref().unwrap_or_default();
            match image.alt.as_deref().filter(|alt| !caption.contains(alt)) {
                Some(alt) => format!("[image: {}] {url}", alt.replace('\n', " ")),
                None => format!("[image] {url}"),
            }
        }
        Media::Video(video) => {
            format!("[video] {}", urls::decode_for_display(video.url.as_str()))
        }
        Media::Audio(audio) => {
            format!("[audio] {}", urls::decode_for_display(audio.url.as_str()))
        }
    }
}

/// A block of `kind` holding `text`.
pub(super) fn block(kind: BlockKind, text: &str) -> String {
    let (first, rest): (String, String) = match kind {
        BlockKind::Quote => ("> ".into(), "> ".into()),
        BlockKind::ListItem { ordinal, depth } => {
            let indent = "   ".repeat(usize::from(depth.clamp(1, 8)) - 1);
            let first = match ordinal {
                Some(n) => format!("{indent}{n}. "),
                None => format!("{indent}- "),
            };
            let rest = " ".repeat(first.chars().count());
            (first, rest)
        }
        BlockKind::Heading { .. } => return text.split_whitespace().collect::<Vec<_>>().join(" "),
        BlockKind::Preformatted => return text.to_owned(),
        _ => (String::new(), String::new()),
    };
    let mut out = String::new();
    let mut blank = false;
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
            if std::mem::take(&mut blank) {
                out.push_str(rest.trim_end());
                out.push('\n');
            }
        }
        out.push_str(if out.is_empty() { &first } else { &rest });
        out.push_str(line);
    }
    out
}
