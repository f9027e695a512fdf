//! Dates: birth date, the card (expiry as printed, or issue date) and the certificate (unknown,
//! expiry or issue date). Each field reads back what it understood, or the error, in place; the
//! result shows the status banner, the timeline chart, the key dates and today's facts.
//! Parsing and every rule are the core's (`date::parse_date`, `rules::compute_timeline`).

use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use iced::Element;

use crate::date::{self, DateError};
use crate::rules::{self, CardInput, CertInput, Timeline, TimelineInput};

use super::Ctx;
use super::widget;

mod entry;
mod result;

/// Which date of the card the person has.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum CardKind {
    /// The expiry printed on the card (best).
    #[default]
    Expiry,
    /// The issue date (the expiry is then computed).
    Issued,
}

/// Which date of the certificate the person has.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum CertKind {
    /// Not known: assumed to end with the card.
    #[default]
    Unknown,
    /// Its expiry.
    Expiry,
    /// Its issue date.
    Issued,
}

/// A text field of the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// Date of birth.
    Born,
    /// The card's date.
    Card,
    /// The certificate's date.
    Cert,
}

/// What was typed and chosen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    born: String,
    card_kind: CardKind,
    card: String,
    cert_kind: CertKind,
    cert: String,
    renewed_early: bool,
    showing_result: bool,
}

/// What the person did on the dates screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// The birth date field changed.
    BirthEdited(String),
    /// The kind of card date was chosen.
    CardKindChosen(CardKind),
    /// The card date field changed.
    CardEdited(String),
    /// The kind of certificate date was chosen.
    CertKindChosen(CertKind),
    /// The certificate date field changed.
    CertEdited(String),
    /// "The certificate was renewed in its last three months" was switched.
    RenewedEarlyToggled(bool),
    /// Enter was pressed in a field.
    FieldSubmitted(Field),
    /// "Show the result" was pressed.
    ResultRequested,
    /// Back was pressed.
    BackPressed,
    /// "Review and print" was pressed on the result.
    ReviewChosen,
}

/// What the root should do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Nothing beyond this screen.
    None,
    /// Leave to Home.
    GoHome,
    /// Open review and print.
    OpenReview,
    /// Move the keyboard focus to the next field.
    FocusNext,
}

/// Reads one field: `None` while empty.
pub(super) fn read(text: &str) -> Option<Result<NaiveDate, DateError>> {
    (!text.trim().is_empty()).then(|| date::parse_date(text))
}

impl State {
    /// Nothing typed.
    pub fn is_empty(&self) -> bool {
        *self == State::default()
    }

    /// Whether the result is showing (rather than the fields).
    pub fn showing_result(&self) -> bool {
        self.showing_result
    }

    /// Back to the fields (from Review's "edit").
    pub fn edit(&mut self) {
        self.showing_result = false;
    }

    /// The core's input, when every filled field reads and the card date is there.
    pub fn input(&self, today: NaiveDate) -> Option<TimelineInput> {
        let born = match read(&self.born) {
            None => None,
            Some(Ok(d)) => Some(d),
            Some(Err(_)) => return None,
        };
        let card = read(&self.card)?.ok()?;
        let card = match self.card_kind {
            CardKind::Expiry => CardInput::Expiry(card),
            CardKind::Issued => CardInput::Issued {
                issued: card,
                applied: None,
            },
        };
        let cert = match self.cert_kind {
            CertKind::Unknown => CertInput::Unknown,
            CertKind::Expiry => CertInput::Expiry(read(&self.cert)?.ok()?),
            CertKind::Issued => CertInput::Issued {
                issued: read(&self.cert)?.ok()?,
                renewed_early: self.renewed_early,
            },
        };
        Some(TimelineInput {
            today,
            born,
            card,
            cert,
        })
    }

    /// The timeline for the entered dates, or the message id saying why there is none.
    pub fn timeline(&self, ctx: &Ctx) -> Result<Timeline, String> {
        let input = self
            .input(ctx.today)
            .ok_or_else(|| "gui-dates-incomplete".to_owned())?;
        let rules = ctx.rules.as_ref().ok_or_else(|| "gui-rules-missing".to_owned())?;
        // The core's messages name command-line flags; the window has its own wording.
        rules::compute_timeline(rules, &input).map_err(|error| format!("gui-{}", error.message_id()))
    }

    /// Handles one message.
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::BirthEdited(text) => self.born = text,
            Message::CardKindChosen(kind) => self.card_kind = kind,
            Message::CardEdited(text) => self.card = text,
            Message::CertKindChosen(kind) => self.cert_kind = kind,
            Message::CertEdited(text) => self.cert = text,
            Message::RenewedEarlyToggled(on) => self.renewed_early = on,
            Message::FieldSubmitted(field) => {
                let last =
                    field == Field::Cert || (field == Field::Card && self.cert_kind == CertKind::Unknown);
                if !last {
                    return Action::FocusNext;
                }
                return self.update(Message::ResultRequested);
            }
            Message::ResultRequested => {
                // The fields stay on screen, with their errors, until the input is complete.
                self.showing_result = self.input(NaiveDate::MIN).is_some();
            }
            Message::BackPressed => {
                if !self.showing_result {
                    return Action::GoHome;
                }
                self.showing_result = false;
            }
            Message::ReviewChosen => return Action::OpenReview,
        }
        Action::None
    }

    /// What the ring and number keys reach.
    pub fn shortcuts(&self) -> Vec<Message> {
        if self.showing_result {
            vec![Message::ReviewChosen, Message::BackPressed]
        } else {
            // The kinds are reachable from the keyboard too (arrows move the ring, Enter picks).
            let mut list = vec![
                Message::ResultRequested,
                Message::CardKindChosen(CardKind::Expiry),
                Message::CardKindChosen(CardKind::Issued),
                Message::CertKindChosen(CertKind::Unknown),
                Message::CertKindChosen(CertKind::Expiry),
                Message::CertKindChosen(CertKind::Issued),
            ];
            if self.cert_kind == CertKind::Issued {
                list.push(Message::RenewedEarlyToggled(!self.renewed_early));
            }
            list
        }
    }

    /// What the person typed, read back, for the review screen: (label id, text, reading).
    pub fn summary(&self, ctx: &Ctx) -> Vec<(String, String)> {
        let card_label = match self.card_kind {
            CardKind::Expiry => "gui-dates-card-expiry",
            CardKind::Issued => "gui-dates-card-issued",
        };
        let cert_label = match self.cert_kind {
            CertKind::Unknown => "gui-dates-cert-unknown",
            CertKind::Expiry => "gui-dates-cert-expiry",
            CertKind::Issued => "gui-dates-cert-issued",
        };
        let mut lines = vec![
            (ctx.t("gui-dates-born"), reading_text(ctx, &self.born)),
            (ctx.t(card_label), reading_text(ctx, &self.card)),
        ];
        if self.cert_kind != CertKind::Unknown {
            lines.push((ctx.t(cert_label), reading_text(ctx, &self.cert)));
        } else {
            lines.push((ctx.t("gui-dates-cert"), ctx.t(cert_label)));
        }
        lines
    }

    /// Draws the screen.
    pub fn view<'a>(&'a self, ctx: &'a Ctx, selected: Option<usize>) -> Element<'a, Message> {
        let nav = widget::nav_row(vec![widget::nav_button(
            ctx,
            "dates-back",
            ctx.t("gui-back"),
            Some(Message::BackPressed),
        )]);
        let page = if self.showing_result {
            result::view(self, ctx, selected)
        } else {
            self.entry(ctx, selected)
        };
        widget::screen(nav, page)
    }
}

/// "昭和25年10月10日 = 1950-10-10".
pub fn reading_of(d: NaiveDate) -> String {
    format!("{} = {}", date::format_wareki(d), date::format_iso(d))
}

fn reading_text(ctx: &Ctx, text: &str) -> String {
    match read(text) {
        None => ctx.t("gui-review-not-entered"),
        Some(Ok(d)) => reading_of(d),
        Some(Err(error)) => format!("{text} ({})", date_error(ctx, &error, "")),
    }
}

/// The core's explanation of a date error, naming the field as the window labels it.
pub(super) fn date_error(ctx: &Ctx, error: &DateError, field: &str) -> String {
    let mut args: Vec<(&str, FluentValue<'_>)> = error
        .args()
        .into_iter()
        .map(|(name, value)| (name, FluentValue::from(value)))
        .collect();
    args.push(("field", FluentValue::from(field)));
    ctx.loc.text_with(error.message_id(), &args)
}
