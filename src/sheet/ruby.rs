//! Ruby (furigana) for the やさしい日本語 sheet column. Its messages write readings inline as
//! `保険証(ほけんしょう)`: a run of kanji directly followed by ASCII parentheses around kana. On the
//! sheet the base is set on the line and the reading in small type centred above it.
//!
//! [`split`] is the pure part (text → plain and ruby segments); [`layout`] shapes the text with the
//! readings removed (so line breaking and the text layer see only the base text), then places
//! each reading over the glyphs of its base and reserves room above the lines for it.

use std::ops::Range;
use std::sync::Arc;

pub use super::text::Ruby;
use super::text::{Paragraph, ShapedLine, TextEngine, TextStyle};

/// Size of a reading relative to its base.
const READING_SCALE: f32 = 0.5;
/// Space between the top of the base's em box and the reading, in base ems.
const GAP: f32 = 0.05;
/// Ascent of the CJK face's em box above the baseline, in ems (Noto Sans CJK: 0.88).
const ASCENT: f32 = 0.88;
/// Descent of the CJK face's em box below the baseline, in ems.
const DESCENT: f32 = 0.12;
/// Shaped between the characters of a base so the line breaker never splits it (not drawn).
use crate::linebreak::{self, WORD_JOINER};

/// A piece of a message: plain text, or a base with its reading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    /// Text set as it is.
    Plain(String),
    /// Kanji `base` with its kana `reading`, drawn above it.
    Ruby {
        /// The kanji on the line.
        base: String,
        /// The reading in kana.
        reading: String,
    },
}

/// A kanji for the purpose of ruby: CJK ideographs, and 々 〆 ヶ.
pub fn is_kanji(c: char) -> bool {
    matches!(c,
        '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{3FFFF}'
        | '々' | '〆' | 'ヶ')
}

fn is_kana(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{309F}' | '\u{30A0}'..='\u{30FF}')
}

/// Split `text` into plain and ruby segments. A reading is ASCII `(` + kana + `)` right after a
/// run of kanji; anything else (numbers, full-width brackets, a reading after kana) stays plain.
pub fn split(text: &str) -> Vec<Segment> {
    let mut segments = Vec::new();
    let mut plain = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('(') {
        let (before, after) = rest.split_at(open);
        plain.push_str(before);
        let inner = &after[1..];
        let reading = inner
            .find(')')
            .map(|close| &inner[..close])
            .filter(|r| !r.is_empty() && r.chars().all(is_kana));
        let base_start = plain
            .char_indices()
            .rev()
            .take_while(|(_, c)| is_kanji(*c))
            .last()
            .map(|(i, _)| i);
        match (reading, base_start) {
            (Some(reading), Some(start)) => {
                let base = plain.split_off(start);
                if !plain.is_empty() {
                    segments.push(Segment::Plain(std::mem::take(&mut plain)));
                }
                segments.push(Segment::Ruby {
                    base,
                    reading: reading.to_owned(),
                });
                rest = &inner[reading.len() + 1..];
            }
            _ => {
                plain.push('(');
                rest = inner;
            }
        }
    }
    plain.push_str(rest);
    if !plain.is_empty() {
        segments.push(Segment::Plain(plain));
    }
    segments
}

/// `text` with the readings removed: what the line shows.
pub fn base_text(text: &str) -> String {
    split(text)
        .into_iter()
        .map(|segment| match segment {
            Segment::Plain(text) => text,
            Segment::Ruby { base, .. } => base,
        })
        .collect()
}

/// A base to annotate: its hard line (between line breaks), its byte range there, its reading.
struct Base {
    hard_line: usize,
    range: Range<usize>,
    reading: String,
}

/// Appends `c`, after a word joiner where the line must not break before it
/// ([`linebreak::joins`]: やさしい日本語 breaks at its spaces only).
fn push_joined(text: &mut String, c: char, lang: &str) {
    let mut last = text.chars().rev().filter(|&c| c != WORD_JOINER);
    if let Some(a) = last.next()
        && a != '\n'
        && linebreak::joins(last.next(), a, c, lang)
    {
        text.push(WORD_JOINER);
    }
    text.push(c);
}

/// The text to shape (bases glued with word joiners, lines breaking where [`linebreak`]
/// allows) and the bases in it.
fn prepare(segments: Vec<Segment>, lang: &str) -> (String, Vec<Base>) {
    let mut text = String::new();
    let mut bases = Vec::new();
    let (mut hard_line, mut line_start) = (0, 0);
    for segment in segments {
        match segment {
            Segment::Plain(plain) => {
                for (i, part) in plain.split('\n').enumerate() {
                    if i > 0 {
                        text.push('\n');
                        hard_line += 1;
                        line_start = text.len();
                    }
                    for c in part.chars() {
                        push_joined(&mut text, c, lang);
                    }
                }
            }
            Segment::Ruby { base, reading } => {
                let mut chars = base.chars();
                let Some(first) = chars.next() else { continue };
                push_joined(&mut text, first, lang);
                let start = text.len() - first.len_utf8() - line_start;
                for c in chars {
                    text.push(WORD_JOINER);
                    text.push(c);
                }
                bases.push(Base {
                    hard_line,
                    range: start..text.len() - line_start,
                    reading,
                });
            }
        }
    }
    (text, bases)
}

/// The hard line each laid-out line comes from (lines of one hard line share their text).
fn hard_lines(lines: &[ShapedLine]) -> Vec<usize> {
    let mut index = 0;
    lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            if i > 0 && !Arc::ptr_eq(&lines[i - 1].text, &line.text) {
                index += 1;
            }
            index
        })
        .collect()
}

/// Shape `text` (language `lang`) to `width` with its readings set as ruby: the lines show the
/// base text only, `Paragraph::ruby` holds the readings, and lines are taller by the room the
/// readings need (every line of a paragraph with ruby, so its lines stay evenly spaced).
pub fn layout(engine: &mut TextEngine, text: &str, lang: &str, style: TextStyle, width: f32) -> Paragraph {
    let segments = split(text);
    if !segments.iter().any(|s| matches!(s, Segment::Ruby { .. })) {
        return engine.layout(&linebreak::prepare(text, lang), lang, style, width);
    }
    let (shaped, bases) = prepare(segments, lang);
    let paragraph = engine.layout(&shaped, lang, style, width);
    let mut paragraph = paragraph;
    let hard = hard_lines(&paragraph.lines);
    let size = style.size;
    let small = TextStyle {
        size: size * READING_SCALE,
        leading: 1.0,
    };
    let em_top = paragraph.lines.first().map_or(0.0, |l| l.baseline) - ASCENT * size;
    let extra = (GAP * size + small.size - em_top).max(0.0);
    let mut last_end: Vec<f32> = vec![f32::MIN; paragraph.lines.len()];
    for base in bases {
        let mut extent: Option<(usize, f32, f32, usize)> = None;
        for (index, line) in paragraph.lines.iter().enumerate() {
            if hard.get(index) != Some(&base.hard_line) {
                continue;
            }
            let glyphs = line
                .glyphs
                .iter()
                .filter(|g| g.range.start >= base.range.start && g.range.end <= base.range.end);
            let (count, left, right) = glyphs.fold((0, f32::MAX, f32::MIN), |(n, l, r), g| {
                (n + 1, l.min(g.x), r.max(g.x + g.advance))
            });
            if count > extent.map_or(0, |e| e.3) {
                extent = Some((index, left, right, count));
            }
        }
        let Some((index, left, right, _)) = extent else {
            continue;
        };
        let reading = engine.layout(&base.reading, "ja", small, f32::MAX / 4.0);
        let Some(shaped) = reading.lines.into_iter().next() else {
            continue;
        };
        let line = &paragraph.lines[index];
        let mut x = (left + right - shaped.width) / 2.0;
        x = x.max(0.0).max(last_end[index]);
        last_end[index] = x + shaped.width;
        let bottom = line.baseline - ASCENT * size - GAP * size;
        let baseline = bottom - DESCENT * small.size;
        paragraph.ruby.push(Ruby {
            line: index,
            x,
            y: baseline - shaped.baseline + extra,
            text: shaped,
        });
    }
    paragraph.line_height += extra;
    for line in &mut paragraph.lines {
        line.baseline += extra;
    }
    paragraph
}

#[cfg(test)]
mod tests {
    use super::Segment::{Plain, Ruby};
    use super::*;

    fn plain(text: &str) -> Segment {
        Plain(text.to_owned())
    }

    fn ruby(base: &str, reading: &str) -> Segment {
        Ruby {
            base: base.to_owned(),
            reading: reading.to_owned(),
        }
    }

    #[test]
    fn splits_readings_from_their_kanji() {
        let cases: Vec<(&str, Vec<Segment>)> = vec![
            ("保険証(ほけんしょう)", vec![ruby("保険証", "ほけんしょう")]),
            ("(0120-95-0178)", vec![plain("(0120-95-0178)")]),
            ("（全角）", vec![plain("（全角）")]),
            ("マイナ(まいな)", vec![plain("マイナ(まいな)")]),
            ("(ほけん)", vec![plain("(ほけん)")]),
            ("保険()", vec![plain("保険()")]),
            ("保険(ほけん", vec![plain("保険(ほけん")]),
            ("人々(ひとびと)", vec![ruby("人々", "ひとびと")]),
            ("1か月(げつ)", vec![plain("1か"), ruby("月", "げつ")]),
            (
                "マイナ保険証(ほけんしょう)の 案内(あんない)（0120）",
                vec![
                    plain("マイナ"),
                    ruby("保険証", "ほけんしょう"),
                    plain("の "),
                    ruby("案内", "あんない"),
                    plain("（0120）"),
                ],
            ),
            (
                "申(もう)し込(こ)み",
                vec![ruby("申", "もう"), plain("し"), ruby("込", "こ"), plain("み")],
            ),
            ("", vec![]),
        ];
        for (text, expected) in cases {
            assert_eq!(split(text), expected, "{text}");
        }
    }

    #[test]
    fn base_text_drops_only_readings() {
        assert_eq!(
            base_text("日本語(にほんご)の 電話(でんわ)（0120-95-0178）"),
            "日本語の 電話（0120-95-0178）"
        );
    }

    #[test]
    fn readings_sit_above_their_bases_and_lines_grow() {
        let mut engine = TextEngine::new().expect("fonts");
        let style = TextStyle {
            size: 14.0,
            leading: 1.4,
        };
        let text =
            "あなたの 保険証(ほけんしょう)を 市役所(しやくしょ)の 窓口(まどぐち)で 見(み)せて ください。";
        for width in [80.0, 120.0, 400.0] {
            let plain = engine.layout(&base_text(text), "ja-yasashii", style, width);
            let p = layout(&mut engine, text, "ja-yasashii", style, width);
            let shown: String = p
                .lines
                .iter()
                .flat_map(|l| l.glyphs.iter().map(|g| &l.text[g.range.clone()]))
                .collect();
            // Spaces where a line wraps are not drawn.
            let squeeze = |s: &str| s.replace(' ', "");
            assert_eq!(squeeze(&shown), squeeze(&base_text(text)), "width {width}");
            assert_eq!(p.ruby.len(), 4, "width {width}");
            assert!(p.line_height > plain.line_height);
            for ruby in &p.ruby {
                let line = &p.lines[ruby.line];
                let em_top = ruby.y + ruby.text.baseline - ASCENT * ruby.text.size;
                assert!(em_top >= -0.01, "inside the line box: {em_top}");
                assert!(ruby.y + ruby.text.baseline < line.baseline - ASCENT * style.size);
                assert!((ruby.text.size - 7.0).abs() < 0.01);
            }
        }
    }
}
