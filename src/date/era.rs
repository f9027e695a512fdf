//! The Japanese eras (元号) from 明治 6 (the first Gregorian year, 1873) on.
//!
//! Source: domain-rules.md §9 (ja.wikipedia 「明治」; Java SE `JapaneseEra`). Each era starts on
//! the day of the change; the day of a change may also be written with the old era
//! (明治45年7月30日 = 大正元年7月30日, 大正15年12月25日 = 昭和元年12月25日), because
//! documents of those days vary. 昭和64年 is only 1月1日–7日; 平成元年 starts 1月8日.

use chrono::NaiveDate;

/// One era: its names and the Gregorian days it covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Era {
    /// Kanji name, e.g. 令和.
    pub kanji: &'static str,
    /// One-letter abbreviation used on forms (R, H, S, T, M).
    pub letter: char,
    /// Romanised name (Reiwa, Heisei, Showa, Taisho, Meiji).
    pub romaji: &'static str,
    /// The era's year 1 in the Gregorian calendar minus one (令和 N = 2018 + N).
    pub base_year: i32,
    /// First day that counts (明治: 1873-01-01, the first Gregorian day in Japan).
    pub first_day: (i32, u32, u32),
    /// Last day that may be written with this era (the alias day of the next era included).
    pub last_day: Option<(i32, u32, u32)>,
}

/// The eras, newest first.
pub const ERAS: [Era; 5] = [
    Era {
        kanji: "令和",
        letter: 'R',
        romaji: "Reiwa",
        base_year: 2018,
        first_day: (2019, 5, 1),
        last_day: None,
    },
    Era {
        kanji: "平成",
        letter: 'H',
        romaji: "Heisei",
        base_year: 1988,
        first_day: (1989, 1, 8),
        last_day: Some((2019, 4, 30)),
    },
    Era {
        kanji: "昭和",
        letter: 'S',
        romaji: "Showa",
        base_year: 1925,
        first_day: (1926, 12, 25),
        last_day: Some((1989, 1, 7)),
    },
    Era {
        kanji: "大正",
        letter: 'T',
        romaji: "Taisho",
        base_year: 1911,
        first_day: (1912, 7, 30),
        last_day: Some((1926, 12, 25)),
    },
    Era {
        kanji: "明治",
        letter: 'M',
        romaji: "Meiji",
        base_year: 1867,
        first_day: (1873, 1, 1),
        last_day: Some((1912, 7, 30)),
    },
];

fn ymd((y, m, d): (i32, u32, u32)) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
}

impl Era {
    /// The first day of the era (for 明治, the first day this program supports).
    pub fn first(&self) -> NaiveDate {
        ymd(self.first_day)
    }

    /// The last day that may be written in this era, if the era has ended.
    pub fn last(&self) -> Option<NaiveDate> {
        self.last_day.map(ymd)
    }

    /// Whether `date` may be written in this era.
    pub fn contains(&self, date: NaiveDate) -> bool {
        date >= self.first() && self.last().is_none_or(|last| date <= last)
    }

    /// The era a name or letter refers to (`令和`, `R`, `r`, `Reiwa`).
    pub fn lookup(name: &str) -> Option<&'static Era> {
        ERAS.iter().find(|era| {
            era.kanji == name
                || name.eq_ignore_ascii_case(era.romaji)
                || (name.chars().count() == 1 && name.chars().all(|c| c.to_ascii_uppercase() == era.letter))
        })
    }

    /// The era a date is written in today (the new era on the day of a change).
    pub fn of(date: NaiveDate) -> Option<&'static Era> {
        ERAS.iter().find(|era| date >= era.first())
    }
}
