//! Fuzz target `date_parser`: [`parse_date`] on any text.
//!
//! The input is arbitrary bytes read with `String::from_utf8_lossy`, so valid UTF-8 reaches the
//! parser unchanged and invalid bytes arrive as U+FFFD. Beyond "never panics" it checks what the
//! parser promises (README, `src/date/parse.rs`): an accepted date lies in 1868–2200 and reads
//! back from its ISO and 和暦 forms; every refusal has a message id and its arguments.
#![no_main]

use chrono::Datelike;
use libfuzzer_sys::fuzz_target;
use mynaho_guide::date::{format_iso, format_wareki, parse_date};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    match parse_date(&text) {
        Ok(date) => {
            assert!(
                (1868..=2200).contains(&date.year()),
                "{text:?} read as {date}, outside 1868-2200"
            );
            assert_eq!(parse_date(&format_iso(date)), Ok(date), "ISO of {text:?}");
            assert_eq!(parse_date(&format_wareki(date)), Ok(date), "和暦 of {text:?}");
        }
        Err(error) => {
            assert!(!error.message_id().as_str().is_empty());
            let _ = error.args();
            let _ = error.to_string();
        }
    }
});
