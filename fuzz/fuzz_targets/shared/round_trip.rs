//! Shared by the fuzz targets (included with `#[path]`): the snapshot
//! writer against the parser.

use newsnap::{Article, Warning};

/// `to_snapshot` of `a` parses to `a` again (less `Warning::LegacyDateLine`:
/// the older variant is written in the modern form), and writing that again
/// gives the same snapshot.
pub fn round_trip(a: &Article) {
    let written = a.to_snapshot();
    let back = match newsnap::parse(&written) {
        Ok(back) => back,
        Err(e) => panic!("written snapshot does not parse: {e}\n{written:?}"),
    };
    let mut expected = a.clone();
    expected.warnings.retain(|w| *w != Warning::LegacyDateLine);
    assert_eq!(
        back, expected,
        "round trip changed the article\n{written:?}"
    );
    assert_eq!(back.to_snapshot(), written, "not a fixed point");
}
