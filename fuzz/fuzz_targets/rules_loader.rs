//! Fuzz target `rules_loader`: [`Rules::from_toml`] on any text (a municipality's `--rules FILE`).
//!
//! The loader must refuse a bad file with an error, never panic. The input is arbitrary bytes
//! read with `String::from_utf8_lossy`; the seed corpus holds a valid rules file (the shipped
//! one with short sources) so mutations reach the validation, not only the TOML syntax.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mynaho_guide::rules::Rules;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Err(error) = Rules::from_toml(&text) {
        let _ = error.to_string();
    }
});
