//! The worker-thread speaker with the real voice and a slow recording output: reads run off the
//! caller's thread, a new read stops the one before, Stop stops, and a missing device is an
//! error event, not a panic.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use mynaho_guide::speech::{
    AudioOut, Ended, Event, Pcm, PlayError, Speaker, SpeechError, Speed, ThreadSpeaker,
};

/// Plays in real time (sleeping 20 ms per 20 ms of sound), recording how many samples it got.
struct SlowOutput(Arc<Mutex<usize>>);

impl AudioOut for SlowOutput {
    fn play(
        &mut self,
        pieces: &mut dyn Iterator<Item = Result<Pcm, SpeechError>>,
        stop: &AtomicBool,
    ) -> Result<(), SpeechError> {
        for piece in pieces {
            let pcm = piece?;
            for chunk in pcm.samples.chunks((pcm.rate / 50) as usize) {
                if stop.load(Ordering::Relaxed) {
                    return Ok(());
                }
                *self.0.lock().unwrap() += chunk.len();
                std::thread::sleep(Duration::from_millis(20));
            }
        }
        Ok(())
    }
}

fn say(speaker: &ThreadSpeaker, text: &str) -> Receiver<Event> {
    let (sender, receiver) = channel();
    speaker.say(
        text.to_owned(),
        Speed::NORMAL,
        Box::new(move |event| {
            let _ = sender.send(event);
        }),
    );
    receiver
}

fn next(events: &Receiver<Event>) -> Event {
    events.recv_timeout(Duration::from_secs(30)).unwrap()
}

#[test]
fn a_new_read_stops_the_one_before_and_stop_stops() {
    let played = Arc::new(Mutex::new(0));
    let output = Arc::clone(&played);
    let speaker = ThreadSpeaker::with_output(Box::new(move || {
        Ok(Box::new(SlowOutput(Arc::clone(&output))) as Box<dyn AudioOut>)
    }));
    let long = "マイナ保険証の有効期限は令和12年6月14日です。電子証明書の有効期限も確かめてください。";
    let first = say(&speaker, long);
    assert_eq!(next(&first), Event::Started);
    let second = say(&speaker, "資格確認書が届きます。");
    assert_eq!(next(&first), Event::Ended(Ok(Ended::Stopped)));
    assert_eq!(next(&second), Event::Started);
    assert_eq!(next(&second), Event::Ended(Ok(Ended::Finished)));
    // Stop while sound is playing: it ends within a chunk, well short of the whole read.
    let whole = *played.lock().unwrap();
    let third = say(&speaker, long);
    assert_eq!(next(&third), Event::Started);
    while *played.lock().unwrap() < whole + 48_000 / 2 {
        std::thread::sleep(Duration::from_millis(10));
    }
    speaker.stop();
    assert_eq!(next(&third), Event::Ended(Ok(Ended::Stopped)));
    let at_stop = *played.lock().unwrap() - whole;
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(
        *played.lock().unwrap() - whole,
        at_stop,
        "nothing played after the stop"
    );
    let full = voice_samples(long);
    assert!(
        at_stop < full / 2,
        "{at_stop} of {full} samples played before the stop"
    );
}

fn voice_samples(text: &str) -> usize {
    let voice = mynaho_guide::speech::Voice::shared().unwrap();
    mynaho_guide::speech::pieces(voice, text, Speed::NORMAL)
        .map(|piece| piece.unwrap().samples.len())
        .sum()
}

#[test]
fn no_device_is_an_error_event() {
    let speaker =
        ThreadSpeaker::with_output(Box::new(|| Err(PlayError::NoDevice("default".to_owned()).into())));
    let events = say(&speaker, "テストです。");
    match next(&events) {
        Event::Ended(Err(error)) => {
            assert_eq!(error.message_id().to_string(), "speech-error-no-device");
        }
        other => panic!("{other:?}"),
    }
}
