//! Issue 12 item 6, read back from the PDF: the lines `pdftotext` finds in real sheets (Thai,
//! Khmer and Burmese beside Japanese, and Japanese alone) are matched to the paragraphs of the
//! sheet model, and every place one paragraph goes on to a new line is checked: in Thai, Khmer
//! and Burmese a word boundary of ICU's dictionary segmenter (asked directly, not through the
//! program's marks) or a space, never inside a bracketed Japanese term; in Japanese no line
//! starts with a closing mark, ー or a small kana, and no word is cut.

use std::process::Command;

use chrono::NaiveDate;
use icu_segmenter::options::WordBreakInvariantOptions;
use icu_segmenter::{WordSegmenter, WordSegmenterBorrowed};
use mynaho_guide::guide::{Guide, Outcome, Walk};
use mynaho_guide::rules::{Rules, compute_timeline};
use mynaho_guide::sheet::{SheetRenderer, SheetRequest};

use crate::sheet_people::{foreign_resident, long_time_holder};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("test date")
}

fn situation(id: &str) -> Outcome {
    match Guide::embedded()
        .expect("guide")
        .walk(Some(id), &[])
        .expect("walk")
    {
        Walk::Outcome(view) => view.outcome,
        Walk::Question(q) => panic!("still a question: {}", q.id),
    }
}

/// The lines of a sheet's text layer.
fn pdf_lines(pdf: &[u8], tag: &str) -> Vec<Vec<char>> {
    let path = std::env::temp_dir().join(format!("mynaho-breaks-{}-{tag}.pdf", std::process::id()));
    std::fs::write(&path, pdf).expect("write pdf");
    let output = Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) runs");
    let _ = std::fs::remove_file(&path);
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|line| line.chars().filter(|c| !c.is_whitespace()).collect::<Vec<char>>())
        .filter(|line| !line.is_empty())
        .collect()
}

/// Where `text` goes on to a new line in the text layer, as byte offsets into `text` (the
/// start of each line after the first); `None` when the paragraph is not found whole.
fn breaks_in(text: &str, lines: &[Vec<char>]) -> Option<Vec<usize>> {
    let chars: Vec<(usize, char)> = text.char_indices().filter(|(_, c)| !c.is_whitespace()).collect();
    let target: Vec<char> = chars.iter().map(|&(_, c)| c).collect();
    for (i, line) in lines.iter().enumerate() {
        // A numbered step or a bullet carries its mark in front.
        let mark = line
            .iter()
            .take_while(|c| c.is_ascii_digit() || **c == '.' || **c == '•')
            .count();
        let first = &line[mark..];
        if first.len() < 2 || !target.starts_with(first) {
            continue;
        }
        let mut at = first.len();
        let mut breaks = Vec::new();
        for next in &lines[i + 1..] {
            if at == target.len() || !target[at..].starts_with(next) {
                break;
            }
            breaks.push(chars[at].0);
            at += next.len();
        }
        if at == target.len() {
            return Some(breaks);
        }
    }
    None
}

fn is_cjk(c: char) -> bool {
    ('\u{3040}'..='\u{30FF}').contains(&c) || ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

/// Thai, Burmese or Khmer.
fn is_southeast_asian(c: char) -> bool {
    ('\u{0E00}'..='\u{0E7F}').contains(&c)
        || ('\u{1000}'..='\u{109F}').contains(&c)
        || ('\u{1780}'..='\u{17FF}').contains(&c)
}

/// The byte spans strictly inside brackets that hold a Japanese term: 「(資格確認書)」.
fn bracketed_japanese(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut open = None;
    for (i, c) in text.char_indices() {
        match c {
            '(' | '（' => open = Some(i + c.len_utf8()),
            ')' | '）' => {
                // A Japanese term: Japanese alone inside (not a sentence that quotes one).
                if let Some(start) = open.take()
                    && text[start..i].chars().any(is_cjk)
                    && text[start..i].chars().all(|c| is_cjk(c) || c == '・')
                {
                    spans.push((start, i));
                }
            }
            _ => {}
        }
    }
    spans
}

fn check_southeast_asian(
    text: &str,
    at: usize,
    segmenter: &WordSegmenterBorrowed<'static>,
) -> Result<(), String> {
    let before = text[..at].chars().next_back().unwrap_or(' ');
    let boundaries: Vec<usize> = segmenter.segment_str(text).collect();
    if bracketed_japanese(text).iter().any(|&(s, e)| at > s && at < e) {
        return Err("inside a bracketed Japanese term".into());
    }
    if before.is_whitespace() || before.is_ascii_punctuation() || boundaries.contains(&at) {
        Ok(())
    } else {
        Err("inside a word".into())
    }
}

fn check_japanese(text: &str, at: usize) -> Result<(), String> {
    let before = text[..at].chars().next_back().unwrap_or(' ');
    let first = text[at..].chars().next().unwrap_or(' ');
    let hiragana = |c: char| ('\u{3041}'..='\u{309F}').contains(&c);
    let katakana = |c: char| ('\u{30A1}'..='\u{30FA}').contains(&c) || c == 'ー';
    let kanji = |c: char| ('\u{4E00}'..='\u{9FFF}').contains(&c);
    if "、。，．」』）】ーっゃゅょッャュョァィゥェォ".contains(first) {
        Err(format!("a line begins with {first}"))
    } else if "「『（【".contains(before) {
        Err(format!("a line ends with {before}"))
    } else if kanji(before) && hiragana(first) {
        Err("a kanji parted from its kana ending".into())
    } else if katakana(before) && katakana(first) {
        Err("a katakana word cut".into())
    } else {
        Ok(())
    }
}

#[test]
#[ignore = "needs poppler-utils (pdftotext): run with --include-ignored (CI does)"]
fn lines_in_the_printed_pdf_break_only_where_words_allow() {
    let rules = Rules::embedded().expect("rules");
    let mut renderer = SheetRenderer::new().expect("fonts");
    let segmenter = WordSegmenter::new_dictionary(WordBreakInvariantOptions::default());
    let today = date(2026, 11, 22);
    let people = [foreign_resident(), long_time_holder()];
    let outcomes = [situation("residence-period"), situation("lost-card")];
    let mut failures = Vec::new();
    for lang in ["th", "km", "my", "ja"] {
        let (mut paragraphs, mut checked) = (0, 0);
        for (person, outcome) in people.iter().zip(&outcomes) {
            for large_print in [false, true] {
                let req = SheetRequest {
                    today,
                    lang: "ja".into(),
                    sheet_lang: Some(lang.into()),
                    large_print,
                    name: None,
                    timeline: Some(compute_timeline(&rules, person).expect("timeline")),
                    outcome: Some(outcome.clone()),
                };
                let (sheet, pdf) = renderer.render_request(&req, &rules).expect("pdf");
                let lines = pdf_lines(&pdf, lang);
                let japanese_column = lang == "ja";
                for text in sheet.texts() {
                    // Paragraphs of the language under test, long enough to wrap.
                    let ours = if japanese_column {
                        text.chars().any(is_cjk)
                    } else {
                        text.chars().any(is_southeast_asian)
                    };
                    if text.chars().filter(|c| !c.is_whitespace()).count() < 12 || !ours {
                        continue;
                    }
                    let Some(breaks) = breaks_in(text, &lines) else {
                        continue;
                    };
                    paragraphs += 1;
                    for at in breaks {
                        checked += 1;
                        let verdict = if japanese_column {
                            check_japanese(text, at)
                        } else {
                            check_southeast_asian(text, at, &segmenter)
                        };
                        if let Err(why) = verdict {
                            failures.push(format!(
                                "{lang}: {why}: …{}|{}…",
                                text[..at]
                                    .chars()
                                    .rev()
                                    .take(12)
                                    .collect::<String>()
                                    .chars()
                                    .rev()
                                    .collect::<String>(),
                                text[at..].chars().take(10).collect::<String>()
                            ));
                        }
                    }
                }
            }
        }
        assert!(
            paragraphs >= 10,
            "{lang}: only {paragraphs} paragraphs found in the text layer"
        );
        assert!(checked >= 15, "{lang}: only {checked} line breaks looked at");
    }
    assert!(
        failures.is_empty(),
        "{} bad breaks:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
