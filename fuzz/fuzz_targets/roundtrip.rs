//! The snapshot writer against the parser: whatever `parse` accepts, written
//! back with `to_snapshot`, parses to the same article (less
//! `Warning::LegacyDateLine`: the older variant is written in the modern
//! form), and writing that again gives the same snapshot. Any input, set as
//! the title of a small article, must be written so that it reads back too.
//! Text and Markdown rendering must not panic.

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "shared/round_trip.rs"]
mod round_trip;
use round_trip::round_trip;

fuzz_target!(|input: &str| {
    if let Ok(a) = newsnap::parse(input) {
        round_trip(&a);
        let _ = a.to_text();
        let _ = a.to_markdown();
    }
    // Titles set by hand: any text reads back (normalised) and stays put.
    if let Ok(mut a) = newsnap::parse("<!--0-->\n[T](https://a.example/)\n------\n\n<p>x</p>") {
        a.title = input.to_owned();
        match newsnap::parse(&a.to_snapshot()) {
            Ok(back) => round_trip(&back),
            Err(e) => panic!("hand-set title {input:?} breaks the snapshot: {e}"),
        }
    }
});
