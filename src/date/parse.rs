//! Parsing the dates people copy from cards and letters.
//!
//! Accepted (any field that takes a date): 西暦 `2026-03-15`, `2026/3/15`, `2026.3.15`,
//! `2026年3月15日`; 和暦 `令和8年3月15日`, `令和元年5月1日`, `R8.3.15`, `R8/3/15`, `r8.3.15`,
//! `S25.10.10`, `昭和25年10月10日`; spaces between parts; full-width digits and punctuation
//! (`令和８年３月１５日`, `２０２６／３／１５`). Everything else is rejected with a reason.

use chrono::NaiveDate;

use super::era::{ERAS, Era};

/// Why a date could not be read. Each reason has a Fluent message (`message_id`) that the CLI
/// and the window show with the field's name and the accepted forms.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// Nothing was entered.
    #[error("no date was entered")]
    Empty,
    /// The text is not one of the accepted forms.
    #[error("`{input}` is not a date in an accepted form")]
    Unrecognised { input: String },
    /// The month is not 1–12.
    #[error("month {month} does not exist")]
    MonthOutOfRange { month: u32 },
    /// The day does not exist in that month (2026-02-30).
    #[error("{year}-{month:02} has no day {day}")]
    ImpossibleDay { year: i32, month: u32, day: u32 },
    /// An era name that is not 明治, 大正, 昭和, 平成 or 令和.
    #[error("unknown era `{name}`")]
    UnknownEra { name: String },
    /// The year is outside 1868–2200 (no card, birth or letter date can be).
    #[error("the year {year} is outside 1868-2200")]
    YearOutOfRange { year: i32 },
    /// The date is not within its era (昭和64年1月8日, 平成元年1月7日, 令和0年).
    #[error("{era} covers {first} to {last}")]
    OutsideEra {
        era: &'static str,
        first: NaiveDate,
        last: String,
    },
}

impl DateError {
    /// The Fluent message id explaining this error.
    pub fn message_id(&self) -> crate::i18n::MessageId {
        match self {
            DateError::Empty => msg!("date-error-empty"),
            DateError::Unrecognised { .. } => msg!("date-error-unrecognised"),
            DateError::MonthOutOfRange { .. } => msg!("date-error-month"),
            DateError::ImpossibleDay { .. } => msg!("date-error-day"),
            DateError::UnknownEra { .. } => msg!("date-error-era-unknown"),
            DateError::YearOutOfRange { .. } => msg!("date-error-year-range"),
            DateError::OutsideEra { last, .. } if last.is_empty() => msg!("date-error-before-era"),
            DateError::OutsideEra { .. } => msg!("date-error-outside-era"),
        }
    }

    /// The Fluent arguments of the message (all as text).
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            DateError::Empty => vec![],
            DateError::Unrecognised { input } => vec![("input", input.clone())],
            DateError::MonthOutOfRange { month } => vec![("month", month.to_string())],
            DateError::ImpossibleDay { year, month, day } => {
                vec![
                    ("year", year.to_string()),
                    ("month", month.to_string()),
                    ("day", day.to_string()),
                ]
            }
            DateError::UnknownEra { name } => vec![("era", name.clone())],
            DateError::YearOutOfRange { year } => vec![("year", year.to_string())],
            DateError::OutsideEra { era, first, last } => vec![
                ("era", (*era).to_string()),
                ("first", super::format_wareki(*first)),
                ("last", last.clone()),
            ],
        }
    }
}

/// Folds full-width digits, letters and punctuation and the ideographic space to ASCII, and
/// the dash look-alikes to `-`.
fn normalise(input: &str) -> String {
    input
        .chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{30FC}' => '-',
            _ => c,
        })
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// A small cursor over the normalised text.
struct Cursor<'a> {
    rest: &'a str,
}

impl<'a> Cursor<'a> {
    fn number(&mut self, max_digits: usize) -> Option<u32> {
        let len = self.rest.bytes().take_while(u8::is_ascii_digit).count();
        if len == 0 || len > max_digits {
            return None;
        }
        let (digits, rest) = self.rest.split_at(len);
        self.rest = rest;
        digits.parse().ok()
    }

    fn era_year(&mut self) -> Option<u32> {
        if let Some(rest) = self.rest.strip_prefix('元') {
            self.rest = rest;
            return Some(1);
        }
        self.number(3)
    }

    fn separator(&mut self) -> Option<char> {
        let c = self.rest.chars().next()?;
        if matches!(c, '-' | '/' | '.' | '年' | '月') {
            self.rest = &self.rest[c.len_utf8()..];
            Some(c)
        } else {
            None
        }
    }

    fn eat(&mut self, c: char) -> bool {
        match self.rest.strip_prefix(c) {
            Some(rest) => {
                self.rest = rest;
                true
            }
            None => false,
        }
    }
}

/// Splits a leading era name off: `Some(Ok(era))`, `Some(Err(name))` for a name we do not know,
/// `None` when the text starts with a digit (西暦).
fn take_era(text: &str) -> (Option<Result<&'static Era, String>>, &str) {
    for era in &ERAS {
        if let Some(rest) = text.strip_prefix(era.kanji) {
            return (Some(Ok(era)), rest);
        }
    }
    let name_len: usize = text
        .chars()
        .take_while(|c| !c.is_ascii_digit() && *c != '元')
        .map(char::len_utf8)
        .sum();
    if name_len == 0 {
        return (None, text);
    }
    let (name, rest) = text.split_at(name_len);
    match Era::lookup(name) {
        Some(era) => (Some(Ok(era)), rest),
        None => (Some(Err(name.to_string())), rest),
    }
}

/// The first year accepted in any date field (明治元年).
pub const YEAR_MIN: i32 = 1868;
/// The last year accepted in any date field.
pub const YEAR_MAX: i32 = 2200;

/// Reads a date in any accepted form.
pub fn parse_date(input: &str) -> Result<NaiveDate, DateError> {
    let text = normalise(input);
    if text.is_empty() {
        return Err(DateError::Empty);
    }
    let unrecognised = || DateError::Unrecognised {
        input: input.trim().to_string(),
    };
    let (era, rest) = take_era(&text);
    let era = match era {
        None => None,
        Some(Ok(era)) => Some(era),
        // An unknown word before a year (慶応3年…, X8.3.15) is an era we do not know; any other
        // text is simply not a date.
        Some(Err(name)) => {
            let looks_like_era = name.chars().count() <= 3 && !name.contains(['-', '/', '.']);
            return Err(
                if looks_like_era && rest.starts_with(|c: char| c.is_ascii_digit() || c == '元') {
                    DateError::UnknownEra { name }
                } else {
                    unrecognised()
                },
            );
        }
    };
    let mut cursor = Cursor { rest };
    let year = match era {
        Some(_) => cursor.era_year(),
        None => cursor
            .number(4)
            .filter(|_| rest.bytes().take_while(u8::is_ascii_digit).count() == 4),
    }
    .ok_or_else(unrecognised)?;
    let first_sep = cursor.separator().ok_or_else(unrecognised)?;
    let month = cursor.number(2).ok_or_else(unrecognised)?;
    let second_sep = cursor.separator().ok_or_else(unrecognised)?;
    let day = cursor.number(2).ok_or_else(unrecognised)?;
    let kanji_form = first_sep == '年' && second_sep == '月';
    let punctuated = [first_sep, second_sep]
        .iter()
        .all(|c| matches!(c, '-' | '/' | '.'));
    if !kanji_form && !punctuated {
        return Err(unrecognised());
    }
    if kanji_form {
        cursor.eat('日');
    }
    if !cursor.rest.is_empty() {
        return Err(unrecognised());
    }
    if !(1..=12).contains(&month) {
        return Err(DateError::MonthOutOfRange { month });
    }
    let gregorian_year = era.map_or(year as i32, |era| era.base_year + year as i32);
    // From the first year of 明治 to well past any card: a 5-digit or far-off year is a typo.
    if !(YEAR_MIN..=YEAR_MAX).contains(&gregorian_year) {
        return Err(DateError::YearOutOfRange { year: gregorian_year });
    }
    let date = NaiveDate::from_ymd_opt(gregorian_year, month, day).ok_or(DateError::ImpossibleDay {
        year: gregorian_year,
        month,
        day,
    })?;
    if let Some(era) = era
        && (year == 0 || !era.contains(date))
    {
        return Err(DateError::OutsideEra {
            era: era.kanji,
            first: era.first(),
            last: era
                .last()
                .map(|last| super::format::format_in_era(era, last))
                .unwrap_or_default(),
        });
    }
    Ok(date)
}
