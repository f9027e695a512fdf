//! Writing laid-out pages as PDF with krilla: fonts embedded and subset by krilla, every line
//! drawn as real text (the line's source text and each glyph's byte range go with the glyphs, so
//! the PDF is searchable and copyable), document title and language in the metadata.

use std::collections::HashMap;

use cosmic_text::fontdb;
use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule, LineJoin, Stroke};
use krilla::surface::Surface;
use krilla::text::{Font, GlyphId, KrillaGlyph};

use super::SheetError;
use super::geom::{Item, PAGE_H, PAGE_W, Page, Rgb};
use super::text::{ShapedLine, TextEngine};

/// krilla fonts made from the shaper's faces, kept across documents (parsing is not free).
#[derive(Default)]
pub struct FontCache {
    fonts: HashMap<fontdb::ID, Font>,
}

impl FontCache {
    fn get(&mut self, engine: &TextEngine, id: fontdb::ID) -> Result<Font, SheetError> {
        if let Some(font) = self.fonts.get(&id) {
            return Ok(font.clone());
        }
        let (data, index) = engine.font_source(id).ok_or(SheetError::FontMissing("face"))?;
        let font = Font::new(krilla::Data::from(data), index).ok_or(SheetError::FontMissing("face"))?;
        self.fonts.insert(id, font.clone());
        Ok(font)
    }
}

/// Document-level information written into the PDF.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocInfo {
    /// The title viewers show.
    pub title: String,
    /// The main language (BCP 47), "ja".
    pub language: String,
}

fn paint(color: Rgb) -> rgb::Color {
    rgb::Color::new(color.0, color.1, color.2)
}

fn fill(color: Rgb) -> Fill {
    Fill {
        paint: paint(color).into(),
        opacity: NormalizedF32::ONE,
        rule: FillRule::NonZero,
    }
}

fn stroke(color: Rgb, width: f32) -> Stroke {
    Stroke {
        paint: paint(color).into(),
        width,
        line_join: LineJoin::Round,
        ..Stroke::default()
    }
}

/// Write `pages` as a PDF document.
pub fn write(
    pages: &[Page],
    engine: &TextEngine,
    cache: &mut FontCache,
    info: &DocInfo,
) -> Result<Vec<u8>, SheetError> {
    let mut document = Document::new();
    let settings = PageSettings::from_wh(PAGE_W, PAGE_H).ok_or(SheetError::Layout("page size"))?;
    for page in pages {
        let mut pdf_page = document.start_page_with(settings.clone());
        let mut surface = pdf_page.surface();
        for item in &page.items {
            draw(&mut surface, item, engine, cache)?;
        }
        surface.finish();
        pdf_page.finish();
    }
    let metadata = Metadata::new()
        .title(info.title.clone())
        .language(info.language.clone())
        .creator("mynaho-guide".to_owned());
    document.set_metadata(metadata);
    document
        .finish()
        .map_err(|error| SheetError::Pdf(format!("{error:?}")))
}

fn draw(
    surface: &mut Surface,
    item: &Item,
    engine: &TextEngine,
    cache: &mut FontCache,
) -> Result<(), SheetError> {
    match item {
        Item::Rect {
            x,
            y,
            w,
            h,
            fill: background,
            stroke: outline,
        } => {
            let mut builder = PathBuilder::new();
            if let Some(rect) = Rect::from_xywh(*x, *y, *w, *h) {
                builder.push_rect(rect);
            }
            if let Some(path) = builder.finish() {
                surface.set_fill(background.map(fill));
                surface.set_stroke(outline.map(|(color, width)| stroke(color, width)));
                surface.draw_path(&path);
            }
        }
        Item::Triangle { points, fill: color } => {
            let mut builder = PathBuilder::new();
            builder.move_to(points[0].0, points[0].1);
            builder.line_to(points[1].0, points[1].1);
            builder.line_to(points[2].0, points[2].1);
            builder.close();
            if let Some(path) = builder.finish() {
                surface.set_fill(Some(fill(*color)));
                surface.set_stroke(None);
                surface.draw_path(&path);
            }
        }
        Item::Line {
            from,
            to,
            width,
            color,
        } => {
            let mut builder = PathBuilder::new();
            builder.move_to(from.0, from.1);
            builder.line_to(to.0, to.1);
            if let Some(path) = builder.finish() {
                surface.set_fill(None);
                surface.set_stroke(Some(stroke(*color, *width)));
                surface.draw_path(&path);
            }
        }
        Item::Text {
            x,
            y,
            line,
            color,
            bold,
        } => {
            // krilla keeps fill and stroke on the surface: set both before every text.
            surface.set_fill(Some(fill(*color)));
            surface.set_stroke(bold.then(|| stroke(*color, line.size * 0.035)));
            draw_line(surface, line, *x, *y + line.baseline, engine, cache)?;
        }
    }
    Ok(())
}

/// Draw one line, one `draw_glyphs` call per run of glyphs from the same face.
fn draw_line(
    surface: &mut Surface,
    line: &ShapedLine,
    x: f32,
    baseline: f32,
    engine: &TextEngine,
    cache: &mut FontCache,
) -> Result<(), SheetError> {
    let mut start = 0;
    while start < line.glyphs.len() {
        let face = line.glyphs[start].font;
        let end = line.glyphs[start..]
            .iter()
            .position(|g| g.font != face)
            .map_or(line.glyphs.len(), |n| start + n);
        let run = &line.glyphs[start..end];
        let glyphs: Vec<KrillaGlyph> = run
            .iter()
            .map(|g| {
                KrillaGlyph::new(
                    GlyphId::new(u32::from(g.glyph)),
                    g.advance / line.size,
                    g.x_offset,
                    g.y_offset,
                    0.0,
                    g.range.clone(),
                    None,
                )
            })
            .collect();
        let font = cache.get(engine, face)?;
        let origin = Point::from_xy(x + run[0].x, baseline);
        surface.draw_glyphs(origin, &glyphs, font, &line.text, line.size, false);
        start = end;
    }
    Ok(())
}
