//! Table tests for the expiry timeline (every worked example of domain-rules.md §1–3) and
//! property tests of its invariants.

use chrono::{Datelike, NaiveDate};
use mynaho_guide::rules::{
    CardInput, CertInput, Rules, Status, Timeline, TimelineError, TimelineInput, Warning, compute_timeline,
    nth_birthday_after,
};
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

fn rules() -> Rules {
    Rules::embedded().expect("embedded rules load")
}

#[track_caller]
fn compute(today: NaiveDate, born: Option<NaiveDate>, card: CardInput, cert: CertInput) -> Timeline {
    compute_timeline(
        &rules(),
        &TimelineInput {
            today,
            born,
            card,
            cert,
            residence_until: None,
        },
    )
    .expect("timeline")
}

#[test]
fn government_example_card_and_first_certificate() {
    // 政府広報: birthday 10月10日, issued 2020-05-15 → card 2029-10-10; e-cert 2024-10-10.
    let t = compute(
        d(2026, 11, 22),
        Some(d(1950, 10, 10)),
        CardInput::Issued {
            issued: d(2020, 5, 15),
            applied: None,
        },
        CertInput::Unknown,
    );
    assert_eq!(t.card.expiry, d(2029, 10, 10));
    assert_eq!(t.certificate.expiry, d(2024, 10, 10));
    assert_eq!(t.certificate.grace_last_day, d(2025, 1, 31));
    assert_eq!(t.card.grace_last_day, d(2029, 12, 31));
    // The certificate date was not given: if it was never renewed it ended, if it was renewed
    // it runs with the card. That is "check", never "expired".
    assert_eq!(t.certificate.expiry_latest, d(2029, 10, 10));
    assert_eq!(t.mynaho.status, Status::Check);
    assert_eq!(t.mynaho.full_function_until, d(2024, 10, 10));
    assert_eq!(t.mynaho.usable_until, d(2025, 1, 31));
    assert_eq!(
        t.warnings,
        vec![Warning::ComputedNotPrinted, Warning::CertificateAssumed]
    );
}

#[test]
fn certificate_grace_is_month_end_plus_three_months() {
    // domain-rules.md §3.3.
    let cases = [
        (d(2026, 3, 15), d(2026, 6, 30)),
        (d(2026, 1, 31), d(2026, 4, 30)),
        (d(2025, 11, 10), d(2026, 2, 28)),
        (d(2027, 11, 1), d(2028, 2, 29)),
        (d(2026, 2, 10), d(2026, 5, 31)),
    ];
    for (expiry, last) in cases {
        let t = compute(
            d(2026, 1, 1),
            None,
            CardInput::Expiry(d(2035, 1, 1)),
            CertInput::Expiry(expiry),
        );
        assert_eq!(
            t.certificate.grace_last_day, last,
            "certificate expiring {expiry}"
        );
    }
}

#[test]
fn card_body_grace_is_month_end_plus_two_months() {
    // S4 Q8: 2026-03-15 → 2026-05-31 (the conservative card-body reading).
    let t = compute(
        d(2026, 1, 1),
        None,
        CardInput::Expiry(d(2026, 3, 15)),
        CertInput::Expiry(d(2026, 3, 15)),
    );
    assert_eq!(t.card.grace_last_day, d(2026, 5, 31));
    assert_eq!(t.certificate.grace_last_day, d(2026, 6, 30));
    assert_eq!(t.mynaho.usable_until, d(2026, 5, 31));
}

#[test]
fn early_renewal_reaches_the_sixth_birthday() {
    // §2: birthday 6月15日, renewed 2026-04-01 → 2031-06-15, not 2030-06-15.
    let t = compute(
        d(2026, 11, 22),
        Some(d(1960, 6, 15)),
        CardInput::Expiry(d(2034, 6, 15)),
        CertInput::Issued {
            issued: d(2026, 4, 1),
            renewal: Some(true),
        },
    );
    assert_eq!(t.certificate.expiry, d(2031, 6, 15));
    let t = compute(
        d(2026, 11, 22),
        Some(d(1960, 6, 15)),
        CardInput::Expiry(d(2034, 6, 15)),
        CertInput::Issued {
            issued: d(2026, 4, 1),
            renewal: Some(false),
        },
    );
    assert_eq!(t.certificate.expiry, d(2030, 6, 15));
}

#[test]
fn certificate_never_outlasts_a_computed_card() {
    let t = compute(
        d(2026, 11, 22),
        Some(d(1960, 6, 15)),
        CardInput::Expiry(d(2028, 6, 15)),
        CertInput::Issued {
            issued: d(2026, 4, 1),
            renewal: Some(false),
        },
    );
    assert_eq!(t.certificate.expiry, d(2028, 6, 15));
}

#[test]
fn leap_day_birthdays_fall_on_28_february() {
    // §1: DOB 1948-02-29, issued 2021-03-01 → 10th birthday in 2031 → 2031-02-28 (assumption).
    let t = compute(
        d(2026, 11, 22),
        Some(d(1948, 2, 29)),
        CardInput::Issued {
            issued: d(2021, 3, 1),
            applied: None,
        },
        CertInput::Unknown,
    );
    assert_eq!(t.card.expiry, d(2031, 2, 28));
    assert_eq!(t.certificate.expiry, d(2026, 2, 28));
    assert!(t.warnings.contains(&Warning::LeapDayBirthday));
    // A leap year keeps 29 February.
    assert_eq!(
        nth_birthday_after(d(1948, 2, 29), d(2023, 3, 1), 1),
        (d(2024, 2, 29), false)
    );
    // 28 February of a common year is itself the birthday: the next one is strictly after.
    assert_eq!(
        nth_birthday_after(d(1948, 2, 29), d(2031, 2, 28), 1),
        (d(2032, 2, 29), false)
    );
}

#[test]
fn birthdays_are_counted_strictly_after_the_issue_date() {
    assert_eq!(
        nth_birthday_after(d(1950, 10, 10), d(2020, 10, 10), 1).0,
        d(2021, 10, 10)
    );
    assert_eq!(
        nth_birthday_after(d(1950, 10, 10), d(2020, 10, 9), 1).0,
        d(2020, 10, 10)
    );
    assert_eq!(
        nth_birthday_after(d(1950, 10, 10), d(2020, 10, 11), 10).0,
        d(2030, 10, 10)
    );
}

#[test]
fn age_threshold_switches_on_2022_04_01() {
    let born = d(2003, 6, 1); // 18 in spring 2022, 20 only from 2023-06-01
    let card = |issued, applied| {
        compute(
            d(2026, 11, 22),
            Some(born),
            CardInput::Issued { issued, applied },
            CertInput::Unknown,
        )
        .card
        .expiry
    };
    // Applied before the switch at 18: threshold 20 → 5th birthday.
    assert_eq!(card(d(2022, 4, 20), Some(d(2022, 3, 20))), d(2026, 6, 1));
    // Applied after the switch at 18: threshold 18 → 10th birthday.
    assert_eq!(card(d(2022, 4, 20), Some(d(2022, 4, 1))), d(2031, 6, 1));
    // Without an application date both readings are possible: the earliest is used.
    assert_eq!(card(d(2022, 4, 20), None), d(2026, 6, 1));
    // A child's card: 5th birthday.
    assert_eq!(card(d(2016, 1, 10), None), d(2020, 6, 1));
    // Born on 29 February: 18 only from 1 March in a common year.
    let leap = |applied| {
        compute(
            d(2026, 11, 22),
            Some(d(2008, 2, 29)),
            CardInput::Issued {
                issued: d(2026, 3, 10),
                applied: Some(applied),
            },
            CertInput::Unknown,
        )
        .card
        .expiry
    };
    assert_eq!(leap(d(2026, 2, 28)), d(2031, 2, 28)); // 17 on the application day → 5th birthday
    assert_eq!(leap(d(2026, 3, 1)), d(2036, 2, 29)); // 18 → 10th birthday
    // Age reached exactly on the application day counts.
    assert_eq!(
        card(d(2021, 7, 1), Some(d(2023, 6, 1).min(d(2021, 6, 1)))),
        d(2026, 6, 1)
    );
}

#[test]
fn renewal_opens_three_months_before() {
    let t = compute(
        d(2026, 1, 1),
        None,
        CardInput::Expiry(d(2026, 5, 31)),
        CertInput::Expiry(d(2026, 3, 15)),
    );
    // 「3か月前から」, the earlier reading; 「3か月前の翌日から」 is listed as a dispute.
    assert_eq!(t.card.renewal_opens, d(2026, 2, 28));
    assert_eq!(t.certificate.renewal_opens, d(2025, 12, 15));
    assert!(t.disputes.iter().any(|dispute| dispute.id == "renewal-opens"));
    assert_eq!(t.certificate.registration_cutoff, d(2026, 3, 10));
}

#[test]
fn status_on_the_boundary_days() {
    let at = |today| {
        compute(
            today,
            None,
            CardInput::Expiry(d(2030, 1, 1)),
            CertInput::Expiry(d(2026, 3, 15)),
        )
        .mynaho
        .status
    };
    assert_eq!(at(d(2026, 3, 15)), Status::Valid);
    assert_eq!(at(d(2026, 3, 16)), Status::Grace);
    assert_eq!(at(d(2026, 6, 30)), Status::Grace);
    assert_eq!(at(d(2026, 7, 1)), Status::Expired);
}

#[test]
fn card_expiry_alone_infers_the_first_certificate() {
    let t = compute(
        d(2026, 11, 22),
        Some(d(1950, 10, 10)),
        CardInput::Expiry(d(2029, 10, 10)),
        CertInput::Unknown,
    );
    assert_eq!(t.certificate.expiry, d(2024, 10, 10));
    assert_eq!(t.warnings, vec![Warning::CertificateAssumed]);
    // Applied at 19 after the switch: an adult card, so the certificate ended 5 years earlier.
    let t = compute(
        d(2027, 6, 1),
        Some(d(2002, 7, 9)),
        CardInput::Expiry(d(2031, 7, 9)),
        CertInput::Unknown,
    );
    assert_eq!(t.certificate.expiry, d(2026, 7, 9));
    assert_eq!(t.mynaho.status, Status::Check);
    // A child's 5-year card: the certificate ends with the card.
    let t = compute(
        d(2026, 11, 22),
        Some(d(2015, 10, 10)),
        CardInput::Expiry(d(2027, 10, 10)),
        CertInput::Unknown,
    );
    assert_eq!(t.certificate.expiry, d(2027, 10, 10));
}

#[test]
fn missing_or_contradictory_input_is_an_error() {
    let input = |born, card, cert| TimelineInput {
        today: d(2026, 11, 22),
        born,
        card,
        cert,
        residence_until: None,
    };
    let rules = rules();
    let issued = CardInput::Issued {
        issued: d(2020, 5, 15),
        applied: None,
    };
    assert_eq!(
        compute_timeline(&rules, &input(None, issued, CertInput::Unknown)),
        Err(TimelineError::BirthDateNeeded)
    );
    assert_eq!(
        compute_timeline(&rules, &input(Some(d(2021, 1, 1)), issued, CertInput::Unknown)),
        Err(TimelineError::BeforeBirth(
            mynaho_guide::rules::DateField::CardIssued
        ))
    );
    let applied_late = CardInput::Issued {
        issued: d(2020, 5, 15),
        applied: Some(d(2020, 6, 1)),
    };
    assert_eq!(
        compute_timeline(
            &rules,
            &input(Some(d(1950, 1, 1)), applied_late, CertInput::Unknown)
        ),
        Err(TimelineError::AppliedAfterIssue)
    );
}

#[test]
fn a_replacement_rules_file_changes_the_numbers() {
    let text = std::fs::read_to_string("assets/rules/rules.toml").expect("rules file");
    let changed = text.replace(
        "[card_body.grace_months]\nvalue = 2",
        "[card_body.grace_months]\nvalue = 3",
    );
    assert_ne!(text, changed, "the replacement must hit the card grace rule");
    let rules = Rules::from_toml(&changed).expect("valid replacement");
    let t = compute_timeline(
        &rules,
        &TimelineInput {
            today: d(2026, 1, 1),
            born: None,
            card: CardInput::Expiry(d(2026, 3, 15)),
            cert: CertInput::Expiry(d(2026, 3, 15)),
            residence_until: None,
        },
    )
    .expect("timeline");
    assert_eq!(t.card.grace_last_day, d(2026, 6, 30));
    assert!(Rules::from_toml(&text.replace("value = 10", "value = 0")).is_err());
    assert!(Rules::from_toml(&text.replace("2022-04-01", "2022-04-31")).is_err());
    assert!(Rules::from_toml("version = 1").is_err());
}

#[test]
fn facts_follow_today() {
    let rules = rules();
    let ids = |today| {
        rules
            .facts_on(today)
            .into_iter()
            .map(|f| f.id.as_str())
            .collect::<Vec<_>>()
    };
    let now = ids(d(2026, 11, 22));
    assert!(now.contains(&"legacy-cards-ended") && now.contains(&"kouki-85-plus"));
    assert!(!now.contains(&"clinic-tolerance") && !now.contains(&"kouki-blanket"));
    let early = ids(d(2026, 1, 15));
    assert!(early.contains(&"clinic-tolerance") && early.contains(&"kouki-blanket"));
    assert!(!early.contains(&"kouki-status-based"));
    assert!(
        rules
            .facts
            .iter()
            .any(|f| f.id == "kouki-85-plus" && f.reported_by_one_insurer)
    );
}

fn date_in(first: NaiveDate, last: NaiveDate) -> impl Strategy<Value = NaiveDate> {
    (first.num_days_from_ce()..=last.num_days_from_ce())
        .prop_map(|days| NaiveDate::from_num_days_from_ce_opt(days).expect("in range"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn invariants_hold_for_random_people(
        born in date_in(d(1910, 1, 1), d(2015, 12, 31)),
        issue_offset in 0i64..(365 * 12),
        cert_offset in 0i64..(365 * 9),
        early in proptest::option::of(any::<bool>()),
        today_offset in 0u64..(365 * 15),
    ) {
        let issued = d(2016, 1, 1) + chrono::Days::new(issue_offset as u64);
        prop_assume!(issued > born);
        let cert_issued = issued + chrono::Days::new(cert_offset as u64);
        let today = cert_issued + chrono::Days::new(today_offset);
        let t = compute(today, Some(born), CardInput::Issued { issued, applied: None },
            CertInput::Issued { issued: cert_issued, renewal: early });
        prop_assert!(t.card.expiry <= t.card.expiry_latest);
        prop_assert!(t.certificate.expiry <= t.certificate.expiry_latest);
        prop_assert!(t.certificate.expiry_latest <= t.card.expiry_latest);
        prop_assert!(t.act_by >= today);
        prop_assert!(t.card.grace_last_day >= t.card.expiry);
        prop_assert!(t.certificate.grace_last_day >= t.certificate.expiry);
        prop_assert!(t.certificate.expiry <= t.card.expiry);
        prop_assert!(t.card.expiry > issued);
        prop_assert!(t.card.renewal_opens <= t.card.expiry);
        prop_assert!(t.certificate.registration_cutoff < t.certificate.expiry);
        prop_assert!(t.mynaho.full_function_until <= t.mynaho.usable_until);
        // The expiry is a birthday (or 28 February for a leap-day birth).
        prop_assert_eq!(t.card.expiry.month(), if born.month() == 2 && born.day() == 29 && t.card.expiry.day() == 28 { 2 } else { born.month() });
        let status = if today <= t.mynaho.full_function_until { Status::Valid }
            else if today <= t.mynaho.usable_until { Status::Grace } else { Status::Expired };
        // The earliest dates decide, unless the latest give another status: then "check".
        if t.mynaho.status == Status::Check {
            prop_assert!(t.uncertain());
        } else {
            prop_assert_eq!(t.mynaho.status, status);
        }
        // Grace ends on a month end.
        prop_assert_eq!(t.certificate.grace_last_day.succ_opt().map(|n| n.day()), Some(1));
    }
}
