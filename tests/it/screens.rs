//! Issue 11: every screen opens at its top, keys typed into a field never act as shortcuts,
//! and dates no one could have are refused beside their field, in the reader's language, with
//! an example.

use chrono::NaiveDate;
use iced::Task;
use iced::keyboard::{Key, key::Named};
use iced::widget::operation::{AbsoluteOffset, RelativeOffset};
use iced_test::selector::id;
use mynaho_guide::app::{App, Message, Options, Screen};

use crate::ui::{all_texts, click, simulator, type_into};

fn app(lang: &str) -> App {
    App::new(Options {
        lang: Some(lang.into()),
        today: NaiveDate::from_ymd_opt(2026, 11, 22),
        ..Options::default()
    })
}

/// A scrollable that records what it was told.
#[derive(Default)]
struct Page {
    snapped_to: Vec<RelativeOffset<Option<f32>>>,
}

impl iced::advanced::widget::operation::Scrollable for Page {
    fn snap_to(&mut self, offset: RelativeOffset<Option<f32>>) {
        self.snapped_to.push(offset);
    }
    fn scroll_to(&mut self, _offset: AbsoluteOffset<Option<f32>>) {}
    fn scroll_by(&mut self, _offset: AbsoluteOffset, _bounds: iced::Rectangle, _content: iced::Rectangle) {}
}

/// Runs the widget operations of `task` on the page, as the runtime would.
fn snaps_of(task: Task<Message>) -> Vec<RelativeOffset<Option<f32>>> {
    use iced::futures::StreamExt;
    let actions = iced_runtime::task::into_stream(task)
        .map(|stream| iced::futures::executor::block_on(stream.collect::<Vec<_>>()))
        .unwrap_or_default();
    let mut page = Page::default();
    let page_id = iced::widget::Id::new("page");
    for action in actions {
        if let iced_runtime::Action::Widget(mut operation) = action {
            let bounds = iced::Rectangle::new(iced::Point::ORIGIN, iced::Size::new(800.0, 600.0));
            operation.scrollable(Some(&page_id), bounds, bounds, iced::Vector::ZERO, &mut page);
        }
    }
    page.snapped_to
}

#[test]
fn every_navigation_opens_the_new_page_at_its_top() {
    let mut app = app("ja");
    let top = |task| snaps_of(task).contains(&RelativeOffset::START.into());
    assert!(top(app.update(Message::Home(home_guide()))), "Home → Guide");
    let answer = |value: &str| {
        Message::Guide(mynaho_guide::app::GuideMessage::AnswerChosen {
            question: "has-card".into(),
            value: value.into(),
        })
    };
    assert!(top(app.update(answer("yes"))), "the next question");
    assert!(top(app.update(Message::SettingsPressed)), "Settings");
    assert!(top(app.update(Message::HomePressed)), "back Home");
    // Typing in a field is not a new page: the view stays where the person is.
    click(&mut app, "home-dates");
    assert!(!top(app.update(Message::Dates(
        mynaho_guide::app::DatesMessage::BirthEdited("S2".into())
    ))));
}

fn home_guide() -> mynaho_guide::app::HomeMessage {
    mynaho_guide::app::HomeMessage::GuideChosen
}

#[test]
fn keys_typed_into_a_field_never_act_as_shortcuts() {
    let mut app = app("ja");
    click(&mut app, "home-dates");
    // Captured by the field: the runtime turns them into activity, never into a shortcut.
    for key in [
        Key::Character("1".into()),
        Key::Named(Named::Backspace),
        Key::Named(Named::Backspace),
        Key::Named(Named::Escape),
    ] {
        let mut ui = simulator(&app);
        ui.click(id("dates-born")).expect("the birth field");
        assert_eq!(ui.tap_key(key.clone()), iced::event::Status::Captured, "{key:?}");
    }
    // Outside a field, on a screen of fields, a digit is a slip: it changes nothing.
    let _ = app.update(Message::KeyPressed(
        Key::Character("1".into()),
        Default::default(),
    ));
    assert_eq!(app.screen(), Screen::Dates);
    assert!(!app.has_inputs() || app.dates_timeline().is_none());
    // On the review screen the digit no longer prints.
    let _ = app.update(Message::KeyPressed(
        Key::Character("p".into()),
        iced::keyboard::Modifiers::CTRL,
    ));
    assert_eq!(app.screen(), Screen::Review);
    let _ = app.update(Message::KeyPressed(
        Key::Character("1".into()),
        Default::default(),
    ));
    assert!(
        !all_texts(&app).iter().any(|t| t.contains("準備しています")),
        "1 did not print"
    );
}

#[test]
fn dates_no_one_could_have_are_refused_beside_their_field_with_an_example() {
    for (lang, example) in [("ja", "例：2031年10月10日"), ("en", "2031")] {
        let mut app = app(lang);
        click(&mut app, "home-dates");
        // 令和99年 for a birth date (2117), a card expiry in 1950.
        type_into(&mut app, "dates-born", "R99.1.1");
        type_into(&mut app, "dates-card", "1950-01-01");
        click(&mut app, "dates-show");
        let texts = all_texts(&app).join("\n");
        assert!(
            simulator(&app).find(id("dates-born-error")).is_ok(),
            "{lang}: the birth date is refused in place:\n{texts}"
        );
        assert!(
            simulator(&app).find(id("dates-missing")).is_ok(),
            "{lang}: said above the button"
        );
        // The card date: named, its range and an example, in the reader's language.
        let _ = app.update(Message::Dates(mynaho_guide::app::DatesMessage::BirthEdited(
            "S25.10.10".into(),
        )));
        click(&mut app, "dates-show");
        let texts = all_texts(&app).join("\n");
        assert!(
            simulator(&app).find(id("dates-card-error")).is_ok(),
            "{lang}:\n{texts}"
        );
        assert!(texts.contains(example), "{lang}: example shown:\n{texts}");
        assert!(
            texts.contains("2016"),
            "{lang}: the first plausible year is said:\n{texts}"
        );
        assert_eq!(app.screen(), Screen::Dates, "no result from a 1950 card");
    }
}
