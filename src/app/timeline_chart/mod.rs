//! The timeline chart (canvas): a summary row "usable as マイナ保険証", then one row for the card
//! body and one for the certificate, each cut into bands — valid, renewal window, grace
//! (insurance check only), expired, not known — in the paper's palette, each with its pattern and
//! its word inside when it fits, the date under each change, a "today" marker, the act-by mark
//! and the years along the bottom.

use chrono::{Datelike, NaiveDate};
use iced::alignment::Vertical;
use iced::widget::canvas::{self, Frame, Geometry, Path, Stroke, Text};
use iced::widget::text::Alignment;
use iced::{Color, Font, Pixels, Point, Rectangle, Renderer, Size, Theme, mouse};

use super::theme::Colors;

mod patterns;
use crate::palette::BandTone;
pub use crate::timeline_bands::{Phase, RowDates, bands, span};
use patterns::{hatch, pattern};

/// The colour of a phase in a palette.
pub fn color(colors: &Colors, phase: Phase) -> Color {
    match phase {
        Phase::Valid => colors.band_valid,
        Phase::Renewal => colors.band_renewal,
        Phase::Grace => colors.band_grace,
        Phase::Expired => colors.band_expired,
        Phase::Unsure => colors.surface,
    }
}

/// The canvas program.
#[derive(Debug, Clone)]
pub struct Chart {
    /// Rows: a label and the row's dates (the summary "usable as マイナ保険証" first).
    pub rows: Vec<(String, RowDates)>,
    /// The date used as today.
    pub today: NaiveDate,
    /// The label of the today marker.
    pub today_label: String,
    /// The date to act by and its label ("手続きの期限 2026年12月28日").
    pub act_by: (NaiveDate, String),
    /// The words written inside the bands: valid, renewal, grace, expired, not known.
    pub band_words: [String; 5],
    /// The palette.
    pub colors: Colors,
    /// The face for the labels.
    pub font: Font,
}

const TOP: f32 = 34.0;
const LABEL_HEIGHT: f32 = 28.0;
const BAR_HEIGHT: f32 = 44.0;
const DATES_HEIGHT: f32 = 24.0;
const ROW_GAP: f32 = 10.0;
const ROW_HEIGHT: f32 = LABEL_HEIGHT + BAR_HEIGHT + DATES_HEIGHT + ROW_GAP;
const ACT_BY_HEIGHT: f32 = 30.0;
const SIDE: f32 = 8.0;

impl Chart {
    /// Height the chart needs.
    pub fn height(&self) -> f32 {
        TOP + self.rows.len() as f32 * ROW_HEIGHT + 36.0 + ACT_BY_HEIGHT
    }
}

/// About how wide a text is drawn at `size` (CJK and other wide scripts a full em).
fn text_width(text: &str, size: f32) -> f32 {
    text.chars()
        .map(|c| if c.is_ascii() { 0.55 * size } else { size })
        .sum()
}

/// The palette tone of a phase (`None`: not known, drawn hatched).
fn tone(phase: Phase) -> Option<BandTone> {
    match phase {
        Phase::Valid => Some(BandTone::Valid),
        Phase::Renewal => Some(BandTone::Renewal),
        Phase::Grace => Some(BandTone::Grace),
        Phase::Expired => Some(BandTone::Expired),
        Phase::Unsure => None,
    }
}

impl<Message> canvas::Program<Message> for Chart {
    type State = ();

    fn draw(
        &self,
        _state: &(),
        renderer: &Renderer,
        _theme: &Theme,
        bounds: Rectangle,
        _cursor: mouse::Cursor,
    ) -> Vec<Geometry> {
        let mut frame = Frame::new(renderer, bounds.size());
        let c = self.colors;
        let dates: Vec<RowDates> = self.rows.iter().map(|(_, d)| *d).collect();
        let (start, end) = span(self.today, &dates);
        let total = (end - start).num_days().max(1) as f32;
        let width = (bounds.width - 2.0 * SIDE).max(10.0);
        let x = |d: NaiveDate| SIDE + (d - start).num_days() as f32 / total * width;
        let text = |content: String, position: Point, align_x: Alignment, color: Color| Text {
            content,
            position,
            color,
            size: Pixels(18.0),
            font: self.font,
            align_x,
            align_y: Vertical::Center,
            ..Text::default()
        };

        let mut y = TOP;
        for (label, row) in &self.rows {
            // The label above its bar, the full width: long labels never run into another row.
            frame.fill_text(Text {
                max_width: width,
                ..text(
                    label.clone(),
                    Point::new(SIDE, y + LABEL_HEIGHT / 2.0),
                    Alignment::Left,
                    c.text,
                )
            });
            let bar = y + LABEL_HEIGHT;
            let mut last_date_right = f32::MIN;
            for band in bands(*row, start, end) {
                let left = x(band.from);
                let right = x(band.to.succ_opt().unwrap_or(band.to)).min(SIDE + width);
                let band_width = (right - left).max(1.0);
                frame.fill_rectangle(
                    Point::new(left, bar),
                    Size::new(band_width, BAR_HEIGHT),
                    color(&c, band.phase),
                );
                match tone(band.phase) {
                    Some(t) => {
                        let edge = super::theme::band_edge(&c, t);
                        pattern(&mut frame, crate::palette::band(t).2, left, right, bar, edge);
                        frame.stroke(
                            &Path::rectangle(Point::new(left, bar), Size::new(band_width, BAR_HEIGHT)),
                            Stroke::default().with_color(edge).with_width(1.5),
                        );
                    }
                    None => hatch(&mut frame, left, right, bar, c.muted),
                }
                // Its word inside, when it fits: the meaning never rests on colour alone.
                let word = &self.band_words[band.phase as usize];
                if text_width(word, 18.0) + 12.0 < band_width {
                    if band.phase == Phase::Unsure {
                        // A clear patch behind the word: hatching under letters is hard to read.
                        let w = text_width(word, 18.0) + 12.0;
                        frame.fill_rectangle(
                            Point::new((left + right - w) / 2.0, bar + 8.0),
                            Size::new(w, BAR_HEIGHT - 16.0),
                            c.surface,
                        );
                    }
                    let on = if tone(band.phase).is_some() && c != super::theme::HIGH_CONTRAST {
                        super::theme::NORMAL.text
                    } else {
                        c.text
                    };
                    frame.fill_text(text(
                        word.clone(),
                        Point::new((left + right) / 2.0, bar + BAR_HEIGHT / 2.0),
                        Alignment::Center,
                        on,
                    ));
                }
                // The date each stretch begins, under the bar (left out where it would collide).
                if band.from > start {
                    let label = format!("{}/{}/{}", band.from.year(), band.from.month(), band.from.day());
                    let label_width = text_width(&label, 15.0);
                    if left - label_width / 2.0 > last_date_right + 6.0
                        && left + label_width / 2.0 < SIDE + width
                    {
                        frame.fill_text(Text {
                            size: Pixels(15.0),
                            ..text(
                                label,
                                Point::new(left, bar + BAR_HEIGHT + DATES_HEIGHT / 2.0),
                                Alignment::Center,
                                c.muted,
                            )
                        });
                        last_date_right = left + label_width / 2.0;
                    }
                }
            }
            y += ROW_HEIGHT;
        }

        // Years along the bottom.
        let mut year = start.year() + 1;
        while let Some(first) = NaiveDate::from_ymd_opt(year, 1, 1) {
            if first > end {
                break;
            }
            let at = x(first);
            frame.stroke(
                &Path::line(Point::new(at, TOP - 4.0), Point::new(at, y)),
                Stroke::default().with_color(c.border).with_width(0.5),
            );
            frame.fill_text(text(
                year.to_string(),
                Point::new(at, y + 14.0),
                Alignment::Center,
                c.muted,
            ));
            year += 1;
        }

        // The date to act by: a dashed line in the ring colour, its label under the years.
        let (act_by, act_label) = &self.act_by;
        let at = x((*act_by).clamp(start, end));
        frame.stroke(
            &Path::line(Point::new(at, TOP - 6.0), Point::new(at, y + 4.0)),
            Stroke {
                line_dash: canvas::LineDash {
                    segments: &[8.0, 5.0],
                    offset: 0,
                },
                ..Stroke::default().with_color(c.ring).with_width(4.0)
            },
        );
        let label_x = at.clamp(SIDE, SIDE + width);
        let align = if label_x > SIDE + width * 0.45 {
            Alignment::Right
        } else {
            Alignment::Left
        };
        frame.fill_text(text(
            format!("▲ {act_label}"),
            Point::new(label_x, y + 36.0 + ACT_BY_HEIGHT / 2.0),
            align,
            c.text,
        ));

        // Today.
        let at = x(self.today);
        frame.stroke(
            &Path::line(Point::new(at, TOP - 6.0), Point::new(at, y - 8.0)),
            Stroke::default().with_color(c.text).with_width(4.0),
        );
        frame.fill_text(text(
            self.today_label.clone(),
            Point::new(at, 14.0),
            Alignment::Center,
            c.text,
        ));
        vec![frame.into_geometry()]
    }
}
