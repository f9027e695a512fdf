//! The window's 読み上げ through iced_test, with a fake speaker that records what it is asked:
//! pressing 読み上げ (or R) reads the part, pressing it again (止める) stops, a new page, the
//! next person and the kiosk wipe stop, and languages that do not speak show no button.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use chrono::NaiveDate;
use iced::keyboard::{Key, Modifiers};
use mynaho_guide::app::{App, Message, Options, Screen, SpeakerHandle, SpeechPart};
use mynaho_guide::speech::{Event, Events, Speaker, Speed};

use mynaho_guide::guide::{Guide, Walk};
use mynaho_guide::i18n::Localizer;

use crate::ui::{click, shows, type_into};

#[derive(Debug, Default)]
struct Recorder {
    said: Mutex<Vec<(String, Speed)>>,
    stops: AtomicUsize,
}

impl Speaker for Recorder {
    fn say(&self, text: String, speed: Speed, mut events: Events) {
        self.said.lock().unwrap().push((text, speed));
        events(Event::Started);
    }
    fn stop(&self) {
        self.stops.fetch_add(1, Ordering::SeqCst);
    }
}

impl Recorder {
    fn said(&self) -> Vec<String> {
        self.said
            .lock()
            .unwrap()
            .iter()
            .map(|(text, _)| text.clone())
            .collect()
    }
    fn stops(&self) -> usize {
        self.stops.load(Ordering::SeqCst)
    }
}

fn window(lang: &str, kiosk: bool) -> (App, Arc<Recorder>) {
    let recorder = Arc::new(Recorder::default());
    let app = App::new(Options {
        lang: Some(lang.into()),
        today: NaiveDate::from_ymd_opt(2026, 11, 22),
        kiosk,
        idle_seconds: 120,
        speaker: Some(SpeakerHandle(recorder.clone())),
        ..Options::default()
    });
    (app, recorder)
}

#[test]
fn read_aloud_reads_the_question_and_stop_stops_it() {
    let (mut app, recorder) = window("ja", false);
    click(&mut app, "home-guide");
    assert!(shows(&app, "speak-question"));
    click(&mut app, "speak-question");
    let said = recorder.said();
    assert_eq!(said.len(), 1);
    assert!(matches!(app.speaking(), Some(SpeechPart::Question(_))));
    // What is read is what is shown: the guide's first question, then each answer's words.
    let Ok(Walk::Question(question)) = Guide::embedded().unwrap().walk(None, &[]) else {
        panic!("the guide starts with a question");
    };
    let loc = Localizer::new("ja");
    let expected: Vec<String> = std::iter::once(loc.text(&question.text))
        .chain(question.choices.iter().map(|c| loc.text(&c.label)))
        .collect();
    assert_eq!(said[0], expected.join("\n"));
    assert!(
        shows(&app, "speak-question"),
        "the button is still there, to stop"
    );
    // The same button now stops.
    click(&mut app, "speak-question");
    assert_eq!(recorder.stops(), 1);
    assert_eq!(app.speaking(), None);
    // R reads the page's main part; a new page stops it.
    let _ = app.update(Message::KeyPressed(
        Key::Character("r".into()),
        Modifiers::default(),
    ));
    assert_eq!(recorder.said().len(), 2);
    assert_eq!(recorder.said()[1], said[0]);
    click(&mut app, "answer-yes");
    assert_eq!(recorder.stops(), 2, "the question left the screen");
    assert_eq!(app.speaking(), None);
}

#[test]
fn the_dates_status_and_summary_are_read_and_a_new_read_replaces_the_old() {
    let (mut app, recorder) = window("ja", false);
    click(&mut app, "home-dates");
    type_into(&mut app, "dates-born", "昭和25年10月10日");
    type_into(&mut app, "dates-card", "2029年10月10日");
    click(&mut app, "cert-kind-expiry");
    type_into(&mut app, "dates-cert", "R8.10.10");
    click(&mut app, "dates-show");
    click(&mut app, "speak-status");
    assert_eq!(app.speaking(), Some(&SpeechPart::Status));
    click(&mut app, "speak-key-dates");
    assert_eq!(app.speaking(), Some(&SpeechPart::KeyDates));
    let said = recorder.said();
    assert_eq!(said.len(), 2);
    // The certificate expired on 2026-10-10: the summary names that date.
    assert!(said[1].contains("2026年10月10日"), "{}", said[1]);
    let _ = app.update(Message::NextPerson);
    assert_eq!(app.speaking(), None);
    // Switching parts is the speaker's own business (a new say stops the old): one stop, for
    // the next person.
    assert_eq!(recorder.stops(), 1);
}

#[test]
fn the_kiosk_wipe_stops_speech_and_the_kiosk_reads_slower() {
    let (mut app, recorder) = window("ja", true);
    click(&mut app, "home-guide");
    click(&mut app, "speak-question");
    assert_eq!(recorder.said.lock().unwrap()[0].1, Speed::KIOSK);
    // Somebody listening is somebody there: no idle wipe while the question is read.
    for _ in 0..200 {
        let _ = app.update(Message::IdleTicked);
    }
    assert_eq!(app.screen(), Screen::Guide);
    click(&mut app, "speak-question");
    assert_eq!(recorder.stops(), 1);
    // An answer given, the next question read, then Home: the wipe stops it.
    click(&mut app, "answer-yes");
    click(&mut app, "speak-question");
    assert!(app.speaking().is_some());
    let _ = app.update(Message::HomePressed);
    assert_eq!(app.screen(), Screen::Home);
    assert!(!app.has_inputs());
    assert_eq!(app.speaking(), None);
    assert_eq!(recorder.stops(), 2);
    // Once nobody listens, the idle wipe comes as before.
    click(&mut app, "home-guide");
    click(&mut app, "answer-yes");
    for _ in 0..200 {
        let _ = app.update(Message::IdleTicked);
    }
    assert_eq!(app.screen(), Screen::Home);
}

#[test]
fn languages_that_do_not_speak_show_no_button() {
    let (mut app, _) = window("en", false);
    click(&mut app, "home-guide");
    assert!(!shows(&app, "speak-question"));
    let (mut yasashii, recorder) = window("ja-yasashii", false);
    click(&mut yasashii, "home-guide");
    click(&mut yasashii, "speak-question");
    assert_eq!(recorder.said().len(), 1);
}

#[test]
fn settings_offer_the_speed_and_about_credits_the_voice() {
    let (mut app, recorder) = window("ja", false);
    let _ = app.update(Message::SettingsPressed);
    assert!(shows(&app, "about-speech"));
    click(&mut app, "speech-speed-70");
    click(&mut app, "top-home");
    click(&mut app, "home-guide");
    click(&mut app, "speak-question");
    assert_eq!(
        recorder.said.lock().unwrap()[0].1,
        Speed::from_factor(0.7).unwrap()
    );
    // Other languages: the credits (CC BY 3.0 asks for them), but no speed to choose.
    let (mut english, _) = window("en", false);
    let _ = english.update(Message::SettingsPressed);
    assert!(shows(&english, "about-speech"));
    assert!(!shows(&english, "speech-speed-70"));
}
