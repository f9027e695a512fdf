//! The sheet's timeline bar: one band per period with its words inside, a pattern in each so it
//! reads on a black-and-white printer, the day each period begins under its edge, and today's
//! triangle above.

use chrono::Datelike;

use super::blocks::{Composer, band_colors};
use super::geom::{Chunk, Item, MARGIN_X, Rgb};
use super::model::{BandKind, Pair, TodayMark};
use super::text::Paragraph;

impl Composer<'_> {
    /// The bar: one equal band per period (schematic, not to scale), labels inside, and above
    /// it a triangle and label at today's position.
    pub(super) fn timeline_bar(
        &mut self,
        bands: &[super::model::Band],
        today: Option<TodayMark>,
        label: &Pair,
        width: f32,
    ) -> Chunk {
        let mut chunk = Chunk::default();
        if bands.is_empty() {
            return chunk;
        }
        let size = self.sizes.body;
        let band_w = width / bands.len() as f32;
        let marker_text = match (&label.other, self.second_lang()) {
            (Some(other), Some(_)) => format!("{} / {other}", label.ja),
            _ => label.ja.clone(),
        };
        let marker = self.para(&marker_text, self.second_lang().unwrap_or("ja"), size, width);
        let marker_h = marker.height();
        let triangle = size * 0.8;
        let bar_top = marker_h + triangle + 2.0;
        let mut labels = Vec::new();
        let mut bar_h: f32 = 0.0;
        for band in bands {
            let mut p = vec![self.para(&band.label.ja, "ja", size, band_w - 6.0)];
            if let (Some(other), Some(lang)) = (&band.label.other, self.second_lang()) {
                p.push(self.para(other, lang, size, band_w - 6.0));
            }
            bar_h = bar_h.max(p.iter().map(Paragraph::height).sum::<f32>() + 12.0);
            labels.push(p);
        }
        let mut today_line = None;
        if let Some(mark) = today.filter(|mark| mark.band < bands.len()) {
            let x = MARGIN_X + band_w * (mark.band as f32 + mark.fraction.clamp(0.05, 0.95));
            let tip = bar_top - 1.0;
            chunk.items.push(Item::Triangle {
                points: [
                    (x - triangle * 0.6, tip - triangle),
                    (x + triangle * 0.6, tip - triangle),
                    (x, tip),
                ],
                fill: Rgb::BLACK,
            });
            today_line = Some(Item::Rect {
                x: x - 1.0,
                y: bar_top,
                w: 2.0,
                h: bar_h,
                fill: Some(Rgb::BLACK),
                stroke: None,
            });
            let mx = (x - marker.width() / 2.0).clamp(MARGIN_X, MARGIN_X + width - marker.width());
            chunk
                .items
                .extend(Self::place(marker, mx, 0.0, None, Rgb::BLACK, true));
        }
        let mut label_items = Vec::new();
        for (i, (band, paragraphs)) in bands.iter().zip(labels).enumerate() {
            let x = MARGIN_X + band_w * i as f32;
            let (fill, stroke) = band_colors(band.kind);
            chunk.items.push(Item::Rect {
                x,
                y: bar_top,
                w: band_w,
                h: bar_h,
                fill: Some(fill),
                stroke: Some((stroke, 1.2)),
            });
            chunk
                .items
                .extend(pattern(band.kind, x, bar_top, band_w, bar_h, stroke));
            label_items.push((x, paragraphs));
        }
        chunk.items.extend(today_line);
        // The day each stretch begins, under its left edge, in digits both columns read.
        let date_size = self.sizes.body;
        let mut dates_h: f32 = 0.0;
        for (i, band) in bands.iter().enumerate() {
            let Some(from) = band.from else { continue };
            let text = format!("{}/{}/{}", from.year(), from.month(), from.day());
            let p = self.para(&text, "en", date_size, band_w);
            let x = (MARGIN_X + band_w * i as f32 - p.width() / 2.0)
                .clamp(MARGIN_X, MARGIN_X + width - p.width());
            dates_h = dates_h.max(p.height());
            chunk.items.push(Item::Rect {
                x: MARGIN_X + band_w * i as f32 - 0.5,
                y: bar_top + bar_h,
                w: 1.0,
                h: 3.0,
                fill: Some(Rgb::BLACK),
                stroke: None,
            });
            chunk
                .items
                .extend(Self::place(p, x, bar_top + bar_h + 3.0, None, Rgb::BLACK, false));
        }
        for (x, paragraphs) in label_items {
            let mut y = bar_top + 6.0;
            for (j, p) in paragraphs.into_iter().enumerate() {
                let h = p.height();
                chunk
                    .items
                    .extend(Self::place(p, x + 3.0, y, Some(band_w - 6.0), Rgb::BLACK, j == 0));
                y += h;
            }
        }
        chunk.height = bar_top + bar_h + 3.0 + dates_h + 4.0;
        chunk
    }
}

/// Thin rules in a band's edge colour, so the bands differ on a black-and-white printer too:
/// none for valid, vertical for the renewal window, horizontal for grace, both once expired
/// (the paper's form of the window's dots, stripes and cross-hatching, `crate::palette`).
fn pattern(kind: BandKind, x: f32, y: f32, w: f32, h: f32, color: Rgb) -> Vec<Item> {
    let line = |x: f32, y: f32, w: f32, h: f32| Item::Rect {
        x,
        y,
        w,
        h,
        fill: Some(color),
        stroke: None,
    };
    let step = 6.0;
    let vertical = || {
        (1..)
            .map(move |i| x + step * i as f32)
            .take_while(move |&lx| lx < x + w - 1.0)
            .map(move |lx| line(lx, y + 1.0, 0.4, h - 2.0))
    };
    let horizontal = || {
        (1..)
            .map(move |i| y + step * i as f32)
            .take_while(move |&ly| ly < y + h - 1.0)
            .map(move |ly| line(x + 1.0, ly, w - 2.0, 0.4))
    };
    match kind {
        BandKind::Valid => Vec::new(),
        BandKind::Renewal => vertical().collect(),
        BandKind::Grace => horizontal().collect(),
        BandKind::Expired => vertical().chain(horizontal()).collect(),
    }
}
