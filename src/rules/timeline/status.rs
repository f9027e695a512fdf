//! Today's status from the earliest and from the latest plausible dates (`check` when they
//! differ), the act-by dates on open window days, and the disputed rules behind shown dates.

use chrono::NaiveDate;

use super::birthdays::grace_last_day;
use super::types::{CardDates, CertificateDates, DisputeUsed, MynahoStatus, Status};
use crate::calendar::Calendar;
use crate::rules::Rules;

/// The status on `today` of a card and certificate with these expiries.
fn status_of(rules: &Rules, today: NaiveDate, card: NaiveDate, cert: NaiveDate) -> MynahoStatus {
    let full_function_until = card.min(cert);
    let usable_until = grace_last_day(card, rules.card_body.grace_months.value)
        .min(grace_last_day(cert, rules.certificate.grace_months.value));
    let status = if today <= full_function_until {
        Status::Valid
    } else if today <= usable_until {
        Status::Grace
    } else {
        Status::Expired
    };
    MynahoStatus {
        status,
        full_function_until,
        usable_until,
    }
}

/// The status: from the earliest dates, or `check` when the latest dates give another one.
pub(super) fn status(
    rules: &Rules,
    today: NaiveDate,
    card: &CardDates,
    cert: &CertificateDates,
) -> MynahoStatus {
    let earliest = status_of(rules, today, card.expiry, cert.expiry);
    let latest = status_of(rules, today, card.expiry_latest, cert.expiry_latest);
    MynahoStatus {
        status: if earliest.status == latest.status {
            earliest.status
        } else {
            Status::Check
        },
        ..earliest
    }
}

/// The day to act by: while valid, the earlier of the card's apply-by and the certificate's
/// renew-by; in the grace period, its last open day; expired or to check, today. Never before
/// today.
pub(super) fn act_by(
    calendar: &Calendar,
    today: NaiveDate,
    mynaho: &MynahoStatus,
    card: &CardDates,
    cert: &CertificateDates,
) -> NaiveDate {
    let day = match mynaho.status {
        Status::Valid => card.apply_by.min(cert.renew_by).max(today),
        Status::Grace => calendar.last_open_on_or_before(mynaho.usable_until).max(today),
        Status::Expired | Status::Check => today,
    };
    // "Today" may be a Sunday or in the year-end closing (a sheet printed at home): the window's
    // next open day, never a day it is closed.
    calendar.first_open_on_or_after(day)
}

/// The disputed rules behind the dates a person is shown: the card-body grace when it decides
/// the last usable day, the renewal opening day while it is still ahead.
pub(super) fn disputes(
    rules: &Rules,
    today: NaiveDate,
    mynaho: &MynahoStatus,
    card: &CardDates,
    cert: &CertificateDates,
) -> Vec<DisputeUsed> {
    let mut ids = Vec::new();
    if card.grace_last_day == mynaho.usable_until {
        ids.push(crate::rules::DISPUTE_CARD_GRACE);
    }
    if card.renewal_opens >= today || cert.renewal_opens >= today {
        ids.push(crate::rules::DISPUTE_RENEWAL_OPENS);
    }
    ids.into_iter()
        .filter_map(|id| rules.dispute(id))
        .map(|dispute| DisputeUsed {
            id: dispute.id.clone(),
            used: dispute.used.clone(),
            other: dispute.other.clone(),
            source: dispute.source.clone(),
        })
        .collect()
}
