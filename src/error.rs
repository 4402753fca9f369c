//! Errors of the snapshot envelope (the header); the HTML body never fails.

use std::fmt;

/// What is wrong with a snapshot's envelope.
///
/// Only the header (front matter, timestamp comment, title link, dashes line)
/// and the input as a whole can be wrong; the HTML body never is.
///
/// ```
/// let strict = newsnap::ParseOptions::default().strict(true);
/// let err = newsnap::parse_with("<!--abc-->\n", &strict).unwrap_err();
/// assert!(matches!(err.kind(), newsnap::ErrorKind::InvalidTimestamp(_)));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input is not valid UTF-8 (only from [`parse_bytes`](crate::parse_bytes)).
    #[error("input is not valid UTF-8")]
    NotUtf8,
    /// The input is larger than [`ParseOptions::max_input_size`](crate::ParseOptions::max_input_size).
    #[error("input of {size} bytes exceeds the limit of {limit} bytes")]
    InputTooLarge {
        /// Size of the input in bytes.
        size: usize,
        /// The limit in force.
        limit: usize,
    },
    /// A Jekyll front-matter block opened with `---` is never closed.
    #[error("front matter is not closed by a `---` line")]
    UnclosedFrontMatter,
    /// Neither a `<!--…-->` timestamp comment nor a title link starts the snapshot,
    /// or the older variant's `日期：` line is missing.
    #[error("missing timestamp comment")]
    MissingTimestamp,
    /// The timestamp comment (in [strict](crate::ParseOptions::strict) mode)
    /// or the `日期：` line does not hold a number of milliseconds or a date;
    /// holds the offending text.
    #[error("invalid timestamp {0:?}")]
    InvalidTimestamp(Box<str>),
    /// The timestamp is a number but outside the range of dates this crate
    /// represents (in [strict](crate::ParseOptions::strict) mode).
    #[error("timestamp {0:?} is out of range")]
    TimestampOutOfRange(Box<str>),
    /// The line after the timestamp does not start a `[title](url)` link.
    #[error("missing title link")]
    MissingTitleLink,
    /// A `[title](url)` link was started but is not well formed; holds what is wrong.
    #[error("malformed title link: {0}")]
    MalformedTitleLink(&'static str),
    /// The link's URL does not parse as an absolute URL; holds why. (The
    /// message says it, so it is not also the error's `source`, which
    /// error reporters would print a second time.)
    #[error("invalid URL: {0}")]
    InvalidUrl(url::ParseError),
    /// The line after the title link is not a line of dashes.
    #[error("missing dashes line after the title link")]
    MissingDashes,
}

impl ErrorKind {
    /// A stable snake_case name of the kind, as `snapshot2json` reports it.
    ///
    /// ```
    /// let err = newsnap::parse("x").unwrap_err();
    /// assert_eq!(err.kind().as_str(), "missing_timestamp");
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &'static str {
        match self {
            ErrorKind::NotUtf8 => "not_utf8",
            ErrorKind::InputTooLarge { .. } => "input_too_large",
            ErrorKind::UnclosedFrontMatter => "unclosed_front_matter",
            ErrorKind::MissingTimestamp => "missing_timestamp",
            ErrorKind::InvalidTimestamp(_) => "invalid_timestamp",
            ErrorKind::TimestampOutOfRange(_) => "timestamp_out_of_range",
            ErrorKind::MissingTitleLink => "missing_title_link",
            ErrorKind::MalformedTitleLink(_) => "malformed_title_link",
            ErrorKind::InvalidUrl(_) => "invalid_url",
            ErrorKind::MissingDashes => "missing_dashes",
        }
    }
}

/// A snapshot that could not be parsed: what is wrong ([`ErrorKind`]) and where.
///
/// The position is a byte offset into the input as given (a UTF-8 BOM
/// included), with the 1-based line and column (in characters) derived from it.
///
/// ```
/// let strict = newsnap::ParseOptions::default().strict(true);
/// let err = newsnap::parse_with("<!--abc-->\n", &strict).unwrap_err();
/// assert_eq!(err.offset(), 4);
/// assert_eq!((err.line(), err.column()), (1, 5));
/// assert_eq!(err.to_string(), r#"invalid timestamp "abc" at line 1, column 5"#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    offset: usize,
    line: u32,
    column: u32,
}

impl Error {
    /// Builds an error at byte `offset` of `input`, deriving line and column.
    pub(crate) fn new(kind: ErrorKind, input: &str, offset: usize) -> Self {
        let offset = offset.min(input.len());
        // `offset` may fall inside a character when it comes from a byte scan.
        let mut at = offset;
        while !input.is_char_boundary(at) {
            at -= 1;
        }
        let before = &input[..at];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
        let column = before[line_start..]
            .chars()
            .filter(|&c| c != '\u{feff}')
            .count()
            + 1;
        Error {
            kind,
            offset,
            line: u32::try_from(line).unwrap_or(u32::MAX),
            column: u32::try_from(column).unwrap_or(u32::MAX),
        }
    }

    /// Builds an error whose position is a byte offset of input that is not
    /// text (invalid UTF-8 or input too large to look at).
    pub(crate) fn at_byte(kind: ErrorKind, bytes: &[u8], offset: usize) -> Self {
        let valid = match std::str::from_utf8(&bytes[..offset.min(bytes.len())]) {
            Ok(s) => s,
            Err(e) => std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default(),
        };
        let mut err = Error::new(kind, valid, valid.len());
        err.offset = offset;
        err
    }

    /// What is wrong.
    ///
    /// ```
    /// use newsnap::ErrorKind;
    /// let err = newsnap::parse("no snapshot").unwrap_err();
    /// assert_eq!(err.kind(), &ErrorKind::MissingTimestamp);
    /// ```
    #[must_use]
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// Byte offset into the input of the first byte that is wrong.
    ///
    /// ```
    /// let err = newsnap::parse("<!--1-->\n[t](https://a.example/)\nxx\n").unwrap_err();
    /// assert_eq!(err.offset(), 33);
    /// ```
    #[must_use]
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// 1-based line of [`offset`](Self::offset).
    ///
    /// ```
    /// let err = newsnap::parse("<!--1-->\nnot a link\n").unwrap_err();
    /// assert_eq!(err.line(), 2);
    /// ```
    #[must_use]
    pub fn line(&self) -> u32 {
        self.line
    }

    /// 1-based column, in characters, of [`offset`](Self::offset).
    ///
    /// ```
    /// let err = newsnap::parse("<!--1-->\nnot a link\n").unwrap_err();
    /// assert_eq!(err.column(), 1);
    /// ```
    #[must_use]
    pub fn column(&self) -> u32 {
        self.column
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {}, column {}",
            self.kind, self.line, self.column
        )
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        std::error::Error::source(&self.kind)
    }
}

/// A snapshot that could not be read ([`parse_file`](crate::parse_file),
/// [`parse_reader`](crate::parse_reader)): an I/O failure, or an [`Error`]
/// of the snapshot itself. Both display as the error they hold.
///
/// ```
/// let err = newsnap::parse_file("no/such/file.md").unwrap_err();
/// assert!(matches!(&err, newsnap::ReadError::Io(e) if e.kind() == std::io::ErrorKind::NotFound));
/// let err = newsnap::parse_reader(&b"not a snapshot"[..]).unwrap_err();
/// assert_eq!(err.to_string(), "missing timestamp comment at line 1, column 1");
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ReadError {
    /// Reading failed.
    #[error(transparent)]
    Io(#[from] std::io::Error),
    /// The snapshot is malformed.
    #[error(transparent)]
    Parse(#[from] Error),
}

/// JSON: `{"kind", "message", "offset", "line", "column"}`.
#[cfg(feature = "serde")]
impl serde::Serialize for Error {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Error", 5)?;
        st.serialize_field("kind", self.kind.as_str())?;
        st.serialize_field("message", &self.to_string())?;
        st.serialize_field("offset", &self.offset)?;
        st.serialize_field("line", &self.line)?;
        st.serialize_field("column", &self.column)?;
        st.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_stays_small() {
        assert!(
            std::mem::size_of::<Error>() <= 40,
            "{}",
            std::mem::size_of::<Error>()
        );
    }

    #[test]
    fn position_counts_characters_not_bytes() {
        let input = "一二\n三四x";
        let err = Error::new(ErrorKind::MissingDashes, input, input.find('x').unwrap());
        assert_eq!((err.line(), err.column()), (2, 3));
    }

    #[test]
    fn offset_inside_a_character_is_clamped_for_the_column() {
        let input = "一二";
        let err = Error::new(ErrorKind::MissingDashes, input, 4);
        assert_eq!(err.offset(), 4);
        assert_eq!(err.column(), 2);
    }

    /// Reporters print an error's message, then each `source()`: the URL
    /// error's cause is in the message, so it is not a source too.
    #[test]
    fn the_url_error_is_told_once() {
        let err = Error::new(ErrorKind::InvalidUrl(url::ParseError::EmptyHost), "", 0);
        assert!(std::error::Error::source(&err).is_none());
        assert_eq!(
            err.to_string(),
            "invalid URL: empty host at line 1, column 1"
        );
    }
}
