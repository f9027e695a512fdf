//! The days a town-hall window is open: Monday to Friday, except Japan's national holidays
//! (祝日, 振替休日, 国民の休日 — 国民の祝日に関する法律) and the year-end closing 29 December to
//! 3 January (地方自治法 第4条の2; domain-rules.md §3b). Act-by dates are moved back onto such
//! a day. Pure: no I/O, no GUI.

use chrono::{Datelike, NaiveDate, Weekday};

/// The open-day calendar of a municipal window: the law's closed days plus any the site adds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Calendar {
    /// The year-end closing: first and last closed (month, day), spanning the new year.
    pub year_end: ((u32, u32), (u32, u32)),
    /// Extra closed days (first, last), both included, e.g. from a site profile.
    pub extra_closed: Vec<(NaiveDate, NaiveDate)>,
}

impl Default for Calendar {
    /// 29 December to 3 January closed, nothing else added.
    fn default() -> Self {
        Calendar {
            year_end: ((12, 29), (1, 3)),
            extra_closed: Vec::new(),
        }
    }
}

fn day(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, day)
}

/// The `n`-th `weekday` of a month (成人の日 = the 2nd Monday of January).
fn nth_weekday(year: i32, month: u32, weekday: Weekday, n: u8) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(year, month, weekday, n)
}

/// 春分の日 and 秋分の日 by the usual approximation (valid 1980–2099); the 内閣府 announces the
/// real day each February for the next year, and has matched this formula so far.
fn equinox(year: i32, base: f64) -> u32 {
    let y = f64::from(year - 1980);
    (base + 0.242_194 * y - (y / 4.0).floor()).floor() as u32
}

/// The named holidays (祝日) of a year, before substitute and sandwiched days.
fn named_holidays(year: i32) -> Vec<NaiveDate> {
    let mut days = vec![
        day(year, 1, 1),
        nth_weekday(year, 1, Weekday::Mon, 2),
        day(year, 2, 11),
        day(year, 3, equinox(year, 20.8431)),
        day(year, 4, 29),
        day(year, 5, 3),
        day(year, 5, 4),
        day(year, 5, 5),
        nth_weekday(year, 9, Weekday::Mon, 3),
        day(year, 9, equinox(year, 23.2488)),
        day(year, 11, 3),
        day(year, 11, 23),
    ];
    // 天皇誕生日: 12月23日 until 2018, none in 2019, 2月23日 from 2020.
    days.push(match year {
        ..=2018 => day(year, 12, 23),
        2019 => None,
        _ => day(year, 2, 23),
    });
    // 海の日, 山の日 and スポーツの日 moved for the Tokyo Olympics (2020, 2021: 特別措置法).
    let (marine, mountain, sports) = match year {
        2020 => (day(2020, 7, 23), day(2020, 8, 10), day(2020, 7, 24)),
        2021 => (day(2021, 7, 22), day(2021, 8, 8), day(2021, 7, 23)),
        _ => (
            nth_weekday(year, 7, Weekday::Mon, 3),
            if year >= 2016 { day(year, 8, 11) } else { None },
            nth_weekday(year, 10, Weekday::Mon, 2),
        ),
    };
    days.extend([marine, mountain, sports]);
    if year == 2019 {
        // 天皇の即位の日 and 即位礼正殿の儀の行われる日 (平成30年法律第99号).
        days.extend([day(2019, 5, 1), day(2019, 10, 22)]);
    }
    let mut days: Vec<NaiveDate> = days.into_iter().flatten().collect();
    days.sort();
    days
}

/// Every national holiday of a year: the named ones, 振替休日 (a holiday on a Sunday moves to the
/// next day that is not a holiday) and 国民の休日 (a day between two holidays).
pub fn holidays(year: i32) -> Vec<NaiveDate> {
    let named = named_holidays(year);
    let mut all = named.clone();
    for holiday in &named {
        if holiday.weekday() == Weekday::Sun {
            let mut next = holiday.succ_opt();
            while let Some(candidate) = next {
                if !named.contains(&candidate) {
                    all.push(candidate);
                    break;
                }
                next = candidate.succ_opt();
            }
        }
    }
    for pair in named.windows(2) {
        let (first, second) = (pair[0], pair[1]);
        if let Some(between) = first.succ_opt()
            && between.succ_opt() == Some(second)
            && between.weekday() != Weekday::Sun
            && !all.contains(&between)
        {
            all.push(between);
        }
    }
    all.sort();
    all.dedup();
    all
}

/// Whether `date` is a national holiday.
pub fn is_holiday(date: NaiveDate) -> bool {
    holidays(date.year()).contains(&date)
}

impl Calendar {
    /// Whether the window is open on `date`.
    pub fn is_open(&self, date: NaiveDate) -> bool {
        !matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
            && !self.in_year_end(date)
            && !is_holiday(date)
            && !self
                .extra_closed
                .iter()
                .any(|(first, last)| (*first..=*last).contains(&date))
    }

    /// Whether `date` falls in the year-end closing (it spans the new year).
    fn in_year_end(&self, date: NaiveDate) -> bool {
        let day = (date.month(), date.day());
        let (first, last) = self.year_end;
        if first <= last {
            (first..=last).contains(&day)
        } else {
            day >= first || day <= last
        }
    }

    /// The last open day on or before `date` (the day itself when open).
    pub fn last_open_on_or_before(&self, date: NaiveDate) -> NaiveDate {
        let mut candidate = date;
        // A year has far fewer than 400 closed days in a row; the bound only guards bad input.
        for _ in 0..400 {
            if self.is_open(candidate) {
                return candidate;
            }
            match candidate.pred_opt() {
                Some(previous) => candidate = previous,
                None => return date,
            }
        }
        date
    }

    /// The first open day on or after `date` (the day itself when open): "go now" on a Sunday
    /// or during the year-end closing means the next day the window opens.
    pub fn first_open_on_or_after(&self, date: NaiveDate) -> NaiveDate {
        let mut candidate = date;
        for _ in 0..400 {
            if self.is_open(candidate) {
                return candidate;
            }
            match candidate.succ_opt() {
                Some(next) => candidate = next,
                None => return date,
            }
        }
        date
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, dd).expect("valid test date")
    }

    #[test]
    fn substitute_and_sandwiched_days() {
        // 2019: 4/30 and 5/2 between holidays; 5/6 振替 for 5/5 (Sunday).
        let h = holidays(2019);
        for date in [d(2019, 4, 30), d(2019, 5, 2), d(2019, 5, 6), d(2019, 10, 22)] {
            assert!(h.contains(&date), "{date}");
        }
        // 2015's silver week: 9/22 between 敬老の日 and 秋分の日.
        assert!(holidays(2015).contains(&d(2015, 9, 22)));
    }

    #[test]
    fn act_by_moves_back_over_the_year_end_and_weekends() {
        let calendar = Calendar::default();
        assert_eq!(calendar.last_open_on_or_before(d(2026, 12, 31)), d(2026, 12, 28));
        assert_eq!(calendar.last_open_on_or_before(d(2027, 1, 31)), d(2027, 1, 29));
        assert_eq!(calendar.last_open_on_or_before(d(2027, 1, 4)), d(2027, 1, 4));
        // 2027-01-11 is 成人の日 (a Monday): back to Friday the 8th.
        assert_eq!(calendar.last_open_on_or_before(d(2027, 1, 11)), d(2027, 1, 8));
    }
}
