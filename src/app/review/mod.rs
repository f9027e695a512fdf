//! Review and print: everything entered and the outcome (each part editable by going back), the
//! sheet's languages, large print and copies, then print or save. The root owns the person's
//! inputs and hands this screen what it shows ([`Inputs`]); it never reads another screen's
//! state. The sheet itself is rendered elsewhere: this screen hands a [`PrintRequest`] to the
//! root as a [`ReviewAction`]. Dates that do not compute block printing, with the reason.

use crate::guide::Outcome;
use crate::person::FieldError;
use crate::rules::Timeline;
use crate::sheet::SheetRequest;

use super::Ctx;
use super::output::{Output, OutputError, PrintRequest};

mod view;

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

impl State {
    /// The choices a new person starts with: the site's default sheet language and copies.
    pub fn for_site(site: Option<&crate::site::Site>) -> State {
        State {
            second_lang: site.and_then(|s| s.sheet_languages.first().cloned()),
            copies: site
                .and_then(|s| s.copies)
                .and_then(|c| u8::try_from(c).ok())
                .map_or(1, |c| c.clamp(1, MAX_COPIES)),
            ..State::default()
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
    /// Clear everything for the next person.
    NextPerson,
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
    /// "Next person (clear)" was pressed after a print or save.
    NextPersonPressed,
}

impl State {
    /// Handles one message; the request is built from the inputs the root hands over.
    pub fn update(&mut self, message: Message, ctx: &Ctx, inputs: &Inputs) -> Option<ReviewAction> {
        // An edit makes an earlier print's error (or success) out of date.
        let edits = matches!(
            message,
            Message::SheetLanguageChosen(_)
                | Message::LargePrintToggled(_)
                | Message::NameEdited(_)
                | Message::CopiesIncreased
                | Message::CopiesDecreased
        );
        if edits && !self.busy() {
            self.notice = None;
        }
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
            Message::NextPersonPressed => return Some(ReviewAction::NextPerson),
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
            printer: ctx.site.as_ref().and_then(|s| s.printer.clone()),
            kiosk: ctx.kiosk,
            rules: ctx.rules.clone(),
            ask_where: ctx.file_dialog,
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
}
