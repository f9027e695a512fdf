//! Dates as people copy them from cards and letters: parsing 西暦 and 和暦 (with full-width
//! characters), the Japanese eras, and formatting both ways. No GUI, no rules.

mod era;
mod format;
mod locale;
mod parse;

pub use era::{ERAS, Era};
pub use format::{format_iso, format_seireki, format_wareki, format_wareki_short};
pub use locale::format_for_lang;
pub use parse::{DateError, parse_date};

use chrono::{Datelike, Months, NaiveDate};

/// The last day of `date`'s month.
pub fn end_of_month(date: NaiveDate) -> NaiveDate {
    let first = first_of_month(date);
    first
        .checked_add_months(Months::new(1))
        .and_then(|next| next.pred_opt())
        .unwrap_or(NaiveDate::MAX)
}

/// The first day of `date`'s month.
pub fn first_of_month(date: NaiveDate) -> NaiveDate {
    date.with_day(1).unwrap_or(date)
}

/// `date` moved by `months` (negative for earlier), the day clamped to the target month's length
/// (2026-05-31 minus 3 months is 2026-02-28).
pub fn add_months(date: NaiveDate, months: i32) -> NaiveDate {
    let shifted = if months >= 0 {
        date.checked_add_months(Months::new(months.unsigned_abs()))
    } else {
        date.checked_sub_months(Months::new(months.unsigned_abs()))
    };
    shifted.unwrap_or(if months >= 0 {
        NaiveDate::MAX
    } else {
        NaiveDate::MIN
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
    }

    #[test]
    fn month_arithmetic_clamps_to_month_end() {
        assert_eq!(add_months(d(2026, 5, 31), -3), d(2026, 2, 28));
        assert_eq!(add_months(d(2028, 5, 31), -3), d(2028, 2, 29));
        assert_eq!(add_months(d(2026, 1, 31), 1), d(2026, 2, 28));
        assert_eq!(end_of_month(d(2028, 2, 3)), d(2028, 2, 29));
        assert_eq!(end_of_month(d(2026, 12, 31)), d(2026, 12, 31));
        assert_eq!(first_of_month(d(2026, 12, 31)), d(2026, 12, 1));
    }
}
