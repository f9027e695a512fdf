//! The review screen's drawing: what was entered, the sheet's options (languages as tiles,
//! large print as a box to tick, copies, the name), and in the bottom bar print with its result
//! and, once a sheet is out, "next person".

use fluent_bundle::FluentValue;
use iced::widget::{column, row};
use iced::{Alignment, Element};

use super::super::Ctx;
use super::super::output::{Output, OutputError};
use super::super::widget::{self, Frame, Kind, Ring, Tone};
use super::{Inputs, MAX_COPIES, Message, Notice, State};

impl State {
    /// Draws the screen.
    pub fn view<'a>(&'a self, ctx: &'a Ctx, ring: &Ring<Message>, inputs: Inputs) -> Frame<'a, Message> {
        let nav = vec![widget::nav_button(
            ctx,
            "review-back",
            ctx.t(msg!("gui-back")),
            Some(Message::BackPressed),
        )];
        let mut answers = column![widget::heading(ctx, ctx.t(msg!("gui-review-guide")))].spacing(8);
        if let Some(title) = inputs.situation {
            answers = answers.push(widget::body(ctx, title));
        }
        answers = if inputs.path.is_empty() {
            answers.push(widget::hint(ctx, ctx.t(msg!("gui-review-not-entered"))))
        } else {
            answers.push(widget::list(ctx, inputs.path, true))
        };
        if let Some(outcome) = &inputs.outcome {
            answers = answers.push(widget::body(ctx, format!("→ {}", ctx.t(&outcome.title))));
        }
        answers = answers.push(widget::nav_button(
            ctx,
            "review-edit-guide",
            ctx.t(msg!("gui-review-edit-guide")),
            Some(Message::EditGuidePressed),
        ));
        let date_lines = inputs.dates.into_iter().map(|(label, value)| {
            ctx.loc.text_with(
                msg!("gui-pair"),
                &[("label", label.into()), ("value", value.into())],
            )
        });
        let mut date_panel = column![
            widget::heading(ctx, ctx.t(msg!("gui-review-dates"))),
            widget::list(ctx, date_lines, false),
        ]
        .spacing(8);
        // Dates that do not compute are said here, not silently left off the sheet.
        if let Some(Err(errors)) = &inputs.timeline {
            for error in errors {
                date_panel = date_panel.push(widget::error(ctx, error.message.clone()));
            }
        }
        let date_panel = date_panel.push(widget::nav_button(
            ctx,
            "review-edit-dates",
            ctx.t(msg!("gui-review-edit-dates")),
            Some(Message::EditDatesPressed),
        ));

        // Radio tiles, each language in its own script: one touch, nothing to open or miss.
        let mut choices: Vec<(Option<String>, String)> = vec![(None, ctx.t(msg!("gui-sheet-ja-only")))];
        let mut others: Vec<_> = crate::i18n::languages()
            .into_iter()
            .filter(|l| l.code != "ja")
            .collect();
        // The site's sheet languages first, in its order.
        if let Some(first) = ctx.site.as_ref().map(|s| &s.sheet_languages) {
            others.sort_by_key(|l| first.iter().position(|c| *c == l.code).unwrap_or(usize::MAX));
        }
        choices.extend(others.into_iter().map(|l| {
            // A やさしい日本語 sheet is that one column; every other is Japanese beside it.
            let label = if l.code == "ja-yasashii" {
                l.name
            } else {
                format!("日本語 + {}", l.name)
            };
            (Some(l.code), label)
        }));
        let languages = iced::widget::Row::with_children(choices.into_iter().map(|(code, label)| {
            let id = format!("sheet-lang-{}", code.as_deref().unwrap_or("ja"));
            let chosen = code == self.second_lang;
            widget::option_button(ctx, id, label, Message::SheetLanguageChosen(code), chosen, false)
        }))
        .spacing(10)
        .wrap();
        let copies = row![
            widget::nav_button(
                ctx,
                "copies-minus",
                "  −  ",
                (self.copies > 1).then_some(Message::CopiesDecreased)
            ),
            iced::widget::container(widget::heading(ctx, self.copies.to_string())).id("copies"),
            widget::nav_button(
                ctx,
                "copies-plus",
                "  +  ",
                (self.copies < MAX_COPIES).then_some(Message::CopiesIncreased)
            ),
            widget::body(ctx, ctx.t(msg!("gui-review-copies"))),
        ]
        .spacing(14)
        .align_y(Alignment::Center);
        let options = column![
            widget::heading(ctx, ctx.t(msg!("gui-review-sheet"))),
            widget::hint(ctx, ctx.t(msg!("gui-review-sheet-explain"))),
            languages,
            widget::toggle(
                ctx,
                "large-print",
                ctx.t(msg!("gui-review-large-print")),
                self.large_print,
                Message::LargePrintToggled,
            ),
            copies,
            widget::body(ctx, ctx.t(msg!("gui-review-name"))),
            widget::hint(ctx, ctx.t(msg!("gui-review-name-explain"))),
            widget::field(
                ctx,
                "review-name",
                "",
                &self.name,
                Message::NameEdited,
                Message::NameEdited(self.name.clone()),
            ),
        ]
        .spacing(12);
        let print = widget::big_button(
            ctx,
            "review-print",
            ring.label(&Message::PrintPressed, ctx.t(msg!("gui-review-print"))),
            Some(Message::PrintPressed),
            Kind::Primary,
            ring.is(&Message::PrintPressed),
        );
        let mut actions = column![].spacing(12);
        if ctx.kiosk {
            actions = actions.push(widget::hint(ctx, ctx.t(msg!("gui-review-no-save-kiosk"))));
        } else {
            actions = actions.push(widget::big_button(
                ctx,
                "review-save",
                ring.label(&Message::SavePressed, ctx.t(msg!("gui-review-save"))),
                Some(Message::SavePressed),
                Kind::Secondary,
                ring.is(&Message::SavePressed),
            ));
        }
        // The result of printing shows beside the print button, in the bottom bar; once a sheet
        // is out, the next person is one press away.
        let mut bar = column![].spacing(10);
        if let Some(notice) = &self.notice {
            bar = bar.push(self.notice(ctx, notice));
        }
        let bar = if matches!(self.notice, Some(Notice::Done(_))) {
            bar.push(
                row![
                    print,
                    widget::big_button(
                        ctx,
                        "review-next-person",
                        ctx.t(msg!("gui-next-person")),
                        Some(Message::NextPersonPressed),
                        Kind::Secondary,
                        false,
                    )
                ]
                .spacing(12),
            )
        } else {
            bar.push(print)
        };
        let page = column![
            widget::title(ctx, ctx.t(msg!("gui-review-title"))),
            widget::hint(ctx, ctx.t(msg!("gui-review-explain"))),
            widget::panel(ctx, answers),
            widget::panel(ctx, date_panel),
            widget::panel(ctx, options),
            actions,
        ]
        .spacing(18);
        Frame::new(nav, page.into()).with_action(bar.into())
    }

    fn notice<'a>(&self, ctx: &Ctx, notice: &Notice) -> Element<'a, Message> {
        let with = |id: crate::i18n::MessageId, args: Vec<(&'static str, String)>| {
            let args: Vec<(&str, FluentValue<'_>)> = args
                .into_iter()
                .map(|(name, value)| (name, FluentValue::from(value)))
                .collect();
            ctx.loc.text_with(id, &args)
        };
        let (tone, text, lines) = match notice {
            Notice::Working => (Tone::Ok, ctx.t(msg!("gui-print-working")), Vec::new()),
            Notice::Busy => (Tone::Warn, ctx.t(msg!("gui-print-busy")), Vec::new()),
            Notice::DatesInvalid => (Tone::Warn, ctx.t(msg!("gui-review-dates-invalid")), Vec::new()),
            Notice::Done(Output::Printed { job }) => (
                Tone::Ok,
                with(msg!("print-job-accepted"), vec![("job", job.clone())]),
                Vec::new(),
            ),
            Notice::Done(Output::Saved { path }) => (
                Tone::Ok,
                with(msg!("sheet-saved"), vec![("path", path.display().to_string())]),
                Vec::new(),
            ),
            Notice::Failed(OutputError::SaveCancelled) => {
                (Tone::Ok, ctx.t(msg!("gui-save-cancelled")), Vec::new())
            }
            Notice::Failed(OutputError::SavingDisabled) => {
                (Tone::Warn, ctx.t(msg!("gui-review-no-save-kiosk")), Vec::new())
            }
            Notice::Failed(OutputError::Sheet(reason)) => (
                Tone::Danger,
                with(msg!("sheet-error"), vec![("reason", reason.clone())]),
                vec![ctx.t(msg!("gui-tell-staff"))],
            ),
            Notice::Failed(OutputError::Print { error, kept }) => {
                let mut lines = vec![ctx.t(msg!("gui-tell-staff"))];
                if let Some(path) = kept {
                    lines.push(with(
                        msg!("print-pdf-kept"),
                        vec![("path", path.display().to_string())],
                    ));
                }
                (Tone::Danger, with(error.message_id(), error.args()), lines)
            }
            Notice::Failed(OutputError::Save { path, reason }) => (
                Tone::Danger,
                with(
                    msg!("sheet-save-error"),
                    vec![("path", path.display().to_string()), ("reason", reason.clone())],
                ),
                Vec::new(),
            ),
        };
        widget::banner(ctx, "review-notice", tone, text, lines)
    }
}
