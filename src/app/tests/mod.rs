//! `update()` tests of every screen and of the root: routing, keys, zoom, kiosk wipe.

use chrono::NaiveDate;
use iced::keyboard::{Key, Modifiers, key::Named};

use super::*;
use crate::guide::Walk;

mod dates_screen;
mod kiosk_screen;
mod speech_events;
use iced::Task;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a valid test date")
}

fn app(kiosk: bool) -> App {
    App::new(Options {
        lang: Some("ja".into()),
        today: Some(day(2026, 11, 22)),
        kiosk,
        idle_seconds: 60,
        ..Options::default()
    })
}

fn answer(question: &str, value: &str) -> guide::Message {
    guide::Message::AnswerChosen {
        question: question.into(),
        value: value.into(),
    }
}

fn outcome_id(state: &guide::State, ctx: &Ctx) -> Option<String> {
    match state.walk(ctx) {
        Some(Walk::Outcome(view)) => Some(view.outcome.id),
        _ => None,
    }
}

#[test]
fn guide_answers_lead_to_an_outcome_and_back_undoes_them() {
    let ctx = app(false).ctx;
    let mut state = guide::State::default();
    assert_eq!(state.update(answer("has-card", "yes")), guide::Action::None);
    assert_eq!(state.update(answer("registered", "no")), guide::Action::None);
    assert_eq!(outcome_id(&state, &ctx).as_deref(), Some("register"));
    assert_eq!(state.path_lines(&ctx).len(), 2);

    assert_eq!(state.update(guide::Message::BackPressed), guide::Action::None);
    assert_eq!(state.answers().len(), 1);
    assert_eq!(state.update(guide::Message::BackPressed), guide::Action::None);
    assert_eq!(state.update(guide::Message::BackPressed), guide::Action::GoHome);
}

#[test]
fn guide_answering_again_replaces_the_later_answers() {
    let mut state = guide::State::default();
    state.update(answer("has-card", "yes"));
    state.update(answer("registered", "no"));
    state.update(answer("has-card", "no"));
    assert_eq!(state.answers(), [("has-card".to_owned(), "no".to_owned())]);
}

#[test]
fn guide_restart_forgets_answers_and_outcome_buttons_route() {
    let mut state = guide::State::default();
    state.update(answer("has-card", "unknown"));
    assert_eq!(state.update(guide::Message::RestartPressed), guide::Action::None);
    assert!(state.is_empty());
    assert_eq!(
        state.update(guide::Message::ReviewChosen),
        guide::Action::OpenReview
    );
    assert_eq!(
        state.update(guide::Message::DatesChosen),
        guide::Action::OpenDates
    );
}

#[test]
fn guide_situations_start_their_own_walk_and_back_returns_to_the_list() {
    let ctx = app(false).ctx;
    let mut state = guide::State::picking_situation();
    let shortcuts = state.shortcuts(&ctx);
    assert!(shortcuts.len() >= 5, "the counter situations are listed");
    state.update(guide::Message::SituationChosen("lost-card".into()));
    assert_eq!(state.situation(), Some("lost-card"));
    assert_eq!(outcome_id(&state, &ctx).as_deref(), Some("lost-card"));
    assert_eq!(state.update(guide::Message::BackPressed), guide::Action::None);
    assert_eq!(state, guide::State::picking_situation());
    assert_eq!(state.update(guide::Message::BackPressed), guide::Action::GoHome);
}

#[test]
fn review_builds_the_sheet_request_from_both_screens() {
    let mut root = app(false);
    root.guide.update(answer("has-card", "yes"));
    root.guide.update(answer("registered", "yes"));
    let _ = root.update(Message::Dates(dates::Message::BirthEdited("S25.10.10".into())));
    let _ = root.update(Message::Dates(dates::Message::CardEdited("2029-10-10".into())));
    let inputs = root.review_inputs();
    let ctx = root.ctx;
    let mut review = review::State::default();
    review.update(
        review::Message::SheetLanguageChosen(Some("en".into())),
        &ctx,
        &inputs,
    );
    review.update(review::Message::LargePrintToggled(true), &ctx, &inputs);
    review.update(review::Message::CopiesIncreased, &ctx, &inputs);
    review.update(review::Message::NameEdited("  山田 花子 ".into()), &ctx, &inputs);
    let Some(ReviewAction::Print(request)) = review.update(review::Message::PrintPressed, &ctx, &inputs)
    else {
        panic!("print asks the root to print");
    };
    assert_eq!(request.sheet.sheet_lang.as_deref(), Some("en"));
    assert!(request.sheet.large_print);
    assert_eq!(request.copies, 2);
    assert_eq!(request.sheet.name.as_deref(), Some("山田 花子"));
    assert_eq!(
        request.sheet.outcome.map(|o| o.id).as_deref(),
        Some("use-at-reception")
    );
    assert!(request.sheet.timeline.is_some());
    assert_eq!(request.sheet.today, day(2026, 11, 22));
    assert!(request.rules.is_some());
}

#[test]
fn the_request_renders_a_sheet() {
    // The same path the Print and Save buttons take, short of the printer and the disk.
    let mut root = app(false);
    root.guide.update(answer("has-card", "no"));
    let _ = root.update(Message::Dates(dates::Message::BirthEdited("S25.10.10".into())));
    let _ = root.update(Message::Dates(dates::Message::CardEdited("R11.10.10".into())));
    let request = review::State::default().request(&root.ctx, &root.review_inputs());
    assert_eq!(request.sheet.name, None, "an empty name prints no 様 line");
    let Some(rules) = request.rules.as_deref() else {
        panic!("rules load")
    };
    let pdf = crate::sheet::render_pdf(&request.sheet, rules);
    assert!(pdf.is_ok_and(|bytes| bytes.starts_with(b"%PDF")));
}

#[test]
fn root_routes_between_screens_and_back() {
    let mut app = app(false);
    let _ = app.update(Message::Home(home::Message::DatesChosen));
    assert_eq!(app.screen(), Screen::Dates);
    let _ = app.update(Message::SettingsPressed);
    assert_eq!(app.screen(), Screen::Settings);
    let _ = app.update(Message::Settings(settings::Message::BackPressed));
    assert_eq!(app.screen(), Screen::Dates);
    let _ = app.update(Message::KeyPressed(
        Key::Named(Named::Escape),
        Modifiers::default(),
    ));
    assert_eq!(app.screen(), Screen::Home);
}

#[test]
fn number_keys_answer_and_enter_continues() {
    let mut app = app(false);
    let press = |app: &mut App, c: &str| {
        let _ = app.update(Message::KeyPressed(
            Key::Character(c.into()),
            Modifiers::default(),
        ));
    };
    press(&mut app, "1");
    assert_eq!(app.screen(), Screen::Guide);
    press(&mut app, "1");
    press(&mut app, "2");
    assert_eq!(outcome_id(&app.guide, &app.ctx).as_deref(), Some("register"));
    let _ = app.update(Message::KeyPressed(
        Key::Named(Named::Enter),
        Modifiers::default(),
    ));
    assert_eq!(
        app.screen(),
        Screen::Review,
        "Enter activates the first outcome button"
    );
    let _ = app.update(Message::KeyPressed(
        Key::Named(Named::Backspace),
        Modifiers::default(),
    ));
    assert_eq!(app.screen(), Screen::Guide);
}

#[test]
fn arrows_move_the_ring_and_enter_follows_it() {
    let mut app = app(false);
    let key = |app: &mut App, named: Named| {
        let _ = app.update(Message::KeyPressed(Key::Named(named), Modifiers::default()));
    };
    key(&mut app, Named::ArrowDown); // shows the ring on the first entry
    key(&mut app, Named::ArrowDown);
    key(&mut app, Named::Enter);
    assert_eq!(app.screen(), Screen::Dates);
}

#[test]
fn ctrl_plus_and_minus_zoom_between_100_and_200() {
    let mut app = app(false);
    let ctrl = |app: &mut App, c: &str| {
        let _ = app.update(Message::KeyPressed(Key::Character(c.into()), Modifiers::CTRL));
    };
    for _ in 0..10 {
        ctrl(&mut app, "+");
    }
    assert_eq!(app.text_scale(), 200);
    assert!((app.scale_factor() - 2.0).abs() < f32::EPSILON);
    for _ in 0..10 {
        ctrl(&mut app, "-");
    }
    assert_eq!(app.text_scale(), 100);
    ctrl(&mut app, "p");
    assert_eq!(app.screen(), Screen::Review, "Ctrl+P opens review and print");
}

#[test]
fn settings_change_language_contrast_and_size() {
    let mut app = app(false);
    let _ = app.update(Message::Settings(settings::Message::LanguageSelected(
        "en".into(),
    )));
    assert_eq!(app.lang(), "en");
    assert_eq!(app.title(), app.ctx.loc.text(msg!("app-title")));
    assert_ne!(app.title(), Localizer::new("ja").text(msg!("app-title")));
    let _ = app.update(Message::Settings(settings::Message::HighContrastChosen(true)));
    assert_eq!(app.theme().palette().background, theme::HIGH_CONTRAST.background);
    let _ = app.update(Message::Settings(settings::Message::TextScaleChosen(175)));
    assert_eq!(app.text_scale(), 175);
}

#[test]
fn a_rules_file_given_on_the_command_line_is_the_one_the_window_uses() {
    let embedded = Rules::embedded().expect("embedded rules");
    let replaced = Rules {
        version: "municipal-review-1".into(),
        ..embedded
    };
    let mut options = Options {
        rules: Some(replaced),
        ..Options::default()
    };
    options.today = Some(day(2026, 11, 22));
    let app = App::new(options.clone());
    assert_eq!(
        app.ctx.rules.as_deref().map(|r| r.version.as_str()),
        Some("municipal-review-1")
    );
    let plain = App::new(Options::default());
    assert_ne!(
        plain.ctx.rules.as_deref().map(|r| r.version.as_str()),
        Some("municipal-review-1")
    );
}

#[test]
fn one_list_drives_the_ring_the_numbers_and_the_selection() {
    let ring = widget::Ring::new(Some(1), home::shortcuts());
    assert!(ring.is(&home::Message::DatesChosen));
    assert!(!ring.is(&home::Message::GuideChosen));
    assert_eq!(ring.label(&home::Message::ProblemChosen, "x"), "3  x");
    let none = widget::Ring::new(None, home::shortcuts());
    assert!(
        !none.is(&home::Message::DatesChosen),
        "no ring shown, nothing selected"
    );
    // A button the ring does not reach carries no number.
    let dates_ring = widget::Ring::new(Some(0), vec![dates::Message::ResultRequested]);
    assert_eq!(dates_ring.label(&dates::Message::BackPressed, "y"), "y");
}
