//! The `sheet`, `print` and `printers` commands: the explanation sheet as a PDF file, printed
//! through the spooler (exit 3 when printing fails, with the PDF kept), and the print queues.

use std::path::Path;
use std::process::ExitCode;

use clap::Args;

use super::Context;
use super::args::{CliError, GuideArgs, TimelineArgs};
use super::write;
use crate::guide::Walk;
use crate::i18n;
use crate::print::{self, PrintError};
use crate::sheet::{Sheet, SheetRenderer, SheetRequest};

/// Exit status when printing failed.
const PRINT_FAILED: u8 = 3;

/// What goes on the sheet: the timeline and guide options, the languages, the print size, the name.
#[derive(Debug, Clone, Default, Args)]
pub struct SheetArgs {
    #[command(flatten)]
    timeline: TimelineArgs,
    #[command(flatten)]
    guide: GuideArgs,
    /// The second language beside Japanese (en, vi, ne, …); omit for Japanese alone.
    #[arg(long, value_name = "CODE")]
    sheet_lang: Option<String>,
    /// Large print: body text 18 pt instead of 14 pt (flows onto a second page).
    #[arg(long)]
    large_print: bool,
    /// The person's name, printed as "NAME 様".
    #[arg(long, value_name = "TEXT")]
    name: Option<String>,
}

impl SheetArgs {
    /// The sheet request, or the message for what is wrong with the options.
    fn request(&self, context: &Context) -> Result<SheetRequest, CliError> {
        let loc = &context.loc;
        let sheet_lang = match self.sheet_lang.as_deref() {
            None => None,
            Some(requested) => Some(i18n::match_language(requested).ok_or_else(|| {
                let accepted = i18n::available().join(", ");
                CliError(loc.text_str(
                    msg!("lang-error"),
                    &[("value", requested), ("accepted", &accepted)],
                ))
            })?),
        };
        let timeline = if self.timeline.has_card() {
            Some(self.timeline.timeline(&context.rules, context.today, loc)?)
        } else if let Some(arg) = self.timeline.first_given() {
            // Without a card date there is no timeline: the option would be ignored.
            return Err(CliError(
                loc.text_str(msg!("sheet-error-card-needed"), &[("arg", arg)]),
            ));
        } else {
            None
        };
        let outcome = if self.guide.answers.is_empty() && self.guide.situation.is_none() {
            None
        } else {
            match self.guide.walk(loc)? {
                Walk::Outcome(view) => Some(view.outcome),
                Walk::Question(question) => {
                    let text = loc.text(&question.text);
                    return Err(CliError(
                        loc.text_str(msg!("sheet-error-guide-incomplete"), &[("question", &text)]),
                    ));
                }
            }
        };
        Ok(SheetRequest {
            today: context.today,
            lang: loc.lang().to_owned(),
            sheet_lang,
            large_print: self.large_print,
            name: self.name.clone(),
            timeline,
            outcome,
        })
    }

    /// The sheet model and its PDF.
    fn render(&self, context: &Context) -> Result<(Sheet, Vec<u8>), ExitCode> {
        let request = self.request(context).map_err(|error| error.report())?;
        SheetRenderer::new()
            .and_then(|mut renderer| renderer.render_request(&request, &context.rules))
            .map_err(|error| {
                let reason = error.to_string();
                write::stderr_message(&context.loc.text_str(error.message_id(), &[("reason", &reason)]));
                ExitCode::FAILURE
            })
    }
}

/// `sheet … --out FILE.pdf`, or `--out -` for the PDF on stdout (exit 2 when stdout cannot
/// take it). Once the file is saved, a stdout that cannot take the note saying so is no failure.
pub fn sheet(context: &Context, args: &SheetArgs, out: &Path) -> ExitCode {
    let (_, pdf) = match args.render(context) {
        Ok(rendered) => rendered,
        Err(code) => return code,
    };
    if out == Path::new("-") {
        return write::output_status(write::stdout_bytes(&pdf), &context.loc);
    }
    if context.kiosk {
        // A kiosk writes nothing personal to disk; `--out -` hands the PDF on instead.
        return CliError(context.loc.text(msg!("gui-review-no-save-kiosk"))).report();
    }
    let path = out.display().to_string();
    match std::fs::write(out, pdf) {
        Ok(()) => {
            let _ = write::stdout_line(&context.loc.text_str(msg!("sheet-saved"), &[("path", &path)]));
            ExitCode::SUCCESS
        }
        Err(error) => {
            let reason = error.to_string();
            CliError(
                context
                    .loc
                    .text_str(msg!("sheet-save-error"), &[("path", &path), ("reason", &reason)]),
            )
            .report()
        }
    }
}

/// `print …`: exit 0 with the job id, or 3 with why and where the PDF was kept. Once the spooler
/// has the job, a stdout that cannot take the job id is no failure (printing again would print
/// twice).
pub fn print(context: &Context, args: &SheetArgs, printer: Option<&str>, copies: u32) -> ExitCode {
    let (sheet, pdf) = match args.render(context) {
        Ok(rendered) => rendered,
        Err(code) => return code,
    };
    // The PDF goes to the spooler on stdin; a copy is kept after a failure, never in a kiosk.
    match print::print_bytes(&pdf, printer, copies, &sheet.doc_title, context.kiosk) {
        Ok(printed) => {
            let accepted = context
                .loc
                .text_str(msg!("print-job-accepted"), &[("job", &printed.job.0)]);
            let _ = write::stdout_line(&accepted);
            ExitCode::SUCCESS
        }
        Err(failure) => {
            write::stderr_message(&print_error_text(context, &failure.error));
            if let Some(kept) = failure.kept {
                let path = kept.display().to_string();
                write::stderr_line(&context.loc.text_str(msg!("print-pdf-kept"), &[("path", &path)]));
            }
            ExitCode::from(PRINT_FAILED)
        }
    }
}

/// `printers`: the queues, the default marked (exit 2 when stdout cannot take them); or why
/// there are none (exit 3).
pub fn printers(context: &Context) -> ExitCode {
    let loc = &context.loc;
    match print::printers() {
        Ok(list) => {
            let mut lines: Vec<String> = list
                .printers
                .iter()
                .map(|name| {
                    if list.default.as_deref() == Some(name.as_str()) {
                        format!("{name} {}", loc.text(msg!("printers-default")))
                    } else {
                        name.clone()
                    }
                })
                .collect();
            if list.default.is_none() {
                lines.push(loc.text(msg!("printers-no-default")));
            }
            if list.keeps_job_files == Some(true) {
                lines.push(loc.text(msg!("printers-keeps-job-files")));
            }
            write::output_status(write::stdout_line(&lines.join("\n")), loc)
        }
        Err(error) => {
            write::stderr_message(&print_error_text(context, &error));
            ExitCode::from(PRINT_FAILED)
        }
    }
}

fn print_error_text(context: &Context, error: &PrintError) -> String {
    let args = error.args();
    let args: Vec<(&str, &str)> = args.iter().map(|(name, value)| (*name, value.as_str())).collect();
    context.loc.text_str(error.message_id(), &args)
}
