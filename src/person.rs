//! The person's form: the raw field strings as typed (born, card expiry or issue, application,
//! certificate expiry or issue, renewal, period of stay), read into the core's
//! [`TimelineInput`] or into per-field messages in the user's language. The CLI, the window and
//! the sheet all go through it, so the same person gets the same answer everywhere. No GUI.

use chrono::NaiveDate;

use crate::date::{self, DateError};
use crate::i18n::Localizer;
use crate::rules::{
    CardInput, CertInput, DateField, Rules, Timeline, TimelineError, TimelineInput, compute_timeline,
};

/// Whether the certificate renewed one that had under 3 months left (the 6th-birthday rule).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Renewal {
    /// Not known: the program says which dates are possible.
    #[default]
    Unknown,
    /// Yes: renewed within the last 3 months of the previous certificate.
    Yes,
    /// No.
    No,
}

impl Renewal {
    fn known(self) -> Option<bool> {
        match self {
            Renewal::Unknown => None,
            Renewal::Yes => Some(true),
            Renewal::No => Some(false),
        }
    }
}

/// The fields of one person, as typed. Empty means not given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PersonForm {
    /// Date of birth.
    pub born: String,
    /// The card's expiry as printed (wins over the issue date).
    pub card_expiry: String,
    /// The card's J-LIS issue date.
    pub card_issued: String,
    /// The day the application was received.
    pub applied: String,
    /// The certificate's expiry (wins over its issue date).
    pub cert_expiry: String,
    /// The certificate's issue date.
    pub cert_issued: String,
    /// Whether the certificate was an early renewal.
    pub cert_renewal: Renewal,
    /// The 在留期間満了日 (foreign residents with a period of stay).
    pub residence_until: String,
}

/// A message about one field, in the user's language, naming the field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The field it is about.
    pub field: DateField,
    /// The message: the field, what is wrong, an example.
    pub message: String,
    /// The text is not a date (rather than a date the rules refuse): show the accepted forms.
    pub unreadable: bool,
}

/// How a front end names its fields in messages (the CLI names its options, the window its
/// labels).
pub type FieldNames<'a> = &'a dyn Fn(DateField) -> String;

/// The message for a date that could not be read, naming the field.
pub fn date_error_text(error: &DateError, field: &str, loc: &Localizer) -> String {
    let mut args: Vec<(&str, &str)> = vec![("field", field)];
    let error_args = error.args();
    args.extend(error_args.iter().map(|(name, value)| (*name, value.as_str())));
    loc.text_str(error.message_id(), &args)
}

/// The message for a timeline that cannot be computed, naming its field.
pub fn timeline_error_text(error: TimelineError, names: FieldNames<'_>, loc: &Localizer) -> FieldError {
    let field = error.field();
    let name = names(field);
    let message = match error {
        TimelineError::OutOfRange { from, to, .. } => {
            let from = date::format_for_lang(from, loc.lang());
            let to = date::format_for_lang(to, loc.lang());
            let example = loc.text(field.example_id());
            loc.text_str(
                error.message_id(),
                &[
                    ("field", &name),
                    ("from", &from),
                    ("to", &to),
                    ("example", &example),
                ],
            )
        }
        _ => loc.text_str(error.message_id(), &[("field", &name)]),
    };
    FieldError {
        field,
        message,
        unreadable: false,
    }
}

impl PersonForm {
    /// Whether a card date was typed (a sheet may be made without a timeline).
    pub fn has_card(&self) -> bool {
        !self.card_expiry.trim().is_empty() || !self.card_issued.trim().is_empty()
    }

    /// Whether a card date was typed and every typed date reads (the rules may still refuse
    /// the combination).
    pub fn readable(&self) -> bool {
        let fields = [
            &self.born,
            &self.card_expiry,
            &self.card_issued,
            &self.applied,
            &self.cert_expiry,
            &self.cert_issued,
            &self.residence_until,
        ];
        self.has_card()
            && fields
                .iter()
                .all(|text| text.trim().is_empty() || date::parse_date(text).is_ok())
    }

    /// The core's input, or a message for every field that cannot be read.
    pub fn input(
        &self,
        today: NaiveDate,
        names: FieldNames<'_>,
        loc: &Localizer,
    ) -> Result<TimelineInput, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut read = |text: &str, field: DateField| -> Option<NaiveDate> {
            if text.trim().is_empty() {
                return None;
            }
            match date::parse_date(text) {
                Ok(date) => Some(date),
                Err(error) => {
                    errors.push(FieldError {
                        field,
                        message: date_error_text(&error, &names(field), loc),
                        unreadable: true,
                    });
                    None
                }
            }
        };
        let born = read(&self.born, DateField::Born);
        let card_expiry = read(&self.card_expiry, DateField::CardExpiry);
        let card_issued = read(&self.card_issued, DateField::CardIssued);
        let applied = read(&self.applied, DateField::Applied);
        let cert_expiry = read(&self.cert_expiry, DateField::CertExpiry);
        let cert_issued = read(&self.cert_issued, DateField::CertIssued);
        let residence_until = read(&self.residence_until, DateField::ResidenceUntil);
        let card = match (card_expiry, card_issued) {
            (Some(expiry), _) => Some(CardInput::Expiry(expiry)),
            (None, Some(issued)) => Some(CardInput::Issued { issued, applied }),
            (None, None) => {
                if !self.has_card() {
                    errors.push(FieldError {
                        field: DateField::CardExpiry,
                        message: loc.text_str(
                            msg!("timeline-error-card-needed"),
                            &[("field", &names(DateField::CardExpiry))],
                        ),
                        unreadable: false,
                    });
                }
                None
            }
        };
        let cert = match (cert_expiry, cert_issued) {
            (Some(expiry), _) => CertInput::Expiry(expiry),
            (None, Some(issued)) => CertInput::Issued {
                issued,
                renewal: self.cert_renewal.known(),
            },
            (None, None) => CertInput::Unknown,
        };
        match card {
            Some(card) if errors.is_empty() => Ok(TimelineInput {
                today,
                born,
                card,
                cert,
                residence_until,
            }),
            _ => Err(errors),
        }
    }

    /// The timeline of this person on `today`, or the messages for the fields at fault.
    pub fn timeline(
        &self,
        rules: &Rules,
        today: NaiveDate,
        names: FieldNames<'_>,
        loc: &Localizer,
    ) -> Result<Timeline, Vec<FieldError>> {
        let input = self.input(today, names, loc)?;
        compute_timeline(rules, &input).map_err(|error| vec![timeline_error_text(error, names, loc)])
    }
}
