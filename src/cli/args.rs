//! The options shared by the commands that compute (timeline, guide, sheet, print), and their
//! conversion into core inputs with messages in the user's language.

use std::path::Path;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::Args;

use crate::date;
use crate::guide::{Guide, GuideError, Walk};
use crate::i18n::Localizer;
use crate::person::{self, PersonForm, Renewal};
use crate::rules::{DateField, Rules, Timeline};

/// A message for the user, already in their language; exit status 2.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CliError(pub String);

impl CliError {
    /// Prints the message on stderr and gives exit status 2.
    pub fn report(&self) -> ExitCode {
        // A closed stderr must not turn a clear refusal into a panic.
        super::write::stderr_message(&self.0);
        ExitCode::from(super::write::FAILED)
    }
}

/// Whether the certificate renewed one that had under 3 months left.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum RenewalArg {
    /// Renewed within the last 3 months of the previous certificate (6th birthday).
    Yes,
    /// Not an early renewal (5th birthday).
    No,
}

/// The timeline options: what the person knows of the card and its certificate.
#[derive(Debug, Clone, Default, Args)]
pub struct TimelineArgs {
    /// Date of birth (和暦 or 西暦, e.g. S25.10.10).
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub born: Option<String>,
    /// The card's expiration date as printed on it.
    #[arg(
        long,
        value_name = "DATE",
        conflicts_with = "card_issued",
        allow_hyphen_values = true
    )]
    pub card_expiry: Option<String>,
    /// The card's issue date (when the expiry is not known).
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub card_issued: Option<String>,
    /// The day the card application was received (decides the 18/20 age threshold).
    #[arg(
        long,
        value_name = "DATE",
        requires = "card_issued",
        allow_hyphen_values = true
    )]
    pub applied: Option<String>,
    /// The electronic certificate's expiration date.
    #[arg(
        long,
        value_name = "DATE",
        conflicts_with = "cert_issued",
        allow_hyphen_values = true
    )]
    pub cert_expiry: Option<String>,
    /// The electronic certificate's issue date.
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub cert_issued: Option<String>,
    /// Was the certificate renewed with under 3 months left on the old one (6th birthday)?
    /// Without it, a possible early renewal gives two dates.
    #[arg(long, value_enum, value_name = "yes|no", requires = "cert_issued")]
    pub cert_renewal: Option<RenewalArg>,
    /// The same as `--cert-renewal yes` (older name).
    #[arg(long, hide = true, requires = "cert_issued", conflicts_with = "cert_renewal")]
    pub cert_renewed_early: bool,
    /// The 在留期間満了日 on the 在留カード (foreign residents with a period of stay; not for
    /// 永住者, 高度専門職2号, 特別永住者): the card ends then if that comes first.
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub residence_until: Option<String>,
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
pub fn parse_field(
    input: &str,
    field_message: crate::i18n::MessageId,
    loc: &Localizer,
) -> Result<NaiveDate, CliError> {
    date::parse_date(input).map_err(|error| {
        CliError(format!(
            "{}\n{}",
            person::date_error_text(&error, &loc.text(field_message), loc),
            loc.text(msg!("date-accepted-forms"))
        ))
    })
}

/// The date taken as today: `--today` or the system date.
pub fn today(input: Option<&str>, loc: &Localizer) -> Result<NaiveDate, CliError> {
    match input {
        Some(text) => parse_field(text, msg!("field-today"), loc),
        None => Ok(chrono::Local::now().date_naive()),
    }
}

/// The embedded rules, or a replacement file validated.
pub fn load_rules(path: Option<&Path>, loc: &Localizer) -> Result<Rules, CliError> {
    let fail = |detail: String| {
        let file = path
            .map(|p| p.display().to_string())
            .unwrap_or_else(|| "(embedded)".into());
        CliError(loc.text_str(msg!("rules-error"), &[("file", &file), ("detail", &detail)]))
    };
    match path {
        None => Rules::embedded().map_err(|e| fail(e.to_string())),
        Some(path) => Rules::load_file(path).map_err(|e| fail(e.to_string())),
    }
}

impl TimelineArgs {
    /// Whether any card date was given (a sheet may be made without a timeline).
    pub fn has_card(&self) -> bool {
        self.card_expiry.is_some() || self.card_issued.is_some()
    }

    /// The first option given that the card dates make unused, with what it needs: clap's
    /// `requires` is not enforced when a conflicting option stands in (`--applied` with
    /// `--card-expiry`, `--cert-renewal` with `--cert-expiry`).
    pub fn unused_option(&self) -> Option<(&'static str, &'static str)> {
        if self.applied.is_some() && self.card_issued.is_none() {
            return Some(("--applied", "--card-issued"));
        }
        if self.cert_issued.is_none() {
            if self.cert_renewal.is_some() {
                return Some(("--cert-renewal", "--cert-issued"));
            }
            if self.cert_renewed_early {
                return Some(("--cert-renewed-early", "--cert-issued"));
            }
        }
        None
    }

    /// The first option given besides the card dates (which a sheet without a card ignores).
    pub fn first_given(&self) -> Option<&'static str> {
        [
            ("--born", self.born.is_some()),
            ("--applied", self.applied.is_some()),
            ("--cert-expiry", self.cert_expiry.is_some()),
            ("--cert-issued", self.cert_issued.is_some()),
            ("--cert-renewal", self.cert_renewal.is_some()),
            ("--cert-renewed-early", self.cert_renewed_early),
            ("--residence-until", self.residence_until.is_some()),
        ]
        .into_iter()
        .find(|(_, given)| *given)
        .map(|(name, _)| name)
    }

    /// The person's form, as typed on the command line.
    pub fn form(&self) -> PersonForm {
        let text = |value: &Option<String>| value.clone().unwrap_or_default();
        PersonForm {
            born: text(&self.born),
            card_expiry: text(&self.card_expiry),
            card_issued: text(&self.card_issued),
            applied: text(&self.applied),
            cert_expiry: text(&self.cert_expiry),
            cert_issued: text(&self.cert_issued),
            cert_renewal: match (self.cert_renewal, self.cert_renewed_early) {
                (Some(RenewalArg::Yes), _) | (None, true) => Renewal::Yes,
                (Some(RenewalArg::No), _) => Renewal::No,
                (None, false) => Renewal::Unknown,
            },
            residence_until: text(&self.residence_until),
        }
    }

    /// The timeline on `today`, or the message naming the first field at fault (with the
    /// accepted date forms when a date could not be read).
    pub fn timeline(&self, rules: &Rules, today: NaiveDate, loc: &Localizer) -> Result<Timeline, CliError> {
        if let Some((arg, needed)) = self.unused_option() {
            let example = super::clap_errors::example(&format!("{needed} <DATE>"));
            return Err(CliError(loc.text_str(
                msg!("cli-error-requires"),
                &[("arg", arg), ("needed", needed), ("example", &example)],
            )));
        }
        let names = |field: DateField| loc.text(field.message_id());
        self.form().timeline(rules, today, &names, loc).map_err(|errors| {
            let unreadable = errors.iter().any(|e| e.unreadable);
            let mut text = errors
                .into_iter()
                .map(|e| e.message)
                .collect::<Vec<_>>()
                .join("\n");
            if unreadable {
                text.push('\n');
                text.push_str(&loc.text(msg!("date-accepted-forms")));
            }
            CliError(text)
        })
    }
}

impl GuideArgs {
    /// The answers as (KEY, VALUE) pairs; one answer per question.
    pub fn answer_pairs(&self, loc: &Localizer) -> Result<Vec<(String, String)>, CliError> {
        let mut pairs: Vec<(String, String)> = Vec::with_capacity(self.answers.len());
        for answer in &self.answers {
            let (key, value) = match answer.split_once('=') {
                Some((key, value)) if !key.trim().is_empty() && !value.trim().is_empty() => {
                    (key.trim().to_string(), value.trim().to_string())
                }
                _ => {
                    return Err(CliError(
                        loc.text_str(msg!("answer-format-error"), &[("value", answer)]),
                    ));
                }
            };
            if pairs.iter().any(|(seen, _)| *seen == key) {
                return Err(CliError(loc.text_str(msg!("answer-repeated"), &[("key", &key)])));
            }
            pairs.push((key, value));
        }
        Ok(pairs)
    }

    /// Walks the embedded guide with these answers. When it reaches an outcome, every answer
    /// must have been asked on the way (else it would be ignored without a word).
    pub fn walk(&self, loc: &Localizer) -> Result<Walk, CliError> {
        let guide = Guide::embedded().map_err(|e| guide_error(&e, None, loc))?;
        let answers = self.answer_pairs(loc)?;
        let walk = guide
            .walk(self.situation.as_deref(), &answers)
            .map_err(|e| guide_error(&e, Some(&guide), loc))?;
        if let Walk::Outcome(view) = &walk
            && let Some((key, _)) = answers.iter().find(|(key, _)| !view.path.contains(key))
        {
            let path = view.path.join(" → ");
            return Err(CliError(
                loc.text_str(msg!("answer-not-asked"), &[("key", key), ("path", &path)]),
            ));
        }
        Ok(walk)
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
