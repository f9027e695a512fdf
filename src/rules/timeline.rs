//! The expiry timeline of one person's card: card body and electronic certificate expiry, their
//! renewal windows and grace periods, and the マイナ保険証 status on "today"
//! (domain-rules.md §1–3; every number comes from [`Rules`]).

use chrono::{Datelike, Days, NaiveDate};
use serde::Serialize;

use super::Rules;
use crate::date::{add_months, end_of_month, first_of_month};

/// What is known of the card body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardInput {
    /// The expiry printed on the card (always preferred).
    Expiry(NaiveDate),
    /// The J-LIS issue date, and the day the application was received if known.
    Issued {
        issued: NaiveDate,
        applied: Option<NaiveDate>,
    },
}

/// What is known of the electronic certificate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CertInput {
    /// Nothing: the certificate is taken as issued with the card.
    Unknown,
    /// Its expiry (from マイナポータル, the card or a letter).
    Expiry(NaiveDate),
    /// Its issue date; `renewed_early` when it replaced one with under 3 months left.
    Issued { issued: NaiveDate, renewed_early: bool },
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
}

/// Dates of the card body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CardDates {
    /// Last valid day.
    pub expiry: NaiveDate,
    /// First day a renewal can be applied for.
    pub renewal_opens: NaiveDate,
    /// Last day usable as マイナ保険証 after expiry (insurance check only).
    pub grace_last_day: NaiveDate,
}

/// Dates of the electronic certificate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CertificateDates {
    /// Last valid day.
    pub expiry: NaiveDate,
    /// First day it can be renewed at the 市区町村 window.
    pub renewal_opens: NaiveDate,
    /// Last day usable as マイナ保険証 after expiry (insurance check only).
    pub grace_last_day: NaiveDate,
    /// After this day, registering the card as 保険証 may fail (S4 Q9).
    pub registration_cutoff: NaiveDate,
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
}

impl Status {
    /// The status code used in JSON (`valid`, `grace`, `expired`).
    pub fn code(&self) -> &'static str {
        match self {
            Status::Valid => "valid",
            Status::Grace => "grace",
            Status::Expired => "expired",
        }
    }
}

/// Status and its limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct MynahoStatus {
    /// Status on "today".
    pub status: Status,
    /// Last day with every function (the earlier expiry).
    pub full_function_until: NaiveDate,
    /// Last day usable as 保険証 at all (the earlier grace end).
    pub usable_until: NaiveDate,
}

/// A caveat about a computed date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Warning {
    /// A 29 February birthday was taken as 28 February in a common year (Q2).
    LeapDayBirthday,
    /// The card expiry was computed: the date printed on the card wins.
    ComputedNotPrinted,
    /// No certificate date was given: it was taken as issued with the card.
    CertificateAssumedWithCard,
}

impl Warning {
    /// The code used in JSON.
    pub fn code(&self) -> &'static str {
        match self {
            Warning::LeapDayBirthday => "leap-day-birthday",
            Warning::ComputedNotPrinted => "computed-not-printed",
            Warning::CertificateAssumedWithCard => "certificate-assumed-with-card",
        }
    }
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
    /// Caveats, each once, in a fixed order.
    pub warnings: Vec<Warning>,
}

impl Timeline {
    /// The date to act by: while valid, the earlier expiry (renew before it); in the grace
    /// period, its last day; once expired, today.
    pub fn act_by(&self) -> NaiveDate {
        match self.mynaho.status {
            Status::Valid => self.mynaho.full_function_until,
            Status::Grace => self.mynaho.usable_until,
            Status::Expired => self.today,
        }
    }

    /// Whether the renewal window of the earlier-expiring item is open on `today`.
    pub fn renewal_open(&self) -> bool {
        let opens = if self.certificate.expiry <= self.card.expiry {
            self.certificate.renewal_opens
        } else {
            self.card.renewal_opens
        };
        self.today >= opens
    }
}

/// Which date of the input a message is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateField {
    /// The day the status is computed for.
    Today,
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
}

impl DateField {
    /// The Fluent id of the field's name (`field-card-issued`).
    pub fn message_id(&self) -> &'static str {
        match self {
            DateField::Today => "field-today",
            DateField::CardExpiry => "field-card-expiry",
            DateField::CardIssued => "field-card-issued",
            DateField::Applied => "field-applied",
            DateField::CertExpiry => "field-cert-expiry",
            DateField::CertIssued => "field-cert-issued",
        }
    }
}

impl std::fmt::Display for DateField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.message_id().trim_start_matches("field-"))
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
}

impl TimelineError {
    /// The Fluent message id explaining this error.
    pub fn message_id(&self) -> &'static str {
        match self {
            TimelineError::BirthDateNeeded => "timeline-error-born-needed",
            TimelineError::BeforeBirth(_) => "timeline-error-before-birth",
            TimelineError::AppliedAfterIssue => "timeline-error-applied-after-issue",
        }
    }
}

/// The birthday of someone born on `born` in `year`; 29 February is 28 February in a common
/// year (domain-rules.md Q2: the earlier, safer reading). Also says whether that shift happened.
fn birthday_in(born: NaiveDate, year: i32) -> (NaiveDate, bool) {
    match NaiveDate::from_ymd_opt(year, born.month(), born.day()) {
        Some(day) => (day, false),
        None => (
            NaiveDate::from_ymd_opt(year, 2, 28).unwrap_or(NaiveDate::MAX),
            true,
        ),
    }
}

/// The `n`-th birthday strictly after `date` (「発行の日後の n回目の誕生日」), and whether a
/// 29 February birthday had to be moved to 28 February.
pub fn nth_birthday_after(born: NaiveDate, date: NaiveDate, n: u32) -> (NaiveDate, bool) {
    let (this_year, _) = birthday_in(born, date.year());
    let first_year = if this_year > date {
        date.year()
    } else {
        date.year() + 1
    };
    birthday_in(born, first_year + n as i32 - 1)
}

/// Completed years of age on `date`. By 年齢計算ニ関スル法律 a year is completed at the end of
/// the day before the birthday, so someone born on 29 February is older from 1 March in a
/// common year.
fn age_on(born: NaiveDate, date: NaiveDate) -> i32 {
    let before_birthday = (date.month(), date.day()) < (born.month(), born.day());
    date.year() - born.year() - i32::from(before_birthday)
}

fn minus_days(date: NaiveDate, days: u32) -> NaiveDate {
    date.checked_sub_days(Days::new(u64::from(days)))
        .unwrap_or(NaiveDate::MIN)
}

fn plus_one_day(date: NaiveDate) -> NaiveDate {
    date.succ_opt().unwrap_or(date)
}

/// Renewal opens the day after "expiry minus N months" (「3か月前の翌日から」, Q8).
fn renewal_opens(expiry: NaiveDate, months: u32) -> NaiveDate {
    plus_one_day(add_months(expiry, -(months as i32)))
}

/// Last day of the month N months after the expiry month (「満了日の属する月の末日からNか月間」).
fn grace_last_day(expiry: NaiveDate, months: u32) -> NaiveDate {
    end_of_month(add_months(first_of_month(expiry), months as i32))
}

/// Computes the timeline from what the person knows, with the given rules.
pub fn compute_timeline(rules: &Rules, input: &TimelineInput) -> Result<Timeline, TimelineError> {
    let mut warnings = Vec::new();
    let card_rules = &rules.card_body;
    let cert_rules = &rules.certificate;

    if let Some(born) = input.born {
        let (card_field, card_date, applied) = match input.card {
            CardInput::Issued { issued, applied } => (DateField::CardIssued, issued, applied),
            CardInput::Expiry(expiry) => (DateField::CardExpiry, expiry, None),
        };
        let cert = match input.cert {
            CertInput::Issued { issued, .. } => Some((DateField::CertIssued, issued)),
            CertInput::Expiry(expiry) => Some((DateField::CertExpiry, expiry)),
            CertInput::Unknown => None,
        };
        let dates = [
            Some((DateField::Today, input.today)),
            Some((card_field, card_date)),
            applied.map(|applied| (DateField::Applied, applied)),
            cert,
        ];
        if let Some((field, _)) = dates.into_iter().flatten().find(|(_, date)| *date < born) {
            return Err(TimelineError::BeforeBirth(field));
        }
    }

    let card_expiry = match input.card {
        CardInput::Expiry(expiry) => expiry,
        CardInput::Issued { issued, applied } => {
            let born = input.born.ok_or(TimelineError::BirthDateNeeded)?;
            if applied.is_some_and(|applied| applied > issued) {
                return Err(TimelineError::AppliedAfterIssue);
            }
            let measured_on = applied.unwrap_or(issued);
            let threshold = if measured_on < rules.threshold_switch_date() {
                card_rules.age_threshold_before_switch.value
            } else {
                card_rules.age_threshold_after_switch.value
            };
            let n = if age_on(born, measured_on) >= threshold as i32 {
                card_rules.years_adult.value
            } else {
                card_rules.years_minor.value
            };
            let (expiry, shifted) = nth_birthday_after(born, issued, n);
            if shifted {
                warnings.push(Warning::LeapDayBirthday);
            }
            warnings.push(Warning::ComputedNotPrinted);
            expiry
        }
    };

    let cert_expiry = match input.cert {
        CertInput::Expiry(expiry) => expiry,
        CertInput::Issued {
            issued,
            renewed_early,
        } => {
            let born = input.born.ok_or(TimelineError::BirthDateNeeded)?;
            let n = if renewed_early {
                cert_rules.years_renewed_early.value
            } else {
                cert_rules.years.value
            };
            let (expiry, shifted) = nth_birthday_after(born, issued, n);
            if shifted {
                warnings.push(Warning::LeapDayBirthday);
            }
            expiry.min(card_expiry)
        }
        CertInput::Unknown => {
            warnings.push(Warning::CertificateAssumedWithCard);
            let born = input.born.ok_or(TimelineError::BirthDateNeeded)?;
            let (expiry, shifted) = match input.card {
                CardInput::Issued { issued, .. } => nth_birthday_after(born, issued, cert_rules.years.value),
                CardInput::Expiry(expiry) => certificate_issued_with(rules, born, expiry),
            };
            if shifted {
                warnings.push(Warning::LeapDayBirthday);
            }
            expiry.min(card_expiry)
        }
    };

    warnings.sort();
    warnings.dedup();

    let card = CardDates {
        expiry: card_expiry,
        renewal_opens: renewal_opens(card_expiry, card_rules.renewal_window_months.value),
        grace_last_day: grace_last_day(card_expiry, card_rules.grace_months.value),
    };
    let certificate = CertificateDates {
        expiry: cert_expiry,
        renewal_opens: renewal_opens(cert_expiry, cert_rules.renewal_window_months.value),
        grace_last_day: grace_last_day(cert_expiry, cert_rules.grace_months.value),
        registration_cutoff: minus_days(cert_expiry, cert_rules.registration_cutoff_days.value),
    };
    let full_function_until = card.expiry.min(certificate.expiry);
    let usable_until = card.grace_last_day.min(certificate.grace_last_day);
    let status = if input.today <= full_function_until {
        Status::Valid
    } else if input.today <= usable_until {
        Status::Grace
    } else {
        Status::Expired
    };
    Ok(Timeline {
        today: input.today,
        card,
        certificate,
        mynaho: MynahoStatus {
            status,
            full_function_until,
            usable_until,
        },
        warnings,
    })
}

/// The certificate expiry of a certificate issued together with a card that expires on
/// `card_expiry` (a birthday). A card lasting the adult number of birthdays was issued on or after
/// the birthday `years_adult` years before its expiry and before the next one; if the holder
/// could have been of age then, its first certificate ends `years_adult - years` birthdays before
/// the card. Otherwise it was a minor's card, and its certificate ends with it.
fn certificate_issued_with(rules: &Rules, born: NaiveDate, card_expiry: NaiveDate) -> (NaiveDate, bool) {
    let adult = rules.card_body.years_adult.value as i32;
    let years = rules.certificate.years.value as i32;
    let issued_from = birthday_in(born, card_expiry.year() - adult).0;
    let issued_before = birthday_in(born, card_expiry.year() - adult + 1).0;
    // The lower threshold applies if any day of that year of issue is on or after the switch.
    let threshold = if issued_before > rules.threshold_switch_date() {
        rules.card_body.age_threshold_after_switch.value
    } else {
        rules.card_body.age_threshold_before_switch.value
    };
    if age_on(born, issued_from) >= threshold as i32 && adult > years {
        birthday_in(born, card_expiry.year() - (adult - years))
    } else {
        (card_expiry, false)
    }
}
