//! Whatever a person types or pastes — right-to-left text, combining marks, line and paragraph
//! separators, control characters — goes through the window's fields and onto the sheet
//! without a panic (issue 9, finding 3: U+2029, U+0085 or U+001C next to RTL text used to trip
//! a cosmic-text assertion and crash the window and the CLI).

use chrono::NaiveDate;
use mynaho_guide::app::{App, Options};
use mynaho_guide::rules::Rules;
use mynaho_guide::sheet::{Sheet, SheetRenderer, SheetRequest};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

/// Characters that stress the shaper: separators and controls beside RTL letters, combining
/// marks, CJK, Thai, emoji.
fn awkward_char() -> impl Strategy<Value = char> {
    prop_oneof![
        prop::sample::select(vec![
            '\n', '\r', '\t', '\u{0}', '\u{1c}', '\u{1d}', '\u{1e}', '\u{85}', '\u{2028}', '\u{2029}',
            '\u{200f}', '\u{202b}', '\u{202e}', '\u{2067}', '\u{feff}', ' ', '\u{3000}',
        ]),
        (0x05d0u32..0x05eb).prop_filter_map("Hebrew", char::from_u32),
        (0x0627u32..0x064a).prop_filter_map("Arabic", char::from_u32),
        (0x0300u32..0x036f).prop_filter_map("combining", char::from_u32),
        (0x3040u32..0x30ff).prop_filter_map("kana", char::from_u32),
        (0x4e00u32..0x4fff).prop_filter_map("kanji", char::from_u32),
        (0x0e01u32..0x0e4f).prop_filter_map("Thai", char::from_u32),
        (0x1f600u32..0x1f64f).prop_filter_map("emoji", char::from_u32),
        (0x20u32..0x7f).prop_filter_map("ASCII", char::from_u32),
        any::<char>(),
    ]
}

fn awkward_text() -> impl Strategy<Value = String> {
    prop::collection::vec(awkward_char(), 0..40).prop_map(|chars| chars.into_iter().collect())
}

#[test]
fn the_known_crashing_names_print() {
    let rules = Rules::embedded().expect("rules");
    let mut renderer = SheetRenderer::new().expect("fonts");
    for name in [
        "abc \u{5d0}\u{2029}\u{5d1} x",
        "\u{5d0}\u{85}\u{5d1}",
        "a\u{1c}\u{627}b",
    ] {
        let sheet = Sheet::build(&request(name), &rules);
        assert!(renderer.render(&sheet).is_ok(), "{name:?}");
    }
}

fn request(name: &str) -> SheetRequest {
    SheetRequest {
        today: NaiveDate::from_ymd_opt(2026, 11, 30).expect("date"),
        lang: "ja".into(),
        sheet_lang: Some("en".into()),
        large_print: false,
        name: Some(name.to_owned()),
        timeline: None,
        outcome: None,
    }
}

#[test]
fn random_text_on_the_sheet_never_panics() {
    let rules = Rules::embedded().expect("rules");
    let renderer = std::cell::RefCell::new(SheetRenderer::new().expect("fonts"));
    let mut runner = TestRunner::new(Config::with_cases(48));
    let result = runner.run(&awkward_text(), |name| {
        let sheet = Sheet::build(&request(&name), &rules);
        prop_assert!(renderer.borrow_mut().render(&sheet).is_ok());
        Ok(())
    });
    assert!(result.is_ok(), "{result:?}");
}

use crate::ui::{click, simulator, type_into as type_text};

#[test]
fn random_text_in_the_window_fields_never_panics() {
    let mut runner = TestRunner::new(Config::with_cases(24));
    let result = runner.run(&(awkward_text(), awkward_text()), |(date, name)| {
        let mut app = App::new(Options {
            lang: Some("ja".into()),
            today: NaiveDate::from_ymd_opt(2026, 11, 30),
            ..Options::default()
        });
        click(&mut app, "home-dates");
        type_text(&mut app, "dates-born", &date);
        type_text(&mut app, "dates-card", &date);
        // Laying the screen out again shapes what was typed (and its error message).
        let _ = simulator(&app);
        click(&mut app, "top-home");
        click(&mut app, "home-guide");
        click(&mut app, "answer-unknown");
        click(&mut app, "outcome-review");
        type_text(&mut app, "review-name", &name);
        let _ = simulator(&app);
        Ok(())
    });
    assert!(result.is_ok(), "{result:?}");
}
