//! The window's frame: the top bar (its title hidden when the window is narrow, so it never
//! wraps a character a line), the kiosk countdown, the screen's navigation row, its scrolling
//! page with a "more below" cue, and the bottom bar with the screen's main action.

use iced::widget::{column, container, row, text};
use iced::{Alignment, Border, Element, Length, Padding, Theme};

use super::widget::{self, Frame};
use super::{App, Message, Screen, home, settings};

/// Below this logical width the top bar drops the app's name.
const TITLE_MIN_WIDTH: f32 = 900.0;
/// Below this logical width the top bar uses its short labels.
const SHORT_LABELS_WIDTH: f32 = 700.0;
/// Below this logical height the screen's navigation row moves into the bottom bar, beside the
/// main action, so that the page keeps room for its heading and first control.
const COMPACT_HEIGHT: f32 = 600.0;

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
        let compact = self.logical_height() < COMPACT_HEIGHT;
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
                container(widget::hint(ctx, ctx.t(msg!("gui-more-below"))))
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
    fn logical_height(&self) -> f32 {
        self.window.height / self.scale_factor()
    }

    fn top_bar(&self) -> Element<'_, Message> {
        let ctx = &self.ctx;
        let width = self.logical_width();
        let short = width < SHORT_LABELS_WIDTH;
        let home = (self.screen != Screen::Home || self.has_inputs()).then_some(Message::HomePressed);
        let settings = (self.screen != Screen::Settings).then_some(Message::SettingsPressed);
        // One row that never wraps: the name goes first when room runs out.
        let name: Element<'_, Message> = if width >= TITLE_MIN_WIDTH {
            text(ctx.t(msg!("app-title")))
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
        if self.has_inputs() {
            let label = if short {
                msg!("gui-next-person-short")
            } else {
                msg!("gui-next-person")
            };
            bar = bar.push(widget::nav_button(
                ctx,
                "top-next-person",
                ctx.t(label),
                Some(Message::NextPerson),
            ));
        }
        // On a fresh Home the Home button would do nothing: leave it out rather than show it dead.
        if home.is_some() {
            bar = bar.push(widget::nav_button(
                ctx,
                "top-home",
                ctx.t(msg!("gui-top-home")),
                home,
            ));
        }
        let settings_label = if short {
            msg!("gui-top-settings-short")
        } else {
            msg!("gui-top-settings")
        };
        bar = bar.push(widget::nav_button(
            ctx,
            "top-settings",
            ctx.t(settings_label),
            settings,
        ));
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
