//! The frame every screen fills: its navigation row, its scrolling page, and its main action,
//! which the root draws in a bar at the bottom of the window so it is never below the fold. The
//! keyboard ring that numbers a screen's buttons lives here too.

use iced::widget::{Space, column, container, scrollable};
use iced::{Alignment, Border, Element, Length, Padding, Theme};

use super::super::Ctx;

/// What a screen gives the root to draw.
pub struct Frame<'a, M> {
    /// Back, restart and the like, above the page (Back first: on a short window only it
    /// stays, in the bottom bar).
    pub nav: Vec<Element<'a, M>>,
    /// The content, which scrolls.
    pub page: Element<'a, M>,
    /// The screen's main action (印刷へ, 結果を見る), kept in view at the bottom.
    pub action: Option<Element<'a, M>>,
}

impl<'a, M: 'a> Frame<'a, M> {
    /// A frame without a main action.
    pub fn new(nav: Vec<Element<'a, M>>, page: Element<'a, M>) -> Self {
        Self {
            nav,
            page,
            action: None,
        }
    }

    /// The frame with `action` in the bottom bar.
    pub fn with_action(mut self, action: Element<'a, M>) -> Self {
        self.action = Some(action);
        self
    }

    /// The same frame sending the root's messages.
    pub fn map<N: 'a>(self, f: impl Fn(M) -> N + Clone + 'a) -> Frame<'a, N> {
        Frame {
            nav: self.nav.into_iter().map(|item| item.map(f.clone())).collect(),
            page: self.page.map(f.clone()),
            action: self.action.map(|action| action.map(f)),
        }
    }
}

/// The id of every screen's scrolling page.
pub const PAGE: &str = "page";

/// The widest the page grows: lines stay short enough to read on a large screen.
pub const PAGE_WIDTH: f32 = 980.0;

/// The scrolling page: centred, at most [`PAGE_WIDTH`] wide, with a wide scrollbar in the
/// palette's scroller colour (yellow in high contrast) so it can be seen and grabbed.
pub fn page<'a, M: 'a>(
    ctx: &Ctx,
    content: Element<'a, M>,
    on_scroll: impl Fn(scrollable::Viewport) -> M + 'a,
) -> Element<'a, M> {
    let colors = ctx.colors;
    let content = container(
        container(content)
            .max_width(PAGE_WIDTH)
            .padding(Padding::from([8, 28])),
    )
    .center_x(Length::Fill);
    let bar = scrollable::Scrollbar::new()
        .width(16)
        .scroller_width(16)
        .margin(2);
    scrollable(column![content, Space::new().height(24)])
        .id(PAGE)
        .direction(scrollable::Direction::Vertical(bar))
        .on_scroll(on_scroll)
        .height(Length::Fill)
        .style(move |theme: &Theme, status| {
            let mut style = scrollable::default(theme, status);
            let rail = scrollable::Rail {
                background: Some(colors.surface.into()),
                border: Border {
                    color: colors.border,
                    width: 1.0,
                    radius: 8.0.into(),
                },
                scroller: scrollable::Scroller {
                    background: colors.scroller.into(),
                    border: Border {
                        color: colors.border,
                        width: 1.0,
                        radius: 8.0.into(),
                    },
                },
            };
            style.vertical_rail = rail;
            style.horizontal_rail = rail;
            style
        })
        .into()
}

/// A row of navigation buttons.
pub fn nav_row<'a, M: 'a>(items: Vec<Element<'a, M>>) -> Element<'a, M> {
    iced::widget::Row::with_children(items)
        .spacing(12)
        .align_y(Alignment::Center)
        .wrap()
        .into()
}

/// The keyboard ring of a screen: the one list of what the ring and the number keys reach, in
/// order, and which entry is selected. Views ask it whether a button is selected and which
/// number it carries, so the drawing and the keys cannot drift apart.
#[derive(Debug, Clone)]
pub struct Ring<M> {
    /// The messages the ring reaches, in order (number key n picks entry n − 1).
    pub list: Vec<M>,
    /// The selected entry, when the ring shows.
    pub selected: Option<usize>,
    /// Whether the labels carry their number key ("1  はい"); off in kiosk mode (touch only).
    pub numbered: bool,
}

impl<M: PartialEq> Ring<M> {
    /// The ring over `list`, with `selected` (when the ring shows).
    pub fn new(selected: Option<usize>, list: Vec<M>) -> Self {
        Self {
            list,
            selected,
            numbered: true,
        }
    }

    /// The same ring, with or without number keys in the labels.
    pub fn numbered(mut self, numbered: bool) -> Self {
        self.numbered = numbered;
        self
    }

    /// Whether the button sending `message` is selected.
    pub fn is(&self, message: &M) -> bool {
        self.selected.and_then(|i| self.list.get(i)) == Some(message)
    }

    /// The label with its number key in front ("1  はい"), when the ring reaches it.
    pub fn label(&self, message: &M, text: impl Into<String>) -> String {
        let text = text.into();
        match self.list.iter().position(|m| m == message) {
            Some(i) if i < 9 && self.numbered => format!("{}  {text}", i + 1),
            _ => text,
        }
    }
}
