//! `update()` tests of the kiosk: the idle wipe, the clipboards, a print cut short by a wipe.

use super::*;

#[test]
fn a_kiosk_never_saves() {
    let ctx = app(true).ctx;
    let request = review::State::default().request(&ctx, &review::Inputs::default());
    assert_eq!(output::save(&request), Err(OutputError::SavingDisabled));
}

#[test]
fn review_copies_stay_between_one_and_nine_and_kiosk_refuses_saving() {
    let kiosk = app(true).ctx;
    let inputs = review::Inputs::default();
    let mut review = review::State::default();
    review.update(review::Message::CopiesDecreased, &kiosk, &inputs);
    assert_eq!(review.request(&kiosk, &inputs).copies, 1);
    for _ in 0..20 {
        review.update(review::Message::CopiesIncreased, &kiosk, &inputs);
    }
    assert_eq!(review.request(&kiosk, &inputs).copies, review::MAX_COPIES);
    assert!(
        review
            .update(review::Message::SavePressed, &kiosk, &inputs)
            .is_none()
    );
    assert_eq!(review.shortcuts(true), vec![review::Message::PrintPressed]);
    assert!(matches!(
        review.update(review::Message::EditDatesPressed, &kiosk, &inputs),
        Some(ReviewAction::EditDates)
    ));
}

#[test]
fn kiosk_idle_wipes_everything_after_the_limit() {
    let mut app = app(true);
    let _ = app.update(Message::Home(home::Message::LanguageSelected("en".into())));
    let _ = app.update(Message::Home(home::Message::GuideChosen));
    let _ = app.update(Message::Guide(answer("has-card", "yes")));
    let _ = app.update(Message::Settings(settings::Message::TextScaleChosen(175)));
    for _ in 0..59 {
        let _ = app.update(Message::IdleTicked);
    }
    assert!(app.has_inputs(), "not yet");
    assert!(
        app.idle.warning().is_some(),
        "the countdown shows before the wipe"
    );
    let _ = app.update(Message::IdleTicked);
    assert!(!app.has_inputs());
    assert_eq!(app.screen(), Screen::Home);
    assert_eq!(app.lang(), "ja");
    assert_eq!(app.text_scale(), KIOSK_TEXT_SCALE, "back to the kiosk's own size");
}

#[test]
fn activity_restarts_the_countdown_and_an_empty_home_never_counts() {
    let mut app = app(true);
    for _ in 0..200 {
        let _ = app.update(Message::IdleTicked);
    }
    assert_eq!(
        app.idle.warning(),
        None,
        "nothing to wipe on an untouched home screen"
    );
    let _ = app.update(Message::Home(home::Message::DatesChosen));
    for _ in 0..50 {
        let _ = app.update(Message::IdleTicked);
    }
    let _ = app.update(Message::UserActive);
    for _ in 0..50 {
        let _ = app.update(Message::IdleTicked);
    }
    assert_eq!(
        app.screen(),
        Screen::Dates,
        "activity at 50 s restarted the count"
    );
}

#[test]
fn closing_a_kiosk_window_does_nothing() {
    let mut app = app(true);
    let _ = app.update(Message::Home(home::Message::DatesChosen));
    let _ = app.update(Message::CloseRequested);
    assert_eq!(app.screen(), Screen::Dates);
}

#[test]
fn kiosk_idle_also_resets_a_language_chosen_on_home() {
    let mut app = app(true);
    let _ = app.update(Message::Home(home::Message::LanguageSelected("vi".into())));
    for _ in 0..60 {
        let _ = app.update(Message::IdleTicked);
    }
    assert_eq!(app.lang(), "ja");
}

/// What a task would do, as the runtime would see it.
fn actions(task: Task<Message>) -> Vec<iced_runtime::Action<Message>> {
    use iced::futures::StreamExt;
    iced_runtime::task::into_stream(task)
        .map(|stream| iced::futures::executor::block_on(stream.collect::<Vec<_>>()))
        .unwrap_or_default()
}

#[test]
fn the_kiosk_wipe_empties_both_clipboards() {
    let mut app = app(true);
    let _ = app.update(Message::Home(home::Message::DatesChosen));
    let _ = app.update(Message::Dates(dates::Message::BirthEdited("S25.10.10".into())));
    let mut task = Task::none();
    for _ in 0..60 {
        task = app.update(Message::IdleTicked);
    }
    assert!(!app.has_inputs());
    let written: Vec<(iced::advanced::clipboard::Kind, String)> = actions(task)
        .into_iter()
        .filter_map(|action| match action {
            iced_runtime::Action::Clipboard(iced_runtime::clipboard::Action::Write { target, contents }) => {
                Some((target, contents))
            }
            _ => None,
        })
        .collect();
    assert_eq!(
        written,
        vec![
            (iced::advanced::clipboard::Kind::Standard, String::new()),
            (iced::advanced::clipboard::Kind::Primary, String::new()),
        ]
    );
}

#[test]
fn a_second_print_press_is_ignored_and_a_wipe_drops_the_pending_result() {
    let mut app = app(true);
    let _ = app.update(Message::Home(home::Message::GuideChosen));
    let _ = app.update(Message::Guide(answer("has-card", "unknown")));
    let _ = app.update(Message::Guide(guide::Message::ReviewChosen));
    assert_eq!(app.screen(), Screen::Review);
    let first = app.output_job;
    let _ = app.update(Message::Review(review::Message::PrintPressed));
    assert_eq!(app.output_job, first + 1, "the first press starts a job");
    assert!(app.review.busy());
    let _ = app.update(Message::Review(review::Message::PrintPressed));
    let _ = app.update(Message::KeyPressed(Key::Character("p".into()), Modifiers::CTRL));
    assert_eq!(
        app.output_job,
        first + 1,
        "a second press (or Ctrl+P) starts nothing"
    );
    let pending = app.pending_output.clone().expect("a pending job");
    let _ = app.wipe();
    assert!(pending.is_cancelled(), "the wipe cancels the running print");
    // Its result, arriving late, is not shown to the next person.
    let _ = app.update(Message::SheetFinished(
        first + 1,
        Err(crate::app::output::OutputError::Sheet("late".into())),
    ));
    assert!(!app.review.busy());
    assert_eq!(app.review, review::State::default());
}

#[test]
fn after_a_print_a_kiosk_forgets_the_person_sooner() {
    let mut app = app(true);
    let _ = app.update(Message::Home(home::Message::GuideChosen));
    let _ = app.update(Message::Guide(answer("has-card", "unknown")));
    let _ = app.update(Message::Guide(guide::Message::ReviewChosen));
    let _ = app.update(Message::Review(review::Message::PrintPressed));
    let job = app.output_job;
    let _ = app.update(Message::SheetFinished(
        job,
        Ok(crate::app::output::Output::Printed { job: "Q-1".into() }),
    ));
    // The options say 60 seconds idle, 30 after a print.
    for _ in 0..29 {
        let _ = app.update(Message::IdleTicked);
    }
    assert!(app.has_inputs(), "not before 30 seconds");
    let _ = app.update(Message::IdleTicked);
    assert!(!app.has_inputs(), "wiped 30 seconds after the print");
    // The next person gets the full time again.
    let _ = app.update(Message::Home(home::Message::GuideChosen));
    let _ = app.update(Message::Guide(answer("has-card", "unknown")));
    for _ in 0..59 {
        let _ = app.update(Message::IdleTicked);
    }
    assert!(app.has_inputs());
}

#[test]
fn a_failed_print_keeps_the_full_wait() {
    let mut app = app(true);
    let _ = app.update(Message::Home(home::Message::GuideChosen));
    let _ = app.update(Message::Guide(answer("has-card", "unknown")));
    let _ = app.update(Message::Guide(guide::Message::ReviewChosen));
    let _ = app.update(Message::Review(review::Message::PrintPressed));
    let job = app.output_job;
    let _ = app.update(Message::SheetFinished(
        job,
        Err(crate::app::output::OutputError::Sheet("no printer".into())),
    ));
    for _ in 0..45 {
        let _ = app.update(Message::IdleTicked);
    }
    assert!(app.has_inputs(), "the person is still reading the error");
}
