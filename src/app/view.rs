//! The window's frame: the top bar, the kiosk countdown, and the current screen under them.

use iced::widget::{column, container, row, text};
use iced::{Element, Length, Theme};

use super::{App, Message, Screen, home, settings, widget};

impl App {
    /// Draws the window.
    pub fn view(&self) -> Element<'_, Message> {
        let ctx = &self.ctx;
        let selected = self.ring_visible.then_some(self.selected);
        let body = match self.screen {
            Screen::Home => {
                home::view(ctx, &widget::Ring::new(selected, home::shortcuts())).map(Message::Home)
            }
            Screen::Guide => {
                let timeline = self.dates.timeline(ctx).ok();
                self.guide
                    .view(
                        ctx,
                        &widget::Ring::new(selected, self.guide.shortcuts(ctx)),
                        timeline.as_ref(),
                    )
                    .map(Message::Guide)
            }
            Screen::Dates => self
                .dates
                .view(ctx, &widget::Ring::new(selected, self.dates.shortcuts(ctx)))
                .map(Message::Dates),
            Screen::Review => self
                .review
                .view(
                    ctx,
                    &widget::Ring::new(selected, self.review.shortcuts(ctx.kiosk)),
                    self.review_inputs(),
                )
                .map(Message::Review),
            Screen::Settings => settings::view(
                ctx,
                &widget::Ring::new(selected, settings::shortcuts(self.text_scale, self.high_contrast)),
                self.text_scale,
                self.high_contrast,
            )
            .map(Message::Settings),
        };
        let mut page = column![self.top_bar()];
        if let Some(left) = self.idle.warning().filter(|_| ctx.kiosk) {
            page = page.push(self.countdown(left));
        }
        let colors = ctx.colors;
        container(page.push(body))
            .width(Length::Fill)
            .height(Length::Fill)
            .style(move |_: &Theme| container::Style {
                background: Some(colors.background.into()),
                text_color: Some(colors.text),
                ..container::Style::default()
            })
            .into()
    }

    fn top_bar(&self) -> Element<'_, Message> {
        let ctx = &self.ctx;
        let home = (self.screen != Screen::Home).then_some(Message::HomePressed);
        let settings = (self.screen != Screen::Settings).then_some(Message::SettingsPressed);
        let name = text(ctx.t(msg!("app-title")))
            .size(24)
            .font(ctx.font)
            .line_height(ctx.line_height)
            .color(ctx.colors.muted);
        let mut bar = row![container(name).width(Length::Fill)].spacing(12);
        // On Home the Home button would do nothing: leave it out rather than show it dead.
        if home.is_some() {
            bar = bar.push(widget::nav_button(
                ctx,
                "top-home",
                ctx.t(msg!("gui-top-home")),
                home,
            ));
        }
        let bar = bar
            .push(widget::nav_button(
                ctx,
                "top-settings",
                ctx.t(msg!("gui-top-settings")),
                settings,
            ))
            .align_y(iced::Alignment::Center);
        container(bar).padding([8, 24]).into()
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
