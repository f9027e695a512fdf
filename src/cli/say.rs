//! `say`: reads Japanese or やさしい日本語 text aloud through the sound device, or writes the
//! speech to a WAV file (`--out`), sample for sample what the device would have played.

use std::io::Read;
use std::process::ExitCode;

use super::args::CliError;
use super::write;
use crate::i18n::Localizer;
use crate::speech::{self, Pcm, SpeechError, Speed, Voice};

/// Exit status when the speech could not be played (as for a failed print).
const PLAY_FAILED: u8 = 3;

/// The arguments of `say`.
#[derive(Debug, clap::Args)]
pub struct SayArgs {
    /// The text to read; `-` or nothing reads standard input.
    #[arg(value_name = "TEXT")]
    pub text: Vec<String>,
    /// Write the speech to this WAV file (mono, 16-bit, 48 kHz) instead of playing it.
    #[arg(long, value_name = "FILE.wav")]
    pub out: Option<std::path::PathBuf>,
    /// How fast: 0.7 (slow) to 1.2.
    #[arg(
        long,
        value_name = "FACTOR",
        default_value = "1.0",
        allow_hyphen_values = true
    )]
    pub speed: String,
    /// The ALSA device to play on.
    #[arg(long, value_name = "NAME", default_value = "default")]
    pub device: String,
}

/// Runs `say` in `lang` (a speaking language), messages in `loc`.
pub fn say(args: &SayArgs, lang: &str, loc: &Localizer) -> ExitCode {
    match run(args, lang, loc) {
        Ok(Some(done)) => write::output_status(write::stdout_line(&done), loc),
        Ok(None) => ExitCode::SUCCESS,
        Err(Failure::Input(error)) => error.report(),
        Err(Failure::Speech(error)) => {
            write::stderr_message(&format!("{}\n({error})", loc.text(error.message_id())));
            let usage = matches!(error, SpeechError::Language(_));
            ExitCode::from(if usage { write::FAILED } else { PLAY_FAILED })
        }
    }
}

enum Failure {
    Input(CliError),
    Speech(SpeechError),
}

impl From<SpeechError> for Failure {
    fn from(error: SpeechError) -> Self {
        Failure::Speech(error)
    }
}

fn run(args: &SayArgs, lang: &str, loc: &Localizer) -> Result<Option<String>, Failure> {
    if !speech::speaks(lang) {
        return Err(SpeechError::Language(lang.to_owned()).into());
    }
    let speed = args
        .speed
        .trim()
        .parse::<f64>()
        .ok()
        .and_then(Speed::from_factor)
        .ok_or_else(|| {
            Failure::Input(CliError(
                loc.text_str(msg!("speech-error-speed"), &[("value", &args.speed)]),
            ))
        })?;
    let text = text(args).map_err(Failure::Input)?;
    if text.trim().is_empty() {
        return Err(Failure::Input(CliError(loc.text(msg!("speech-error-empty")))));
    }
    let voice = Voice::shared()?;
    let mut pieces = speech::pieces(voice, &text, speed);
    match &args.out {
        Some(path) => {
            let mut all = Pcm::default();
            for piece in pieces {
                all.append(&piece?);
            }
            all.write_wav(path)
                .map_err(|error| Failure::Input(CliError(format!("{}: {error}", path.display()))))?;
            let seconds = format!("{:.1}", all.seconds());
            let file = path.display().to_string();
            Ok(Some(loc.text_str(
                msg!("speech-saved"),
                &[("file", &file), ("seconds", &seconds)],
            )))
        }
        None => {
            let mut output = speech::system_output(&args.device)?;
            let never = std::sync::atomic::AtomicBool::new(false);
            output.play(&mut pieces, &never)?;
            Ok(None)
        }
    }
}

fn text(args: &SayArgs) -> Result<String, CliError> {
    if args.text.is_empty() || args.text == ["-"] {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|error| CliError(error.to_string()))?;
        return Ok(text);
    }
    Ok(args.text.join(" "))
}
