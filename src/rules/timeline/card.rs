//! The card body's expiry: printed, computed, or ambiguous when the application day (which sets
//! the 18/20 age threshold) is not known; capped by the 在留期間満了日 (domain-rules.md §1, §1b).

use chrono::{Datelike, NaiveDate};

use super::TimelineError;
use super::birthdays::{age_on, birthday_in, nth_birthday_after};
use super::types::{Basis, CardInput, Warning};
use crate::date::add_months;
use crate::rules::Rules;

/// The card body's expiries before the dates derived from them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct CardExpiry {
    pub basis: Basis,
    pub expiry: NaiveDate,
    pub expiry_latest: NaiveDate,
    pub limited_by_residence: bool,
    /// The expiry by the birthday rule or as printed, before the period of stay.
    pub by_rule_latest: NaiveDate,
}

/// The card's expiry when the application was received on `applied` (threshold and age on
/// that day; domain-rules.md §1 and Q1), and whether a 29 February birthday was moved.
fn expiry_for_application(
    rules: &Rules,
    born: NaiveDate,
    issued: NaiveDate,
    applied: NaiveDate,
) -> (NaiveDate, bool) {
    let card = &rules.card_body;
    let threshold = if applied < rules.threshold_switch_date() {
        card.age_threshold_before_switch.value
    } else {
        card.age_threshold_after_switch.value
    };
    let n = if age_on(born, applied) >= threshold as i32 {
        card.years_adult.value
    } else {
        card.years_minor.value
    };
    nth_birthday_after(born, issued, n)
}

/// Computes the card's expiry from what is known.
pub(super) fn card_expiry(
    rules: &Rules,
    born: Option<NaiveDate>,
    card: CardInput,
    residence_until: Option<NaiveDate>,
    warnings: &mut Vec<Warning>,
) -> Result<CardExpiry, TimelineError> {
    let (basis, earliest, latest) = match card {
        CardInput::Expiry(expiry) => (Basis::Entered, expiry, expiry),
        CardInput::Issued { issued, applied } => {
            let born = born.ok_or(TimelineError::BirthDateNeeded)?;
            warnings.push(Warning::ComputedNotPrinted);
            let mut readings = Vec::new();
            match applied {
                Some(applied) => readings.push(expiry_for_application(rules, born, issued, applied)),
                None => {
                    // Every day the application may have been received on: from the lead time
                    // before the issue date up to the issue date itself.
                    let lead = rules.card_body.application_lead_months.value as i32;
                    let mut day = add_months(issued, -lead);
                    while day <= issued {
                        readings.push(expiry_for_application(rules, born, issued, day));
                        match day.succ_opt() {
                            Some(next) => day = next,
                            None => break,
                        }
                    }
                }
            }
            if readings.iter().any(|(_, shifted)| *shifted) {
                warnings.push(Warning::LeapDayBirthday);
            }
            let earliest = readings.iter().map(|r| r.0).min().unwrap_or(issued);
            let latest = readings.iter().map(|r| r.0).max().unwrap_or(issued);
            if earliest == latest {
                (Basis::Computed, earliest, latest)
            } else {
                warnings.push(Warning::CardApplicationDateNeeded);
                (Basis::Ambiguous, earliest, latest)
            }
        }
    };
    let stay = residence_until.filter(|_| rules.card_body.limited_by_period_of_stay.value);
    let Some(stay) = stay else {
        return Ok(CardExpiry {
            basis,
            expiry: earliest,
            expiry_latest: latest,
            limited_by_residence: false,
            by_rule_latest: latest,
        });
    };
    let limited = stay < latest;
    if limited {
        warnings.push(Warning::ResidenceNoReminder);
    }
    let (expiry, expiry_latest) = (earliest.min(stay), latest.min(stay));
    let basis = match basis {
        Basis::Ambiguous if expiry == expiry_latest => Basis::Computed,
        other => other,
    };
    if basis != Basis::Ambiguous {
        warnings.retain(|w| *w != Warning::CardApplicationDateNeeded);
    }
    Ok(CardExpiry {
        basis,
        expiry,
        expiry_latest,
        limited_by_residence: limited,
        by_rule_latest: latest,
    })
}

/// The certificate expiry of a certificate issued together with a card that expires on
/// `card_expiry` (a birthday). A card lasting the adult number of birthdays was issued on or after
/// the birthday `years_adult` years before its expiry and before the next one; if the holder
/// could have been of age then, its first certificate ends `years_adult - years` birthdays before
/// the card. Otherwise it was a minor's card, and its certificate ends with it.
pub(super) fn certificate_issued_with(
    rules: &Rules,
    born: NaiveDate,
    card_expiry: NaiveDate,
) -> (NaiveDate, bool) {
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
