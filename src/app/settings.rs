//! Settings: text size (100–200 %, applied as iced's scale factor), high contrast, language,
//! and the reading-aloud speed in the languages that speak.
//! The values live in the root (they shape the whole window); this screen only asks for changes.

use iced::widget::{Row, column};

use super::Ctx;
use super::widget::{self, Frame, Ring};

/// The text sizes offered, in percent.
pub const SCALES: [u16; 5] = [100, 125, 150, 175, 200];

/// What the person did on the settings screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// A text size was chosen (percent).
    TextScaleChosen(u16),
    /// Normal or high contrast was chosen.
    HighContrastChosen(bool),
    /// A language was chosen.
    LanguageSelected(String),
    /// A reading-aloud speed was chosen.
    SpeechSpeedChosen(crate::speech::Speed),
    /// Back was pressed.
    BackPressed,
}

/// What the root should change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Use this text size (percent).
    SetTextScale(u16),
    /// Switch high contrast.
    SetHighContrast(bool),
    /// Switch the language.
    SetLanguage(String),
    /// Read aloud at this speed.
    SetSpeechSpeed(crate::speech::Speed),
    /// Leave the screen.
    GoBack,
}

/// Settings hold no state of their own.
pub fn update(message: Message) -> Action {
    match message {
        Message::TextScaleChosen(scale) => Action::SetTextScale(scale.clamp(100, 200)),
        Message::HighContrastChosen(on) => Action::SetHighContrast(on),
        Message::LanguageSelected(code) => Action::SetLanguage(code),
        Message::SpeechSpeedChosen(speed) => Action::SetSpeechSpeed(speed),
        Message::BackPressed => Action::GoBack,
    }
}

/// What the ring and number keys reach: the five sizes, then the two contrasts.
pub fn shortcuts(_scale: u16, _high_contrast: bool) -> Vec<Message> {
    SCALES
        .into_iter()
        .map(Message::TextScaleChosen)
        .chain([
            Message::HighContrastChosen(false),
            Message::HighContrastChosen(true),
        ])
        .collect()
}

/// Draws the screen.
pub fn view<'a>(ctx: &Ctx, ring: &Ring<Message>, scale: u16, high_contrast: bool) -> Frame<'a, Message> {
    let nav = vec![widget::nav_button(
        ctx,
        "settings-back",
        ctx.t(msg!("gui-back")),
        Some(Message::BackPressed),
    )];
    let sizes = SCALES.into_iter().map(|s| {
        let message = Message::TextScaleChosen(s);
        widget::option_button(
            ctx,
            format!("scale-{s}"),
            ring.label(&message, format!("{s}%")),
            message.clone(),
            s == scale,
            ring.is(&message),
        )
    });
    let contrasts = [
        (false, "contrast-normal", msg!("gui-settings-contrast-normal")),
        (true, "contrast-high", msg!("gui-settings-contrast-high")),
    ]
    .into_iter()
    .map(|(on, id, label)| {
        let message = Message::HighContrastChosen(on);
        widget::option_button(
            ctx,
            id,
            ring.label(&message, ctx.t(label)),
            message.clone(),
            on == high_contrast,
            ring.is(&message),
        )
    });
    let page = column![
        widget::title(ctx, ctx.t(msg!("gui-settings-title"))),
        widget::heading(ctx, ctx.t(msg!("gui-settings-size"))),
        Row::with_children(sizes).spacing(10).wrap(),
        widget::hint(ctx, ctx.t(msg!("gui-settings-size-explain"))),
        widget::heading(ctx, ctx.t(msg!("gui-settings-contrast"))),
        widget::hint(ctx, ctx.t(msg!("gui-settings-contrast-explain"))),
        Row::with_children(contrasts).spacing(10).wrap(),
        widget::heading(ctx, ctx.t(msg!("gui-language"))),
        widget::language_picker(ctx, "settings-lang-", Message::LanguageSelected),
        speech_speed(ctx, ring),
        super::local::stale_notice(ctx).unwrap_or_else(|| column![].into()),
        super::local::about(ctx),
    ]
    .spacing(if ctx.compact { 10 } else { 16 });
    Frame::new(nav, page.into())
}

/// The reading speeds (0.7×–1.2×), in the languages that speak.
fn speech_speed<'a>(ctx: &Ctx, ring: &Ring<Message>) -> iced::Element<'a, Message> {
    if !crate::speech::speaks(ctx.loc.lang()) {
        return column![].into();
    }
    let speeds = crate::speech::Speed::ALL.into_iter().map(|speed| {
        let message = Message::SpeechSpeedChosen(speed);
        widget::option_button(
            ctx,
            format!("speech-speed-{}", speed.percent()),
            ring.label(&message, speed.label()),
            message.clone(),
            ctx.speech.speed == speed,
            ring.is(&message),
        )
    });
    column![
        widget::heading(ctx, ctx.t(msg!("gui-settings-speech"))),
        widget::hint(ctx, ctx.t(msg!("gui-settings-speech-explain"))),
        Row::with_children(speeds).spacing(10).wrap(),
    ]
    .spacing(if ctx.compact { 10 } else { 16 })
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_size_stays_between_100_and_200() {
        assert_eq!(update(Message::TextScaleChosen(250)), Action::SetTextScale(200));
        assert_eq!(update(Message::TextScaleChosen(50)), Action::SetTextScale(100));
        assert_eq!(update(Message::TextScaleChosen(150)), Action::SetTextScale(150));
    }

    #[test]
    fn ring_reaches_every_size_and_both_contrasts() {
        let shortcuts = shortcuts(100, false);
        assert_eq!(shortcuts.len(), 7);
        assert_eq!(shortcuts[4], Message::TextScaleChosen(200));
        assert_eq!(shortcuts[6], Message::HighContrastChosen(true));
    }
}
