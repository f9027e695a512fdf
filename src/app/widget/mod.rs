//! Reusable view pieces: text in the reader's sizes, big buttons with the selection ring,
//! panels, banners, fields and toggles. The frame a screen fills (navigation, scrolling page,
//! main action) is in [`frame`].

pub mod frame;

mod input;

pub use frame::{Frame, PAGE, Ring, nav_row};
pub use input::{field, toggle};

use iced::widget::{Column, button, column, container, row, text};
use iced::{Alignment, Background, Border, Color, Element, Length, Padding, Shadow, Theme};

use super::Ctx;
use super::theme::Colors;

/// How a button looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The main thing to do on this screen.
    Primary,
    /// Everything else.
    Secondary,
}

/// The tone of a banner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// All is well.
    Ok,
    /// Act soon.
    Warn,
    /// Too late for the normal route.
    Danger,
}

/// The text with its line-break marks for the reader's language ([`crate::linebreak`]): words
/// of Thai, Khmer and Burmese and phrases of Japanese stay whole on screen, as on paper.
fn words(ctx: &Ctx, s: impl Into<String>) -> String {
    crate::linebreak::prepare(&s.into(), ctx.loc.lang())
}

/// Lines break between words; a word longer than the line breaks between letters rather than
/// running off the screen.
const WRAP: iced::widget::text::Wrapping = iced::widget::text::Wrapping::WordOrGlyph;

/// A screen title (found by tests as `title`: it must be on screen when a page opens).
pub fn title<'a, M: 'a>(ctx: &Ctx, s: impl Into<String>) -> Element<'a, M> {
    container(
        text(words(ctx, s))
            .size(if ctx.compact { 28 } else { 34 })
            .font(ctx.font)
            .wrapping(WRAP)
            .line_height(ctx.line_height)
            .color(ctx.colors.text),
    )
    .id("title")
    .into()
}

/// A section heading.
pub fn heading<'a, M: 'a>(ctx: &Ctx, s: impl Into<String>) -> Element<'a, M> {
    text(words(ctx, s))
        .size(if ctx.compact { 23 } else { 27 })
        .font(ctx.font)
        .wrapping(WRAP)
        .line_height(ctx.line_height)
        .color(ctx.colors.text)
        .into()
}

/// Body text (22 px).
pub fn body<'a, M: 'a>(ctx: &Ctx, s: impl Into<String>) -> Element<'a, M> {
    text(words(ctx, s))
        .size(22)
        .font(ctx.font)
        .wrapping(WRAP)
        .line_height(ctx.line_height)
        .color(ctx.colors.text)
        .into()
}

/// An explanation line under a question or a field (20 px, quieter colour).
pub fn hint<'a, M: 'a>(ctx: &Ctx, s: impl Into<String>) -> Element<'a, M> {
    text(words(ctx, s))
        .size(20)
        .font(ctx.font)
        .wrapping(WRAP)
        .line_height(ctx.line_height)
        .color(ctx.colors.muted)
        .into()
}

/// An error shown in place, beside what caused it.
pub fn error<'a, M: 'a>(ctx: &Ctx, s: impl Into<String>) -> Element<'a, M> {
    text(words(ctx, s))
        .size(21)
        .font(ctx.font)
        .wrapping(WRAP)
        .line_height(ctx.line_height)
        .color(ctx.colors.error)
        .into()
}

/// Text in an explicit colour (banners).
pub fn colored<'a, M: 'a>(ctx: &Ctx, s: impl Into<String>, size: f32, color: Color) -> Element<'a, M> {
    text(words(ctx, s))
        .size(size)
        .font(ctx.font)
        .wrapping(WRAP)
        .line_height(ctx.line_height)
        .color(color)
        .into()
}

/// A bulleted or numbered list of lines.
pub fn list<'a, M: 'a>(ctx: &Ctx, lines: impl IntoIterator<Item = String>, numbered: bool) -> Element<'a, M> {
    let items = lines.into_iter().enumerate().map(|(i, line)| {
        let mark = if numbered {
            format!("{}.", i + 1)
        } else {
            "・".to_owned()
        };
        row![
            text(mark)
                .size(22)
                .font(ctx.font)
                .line_height(ctx.line_height)
                .color(ctx.colors.text)
                .width(36),
            text(words(ctx, line))
                .size(22)
                .font(ctx.font)
                .wrapping(WRAP)
                .line_height(ctx.line_height)
                .color(ctx.colors.text)
                .width(Length::Fill)
        ]
        .into()
    });
    Column::with_children(items).spacing(8).into()
}

/// A large button, found by tests through `id`, with the keyboard ring when `selected`.
pub fn big_button<'a, M: Clone + 'a>(
    ctx: &Ctx,
    id: impl Into<iced::widget::Id>,
    label: impl Into<String>,
    on_press: Option<M>,
    kind: Kind,
    selected: bool,
) -> Element<'a, M> {
    let colors = ctx.colors;
    let label = text(words(ctx, label))
        .size(24)
        .font(ctx.font)
        .wrapping(WRAP)
        .line_height(ctx.line_height)
        .align_x(Alignment::Center)
        .width(Length::Fill);
    let button = button(label)
        .on_press_maybe(on_press)
        .width(Length::Fill)
        .padding(if ctx.compact {
            Padding::from([12, 16])
        } else {
            Padding::from([18, 20])
        })
        .style(move |_: &Theme, status| button_style(&colors, kind, status));
    ring(
        &colors,
        container(button).id(id).width(Length::Fill).into(),
        selected,
    )
}

/// A smaller button for the navigation bar (still ≥ 48 px high).
pub fn nav_button<'a, M: Clone + 'a>(
    ctx: &Ctx,
    id: impl Into<iced::widget::Id>,
    label: impl Into<String>,
    on_press: Option<M>,
) -> Element<'a, M> {
    nav_button_sized(ctx, id, label, on_press, 22.0)
}

/// A navigation button with a smaller label (the top bar on a narrow window), still ≥ 48 px
/// high with its padding.
pub fn nav_button_sized<'a, M: Clone + 'a>(
    ctx: &Ctx,
    id: impl Into<iced::widget::Id>,
    label: impl Into<String>,
    on_press: Option<M>,
    size: f32,
) -> Element<'a, M> {
    let colors = ctx.colors;
    let button = button(
        text(words(ctx, label))
            .size(size)
            .font(ctx.font)
            .wrapping(WRAP)
            .line_height(ctx.line_height),
    )
    .on_press_maybe(on_press)
    .padding(if size < 22.0 {
        Padding::from([12, 10])
    } else {
        Padding::from([12, 18])
    })
    // No fixed height: a label that wraps makes the button taller instead of being cut.
    .style(move |_: &Theme, status| button_style(&colors, Kind::Secondary, status));
    container(button).id(id).into()
}

/// The languages, each in its own script, as option buttons with ids `{id_prefix}{code}`; the
/// current language is marked.
pub fn language_picker<'a, M: Clone + 'a>(
    ctx: &Ctx,
    id_prefix: &str,
    on_select: impl Fn(String) -> M,
) -> Element<'a, M> {
    // The site's languages in the site's order; all of them without a site list.
    let mut languages = crate::i18n::languages();
    if let Some(order) = ctx
        .site
        .as_ref()
        .map(|s| &s.home_languages)
        .filter(|o| !o.is_empty())
    {
        languages.retain(|l| order.contains(&l.code) || l.code == ctx.loc.lang());
        languages.sort_by_key(|l| order.iter().position(|c| *c == l.code).unwrap_or(usize::MAX));
    }
    let buttons = languages.into_iter().map(|language| {
        let chosen = language.code == ctx.loc.lang();
        let id = format!("{id_prefix}{}", language.code);
        option_button(ctx, id, language.name, on_select(language.code), chosen, false)
    });
    iced::widget::Row::with_children(buttons)
        .spacing(10)
        .wrap()
        .into()
}

/// One option of a choice (language, text size, kind of date): highlighted when chosen.
pub fn option_button<'a, M: Clone + 'a>(
    ctx: &Ctx,
    id: impl Into<iced::widget::Id>,
    label: impl Into<String>,
    on_press: M,
    chosen: bool,
    selected: bool,
) -> Element<'a, M> {
    let colors = ctx.colors;
    let label = if chosen {
        format!("✓ {}", label.into())
    } else {
        label.into()
    };
    let kind = if chosen { Kind::Primary } else { Kind::Secondary };
    let button = button(
        text(words(ctx, label))
            .size(22)
            .font(ctx.font)
            .wrapping(WRAP)
            .line_height(ctx.line_height),
    )
    .on_press(on_press)
    .padding(Padding::from([12, 18]))
    // No fixed height: a label that wraps makes the button taller instead of being cut.
    .style(move |_: &Theme, status| button_style(&colors, kind, status));
    ring(&colors, container(button).id(id).into(), selected)
}

/// Draws the keyboard selection ring around `content` (space is kept either way, so nothing moves).
pub fn ring<'a, M: 'a>(colors: &Colors, content: Element<'a, M>, selected: bool) -> Element<'a, M> {
    let color = if selected { colors.ring } else { Color::TRANSPARENT };
    container(content)
        .padding(5)
        .style(move |_: &Theme| container::Style {
            border: Border {
                color,
                width: 4.0,
                radius: 14.0.into(),
            },
            ..container::Style::default()
        })
        .into()
}

pub(crate) fn button_style(c: &Colors, kind: Kind, status: button::Status) -> button::Style {
    let (bg, fg) = match kind {
        Kind::Primary => (c.primary, c.on_primary),
        Kind::Secondary => (c.secondary, c.on_secondary),
    };
    let bg = match status {
        button::Status::Hovered => iced::theme::palette::mix(bg, c.text, 0.12),
        button::Status::Pressed => iced::theme::palette::mix(bg, c.text, 0.25),
        button::Status::Active => bg,
        button::Status::Disabled => c.background,
    };
    let fg = if status == button::Status::Disabled {
        c.muted
    } else {
        fg
    };
    button::Style {
        background: Some(Background::Color(bg)),
        text_color: fg,
        border: Border {
            color: c.border,
            width: 2.0,
            radius: 10.0.into(),
        },
        shadow: Shadow::default(),
        snap: true,
    }
}

/// A framed panel on the surface colour.
pub fn panel<'a, M: 'a>(ctx: &Ctx, content: impl Into<Element<'a, M>>) -> Element<'a, M> {
    let c = ctx.colors;
    container(content)
        .padding(18)
        .width(Length::Fill)
        .style(move |_: &Theme| container::Style {
            background: Some(Background::Color(c.surface)),
            border: Border {
                color: c.border,
                width: 1.5,
                radius: 12.0.into(),
            },
            text_color: Some(c.text),
            ..container::Style::default()
        })
        .into()
}

/// A coloured banner holding a headline and the lines under it.
pub fn banner<'a, M: 'a>(
    ctx: &Ctx,
    id: &'static str,
    tone: Tone,
    headline: String,
    lines: Vec<String>,
) -> Element<'a, M> {
    let c = ctx.colors;
    let (bg, fg) = match tone {
        Tone::Ok => (c.ok_bg, c.on_ok),
        Tone::Warn => (c.warn_bg, c.on_warn),
        Tone::Danger => (c.danger_bg, c.on_danger),
    };
    let mut content = column![colored(ctx, headline, 28.0, fg)].spacing(8);
    for line in lines {
        content = content.push(colored(ctx, line, 22.0, fg));
    }
    container(content)
        .id(id)
        .padding(20)
        .width(Length::Fill)
        .style(move |_: &Theme| container::Style {
            background: Some(Background::Color(bg)),
            border: Border {
                color: c.border,
                width: 2.0,
                radius: 12.0.into(),
            },
            ..container::Style::default()
        })
        .into()
}
