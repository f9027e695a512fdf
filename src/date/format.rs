//! Writing dates for people: 和暦 (令和8年3月15日, with 元年), 西暦 (2026年3月15日), ISO, the
//! short form used on forms (R8.3.15), and the conventional form of each language.

use chrono::{Datelike, NaiveDate};

use super::era::Era;

/// `date` in the given era: `令和8年3月15日`, `令和元年5月1日`.
pub(crate) fn format_in_era(era: &Era, date: NaiveDate) -> String {
    let year = date.year() - era.base_year;
    let year = if year == 1 {
        "元".to_string()
    } else {
        year.to_string()
    };
    format!("{}{}年{}月{}日", era.kanji, year, date.month(), date.day())
}

/// 和暦: `令和8年3月15日` (`元年` for year 1). Dates before 1873 fall back to 西暦.
pub fn format_wareki(date: NaiveDate) -> String {
    match Era::of(date) {
        Some(era) => format_in_era(era, date),
        None => format_seireki(date),
    }
}

/// The short 和暦 of forms: `R8.3.15` (year 1 as `R1`). Dates before 1873: ISO.
pub fn format_wareki_short(date: NaiveDate) -> String {
    match Era::of(date) {
        Some(era) => {
            format!(
                "{}{}.{}.{}",
                era.letter,
                date.year() - era.base_year,
                date.month(),
                date.day()
            )
        }
        None => format_iso(date),
    }
}

/// 西暦 in Japanese: `2026年3月15日`.
pub fn format_seireki(date: NaiveDate) -> String {
    format!("{}年{}月{}日", date.year(), date.month(), date.day())
}

/// ISO 8601: `2026-03-15`.
pub fn format_iso(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

#[cfg(test)]
mod tests {
    use super::super::locale::format_for_lang;
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
    }

    #[test]
    fn writes_every_form() {
        let cases = [
            (d(2026, 3, 15), "令和8年3月15日", "R8.3.15", "2026年3月15日"),
            (d(2019, 5, 1), "令和元年5月1日", "R1.5.1", "2019年5月1日"),
            (d(2019, 4, 30), "平成31年4月30日", "H31.4.30", "2019年4月30日"),
            (d(1989, 1, 8), "平成元年1月8日", "H1.1.8", "1989年1月8日"),
            (d(1989, 1, 7), "昭和64年1月7日", "S64.1.7", "1989年1月7日"),
            (d(1926, 12, 25), "昭和元年12月25日", "S1.12.25", "1926年12月25日"),
            (d(1912, 7, 30), "大正元年7月30日", "T1.7.30", "1912年7月30日"),
            (d(1912, 7, 29), "明治45年7月29日", "M45.7.29", "1912年7月29日"),
            (d(1873, 1, 1), "明治6年1月1日", "M6.1.1", "1873年1月1日"),
        ];
        for (date, wareki, short, seireki) in cases {
            assert_eq!(format_wareki(date), wareki);
            assert_eq!(format_wareki_short(date), short);
            assert_eq!(format_seireki(date), seireki);
        }
        assert_eq!(format_iso(d(2026, 3, 5)), "2026-03-05");
        assert_eq!(
            format_for_lang(d(2026, 3, 15), "ja"),
            "令和8年3月15日（2026年3月15日）"
        );
        assert_eq!(format_for_lang(d(2026, 3, 15), "en"), "15 March 2026");
    }
}
