//! The speech dictionary: `assets/speech/naist-jdic.dict.zst`, built by
//! `scripts/build-speech-dict.sh` from Debian's naist-jdic CSV, read into memory with the pure-Rust
//! zstd decoder and handed to jpreprocess as a lindera dictionary. Nothing is written to disk.
//!
//! The file: a zstd skippable frame holding the lengths of the frames that follow (u64 each),
//! then those frames, decompressed at once on as many threads; each holds a container:
//! `MGSD1\n`, then for each file its name (u16 length) and its bytes (u64 length),
//! little-endian — see `tools/speech-dict` and `scripts/build-speech-dict.sh`.

use std::io::Read;

use lindera_dictionary::dictionary::Dictionary;
use lindera_dictionary::dictionary::character_definition::CharacterDefinition;
use lindera_dictionary::dictionary::connection_cost_matrix::ConnectionCostMatrix;
use lindera_dictionary::dictionary::metadata::Metadata;
use lindera_dictionary::dictionary::prefix_dictionary::PrefixDictionary;
use lindera_dictionary::dictionary::unknown_dictionary::UnknownDictionary;

use super::SpeechError;

/// Where the compressed dictionary is embedded.
pub const ASSET: &str = "speech/naist-jdic.dict.zst";

const MAGIC: &[u8; 6] = b"MGSD1\n";
/// The most one file of the dictionary may hold (the largest, dict.words, is about 20 MB).
const MAX_FILE: usize = 64 << 20;
/// The first of zstd's skippable-frame magic numbers, little-endian.
const SKIPPABLE: u32 = 0x184D_2A50;

/// The files of a jpreprocess dictionary, as the container holds them.
#[derive(Default)]
struct Files {
    metadata: Vec<u8>,
    char_def: Vec<u8>,
    unk: Vec<u8>,
    matrix: Vec<u8>,
    da: Vec<u8>,
    vals: Vec<u8>,
    words_idx: Vec<u8>,
    words: Vec<u8>,
}

impl Files {
    /// Moves in the files `other` has.
    fn take(&mut self, other: Files) {
        let pairs = [
            (&mut self.metadata, other.metadata),
            (&mut self.char_def, other.char_def),
            (&mut self.unk, other.unk),
            (&mut self.matrix, other.matrix),
            (&mut self.da, other.da),
            (&mut self.vals, other.vals),
            (&mut self.words_idx, other.words_idx),
            (&mut self.words, other.words),
        ];
        for (mine, theirs) in pairs {
            if !theirs.is_empty() {
                *mine = theirs;
            }
        }
    }
}

/// Decompresses and loads the embedded dictionary.
pub fn load() -> Result<Dictionary, SpeechError> {
    let compressed = crate::assets::asset(ASSET).ok_or_else(|| broken("not embedded"))?;
    from_zstd(&compressed)
}

/// Loads a dictionary from the bytes of a `.dict.zst` file.
pub fn from_zstd(compressed: &[u8]) -> Result<Dictionary, SpeechError> {
    let frames = split_frames(compressed)?;
    let parts: Vec<Result<Files, SpeechError>> = std::thread::scope(|scope| {
        let workers: Vec<_> = frames
            .iter()
            .map(|frame| scope.spawn(move || decode_frame(frame)))
            .collect();
        workers
            .into_iter()
            .map(|worker| worker.join().unwrap_or_else(|_| Err(broken("decoder failed"))))
            .collect()
    });
    let mut files = Files::default();
    for part in parts {
        files.take(part?);
    }
    assemble(files)
}

/// The zstd frames after the index frame (one to eight, none empty).
fn split_frames(compressed: &[u8]) -> Result<Vec<&[u8]>, SpeechError> {
    let word =
        |at: usize| -> Option<u32> { Some(u32::from_le_bytes(compressed.get(at..at + 4)?.try_into().ok()?)) };
    if word(0) != Some(SKIPPABLE) {
        return Err(broken("no frame index"));
    }
    let index_len = word(4).ok_or_else(|| broken("truncated"))? as usize;
    if index_len == 0 || index_len > 8 * 8 || !index_len.is_multiple_of(8) {
        return Err(broken("a frame index of one to eight frames"));
    }
    let index = compressed
        .get(8..8 + index_len)
        .ok_or_else(|| broken("truncated"))?;
    let mut at = 8 + index_len;
    let mut frames = Vec::new();
    for length in index.chunks_exact(8) {
        let length = u64::from_le_bytes(length.try_into().map_err(|_| broken("index"))?);
        let end = usize::try_from(length)
            .ok()
            .filter(|length| *length > 0)
            .and_then(|length| at.checked_add(length))
            .ok_or_else(|| broken("index"))?;
        frames.push(compressed.get(at..end).ok_or_else(|| broken("truncated"))?);
        at = end;
    }
    Ok(frames)
}

fn decode_frame(mut frame: &[u8]) -> Result<Files, SpeechError> {
    let mut stream =
        ruzstd::decoding::StreamingDecoder::new(&mut frame).map_err(|error| broken(&error.to_string()))?;
    read_container(&mut stream)
}

fn assemble(files: Files) -> Result<Dictionary, SpeechError> {
    // lindera trusts these: an empty one would be indexed on the first word looked up.
    let all = [
        &files.metadata,
        &files.char_def,
        &files.unk,
        &files.matrix,
        &files.da,
        &files.vals,
        &files.words_idx,
        &files.words,
    ];
    if all.iter().any(|file| file.is_empty()) {
        return Err(broken("a file is missing"));
    }
    let metadata: Metadata = serde_json::from_slice(&files.metadata)
        .map_err(|error| broken(&format!("metadata.json: {error}")))?;
    let lindera = |error: lindera_dictionary::error::LinderaError| broken(&error.to_string());
    Ok(Dictionary {
        prefix_dictionary: PrefixDictionary::load(files.da, files.vals, files.words_idx, files.words, true)
            .map_err(lindera)?,
        connection_cost_matrix: ConnectionCostMatrix::load(files.matrix).map_err(lindera)?,
        character_definition: CharacterDefinition::load(&aligned(&files.char_def)).map_err(lindera)?,
        unknown_dictionary: UnknownDictionary::load(&aligned(&files.unk)).map_err(lindera)?,
        metadata,
    })
}

fn read_container(stream: &mut impl Read) -> Result<Files, SpeechError> {
    let io = |error: std::io::Error| broken(&error.to_string());
    let mut magic = [0u8; 6];
    stream.read_exact(&mut magic).map_err(io)?;
    if &magic != MAGIC {
        return Err(broken("not a speech dictionary"));
    }
    let mut files = Files::default();
    loop {
        let mut len = [0u8; 2];
        match stream.read_exact(&mut len) {
            Ok(()) => {}
            Err(error) if error.kind() == std::io::ErrorKind::UnexpectedEof => break,
            Err(error) => return Err(io(error)),
        }
        let mut name = vec![0u8; usize::from(u16::from_le_bytes(len))];
        stream.read_exact(&mut name).map_err(io)?;
        let mut size = [0u8; 8];
        stream.read_exact(&mut size).map_err(io)?;
        // The largest file is about 20 MB: a damaged length must not ask for gigabytes.
        let size = usize::try_from(u64::from_le_bytes(size))
            .ok()
            .filter(|size| *size <= MAX_FILE)
            .ok_or_else(|| broken("a file is too large"))?;
        let slot = match name.as_slice() {
            b"metadata.json" => &mut files.metadata,
            b"char_def.bin" => &mut files.char_def,
            b"unk.bin" => &mut files.unk,
            b"matrix.mtx" => &mut files.matrix,
            b"dict.da" => &mut files.da,
            b"dict.vals" => &mut files.vals,
            b"dict.wordsidx" => &mut files.words_idx,
            b"dict.words" => &mut files.words,
            _ => return Err(broken("unknown file in the container")),
        };
        if !slot.is_empty() {
            return Err(broken("a file appears twice"));
        }
        // Exactly as large as the file: growing it as it fills would leave freed copies
        // behind in the allocator (tens of MB of resident memory).
        let mut bytes = vec![0u8; size];
        stream.read_exact(&mut bytes).map_err(io)?;
        *slot = bytes;
    }
    Ok(files)
}

/// rkyv reads these two structures in place and needs their bytes 16-aligned.
fn aligned(bytes: &[u8]) -> AlignedBytes {
    let mut words = vec![0u128; bytes.len().div_ceil(16)];
    bytemuck::cast_slice_mut::<u128, u8>(&mut words)[..bytes.len()].copy_from_slice(bytes);
    AlignedBytes {
        words,
        len: bytes.len(),
    }
}

struct AlignedBytes {
    words: Vec<u128>,
    len: usize,
}

impl std::ops::Deref for AlignedBytes {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        &bytemuck::cast_slice::<u128, u8>(&self.words)[..self.len]
    }
}

fn broken(why: &str) -> SpeechError {
    SpeechError::Dictionary(why.to_owned())
}

#[cfg(test)]
mod tests {
    use super::{SpeechError, from_zstd, read_container};

    #[test]
    fn a_damaged_file_is_an_error_not_a_panic() {
        let whole = crate::assets::asset(super::ASSET).unwrap();
        for broken in [&whole[..0], &whole[..7], &whole[..4000], &whole[8..]] {
            assert!(matches!(from_zstd(broken), Err(SpeechError::Dictionary(_))));
        }
    }

    #[test]
    fn a_damaged_length_asks_for_no_memory() {
        let mut container = b"MGSD1\n".to_vec();
        container.extend_from_slice(&7u16.to_le_bytes());
        container.extend_from_slice(b"dict.da");
        container.extend_from_slice(&(1u64 << 40).to_le_bytes());
        let result = read_container(&mut container.as_slice());
        assert!(matches!(result, Err(SpeechError::Dictionary(why)) if why.contains("too large")));
    }
}
