//! Sound as numbers: mono 16-bit samples at a rate, and the WAV file format around them.

use std::io::Write;

/// Mono 16-bit linear PCM.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Pcm {
    /// Samples per second.
    pub rate: u32,
    /// The samples, in time order.
    pub samples: Vec<i16>,
}

impl Pcm {
    /// No samples at `rate`.
    pub fn silence(rate: u32) -> Self {
        Self {
            rate,
            samples: Vec::new(),
        }
    }

    /// How long it plays, in seconds.
    pub fn seconds(&self) -> f64 {
        if self.rate == 0 {
            return 0.0;
        }
        self.samples.len() as f64 / f64::from(self.rate)
    }

    /// Appends `other` (taking its rate when this is empty).
    pub fn append(&mut self, other: &Pcm) {
        if self.samples.is_empty() {
            self.rate = other.rate;
        }
        self.samples.extend_from_slice(&other.samples);
    }

    /// The bytes of a WAV file (RIFF, PCM, mono, 16-bit little-endian).
    pub fn to_wav(&self) -> Vec<u8> {
        let data_len = u32::try_from(self.samples.len() * 2).unwrap_or(u32::MAX - 36);
        let mut out = Vec::with_capacity(44 + self.samples.len() * 2);
        out.extend_from_slice(b"RIFF");
        out.extend_from_slice(&(36 + data_len).to_le_bytes());
        out.extend_from_slice(b"WAVEfmt ");
        out.extend_from_slice(&16u32.to_le_bytes());
        out.extend_from_slice(&1u16.to_le_bytes()); // linear PCM
        out.extend_from_slice(&1u16.to_le_bytes()); // mono
        out.extend_from_slice(&self.rate.to_le_bytes());
        out.extend_from_slice(&(self.rate * 2).to_le_bytes());
        out.extend_from_slice(&2u16.to_le_bytes());
        out.extend_from_slice(&16u16.to_le_bytes());
        out.extend_from_slice(b"data");
        out.extend_from_slice(&data_len.to_le_bytes());
        for sample in &self.samples {
            out.extend_from_slice(&sample.to_le_bytes());
        }
        out
    }

    /// Writes a WAV file.
    pub fn write_wav(&self, path: &std::path::Path) -> std::io::Result<()> {
        let mut file = std::fs::File::create(path)?;
        file.write_all(&self.to_wav())?;
        file.sync_all()
    }

    /// Reads a mono 16-bit WAV file (as written by [`Pcm::to_wav`] or ALSA's `file` plugin).
    pub fn from_wav(bytes: &[u8]) -> Option<Self> {
        if bytes.get(0..4)? != b"RIFF" || bytes.get(8..12)? != b"WAVE" {
            return None;
        }
        let mut at = 12;
        let (mut rate, mut format_ok) = (0, false);
        while at + 8 <= bytes.len() {
            let id = &bytes[at..at + 4];
            let len = u32::from_le_bytes(bytes[at + 4..at + 8].try_into().ok()?) as usize;
            let body = bytes.get(at + 8..(at + 8 + len).min(bytes.len()))?;
            match id {
                b"fmt " => {
                    let channels = u16::from_le_bytes(body.get(2..4)?.try_into().ok()?);
                    rate = u32::from_le_bytes(body.get(4..8)?.try_into().ok()?);
                    let bits = u16::from_le_bytes(body.get(14..16)?.try_into().ok()?);
                    format_ok = channels == 1 && bits == 16;
                }
                b"data" if format_ok => {
                    let samples = body
                        .chunks_exact(2)
                        .map(|pair| i16::from_le_bytes([pair[0], pair[1]]))
                        .collect();
                    return Some(Self { rate, samples });
                }
                _ => {}
            }
            at += 8 + len + (len & 1);
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::Pcm;

    #[test]
    fn wav_round_trips() {
        let pcm = Pcm {
            rate: 48_000,
            samples: vec![0, 1, -1, i16::MAX, i16::MIN],
        };
        assert_eq!(Pcm::from_wav(&pcm.to_wav()), Some(pcm));
        assert_eq!(Pcm::from_wav(b"RIFF....WAVE"), None);
    }
}
