//! Options of [`parse_with`](crate::parse_with).

/// Limits and switches for [`parse_with`](crate::parse_with).
///
/// Defaults are safe for untrusted input; build other values with the setters.
///
/// ```
/// let options = newsnap::ParseOptions::default().max_input_size(1 << 20);
/// assert_eq!(options.max_input_size, 1 << 20);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ParseOptions {
    /// Largest input accepted, in bytes; larger input gets
    /// [`ErrorKind::InputTooLarge`](crate::ErrorKind::InputTooLarge). Default
    /// 32 MiB; at most 4 GiB − 1 is used (html5ever's buffers are indexed by
    /// `u32`). Parsing takes up to about 25 bytes of memory per input byte
    /// (a body of nothing but tiny elements, which the element budget of
    /// [`Warning::TooManyElements`](crate::Warning::TooManyElements) cuts
    /// off), so lower it for untrusted input on small machines.
    pub max_input_size: usize,
    /// Deepest element nesting handed to the HTML tree builder. Start tags
    /// deeper than this are dropped (their text is kept) and a
    /// [`Warning::DepthLimited`](crate::Warning::DepthLimited) is recorded,
    /// which keeps tree building linear in the input size. Default 128; the
    /// corpus nests 14 deep at most.
    pub max_depth: usize,
    /// Whether a timestamp comment that holds no number of milliseconds
    /// (`<!--NaN-->`) is an error ([`ErrorKind::InvalidTimestamp`](crate::ErrorKind::InvalidTimestamp)
    /// or [`ErrorKind::TimestampOutOfRange`](crate::ErrorKind::TimestampOutOfRange)).
    /// Default `false`: such a snapshot is read, with a
    /// [`Warning::UnreadableTimestamp`](crate::Warning::UnreadableTimestamp).
    pub strict: bool,
}

impl Default for ParseOptions {
    fn default() -> Self {
        ParseOptions {
            max_input_size: 32 << 20,
            max_depth: 128,
            strict: false,
        }
    }
}

impl ParseOptions {
    /// Sets [`max_input_size`](Self::max_input_size).
    ///
    /// ```
    /// let options = newsnap::ParseOptions::default().max_input_size(10);
    /// let err = newsnap::parse_with("<!--0-->\n[t](https://a.example/)\n---\n", &options);
    /// assert!(matches!(
    ///     err.unwrap_err().kind(),
    ///     newsnap::ErrorKind::InputTooLarge { limit: 10, .. }
    /// ));
    /// ```
    #[must_use]
    pub fn max_input_size(mut self, bytes: usize) -> Self {
        self.max_input_size = bytes;
        self
    }

    /// Sets [`max_depth`](Self::max_depth) (at least 8 is used).
    ///
    /// ```
    /// let options = newsnap::ParseOptions::default().max_depth(64);
    /// assert_eq!(options.max_depth, 64);
    /// ```
    #[must_use]
    pub fn max_depth(mut self, depth: usize) -> Self {
        self.max_depth = depth;
        self
    }

    /// Sets [`strict`](Self::strict).
    ///
    /// ```
    /// let snapshot = "<!--NaN-->\n[t](https://a.example/)\n---\n";
    /// assert!(newsnap::parse(snapshot).is_ok());
    /// let strict = newsnap::ParseOptions::default().strict(true);
    /// let err = newsnap::parse_with(snapshot, &strict).unwrap_err();
    /// assert!(matches!(err.kind(), newsnap::ErrorKind::InvalidTimestamp(_)));
    /// ```
    #[must_use]
    pub fn strict(mut self, strict: bool) -> Self {
        self.strict = strict;
        self
    }
}
