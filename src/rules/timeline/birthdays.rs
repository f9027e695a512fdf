//! Birthdays and ages as the card rules count them (domain-rules.md §1, §2).

use chrono::{Datelike, NaiveDate};

use crate::date::add_months;

/// The birthday of someone born on `born` in `year`; 29 February is 28 February in a common
/// year (domain-rules.md Q2: the earlier, safer reading). Also says whether that shift happened.
pub(super) fn birthday_in(born: NaiveDate, year: i32) -> (NaiveDate, bool) {
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
pub(super) fn age_on(born: NaiveDate, date: NaiveDate) -> i32 {
    let before_birthday = (date.month(), date.day()) < (born.month(), born.day());
    date.year() - born.year() - i32::from(before_birthday)
}

/// The renewal window opens N months before the expiry (「3か月前から」: the earlier of the two
/// readings; the other, 「3か月前の翌日から」, is listed as a dispute).
pub(super) fn renewal_opens(expiry: NaiveDate, months: u32) -> NaiveDate {
    add_months(expiry, -(months as i32))
}

/// Last day of the month N months after the expiry month (「満了日の属する月の末日からNか月間」).
pub(super) fn grace_last_day(expiry: NaiveDate, months: u32) -> NaiveDate {
    crate::date::end_of_month(add_months(crate::date::first_of_month(expiry), months as i32))
}
