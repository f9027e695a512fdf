//! Readings: the pronunciation the voice is given for dates, 元年, telephone numbers, times,
//! money and the key terms equals `tests/data/speech-readings.toml`, a table written from the
//! naist-jdic dictionary's pronunciation column and Japanese number rules (each entry names its
//! source), not from the program's output.

use mynaho_guide::speech::Voice;

#[derive(serde::Deserialize)]
struct Table {
    reading: Vec<Entry>,
}

#[derive(serde::Deserialize)]
struct Entry {
    text: String,
    expected: String,
    source: String,
}

#[test]
fn readings_match_the_table_written_from_the_dictionary() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/speech-readings.toml");
    let table: Table = toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert!(
        table.reading.len() >= 30,
        "the issue asks for at least 30 strings"
    );
    let voice = Voice::shared().unwrap();
    let wrong: Vec<String> = table
        .reading
        .iter()
        .filter_map(|entry| {
            assert!(!entry.source.trim().is_empty(), "{}: no source", entry.text);
            let reading = voice.reading(&entry.text).unwrap();
            // The pause after the last word (a final 。) is no part of the reading.
            let reading = reading.trim_end_matches('、');
            (reading != entry.expected).then(|| {
                format!(
                    "{}\n    expected {}\n    read     {reading}",
                    entry.text, entry.expected
                )
            })
        })
        .collect();
    assert!(
        wrong.is_empty(),
        "{} of {} read otherwise:\n{}",
        wrong.len(),
        table.reading.len(),
        wrong.join("\n")
    );
}
