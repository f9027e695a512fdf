//! Builds the speech dictionary: the naist-jdic CSV folder → jpreprocess's binary dictionary →
//! two container files (`MGSD1`) of about the same size, which scripts/build-speech-dict.sh
//! compresses with zstd into one file of two frames, so the program decompresses them at once
//! on two cores.
//!
//! A container is what `src/speech/dictionary.rs` reads: the magic line, then for each file its
//! name (u16 length, UTF-8) and its bytes (u64 length), little-endian.

use std::error::Error;
use std::io::Write;
use std::path::PathBuf;

use jpreprocess_dictionary::dictionary::to_dict::JPreprocessDictionaryBuilder;

/// The files jpreprocess writes, in two parts of about 25 MB each.
const PARTS: [&[&str]; 2] = [
    &["metadata.json", "char_def.bin", "unk.bin", "dict.da", "dict.vals"],
    &["matrix.mtx", "dict.wordsidx", "dict.words"],
];

fn main() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = std::env::args().collect();
    let [_, csv_dir, work_dir, out_prefix] = args.as_slice() else {
        return Err("usage: speech-dict CSV_DIR WORK_DIR OUT_PREFIX (writes OUT_PREFIX.1, .2)".into());
    };
    let work = PathBuf::from(work_dir);
    JPreprocessDictionaryBuilder::default().build_dictionary(&PathBuf::from(csv_dir), &work)?;
    for (number, files) in PARTS.iter().enumerate() {
        let path = format!("{out_prefix}.{}", number + 1);
        let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
        out.write_all(b"MGSD1\n")?;
        for name in *files {
            let bytes = std::fs::read(work.join(name))?;
            out.write_all(&u16::try_from(name.len())?.to_le_bytes())?;
            out.write_all(name.as_bytes())?;
            out.write_all(&u64::try_from(bytes.len())?.to_le_bytes())?;
            out.write_all(&bytes)?;
        }
        out.flush()?;
    }
    Ok(())
}
