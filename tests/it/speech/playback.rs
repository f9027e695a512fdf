//! Playback through ALSA (libasound.so.2 opened at run time) into ALSA's `file` PCM, which needs
//! no sound card: what the device received must be, sample for sample, what was synthesised.
//! And with no device, the person's message, exit 3, no panic.

use std::sync::atomic::AtomicBool;

use mynaho_guide::speech::{self, Alsa, AudioOut, Pcm, PlayError, SpeechError, Speed, Voice};

const TEXT: &str = "資格確認書は令和8年11月30日までに届きます。お問い合わせは0120-95-0178です。";

fn file_device(path: &std::path::Path) -> String {
    format!("plug:'file:FILE={},FORMAT=wav'", path.display())
}

#[test]
fn the_device_receives_exactly_what_was_synthesised() {
    let dir = tempfile::tempdir().unwrap();
    let captured = dir.path().join("captured.wav");
    let voice = Voice::shared().unwrap();
    let mut expected = Pcm::default();
    for piece in speech::pieces(voice, TEXT, Speed::NORMAL) {
        expected.append(&piece.unwrap());
    }
    let mut alsa = Alsa::new(&file_device(&captured)).unwrap();
    let mut pieces = speech::pieces(voice, TEXT, Speed::NORMAL);
    alsa.play(&mut pieces, &AtomicBool::new(false)).unwrap();
    let heard = Pcm::from_wav(&std::fs::read(&captured).unwrap()).unwrap();
    assert_eq!(heard.rate, expected.rate);
    assert_eq!(heard.samples.len(), expected.samples.len());
    assert!(
        heard == expected,
        "the captured samples differ from the synthesised ones"
    );
}

#[test]
fn a_stop_while_playing_drops_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let captured = dir.path().join("stopped.wav");
    let voice = Voice::shared().unwrap();
    let all: Vec<Pcm> = speech::pieces(voice, TEXT, Speed::NORMAL)
        .map(Result::unwrap)
        .collect();
    assert!(all.len() >= 2, "the text has two sentences");
    let stop = AtomicBool::new(false);
    let mut alsa = Alsa::new(&file_device(&captured)).unwrap();
    // The flag goes up once the first sentence has been handed over: the second never plays.
    let mut given = 0;
    let mut pieces = all.iter().cloned().map(Ok).inspect(|_| {
        given += 1;
        if given == 2 {
            stop.store(true, std::sync::atomic::Ordering::Relaxed);
        }
    });
    alsa.play(&mut pieces, &stop).unwrap();
    let heard = Pcm::from_wav(&std::fs::read(&captured).unwrap()).unwrap();
    assert!(!heard.samples.is_empty());
    assert!(
        heard.samples.len() < all[0].samples.len() + all[1].samples.len(),
        "{} samples: the second sentence was played",
        heard.samples.len()
    );
}

#[test]
fn a_stop_ends_playback_early() {
    let dir = tempfile::tempdir().unwrap();
    let captured = dir.path().join("stopped.wav");
    let voice = Voice::shared().unwrap();
    let mut alsa = Alsa::new(&file_device(&captured)).unwrap();
    let mut pieces = speech::pieces(voice, TEXT, Speed::NORMAL);
    alsa.play(&mut pieces, &AtomicBool::new(true)).unwrap();
    // Stopped before the first piece: the device was never opened.
    assert!(!captured.exists());
}

#[test]
fn say_plays_through_the_device_as_it_writes_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let captured = dir.path().join("say.wav");
    let written = dir.path().join("out.wav");
    let device = file_device(&captured);
    let played = crate::cli::run(&["say", "--lang", "ja", "--device", &device, TEXT]);
    assert!(
        played.status.success(),
        "{}",
        String::from_utf8_lossy(&played.stderr)
    );
    let out = written.to_str().unwrap();
    let saved = crate::cli::run(&["say", "--lang", "ja", "--out", out, TEXT]);
    assert!(saved.status.success());
    let heard = Pcm::from_wav(&std::fs::read(&captured).unwrap()).unwrap();
    let file = Pcm::from_wav(&std::fs::read(&written).unwrap()).unwrap();
    assert!(heard == file, "say played other samples than say --out wrote");
}

#[test]
fn no_device_is_the_persons_message_not_a_panic() {
    let voice = Voice::shared().unwrap();
    let mut alsa = Alsa::new("hw:CARD=NoSuchCard").unwrap();
    let mut pieces = speech::pieces(voice, "テストです。", Speed::NORMAL);
    let error = alsa.play(&mut pieces, &AtomicBool::new(false)).unwrap_err();
    assert!(
        matches!(error, SpeechError::Play(PlayError::NoDevice(_))),
        "{error:?}"
    );
    let said = crate::cli::run(&["say", "--lang", "ja", "--device", "hw:CARD=NoSuchCard", "テスト"]);
    assert_eq!(said.status.code(), Some(3));
    let stderr = String::from_utf8_lossy(&said.stderr);
    assert!(stderr.contains("音を出す装置が見つかりません"), "{stderr}");
    // libasound's own diagnostics stay off the person's screen.
    assert!(!stderr.contains("ALSA lib"), "{stderr}");
    let english = crate::cli::run(&["say", "--lang", "en", "Hello"]);
    assert_eq!(english.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&english.stderr).contains("Japanese and やさしい日本語 only"));
}
