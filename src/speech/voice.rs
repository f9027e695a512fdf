//! The Japanese voice: jpreprocess turns text into Open JTalk full-context labels with our
//! dictionary, jbonsai turns labels into speech with the nitech m001 HTS voice (CC-BY-3.0).
//!
//! [`Voice::shared`] loads both on the first use and keeps them for the life of the process, so
//! nothing is spent before somebody presses 読み上げ.

use std::sync::OnceLock;

use jpreprocess::{DefaultTokenizer, JPreprocess};

use super::{Pcm, SpeechError, Speed, normalize};

/// The embedded voice.
pub const VOICE_ASSET: &str = "speech/nitech_jp_atr503_m001.htsvoice";

/// A loaded voice with its dictionary.
pub struct Voice {
    frontend: JPreprocess<DefaultTokenizer>,
    engine: jbonsai::Engine,
}

impl std::fmt::Debug for Voice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Voice")
    }
}

static SHARED: OnceLock<Result<Voice, SpeechError>> = OnceLock::new();

impl Voice {
    /// Loads the dictionary and the voice from the embedded assets (about 0.3 s).
    pub fn load() -> Result<Self, SpeechError> {
        let dictionary = super::dictionary::load()?;
        let voice =
            crate::assets::asset(VOICE_ASSET).ok_or_else(|| SpeechError::Voice("not embedded".to_owned()))?;
        let engine = jbonsai::Engine::load_from_bytes([voice.as_ref()])
            .map_err(|error| SpeechError::Voice(error.to_string()))?;
        Ok(Self {
            frontend: JPreprocess::with_dictionaries(dictionary, None),
            engine,
        })
    }

    /// The process's voice, loaded on the first call (which waits for it).
    pub fn shared() -> Result<&'static Voice, SpeechError> {
        SHARED.get_or_init(Self::load).as_ref().map_err(Clone::clone)
    }

    /// Whether [`Voice::shared`] has been loaded (the window shows "preparing" until it is).
    pub fn is_loaded() -> bool {
        SHARED.get().is_some()
    }

    /// How `text` is pronounced, in katakana: the pronunciation of each word after
    /// [`normalize::for_speech`], a pause written `、`.
    pub fn reading(&self, text: &str) -> Result<String, SpeechError> {
        let features = self
            .frontend
            .run_frontend(&normalize::for_speech(text))
            .map_err(|error| SpeechError::Text(error.to_string()))?;
        // NJD features: surface,pos,group1,group2,group3,ctype,cform,orig,read,pron,acc/mora,…
        Ok(features
            .iter()
            .filter_map(|feature| feature.split(',').nth(9))
            .flat_map(|pron| pron.chars().filter(|c| *c != '’'))
            .collect())
    }

    /// Speech for `text` at `speed`, mono 16-bit at the voice's rate (48 kHz).
    pub fn synthesize(&self, text: &str, speed: Speed) -> Result<Pcm, SpeechError> {
        let labels = self
            .frontend
            .extract_fullcontext(&normalize::for_speech(text))
            .map_err(|error| SpeechError::Text(error.to_string()))?;
        let mut engine = self.engine.clone();
        engine.condition.set_speed(speed.factor());
        let rate = engine.condition.get_sampling_frequency();
        if labels.is_empty() {
            return Ok(Pcm::silence(rate as u32));
        }
        let speech = engine
            .synthesize(labels)
            .map_err(|error| SpeechError::Voice(error.to_string()))?;
        Ok(Pcm {
            rate: u32::try_from(rate).unwrap_or(48_000),
            samples: speech
                .iter()
                .map(|s| s.round().clamp(f64::from(i16::MIN), f64::from(i16::MAX)) as i16)
                .collect(),
        })
    }
}
