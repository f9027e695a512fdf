//! The sheet's geometry: page and margin sizes, colours, the placed items a page is made of,
//! the print sizes, and the frames and chunks the layout flows. A leaf: the layout and the
//! block builders both use it, neither is used by it.

use super::text::{ShapedLine, TextStyle};

/// A4 width in points.
pub const PAGE_W: f32 = 595.28;
/// A4 height in points.
pub const PAGE_H: f32 = 841.89;
/// Left and right margin.
pub const MARGIN_X: f32 = 40.0;
/// Top margin.
pub const MARGIN_TOP: f32 = 40.0;
/// Bottom margin (below the footer).
pub const MARGIN_BOTTOM: f32 = 28.0;
/// Padding inside a framed box.
pub const FRAME_PAD: f32 = 10.0;

/// A colour, 8 bits per channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// Black, for all body text (highest contrast).
    pub const BLACK: Rgb = Rgb(0, 0, 0);
    /// Dark grey for rules and the footer.
    pub const GREY: Rgb = Rgb(90, 90, 90);
}

/// One thing to draw, in points, origin at the page's top left, y downwards.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// A line of text; `y` is the top of its line box.
    Text {
        /// Left edge.
        x: f32,
        /// Top of the line box.
        y: f32,
        /// The shaped glyphs.
        line: ShapedLine,
        /// Text colour.
        color: Rgb,
        /// Heavier strokes (headings).
        bold: bool,
    },
    /// A rectangle, filled and/or outlined.
    Rect {
        /// Left edge.
        x: f32,
        /// Top edge.
        y: f32,
        /// Width.
        w: f32,
        /// Height.
        h: f32,
        /// Fill colour.
        fill: Option<Rgb>,
        /// Outline colour and width.
        stroke: Option<(Rgb, f32)>,
    },
    /// A filled triangle (the today marker).
    Triangle {
        /// The corners.
        points: [(f32, f32); 3],
        /// Fill colour.
        fill: Rgb,
    },
    /// A straight stroke (hatching, dashes).
    Line {
        /// One end.
        from: (f32, f32),
        /// The other end.
        to: (f32, f32),
        /// Stroke width.
        width: f32,
        /// Stroke colour.
        color: Rgb,
    },
}

impl Item {
    /// The same item moved down by `dy`.
    pub(crate) fn shifted(mut self, dy: f32) -> Item {
        match &mut self {
            Item::Text { y, .. } | Item::Rect { y, .. } => *y += dy,
            Item::Triangle { points, .. } => points.iter_mut().for_each(|p| p.1 += dy),
            Item::Line { from, to, .. } => {
                from.1 += dy;
                to.1 += dy;
            }
        }
        self
    }
}

/// One laid-out page.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Page {
    /// Items in drawing order.
    pub items: Vec<Item>,
}

/// Font sizes for one print size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sizes {
    /// Body text.
    pub body: f32,
    /// Section headings.
    pub heading: f32,
    /// The sheet title.
    pub title: f32,
    /// The status headline and telephone numbers.
    pub headline: f32,
    /// The page footer.
    pub small: f32,
    /// Line height as a multiple of the size.
    pub leading: f32,
}

impl Sizes {
    /// Body 10 pt normally (the least a municipal leaflet uses, and one page then holds
    /// what this person must do), 14 pt in large print; everything else scales with it.
    pub fn for_print(large_print: bool) -> Sizes {
        let body = if large_print { 14.0 } else { 10.0 };
        Sizes {
            body,
            heading: body * 1.15,
            title: body * 1.5,
            headline: body * 1.25,
            small: if large_print { 10.0 } else { 8.0 },
            leading: 1.3,
        }
    }

    /// The style for text of `size`.
    pub fn style(&self, size: f32) -> TextStyle {
        TextStyle {
            size,
            leading: self.leading,
        }
    }
}

/// A box frame: outline and optional background.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    /// Outline colour.
    pub stroke: Rgb,
    /// Outline width.
    pub width: f32,
    /// Background.
    pub fill: Option<Rgb>,
}

/// An unbreakable piece of a block, its items relative to its own top.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Chunk {
    /// Height in points.
    pub height: f32,
    /// Items, y relative to the chunk's top.
    pub items: Vec<Item>,
    /// Do not end a page after this chunk (headings).
    pub keep_with_next: bool,
    /// Index of the frame this chunk sits in.
    pub frame: Option<usize>,
    /// Space below the chunk.
    pub space_after: f32,
}
