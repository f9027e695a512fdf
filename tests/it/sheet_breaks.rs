//! Issue 12 item 6: on the sheet, words stay whole. The lines the sheet's text engine makes
//! (the same lines that go into the PDF) break Thai, Khmer and Burmese only where ICU's
//! dictionary segmenter finds a word boundary (checked with ICU directly, not through the
//! program's own marks), and Japanese never inside a word: no line starts with a closing mark,
//! ー or small kana, and no break falls between a kanji and its kana ending (使|えません) or
//! inside a katakana word (カー|ド).

use icu_segmenter::WordSegmenter;
use icu_segmenter::options::WordBreakInvariantOptions;
use mynaho_guide::i18n::Localizer;
use mynaho_guide::linebreak;
use mynaho_guide::sheet::layout::Sizes;
use mynaho_guide::sheet::text::TextEngine;

/// The messages laid out as sample paragraphs: long steps of the guide and of the dates.
const SAMPLES: [&str; 6] = [
    "residence-period-step-2",
    "lost-card-step-3",
    "kakuninsho-meanwhile-mynaho",
    "sheet-todo-card-apply",
    "check-how",
    "warning-residence-no-reminder",
];

/// Where each laid-out line after the first begins, as a byte offset into `text` (the text
/// without the program's marks).
fn line_starts(engine: &mut TextEngine, text: &str, lang: &str, width: f32) -> Vec<usize> {
    let prepared = linebreak::prepare(text, lang);
    let style = Sizes::for_print(false).style(Sizes::for_print(false).body);
    let paragraph = engine.layout(&prepared, lang, style, width);
    let unmarked = |at: usize| linebreak::strip(&prepared[..at]).len();
    paragraph
        .lines
        .iter()
        .skip(1)
        .filter_map(|line| line.glyphs.iter().map(|g| g.range.start).min())
        .map(unmarked)
        .collect()
}

#[test]
fn thai_khmer_and_burmese_lines_break_at_word_boundaries() {
    let segmenter = WordSegmenter::new_dictionary(WordBreakInvariantOptions::default());
    let mut engine = TextEngine::new().expect("fonts");
    let mut checked = 0;
    for lang in ["th", "km", "my"] {
        let loc = Localizer::new(lang);
        for id in SAMPLES {
            let text = loc.text(&id.to_string());
            let boundaries: Vec<usize> = segmenter.segment_str(&text).collect();
            for start in line_starts(&mut engine, &text, lang, 150.0) {
                // A line may also begin after a space or right after punctuation.
                let before = text[..start].chars().next_back();
                let after_space = before.is_some_and(|c| c.is_whitespace() || c.is_ascii_punctuation());
                assert!(
                    boundaries.contains(&start) || after_space,
                    "{lang} {id}: a line begins inside a word: …{}|{}…",
                    &text[start.saturating_sub(24).min(start)..start],
                    text[start..].chars().take(8).collect::<String>()
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 40, "only {checked} line breaks were looked at");
}

fn is_kanji(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

fn is_hiragana(c: char) -> bool {
    ('\u{3041}'..='\u{309F}').contains(&c)
}

fn is_katakana(c: char) -> bool {
    ('\u{30A1}'..='\u{30FA}').contains(&c) || c == 'ー'
}

#[test]
fn japanese_lines_keep_words_whole_and_follow_kinsoku() {
    let mut engine = TextEngine::new().expect("fonts");
    let loc = Localizer::new("ja");
    let mut checked = 0;
    for id in SAMPLES {
        let text = loc.text(&id.to_string());
        for width in [110.0, 170.0, 240.0] {
            for start in line_starts(&mut engine, &text, "ja", width) {
                let before = text[..start].chars().next_back().expect("a line before");
                let first = text[start..].chars().next().expect("a line after");
                assert!(
                    !"、。，．」』）】ーっゃゅょッャュョァィゥェォ".contains(first),
                    "{id}: a line begins with {first}"
                );
                assert!(
                    !(is_kanji(before) && is_hiragana(first)),
                    "{id}: a kanji parted from its kana ending: {before}|{first}"
                );
                assert!(
                    !(is_katakana(before) && is_katakana(first)),
                    "{id}: a katakana word cut: {before}|{first}"
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 30, "only {checked} line breaks were looked at");
}
