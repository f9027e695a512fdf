//! What marks a band besides its colour: dots, stripes, cross-hatching, and the hatching of a
//! stretch whose meaning is not known.

use iced::widget::canvas::{Frame, Path, Stroke};
use iced::{Color, Point};

use super::BAR_HEIGHT;
use crate::palette::Pattern;

/// The pattern of a band in its edge colour.
pub(super) fn pattern(frame: &mut Frame, pattern: Pattern, left: f32, right: f32, y: f32, color: Color) {
    match pattern {
        Pattern::None => {}
        Pattern::Stripes => stripes(frame, left, right, y, color, 1.0),
        Pattern::Cross => {
            stripes(frame, left, right, y, color, 1.0);
            stripes(frame, left, right, y, color, -1.0);
        }
        Pattern::Dots => {
            let mut dx = left + 5.0;
            while dx < right - 2.0 {
                for dy in [BAR_HEIGHT * 0.2, BAR_HEIGHT * 0.8] {
                    frame.fill(&Path::circle(Point::new(dx, y + dy), 1.8), color);
                }
                dx += 10.0;
            }
        }
    }
}

/// Thin lines across a band, rising (`slope` 1) or falling (−1).
fn stripes(frame: &mut Frame, left: f32, right: f32, y: f32, color: Color, slope: f32) {
    let mut x = left - BAR_HEIGHT;
    while x < right {
        let clip = |px: f32| px.clamp(left, right);
        let (x0, x1) = (clip(x), clip(x + BAR_HEIGHT));
        let y_at = |px: f32| {
            let t = px - x;
            if slope > 0.0 { y + BAR_HEIGHT - t } else { y + t }
        };
        if x1 > x0 {
            frame.stroke(
                &Path::line(Point::new(x0, y_at(x0)), Point::new(x1, y_at(x1))),
                Stroke::default()
                    .with_color(Color { a: 0.55, ..color })
                    .with_width(1.0),
            );
        }
        x += 14.0;
    }
}

/// Diagonal lines over a band whose meaning is not known (readable without colour).
pub(super) fn hatch(frame: &mut Frame, left: f32, right: f32, y: f32, color: Color) {
    let mut x = left - BAR_HEIGHT;
    while x < right {
        let from = Point::new(x.max(left), y + BAR_HEIGHT - (x.max(left) - x));
        let to_x = (x + BAR_HEIGHT).min(right);
        let to = Point::new(to_x, y + BAR_HEIGHT - (to_x - x));
        frame.stroke(
            &Path::line(from, to),
            Stroke::default().with_color(color).with_width(2.0),
        );
        x += 12.0;
    }
}
