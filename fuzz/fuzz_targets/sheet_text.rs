//! Fuzz target `sheet_text`: the sheet's text path with the person's name as the input.
//!
//! Builds the sheet (`Sheet::build`, the name printed as 「〇〇 様」) and renders it to PDF
//! (cosmic-text shaping and line breaking, krilla writing), asserting it neither panics nor
//! fails: any name a person can type must print. Slow (milliseconds per run): run it for a
//! fixed time (`-max_total_time`), not for millions of runs.
#![no_main]

use std::cell::RefCell;

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use mynaho_guide::rules::Rules;
use mynaho_guide::sheet::{Sheet, SheetRenderer, SheetRequest};

thread_local! {
    /// Fonts are parsed once; the renderer is reused across runs as the program reuses it.
    static STATE: RefCell<(SheetRenderer, Rules)> = RefCell::new((
        SheetRenderer::new().expect("embedded fonts"),
        Rules::embedded().expect("embedded rules"),
    ));
}

fuzz_target!(|data: &[u8]| {
    let name = String::from_utf8_lossy(data).into_owned();
    let request = SheetRequest {
        today: NaiveDate::from_ymd_opt(2026, 11, 22).expect("valid date"),
        lang: "ja".to_owned(),
        sheet_lang: None,
        large_print: false,
        name: Some(name),
        timeline: None,
        outcome: None,
    };
    STATE.with_borrow_mut(|(renderer, rules)| {
        let sheet = Sheet::build(&request, rules);
        if let Err(error) = renderer.render(&sheet) {
            panic!("sheet for name {:?} failed: {error}", request.name);
        }
    });
});
