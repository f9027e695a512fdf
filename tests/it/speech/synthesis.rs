//! Synthesis through the real code path (`speech::pieces`, as the speaker and `say --out` use
//! it), judged by `signal::check_speech`, whose negative controls are here too.

use mynaho_guide::speech::{self, Pcm, Speed, Voice};

use super::signal::check_speech;

fn speak(text: &str, speed: Speed) -> Pcm {
    let voice = Voice::shared().unwrap();
    let mut all = Pcm::default();
    for piece in speech::pieces(voice, text, speed) {
        all.append(&piece.unwrap());
    }
    all
}

#[test]
fn sentences_of_the_guide_are_spoken() {
    for text in [
        "マイナ保険証は、令和12年6月14日まで使えます。",
        "資格確認書が届きます。0120-95-0178 にお問い合わせください。",
        "電子証明書の有効期限は2030/6/14（金）です。受付は9:30〜20:00です。",
        "保険証(ほけんしょう)を 見(み)せて ください。",
    ] {
        let pcm = speak(text, Speed::NORMAL);
        assert_eq!(pcm.rate, 48_000);
        if let Err(why) = check_speech(&pcm, text.chars().count()) {
            panic!("{text}: {why}");
        }
    }
}

#[test]
fn slower_speech_takes_longer() {
    let text = "電子証明書の有効期限が近づいています。";
    let normal = speak(text, Speed::NORMAL).seconds();
    let slow = speak(text, Speed::from_factor(0.7).unwrap()).seconds();
    // 0.7× speed: about 1/0.7 = 1.43 times as long.
    assert!(
        (1.3..1.6).contains(&(slow / normal)),
        "0.7×: {slow:.2} s against {normal:.2} s"
    );
}

#[test]
fn the_checks_reject_what_is_not_speech() {
    let text = "マイナ保険証は使えます。";
    let speech = speak(text, Speed::NORMAL);
    let chars = text.chars().count();
    check_speech(&speech, chars).unwrap();
    let silence = Pcm {
        rate: speech.rate,
        samples: vec![0; speech.samples.len()],
    };
    assert!(check_speech(&silence, chars).unwrap_err().contains("RMS"));
    let blip = Pcm {
        rate: 48_000,
        samples: (0..4_800)
            .map(|i| ((i as f64 * 440.0 * std::f64::consts::TAU / 48_000.0).sin() * 8_000.0) as i16)
            .collect(),
    };
    assert!(check_speech(&blip, chars).unwrap_err().contains(" s for "));
    // Hiss as loud as the speech: no voiced frames.
    let mut seed = 12345u32;
    let hiss = Pcm {
        rate: speech.rate,
        samples: (0..speech.samples.len())
            .map(|_| {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                ((seed >> 16) as i16 as i32 / 8) as i16
            })
            .collect(),
    };
    assert!(check_speech(&hiss, chars).unwrap_err().contains("voiced"));
    let clipped = Pcm {
        rate: speech.rate,
        samples: speech
            .samples
            .iter()
            .map(|s| (i32::from(*s) * 8).clamp(i32::from(i16::MIN), i32::from(i16::MAX)) as i16)
            .collect(),
    };
    assert!(check_speech(&clipped, chars).unwrap_err().contains("clipped"));
}
