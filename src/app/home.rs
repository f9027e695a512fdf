//! Home: the language picker (names in their own script, no flags) and the three entries.

use iced::widget::column;

use super::Ctx;
use super::widget::{self, Frame, Kind, Ring};
use crate::i18n::MessageId;

/// What the person did on the home screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// A language was chosen from the picker (a locale code).
    LanguageSelected(String),
    /// "Start the guide" was pressed.
    GuideChosen,
    /// "Check my dates" was pressed.
    DatesChosen,
    /// "I have a problem" (the counter situations) was pressed.
    ProblemChosen,
}

/// What the root should do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Open the guide from its first question.
    StartGuide,
    /// Open the list of counter situations.
    OpenProblems,
    /// Open the dates screen.
    OpenDates,
    /// Switch the language.
    SetLanguage(String),
}

/// Home holds no state of its own: the language lives in the root.
pub fn update(message: Message) -> Action {
    match message {
        Message::LanguageSelected(code) => Action::SetLanguage(code),
        Message::GuideChosen => Action::StartGuide,
        Message::DatesChosen => Action::OpenDates,
        Message::ProblemChosen => Action::OpenProblems,
    }
}

/// The entries the ring and the number keys reach, in screen order.
pub fn shortcuts() -> Vec<Message> {
    vec![Message::GuideChosen, Message::DatesChosen, Message::ProblemChosen]
}

/// Draws the home screen.
pub fn view<'a>(ctx: &Ctx, ring: &Ring<Message>) -> Frame<'a, Message> {
    let entry = |index: usize, id: &'static str, label: MessageId, explain: MessageId, message: Message| {
        column![
            widget::big_button(
                ctx,
                id,
                ring.label(&message, ctx.t(label)),
                Some(message.clone()),
                if index == 0 {
                    Kind::Primary
                } else {
                    Kind::Secondary
                },
                ring.is(&message),
            ),
            widget::hint(ctx, ctx.t(explain)),
        ]
        .spacing(4)
    };
    let page = column![
        // The first choice right under the heading: at 200 % on a small screen nothing else fits.
        widget::title(ctx, ctx.t(msg!("gui-home-title"))),
        entry(
            0,
            "home-guide",
            msg!("gui-home-guide"),
            msg!("gui-home-guide-explain"),
            Message::GuideChosen
        ),
        entry(
            1,
            "home-dates",
            msg!("gui-home-dates"),
            msg!("gui-home-dates-explain"),
            Message::DatesChosen
        ),
        entry(
            2,
            "home-problem",
            msg!("gui-home-problem"),
            msg!("gui-home-problem-explain"),
            Message::ProblemChosen
        ),
        super::local::stale_notice(ctx).unwrap_or_else(|| column![].into()),
        widget::body(ctx, ctx.t(msg!("gui-home-intro"))),
        widget::heading(ctx, ctx.t(msg!("gui-language"))),
        widget::language_picker(ctx, "lang-", Message::LanguageSelected),
    ]
    .spacing(18);
    // A kiosk has a touch screen and no keyboard: no keyboard hints.
    let page = if ctx.kiosk {
        page
    } else {
        page.push(widget::hint(ctx, ctx.t(msg!("gui-home-keys"))))
    };
    Frame::new(Vec::new(), page.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_entry_asks_for_its_screen() {
        assert_eq!(update(Message::GuideChosen), Action::StartGuide);
        assert_eq!(update(Message::DatesChosen), Action::OpenDates);
        assert_eq!(update(Message::ProblemChosen), Action::OpenProblems);
        assert_eq!(
            update(Message::LanguageSelected("en".into())),
            Action::SetLanguage("en".into())
        );
    }

    #[test]
    fn number_keys_follow_the_screen_order() {
        assert_eq!(
            shortcuts(),
            vec![Message::GuideChosen, Message::DatesChosen, Message::ProblemChosen]
        );
    }
}
