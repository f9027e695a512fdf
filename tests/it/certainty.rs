//! Never state as fact what was assumed: the personas of issue 8 (a certificate date not
//! given, a card whose application date decides between two expiries, a possible early
//! renewal, a card limited by the period of stay), the refusals, and act-by dates on days the
//! town-hall window is open — checked against the independent holiday list in
//! `tests/data/jp-national-holidays-2016-2035.csv` (domain-rules.md §3b).

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate, Weekday};
use mynaho_guide::calendar::{self, Calendar};
use mynaho_guide::date::{DateError, parse_date};
use mynaho_guide::rules::{
    Basis, CardInput, CertInput, DateField, Rules, Status, Timeline, TimelineError, TimelineInput, Warning,
    compute_timeline,
};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

fn rules() -> Rules {
    Rules::embedded().expect("embedded rules load")
}

fn input(today: NaiveDate, born: NaiveDate, card: CardInput, cert: CertInput) -> TimelineInput {
    TimelineInput {
        today,
        born: Some(born),
        card,
        cert,
        residence_until: None,
    }
}

#[track_caller]
fn compute(input: TimelineInput) -> Timeline {
    compute_timeline(&rules(), &input).expect("timeline")
}

/// The national holidays of the independent list.
fn holiday_list() -> BTreeSet<NaiveDate> {
    let text =
        std::fs::read_to_string("tests/data/jp-national-holidays-2016-2035.csv").expect("holiday list");
    text.lines()
        .filter(|line| !line.starts_with('#') && !line.starts_with("date"))
        .filter_map(|line| line.split(',').next())
        .map(|date| NaiveDate::parse_from_str(date, "%Y-%m-%d").expect("ISO date in the list"))
        .collect()
}

/// Open by the law, judged from the independent list (not from our calendar).
fn open_by_list(list: &BTreeSet<NaiveDate>, date: NaiveDate) -> bool {
    let year_end = matches!((date.month(), date.day()), (12, 29..=31) | (1, 1..=3));
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) && !year_end && !list.contains(&date)
}

#[test]
fn an_unrenewed_certificate_is_checked_not_declared_expired() {
    // Issue 8: S16.1.20, card 2029-01-20, nothing about the certificate, on 2026-11-30.
    let t = compute(input(
        d(2026, 11, 30),
        d(1941, 1, 20),
        CardInput::Expiry(d(2029, 1, 20)),
        CertInput::Unknown,
    ));
    assert_eq!(t.mynaho.status, Status::Check);
    assert_eq!(t.certificate.basis, Basis::Assumed);
    // Never renewed: the first certificate ended at the 5th birthday after the card's issue.
    assert_eq!(t.certificate.expiry, d(2024, 1, 20));
    // Renewed (the normal case, S0): it can run with the card.
    assert_eq!(t.certificate.expiry_latest, d(2029, 1, 20));
    assert_eq!(t.card.basis, Basis::Entered);
    assert!(t.warnings.contains(&Warning::CertificateAssumed));
    assert_eq!(t.act_by, d(2026, 11, 30), "check today");
}

#[test]
fn an_application_date_before_the_switch_gives_two_card_expiries() {
    // Born 2002-09-10, issued 2022-04-25: applied before 2022-04-01 at 19 (threshold 20) → 5th
    // birthday 2026-09-10; applied from 2022-04-01 (threshold 18) → 10th, 2031-09-10.
    let born = d(2002, 9, 10);
    let card = |applied| CardInput::Issued {
        issued: d(2022, 4, 25),
        applied,
    };
    let t = compute(input(d(2026, 11, 30), born, card(None), CertInput::Unknown));
    assert_eq!(t.card.basis, Basis::Ambiguous);
    assert_eq!(
        (t.card.expiry, t.card.expiry_latest),
        (d(2026, 9, 10), d(2031, 9, 10))
    );
    assert!(t.warnings.contains(&Warning::CardApplicationDateNeeded));
    assert_eq!(t.mynaho.status, Status::Check);
    let applied = |day| compute(input(d(2026, 11, 30), born, card(Some(day)), CertInput::Unknown)).card;
    assert_eq!(applied(d(2022, 3, 20)).expiry, d(2026, 9, 10));
    assert_eq!(applied(d(2022, 3, 20)).basis, Basis::Computed);
    assert_eq!(applied(d(2022, 4, 5)).expiry, d(2031, 9, 10));
    // An adult long before the switch: one reading, computed.
    let t = compute(input(
        d(2026, 11, 30),
        d(1950, 10, 10),
        CardInput::Issued {
            issued: d(2020, 5, 15),
            applied: None,
        },
        CertInput::Unknown,
    ));
    assert_eq!(t.card.basis, Basis::Computed);
}

#[test]
fn a_certificate_issued_in_the_renewal_window_may_be_an_early_renewal() {
    // Birthday 2 April; issued 2024-03-01, within 3 months before 2024-04-02: 5th (2028) or 6th
    // (2029) birthday (domain-rules.md §2).
    let born = d(1950, 4, 2);
    let cert = |renewal| CertInput::Issued {
        issued: d(2024, 3, 1),
        renewal,
    };
    let at = |renewal| {
        compute(input(
            d(2026, 11, 30),
            born,
            CardInput::Expiry(d(2031, 4, 2)),
            cert(renewal),
        ))
    };
    let t = at(None);
    assert_eq!(t.certificate.basis, Basis::Ambiguous);
    assert_eq!(
        (t.certificate.expiry, t.certificate.expiry_latest),
        (d(2028, 4, 2), d(2029, 4, 2))
    );
    assert!(t.warnings.contains(&Warning::CertificateRenewalUnknown));
    assert_eq!(t.mynaho.status, Status::Valid, "both readings are valid today");
    assert_eq!(at(Some(true)).certificate.expiry, d(2029, 4, 2));
    assert_eq!(at(Some(false)).certificate.expiry, d(2028, 4, 2));
    assert_eq!(at(Some(false)).certificate.basis, Basis::Computed);
    // Outside the window (more than 3 months before the birthday): computed, 5th birthday.
    let t = compute(input(
        d(2026, 11, 30),
        born,
        CardInput::Expiry(d(2031, 4, 2)),
        CertInput::Issued {
            issued: d(2023, 11, 1),
            renewal: None,
        },
    ));
    assert_eq!(t.certificate.basis, Basis::Computed);
    assert_eq!(t.certificate.expiry, d(2028, 4, 2));
    // Issued with the card (same day): the first certificate, not a renewal.
    let t = compute(input(
        d(2026, 11, 30),
        born,
        CardInput::Issued {
            issued: d(2024, 3, 1),
            applied: None,
        },
        cert(None),
    ));
    assert_eq!(t.certificate.basis, Basis::Computed);
}

#[test]
fn a_period_of_stay_ends_the_card_and_its_certificate() {
    let mut person = input(
        d(2026, 11, 30),
        d(1990, 5, 5),
        CardInput::Issued {
            issued: d(2024, 6, 1),
            applied: None,
        },
        CertInput::Unknown,
    );
    person.residence_until = Some(d(2027, 3, 31));
    let t = compute(person);
    assert_eq!(t.card.expiry, d(2027, 3, 31));
    assert!(t.card.limited_by_residence);
    assert_eq!(t.certificate.expiry, d(2027, 3, 31));
    assert_eq!(t.certificate.expiry_latest, d(2027, 3, 31));
    assert!(t.warnings.contains(&Warning::ResidenceNoReminder));
    assert_eq!(t.mynaho.status, Status::Valid);
    // A later period of stay than the birthday rule changes nothing.
    person.residence_until = Some(d(2036, 1, 1));
    let t = compute(person);
    assert_eq!(t.card.expiry, d(2034, 5, 5));
    assert!(!t.card.limited_by_residence);
    assert!(!t.warnings.contains(&Warning::ResidenceNoReminder));
}

#[test]
fn dates_that_cannot_be_are_refused_naming_the_field() {
    let rules = rules();
    let today = d(2026, 11, 30);
    let born = d(1950, 1, 1);
    let refuse = |card, cert| compute_timeline(&rules, &input(today, born, card, cert)).err();
    let issued = |issued| CardInput::Issued {
        issued,
        applied: None,
    };
    assert_eq!(
        refuse(issued(d(2026, 12, 1)), CertInput::Unknown),
        Some(TimelineError::AfterToday(DateField::CardIssued))
    );
    assert_eq!(
        refuse(issued(d(2015, 10, 4)), CertInput::Unknown),
        Some(TimelineError::BeforeFirstCard(DateField::CardIssued))
    );
    assert_eq!(
        refuse(
            issued(d(2020, 5, 15)),
            CertInput::Issued {
                issued: d(2020, 5, 14),
                renewal: None
            }
        ),
        Some(TimelineError::CertIssuedBeforeCard)
    );
    assert_eq!(
        refuse(CardInput::Expiry(d(2029, 1, 1)), CertInput::Expiry(d(2029, 1, 2))),
        Some(TimelineError::CertExpiryAfterCard)
    );
    // With a computed card, a later certificate is a warning: one of the two is wrong.
    let t = compute(input(
        today,
        born,
        issued(d(2020, 5, 15)),
        CertInput::Expiry(d(2030, 1, 2)),
    ));
    assert!(t.warnings.contains(&Warning::CertificateAfterCard));
    // Years outside 1868–2200 in any field.
    assert_eq!(
        parse_date("1867-12-31"),
        Err(DateError::YearOutOfRange { year: 1867 })
    );
    assert_eq!(
        parse_date("2201-01-01"),
        Err(DateError::YearOutOfRange { year: 2201 })
    );
    assert_eq!(parse_date("1868-01-01"), Ok(d(1868, 1, 1)));
    assert_eq!(parse_date("2200-12-31"), Ok(d(2200, 12, 31)));
}

#[test]
fn holidays_match_the_independent_list() {
    let list = holiday_list();
    for year in 2016..=2035 {
        let ours: BTreeSet<NaiveDate> = calendar::holidays(year).into_iter().collect();
        let theirs: BTreeSet<NaiveDate> = list.iter().copied().filter(|h| h.year() == year).collect();
        assert_eq!(ours, theirs, "holidays of {year}");
    }
}

#[test]
fn act_by_dates_fall_on_open_days_for_every_expiry_of_2016_to_2030() {
    let list = holiday_list();
    let rules = rules();
    let calendar = Calendar::default();
    let mut day = d(2016, 1, 1);
    while day <= d(2030, 12, 31) {
        // The certificate decides: renew_by is the last open day on or before its expiry.
        let t = compute(TimelineInput {
            // A today from which every date of the loop is plausible (the card within 10 years).
            today: d(2025, 12, 31),
            born: None,
            card: CardInput::Expiry(d(2035, 6, 1)),
            cert: CertInput::Expiry(day),
            residence_until: None,
        });
        let renew_by = t.certificate.renew_by;
        assert!(open_by_list(&list, renew_by), "renew_by {renew_by} for {day}");
        assert!(renew_by <= day);
        let mut between = renew_by.succ_opt().expect("day");
        while between <= day {
            assert!(
                !open_by_list(&list, between),
                "{between} is open, after {renew_by}"
            );
            between = between.succ_opt().expect("day");
        }
        // The card decides: apply_by is an open day on or before two months before expiry.
        let t = compute(TimelineInput {
            today: d(2025, 12, 31),
            born: None,
            card: CardInput::Expiry(day),
            cert: CertInput::Expiry(day),
            residence_until: None,
        });
        assert!(
            open_by_list(&list, t.card.apply_by),
            "apply_by {} for {day}",
            t.card.apply_by
        );
        assert!(t.card.apply_by <= mynaho_guide::date::add_months(day, -2));
        assert!(calendar.is_open(t.card.apply_by));
        day = day.succ_opt().expect("day");
    }
    let _ = rules;
}

#[test]
fn act_by_in_the_grace_period_moves_back_from_closed_days() {
    // Grace to 2026-12-31 (year-end closing) → Monday 2026-12-28.
    let at = |cert_expiry| {
        compute(TimelineInput {
            today: d(2026, 11, 30),
            born: None,
            card: CardInput::Expiry(d(2031, 1, 1)),
            cert: CertInput::Expiry(cert_expiry),
            residence_until: None,
        })
    };
    let t = at(d(2026, 9, 30));
    assert_eq!(t.mynaho.status, Status::Grace);
    assert_eq!(t.mynaho.usable_until, d(2026, 12, 31));
    assert_eq!(t.act_by, d(2026, 12, 28));
    // Grace to 2027-01-31, a Sunday → Friday 2027-01-29.
    let t = at(d(2026, 10, 15));
    assert_eq!(t.mynaho.usable_until, d(2027, 1, 31));
    assert_eq!(t.act_by, d(2027, 1, 29));
    // Expired: today.
    let t = at(d(2026, 5, 1));
    assert_eq!(t.mynaho.status, Status::Expired);
    assert_eq!(t.act_by, d(2026, 11, 30));
}

#[test]
fn a_card_renewal_is_a_new_card_applied_for_two_months_ahead() {
    // Card 2027-03-15 decides (certificate with it): apply by 2027-01-15 (a Friday).
    let t = compute(TimelineInput {
        today: d(2026, 11, 30),
        born: None,
        card: CardInput::Expiry(d(2027, 3, 15)),
        cert: CertInput::Expiry(d(2027, 3, 15)),
        residence_until: None,
    });
    assert_eq!(t.card.apply_by, d(2027, 1, 15));
    assert_eq!(t.act_by, d(2027, 1, 15));
    // The card decides the last usable day: the disputed card grace is listed.
    let ids: Vec<&str> = t.disputes.iter().map(|d| d.id.as_str()).collect();
    assert!(ids.contains(&"card-grace-months"), "{ids:?}");
    assert!(
        t.disputes
            .iter()
            .all(|d| !d.source.is_empty() && d.used != d.other)
    );
}

/// "Check now" on a day the window is closed means its next open day (domain-rules §3b: weekends,
/// national holidays and 12/29–1/3 are closed) — seen on a sheet printed on a Sunday.
#[test]
fn acting_today_on_a_closed_day_means_the_next_open_day() {
    let person = |today| TimelineInput {
        today,
        born: Some(d(1941, 1, 20)),
        card: CardInput::Issued {
            issued: d(2017, 1, 20),
            applied: None,
        },
        cert: CertInput::Unknown,
        residence_until: None,
    };
    for (today, open) in [
        (d(2026, 11, 22), d(2026, 11, 24)), // Sunday; Monday 11/23 is 勤労感謝の日
        (d(2026, 12, 27), d(2026, 12, 28)), // Sunday; Monday is open
        (d(2026, 12, 29), d(2027, 1, 4)),   // the year-end closing
        (d(2026, 11, 25), d(2026, 11, 25)), // a Wednesday: today
    ] {
        let t = compute(person(today));
        assert_eq!(t.mynaho.status, Status::Check, "{today}");
        assert_eq!(t.act_by(), open, "{today}");
    }
}
