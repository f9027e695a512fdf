//! How each block of the sheet model becomes chunks: bilingual rows (Japanese left, the second
//! language right), the status box, the timeline bar with its today marker, the contacts box.

use super::geom::{Chunk, FRAME_PAD, Frame, Item, MARGIN_X, PAGE_W, Rgb, Sizes};
use super::model::{BandKind, Block, Contact, Pair, StatusKind};

use super::ruby;
use super::text::{Paragraph, TextEngine, TextStyle};
use crate::palette::{self, BandTone};

/// The language whose readings are set as ruby.
const RUBY_LANG: &str = "ja-yasashii";

const COLUMN_GAP: f32 = 18.0;
const HEADING_FILL: Rgb = Rgb(226, 234, 242);
const HEADING_BAR: Rgb = Rgb(30, 80, 140);

/// The fill and the outline of a band: the window's palette ([`crate::palette`]), distinct in
/// grey too (for black-and-white printers).
pub fn band_colors(kind: BandKind) -> (Rgb, Rgb) {
    let tone = match kind {
        BandKind::Valid => BandTone::Valid,
        BandKind::Renewal => BandTone::Renewal,
        BandKind::Grace => BandTone::Grace,
        BandKind::Expired => BandTone::Expired,
        // Not known: paper white with grey diagonal hatching, as the window draws it.
        BandKind::Unsure => return (Rgb(255, 255, 255), Rgb(97, 97, 97)),
    };
    let ((r, g, b), (er, eg, eb), _) = palette::band(tone);
    (Rgb(r, g, b), Rgb(er, eg, eb))
}

/// The outline and background of the status box.
pub fn status_colors(status: StatusKind) -> (Rgb, Rgb) {
    match status {
        StatusKind::Valid => (Rgb(27, 94, 32), Rgb(237, 247, 237)),
        StatusKind::Grace => (Rgb(191, 54, 12), Rgb(255, 243, 224)),
        StatusKind::Expired => (Rgb(183, 28, 28), Rgb(255, 235, 238)),
        // Amber: something to check, never the red of "expired".
        StatusKind::Check => (Rgb(160, 100, 0), Rgb(255, 248, 225)),
        StatusKind::Unknown => (Rgb(55, 71, 79), Rgb(240, 242, 245)),
    }
}

/// Layout state shared by the block builders.
pub struct Composer<'a> {
    /// The shaper.
    pub engine: &'a mut TextEngine,
    /// Font sizes of this print size.
    pub sizes: Sizes,
    main: &'a str,
    second: Option<&'a str>,
}

impl<'a> Composer<'a> {
    /// A context for a sheet whose main column is in `main` and second column in `second`.
    pub fn new(engine: &'a mut TextEngine, sizes: Sizes, main: &'a str, second: Option<&'a str>) -> Self {
        Composer {
            engine,
            sizes,
            main,
            second,
        }
    }

    /// The main column's language ("ja", or "ja-yasashii" with ruby).
    pub fn main_lang(&self) -> &'a str {
        self.main
    }

    /// The second language, if any.
    pub fn second_lang(&self) -> Option<&'a str> {
        self.second
    }

    /// Shape `text` in `lang`; the やさしい日本語 column gets its readings as ruby.
    pub(crate) fn para(&mut self, text: &str, lang: &str, size: f32, width: f32) -> Paragraph {
        let style: TextStyle = self.sizes.style(size);
        if lang == RUBY_LANG {
            ruby::layout(self.engine, text, lang, style, width)
        } else {
            // Words of Thai, Khmer, Burmese and phrases of Japanese stay whole (crate::linebreak).
            self.engine
                .layout(&crate::linebreak::prepare(text, lang), lang, style, width)
        }
    }

    /// Items for a paragraph at (x, y), its readings included; `center` centres each line in
    /// `width`.
    pub(crate) fn place(
        p: Paragraph,
        x: f32,
        y: f32,
        width: Option<f32>,
        color: Rgb,
        bold: bool,
    ) -> Vec<Item> {
        let height = p.line_height;
        let offsets: Vec<f32> = p
            .lines
            .iter()
            .map(|line| width.map_or(0.0, |w| ((w - line.width) / 2.0).max(0.0)))
            .collect();
        let mut items: Vec<Item> = p
            .lines
            .into_iter()
            .zip(&offsets)
            .enumerate()
            .map(|(i, (line, dx))| Item::Text {
                x: x + dx,
                y: y + height * i as f32,
                line,
                color,
                bold,
            })
            .collect();
        for ruby in p.ruby {
            let dx = offsets.get(ruby.line).copied().unwrap_or(0.0);
            items.push(Item::Text {
                x: x + dx + ruby.x,
                y: y + height * ruby.line as f32 + ruby.y,
                line: ruby.text,
                color,
                bold: false,
            });
        }
        items
    }

    /// One bilingual row: Japanese in the left column, the other language in the right one (or
    /// Japanese across the whole width on a Japanese-only sheet). `prefix` hangs in the margin.
    pub(super) fn row(
        &mut self,
        pair: &Pair,
        x: f32,
        width: f32,
        size: f32,
        bold: bool,
        prefix: Option<&str>,
    ) -> Chunk {
        let indent = if prefix.is_some() { size * 1.7 } else { 0.0 };
        let columns: Vec<(&str, &str)> = match (self.second, &pair.other) {
            (Some(lang), Some(other)) => vec![(self.main, pair.ja.as_str()), (lang, other.as_str())],
            _ => vec![(self.main, pair.ja.as_str())],
        };
        // Japanese sets densely: it gets the narrower column, so both columns come out about as
        // tall (equal halves left the second language running pages longer).
        let widths: Vec<f32> = if self.second.is_some() && columns.len() == 2 {
            let share = if self.second == Some(RUBY_LANG) {
                0.38
            } else {
                0.42
            };
            let ja = (width - COLUMN_GAP) * share;
            vec![ja, width - COLUMN_GAP - ja]
        } else {
            vec![width]
        };
        let mut chunk = Chunk::default();
        for (i, (lang, text)) in columns.into_iter().enumerate() {
            let column_width = widths[i];
            let left = x + if i == 0 { 0.0 } else { widths[0] + COLUMN_GAP };
            let p = self.para(text, lang, size, column_width - indent);
            if let Some(prefix) = prefix {
                let mark = self.para(prefix, "en", size, indent);
                // On the text's first baseline (lower when the text has ruby above it).
                let first = |p: &Paragraph| p.lines.first().map_or(0.0, |l| l.baseline);
                let dy = if p.ruby.is_empty() {
                    0.0
                } else {
                    (first(&p) - first(&mark)).max(0.0)
                };
                chunk
                    .items
                    .extend(Self::place(mark, left, dy, None, Rgb::BLACK, true));
            }
            chunk.height = chunk.height.max(p.height());
            chunk
                .items
                .extend(Self::place(p, left + indent, 0.0, None, Rgb::BLACK, bold));
        }
        chunk
    }

    /// The chunks of one block, with the frames its boxes need.
    pub fn block(&mut self, block: &Block, chunks: &mut Vec<Chunk>, frames: &mut Vec<Frame>) {
        let width = PAGE_W - 2.0 * MARGIN_X;
        let inner_x = MARGIN_X + FRAME_PAD + 2.0;
        let inner_w = width - 2.0 * (FRAME_PAD + 2.0);
        let gap = self.sizes.body * 0.9;
        let first = chunks.len();
        match block {
            Block::Title { title, name } => {
                let p = self.para(&title.ja, self.main, self.sizes.title, width);
                let title_width = p.width();
                let title_baseline = p.lines.first().map_or(0.0, |l| l.baseline);
                let mut chunk = Chunk {
                    height: p.height(),
                    ..Chunk::default()
                };
                chunk.items = Self::place(p, MARGIN_X, 0.0, None, Rgb::BLACK, true);
                // The name at the right of the title's line when there is room: a line saved.
                let mut name_para = name
                    .as_ref()
                    .map(|name| self.para(name, self.main, self.sizes.headline, width));
                if let Some(p) = name_para.take_if(|p| title_width + p.width() + 24.0 <= width) {
                    let baseline = p.lines.first().map_or(0.0, |l| l.baseline);
                    let y = (title_baseline - baseline).max(0.0);
                    let x = MARGIN_X + width - p.width();
                    chunk.items.extend(Self::place(p, x, y, None, Rgb::BLACK, false));
                }
                if let (Some(other), Some(lang)) = (&title.other, self.second) {
                    let p = self.para(other, lang, self.sizes.heading, width);
                    chunk.items.extend(Self::place(
                        p.clone(),
                        MARGIN_X,
                        chunk.height,
                        None,
                        Rgb::BLACK,
                        false,
                    ));
                    chunk.height += p.height();
                }
                if let Some(p) = name_para {
                    let dx = (width - p.width()).max(0.0);
                    chunk.items.extend(Self::place(
                        p.clone(),
                        MARGIN_X + dx,
                        chunk.height,
                        None,
                        Rgb::BLACK,
                        false,
                    ));
                    chunk.height += p.height();
                }
                chunks.push(chunk);
            }
            Block::StatusBox {
                status,
                headline,
                act_by,
                lines,
            } => {
                let (stroke, fill) = status_colors(*status);
                frames.push(Frame {
                    stroke,
                    width: 3.0,
                    fill: Some(fill),
                });
                let frame = Some(frames.len() - 1);
                let mut head = self.row(headline, inner_x, inner_w, self.sizes.headline, true, None);
                head.frame = frame;
                head.space_after = self.sizes.body * 0.3;
                chunks.push(head);
                // The date to act by, as large as the headline: the first thing to take home.
                if let Some(act_by) = act_by {
                    let mut chunk = self.row(act_by, inner_x, inner_w, self.sizes.headline, true, None);
                    chunk.frame = frame;
                    chunk.space_after = self.sizes.body * 0.4;
                    chunks.push(chunk);
                }
                for line in lines {
                    let mut chunk = self.row(line, inner_x, inner_w, self.sizes.body, false, None);
                    chunk.frame = frame;
                    chunk.space_after = self.sizes.body * 0.25;
                    chunks.push(chunk);
                }
            }
            Block::TimelineGraphic {
                heading,
                span,
                bands,
                marks,
            } => {
                chunks.push(self.heading(heading, width));
                // One chunk: the bar, its dates, its marks and its legend never part.
                chunks.push(self.timeline_bar(*span, bands, marks, width));
            }
            Block::Section {
                heading,
                items,
                numbered,
            } => {
                chunks.push(self.heading(heading, width));
                for (i, item) in items.iter().enumerate() {
                    let mark = if *numbered {
                        format!("{}.", i + 1)
                    } else {
                        "•".to_owned()
                    };
                    let mut chunk = self.row(item, MARGIN_X, width, self.sizes.body, false, Some(&mark));
                    chunk.space_after = self.sizes.body * 0.25;
                    chunks.push(chunk);
                }
            }
            Block::ContactsBox { heading, contacts } => {
                frames.push(Frame {
                    stroke: HEADING_BAR,
                    width: 2.0,
                    fill: None,
                });
                let frame = Some(frames.len() - 1);
                let mut head = self.row(heading, inner_x, inner_w, self.sizes.heading, true, None);
                head.frame = frame;
                head.keep_with_next = true;
                head.space_after = self.sizes.body * 0.4;
                chunks.push(head);
                for contact in contacts {
                    let mut chunk = self.contact(contact, inner_x, inner_w);
                    chunk.frame = frame;
                    chunk.space_after = self.sizes.body * 0.5;
                    chunks.push(chunk);
                }
            }
            Block::Memo { heading, lines } => self.memo(heading, *lines, chunks, frames),
            Block::Note { lines } => {
                frames.push(Frame {
                    stroke: Rgb::GREY,
                    width: 1.0,
                    fill: Some(Rgb(248, 248, 248)),
                });
                let frame = Some(frames.len() - 1);
                for line in lines {
                    let mut chunk = self.row(line, inner_x, inner_w, self.sizes.body, false, None);
                    chunk.frame = frame;
                    chunk.space_after = self.sizes.body * 0.25;
                    chunks.push(chunk);
                }
            }
        }
        if chunks.len() > first
            && let Some(last) = chunks.last_mut()
        {
            last.space_after = gap;
        }
    }

    /// A section heading: shaded band with an accent bar, kept with the next chunk.
    fn heading(&mut self, heading: &Pair, width: f32) -> Chunk {
        let pad = 3.0;
        let mut chunk = self.row(
            heading,
            MARGIN_X + 10.0,
            width - 14.0,
            self.sizes.heading,
            true,
            None,
        );
        chunk.items.iter_mut().for_each(|item| {
            if let Item::Text { y, .. } = item {
                *y += pad;
            }
        });
        chunk.height += 2.0 * pad;
        let band = Item::Rect {
            x: MARGIN_X,
            y: 0.0,
            w: width,
            h: chunk.height,
            fill: Some(HEADING_FILL),
            stroke: None,
        };
        let bar = Item::Rect {
            x: MARGIN_X,
            y: 0.0,
            w: 5.0,
            h: chunk.height,
            fill: Some(HEADING_BAR),
            stroke: None,
        };
        chunk.items.splice(0..0, [band, bar]);
        chunk.keep_with_next = true;
        chunk.space_after = self.sizes.body * 0.5;
        chunk
    }

    /// A contact: the number large, then its name and hours as a bilingual row.
    fn contact(&mut self, contact: &Contact, x: f32, width: f32) -> Chunk {
        let mut chunk = Chunk::default();
        if !contact.number.is_empty() {
            let p = self.para(&contact.number, "en", self.sizes.headline, width);
            chunk.height = p.height();
            chunk.items = Self::place(p, x, 0.0, None, Rgb::BLACK, true);
        }
        for (pair, bold) in [(&contact.name, true), (&contact.detail, false)] {
            if pair.ja.is_empty() {
                continue;
            }
            let row = self.row(pair, x, width, self.sizes.body, bold, None);
            chunk
                .items
                .extend(row.items.into_iter().map(|item| item.shifted(chunk.height)));
            chunk.height += row.height;
        }
        chunk
    }
}
