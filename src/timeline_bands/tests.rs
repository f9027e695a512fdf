use super::*;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a valid test date")
}

#[test]
fn bands_follow_each_other_without_gaps() {
    let row = RowDates {
        renewal_opens: day(2026, 12, 16),
        expiry: day(2027, 3, 15),
        grace_last_day: day(2027, 6, 30),
        grace_last_day_latest: day(2027, 6, 30),
    };
    let got = bands(row, day(2026, 1, 1), day(2027, 12, 31));
    let phases: Vec<Phase> = got.iter().map(|b| b.phase).collect();
    assert_eq!(
        phases,
        [Phase::Valid, Phase::Renewal, Phase::Grace, Phase::Expired]
    );
    for pair in got.windows(2) {
        assert_eq!(pair[0].to.succ_opt(), Some(pair[1].from));
    }
    assert_eq!(got[2].from, day(2027, 3, 16));
}

#[test]
fn an_uncertain_expiry_is_drawn_as_not_known_not_as_expired() {
    let row = RowDates {
        renewal_opens: day(2023, 10, 20),
        expiry: day(2024, 1, 20),
        grace_last_day: day(2024, 4, 30),
        grace_last_day_latest: day(2029, 4, 30),
    };
    let got = bands(row, day(2023, 1, 1), day(2030, 1, 1));
    let phases: Vec<Phase> = got.iter().map(|b| b.phase).collect();
    assert_eq!(
        phases,
        [Phase::Valid, Phase::Renewal, Phase::Unsure, Phase::Expired]
    );
    assert_eq!(got[2].to, day(2029, 4, 30));
}

#[test]
fn bands_outside_the_span_are_left_out() {
    let row = RowDates {
        renewal_opens: day(2020, 1, 1),
        expiry: day(2020, 3, 31),
        grace_last_day: day(2020, 6, 30),
        grace_last_day_latest: day(2020, 6, 30),
    };
    let got = bands(row, day(2026, 1, 1), day(2026, 12, 31));
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].phase, Phase::Expired);
}

#[test]
fn span_contains_today_and_every_date() {
    let row = RowDates {
        renewal_opens: day(2029, 7, 11),
        expiry: day(2029, 10, 10),
        grace_last_day: day(2030, 1, 31),
        grace_last_day_latest: day(2030, 1, 31),
    };
    let (start, end) = span(day(2026, 11, 22), &[row]);
    assert!(start < day(2026, 11, 22) && end > day(2030, 1, 31));
}
