//! Read aloud, offline, in Japanese and やさしい日本語 (issue 14): text → what is said
//! ([`normalize`]) → labels and speech ([`Voice`]) → a sound device ([`AudioOut`], ALSA on Linux)
//! or a WAV file. [`ThreadSpeaker`] does it on a worker thread for the window: the first press
//! loads the voice there, a new read stops the old one, and [`Speaker::stop`] stops it.
//!
//! No iced here: the window and the command line share this module.

mod dictionary;
pub mod normalize;
mod pcm;
mod speaker;
mod voice;

#[cfg(target_os = "linux")]
mod alsa;

use std::sync::atomic::AtomicBool;

pub use dictionary::{ASSET as DICTIONARY_ASSET, from_zstd as dictionary_from_zstd};
pub use pcm::Pcm;
pub use speaker::{Ended, Event, Events, Speaker, ThreadSpeaker};
pub use voice::{VOICE_ASSET, Voice};

#[cfg(target_os = "linux")]
pub use alsa::Alsa;

/// The languages that speak: Japanese and やさしい日本語. Others show no 読み上げ button.
pub const LANGUAGES: [&str; 2] = ["ja", "ja-yasashii"];

/// Whether text in `lang` can be read aloud.
pub fn speaks(lang: &str) -> bool {
    LANGUAGES.contains(&lang)
}

/// Silence between two sentences, in milliseconds.
pub const SENTENCE_GAP_MS: u32 = 250;

/// How fast the voice speaks: 0.7× to 1.2×, in tenths.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Speed(u8);

impl Default for Speed {
    fn default() -> Self {
        Speed::NORMAL
    }
}

impl Speed {
    /// The choices in Settings, slowest first.
    pub const ALL: [Speed; 6] = [Speed(7), Speed(8), Speed(9), Speed(10), Speed(11), Speed(12)];
    /// A desktop's speed at start.
    pub const NORMAL: Speed = Speed(10);
    /// A kiosk's speed at start: slower, for people who hear less well and read along.
    pub const KIOSK: Speed = Speed(8);

    /// The speed for a factor such as `0.8` (rounded to a tenth), if within 0.7–1.2.
    pub fn from_factor(factor: f64) -> Option<Self> {
        let tenths = (factor * 10.0).round();
        (7.0..=12.0).contains(&tenths).then_some(Speed(tenths as u8))
    }

    /// The speed for a percentage such as `80` (rounded to ten), if within 70–120.
    pub fn from_percent(percent: u16) -> Option<Self> {
        Self::from_factor(f64::from(percent) / 100.0)
    }

    /// As a percentage (`80`): the settings file's and the Settings buttons' form.
    pub fn percent(self) -> u16 {
        u16::from(self.0) * 10
    }

    /// The factor (1.0 is the voice's own pace).
    pub fn factor(self) -> f64 {
        f64::from(self.0) / 10.0
    }

    /// As people write it: `0.8×`.
    pub fn label(self) -> String {
        format!("{}.{}×", self.0 / 10, self.0 % 10)
    }
}

/// Why speech could not be made or heard.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SpeechError {
    /// The embedded dictionary could not be read (a broken build).
    #[error("speech dictionary: {0}")]
    Dictionary(String),
    /// The embedded voice could not be read (a broken build).
    #[error("voice: {0}")]
    Voice(String),
    /// The text could not be analysed.
    #[error("text: {0}")]
    Text(String),
    /// The language does not speak.
    #[error("no voice for language {0}")]
    Language(String),
    /// The sound could not be played.
    #[error(transparent)]
    Play(#[from] PlayError),
}

/// Why sound could not be played.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlayError {
    /// No ALSA library on this machine.
    #[error("no ALSA library ({0})")]
    NoAlsa(String),
    /// The sound device could not be opened (none, or busy).
    #[error("no sound device ({0})")]
    NoDevice(String),
    /// The device failed while playing.
    #[error("sound device: {0}")]
    Device(String),
    /// This system has no playback backend yet.
    #[error("no playback on this system")]
    Unsupported,
}

impl SpeechError {
    /// The message that explains this error to the person (`speech-error-*`).
    pub fn message_id(&self) -> crate::i18n::MessageId {
        match self {
            SpeechError::Play(PlayError::NoAlsa(_) | PlayError::NoDevice(_)) => {
                msg!("speech-error-no-device")
            }
            SpeechError::Play(_) => msg!("speech-error-device"),
            SpeechError::Language(_) => msg!("speech-error-language"),
            SpeechError::Dictionary(_) | SpeechError::Voice(_) | SpeechError::Text(_) => {
                msg!("speech-error-voice")
            }
        }
    }
}

/// Somewhere sound goes: a sound card, or a recorder in tests.
pub trait AudioOut: Send {
    /// Plays `pieces` one after another as one stream. Returns early, without error, once
    /// `stop` is set.
    fn play(
        &mut self,
        pieces: &mut dyn Iterator<Item = Result<Pcm, SpeechError>>,
        stop: &AtomicBool,
    ) -> Result<(), SpeechError>;
}

/// The system's sound output for `device` (ALSA name; `default` is the usual one).
pub fn system_output(device: &str) -> Result<Box<dyn AudioOut>, SpeechError> {
    #[cfg(target_os = "linux")]
    {
        Ok(Box::new(Alsa::new(device)?))
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = device;
        Err(PlayError::Unsupported.into())
    }
}

/// The parts of `text` spoken one at a time: sentences, so the first is heard soon and a
/// Stop is quick. A very long sentence is parted at its commas.
pub fn sentences(text: &str) -> Vec<String> {
    const LONG: usize = 60;
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        // A comma before a figure is a thousands separator (1,000円), not a pause.
        let pause = c == '、' || (c == ',' && !chars.peek().is_some_and(char::is_ascii_digit));
        let ends =
            matches!(c, '。' | '！' | '？' | '!' | '?' | '\n') || (pause && current.chars().count() >= LONG);
        if c != '\n' {
            current.push(c);
        }
        if ends && !current.trim().is_empty() {
            parts.push(current.trim().to_owned());
            current.clear();
        }
    }
    if !current.trim().is_empty() {
        parts.push(current.trim().to_owned());
    }
    parts
}

/// The speech for `text`, sentence by sentence, each but the first after a short silence:
/// what the speaker plays and what `say --out` writes, sample for sample.
pub fn pieces(voice: &Voice, text: &str, speed: Speed) -> impl Iterator<Item = Result<Pcm, SpeechError>> {
    sentences(text)
        .into_iter()
        .enumerate()
        .map(move |(index, sentence)| {
            let speech = voice.synthesize(&sentence, speed)?;
            if index == 0 {
                return Ok(speech);
            }
            let mut with_gap = Pcm::silence(speech.rate);
            with_gap
                .samples
                .resize((speech.rate * SENTENCE_GAP_MS / 1000) as usize, 0);
            with_gap.samples.extend_from_slice(&speech.samples);
            Ok(with_gap)
        })
}

#[cfg(test)]
mod tests {
    use super::{Speed, sentences};

    #[test]
    fn speeds_are_tenths_from_seven_to_twelve() {
        assert_eq!(Speed::from_factor(0.8), Some(Speed::KIOSK));
        assert_eq!(Speed::from_factor(0.6), None);
        assert_eq!(Speed::from_factor(1.3), None);
        assert_eq!(Speed::KIOSK.label(), "0.8×");
        assert_eq!(Speed::from_percent(80), Some(Speed::KIOSK));
        assert_eq!(Speed::from_percent(60), None);
        assert_eq!(Speed::KIOSK.percent(), 80);
    }

    #[test]
    fn text_is_spoken_sentence_by_sentence() {
        assert_eq!(
            sentences("使えます。期限は\n2030年です"),
            ["使えます。", "期限は", "2030年です"]
        );
    }
}
