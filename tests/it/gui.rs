//! The window driven headless with iced_test's simulator (tiny-skia, no GPU): widgets are found
//! by id, so these tests survive translation. Each step clicks or types in a fresh simulator of
//! the current view, then feeds the messages it produced to `App::update`, as the runtime does.
//! Only the tiny-skia renderer is compiled, so `ICED_TEST_BACKEND=tiny-skia` (set by the CI
//! script) changes nothing here; the crate forbids `unsafe`, so the test does not set it itself.

use chrono::NaiveDate;
use iced::keyboard::{Key, key::Named};
use iced_test::selector::{Target, id};
use mynaho_guide::app::{App, Message, Options, Screen};
use mynaho_guide::msg;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a valid test date")
}

fn app(kiosk: bool) -> App {
    App::new(Options {
        lang: Some("ja".into()),
        today: Some(day(2026, 11, 22)),
        kiosk,
        ..Options::default()
    })
}

use crate::ui::{click, shows, simulator, step, type_into};

fn field_text(app: &App, field: &'static str) -> String {
    match simulator(app).find(id(field)) {
        Ok(Target::TextInput { content, .. }) => content,
        other => panic!("{field} is not a text field: {other:?}"),
    }
}

#[test]
fn each_quick_guide_outcome_is_reached_by_clicking() {
    let walks: [(&[&str], &str); 5] = [
        (&["answer-yes", "answer-yes"], "use-at-reception"),
        (&["answer-yes", "answer-no"], "register"),
        (&["answer-yes", "answer-unknown"], "check-registration"),
        (&["answer-no"], "apply-for-card"),
        (&["answer-unknown"], "ask-municipality"),
    ];
    for (answers, expected) in walks {
        let mut app = app(false);
        click(&mut app, "home-guide");
        assert_eq!(app.screen(), Screen::Guide);
        assert!(
            shows(&app, "flowchart"),
            "the diagram is drawn beside the question"
        );
        for answer in answers {
            click(&mut app, answer);
        }
        assert_eq!(app.guide_outcome().as_deref(), Some(expected));
        assert!(shows(&app, "outcome-title"));
        assert!(
            shows(&app, "guide-back") && shows(&app, "guide-restart"),
            "back and restart stay visible"
        );

        click(&mut app, "outcome-review");
        assert_eq!(app.screen(), Screen::Review);
        assert!(shows(&app, "review-print"));
        click(&mut app, "review-edit-guide");
        assert_eq!(
            app.guide_outcome().as_deref(),
            Some(expected),
            "editing keeps the answers"
        );
        click(&mut app, "guide-back");
        assert_eq!(app.guide_outcome(), None);
    }
}

#[test]
fn a_counter_situation_is_chosen_from_home() {
    let mut app = app(false);
    click(&mut app, "home-problem");
    click(&mut app, "situation-lost-card");
    assert_eq!(app.guide_outcome().as_deref(), Some("lost-card"));
}

#[test]
fn dates_read_back_what_was_typed_and_show_the_status() {
    let mut app = app(false);
    click(&mut app, "home-dates");
    type_into(&mut app, "dates-born", "昭和25年10月10日");
    assert!(shows(&app, "dates-born-reading"));
    type_into(&mut app, "dates-card", "２０２９年１０月１０日");
    assert!(shows(&app, "dates-card-reading"));
    click(&mut app, "cert-kind-expiry");
    type_into(&mut app, "dates-cert", "R8.10.10");
    assert!(shows(&app, "dates-cert-reading"));
    step(&mut app, |ui| {
        let _ = ui.click(id("dates-cert"));
        let _ = ui.tap_key(Key::Named(Named::Enter));
    });
    assert!(
        shows(&app, "status-banner"),
        "Enter in the last field shows the result"
    );
    assert!(shows(&app, "timeline"));
    assert_eq!(
        app.dates_status(),
        Some("grace"),
        "certificate expired 2026-10-10, grace to January"
    );

    click(&mut app, "dates-edit");
    type_into(&mut app, "dates-cert", "x");
    assert!(
        shows(&app, "dates-cert-error"),
        "a wrong date is explained in place"
    );
}

#[test]
fn kiosk_idle_reset_clears_every_input() {
    let mut app = app(true);
    click(&mut app, "home-dates");
    type_into(&mut app, "dates-born", "S25.10.10");
    assert_eq!(field_text(&app, "dates-born"), "S25.10.10");
    assert!(shows(&app, "dates-born-reading"));
    for _ in 0..100 {
        let _ = app.update(Message::IdleTicked);
    }
    assert!(
        shows(&app, "idle-countdown"),
        "the countdown shows before the wipe"
    );
    for _ in 0..20 {
        let _ = app.update(Message::IdleTicked);
    }
    assert_eq!(app.screen(), Screen::Home);
    assert!(!shows(&app, "idle-countdown"));
    click(&mut app, "home-dates");
    // (An empty field reports its placeholder as its text to selectors.)
    assert_ne!(
        field_text(&app, "dates-born"),
        "S25.10.10",
        "nothing typed survives the wipe"
    );
    assert!(!shows(&app, "dates-born-reading"));
    assert!(!app.has_inputs());
}

#[test]
fn kiosk_review_offers_print_but_not_save() {
    let mut app = app(true);
    let _ = app.update(Message::SettingsPressed);
    click(&mut app, "top-home");
    click(&mut app, "home-guide");
    click(&mut app, "answer-no");
    click(&mut app, "outcome-review");
    assert!(shows(&app, "review-print"));
    assert!(!shows(&app, "review-save"));
}

#[test]
fn settings_switch_language_contrast_and_size_by_clicking() {
    let mut app = app(false);
    click(&mut app, "top-settings");
    click(&mut app, "scale-200");
    assert_eq!(app.text_scale(), 200);
    click(&mut app, "contrast-high");
    click(&mut app, "settings-lang-en");
    assert_eq!(app.lang(), "en");
    click(&mut app, "settings-back");
    assert_eq!(app.screen(), Screen::Home);
}

#[test]
fn a_finger_tap_works_like_a_click() {
    let mut app = app(false);
    step(&mut app, |ui| {
        let Ok(target) = ui.find(id("home-dates")) else {
            panic!("home-dates is shown")
        };
        let center = target.bounds().center();
        ui.point_at(center);
        let finger = iced::touch::Finger(0);
        let _ = ui.simulate([
            iced::Event::Touch(iced::touch::Event::FingerPressed {
                id: finger,
                position: center,
            }),
            iced::Event::Touch(iced::touch::Event::FingerLifted {
                id: finger,
                position: center,
            }),
        ]);
    });
    assert_eq!(app.screen(), Screen::Dates);
}

#[test]
fn every_button_is_big_enough_for_a_finger() {
    let mut app = app(false);
    let tall = |app: &App, ids: &[&'static str]| {
        for target in ids {
            let Ok(found) = simulator(app).find(id(*target)) else {
                panic!("{target} is shown")
            };
            let height = found.bounds().height;
            assert!(height >= 48.0, "{target} is {height} px high");
        }
    };
    tall(
        &app,
        &[
            "home-guide",
            "home-dates",
            "home-problem",
            "lang-en",
            "top-settings",
        ],
    );
    click(&mut app, "home-guide");
    tall(
        &app,
        &[
            "answer-yes",
            "answer-no",
            "answer-unknown",
            "guide-back",
            "guide-restart",
            "top-home",
        ],
    );
    click(&mut app, "answer-no");
    tall(&app, &["outcome-review", "outcome-dates", "outcome-restart"]);
    click(&mut app, "outcome-review");
    tall(
        &app,
        &[
            "review-print",
            "review-save",
            "copies-plus",
            "copies-minus",
            "large-print",
            "review-back",
        ],
    );
    click(&mut app, "top-settings");
    tall(
        &app,
        &["scale-100", "scale-200", "contrast-high", "settings-back"],
    );
    click(&mut app, "top-home");
    click(&mut app, "home-dates");
    tall(
        &app,
        &[
            "dates-born",
            "dates-card",
            "card-kind-issued",
            "cert-kind-expiry",
            "dates-show",
        ],
    );
}

#[test]
fn switching_language_changes_the_visible_texts_at_once() {
    let mut app = app(false);
    let ja = mynaho_guide::i18n::Localizer::new("ja");
    let vi = mynaho_guide::i18n::Localizer::new("vi");
    let visible = |app: &App, text: String| crate::ui::all_texts(app).contains(&text);
    assert!(visible(&app, ja.text(msg!("app-title"))));
    assert!(visible(&app, ja.text(msg!("gui-home-intro"))));
    click(&mut app, "lang-vi");
    assert_eq!(app.lang(), "vi");
    assert!(
        visible(&app, vi.text(msg!("app-title"))),
        "the title is in Vietnamese"
    );
    assert!(
        visible(&app, vi.text(msg!("gui-home-intro"))),
        "the introduction is in Vietnamese"
    );
    assert!(
        !visible(&app, ja.text(msg!("app-title"))),
        "no Japanese title left"
    );
    assert!(
        !visible(&app, ja.text(msg!("gui-home-intro"))),
        "no Japanese introduction left"
    );
}
