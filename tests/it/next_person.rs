//! Issue 11, "next person": everything one person typed, chose or was told is gone after
//! 「次の方へ」 (desktop) or Home (kiosk), on every screen — checked on the texts the window
//! draws, not only on the app's state.

use chrono::NaiveDate;
use mynaho_guide::app::{App, Message, Options, Screen};

use crate::ui::{all_texts, click, shows, type_into};

fn app(kiosk: bool) -> App {
    App::new(Options {
        lang: Some("ja".into()),
        today: NaiveDate::from_ymd_opt(2026, 11, 22),
        kiosk,
        ..Options::default()
    })
}

/// What this person typed, and the readings the window makes of it: none is an example the
/// window shows by itself (the examples use 2031年10月10日 and 昭和25年).
const TRACES: [&str; 12] = [
    "山田花子",
    "S22.3.4",
    "昭和22年",
    "1947",
    "2033-06-17",
    "2033",
    "R12.5.21",
    "2030",
    "2029-08-09",
    "2029年8月",
    "在留期間満了日",
    "紛失",
];

/// Fills every field and choice of one person: the lost-card situation, all the dates, the
/// sheet's options and the name.
fn fill_everything(app: &mut App) {
    click(app, "home-problem");
    click(app, "situation-lost-card");
    assert_eq!(app.guide_outcome().as_deref(), Some("lost-card"));
    let _ = app.update(Message::HomePressed);
    click(app, "home-dates");
    type_into(app, "dates-born", "S22.3.4");
    type_into(app, "dates-card", "2033-06-17");
    click(app, "cert-kind-expiry");
    type_into(app, "dates-cert", "R12.5.21");
    click(app, "dates-foreign");
    type_into(app, "dates-residence", "2029-08-09");
    click(app, "dates-show");
    assert!(app.dates_timeline().is_some(), "the dates compute");
    click(app, "dates-review");
    assert_eq!(app.screen(), Screen::Review);
    click(app, "sheet-lang-vi");
    click(app, "large-print");
    click(app, "copies-plus");
    type_into(app, "review-name", "山田花子");
    let review = all_texts(app).join("\n");
    assert!(
        review.contains("山田花子"),
        "the name is on screen before: {review}"
    );
    assert!(
        review.contains("昭和22年"),
        "the birth date is read back before: {review}"
    );
}

/// The texts of every screen, opened the way a person would.
fn every_screen(app: &mut App) -> Vec<(Screen, String)> {
    let mut seen = Vec::new();
    let _ = app.update(Message::HomePressed);
    seen.push((Screen::Home, all_texts(app).join("\n")));
    click(app, "home-guide");
    seen.push((Screen::Guide, all_texts(app).join("\n")));
    let _ = app.update(Message::HomePressed);
    click(app, "home-problem");
    seen.push((Screen::Guide, all_texts(app).join("\n")));
    let _ = app.update(Message::HomePressed);
    click(app, "home-dates");
    seen.push((Screen::Dates, all_texts(app).join("\n")));
    let _ = app.update(Message::KeyPressed(
        iced::keyboard::Key::Character("p".into()),
        iced::keyboard::Modifiers::CTRL,
    ));
    assert_eq!(app.screen(), Screen::Review);
    seen.push((Screen::Review, all_texts(app).join("\n")));
    let _ = app.update(Message::SettingsPressed);
    seen.push((Screen::Settings, all_texts(app).join("\n")));
    let _ = app.update(Message::HomePressed);
    seen
}

fn assert_nothing_left(app: &mut App) {
    assert!(!app.has_inputs(), "no input is held");
    for (screen, texts) in every_screen(app) {
        for trace in TRACES {
            assert!(
                !texts.contains(trace),
                "{screen:?} still shows `{trace}` of the last person:\n{texts}"
            );
        }
    }
    assert_eq!(app.scroll_y(), 0.0, "the page starts at the top");
}

#[test]
fn next_person_on_a_desktop_leaves_nothing_of_the_last_one() {
    let mut app = app(false);
    let _ = app.update(Message::Settings(
        mynaho_guide::app::SettingsMessage::TextScaleChosen(150),
    ));
    fill_everything(&mut app);
    assert!(shows(&app, "top-next-person"), "offered while data is held");
    click(&mut app, "top-next-person");
    assert_eq!(app.screen(), Screen::Home);
    assert!(!shows(&app, "top-next-person"), "nothing left to clear");
    // The volunteer's own display settings stay.
    assert_eq!(app.text_scale(), 150);
    assert_nothing_left(&mut app);
}

#[test]
fn home_at_a_kiosk_leaves_nothing_of_the_last_one() {
    let mut app = app(true);
    fill_everything(&mut app);
    click(&mut app, "top-home");
    assert_eq!(app.screen(), Screen::Home);
    assert_nothing_left(&mut app);
}
