//! `update()` tests of the dates screen: reading, waiting for what is missing, Enter.

use super::*;

#[test]
fn dates_read_every_form_the_core_parses() {
    let ctx = app(false).ctx;
    let mut state = dates::State::default();
    state.update(dates::Message::BirthEdited("昭和25年10月10日".into()), &ctx);
    state.update(dates::Message::CardEdited("２０２９年１０月１０日".into()), &ctx);
    assert!(state.form().readable());
    assert_eq!(state.form().born, "昭和25年10月10日");
    assert_eq!(
        dates::reading_of(day(1950, 10, 10)),
        "昭和25年10月10日 = 1950-10-10"
    );
}

#[test]
fn dates_result_waits_for_a_readable_card_date() {
    let ctx = app(false).ctx;
    let mut state = dates::State::default();
    state.update(dates::Message::CardEdited("2029-13-10".into()), &ctx);
    assert_eq!(
        state.update(dates::Message::ResultRequested, &ctx),
        dates::Action::Focus("dates-card")
    );
    assert!(!state.showing_result());
    state.update(dates::Message::CardEdited("2029-10-10".into()), &ctx);
    // Something still missing: the result waits, and the keyboard goes to the missing field.
    assert_eq!(
        state.update(dates::Message::ResultRequested, &ctx),
        dates::Action::Focus("dates-born")
    );
    assert!(!state.showing_result());
    let errors = state
        .timeline(&ctx)
        .expect_err("the timeline needs the birth date");
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].field, crate::rules::DateField::Born);
    state.update(dates::Message::BirthEdited("S25.10.10".into()), &ctx);
    assert!(state.timeline(&ctx).is_ok());
    state.update(dates::Message::ResultRequested, &ctx);
    assert!(state.showing_result());
    assert_eq!(
        state.update(dates::Message::BackPressed, &ctx),
        dates::Action::None
    );
    assert!(!state.showing_result());
    assert_eq!(
        state.update(dates::Message::BackPressed, &ctx),
        dates::Action::GoHome
    );
}

#[test]
fn dates_enter_moves_through_the_fields_then_shows_the_result() {
    let ctx = app(false).ctx;
    let mut state = dates::State::default();
    state.update(dates::Message::BirthEdited("S25.10.10".into()), &ctx);
    assert_eq!(
        state.update(dates::Message::FieldSubmitted(dates::Field::Born), &ctx),
        dates::Action::FocusNext
    );
    state.update(dates::Message::CardEdited("R8.12.15".into()), &ctx);
    state.update(dates::Message::FieldSubmitted(dates::Field::Card), &ctx);
    assert!(
        state.showing_result(),
        "with the certificate unknown the card is the last field"
    );
    state.update(dates::Message::BackPressed, &ctx);
    state.update(dates::Message::CertKindChosen(dates::CertKind::Expiry), &ctx);
    assert_eq!(
        state.update(dates::Message::FieldSubmitted(dates::Field::Card), &ctx),
        dates::Action::FocusNext
    );
}

#[test]
fn dates_issue_date_without_birth_date_explains_itself() {
    let ctx = app(false).ctx;
    let mut state = dates::State::default();
    state.update(dates::Message::CardKindChosen(dates::CardKind::Issued), &ctx);
    state.update(dates::Message::CardEdited("2020-05-15".into()), &ctx);
    let errors = state
        .timeline(&ctx)
        .expect_err("the timeline needs the birth date");
    assert_eq!(errors.len(), 1);
    // Named with the window's label, not the command-line option.
    assert!(
        errors[0].message.contains(&ctx.t(msg!("gui-dates-born"))),
        "{}",
        errors[0].message
    );
    assert!(!errors[0].message.contains("--born"), "{}", errors[0].message);
}

#[test]
fn dates_that_do_not_compute_block_printing_and_say_why() {
    let mut root = app(false);
    let _ = root.update(Message::Home(home::Message::DatesChosen));
    let _ = root.update(Message::Dates(dates::Message::CardKindChosen(
        dates::CardKind::Issued,
    )));
    let _ = root.update(Message::Dates(dates::Message::CardEdited("2020-05-15".into())));
    let inputs = root.review_inputs();
    assert!(
        matches!(inputs.timeline, Some(Err(_))),
        "no birth date: no timeline"
    );
    let mut review = review::State::default();
    assert!(
        review
            .update(review::Message::PrintPressed, &root.ctx, &inputs)
            .is_none(),
        "nothing is printed without the dates"
    );
    assert!(!review.busy());
}
