//! Does a sound look like speech? The checks the synthesis tests apply to the voice's output
//! and, as negative controls, to silence, a short blip, noise and clipped sound.

use mynaho_guide::speech::Pcm;

/// One 20 ms frame's loudness and how often it crosses zero.
struct Frame {
    rms: f64,
    crossings: f64,
}

fn frames(pcm: &Pcm) -> Vec<Frame> {
    let len = (pcm.rate / 50) as usize;
    pcm.samples
        .chunks_exact(len)
        .map(|frame| {
            let energy: f64 = frame.iter().map(|s| f64::from(*s).powi(2)).sum();
            let crossings = frame.windows(2).filter(|w| (w[0] < 0) != (w[1] < 0)).count();
            Frame {
                rms: (energy / len as f64).sqrt(),
                crossings: crossings as f64 / len as f64,
            }
        })
        .collect()
}

/// Speech for a text of `chars` written characters: long enough and not too long (0.05–0.40 s
/// a character: Japanese speaks about 7–8 morae a second), loud enough (RMS ≥ 800 of 32767),
/// at least a quarter of its 20 ms frames voiced (loud, and crossing zero seldom as a voice
/// does, unlike hiss), and not clipped (under 0.1 % of samples at full scale).
pub fn check_speech(pcm: &Pcm, chars: usize) -> Result<(), String> {
    let seconds = pcm.seconds();
    let (shortest, longest) = (0.05 * chars as f64, 0.40 * chars as f64 + 0.5);
    if !(shortest..=longest).contains(&seconds) {
        return Err(format!(
            "{seconds:.2} s for {chars} characters (bounds {shortest:.2}–{longest:.2} s)"
        ));
    }
    let frames = frames(pcm);
    let energy: f64 = pcm.samples.iter().map(|s| f64::from(*s).powi(2)).sum();
    let rms = (energy / pcm.samples.len().max(1) as f64).sqrt();
    if rms < 800.0 {
        return Err(format!("RMS {rms:.0} under 800"));
    }
    let voiced = frames
        .iter()
        .filter(|f| f.rms > 800.0 && f.crossings < 0.1)
        .count() as f64
        / frames.len().max(1) as f64;
    if voiced < 0.25 {
        return Err(format!("{:.0} % voiced frames, under 25 %", voiced * 100.0));
    }
    let clipped = pcm
        .samples
        .iter()
        .filter(|s| **s == i16::MAX || **s == i16::MIN)
        .count() as f64
        / pcm.samples.len() as f64;
    if clipped > 0.001 {
        return Err(format!("{:.2} % of samples clipped", clipped * 100.0));
    }
    Ok(())
}
