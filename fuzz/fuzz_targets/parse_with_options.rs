//! `newsnap::parse_with` with arbitrary limits: small depth limits reach the
//! guards of the HTML tree builder sooner.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use newsnap::{ErrorKind, ParseOptions};

#[derive(Debug, Arbitrary)]
struct Input<'a> {
    /// `None` keeps the default.
    max_input_size: Option<u16>,
    max_depth: u8,
    text: &'a str,
}

fuzz_target!(|input: Input| {
    let mut options = ParseOptions::default().max_depth(usize::from(input.max_depth));
    if let Some(size) = input.max_input_size {
        options = options.max_input_size(usize::from(size));
    }
    let too_large = input.text.len() > options.max_input_size;
    for result in [
        newsnap::parse_with(input.text, &options),
        newsnap::parse_bytes_with(input.text.as_bytes(), &options),
    ] {
        match result {
            Err(e) if matches!(e.kind(), ErrorKind::InputTooLarge { .. }) => assert!(too_large),
            _ => assert!(!too_large),
        }
    }
});
