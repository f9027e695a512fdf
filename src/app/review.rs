//! Review and print: everything entered and the outcome (each part editable by going back), the
//! sheet's languages, large print and copies, then print or save. The root owns the person's
//! inputs and hands this screen what it shows ([`Inputs`]); it never reads another screen's
//! state. The sheet itself is rendered elsewhere: this screen hands a [`PrintRequest`] to the
//! root as a [`ReviewAction`]. Dates that do not compute block printing, with the reason.

use fluent_bundle::FluentValue;
use iced::widget::{column, row};
use iced::{Alignment, Element};

use crate::guide::Outcome;
use crate::person::FieldError;
use crate::rules::Timeline;
use crate::sheet::SheetRequest;

use super::Ctx;
use super::output::{Output, OutputError, PrintRequest};
use super::widget::{self, Kind, Ring, Tone};

/// What the root hands the review screen: the person's inputs, read back, and what they give.
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    /// The counter situation's title, when one was chosen.
    pub situation: Option<String>,
    /// The guide's questions and answers so far.
    pub path: Vec<String>,
    /// The guide's outcome, once reached.
    pub outcome: Option<Outcome>,
    /// The dates as typed, read back: (label, reading).
    pub dates: Vec<(String, String)>,
    /// The timeline when a card date was typed: computed, or why not.
    pub timeline: Option<Result<Timeline, Vec<FieldError>>>,
}

/// Most copies one press prints.
pub const MAX_COPIES: u8 = 9;

/// The sheet options chosen, and the last print or save result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct State {
    second_lang: Option<String>,
    large_print: bool,
    copies: u8,
    /// The name printed as 「〇〇 様」; kept only in memory, wiped with everything else.
    name: String,
    notice: Option<Notice>,
}

impl Default for State {
    fn default() -> Self {
        Self {
            second_lang: None,
            large_print: false,
            copies: 1,
            name: String::new(),
            notice: None,
        }
    }
}

/// What the screen reports after print or save.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Notice {
    Working,
    /// Print or save was pressed again while the first was still running: ignored.
    Busy,
    /// The dates do not compute: nothing is printed until they are fixed.
    DatesInvalid,
    Done(Output),
    Failed(OutputError),
}

/// One entry of the sheet-language list.
#[derive(Debug, Clone, PartialEq, Eq)]
struct SheetChoice {
    code: Option<String>,
    label: String,
}

impl std::fmt::Display for SheetChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label)
    }
}

/// What the root should do for the review screen.
#[derive(Debug, Clone)]
pub enum ReviewAction {
    /// Print the sheet.
    Print(PrintRequest),
    /// Save the sheet as a PDF.
    Save(PrintRequest),
    /// Go back to the guide to change answers.
    EditGuide,
    /// Go back to the dates to change them.
    EditDates,
    /// Leave the screen.
    GoBack,
}

/// What the person did on the review screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// The sheet's second language was chosen (`None`: Japanese alone).
    SheetLanguageChosen(Option<String>),
    /// Large print was switched.
    LargePrintToggled(bool),
    /// The name for the sheet was edited.
    NameEdited(String),
    /// One more copy.
    CopiesIncreased,
    /// One copy fewer.
    CopiesDecreased,
    /// Print was pressed.
    PrintPressed,
    /// Save as PDF was pressed.
    SavePressed,
    /// "Change the answers" was pressed.
    EditGuidePressed,
    /// "Change the dates" was pressed.
    EditDatesPressed,
    /// Back was pressed.
    BackPressed,
}

impl State {
    /// Handles one message; the request is built from the inputs the root hands over.
    pub fn update(&mut self, message: Message, ctx: &Ctx, inputs: &Inputs) -> Option<ReviewAction> {
        match message {
            Message::SheetLanguageChosen(lang) => self.second_lang = lang,
            Message::LargePrintToggled(on) => self.large_print = on,
            Message::NameEdited(name) => self.name = crate::clean::as_typed(&name),
            Message::CopiesIncreased => self.copies = (self.copies + 1).min(MAX_COPIES),
            Message::CopiesDecreased => self.copies = self.copies.saturating_sub(1).max(1),
            Message::PrintPressed | Message::SavePressed if self.busy() => {
                self.notice = Some(Notice::Busy);
                return None;
            }
            Message::PrintPressed | Message::SavePressed if matches!(inputs.timeline, Some(Err(_))) => {
                // A sheet without the dates the person typed would say nothing of them.
                self.notice = Some(Notice::DatesInvalid);
                return None;
            }
            Message::PrintPressed => {
                self.notice = Some(Notice::Working);
                return Some(ReviewAction::Print(self.request(ctx, inputs)));
            }
            Message::SavePressed => {
                if ctx.kiosk {
                    self.notice = Some(Notice::Failed(OutputError::SavingDisabled));
                    return None;
                }
                self.notice = Some(Notice::Working);
                return Some(ReviewAction::Save(self.request(ctx, inputs)));
            }
            Message::EditGuidePressed => return Some(ReviewAction::EditGuide),
            Message::EditDatesPressed => return Some(ReviewAction::EditDates),
            Message::BackPressed => return Some(ReviewAction::GoBack),
        }
        None
    }

    /// Whether a print or save is running (a second press is ignored).
    pub fn busy(&self) -> bool {
        matches!(self.notice, Some(Notice::Working | Notice::Busy))
    }

    /// Shows how printing or saving ended.
    pub fn finished(&mut self, result: Result<Output, OutputError>) {
        self.notice = Some(match result {
            Ok(output) => Notice::Done(output),
            Err(error) => Notice::Failed(error),
        });
    }

    /// The request for the sheet: the guide's outcome and the timeline from the inputs.
    pub fn request(&self, ctx: &Ctx, inputs: &Inputs) -> PrintRequest {
        PrintRequest {
            sheet: SheetRequest {
                today: ctx.today,
                lang: ctx.loc.lang().to_owned(),
                sheet_lang: self.second_lang.clone(),
                large_print: self.large_print,
                name: Some(self.name.trim().to_owned()).filter(|name| !name.is_empty()),
                timeline: inputs.timeline.clone().and_then(Result::ok),
                outcome: inputs.outcome.clone(),
            },
            copies: self.copies,
            kiosk: ctx.kiosk,
            rules: ctx.rules.clone(),
        }
    }

    /// What the ring and number keys reach.
    pub fn shortcuts(&self, kiosk: bool) -> Vec<Message> {
        if kiosk {
            vec![Message::PrintPressed]
        } else {
            vec![Message::PrintPressed, Message::SavePressed]
        }
    }

    /// Draws the screen.
    pub fn view<'a>(&'a self, ctx: &'a Ctx, ring: &Ring<Message>, inputs: Inputs) -> Element<'a, Message> {
        let nav = widget::nav_row(vec![widget::nav_button(
            ctx,
            "review-back",
            ctx.t(msg!("gui-back")),
            Some(Message::BackPressed),
        )]);
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

        // A drop-down: sixteen buttons would push Print and its result below the fold.
        let mut choices = vec![SheetChoice {
            code: None,
            label: ctx.t(msg!("gui-sheet-ja-only")),
        }];
        choices.extend(
            crate::i18n::languages()
                .into_iter()
                .filter(|l| l.code != "ja")
                .map(|l| SheetChoice {
                    label: format!("日本語 + {}", l.name),
                    code: Some(l.code),
                }),
        );
        let chosen = choices.iter().find(|c| c.code == self.second_lang).cloned();
        let languages = iced::widget::container(
            iced::widget::pick_list(choices, chosen, |choice: SheetChoice| {
                Message::SheetLanguageChosen(choice.code)
            })
            .font(ctx.font)
            .text_size(22)
            .text_line_height(ctx.line_height)
            .padding(14),
        )
        .id("sheet-lang");
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
            widget::option_button(
                ctx,
                "large-print",
                ctx.t(msg!("gui-review-large-print")),
                Message::LargePrintToggled(!self.large_print),
                self.large_print,
                false,
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
        let mut actions = column![widget::big_button(
            ctx,
            "review-print",
            ring.label(&Message::PrintPressed, ctx.t(msg!("gui-review-print"))),
            Some(Message::PrintPressed),
            Kind::Primary,
            ring.is(&Message::PrintPressed),
        )]
        .spacing(12);
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
        if let Some(notice) = &self.notice {
            actions = actions.push(self.notice(ctx, notice));
        }
        let page = column![
            widget::title(ctx, ctx.t(msg!("gui-review-title"))),
            widget::hint(ctx, ctx.t(msg!("gui-review-explain"))),
            widget::panel(ctx, answers),
            widget::panel(ctx, date_panel),
            widget::panel(ctx, options),
            actions,
        ]
        .spacing(18);
        widget::screen(nav, page.into())
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
