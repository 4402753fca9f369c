//! `newsnap::parse_bytes` on arbitrary bytes; on UTF-8 it agrees with `parse`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &[u8]| {
    let result = newsnap::parse_bytes(input);
    match std::str::from_utf8(input) {
        Ok(text) => assert_eq!(result, newsnap::parse(text)),
        Err(e) => assert_eq!(result.unwrap_err().offset(), e.valid_up_to()),
    }
});
