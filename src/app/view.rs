//! The window's frame: the top bar (its title hidden when the window is narrow, so it never
//! wraps a character a line), the kiosk countdown, the screen's navigation row, its scrolling
//! page with a "more below" cue, and the bottom bar with the screen's main action.

use iced::widget::{column, container, row, text};
use iced::{Alignment, Border, Element, Length, Padding, Theme};

use super::widget::{self, Frame};
use super::{App, Message, Screen, home, settings};

/// A navigation button's padding and the row's spacing, beside its label.
const NAV_BUTTON_EXTRA: f32 = 36.0 + 10.0;
/// The top bar's own padding.
const BAR_PADDING: f32 = 32.0;
/// Below this logical height the screen's navigation row moves into the bottom bar, beside the
/// main action, so that the page keeps room for its heading and first control.
pub(super) const COMPACT_HEIGHT: f32 = 600.0;

impl App {
    /// Draws the window.
    pub fn view(&self) -> Element<'_, Message> {
        let ctx = &self.ctx;
        let selected = self.ring_visible.then_some(self.selected);
        let numbered = !ctx.kiosk;
        let frame: Frame<'_, Message> = match self.screen {
            Screen::Home => home::view(
                ctx,
                &widget::Ring::new(selected, home::shortcuts()).numbered(numbered),
            )
            .map(Message::Home),
            Screen::Guide => {
                let timeline = self.dates.timeline(ctx).ok();
                self.guide
                    .view(
                        ctx,
                        &widget::Ring::new(selected, self.guide.shortcuts(ctx)).numbered(numbered),
                        timeline.as_ref(),
                    )
                    .map(Message::Guide)
            }
            Screen::Dates => self
                .dates
                .view(
                    ctx,
                    &widget::Ring::new(selected, self.dates.shortcuts(ctx)).numbered(numbered),
                )
                .map(Message::Dates),
            Screen::Review => self
                .review
                .view(
                    ctx,
                    &widget::Ring::new(selected, self.review.shortcuts(ctx.kiosk)).numbered(numbered),
                    self.review_inputs(),
                )
                .map(Message::Review),
            Screen::Settings => settings::view(
                ctx,
                &widget::Ring::new(selected, settings::shortcuts(self.text_scale, self.high_contrast))
                    .numbered(numbered),
                self.text_scale,
                self.high_contrast,
            )
            .map(Message::Settings),
        };
        let colors = ctx.colors;
        let compact = self.ctx.compact;
        let mut page = column![self.top_bar()];
        if let Some(left) = self.idle.warning().filter(|_| ctx.kiosk) {
            page = page.push(self.countdown(left));
        }
        // On a short window only Back stays, in the bottom bar beside the main action.
        let (nav_on_top, nav_below) = if compact {
            (None, frame.nav.into_iter().next())
        } else {
            (Some(widget::nav_row(frame.nav)), None)
        };
        if let Some(nav) = nav_on_top {
            page = page.push(
                container(container(nav).max_width(widget::frame::PAGE_WIDTH))
                    .padding(Padding::from([6, 24]))
                    .center_x(Length::Fill),
            );
        }
        page = page.push(widget::frame::page(ctx, frame.page, Message::Scrolled));
        if self.more_below {
            page = page.push(
                // On a short window the cue is one arrow: a sentence would hide what it points to.
                container(if ctx.compact {
                    widget::hint(ctx, "▼")
                } else {
                    widget::hint(ctx, ctx.t(msg!("gui-more-below")))
                })
                .id("more-below")
                .center_x(Length::Fill)
                .padding(Padding::from([2, 24])),
            );
        }
        let bar: Option<Element<'_, Message>> = match (nav_below, frame.action) {
            (Some(nav), Some(action)) => Some(
                row![nav, container(action).width(Length::Fill)]
                    .spacing(12)
                    .align_y(Alignment::Center)
                    .into(),
            ),
            (Some(nav), None) => Some(nav),
            (None, action) => action,
        };
        if let Some(action) = bar {
            page = page.push(
                container(container(action).max_width(widget::frame::PAGE_WIDTH))
                    .center_x(Length::Fill)
                    .padding(Padding::from([10, 24]))
                    .style(move |_: &Theme| container::Style {
                        background: Some(colors.surface.into()),
                        border: Border {
                            color: colors.border,
                            width: 1.0,
                            radius: 0.0.into(),
                        },
                        ..container::Style::default()
                    }),
            );
        }
        container(page)
            .width(Length::Fill)
            .height(Length::Fill)
            .style(move |_: &Theme| container::Style {
                background: Some(colors.background.into()),
                text_color: Some(colors.text),
                ..container::Style::default()
            })
            .into()
    }

    /// The window's width as the screens see it (after the text-size zoom).
    fn logical_width(&self) -> f32 {
        self.window.width / self.scale_factor()
    }

    /// The window's height as the screens see it (after the text-size zoom).
    pub(super) fn logical_height(&self) -> f32 {
        self.window.height / self.scale_factor()
    }

    fn top_bar(&self) -> Element<'_, Message> {
        let ctx = &self.ctx;
        let width = self.logical_width();
        let home = (self.screen != Screen::Home || self.has_inputs()).then_some(Message::HomePressed);
        let settings = (self.screen != Screen::Settings).then_some(Message::SettingsPressed);
        // The buttons, with full labels and with short ones: (id, full, short, message).
        let mut buttons = Vec::new();
        if self.has_inputs() {
            buttons.push((
                "top-next-person",
                msg!("gui-next-person"),
                msg!("gui-next-person-short"),
                Some(Message::NextPerson),
            ));
        }
        // On a fresh Home the Home button would do nothing: leave it out rather than show it dead.
        if home.is_some() {
            buttons.push(("top-home", msg!("gui-top-home"), msg!("gui-top-home-short"), home));
        }
        buttons.push((
            "top-settings",
            msg!("gui-top-settings"),
            msg!("gui-top-settings-short"),
            settings,
        ));
        // One row that never wraps: the name goes first when room runs out, then the long labels.
        let room = |labels: &mut dyn Iterator<Item = String>| {
            labels
                .map(|label| estimated_width(&label, 22.0) + NAV_BUTTON_EXTRA)
                .sum::<f32>()
                + BAR_PADDING
        };
        let full = room(&mut buttons.iter().map(|b| ctx.t(b.1)));
        let title = ctx.t(msg!("app-title"));
        let show_title = full + estimated_width(&title, 24.0) + 20.0 <= width;
        let short = full > width;
        // When even the short labels would not fit, they get smaller rather than wrap a letter
        // a line.
        let brief = room(&mut buttons.iter().map(|b| ctx.t(b.2)));
        let size = if short && brief > width { 17.0 } else { 22.0 };
        let name: Element<'_, Message> = if show_title {
            text(title)
                .size(24)
                .font(ctx.font)
                .line_height(ctx.line_height)
                .wrapping(text::Wrapping::None)
                .color(ctx.colors.muted)
                .into()
        } else {
            iced::widget::Space::new().into()
        };
        let mut bar = row![container(name).width(Length::Fill).clip(true)].spacing(10);
        for (id, full, brief, message) in buttons {
            let label = if short { brief } else { full };
            bar = bar.push(widget::nav_button_sized(ctx, id, ctx.t(label), message, size));
        }
        container(bar.align_y(Alignment::Center)).padding([6, 16]).into()
    }

    fn countdown(&self, left: u64) -> Element<'_, Message> {
        let ctx = &self.ctx;
        let seconds = i64::try_from(left).unwrap_or(i64::MAX);
        let headline = ctx
            .loc
            .text_with(msg!("gui-idle-countdown"), &[("seconds", seconds.into())]);
        container(
            column![
                widget::banner(
                    ctx,
                    "idle-countdown",
                    widget::Tone::Warn,
                    headline,
                    vec![ctx.t(msg!("gui-idle-explain"))]
                ),
                widget::big_button(
                    ctx,
                    "idle-continue",
                    ctx.t(msg!("gui-idle-continue")),
                    Some(Message::UserActive),
                    widget::Kind::Primary,
                    false
                ),
            ]
            .spacing(8),
        )
        .padding([4, 24])
        .into()
    }
}

/// About how wide a label is drawn at `size`: Latin letters are narrow, kana and kanji a full
/// em, Burmese, Thai, Khmer and Devanagari in between. Enough to choose between long and short
/// labels before the layout measures them.
fn estimated_width(text: &str, size: f32) -> f32 {
    text.chars()
        .filter(|&c| !crate::linebreak::is_mark(c))
        .map(|c| {
            if c.is_ascii() {
                0.58
            } else if is_combining(c) {
                // Vowel signs and medials of Brahmic scripts sit on their letter.
                0.15
            } else {
                // Kana, kanji, and the letters of Burmese, Khmer and Thai: about an em.
                1.0
            }
        })
        .sum::<f32>()
        * size
}

/// The marks of Devanagari, Thai, Burmese and Khmer that combine with the letter before them.
fn is_combining(c: char) -> bool {
    matches!(c,
        '\u{0900}'..='\u{0903}' | '\u{093A}'..='\u{094F}' | '\u{0951}'..='\u{0957}'
        | '\u{0E31}' | '\u{0E34}'..='\u{0E3A}' | '\u{0E47}'..='\u{0E4E}'
        | '\u{102B}'..='\u{103E}' | '\u{1056}'..='\u{1059}' | '\u{105E}'..='\u{1060}'
        | '\u{1062}'..='\u{1064}' | '\u{1067}'..='\u{106D}' | '\u{1071}'..='\u{1074}'
        | '\u{1082}'..='\u{108D}' | '\u{108F}' | '\u{109A}'..='\u{109D}'
        | '\u{17B4}'..='\u{17D3}' | '\u{17DD}')
}
