//! Shaping and line breaking for the sheet: one cosmic-text `FontSystem` over the embedded Noto
//! fonts only (no system fonts, so a sheet looks the same on every machine), with the face of
//! each language first and a fixed fallback order for mixed text.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use cosmic_text::fontdb::{self, Database, Source};
use cosmic_text::{Attrs, Buffer, Fallback, Family, FontSystem, Metrics, Shaping, Wrap};
use unicode_script::Script;

use super::SheetError;
use crate::fonts;

/// The bytes of one font file, shared between the shaper and the PDF writer.
pub type FontData = Arc<dyn AsRef<[u8]> + Send + Sync>;

/// How a piece of text is set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextStyle {
    /// Font size in points.
    pub size: f32,
    /// Line height as a multiple of the size.
    pub leading: f32,
}

/// One glyph placed on a line.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedGlyph {
    /// The face it comes from (an id of the shaper's font database).
    pub font: fontdb::ID,
    /// Glyph id inside that face.
    pub glyph: u16,
    /// Pen position from the line start, in points.
    pub x: f32,
    /// Advance in points.
    pub advance: f32,
    /// Offsets from the pen position, in em.
    pub x_offset: f32,
    /// Vertical offset, in em.
    pub y_offset: f32,
    /// The byte range of the source text this glyph shows (for the PDF text layer).
    pub range: Range<usize>,
}

/// One laid-out line: glyphs in visual order and the text they were shaped from.
#[derive(Debug, Clone, PartialEq)]
pub struct ShapedLine {
    /// The source paragraph; glyph ranges index into it.
    pub text: Arc<str>,
    /// Glyphs, left to right.
    pub glyphs: Vec<PlacedGlyph>,
    /// Font size in points.
    pub size: f32,
    /// Width of the line in points.
    pub width: f32,
    /// Distance from the top of the line box to the baseline.
    pub baseline: f32,
}

/// A wrapped paragraph.
#[derive(Debug, Clone, PartialEq)]
pub struct Paragraph {
    /// The lines, top to bottom.
    pub lines: Vec<ShapedLine>,
    /// Height of one line box in points.
    pub line_height: f32,
    /// Readings set above the lines (ruby), placed by the ruby layout (`sheet::ruby`); usually empty.
    pub ruby: Vec<Ruby>,
}

impl Paragraph {
    /// Total height in points.
    pub fn height(&self) -> f32 {
        self.line_height * self.lines.len() as f32
    }

    /// Width of the longest line.
    pub fn width(&self) -> f32 {
        self.lines.iter().map(|line| line.width).fold(0.0, f32::max)
    }
}

/// Shapes and wraps text with the embedded fonts. Build it once: loading the fonts is the slow part.
pub struct TextEngine {
    system: FontSystem,
    sources: HashMap<fontdb::ID, (FontData, u32)>,
}

impl std::fmt::Debug for TextEngine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TextEngine")
            .field("faces", &self.sources.len())
            .finish()
    }
}

impl TextEngine {
    /// Load every embedded font file into a fresh font database.
    pub fn new() -> Result<Self, SheetError> {
        let mut db = Database::new();
        for file in fonts::files() {
            let bytes = fonts::bytes(file).ok_or(SheetError::FontMissing(file))?;
            let data: FontData = match bytes {
                std::borrow::Cow::Borrowed(slice) => Arc::new(slice),
                std::borrow::Cow::Owned(vec) => Arc::new(vec),
            };
            db.load_font_source(Source::Binary(data));
        }
        let mut sources = HashMap::new();
        for face in db.faces() {
            if let Source::Binary(data) = &face.source {
                sources.insert(face.id, (Arc::clone(data), face.index));
            }
        }
        let system = FontSystem::new_with_locale_and_db_and_fallback("ja".to_owned(), db, SheetFallback);
        Ok(TextEngine { system, sources })
    }

    /// The font file and face index behind a face id, for embedding in the PDF.
    pub fn font_source(&self, id: fontdb::ID) -> Option<(FontData, u32)> {
        self.sources
            .get(&id)
            .map(|(data, index)| (Arc::clone(data), *index))
    }

    /// Shape `text` (in language `lang`) and wrap it to `width` points.
    ///
    /// Line breaks in `text` start new lines; an empty text gives one empty line.
    pub fn layout(&mut self, text: &str, lang: &str, style: TextStyle, width: f32) -> Paragraph {
        let line_height = style.size * style.leading;
        let mut buffer = Buffer::new(&mut self.system, Metrics::new(style.size, line_height));
        buffer.set_wrap(&mut self.system, Wrap::WordOrGlyph);
        buffer.set_size(&mut self.system, Some(width.max(style.size)), None);
        let attrs = Attrs::new().family(Family::Name(fonts::primary_family(lang)));
        buffer.set_text(&mut self.system, text, &attrs, Shaping::Advanced, None);

        let mut texts: HashMap<usize, Arc<str>> = HashMap::new();
        let mut lines = Vec::new();
        for run in buffer.layout_runs() {
            let source = texts
                .entry(run.line_i)
                .or_insert_with(|| Arc::from(run.text))
                .clone();
            let glyphs = run
                .glyphs
                .iter()
                .map(|glyph| PlacedGlyph {
                    font: glyph.font_id,
                    glyph: glyph.glyph_id,
                    x: glyph.x,
                    advance: glyph.w,
                    x_offset: glyph.x_offset,
                    y_offset: glyph.y_offset,
                    range: glyph.start..glyph.end,
                })
                .collect();
            lines.push(ShapedLine {
                text: source,
                glyphs,
                size: style.size,
                width: run.line_w,
                baseline: run.line_y - run.line_top,
            });
        }
        // The line-break marks (crate::linebreak) have done their work: no glyph of theirs goes
        // on paper or into the text layer.
        for line in &mut lines {
            let text = Arc::clone(&line.text);
            line.glyphs.retain(|g| {
                text.get(g.range.clone())
                    .is_none_or(|s| s.chars().any(|c| !crate::linebreak::is_mark(c)))
            });
        }
        rejoin_split_clusters(&mut lines);
        Paragraph {
            lines,
            line_height,
            ruby: Vec::new(),
        }
    }

    /// The width of `text` on one line, unwrapped.
    pub fn measure(&mut self, text: &str, lang: &str, style: TextStyle) -> f32 {
        self.layout(text, lang, style, f32::MAX / 4.0).width()
    }

    /// The family names of the faces the glyphs of `paragraph` come from (for tests and checks).
    pub fn families_used(&self, paragraph: &Paragraph) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for glyph in paragraph.lines.iter().flat_map(|line| &line.glyphs) {
            if let Some(face) = self.system.db().face(glyph.font)
                && let Some((name, _)) = face.families.first()
                && !names.contains(name)
            {
                names.push(name.clone());
            }
        }
        names
    }
}

/// Move the glyphs of a cluster that the wrapper left at the end of a line to the start of the
/// next one. cosmic-text wraps scripts without spaces (Khmer, Thai, Myanmar) glyph by glyph and
/// can split a cluster, e.g. Khmer "ពេ" whose vowel sign is drawn before its consonant: the sign
/// would end one line, the consonant start the next, and the text layer would hold the cluster
/// twice.
fn rejoin_split_clusters(lines: &mut [ShapedLine]) {
    for i in 1..lines.len() {
        let (before, after) = lines.split_at_mut(i);
        let (Some(previous), Some(next)) = (before.last_mut(), after.first_mut()) else {
            continue;
        };
        let Some(first) = next.glyphs.first().map(|g| g.range.clone()) else {
            continue;
        };
        if !Arc::ptr_eq(&previous.text, &next.text) {
            continue;
        }
        let keep = previous
            .glyphs
            .iter()
            .rposition(|g| g.range != first)
            .map_or(0, |n| n + 1);
        if keep == previous.glyphs.len() {
            continue;
        }
        let mut moved: Vec<PlacedGlyph> = previous.glyphs.drain(keep..).collect();
        let shift: f32 = moved.iter().map(|g| g.advance).sum();
        previous.width = (previous.width - shift).max(0.0);
        let mut x = 0.0;
        for glyph in &mut moved {
            glyph.x = x;
            x += glyph.advance;
        }
        for glyph in &mut next.glyphs {
            glyph.x += shift;
        }
        moved.append(&mut next.glyphs);
        next.glyphs = moved;
        next.width += shift;
    }
}

/// The fallback order when the language's own face lacks a character: the same on every OS,
/// because only the embedded fonts exist.
struct SheetFallback;

impl Fallback for SheetFallback {
    fn common_fallback(&self) -> &[&'static str] {
        &[fonts::SANS.family, fonts::CJK_JP.family]
    }

    fn forbidden_fallback(&self) -> &[&'static str] {
        &[]
    }

    fn script_fallback(&self, script: Script, _locale: &str) -> &[&'static str] {
        match script {
            Script::Han | Script::Hiragana | Script::Katakana | Script::Bopomofo => &[fonts::CJK_JP.family],
            Script::Hangul => &[fonts::CJK_KR.family],
            Script::Devanagari => &[fonts::DEVANAGARI.family],
            Script::Thai => &[fonts::THAI.family],
            Script::Myanmar => &[fonts::MYANMAR.family],
            Script::Khmer => &[fonts::KHMER.family],
            _ => &[],
        }
    }
}

/// A reading placed relative to one line of its paragraph.
#[derive(Debug, Clone, PartialEq)]
pub struct Ruby {
    /// Index of the line it sits above.
    pub line: usize,
    /// Left edge, from the line's left edge.
    pub x: f32,
    /// Top of the reading's line box, from the top of the line's box.
    pub y: f32,
    /// The shaped reading.
    pub text: ShapedLine,
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: TextStyle = TextStyle {
        size: 14.0,
        leading: 1.4,
    };

    #[track_caller]
    fn families(engine: &mut TextEngine, text: &str, lang: &str) -> Vec<String> {
        let paragraph = engine.layout(text, lang, BODY, 400.0);
        assert!(
            paragraph
                .lines
                .iter()
                .all(|l| l.glyphs.iter().all(|g| g.glyph != 0)),
            "tofu in {text}"
        );
        engine.families_used(&paragraph)
    }

    #[test]
    fn each_script_is_set_in_its_own_face() {
        let mut engine = TextEngine::new().expect("fonts");
        assert_eq!(families(&mut engine, "マイナ保険証", "ja"), ["Noto Sans CJK JP"]);
        assert_eq!(families(&mut engine, "医疗保险", "zh-CN"), ["Noto Sans CJK SC"]);
        assert_eq!(families(&mut engine, "건강보험증", "ko"), ["Noto Sans CJK KR"]);
        assert_eq!(
            families(&mut engine, "स्वास्थ्य बीमा", "ne"),
            ["Noto Sans Devanagari"]
        );
        assert_eq!(families(&mut engine, "ประกันสุขภาพ", "th"), ["Noto Sans Thai"]);
        assert_eq!(families(&mut engine, "ကျန်းမာရေး", "my"), ["Noto Sans Myanmar"]);
        assert_eq!(families(&mut engine, "ធានារ៉ាប់រង", "km"), ["Noto Sans Khmer"]);
        assert_eq!(families(&mut engine, "Thẻ bảo hiểm y tế", "vi"), ["Noto Sans"]);
        let mixed = families(&mut engine, "Shikaku Kakuninsho (資格確認書)", "en");
        assert!(mixed.contains(&"Noto Sans".to_owned()) && mixed.contains(&"Noto Sans CJK JP".to_owned()));
    }

    #[test]
    fn devanagari_is_shaped_not_mapped_letter_by_letter() {
        let mut engine = TextEngine::new().expect("fonts");
        let text = "स्वास्थ्य";
        let paragraph = engine.layout(text, "ne", BODY, 400.0);
        // Conjuncts and vowel signs merge clusters: fewer glyphs than characters.
        assert!(paragraph.lines[0].glyphs.len() < text.chars().count());
    }

    #[test]
    fn a_cluster_is_never_split_between_two_lines() {
        let mut engine = TextEngine::new().expect("fonts");
        let text = "អ្នកអាចចុះឈ្មោះនៅម៉ាស៊ីនអានប័ណ្ណនៃមន្ទីរពេទ្យ/គ្លីនិក និងឱសថស្ថាន។ ដាក់ប័ណ្ណ ហើយជ្រើសរើស";
        for width in [120.0, 160.0, 224.7, 300.0] {
            let paragraph = engine.layout(text, "km", BODY, width);
            assert!(paragraph.lines.len() > 1);
            for pair in paragraph.lines.windows(2) {
                let ranges =
                    |line: &ShapedLine| line.glyphs.iter().map(|g| g.range.clone()).collect::<Vec<_>>();
                let (above, below) = (ranges(&pair[0]), ranges(&pair[1]));
                assert!(
                    above.iter().all(|r| !below.contains(r)),
                    "cluster on two lines at width {width}"
                );
            }
            for line in &paragraph.lines {
                let xs: Vec<f32> = line.glyphs.iter().map(|g| g.x).collect();
                assert!(
                    xs.windows(2).all(|w| w[0] <= w[1] + 0.01),
                    "pen positions in order: {xs:?}"
                );
            }
        }
    }

    #[test]
    fn japanese_wraps_between_characters_within_the_width() {
        let mut engine = TextEngine::new().expect("fonts");
        let text = "マイナンバーカードの有効期限が近づくと、青い封筒に入った有効期限通知書が届きます。";
        let paragraph = engine.layout(text, "ja", BODY, 200.0);
        assert!(paragraph.lines.len() >= 3, "{} lines", paragraph.lines.len());
        assert!(paragraph.lines.iter().all(|line| line.width <= 200.5));
        let joined: String = paragraph
            .lines
            .iter()
            .flat_map(|line| line.glyphs.iter().map(|g| &line.text[g.range.clone()]))
            .collect();
        assert_eq!(joined, text, "every character is placed once");
    }
}
