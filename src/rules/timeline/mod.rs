//! The expiry timeline of one person's card: card body and electronic certificate expiry with
//! how each is known, their renewal windows and grace periods, the act-by dates on open window
//! days, and the マイナ保険証 status on "today" (domain-rules.md §1–3b; every number comes from
//! [`Rules`]).
//!
//! The rule of this module: **never state as fact what was assumed.** A date the person did not
//! give is `assumed`; two readings of a rule make it `ambiguous`; the status is computed from the
//! earliest and from the latest plausible dates and is `check` when they differ; act-by dates
//! are the earliest plausible reading, on a day the town-hall window is open.

mod birthdays;
mod card;
mod cert;
mod status;
mod types;

use chrono::{Datelike, NaiveDate};

pub use birthdays::nth_birthday_after;
pub use types::{
    Basis, CardDates, CardInput, CertInput, CertificateDates, DateField, DisputeUsed, Item, MynahoStatus,
    Status, Timeline, TimelineError, TimelineInput, Warning,
};

use super::Rules;
use crate::calendar::Calendar;
use crate::date::add_months;
use birthdays::{grace_last_day, renewal_opens};

impl Timeline {
    /// The date to act by (an open window day, not before today).
    pub fn act_by(&self) -> NaiveDate {
        self.act_by
    }

    /// The item whose earliest expiry comes first (the card on a tie): it decides the status.
    pub fn deciding(&self) -> Item {
        if self.card.expiry <= self.certificate.expiry {
            Item::Card
        } else {
            Item::Certificate
        }
    }

    /// Whether the renewal window of the deciding item is open on `today`.
    pub fn renewal_open(&self) -> bool {
        let opens = match self.deciding() {
            Item::Certificate => self.certificate.renewal_opens,
            Item::Card => self.card.renewal_opens,
        };
        self.today >= opens
    }

    /// The last day an item is usable as マイナ保険証 on the latest plausible reading.
    pub fn usable_until_latest(&self, item: Item) -> NaiveDate {
        let (latest, earliest, grace) = match item {
            Item::Card => (
                self.card.expiry_latest,
                self.card.expiry,
                self.card.grace_last_day,
            ),
            Item::Certificate => (
                self.certificate.expiry_latest,
                self.certificate.expiry,
                self.certificate.grace_last_day,
            ),
        };
        // The grace counted from the latest expiry, as many months as from the earliest.
        let months = (grace.year() - earliest.year()) * 12 + grace.month() as i32 - earliest.month() as i32;
        crate::date::end_of_month(add_months(crate::date::first_of_month(latest), months))
    }

    /// Whether any date shown rests on something not entered (ambiguous or assumed).
    pub fn uncertain(&self) -> bool {
        self.card.basis == Basis::Ambiguous
            || matches!(self.certificate.basis, Basis::Ambiguous | Basis::Assumed)
    }
}

/// Refuses dates that cannot be: before birth, issue or application dates after today, dates
/// before the first My Number cards, a certificate issued before its card.
fn check_dates(rules: &Rules, input: &TimelineInput) -> Result<(), TimelineError> {
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
        input.residence_until.map(|d| (DateField::ResidenceUntil, d)),
    ];
    if let Some(born) = input.born {
        if born < BORN_EARLIEST {
            return Err(TimelineError::OutOfRange {
                field: DateField::Born,
                from: BORN_EARLIEST,
                to: input.today,
            });
        }
        if born > input.today {
            return Err(TimelineError::AfterToday(DateField::Born));
        }
    }
    for (field, date) in dates.iter().flatten() {
        if let Some((from, to)) = plausible(*field, input.today)
            && !(from..=to).contains(date)
        {
            return Err(TimelineError::OutOfRange {
                field: *field,
                from,
                to,
            });
        }
    }
    if let Some(born) = input.born
        && let Some((field, _)) = dates.iter().flatten().find(|(_, date)| *date < born)
    {
        return Err(TimelineError::BeforeBirth(*field));
    }
    let first_card = rules.first_card_date();
    let issues = dates.iter().flatten().filter(|(field, _)| {
        matches!(
            field,
            DateField::CardIssued | DateField::Applied | DateField::CertIssued
        )
    });
    for (field, date) in issues {
        if *date > input.today {
            return Err(TimelineError::AfterToday(*field));
        }
        if *date < first_card {
            return Err(TimelineError::BeforeFirstCard(*field));
        }
    }
    if let CardInput::Issued { issued, applied } = input.card {
        if applied.is_some_and(|applied| applied > issued) {
            return Err(TimelineError::AppliedAfterIssue);
        }
        if let CertInput::Issued {
            issued: cert_issued, ..
        } = input.cert
            && cert_issued < issued
        {
            return Err(TimelineError::CertIssuedBeforeCard);
        }
    }
    Ok(())
}

/// The earliest birth date taken as typed on purpose (the oldest people alive were born in the
/// 1910s; 1900 leaves room and still catches 令和 typed for 昭和).
const BORN_EARLIEST: NaiveDate = NaiveDate::from_ymd_opt(1900, 1, 1).expect("a valid date");
/// The first cards were handed out in January 2016 (平成28年1月): no card or certificate date
/// lies before.
const CARD_EARLIEST: NaiveDate = NaiveDate::from_ymd_opt(2016, 1, 1).expect("a valid date");
/// A card issued today expires within 10 years (its 10th birthday); nothing lies later.
const YEARS_AHEAD: u32 = 10;

/// The plausible days for a field's date on `today`, if the field has such a range.
fn plausible(field: DateField, today: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    let ahead = today
        .checked_add_months(chrono::Months::new(12 * YEARS_AHEAD))
        .unwrap_or(NaiveDate::MAX);
    match field {
        DateField::CardExpiry | DateField::CertExpiry | DateField::ResidenceUntil => {
            Some((CARD_EARLIEST, ahead))
        }
        _ => None,
    }
}

/// Computes the timeline from what the person knows, with the given rules and the law's
/// open-day calendar.
pub fn compute_timeline(rules: &Rules, input: &TimelineInput) -> Result<Timeline, TimelineError> {
    compute_timeline_with(rules, &rules.calendar(), input)
}

/// Computes the timeline with a given open-day calendar (a site may add closed days).
pub fn compute_timeline_with(
    rules: &Rules,
    calendar: &Calendar,
    input: &TimelineInput,
) -> Result<Timeline, TimelineError> {
    check_dates(rules, input)?;
    let mut warnings = Vec::new();
    let card_rules = &rules.card_body;
    let cert_rules = &rules.certificate;
    let card_expiry = card::card_expiry(
        rules,
        input.born,
        input.card,
        input.residence_until,
        &mut warnings,
    )?;
    let cert_expiry = cert::cert_expiry(
        rules,
        input.born,
        input.card,
        &card_expiry,
        input.cert,
        &mut warnings,
    )?;
    warnings.sort();
    warnings.dedup();

    let card = CardDates {
        basis: card_expiry.basis,
        expiry: card_expiry.expiry,
        expiry_latest: card_expiry.expiry_latest,
        renewal_opens: renewal_opens(card_expiry.expiry, card_rules.renewal_window_months.value),
        grace_last_day: grace_last_day(card_expiry.expiry, card_rules.grace_months.value),
        apply_by: calendar.last_open_on_or_before(add_months(
            card_expiry.expiry,
            -(card_rules.new_card_lead_months.value as i32),
        )),
        limited_by_residence: card_expiry.limited_by_residence,
    };
    let certificate = CertificateDates {
        basis: cert_expiry.basis,
        expiry: cert_expiry.expiry,
        expiry_latest: cert_expiry.expiry_latest,
        renewal_opens: renewal_opens(cert_expiry.expiry, cert_rules.renewal_window_months.value),
        grace_last_day: grace_last_day(cert_expiry.expiry, cert_rules.grace_months.value),
        registration_cutoff: cert_expiry
            .expiry
            .checked_sub_days(chrono::Days::new(u64::from(
                cert_rules.registration_cutoff_days.value,
            )))
            .unwrap_or(NaiveDate::MIN),
        renew_by: calendar.last_open_on_or_before(cert_expiry.expiry),
    };
    let mynaho = status::status(rules, input.today, &card, &certificate);
    let act_by = status::act_by(calendar, input.today, &mynaho, &card, &certificate);
    let disputes = status::disputes(rules, input.today, &mynaho, &card, &certificate);
    Ok(Timeline {
        today: input.today,
        card,
        certificate,
        mynaho,
        act_by,
        warnings,
        disputes,
        born: input.born,
    })
}
