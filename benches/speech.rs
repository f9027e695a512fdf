//! Read-aloud benchmarks (plain `std::time`, no harness), with the budgets of issue 14:
//! loading the dictionary and voice ≤ 400 ms; the first sound ≤ 150 ms after the press for a
//! sentence of 40 characters once the voice is loaded; ≤ 80 MB more resident memory once it is.
//! The binary's growth (≤ 20 MB) is measured on the release binary, see CHANGELOG.md.
//!
//! `cargo bench --bench speech` (release profile).

use std::sync::atomic::AtomicBool;
use std::sync::mpsc::{Sender, channel};
use std::time::{Duration, Instant};

use mynaho_guide::speech::{AudioOut, Pcm, Speaker, SpeechError, Speed, ThreadSpeaker, Voice};

const LOAD_MS: f64 = 400.0;
const FIRST_AUDIO_MS: f64 = 150.0;
const RSS_MB: f64 = 80.0;
/// 40 characters, as the budget is stated for.
const SENTENCE: &str = "電子証明書の有効期限は令和8年11月30日です。市役所の窓口で更新してください。";

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

/// Resident memory of this process, in MB (Linux).
fn rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|line| line.strip_prefix("VmRSS:"))
                .and_then(|kb| kb.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

/// RssAnon and RssFile: the heap, and the binary's pages read (the compressed dictionary).
fn memory_split() -> String {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .filter(|line| line.starts_with("RssAnon") || line.starts_with("RssFile"))
        .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Notes when the first sound arrives, then drops it.
struct FirstSound(Sender<Instant>);

impl AudioOut for FirstSound {
    fn play(
        &mut self,
        pieces: &mut dyn Iterator<Item = Result<Pcm, SpeechError>>,
        _stop: &AtomicBool,
    ) -> Result<(), SpeechError> {
        let mut first = true;
        for piece in pieces {
            piece?;
            if first {
                let _ = self.0.send(Instant::now());
                first = false;
            }
        }
        Ok(())
    }
}

fn verdict(value: f64, budget: f64) -> &'static str {
    if value <= budget { "ok" } else { "OVER BUDGET" }
}

fn main() {
    assert_eq!(SENTENCE.chars().count(), 40, "the budget is for 40 characters");
    let before = rss_mb();
    let start = Instant::now();
    let voice = Voice::shared().expect("voice");
    let first_load = ms(start.elapsed());
    let loaded = rss_mb();
    let speech = voice.synthesize(SENTENCE, Speed::NORMAL).expect("speech");
    let after = rss_mb();
    println!(
        "resident memory: {before:.0} MB before, {loaded:.0} MB with the voice loaded, {after:.0} MB after speaking: +{:.0} MB (budget {RSS_MB} MB) {}",
        after - before,
        verdict(after - before, RSS_MB)
    );
    println!(
        "({:.1} s of speech for the sentence; {})",
        speech.seconds(),
        memory_split()
    );
    let compressed = mynaho_guide::assets::asset(mynaho_guide::speech::DICTIONARY_ASSET).expect("dictionary");
    let start = Instant::now();
    drop(mynaho_guide::speech::dictionary_from_zstd(&compressed).expect("dictionary"));
    println!("  of which the dictionary alone: {:.0} ms", ms(start.elapsed()));
    let mut loads: Vec<f64> = (0..3)
        .map(|_| {
            let start = Instant::now();
            drop(Voice::load().expect("voice"));
            ms(start.elapsed())
        })
        .collect();
    loads.sort_by(f64::total_cmp);
    println!(
        "dictionary + voice load: first {first_load:.0} ms, median of 3 more {:.0} ms (budget {LOAD_MS} ms) {}",
        loads[1],
        verdict(first_load, LOAD_MS)
    );

    let (sender, receiver) = channel();
    let speaker = ThreadSpeaker::with_output(Box::new(move || {
        Ok(Box::new(FirstSound(sender.clone())) as Box<dyn AudioOut>)
    }));
    let mut firsts = Vec::new();
    for _ in 0..7 {
        let (done_sender, done) = channel();
        let pressed = Instant::now();
        speaker.say(
            SENTENCE.to_owned(),
            Speed::NORMAL,
            Box::new(move |event| {
                let _ = done_sender.send(event);
            }),
        );
        let heard = receiver.recv_timeout(Duration::from_secs(10)).expect("sound");
        firsts.push(ms(heard - pressed));
        while !matches!(done.recv(), Ok(mynaho_guide::speech::Event::Ended(_)) | Err(_)) {}
    }
    firsts.sort_by(f64::total_cmp);
    println!(
        "first sound after the press (40 characters, voice loaded): median {:.0} ms, worst {:.0} ms of 7 (budget {FIRST_AUDIO_MS} ms) {}",
        firsts[3],
        firsts[6],
        verdict(firsts[6], FIRST_AUDIO_MS)
    );
}
