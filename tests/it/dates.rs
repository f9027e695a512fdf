//! Table and property tests for reading and writing dates (和暦, 西暦, full-width).

use chrono::{Datelike, NaiveDate};
use mynaho_guide::date::{
    DateError, format_iso, format_seireki, format_wareki, format_wareki_short, parse_date,
};
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

#[track_caller]
fn reads(input: &str, expected: NaiveDate) {
    assert_eq!(parse_date(input), Ok(expected), "input {input:?}");
}

#[track_caller]
fn rejects(input: &str, expected_message: &str) {
    match parse_date(input) {
        Ok(date) => panic!("{input:?} was read as {date}, expected an error"),
        Err(error) => assert_eq!(
            error.message_id().as_str(),
            expected_message,
            "input {input:?}: {error:?}"
        ),
    }
}

#[test]
fn reads_seireki_forms() {
    for input in [
        "2026-03-15",
        "2026/3/15",
        "2026.3.15",
        "2026年3月15日",
        "2026年3月15",
        " 2026 / 3 / 15 ",
    ] {
        reads(input, d(2026, 3, 15));
    }
    reads("2026年 3月 15日", d(2026, 3, 15));
}

#[test]
fn reads_wareki_forms() {
    let cases = [
        ("令和8年3月15日", d(2026, 3, 15)),
        ("令和元年5月1日", d(2019, 5, 1)),
        ("令和1年5月1日", d(2019, 5, 1)),
        ("R8.3.15", d(2026, 3, 15)),
        ("R8/3/15", d(2026, 3, 15)),
        ("r8.3.15", d(2026, 3, 15)),
        ("R8-3-15", d(2026, 3, 15)),
        ("S25.10.10", d(1950, 10, 10)),
        ("昭和25年10月10日", d(1950, 10, 10)),
        ("昭和 25年 10月 10日", d(1950, 10, 10)),
        ("平成31年4月30日", d(2019, 4, 30)),
        ("大正15年12月24日", d(1926, 12, 24)),
        ("大正元年7月30日", d(1912, 7, 30)),
        ("昭和元年12月25日", d(1926, 12, 25)),
        ("昭和64年1月7日", d(1989, 1, 7)),
        ("平成元年1月8日", d(1989, 1, 8)),
        ("H1.1.8", d(1989, 1, 8)),
        ("T15.12.24", d(1926, 12, 24)),
        ("明治6年1月1日", d(1873, 1, 1)),
        ("M45.7.29", d(1912, 7, 29)),
        ("Showa25.10.10", d(1950, 10, 10)),
    ];
    for (input, expected) in cases {
        reads(input, expected);
    }
}

#[test]
fn reads_the_change_day_in_either_era() {
    // Documents of the day of an era change vary (domain-rules.md §9).
    reads("明治45年7月30日", d(1912, 7, 30));
    reads("大正15年12月25日", d(1926, 12, 25));
}

#[test]
fn reads_full_width_input() {
    reads("令和８年３月１５日", d(2026, 3, 15));
    reads("２０２６／３／１５", d(2026, 3, 15));
    reads("２０２６－０３－１５", d(2026, 3, 15));
    reads("Ｒ８．３．１５", d(2026, 3, 15));
    reads("昭和\u{3000}２５年１０月１０日", d(1950, 10, 10));
}

#[test]
fn rejects_impossible_days_and_months() {
    rejects("2026-02-30", "date-error-day");
    rejects("2025-02-29", "date-error-day");
    rejects("令和7年2月29日", "date-error-day");
    rejects("2026-04-31", "date-error-day");
    rejects("2026-03-00", "date-error-day");
    rejects("2026-13-01", "date-error-month");
    rejects("2026-00-10", "date-error-month");
    rejects("R8.13.1", "date-error-month");
    assert_eq!(
        parse_date("2026-02-30"),
        Err(DateError::ImpossibleDay {
            year: 2026,
            month: 2,
            day: 30
        })
    );
}

#[test]
fn rejects_dates_outside_their_era() {
    for input in [
        "昭和64年1月8日",
        "平成元年1月7日",
        "平成1年1月1日",
        "平成31年5月1日",
        "大正15年12月26日",
        "明治5年12月31日",
        "明治45年7月31日",
        "S64.1.8",
    ] {
        rejects(input, "date-error-outside-era");
    }
    // 令和 has not ended: the message says only where it starts.
    for input in ["令和0年5月1日", "令和元年4月30日", "R0.5.1"] {
        rejects(input, "date-error-before-era");
    }
}

#[test]
fn rejects_unknown_eras_and_garbage() {
    rejects("慶応3年1月1日", "date-error-era-unknown");
    rejects("X8.3.15", "date-error-era-unknown");
    rejects("", "date-error-empty");
    rejects("   ", "date-error-empty");
    for garbage in [
        "hello",
        "2026",
        "2026-03",
        "26/3/15",
        "2026/3/15/1",
        "2026年3/15",
        "2026-3月15日",
        "2026-3年15",
        "R8年3.15",
        "20260315",
        "2026-03-15T10:00",
        "令和",
        "12345-1-1",
        "2026/03/15日",
    ] {
        rejects(garbage, "date-error-unrecognised");
    }
    // Four-digit years outside 1868–2200 are readable but refused, saying the range.
    for far in [
        "0000-01-01",
        "0999-12-31",
        "9999-12-31",
        "1867-12-31",
        "2201-01-01",
    ] {
        rejects(far, "date-error-year-range");
    }
}

#[test]
fn messages_carry_what_was_wrong() {
    let error = parse_date("昭和64年1月8日").expect_err("outside era");
    let args = error.args();
    assert!(args.contains(&("era", "昭和".to_string())), "{args:?}");
    assert!(args.contains(&("last", "昭和64年1月7日".to_string())), "{args:?}");
    let error = parse_date("明治45年7月31日").expect_err("outside era");
    assert!(error.args().contains(&("last", "明治45年7月30日".to_string())));
}

fn any_supported_date() -> impl Strategy<Value = NaiveDate> {
    let first = d(1873, 1, 1).num_days_from_ce();
    let last = d(2200, 12, 31).num_days_from_ce();
    (first..=last).prop_map(|days| NaiveDate::from_num_days_from_ce_opt(days).expect("in range"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn every_written_form_reads_back(date in any_supported_date()) {
        for written in [format_wareki(date), format_wareki_short(date), format_seireki(date), format_iso(date)] {
            prop_assert_eq!(parse_date(&written), Ok(date), "written as {}", written);
        }
    }

    #[test]
    fn slashed_and_dotted_forms_read_back(date in any_supported_date()) {
        let (y, m, day) = (date.year(), date.month(), date.day());
        prop_assert_eq!(parse_date(&format!("{y}/{m}/{day}")), Ok(date));
        prop_assert_eq!(parse_date(&format!("{y}.{m:02}.{day:02}")), Ok(date));
    }

    #[test]
    fn nothing_panics_on_arbitrary_text(text in "\\PC{0,20}") {
        let _ = parse_date(&text);
    }
}
