//! The 窓口メモ box: a heading and ruled blank lines, for the volunteer to write the person's
//! next appointment or the local window's number by hand. Thin rules, no fill: it must take a
//! pen and cost no toner.

use super::blocks::Composer;
use super::geom::{Chunk, FRAME_PAD, Frame, Item, MARGIN_X, PAGE_W, Rgb};
use super::model::Pair;

impl Composer<'_> {
    /// The memo box's chunks: its heading, then `lines` ruled lines a hand can write on.
    pub(super) fn memo(
        &mut self,
        heading: &Pair,
        lines: usize,
        chunks: &mut Vec<Chunk>,
        frames: &mut Vec<Frame>,
    ) {
        let width = PAGE_W - 2.0 * MARGIN_X;
        let inner_x = MARGIN_X + FRAME_PAD + 2.0;
        let inner_w = width - 2.0 * (FRAME_PAD + 2.0);
        frames.push(Frame {
            stroke: Rgb::GREY,
            width: 1.0,
            fill: None,
        });
        let frame = Some(frames.len() - 1);
        let mut head = self.row(heading, inner_x, inner_w, self.sizes.body, true, None);
        head.frame = frame;
        head.keep_with_next = true;
        chunks.push(head);
        // Lines as far apart as handwriting needs (about 8 mm), whatever the print size.
        let pitch = (self.sizes.body * 2.0).max(22.0);
        let mut rules = Chunk {
            height: pitch * lines as f32,
            frame,
            ..Chunk::default()
        };
        for i in 1..=lines {
            rules.items.push(Item::Rect {
                x: inner_x,
                y: pitch * i as f32 - 1.0,
                w: inner_w,
                h: 0.6,
                fill: Some(Rgb::GREY),
                stroke: None,
            });
        }
        chunks.push(rules);
    }
}
