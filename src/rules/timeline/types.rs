//! The timeline's input and output types: what a person knows, and the dates computed from it,
//! each with its basis (entered, computed, ambiguous, assumed).

use chrono::NaiveDate;
use serde::Serialize;

/// What is known of the card body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardInput {
    /// The expiry printed on the card (always preferred).
    Expiry(NaiveDate),
    /// The J-LIS issue date, and the day the application was received if known.
    Issued {
        /// The J-LIS issue date (発行日), not the day the card was handed over.
        issued: NaiveDate,
        /// The day J-LIS received the application (申請受付日), when known.
        applied: Option<NaiveDate>,
    },
}

/// What is known of the electronic certificate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CertInput {
    /// Nothing: the certificate is assumed to be the first one, issued with the card.
    Unknown,
    /// Its expiry (from マイナポータル, the card or a letter).
    Expiry(NaiveDate),
    /// Its issue date, and whether it renewed one that had under 3 months left (6th birthday);
    /// `None` when the person does not know.
    Issued {
        /// The day it was issued.
        issued: NaiveDate,
        /// Renewed within the last 3 months of the previous certificate: yes, no, unknown.
        renewal: Option<bool>,
    },
}

/// Everything the timeline is computed from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimelineInput {
    /// The day the status is computed for.
    pub today: NaiveDate,
    /// Date of birth, needed whenever an expiry is computed from an issue date.
    pub born: Option<NaiveDate>,
    /// The card body.
    pub card: CardInput,
    /// The electronic certificate.
    pub cert: CertInput,
    /// The 在留期間満了日 of a foreign resident with a period of stay (domain-rules.md §1b).
    pub residence_until: Option<NaiveDate>,
}

/// How sure a date is (the first rule of this program: never state as fact what was assumed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Basis {
    /// The printed date was typed in.
    Entered,
    /// Computed from the birth and issue dates, with one possible result.
    Computed,
    /// Two readings are possible: `expiry` is the earliest, `expiry_latest` the latest.
    Ambiguous,
    /// Nothing was given: taken as the first certificate, issued with the card, never renewed.
    Assumed,
}

impl Basis {
    /// The code used in JSON and message ids (`entered`, `computed`, `ambiguous`, `assumed`).
    pub fn code(&self) -> &'static str {
        match self {
            Basis::Entered => "entered",
            Basis::Computed => "computed",
            Basis::Ambiguous => "ambiguous",
            Basis::Assumed => "assumed",
        }
    }
}

/// Dates of the card body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CardDates {
    /// How the expiry is known.
    pub basis: Basis,
    /// Last valid day (the earliest plausible).
    pub expiry: NaiveDate,
    /// Last valid day on the latest plausible reading (equal unless ambiguous).
    pub expiry_latest: NaiveDate,
    /// First day a renewal can be applied for.
    pub renewal_opens: NaiveDate,
    /// Last day usable as マイナ保険証 after expiry (insurance check only).
    pub grace_last_day: NaiveDate,
    /// Last open window day to apply for the new card so that it arrives in time.
    pub apply_by: NaiveDate,
    /// The 在留期間満了日 ends the card before the birthday rule would.
    pub limited_by_residence: bool,
}

/// Dates of the electronic certificate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CertificateDates {
    /// How the expiry is known.
    pub basis: Basis,
    /// Last valid day (the earliest plausible).
    pub expiry: NaiveDate,
    /// Last valid day on the latest plausible reading (equal unless ambiguous or assumed).
    pub expiry_latest: NaiveDate,
    /// First day it can be renewed at the 市区町村 window.
    pub renewal_opens: NaiveDate,
    /// Last day usable as マイナ保険証 after expiry (insurance check only).
    pub grace_last_day: NaiveDate,
    /// After this day, registering the card as 保険証 may fail (S4 Q9).
    pub registration_cutoff: NaiveDate,
    /// Last open window day on or before the expiry: renew by then.
    pub renew_by: NaiveDate,
}

/// The マイナ保険証 on "today".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Card and certificate valid: every function works.
    Valid,
    /// Expired but within the grace period: only the insurance check works.
    Grace,
    /// Past the grace period: no longer usable as 保険証.
    Expired,
    /// The earliest and the latest plausible dates give different statuses: check the real date.
    Check,
}

impl Status {
    /// The status code used in JSON (`valid`, `grace`, `expired`, `check`).
    pub fn code(&self) -> &'static str {
        match self {
            Status::Valid => "valid",
            Status::Grace => "grace",
            Status::Expired => "expired",
            Status::Check => "check",
        }
    }
}

/// Status and its limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct MynahoStatus {
    /// Status on "today".
    pub status: Status,
    /// Last day with every function (from the earliest dates).
    pub full_function_until: NaiveDate,
    /// Last day usable as 保険証 at all (from the earliest dates).
    pub usable_until: NaiveDate,
}

/// A caveat about a computed date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Warning {
    /// A 29 February birthday was taken as 28 February in a common year (Q2).
    LeapDayBirthday,
    /// The card expiry was computed: the date printed on the card wins.
    ComputedNotPrinted,
    /// Without the application date the card has two possible expiries (18/20 threshold).
    CardApplicationDateNeeded,
    /// The certificate may have been renewed early (6th birthday) or not (5th).
    CertificateRenewalUnknown,
    /// No certificate date was given: the first certificate, never renewed, was assumed.
    CertificateAssumed,
    /// The certificate's expiry is after the computed card expiry: one of them is wrong.
    CertificateAfterCard,
    /// A residence-limited card: no reminder letter comes; change the date at the window.
    ResidenceNoReminder,
}

impl Warning {
    /// The code used in JSON (and in the message id `warning-<code>`).
    pub fn code(&self) -> &'static str {
        match self {
            Warning::LeapDayBirthday => "leap-day-birthday",
            Warning::ComputedNotPrinted => "computed-not-printed",
            Warning::CardApplicationDateNeeded => "card-application-date-needed",
            Warning::CertificateRenewalUnknown => "certificate-renewal-unknown",
            Warning::CertificateAssumed => "certificate-assumed",
            Warning::CertificateAfterCard => "certificate-after-card",
            Warning::ResidenceNoReminder => "residence-no-reminder",
        }
    }
}

/// A disputed rule behind a date that is shown: the reading used, the other one, and sources.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DisputeUsed {
    /// The dispute's id in the rules (`card-grace-months`, `renewal-opens`).
    pub id: String,
    /// The reading the program used (always the earlier date).
    pub used: String,
    /// The other reading.
    pub other: String,
    /// Where each reading comes from.
    pub source: String,
}

/// Which item decides the マイナ保険証 (whichever ends first on the earliest reading).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    /// The card body.
    Card,
    /// The electronic certificate.
    Certificate,
}

/// The computed timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timeline {
    /// The day the status is for.
    pub today: NaiveDate,
    /// Card body dates.
    pub card: CardDates,
    /// Electronic certificate dates.
    pub certificate: CertificateDates,
    /// Status on `today`.
    pub mynaho: MynahoStatus,
    /// The day to act by: an open window day, never before today.
    pub act_by: NaiveDate,
    /// Caveats, each once, in a fixed order.
    pub warnings: Vec<Warning>,
    /// Disputed rules behind the dates shown.
    pub disputes: Vec<DisputeUsed>,
    /// The date of birth, when given (the sheet's facts for people of 75 and over).
    pub born: Option<NaiveDate>,
}

impl Timeline {
    /// The person's age in whole years on `day`, when the birth date was given.
    pub fn age_on(&self, day: NaiveDate) -> Option<u32> {
        let born = self.born?;
        let years = chrono::Datelike::year(&day) - chrono::Datelike::year(&born);
        let before_birthday = (chrono::Datelike::month(&day), chrono::Datelike::day(&day))
            < (chrono::Datelike::month(&born), chrono::Datelike::day(&born));
        u32::try_from(years - i32::from(before_birthday)).ok()
    }
}

/// Which date of the input a message is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateField {
    /// The day the status is computed for.
    Today,
    /// The date of birth.
    Born,
    /// The card's expiry.
    CardExpiry,
    /// The card's issue date.
    CardIssued,
    /// The application date.
    Applied,
    /// The certificate's expiry.
    CertExpiry,
    /// The certificate's issue date.
    CertIssued,
    /// Whether the certificate was renewed in the last 3 months of the previous one.
    CertRenewal,
    /// The 在留期間満了日.
    ResidenceUntil,
}

impl DateField {
    /// The Fluent id of the field's name (`field-card-issued`).
    pub fn message_id(&self) -> crate::i18n::MessageId {
        match self {
            DateField::Today => msg!("field-today"),
            DateField::Born => msg!("field-born"),
            DateField::CardExpiry => msg!("field-card-expiry"),
            DateField::CardIssued => msg!("field-card-issued"),
            DateField::Applied => msg!("field-applied"),
            DateField::CertExpiry => msg!("field-cert-expiry"),
            DateField::CertIssued => msg!("field-cert-issued"),
            DateField::CertRenewal => msg!("field-cert-renewal"),
            DateField::ResidenceUntil => msg!("field-residence-until"),
        }
    }
}

impl DateField {
    /// The Fluent id of an example for the field (「例：2031年10月10日（カードの表に書かれた日）」).
    pub fn example_id(&self) -> crate::i18n::MessageId {
        match self {
            DateField::Born | DateField::Today | DateField::CertRenewal => msg!("example-born"),
            DateField::CardExpiry => msg!("example-card-expiry"),
            DateField::CardIssued => msg!("example-card-issued"),
            DateField::Applied => msg!("example-applied"),
            DateField::CertExpiry => msg!("example-cert-expiry"),
            DateField::CertIssued => msg!("example-cert-issued"),
            DateField::ResidenceUntil => msg!("example-residence"),
        }
    }
}

impl std::fmt::Display for DateField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.message_id().as_str().trim_start_matches("field-"))
    }
}

/// Why a timeline cannot be computed from what was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TimelineError {
    /// An expiry must be computed from an issue date, and that needs the birth date.
    #[error("the date of birth is needed to compute an expiry from an issue date")]
    BirthDateNeeded,
    /// A date given is before the birth date; names which one.
    #[error("{0} is before the date of birth")]
    BeforeBirth(DateField),
    /// The application was received after the card was issued.
    #[error("the application date is after the issue date")]
    AppliedAfterIssue,
    /// An issue or application date after today.
    #[error("{0} is after today")]
    AfterToday(DateField),
    /// A date before the first My Number cards (2015-10-05).
    #[error("{0} is before any My Number card existed")]
    BeforeFirstCard(DateField),
    /// The certificate was issued before the card that holds it.
    #[error("the certificate was issued before the card")]
    CertIssuedBeforeCard,
    /// Both expiries were entered and the certificate's is after the card's.
    #[error("the certificate expiry is after the card expiry")]
    CertExpiryAfterCard,
    /// A date no one could have for this field (a birth in 1850, a card expiry in 1950).
    #[error("{field} must be between {from} and {to}")]
    OutOfRange {
        /// The field.
        field: DateField,
        /// The first plausible day.
        from: chrono::NaiveDate,
        /// The last plausible day.
        to: chrono::NaiveDate,
    },
}

impl TimelineError {
    /// The Fluent message id explaining this error.
    pub fn message_id(&self) -> crate::i18n::MessageId {
        match self {
            TimelineError::BirthDateNeeded => msg!("timeline-error-born-needed"),
            TimelineError::BeforeBirth(_) => msg!("timeline-error-before-birth"),
            TimelineError::AppliedAfterIssue => msg!("timeline-error-applied-after-issue"),
            TimelineError::AfterToday(_) => msg!("timeline-error-after-today"),
            TimelineError::BeforeFirstCard(_) => msg!("timeline-error-before-first-card"),
            TimelineError::CertIssuedBeforeCard => msg!("timeline-error-cert-before-card"),
            TimelineError::CertExpiryAfterCard => msg!("timeline-error-cert-after-card"),
            TimelineError::OutOfRange { .. } => msg!("timeline-error-out-of-range"),
        }
    }

    /// The field the error is about, for the message and for putting it beside the field.
    pub fn field(&self) -> DateField {
        match self {
            TimelineError::BirthDateNeeded => DateField::Born,
            TimelineError::BeforeBirth(field)
            | TimelineError::AfterToday(field)
            | TimelineError::BeforeFirstCard(field)
            | TimelineError::OutOfRange { field, .. } => *field,
            TimelineError::AppliedAfterIssue => DateField::Applied,
            TimelineError::CertIssuedBeforeCard => DateField::CertIssued,
            TimelineError::CertExpiryAfterCard => DateField::CertExpiry,
        }
    }
}
