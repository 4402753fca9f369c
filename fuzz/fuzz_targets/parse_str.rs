//! `newsnap::parse` on arbitrary text; the article must serialize.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &str| {
    match newsnap::parse(input) {
        Ok(article) => {
            serde_json::to_string(&article).expect("an article serializes");
            for warning in &article.warnings {
                let _ = warning.to_string();
            }
        }
        Err(error) => {
            assert!(error.offset() <= input.len());
            let _ = error.to_string();
        }
    }
});
