//! The window's inputs: a date or name field (cleaned as typed, see `clean_input`) and a yes/no
//! box to tick.

use iced::widget::container;
use iced::{Background, Border, Element, Length, Padding, Theme};

use super::super::Ctx;

/// A yes/no choice drawn as a large box to tick (☐ / ☑), with a border that shows in high
/// contrast: it must look like something that can be switched, not like a heading.
pub fn toggle<'a, M: Clone + 'a>(
    ctx: &Ctx,
    id: impl Into<iced::widget::Id>,
    label: impl Into<String>,
    on: bool,
    on_toggle: impl Fn(bool) -> M + 'a,
) -> Element<'a, M> {
    let colors = ctx.colors;
    let check = iced::widget::checkbox(on)
        .label(label.into())
        .on_toggle(on_toggle)
        .size(34)
        .spacing(14)
        .text_size(22)
        .font(ctx.font)
        .text_line_height(ctx.line_height)
        .style(move |_: &Theme, status| {
            let hovered = matches!(status, iced::widget::checkbox::Status::Hovered { .. });
            iced::widget::checkbox::Style {
                background: Background::Color(if on { colors.primary } else { colors.surface }),
                icon_color: colors.on_primary,
                border: Border {
                    color: if hovered { colors.ring } else { colors.border },
                    width: 3.0,
                    radius: 6.0.into(),
                },
                text_color: Some(colors.text),
            }
        });
    container(check).id(id).padding(Padding::from([10, 4])).into()
}

/// A text field with the reader's sizes.
pub fn field<'a, M: Clone + 'a>(
    ctx: &Ctx,
    id: &'static str,
    placeholder: &str,
    value: &str,
    on_input: impl Fn(String) -> M + 'a,
    on_submit: M,
) -> Element<'a, M> {
    let c = ctx.colors;
    let input = iced::widget::text_input(placeholder, value)
        .id(id)
        .on_input(on_input)
        .on_submit(on_submit)
        .font(ctx.font)
        .line_height(ctx.line_height)
        .size(26)
        .padding(14)
        .width(Length::Fill)
        .style(move |_: &Theme, status| {
            let focused = matches!(status, iced::widget::text_input::Status::Focused { .. });
            iced::widget::text_input::Style {
                background: Background::Color(c.surface),
                border: Border {
                    color: if focused { c.ring } else { c.border },
                    width: if focused { 4.0 } else { 2.0 },
                    radius: 8.0.into(),
                },
                icon: c.text,
                placeholder: c.placeholder,
                value: c.text,
                selection: iced::theme::palette::mix(c.primary, c.surface, 0.6),
            }
        });
    super::super::clean_input::clean_input(input)
}
