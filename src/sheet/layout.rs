//! Page layout: turns the sheet model into A4 pages of positioned items. Blocks become unbreakable
//! chunks (a row, a contact, the timeline bar); the flow stacks them, moves a chunk to the next
//! page rather than shrinking it, keeps headings with what follows, and draws box frames around
//! the part of a box that lands on each page.

use super::blocks::Composer;
pub use super::geom::*;
use super::model::{Pair, Sheet};
use super::text::{Paragraph, TextEngine};

/// Lay the sheet out on A4 pages.
pub fn layout(sheet: &Sheet, engine: &mut TextEngine) -> Vec<Page> {
    let sizes = Sizes::for_print(sheet.large_print);
    let mut ctx = Composer::new(engine, sizes, &sheet.main_lang, sheet.second_lang.as_deref());
    let mut frames = Vec::new();
    let mut chunks = Vec::new();
    for block in &sheet.blocks {
        ctx.block(block, &mut chunks, &mut frames);
    }
    let footer_height = footer_height(&mut ctx, &sheet.footer);
    let bottom = PAGE_H - MARGIN_BOTTOM - footer_height - sizes.body * 0.5;
    // "About 6 lines" of body text, with a box's padding and some spacing.
    let short_box = sizes.body * sizes.leading * 6.0 + 2.0 * FRAME_PAD + sizes.body * 2.0;
    let mut pages = flow(&chunks, &frames, MARGIN_TOP, bottom, short_box);
    let count = pages.len();
    for (index, page) in pages.iter_mut().enumerate() {
        page.items
            .extend(footer(&mut ctx, &sheet.footer, index + 1, count));
    }
    pages
}

/// How full a page is: the bottom of its last line or box above the footer, as a share of the
/// height between the top margin and the footer (the last page may be short; others must not).
pub fn fill(page: &Page) -> f32 {
    let footer_top = PAGE_H - 60.0;
    let bottom = page
        .items
        .iter()
        .filter_map(|item| match item {
            Item::Text { y, line, .. } if *y < footer_top => Some(y + line.size * 1.35),
            Item::Rect { y, h, .. } if *y < footer_top => Some(y + h),
            _ => None,
        })
        .fold(MARGIN_TOP, f32::max);
    (bottom - MARGIN_TOP) / (footer_top - MARGIN_TOP)
}

/// Stack chunks onto pages between `top` and `bottom`.
fn flow(chunks: &[Chunk], frames: &[Frame], top: f32, bottom: f32, short_box: f32) -> Vec<Page> {
    let mut pages = vec![Page::default()];
    // (frame, page, top, bottom) of each part of a box.
    let mut extents: Vec<(usize, usize, f32, f32)> = Vec::new();
    let mut open: Option<usize> = None;
    let mut y = top;
    for (i, chunk) in chunks.iter().enumerate() {
        let next = chunks.get(i + 1);
        let closes = chunk.frame.is_some() && next.map(|n| n.frame) != Some(chunk.frame);
        // The padding a chunk brings: a box's top padding where it opens, its bottom padding
        // where it closes (the same sum every chunk's check makes, so a heading kept with the
        // next chunk is never left alone by a later check that counts more).
        let padding = |k: usize| {
            let c = &chunks[k];
            let opens = c.frame.is_some()
                && (k == 0 || chunks[k - 1].frame != c.frame || (k == i && open != c.frame));
            let shuts = c.frame.is_some() && chunks.get(k + 1).map(|n| n.frame) != Some(c.frame);
            (if opens { FRAME_PAD } else { 0.0 }) + (if shuts { FRAME_PAD } else { 0.0 })
        };
        let mut need = chunk.height + padding(i);
        // A heading stays with what follows, and so does a chain of chunks kept together: the
        // whole chain must fit, not only the next chunk.
        let mut j = i;
        while chunks[j].keep_with_next
            && let Some(following) = chunks.get(j + 1)
        {
            need += chunks[j].space_after + following.height + padding(j + 1);
            j += 1;
        }
        let _ = next;
        // A short box (up to about 6 lines) is never split: it starts on a fresh page when it
        // does not fit. A longer one splits, so no page is left mostly empty.
        if chunk.frame.is_some() && open != chunk.frame {
            let whole = box_height(&chunks[i..]);
            if whole <= short_box && whole <= bottom - top {
                need = need.max(whole);
            }
        }
        if y + need > bottom && y > top + 0.5 {
            pages.push(Page::default());
            y = top;
            open = None;
        }
        let page = pages.len() - 1;
        if chunk.frame.is_some() && open != chunk.frame {
            y += FRAME_PAD;
            open = chunk.frame;
            if let Some(frame) = chunk.frame {
                extents.push((frame, page, y - FRAME_PAD, y));
            }
        }
        if let Some(current) = pages.last_mut() {
            current
                .items
                .extend(chunk.items.iter().cloned().map(|item| item.shifted(y)));
        }
        y += chunk.height;
        if chunk.frame.is_some()
            && let Some(extent) = extents.last_mut()
        {
            extent.3 = y + FRAME_PAD;
        }
        if closes {
            y += FRAME_PAD;
            open = None;
        }
        y += chunk.space_after;
    }
    for (frame, page, top, bottom) in extents.into_iter().rev() {
        let (Some(style), Some(page)) = (frames.get(frame), pages.get_mut(page)) else {
            continue;
        };
        let rect = Item::Rect {
            x: MARGIN_X,
            y: top,
            w: PAGE_W - 2.0 * MARGIN_X,
            h: bottom - top,
            fill: style.fill,
            stroke: Some((style.stroke, style.width)),
        };
        page.items.insert(0, rect);
    }
    pages
}

/// The height of the box starting at `chunks[0]`: its chunks, their spacing and its padding.
fn box_height(chunks: &[Chunk]) -> f32 {
    let frame = chunks.first().and_then(|c| c.frame);
    let inside: Vec<&Chunk> = chunks.iter().take_while(|c| c.frame == frame).collect();
    let spacing: f32 = inside.iter().rev().skip(1).map(|c| c.space_after).sum();
    inside.iter().map(|c| c.height).sum::<f32>() + spacing + 2.0 * FRAME_PAD
}

fn footer_lines(pair: &Pair) -> Vec<(&str, bool)> {
    let mut lines = vec![(pair.ja.as_str(), true)];
    if let Some(other) = &pair.other {
        lines.push((other.as_str(), false));
    }
    lines
}

/// The footer's lines: Japanese, then the second language (with room for its ruby).
fn footer_paragraphs(ctx: &mut Composer, pair: &Pair) -> Vec<Paragraph> {
    let size = ctx.sizes.small;
    let width = PAGE_W - 2.0 * MARGIN_X - 60.0;
    let mut paragraphs = Vec::new();
    for (text, is_ja) in footer_lines(pair) {
        let lang = if is_ja {
            ctx.main_lang()
        } else {
            ctx.second_lang().unwrap_or(ctx.main_lang())
        };
        let mut paragraph = ctx.para(text, lang, size, width);
        paragraph.lines.truncate(1);
        paragraph.ruby.retain(|ruby| ruby.line == 0);
        paragraphs.push(paragraph);
    }
    paragraphs
}

fn footer_height(ctx: &mut Composer, pair: &Pair) -> f32 {
    footer_paragraphs(ctx, pair).iter().map(Paragraph::height).sum()
}

/// The footer of one page: a rule, the footer text and "page / pages".
fn footer(ctx: &mut Composer, pair: &Pair, page: usize, pages: usize) -> Vec<Item> {
    let style = ctx.sizes.style(ctx.sizes.small);
    let width = PAGE_W - 2.0 * MARGIN_X;
    let mut y = PAGE_H - MARGIN_BOTTOM - footer_height(ctx, pair);
    let mut items = vec![Item::Rect {
        x: MARGIN_X,
        y: y - 4.0,
        w: width,
        h: 0.6,
        fill: Some(Rgb::GREY),
        stroke: None,
    }];
    let number = format!("{page} / {pages}");
    let number_line = ctx.engine.layout(&number, "en", style, width);
    for line in number_line.lines {
        let x = MARGIN_X + width - line.width;
        items.push(Item::Text {
            x,
            y,
            line,
            color: Rgb::GREY,
            bold: false,
        });
    }
    for paragraph in footer_paragraphs(ctx, pair) {
        let height = paragraph.height();
        items.extend(Composer::place(paragraph, MARGIN_X, y, None, Rgb::GREY, false));
        y += height;
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chunk(height: f32, frame: Option<usize>) -> Chunk {
        let rect = Item::Rect {
            x: 0.0,
            y: 0.0,
            w: 1.0,
            h: height,
            fill: None,
            stroke: None,
        };
        Chunk {
            height,
            items: vec![rect],
            frame,
            ..Chunk::default()
        }
    }

    fn tops(page: &Page) -> Vec<f32> {
        page.items
            .iter()
            .filter_map(|item| match item {
                Item::Rect { y, w, .. } if *w == 1.0 => Some(*y),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_chunk_that_does_not_fit_moves_to_the_next_page() {
        let chunks = vec![chunk(60.0, None), chunk(60.0, None), chunk(60.0, None)];
        let pages = flow(&chunks, &[], 0.0, 130.0, 100.0);
        assert_eq!(pages.len(), 2);
        assert_eq!(tops(&pages[0]), [0.0, 60.0]);
        assert_eq!(tops(&pages[1]), [0.0]);
    }

    #[test]
    fn a_heading_stays_with_the_next_chunk() {
        let mut heading = chunk(20.0, None);
        heading.keep_with_next = true;
        let chunks = vec![chunk(80.0, None), heading, chunk(40.0, None)];
        let pages = flow(&chunks, &[], 0.0, 130.0, 100.0);
        assert_eq!(tops(&pages[0]), [0.0]);
        assert_eq!(tops(&pages[1]), [0.0, 20.0]);
    }

    #[test]
    fn an_oversized_chunk_is_placed_rather_than_looping() {
        let pages = flow(&[chunk(500.0, None), chunk(10.0, None)], &[], 0.0, 100.0, 100.0);
        assert_eq!(pages.len(), 2);
    }

    #[test]
    fn a_box_that_fits_on_a_page_is_not_split() {
        let frame = Frame {
            stroke: Rgb::BLACK,
            width: 1.0,
            fill: None,
        };
        // 50 pt left: the first row (25 + padding) would fit, the whole box (70) does not.
        let chunks = vec![chunk(120.0, None), chunk(25.0, Some(0)), chunk(25.0, Some(0))];
        let pages = flow(&chunks, &[frame], 0.0, 170.0, 90.0);
        assert_eq!(pages.len(), 2);
        assert_eq!(tops(&pages[0]), [0.0]);
        assert_eq!(tops(&pages[1]), [FRAME_PAD, FRAME_PAD + 25.0]);
        // A box longer than a short one (about 6 lines) splits instead.
        let chunks = vec![chunk(60.0, None), chunk(40.0, Some(0)), chunk(40.0, Some(0))];
        let pages = flow(&chunks, &[frame], 0.0, 140.0, 90.0);
        assert_eq!(tops(&pages[0]), [0.0, 60.0 + FRAME_PAD]);
    }

    #[test]
    fn a_box_split_across_pages_gets_a_frame_on_each() {
        let frame = Frame {
            stroke: Rgb::BLACK,
            width: 1.0,
            fill: None,
        };
        let chunks = vec![chunk(50.0, Some(0)), chunk(50.0, Some(0)), chunk(50.0, Some(0))];
        let pages = flow(&chunks, &[frame], 0.0, 140.0, 90.0);
        assert_eq!(pages.len(), 2);
        for page in &pages {
            let frames = page
                .items
                .iter()
                .filter(|i| matches!(i, Item::Rect { stroke: Some(_), .. }))
                .count();
            assert_eq!(frames, 1);
        }
        assert_eq!(tops(&pages[0]), [FRAME_PAD, FRAME_PAD + 50.0]);
    }
}
