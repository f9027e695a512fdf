//! Dates: birth date, the card (expiry as printed, or issue date, with the application date when
//! the card has two possible expiries), the certificate (unknown, expiry or issue date, with the
//! renewal question when it may be an early renewal), and the 在留期間満了日 of a foreign
//! resident. Each field reads back what it understood, or the error, in place; the result shows
//! the status banner, the timeline chart, the key dates and today's facts. Reading the fields
//! and every rule are the core's (`person::PersonForm`, the same form the CLI fills).

use chrono::NaiveDate;

use crate::clean;
use crate::date::{self, DateError};
use crate::i18n::MessageId;
use crate::person::{FieldError, PersonForm, Renewal};
use crate::rules::{DateField, Timeline, Warning};

use super::Ctx;
use super::widget;

mod entry;
mod readback;
mod result;

#[cfg(test)]
pub use readback::reading_of;
pub(super) use readback::{date_error, reading_for};

pub(super) use result::{status_banner, status_speech};

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
    /// The day the card application was received (asked when the card is ambiguous).
    Applied,
    /// The certificate's date.
    Cert,
    /// The 在留期間満了日.
    Residence,
}

impl Field {
    /// The id of its text field (tests and the keyboard focus find it by this).
    pub(super) fn id(self) -> &'static str {
        match self {
            Field::Born => "dates-born",
            Field::Card => "dates-card",
            Field::Applied => "dates-applied",
            Field::Cert => "dates-cert",
            Field::Residence => "dates-residence",
        }
    }

    /// The core's field this text field fills, given the kinds chosen.
    pub(super) fn date_field(self, state: &State) -> DateField {
        match self {
            Field::Born => DateField::Born,
            Field::Card if state.card_kind == CardKind::Issued => DateField::CardIssued,
            Field::Card => DateField::CardExpiry,
            Field::Applied => DateField::Applied,
            Field::Cert if state.cert_kind == CertKind::Issued => DateField::CertIssued,
            Field::Cert => DateField::CertExpiry,
            Field::Residence => DateField::ResidenceUntil,
        }
    }
}

/// What was typed and chosen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    born: String,
    card_kind: CardKind,
    card: String,
    applied: String,
    cert_kind: CertKind,
    cert: String,
    renewal: Renewal,
    foreign: bool,
    residence: String,
    showing_result: bool,
    /// "Show the result" was pressed with something missing: the fields now say what.
    attempted: bool,
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
    /// The application date field changed.
    AppliedEdited(String),
    /// The kind of certificate date was chosen.
    CertKindChosen(CertKind),
    /// The certificate date field changed.
    CertEdited(String),
    /// 「期限が切れる前に更新しましたか？」 was answered (yes, no, don't know).
    RenewalAnswered(Renewal),
    /// "Foreign resident with a period of stay" was switched.
    ForeignToggled(bool),
    /// The 在留期間満了日 field changed.
    ResidenceEdited(String),
    /// Enter was pressed in a field.
    FieldSubmitted(Field),
    /// "Show the result" was pressed.
    ResultRequested,
    /// Back was pressed.
    BackPressed,
    /// "Review and print" was pressed on the result.
    ReviewChosen,
    /// 読み上げ or 止める was pressed (the root handles it).
    Speak(super::speech::Request),
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
    /// Move the keyboard focus to this field (the first one missing or wrong).
    Focus(&'static str),
}

/// The id of the text field holding a date.
pub(super) fn field_id(field: DateField) -> Option<&'static str> {
    match field {
        DateField::Born => Some("dates-born"),
        DateField::CardExpiry | DateField::CardIssued => Some("dates-card"),
        DateField::Applied => Some("dates-applied"),
        DateField::CertExpiry | DateField::CertIssued => Some("dates-cert"),
        DateField::ResidenceUntil => Some("dates-residence"),
        DateField::Today | DateField::CertRenewal => None,
    }
}

/// Reads one field: `None` while empty.
pub(super) fn read(text: &str) -> Option<Result<NaiveDate, DateError>> {
    (!text.trim().is_empty()).then(|| date::parse_date(text))
}

/// The window's label of each field, used to name it in messages.
pub(super) fn field_label(field: DateField) -> MessageId {
    match field {
        DateField::Today => msg!("timeline-today"),
        DateField::Born => msg!("gui-dates-born"),
        DateField::CardExpiry => msg!("gui-dates-card-expiry"),
        DateField::CardIssued => msg!("gui-dates-card-issued"),
        DateField::Applied => msg!("gui-dates-applied"),
        DateField::CertExpiry => msg!("gui-dates-cert-expiry"),
        DateField::CertIssued => msg!("gui-dates-cert-issued"),
        DateField::CertRenewal => msg!("gui-dates-renewal-question"),
        DateField::ResidenceUntil => msg!("gui-dates-residence"),
    }
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

    /// The person's form, as the core reads it (the same type the CLI fills).
    pub fn form(&self) -> PersonForm {
        let (card_expiry, card_issued) = match self.card_kind {
            CardKind::Expiry => (self.card.clone(), String::new()),
            CardKind::Issued => (String::new(), self.card.clone()),
        };
        let (cert_expiry, cert_issued) = match self.cert_kind {
            CertKind::Unknown => (String::new(), String::new()),
            CertKind::Expiry => (self.cert.clone(), String::new()),
            CertKind::Issued => (String::new(), self.cert.clone()),
        };
        PersonForm {
            born: self.born.clone(),
            card_expiry,
            card_issued,
            // Asked only for an issue date; a value left from before does not count otherwise.
            applied: if self.card_kind == CardKind::Issued {
                self.applied.clone()
            } else {
                String::new()
            },
            cert_expiry,
            cert_issued,
            cert_renewal: self.renewal,
            residence_until: if self.foreign {
                self.residence.clone()
            } else {
                String::new()
            },
        }
    }

    /// The timeline for the entered dates, or the messages naming the fields at fault.
    pub fn timeline(&self, ctx: &Ctx) -> Result<Timeline, Vec<FieldError>> {
        let Some(rules) = ctx.rules.as_ref() else {
            return Err(vec![FieldError {
                field: DateField::Today,
                message: ctx.t(msg!("gui-rules-missing")),
                unreadable: false,
            }]);
        };
        let names = |field: DateField| ctx.t(field_label(field));
        let form = self.form();
        if !form.has_card() {
            return Err(vec![FieldError {
                field: DateField::CardExpiry,
                message: ctx.t(msg!("gui-dates-need-card")),
                unreadable: false,
            }]);
        }
        form.timeline(rules, ctx.today, &names, &ctx.loc)
    }

    /// Whether the application-date field is asked: the card is computed from an issue date
    /// and the rules give two expiries (or a date was already typed there).
    fn asks_applied(&self, timeline: Option<&Timeline>) -> bool {
        self.card_kind == CardKind::Issued
            && (!self.applied.trim().is_empty()
                || timeline.is_some_and(|t| t.warnings.contains(&Warning::CardApplicationDateNeeded)))
    }

    /// Whether the renewal question is asked: the certificate's issue date may be an early
    /// renewal (or it was already answered).
    fn asks_renewal(&self, timeline: Option<&Timeline>) -> bool {
        self.cert_kind == CertKind::Issued
            && (self.renewal != Renewal::Unknown
                || timeline.is_some_and(|t| t.warnings.contains(&Warning::CertificateRenewalUnknown)))
    }

    /// The messages of the fields at fault, `None` when the dates compute.
    pub(super) fn timeline_errors(&self, ctx: &Ctx) -> Option<Vec<FieldError>> {
        self.timeline(ctx).err()
    }

    /// Handles one message.
    pub fn update(&mut self, message: Message, ctx: &Ctx) -> Action {
        match message {
            Message::BirthEdited(text) => self.born = clean::as_typed(&text),
            Message::CardKindChosen(kind) => self.card_kind = kind,
            Message::CardEdited(text) => self.card = clean::as_typed(&text),
            Message::AppliedEdited(text) => self.applied = clean::as_typed(&text),
            Message::CertKindChosen(kind) => self.cert_kind = kind,
            Message::CertEdited(text) => self.cert = clean::as_typed(&text),
            Message::RenewalAnswered(renewal) => self.renewal = renewal,
            Message::ForeignToggled(on) => self.foreign = on,
            Message::ResidenceEdited(text) => self.residence = clean::as_typed(&text),
            Message::FieldSubmitted(field) => {
                let last = match field {
                    Field::Born | Field::Applied => false,
                    Field::Card => self.cert_kind == CertKind::Unknown && !self.foreign,
                    Field::Cert => !self.foreign,
                    Field::Residence => true,
                };
                if !last {
                    return Action::FocusNext;
                }
                return self.update(Message::ResultRequested, ctx);
            }
            Message::ResultRequested => {
                // The fields stay on screen, each saying what is missing or wrong, and the
                // keyboard goes to the first of them, until the dates compute.
                return match self.timeline_errors(ctx) {
                    None => {
                        self.showing_result = true;
                        self.attempted = false;
                        Action::None
                    }
                    Some(errors) => {
                        self.attempted = true;
                        match errors.iter().find_map(|e| field_id(e.field)) {
                            Some(id) => Action::Focus(id),
                            None => Action::None,
                        }
                    }
                };
            }
            Message::BackPressed => {
                if !self.showing_result {
                    return Action::GoHome;
                }
                self.showing_result = false;
            }
            Message::ReviewChosen => return Action::OpenReview,
            Message::Speak(_) => return Action::None,
        }
        Action::None
    }

    /// What the ring and number keys reach, in the order they are drawn; the view marks the
    /// selected one by looking it up here, so the two cannot drift apart.
    pub fn shortcuts(&self, ctx: &Ctx) -> Vec<Message> {
        if self.showing_result {
            return vec![Message::ReviewChosen, Message::BackPressed];
        }
        let timeline = self.timeline(ctx).ok();
        let mut list = vec![
            Message::ResultRequested,
            Message::CardKindChosen(CardKind::Expiry),
            Message::CardKindChosen(CardKind::Issued),
            Message::CertKindChosen(CertKind::Unknown),
            Message::CertKindChosen(CertKind::Expiry),
            Message::CertKindChosen(CertKind::Issued),
        ];
        if self.asks_renewal(timeline.as_ref()) {
            list.extend([Renewal::Yes, Renewal::No, Renewal::Unknown].map(Message::RenewalAnswered));
        }
        list.push(Message::ForeignToggled(!self.foreign));
        list
    }

    /// Draws the screen.
    pub fn view<'a>(&'a self, ctx: &'a Ctx, ring: &widget::Ring<Message>) -> widget::Frame<'a, Message> {
        let nav = vec![widget::nav_button(
            ctx,
            "dates-back",
            ctx.t(msg!("gui-back")),
            Some(Message::BackPressed),
        )];
        let (page, action) = if self.showing_result {
            (
                result::view(self, ctx, ring),
                (Message::ReviewChosen, "dates-review", msg!("gui-outcome-review")),
            )
        } else {
            (
                self.entry(ctx, ring),
                (Message::ResultRequested, "dates-show", msg!("gui-dates-show")),
            )
        };
        let (message, id, label) = action;
        // The main action stays in the bottom bar, never below the fold; what still blocks it
        // is said right above it.
        let button = widget::big_button(
            ctx,
            id,
            ring.label(&message, ctx.t(label)),
            Some(message.clone()),
            widget::Kind::Primary,
            ring.is(&message),
        );
        let missing = (self.attempted && !self.showing_result)
            .then(|| self.timeline_errors(ctx))
            .flatten();
        let bar = match missing {
            Some(errors) => {
                let mut names: Vec<String> = errors.iter().map(|e| ctx.t(field_label(e.field))).collect();
                names.dedup();
                let line = ctx
                    .loc
                    .text_str(msg!("gui-dates-missing"), &[("fields", &ctx.loc.join(&names))]);
                iced::widget::column![
                    iced::widget::container(widget::error(ctx, line)).id("dates-missing"),
                    button
                ]
                .spacing(8)
                .into()
            }
            None => button,
        };
        widget::Frame::new(nav, page).with_action(bar)
    }
}
