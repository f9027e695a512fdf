//! Replays the committed fuzz corpus (`fuzz/corpus/`, made by the cargo-fuzz targets in `fuzz/`)
//! through the same calls as the fuzz targets, so CI keeps every input the fuzzer found
//! interesting working without cargo-fuzz or nightly: the date parser and the rules loader on
//! every file, the sheet text path on the first `SHEET_FILES` files (it takes milliseconds each).
//! A panic is caught to name the file; the test fails listing every file that panicked.

use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};
use mynaho_guide::date::{format_iso, format_wareki, parse_date};
use mynaho_guide::rules::Rules;
use mynaho_guide::sheet::{Sheet, SheetRenderer, SheetRequest};

/// How many sheet corpus files are rendered (sorted by name): enough to keep the interesting
/// scripts, few enough to keep the test short.
const SHEET_FILES: usize = 200;

/// The files of `fuzz/corpus/<target>`, sorted by name, with their bytes.
fn corpus(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("corpus entry").path())
        .filter(|path| path.is_file())
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "{} is empty", dir.display());
    paths
        .into_iter()
        .map(|path| {
            let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            (path, bytes)
        })
        .collect()
}

/// Runs `check` on every file; fails naming each file whose check panicked.
fn replay(files: &[(PathBuf, Vec<u8>)], mut check: impl FnMut(&str)) {
    let failed: Vec<String> = files
        .iter()
        .filter(|(_, bytes)| {
            let text = String::from_utf8_lossy(bytes);
            panic::catch_unwind(AssertUnwindSafe(|| check(&text))).is_err()
        })
        .map(|(path, _)| path.display().to_string())
        .collect();
    assert!(
        failed.is_empty(),
        "panicked on {} corpus file(s):\n{}",
        failed.len(),
        failed.join("\n")
    );
}

#[test]
fn date_parser_corpus() {
    // The checks of fuzz/fuzz_targets/date_parser.rs.
    replay(&corpus("date_parser"), |text| match parse_date(text) {
        Ok(date) => {
            assert!((1868..=2200).contains(&date.year()), "{text:?} read as {date}");
            assert_eq!(parse_date(&format_iso(date)), Ok(date), "ISO of {text:?}");
            assert_eq!(parse_date(&format_wareki(date)), Ok(date), "和暦 of {text:?}");
        }
        Err(error) => {
            assert!(!error.message_id().as_str().is_empty());
            let _ = error.args();
            let _ = error.to_string();
        }
    });
}

#[test]
fn rules_loader_corpus() {
    let files = corpus("rules_loader");
    let mut loaded = 0;
    replay(&files, |text| {
        if Rules::from_toml(text).is_ok() {
            loaded += 1;
        }
    });
    // The seed (the shipped rules with short sources) and its variants must still load: a
    // corpus of nothing but syntax errors would not reach the validation.
    assert!(loaded > 0, "no rules corpus file loads");
}

#[test]
fn sheet_text_corpus() {
    let rules = Rules::embedded().expect("embedded rules");
    let mut files = corpus("sheet_text");
    files.truncate(SHEET_FILES);
    // The inputs that crashed the sheet before names were cleaned (issue 9, finding 3).
    let found = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/crashes-found");
    let mut crashes: Vec<PathBuf> = std::fs::read_dir(&found)
        .map(|dir| dir.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    crashes.retain(|path| {
        path.file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("sheet_text-"))
    });
    crashes.sort();
    assert!(crashes.len() >= 6, "the recorded crashes: {crashes:?}");
    for path in crashes {
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        files.push((path, bytes));
    }
    let files = &files[..];
    // Taken out while a sheet renders and put back only when it did not panic: a renderer a
    // panic left half-way is replaced, so one bad file does not fail the files after it.
    let mut renderer = None;
    replay(files, |name| {
        let mut current = renderer
            .take()
            .unwrap_or_else(|| SheetRenderer::new().expect("embedded fonts"));
        let request = SheetRequest {
            today: NaiveDate::from_ymd_opt(2026, 11, 22).expect("valid date"),
            lang: "ja".to_owned(),
            sheet_lang: None,
            large_print: false,
            name: Some(name.to_owned()),
            timeline: None,
            outcome: None,
        };
        let sheet = Sheet::build(&request, &rules);
        if let Err(error) = current.render(&sheet) {
            panic!("sheet for name {name:?} failed: {error}");
        }
        renderer = Some(current);
    });
}
