//! The sheet's timeline bar, drawn to scale: one band per stretch of days with its word inside
//! when it fits (else in a legend under the bar), a pattern in each so it reads on a
//! black-and-white printer, the day each stretch begins under its edge, and today (▼, a solid
//! line) and the date to act by (◆, a dashed line) marked above.

use chrono::{Datelike, NaiveDate};

use super::blocks::{Composer, band_colors};
use super::geom::{Chunk, Item, MARGIN_X, Rgb};
use super::model::{Band, BandKind, Mark, MarkKind, Pair};
use super::text::Paragraph;

/// Width of the legend's pattern sample.
const SWATCH_W: f32 = 22.0;
/// Room left between two labels on one row.
const LABEL_GAP: f32 = 6.0;

/// Where the days fall: the left edge of `date` on a bar `width` wide starting at `MARGIN_X`.
struct Scale {
    start: NaiveDate,
    days: f32,
    width: f32,
}

impl Scale {
    fn new((start, end): (NaiveDate, NaiveDate), width: f32) -> Scale {
        Scale {
            start,
            days: ((end - start).num_days() + 1).max(1) as f32,
            width,
        }
    }

    /// The left edge of a day.
    fn x(&self, date: NaiveDate) -> f32 {
        let days = (date - self.start).num_days() as f32;
        MARGIN_X + (days / self.days).clamp(0.0, 1.0) * self.width
    }

    /// The middle of a day.
    fn mid(&self, date: NaiveDate) -> f32 {
        (self.x(date) + 0.5 * self.width / self.days).min(MARGIN_X + self.width)
    }
}

/// Places labels of the given widths centred on their x, each on the first row where it does
/// not touch the one before; returns (left edge, row) of each.
fn rows(wanted: &[(f32, f32)], left: f32, right: f32) -> Vec<(f32, usize)> {
    let mut ends: Vec<f32> = Vec::new();
    wanted
        .iter()
        .map(|&(center, w)| {
            let x = (center - w / 2.0).clamp(left, (right - w).max(left));
            let row = ends
                .iter()
                .position(|&end| x >= end + LABEL_GAP)
                .unwrap_or(ends.len());
            if row == ends.len() {
                ends.push(x + w);
            } else {
                ends[row] = x + w;
            }
            (x, row)
        })
        .collect()
}

impl Composer<'_> {
    /// The bar with its marks above, its dates below and, where a band's word did not fit
    /// inside, a legend: one chunk, so they never part.
    pub(super) fn timeline_bar(
        &mut self,
        span: (NaiveDate, NaiveDate),
        bands: &[Band],
        marks: &[Mark],
        width: f32,
    ) -> Chunk {
        let mut chunk = Chunk::default();
        if bands.is_empty() {
            return chunk;
        }
        let size = self.sizes.body;
        let scale = Scale::new(span, width);
        let right = MARGIN_X + width;

        // Marks: labels in rows on top, then the shapes, then the bar.
        let mark_paras: Vec<Paragraph> = marks
            .iter()
            .map(|mark| {
                let shape = match mark.kind {
                    MarkKind::Today => "▼",
                    MarkKind::ActBy => "◆",
                };
                let date = format!("{}/{}/{}", mark.date.year(), mark.date.month(), mark.date.day());
                let text = match mark.kind {
                    MarkKind::Today => format!("{shape} {}", self.both(&mark.label)),
                    MarkKind::ActBy => format!("{shape} {} {date}", self.both(&mark.label)),
                };
                self.para(&text, self.second_lang().unwrap_or(self.main_lang()), size, width)
            })
            .collect();
        let wanted: Vec<(f32, f32)> = marks
            .iter()
            .zip(&mark_paras)
            .map(|(mark, p)| (scale.mid(mark.date), p.width()))
            .collect();
        let placed = rows(&wanted, MARGIN_X, right);
        let row_h = mark_paras.iter().map(Paragraph::height).fold(0.0, f32::max);
        let label_rows = placed.iter().map(|&(_, r)| r + 1).max().unwrap_or(0);
        let shape = size * 0.8;
        // Two marks on (nearly) the same day: the second shape sits above the first.
        let stacked = marks.len() == 2 && (wanted[0].0 - wanted[1].0).abs() < shape * 1.3;
        let shapes_h = if stacked { shape * 2.0 } else { shape };
        let bar_top = row_h * label_rows as f32 + shapes_h + 2.0;
        for ((x, row), p) in placed.iter().zip(mark_paras) {
            chunk
                .items
                .extend(Self::place(p, *x, row_h * *row as f32, None, Rgb::BLACK, true));
        }

        // Bands: the word inside when it fits, else in the legend.
        let mut bar_h: f32 = size * 2.4;
        let mut inside = Vec::new();
        for band in bands {
            let (left, band_right) = (scale.x(band.from), scale.x(band.to.succ_opt().unwrap_or(band.to)));
            let room = band_right - left - 8.0;
            // One line per language, or into the legend: a word broken to fit a narrow band
            // (「期限切|れ」, a 「）」 alone) reads worse than a legend.
            let mut paras = vec![self.para(&band.label.ja, self.main_lang(), size, f32::MAX)];
            if let (Some(other), Some(lang)) = (&band.label.other, self.second_lang()) {
                paras.push(self.para(other, lang, size, f32::MAX));
            }
            let fits = paras.iter().all(|p| p.lines.len() == 1 && p.width() <= room);
            if fits {
                bar_h = bar_h.max(paras.iter().map(Paragraph::height).sum::<f32>() + 10.0);
            }
            inside.push((left, band_right, fits.then_some(paras)));
        }
        for (band, (left, band_right, _)) in bands.iter().zip(&inside) {
            let (fill, edge) = band_colors(band.kind);
            let w = (band_right - left).max(0.5);
            chunk.items.push(Item::Rect {
                x: *left,
                y: bar_top,
                w,
                h: bar_h,
                fill: Some(fill),
                stroke: Some((edge, 1.2)),
            });
            chunk
                .items
                .extend(pattern(band.kind, *left, bar_top, w, bar_h, edge));
        }
        // The marks' shapes and lines over the bar.
        for (i, mark) in marks.iter().enumerate() {
            let x = scale.mid(mark.date);
            let lift = if stacked && i == 1 { shape } else { 0.0 };
            let tip = bar_top - 1.0 - lift;
            match mark.kind {
                MarkKind::Today => {
                    chunk.items.push(Item::Triangle {
                        points: [
                            (x - shape * 0.6, tip - shape),
                            (x + shape * 0.6, tip - shape),
                            (x, tip),
                        ],
                        fill: Rgb::BLACK,
                    });
                    chunk.items.push(Item::Line {
                        from: (x, bar_top),
                        to: (x, bar_top + bar_h),
                        width: 1.6,
                        color: Rgb::BLACK,
                    });
                }
                MarkKind::ActBy => {
                    let (half, mid) = (shape * 0.45, tip - shape / 2.0);
                    for dy in [-1.0, 1.0] {
                        chunk.items.push(Item::Triangle {
                            points: [(x - half, mid), (x + half, mid), (x, mid + dy * shape / 2.0)],
                            fill: Rgb::BLACK,
                        });
                    }
                    let mut y = bar_top;
                    while y < bar_top + bar_h {
                        chunk.items.push(Item::Line {
                            from: (x, y),
                            to: (x, (y + 3.0).min(bar_top + bar_h)),
                            width: 1.6,
                            color: Rgb::BLACK,
                        });
                        y += 5.0;
                    }
                }
            }
        }

        // The words last, on a patch of their band's fill: no rule or line runs through a letter.
        for (band, (left, band_right, paras)) in bands.iter().zip(&inside) {
            let Some(paras) = paras else { continue };
            let (fill, _) = band_colors(band.kind);
            let w = band_right - left;
            let total: f32 = paras.iter().map(Paragraph::height).sum();
            let widest = paras.iter().map(Paragraph::width).fold(0.0, f32::max);
            chunk.items.push(Item::Rect {
                x: left + (w - widest) / 2.0 - 2.0,
                y: bar_top + (bar_h - total) / 2.0 - 1.0,
                w: widest + 4.0,
                h: total + 2.0,
                fill: Some(fill),
                stroke: None,
            });
            let mut y = bar_top + (bar_h - total) / 2.0;
            for (j, p) in paras.iter().enumerate() {
                let h = p.height();
                chunk
                    .items
                    .extend(Self::place(p.clone(), *left, y, Some(w), Rgb::BLACK, j == 0));
                y += h;
            }
        }

        // The day each stretch begins, under its left edge, in digits both columns read.
        let mut y = bar_top + bar_h;
        let starts: Vec<(f32, Paragraph)> = bands
            .iter()
            .skip(1)
            .map(|band| {
                let d = band.from;
                let text = format!("{}/{}/{}", d.year(), d.month(), d.day());
                (scale.x(d), self.para(&text, "en", size, width))
            })
            .collect();
        let wanted: Vec<(f32, f32)> = starts.iter().map(|(x, p)| (*x, p.width())).collect();
        let placed = rows(&wanted, MARGIN_X, right);
        let date_h = starts.iter().map(|(_, p)| p.height()).fold(0.0, f32::max);
        let date_rows = placed.iter().map(|&(_, r)| r + 1).max().unwrap_or(0);
        for ((edge, p), (x, row)) in starts.into_iter().zip(placed) {
            let top = y + 3.0 + date_h * row as f32;
            chunk.items.push(Item::Line {
                from: (edge, y),
                to: (edge, top),
                width: 0.8,
                color: Rgb::BLACK,
            });
            chunk
                .items
                .extend(Self::place(p, x, top, None, Rgb::BLACK, false));
        }
        y += 3.0 + date_h * date_rows as f32;

        // The legend, for the bands whose word did not fit inside.
        let mut x = MARGIN_X;
        let mut legend_h: f32 = 0.0;
        let mut row_top = y + 4.0;
        for (band, (_, _, paras)) in bands.iter().zip(&inside) {
            if paras.is_some() {
                continue;
            }
            let p = self.para(
                &self.both(&band.label),
                self.second_lang().unwrap_or(self.main_lang()),
                size,
                width - SWATCH_W - 4.0,
            );
            let w = SWATCH_W + 4.0 + p.width();
            if x > MARGIN_X && x + w > right {
                x = MARGIN_X;
                row_top += legend_h + 2.0;
                legend_h = 0.0;
            }
            let h = p.height();
            let (fill, edge) = band_colors(band.kind);
            let sw_h = (size * 1.1).min(h);
            let sw_y = row_top + (h - sw_h) / 2.0;
            chunk.items.push(Item::Rect {
                x,
                y: sw_y,
                w: SWATCH_W,
                h: sw_h,
                fill: Some(fill),
                stroke: Some((edge, 1.0)),
            });
            chunk
                .items
                .extend(pattern(band.kind, x, sw_y, SWATCH_W, sw_h, edge));
            chunk.items.extend(Self::place(
                p,
                x + SWATCH_W + 4.0,
                row_top,
                None,
                Rgb::BLACK,
                false,
            ));
            legend_h = legend_h.max(h);
            x += w + 12.0;
        }
        if legend_h > 0.0 {
            y = row_top + legend_h;
        }
        chunk.height = y + 4.0;
        chunk
    }

    /// A pair as one line: "今日 / Today", or the Japanese alone on a Japanese sheet.
    fn both(&self, pair: &Pair) -> String {
        match (&pair.other, self.second_lang()) {
            (Some(other), Some(_)) => format!("{} / {other}", pair.ja),
            _ => pair.ja.clone(),
        }
    }
}

/// Thin rules in a band's edge colour, so the bands differ on a black-and-white printer too:
/// none for valid, vertical for the renewal window, horizontal for grace, both once expired,
/// diagonal where it is not known (the paper's form of the window's dots, stripes,
/// cross-hatching and hatching, `crate::palette`).
fn pattern(kind: BandKind, x: f32, y: f32, w: f32, h: f32, color: Rgb) -> Vec<Item> {
    let line = |from, to| Item::Line {
        from,
        to,
        width: 0.5,
        color,
    };
    let step = 6.0;
    let vertical = || {
        (1..)
            .map(move |i| x + step * i as f32)
            .take_while(move |&lx| lx < x + w - 1.0)
            .map(move |lx| line((lx, y + 1.0), (lx, y + h - 1.0)))
    };
    let horizontal = || {
        (1..)
            .map(move |i| y + step * i as f32)
            .take_while(move |&ly| ly < y + h - 1.0)
            .map(move |ly| line((x + 1.0, ly), (x + w - 1.0, ly)))
    };
    match kind {
        BandKind::Valid => Vec::new(),
        BandKind::Renewal => vertical().collect(),
        BandKind::Grace => horizontal().collect(),
        BandKind::Expired => vertical().chain(horizontal()).collect(),
        BandKind::Unsure => diagonal(x, y, w, h, step, color),
    }
}

/// Lines rising to the right, clipped to the rectangle.
fn diagonal(x: f32, y: f32, w: f32, h: f32, step: f32, color: Rgb) -> Vec<Item> {
    let (x0, y0, x1, y1) = (x + 1.0, y + 1.0, x + w - 1.0, y + h - 1.0);
    if x1 <= x0 || y1 <= y0 {
        return Vec::new();
    }
    // Each line is x + y = k (rising to the right on a page whose y runs down), clipped.
    let mut items = Vec::new();
    let mut k = x0 + y0 + step;
    while k < x1 + y1 {
        let (left, right) = ((k - y1).max(x0), (k - y0).min(x1));
        items.push(Item::Line {
            from: (left, k - left),
            to: (right, k - right),
            width: 0.5,
            color,
        });
        k += step;
    }
    items
}
