//! Byte classes of HTML's tokenizer, shared by newsnap's tokenizer and the
//! attribute scanner (which reads what html5ever's tokenizer reads).

/// HTML white space, as the tokenizer sees it (CR becomes LF). newsnap's
/// tokenizer never meets a `\r`: it hands input holding one to html5ever.
#[inline]
pub(super) fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0C' | b'\r' | b' ')
}

/// Whether `b` ends a tag name.
#[inline]
pub(super) fn ends_name(b: u8) -> bool {
    is_space(b) || b == b'/' || b == b'>'
}
