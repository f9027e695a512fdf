//! The guide's outcome: what to do, what to bring, where to go, whom to call, and the buttons
//! to print, check the dates or start again.

use iced::Element;
use iced::widget::{Column, column};

use crate::guide::OutcomeView;
use crate::i18n::MessageId;
use crate::rules::Timeline;

use super::super::Ctx;
use super::super::widget::{self, Kind, Ring};
use super::{Message, State};

impl State {
    pub(super) fn outcome<'a>(
        &'a self,
        ctx: &'a Ctx,
        view: &OutcomeView,
        ring: &Ring<Message>,
        timeline: Option<&Timeline>,
    ) -> Element<'a, Message> {
        let outcome = &view.outcome;
        let (first, title) = super::speech_text::status_first(ctx, view, timeline);
        let section = |title: MessageId, lines: &[String], numbered: bool| -> Element<'a, Message> {
            if lines.is_empty() {
                return column![].into();
            }
            widget::panel(
                ctx,
                column![
                    widget::heading(ctx, ctx.t(title)),
                    widget::list(ctx, lines.iter().map(|id| ctx.t(id)), numbered)
                ]
                .spacing(10),
            )
        };
        let calls: Vec<String> = outcome
            .call
            .iter()
            .filter_map(|id| hotline_line(ctx, id))
            .collect();
        let buttons = [
            (
                "outcome-dates",
                msg!("gui-outcome-dates"),
                Message::DatesChosen,
                Kind::Secondary,
            ),
            (
                "outcome-restart",
                msg!("gui-restart"),
                Message::RestartPressed,
                Kind::Secondary,
            ),
        ]
        .into_iter()
        .map(|(id, label, message, kind)| {
            widget::big_button(
                ctx,
                id,
                ring.label(&message, ctx.t(label)),
                Some(message.clone()),
                kind,
                ring.is(&message),
            )
        });
        let mut path = view.path.clone();
        if path.last() != Some(&outcome.id) {
            path.push(outcome.id.clone());
        }
        let banner: Element<'a, Message> = match first {
            Some(timeline) => super::super::dates::status_banner(ctx, timeline),
            None => column![].into(),
        };
        column![
            banner,
            widget::hint(ctx, ctx.t(msg!("gui-outcome-label"))),
            super::super::speech::readable(
                ctx,
                super::speech_text::outcome_speech(ctx, view, timeline),
                Message::Speak,
                super::super::speech::Place::Beside,
                iced::widget::container(widget::title(ctx, title))
                    .id("outcome-title")
                    .into(),
            ),
            // The site's own window: 「市区町村の窓口」 made concrete (the person may be at it).
            super::super::local::ask_here(ctx).unwrap_or_else(|| column![].into()),
            section(msg!("cli-steps"), &outcome.step_ids(), true),
            section(msg!("cli-bring"), &outcome.bring, false),
            section(msg!("cli-where"), &outcome.where_to_go, false),
            section_lines(ctx, msg!("cli-call"), calls),
            Column::with_children(buttons).spacing(12),
            self.so_far(ctx),
            self.diagram(ctx, path),
        ]
        .spacing(18)
        .into()
    }
}

/// "Name: number (hours)" for a hotline id from the rules.
pub fn hotline_line(ctx: &Ctx, id: &str) -> Option<String> {
    let rules = ctx.rules.as_ref()?;
    let line = rules.hotlines().iter().find(|h| h.id == id)?;
    Some(format!(
        "{}: {} ({})",
        ctx.t(&line.name),
        line.number,
        ctx.t(&line.hours)
    ))
}

fn section_lines<'a>(ctx: &Ctx, title: MessageId, lines: Vec<String>) -> Element<'a, Message> {
    if lines.is_empty() {
        return column![].into();
    }
    widget::panel(
        ctx,
        column![
            widget::heading(ctx, ctx.t(title)),
            widget::list(ctx, lines, false)
        ]
        .spacing(10),
    )
}
