//! The three people the sheet tests print for, on 2026-11-22: the cases that stretch a sheet
//! (the longest status box, every band of the chart, the period of stay).

use chrono::NaiveDate;
use mynaho_guide::rules::{CardInput, CertInput, TimelineInput};

/// The day the tests take as today.
pub fn today() -> NaiveDate {
    date(2026, 11, 22)
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a valid test date")
}

/// A long-time holder whose certificate date is not known: status `check`, the longest box;
/// chart bands valid, renewal, not known, expired.
pub fn long_time_holder() -> TimelineInput {
    TimelineInput {
        today: today(),
        born: Some(date(1941, 1, 20)),
        card: CardInput::Issued {
            issued: date(2017, 1, 20),
            applied: None,
        },
        cert: CertInput::Unknown,
        residence_until: None,
    }
}

/// A certificate that expired in June: bands valid, renewal, grace, expired.
pub fn certificate_expired() -> TimelineInput {
    TimelineInput {
        today: today(),
        born: Some(date(1950, 10, 10)),
        card: CardInput::Expiry(date(2029, 10, 10)),
        cert: CertInput::Expiry(date(2026, 6, 10)),
        residence_until: None,
    }
}

/// A foreign resident whose card ends with the period of stay.
pub fn foreign_resident() -> TimelineInput {
    TimelineInput {
        today: today(),
        born: Some(date(1990, 4, 2)),
        card: CardInput::Issued {
            issued: date(2024, 6, 1),
            applied: None,
        },
        cert: CertInput::Unknown,
        residence_until: Some(date(2027, 3, 31)),
    }
}
