//! The snapshot writer: [`Article::to_snapshot`] and the `Display` of an
//! [`Article`].

use std::fmt;

use super::percent_encode;
use crate::article::Article;
use crate::text;

/// Writes the snapshot, as [`Article::to_snapshot`] describes.
impl fmt::Display for Article {
    /// ```
    /// let article: newsnap::Article = newsnap::SEED.parse()?;
    /// assert_eq!(article.to_string(), newsnap::SEED);
    /// # Ok::<(), newsnap::Error>(())
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_snapshot(self, f)
    }
}

pub(super) fn write_snapshot(a: &Article, out: &mut impl fmt::Write) -> fmt::Result {
    if let Some(front_matter) = &a.front_matter {
        out.write_str("---\n")?;
        out.write_str(front_matter)?;
        if !front_matter.is_empty() && !front_matter.ends_with('\n') {
            out.write_char('\n')?;
        }
        out.write_str("---\n")?;
    }
    match (&a.timestamp_raw, a.timestamp) {
        // Line 1 as it was found when it held no number of milliseconds.
        (Some(raw), _) => writeln!(out, "<!--{raw}-->")?,
        (None, Some(t)) => writeln!(out, "<!--{}-->", t.timestamp_millis())?,
        (None, None) => writeln!(out, "<!--NaN-->")?,
    }
    out.write_char('[')?;
    out.write_str(&title_source(&a.title))?;
    out.write_str("](")?;
    for c in a.url.as_str().chars() {
        if c.is_whitespace() {
            percent_encode(c, out)?;
        } else {
            out.write_char(c)?;
        }
    }
    out.write_str(")\n------\n\n")?;
    out.write_str(&a.body_html)
}

/// The title as written between `[` and `](url)` so that the header scanner
/// reads back `normalize(title)` (see [`Article::to_snapshot`]).
///
/// The scanner takes the first `](` after the line's last white space (the
/// URL holds none). Only a `](` in the title's last word can come first, and
/// a space written after the title, which the title normalisation trims
/// away, puts every `](` of the title before the line's last white space.
fn title_source(title: &str) -> String {
    let mut t = text::normalize_title(title);
    let last_word = t.rfind(' ').map_or(0, |i| i + 1);
    if t[last_word..].contains("](") {
        t.push(' ');
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the header scanner reads back from a written title.
    fn read_back(title: &str) -> Result<String, crate::Error> {
        let input = format!(
            "<!--0-->\n[{}](https://a.example/)\n---\n",
            title_source(title)
        );
        crate::header::parse(&input, true).map(|h| h.title)
    }

    #[test]
    fn titles_are_written_unescaped() {
        for t in [
            "T",
            "[视频]北京 [x]",
            "a](b) c",
            "T (x)",
            "a]",
            "]",
            "",
            "中文（一）",
        ] {
            assert_eq!(title_source(t), t);
            assert_eq!(read_back(t).unwrap(), t);
        }
    }

    #[test]
    fn link_in_the_last_word_gets_a_space_before_the_link() {
        for t in [
            "a](b)c",
            "](x",
            "x](",
            "x]()",
            "a b](c",
            "a](b)",
            "a](中文)",
            "x](https://evil.example/)",
            "a](b)](c)",
            "](https://x.example/)",
        ] {
            assert_eq!(title_source(t), format!("{t} "));
            assert_eq!(read_back(t).unwrap(), t);
        }
    }

    #[test]
    fn titles_are_normalised() {
        assert_eq!(read_back("  a \n b\t").unwrap(), "a b");
        assert_eq!(read_back("中国\n人民").unwrap(), "中国人民");
        assert_eq!(read_back("a\n---\nb").unwrap(), "a --- b");
        assert_eq!(read_back(" x](y)\u{a0}").unwrap(), "x](y)");
    }
}
