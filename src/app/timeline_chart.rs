//! The timeline chart (canvas): one row for the card body and one for the certificate, each cut
//! into coloured bands — valid, renewal window, grace (insurance check only), expired — with a
//! "today" marker and the years along the bottom.

use chrono::{Datelike, Months, NaiveDate};
use iced::alignment::Vertical;
use iced::widget::canvas::{self, Frame, Geometry, Path, Stroke, Text};
use iced::widget::text::Alignment;
use iced::{Color, Font, Pixels, Point, Rectangle, Renderer, Size, Theme, mouse};

use super::theme::Colors;

/// What a stretch of time means for the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Valid, nothing to do yet.
    Valid,
    /// Valid, and renewal is open.
    Renewal,
    /// Expired, still usable for the insurance check only.
    Grace,
    /// Expired and past the grace.
    Expired,
    /// Expired on the earliest reading, still valid on the latest: not known (hatched).
    Unsure,
}

/// One coloured stretch: from `from` to `to`, both days included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Band {
    /// First day.
    pub from: NaiveDate,
    /// Last day.
    pub to: NaiveDate,
    /// Its meaning.
    pub phase: Phase,
}

/// The dates of one row (the card body or the certificate).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RowDates {
    /// First day renewal is possible.
    pub renewal_opens: NaiveDate,
    /// Last valid day.
    pub expiry: NaiveDate,
    /// Last day usable for the insurance check.
    pub grace_last_day: NaiveDate,
    /// The last day usable on the latest plausible reading (equal to `grace_last_day` when the
    /// expiry is certain): from the earliest expiry to this day nothing is known for sure.
    pub grace_last_day_latest: NaiveDate,
}

/// Cuts `[start, end]` into bands for one row; empty stretches are left out.
pub fn bands(row: RowDates, start: NaiveDate, end: NaiveDate) -> Vec<Band> {
    let day_before = |d: NaiveDate| d.pred_opt().unwrap_or(d);
    let day_after = |d: NaiveDate| d.succ_opt().unwrap_or(d);
    let candidates = [
        Band {
            from: start,
            to: day_before(row.renewal_opens),
            phase: Phase::Valid,
        },
        Band {
            from: row.renewal_opens,
            to: row.expiry,
            phase: Phase::Renewal,
        },
    ];
    let certain = row.grace_last_day_latest <= row.grace_last_day;
    let after: [Band; 2] = if certain {
        [
            Band {
                from: day_after(row.expiry),
                to: row.grace_last_day,
                phase: Phase::Grace,
            },
            Band {
                from: day_after(row.grace_last_day),
                to: end,
                phase: Phase::Expired,
            },
        ]
    } else {
        // The earliest reading must not be drawn as fact: after it, "not known" until the
        // latest reading's last usable day.
        [
            Band {
                from: day_after(row.expiry),
                to: row.grace_last_day_latest,
                phase: Phase::Unsure,
            },
            Band {
                from: day_after(row.grace_last_day_latest),
                to: end,
                phase: Phase::Expired,
            },
        ]
    };
    candidates
        .into_iter()
        .chain(after)
        .map(|band| Band {
            from: band.from.max(start),
            to: band.to.min(end),
            phase: band.phase,
        })
        .filter(|band| band.from <= band.to)
        .collect()
}

/// The span shown: half a year before the earliest date of interest, half a year after the last.
pub fn span(today: NaiveDate, rows: &[RowDates]) -> (NaiveDate, NaiveDate) {
    let first = rows
        .iter()
        .map(|r| r.renewal_opens)
        .chain([today])
        .min()
        .unwrap_or(today);
    let last = rows
        .iter()
        .map(|r| r.grace_last_day_latest.max(r.grace_last_day))
        .chain([today])
        .max()
        .unwrap_or(today);
    let start = first.checked_sub_months(Months::new(6)).unwrap_or(first);
    let end = last.checked_add_months(Months::new(6)).unwrap_or(last);
    (start, end)
}

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
    /// Rows: a label and the row's dates.
    pub rows: Vec<(String, RowDates)>,
    /// The date used as today.
    pub today: NaiveDate,
    /// The label of the today marker.
    pub today_label: String,
    /// The date to act by and its label ("手続きの期限 2026年12月28日").
    pub act_by: (NaiveDate, String),
    /// The palette.
    pub colors: Colors,
    /// The face for the labels.
    pub font: Font,
}

const LABEL_WIDTH: f32 = 150.0;
const ROW_HEIGHT: f32 = 56.0;
const TOP: f32 = 34.0;
const ACT_BY_HEIGHT: f32 = 30.0;

impl Chart {
    /// Height the chart needs.
    pub fn height(&self) -> f32 {
        TOP + self.rows.len() as f32 * (ROW_HEIGHT + 14.0) + 36.0 + ACT_BY_HEIGHT
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
        let width = (bounds.width - LABEL_WIDTH - 10.0).max(10.0);
        let x = |d: NaiveDate| LABEL_WIDTH + (d - start).num_days() as f32 / total * width;
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
            frame.fill_text(Text {
                max_width: LABEL_WIDTH - 10.0,
                ..text(
                    label.clone(),
                    Point::new(0.0, y + ROW_HEIGHT / 2.0),
                    Alignment::Left,
                    c.text,
                )
            });
            for band in bands(*row, start, end) {
                let left = x(band.from);
                let right = x(band.to.succ_opt().unwrap_or(band.to)).min(LABEL_WIDTH + width);
                frame.fill_rectangle(
                    Point::new(left, y),
                    Size::new((right - left).max(1.0), ROW_HEIGHT),
                    color(&c, band.phase),
                );
                if band.phase == Phase::Unsure {
                    hatch(&mut frame, left, right, y, c.muted);
                }
            }
            frame.stroke(
                &Path::rectangle(Point::new(LABEL_WIDTH, y), Size::new(width, ROW_HEIGHT)),
                Stroke::default().with_color(c.border).with_width(1.0),
            );
            y += ROW_HEIGHT + 14.0;
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
                Stroke::default().with_color(c.border).with_width(1.0),
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
        let label_x = at.clamp(LABEL_WIDTH, LABEL_WIDTH + width);
        let align = if label_x > LABEL_WIDTH + width * 0.45 {
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

/// Diagonal lines over a band whose meaning is not known (readable without colour).
fn hatch(frame: &mut Frame, left: f32, right: f32, y: f32, color: Color) {
    let mut x = left - ROW_HEIGHT;
    while x < right {
        let from = Point::new(x.max(left), y + ROW_HEIGHT - (x.max(left) - x));
        let to_x = (x + ROW_HEIGHT).min(right);
        let to = Point::new(to_x, y + ROW_HEIGHT - (to_x - x));
        frame.stroke(
            &Path::line(from, to),
            Stroke::default().with_color(color).with_width(2.0),
        );
        x += 12.0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a valid test date")
    }

    #[test]
    fn bands_follow_each_other_without_gaps() {
        let row = RowDates {
            renewal_opens: day(2026, 12, 16),
            expiry: day(2027, 3, 15),
            grace_last_day: day(2027, 6, 30),
            grace_last_day_latest: day(2027, 6, 30),
        };
        let got = bands(row, day(2026, 1, 1), day(2027, 12, 31));
        let phases: Vec<Phase> = got.iter().map(|b| b.phase).collect();
        assert_eq!(
            phases,
            [Phase::Valid, Phase::Renewal, Phase::Grace, Phase::Expired]
        );
        for pair in got.windows(2) {
            assert_eq!(pair[0].to.succ_opt(), Some(pair[1].from));
        }
        assert_eq!(got[2].from, day(2027, 3, 16));
    }

    #[test]
    fn an_uncertain_expiry_is_drawn_as_not_known_not_as_expired() {
        let row = RowDates {
            renewal_opens: day(2023, 10, 20),
            expiry: day(2024, 1, 20),
            grace_last_day: day(2024, 4, 30),
            grace_last_day_latest: day(2029, 4, 30),
        };
        let got = bands(row, day(2023, 1, 1), day(2030, 1, 1));
        let phases: Vec<Phase> = got.iter().map(|b| b.phase).collect();
        assert_eq!(
            phases,
            [Phase::Valid, Phase::Renewal, Phase::Unsure, Phase::Expired]
        );
        assert_eq!(got[2].to, day(2029, 4, 30));
    }

    #[test]
    fn bands_outside_the_span_are_left_out() {
        let row = RowDates {
            renewal_opens: day(2020, 1, 1),
            expiry: day(2020, 3, 31),
            grace_last_day: day(2020, 6, 30),
            grace_last_day_latest: day(2020, 6, 30),
        };
        let got = bands(row, day(2026, 1, 1), day(2026, 12, 31));
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].phase, Phase::Expired);
    }

    #[test]
    fn span_contains_today_and_every_date() {
        let row = RowDates {
            renewal_opens: day(2029, 7, 11),
            expiry: day(2029, 10, 10),
            grace_last_day: day(2030, 1, 31),
            grace_last_day_latest: day(2030, 1, 31),
        };
        let (start, end) = span(day(2026, 11, 22), &[row]);
        assert!(start < day(2026, 11, 22) && end > day(2030, 1, 31));
    }
}
