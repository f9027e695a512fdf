//! The root's handling of the speaker's events: an event of an older read changes nothing, the
//! end of the current one clears its frame, a failure leaves its notice until the page changes,
//! and a kiosk never wipes while somebody listens.

use std::sync::Arc;

use super::*;
use crate::speech::{Ended, Event, Events, PlayError, Speaker, Speed};

/// Hears nothing, says nothing: the test delivers the events itself.
#[derive(Debug)]
struct Silent;

impl Speaker for Silent {
    fn say(&self, _text: String, _speed: Speed, _events: Events) {}
    fn stop(&self) {}
}

fn app(kiosk: bool) -> App {
    App::new(Options {
        lang: Some("ja".into()),
        today: Some(day(2026, 11, 22)),
        kiosk,
        idle_seconds: 10,
        speaker: Some(SpeakerHandle(Arc::new(Silent))),
        ..Options::default()
    })
}

fn request(part: speech::Part) -> Message {
    Message::Guide(guide::Message::Speak(speech::Request {
        part,
        text: "テストです。".into(),
    }))
}

#[test]
fn an_older_reads_events_change_nothing() {
    let mut app = app(false);
    let _ = app.update(Message::Home(home::Message::GuideChosen));
    let _ = app.update(request(speech::Part::Situations));
    let first = app.speech.job;
    let _ = app.update(request(speech::Part::Status));
    assert_ne!(app.speech.job, first);
    let _ = app.update(Message::SpeechEvent(first, Event::Ended(Ok(Ended::Finished))));
    assert_eq!(
        app.speaking(),
        Some(&speech::Part::Status),
        "the newer read goes on"
    );
    assert!(app.ctx.speech.preparing);
    let current = app.speech.job;
    let _ = app.update(Message::SpeechEvent(current, Event::Started));
    assert!(!app.ctx.speech.preparing, "sound: no longer preparing");
    let _ = app.update(Message::SpeechEvent(current, Event::Ended(Ok(Ended::Finished))));
    assert_eq!(app.speaking(), None);
}

#[test]
fn a_failure_is_explained_until_the_page_changes() {
    let mut app = app(false);
    let _ = app.update(Message::Home(home::Message::GuideChosen));
    let _ = app.update(request(speech::Part::Situations));
    let job = app.speech.job;
    let failed = Err(PlayError::NoDevice("default".into()).into());
    let _ = app.update(Message::SpeechEvent(job, Event::Ended(failed)));
    assert_eq!(app.speaking(), None);
    let (part, why) = app.ctx.speech.error.clone().expect("a notice");
    assert_eq!(part, speech::Part::Situations);
    assert!(why.contains("音を出す装置"), "{why}");
    let _ = app.update(Message::HomePressed);
    assert_eq!(app.ctx.speech.error, None);
}

#[test]
fn a_kiosk_waits_while_somebody_listens() {
    let mut app = app(true);
    let _ = app.update(Message::Home(home::Message::GuideChosen));
    let _ = app.update(request(speech::Part::Situations));
    for _ in 0..30 {
        let _ = app.update(Message::IdleTicked);
    }
    assert_eq!(app.screen(), Screen::Guide, "no wipe during a read");
    let job = app.speech.job;
    let _ = app.update(Message::SpeechEvent(job, Event::Ended(Ok(Ended::Finished))));
    for _ in 0..30 {
        let _ = app.update(Message::IdleTicked);
    }
    assert_eq!(app.screen(), Screen::Home, "the wipe comes once the read is over");
}

#[test]
fn a_slower_speed_left_at_a_kiosk_is_wiped_for_the_next_person() {
    let mut app = app(true);
    let _ = app.update(Message::Settings(settings::Message::SpeechSpeedChosen(
        Speed::from_factor(0.7).expect("0.7"),
    )));
    let _ = app.update(Message::HomePressed);
    for _ in 0..30 {
        let _ = app.update(Message::IdleTicked);
    }
    assert_eq!(app.ctx.speech.speed, Speed::KIOSK);
}
