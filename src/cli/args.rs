//! The options shared by the commands that compute (timeline, guide, sheet, print), and their
//! conversion into core inputs with messages in the user's language.

use std::path::Path;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::Args;

use crate::date::{self, DateError};
use crate::guide::{Guide, GuideError, Walk};
use crate::i18n::Localizer;
use crate::rules::{CardInput, CertInput, Rules, TimelineError, TimelineInput};

/// A message for the user, already in their language; exit status 2.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CliError(pub String);

impl CliError {
    /// Prints the message on stderr and gives exit status 2.
    pub fn report(&self) -> ExitCode {
        use std::io::Write;
        // A closed stderr must not turn a clear refusal into a panic.
        let _ = writeln!(std::io::stderr(), "mynaho-guide: {}", self.0);
        ExitCode::from(2)
    }
}

/// The timeline options: what the person knows of the card and its certificate.
#[derive(Debug, Clone, Default, Args)]
pub struct TimelineArgs {
    /// Date of birth (和暦 or 西暦, e.g. S25.10.10).
    #[arg(long, value_name = "DATE")]
    pub born: Option<String>,
    /// The card's expiration date as printed on it.
    #[arg(long, value_name = "DATE", conflicts_with = "card_issued")]
    pub card_expiry: Option<String>,
    /// The card's issue date (when the expiry is not known).
    #[arg(long, value_name = "DATE")]
    pub card_issued: Option<String>,
    /// The day the card application was received (decides the 18/20 age threshold).
    #[arg(long, value_name = "DATE", requires = "card_issued")]
    pub applied: Option<String>,
    /// The electronic certificate's expiration date.
    #[arg(long, value_name = "DATE", conflicts_with = "cert_issued")]
    pub cert_expiry: Option<String>,
    /// The electronic certificate's issue date.
    #[arg(long, value_name = "DATE")]
    pub cert_issued: Option<String>,
    /// The certificate was renewed with under 3 months left on the old one (6th birthday).
    #[arg(long, requires = "cert_issued")]
    pub cert_renewed_early: bool,
}

/// The guide options: the answers given so far and where to start.
#[derive(Debug, Clone, Default, Args)]
pub struct GuideArgs {
    /// An answer, KEY=VALUE (e.g. has-card=yes); repeat for each question.
    #[arg(long = "answer", value_name = "KEY=VALUE")]
    pub answers: Vec<String>,
    /// Start from a counter situation (lost-card, pin-locked, …) instead of the quick guide.
    #[arg(long, value_name = "ID")]
    pub situation: Option<String>,
}

/// A date from a field, or the message naming the field, the problem and the accepted forms.
pub fn parse_field(input: &str, field_message: &str, loc: &Localizer) -> Result<NaiveDate, CliError> {
    date::parse_date(input).map_err(|error| CliError(date_error_message(&error, field_message, loc)))
}

/// The full message for a date error in `field_message`'s field.
pub fn date_error_message(error: &DateError, field_message: &str, loc: &Localizer) -> String {
    let field = loc.text(field_message);
    let mut args: Vec<(&str, &str)> = vec![("field", field.as_str())];
    let error_args = error.args();
    args.extend(error_args.iter().map(|(name, value)| (*name, value.as_str())));
    format!(
        "{}\n{}",
        loc.text_str(error.message_id(), &args),
        loc.text("date-accepted-forms")
    )
}

fn optional(input: &Option<String>, field: &str, loc: &Localizer) -> Result<Option<NaiveDate>, CliError> {
    input
        .as_deref()
        .map(|text| parse_field(text, field, loc))
        .transpose()
}

/// The date taken as today: `--today` or the system date.
pub fn today(input: Option<&str>, loc: &Localizer) -> Result<NaiveDate, CliError> {
    match input {
        Some(text) => parse_field(text, "field-today", loc),
        None => Ok(chrono::Local::now().date_naive()),
    }
}

/// The embedded rules, or a replacement file validated.
pub fn load_rules(path: Option<&Path>, loc: &Localizer) -> Result<Rules, CliError> {
    let fail = |detail: String| {
        let file = path
            .map(|p| p.display().to_string())
            .unwrap_or_else(|| "(embedded)".into());
        CliError(loc.text_str("rules-error", &[("file", &file), ("detail", &detail)]))
    };
    match path {
        None => Rules::embedded().map_err(|e| fail(e.to_string())),
        Some(path) => {
            let text = std::fs::read_to_string(path).map_err(|e| fail(e.to_string()))?;
            Rules::from_toml(&text).map_err(|e| fail(e.to_string()))
        }
    }
}

impl TimelineArgs {
    /// Whether any card date was given (a sheet may be made without a timeline).
    pub fn has_card(&self) -> bool {
        self.card_expiry.is_some() || self.card_issued.is_some()
    }

    /// The core input, or the message naming the field at fault.
    pub fn to_input(&self, today: NaiveDate, loc: &Localizer) -> Result<TimelineInput, CliError> {
        let born = optional(&self.born, "field-born", loc)?;
        let card = match (
            optional(&self.card_expiry, "field-card-expiry", loc)?,
            &self.card_issued,
        ) {
            (Some(expiry), _) => CardInput::Expiry(expiry),
            (None, Some(issued)) => CardInput::Issued {
                issued: parse_field(issued, "field-card-issued", loc)?,
                applied: optional(&self.applied, "field-applied", loc)?,
            },
            (None, None) => return Err(CliError(loc.text("timeline-error-card-needed"))),
        };
        let cert = match (
            optional(&self.cert_expiry, "field-cert-expiry", loc)?,
            &self.cert_issued,
        ) {
            (Some(expiry), _) => CertInput::Expiry(expiry),
            (None, Some(issued)) => CertInput::Issued {
                issued: parse_field(issued, "field-cert-issued", loc)?,
                renewed_early: self.cert_renewed_early,
            },
            (None, None) => CertInput::Unknown,
        };
        Ok(TimelineInput {
            today,
            born,
            card,
            cert,
        })
    }
}

/// The message for a timeline that cannot be computed.
pub fn timeline_error(error: TimelineError, loc: &Localizer) -> CliError {
    let field = match error {
        TimelineError::BeforeBirth(field) => loc.text(field.message_id()),
        _ => String::new(),
    };
    CliError(loc.text_str(error.message_id(), &[("field", &field)]))
}

impl GuideArgs {
    /// The answers as (KEY, VALUE) pairs.
    pub fn answer_pairs(&self, loc: &Localizer) -> Result<Vec<(String, String)>, CliError> {
        self.answers
            .iter()
            .map(|answer| match answer.split_once('=') {
                Some((key, value)) if !key.trim().is_empty() && !value.trim().is_empty() => {
                    Ok((key.trim().to_string(), value.trim().to_string()))
                }
                _ => Err(CliError(
                    loc.text_str("answer-format-error", &[("value", answer)]),
                )),
            })
            .collect()
    }

    /// Walks the embedded guide with these answers.
    pub fn walk(&self, loc: &Localizer) -> Result<Walk, CliError> {
        let guide = Guide::embedded().map_err(|e| guide_error(&e, None, loc))?;
        let answers = self.answer_pairs(loc)?;
        guide
            .walk(self.situation.as_deref(), &answers)
            .map_err(|e| guide_error(&e, Some(&guide), loc))
    }
}

/// The message for a guide error, listing what is accepted.
pub fn guide_error(error: &GuideError, guide: Option<&Guide>, loc: &Localizer) -> CliError {
    let (value, question, accepted) = match (error, guide) {
        (GuideError::UnknownSituation(id), Some(guide)) => (
            id.clone(),
            String::new(),
            guide.situations().iter().map(|s| s.id.clone()).collect(),
        ),
        (GuideError::UnknownQuestion(id), Some(guide)) => (
            id.clone(),
            String::new(),
            guide.questions().map(|q| q.id.clone()).collect(),
        ),
        (
            GuideError::UnknownAnswer {
                question,
                value,
                accepted,
            },
            _,
        ) => (value.clone(), question.clone(), accepted.clone()),
        _ => (String::new(), String::new(), Vec::<String>::new()),
    };
    let detail = error.to_string();
    let accepted = accepted.join(", ");
    CliError(loc.text_str(
        error.message_id(),
        &[
            ("value", &value),
            ("question", &question),
            ("accepted", &accepted),
            ("detail", &detail),
        ],
    ))
}
