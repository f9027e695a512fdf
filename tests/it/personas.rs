//! One person, one answer: 24 personas run through the command line (`timeline --format json`),
//! the window (typed and clicked with iced_test's simulator, then read back from the app), and
//! the sheet model; all three must give the same dates, bases and status (issue 8, item 10).

use chrono::NaiveDate;
use iced_test::Simulator;
use iced_test::selector::id;
use mynaho_guide::app::{App, Options};
use mynaho_guide::date::format_for_lang;
use mynaho_guide::i18n::Localizer;
use mynaho_guide::person::{PersonForm, Renewal};
use mynaho_guide::rules::{Rules, Timeline, Warning};
use mynaho_guide::sheet::{Block, Sheet, SheetRequest, StatusKind};
use serde_json::Value;

use crate::ui::{click, simulator, type_into};

/// What a person brings, as typed.
#[derive(Debug, Clone, Copy)]
struct Persona {
    today: &'static str,
    born: &'static str,
    card_expiry: Option<&'static str>,
    card_issued: Option<&'static str>,
    applied: Option<&'static str>,
    cert_expiry: Option<&'static str>,
    cert_issued: Option<&'static str>,
    renewal: Option<bool>,
    residence: Option<&'static str>,
}

const NONE: Persona = Persona {
    today: "2026-11-30",
    born: "",
    card_expiry: None,
    card_issued: None,
    applied: None,
    cert_expiry: None,
    cert_issued: None,
    renewal: None,
    residence: None,
};

fn personas() -> Vec<Persona> {
    vec![
        // The long-time holder: no certificate date → check.
        Persona {
            born: "S16.1.20",
            card_expiry: Some("2029-01-20"),
            ..NONE
        },
        // Ambiguous card (18/20 threshold), with and without the application date.
        Persona {
            born: "2002-09-10",
            card_issued: Some("2022-04-25"),
            ..NONE
        },
        Persona {
            born: "2002-09-10",
            card_issued: Some("2022-04-25"),
            applied: Some("2022-03-20"),
            ..NONE
        },
        Persona {
            born: "2002-09-10",
            card_issued: Some("2022-04-25"),
            applied: Some("2022-04-05"),
            ..NONE
        },
        // Possible early renewal, unanswered and answered.
        Persona {
            born: "1950-04-02",
            card_expiry: Some("2031-04-02"),
            cert_issued: Some("2024-03-01"),
            ..NONE
        },
        Persona {
            born: "1950-04-02",
            card_expiry: Some("2031-04-02"),
            cert_issued: Some("2024-03-01"),
            renewal: Some(true),
            ..NONE
        },
        Persona {
            born: "1950-04-02",
            card_expiry: Some("2031-04-02"),
            cert_issued: Some("2024-03-01"),
            renewal: Some(false),
            ..NONE
        },
        // Residence-limited cards.
        Persona {
            born: "1990-05-05",
            card_issued: Some("2024-06-01"),
            residence: Some("2027-03-31"),
            ..NONE
        },
        Persona {
            born: "1995-08-20",
            card_expiry: Some("2030-08-20"),
            cert_expiry: Some("2030-08-20"),
            residence: Some("2026-12-31"),
            ..NONE
        },
        Persona {
            born: "1988-02-01",
            card_expiry: Some("2032-02-01"),
            residence: Some("2026-10-31"),
            ..NONE
        },
        // Entered dates: valid, renewal open, grace, expired.
        Persona {
            born: "S25.10.10",
            card_expiry: Some("2029-10-10"),
            cert_expiry: Some("2029-10-10"),
            ..NONE
        },
        Persona {
            born: "S25.10.10",
            card_expiry: Some("2029-10-10"),
            cert_expiry: Some("R9.1.10"),
            ..NONE
        },
        Persona {
            born: "S25.10.10",
            card_expiry: Some("2029-10-10"),
            cert_expiry: Some("2026-09-30"),
            ..NONE
        },
        Persona {
            born: "S25.10.10",
            card_expiry: Some("2029-10-10"),
            cert_expiry: Some("2026-10-15"),
            ..NONE
        },
        Persona {
            born: "S25.10.10",
            card_expiry: Some("2029-10-10"),
            cert_expiry: Some("2025-10-10"),
            ..NONE
        },
        Persona {
            born: "S30.3.3",
            card_expiry: Some("2027-03-03"),
            cert_expiry: Some("2027-03-03"),
            ..NONE
        },
        Persona {
            born: "S30.3.3",
            card_expiry: Some("2026-03-03"),
            cert_expiry: Some("2026-03-03"),
            ..NONE
        },
        // Computed from issue dates.
        Persona {
            born: "1950-10-10",
            card_issued: Some("2020-05-15"),
            ..NONE
        },
        Persona {
            born: "1950-10-10",
            card_issued: Some("2020-05-15"),
            cert_issued: Some("2024-09-01"),
            ..NONE
        },
        Persona {
            born: "1950-10-10",
            card_issued: Some("2020-05-15"),
            cert_issued: Some("2020-05-15"),
            ..NONE
        },
        Persona {
            born: "H20.2.29",
            card_issued: Some("2021-03-01"),
            ..NONE
        },
        Persona {
            born: "2012-07-07",
            card_issued: Some("2019-01-10"),
            ..NONE
        },
        // Another "today": a kiosk preparing an appointment.
        Persona {
            today: "2027-06-01",
            born: "2002-07-09",
            card_expiry: Some("2031-07-09"),
            ..NONE
        },
        Persona {
            today: "2026-12-28",
            born: "S22.12.1",
            card_expiry: Some("2030-12-01"),
            cert_expiry: Some("2026-12-01"),
            ..NONE
        },
    ]
}

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("ISO date")
}

fn form(p: &Persona) -> PersonForm {
    let text = |v: Option<&str>| v.unwrap_or_default().to_owned();
    PersonForm {
        born: p.born.to_owned(),
        card_expiry: text(p.card_expiry),
        card_issued: text(p.card_issued),
        applied: text(p.applied),
        cert_expiry: text(p.cert_expiry),
        cert_issued: text(p.cert_issued),
        cert_renewal: match p.renewal {
            None => Renewal::Unknown,
            Some(true) => Renewal::Yes,
            Some(false) => Renewal::No,
        },
        residence_until: text(p.residence),
    }
}

/// The command line's answer.
fn cli(p: &Persona) -> Value {
    let mut args = vec![
        "--lang", "ja", "--today", p.today, "timeline", "--format", "json", "--born", p.born,
    ];
    let options = [
        ("--card-expiry", p.card_expiry),
        ("--card-issued", p.card_issued),
        ("--applied", p.applied),
        ("--cert-expiry", p.cert_expiry),
        ("--cert-issued", p.cert_issued),
        ("--residence-until", p.residence),
    ];
    for (flag, value) in options {
        if let Some(value) = value {
            args.extend([flag, value]);
        }
    }
    match p.renewal {
        Some(true) => args.extend(["--cert-renewal", "yes"]),
        Some(false) => args.extend(["--cert-renewal", "no"]),
        None => {}
    }
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_mynaho-guide"))
        .args(&args)
        .output()
        .expect("run the program");
    assert!(
        out.status.success(),
        "{p:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON")
}

/// What the window showed: the timeline, and whether the application-date field and the
/// renewal question were asked.
struct Shown {
    timeline: Timeline,
    asked_applied: bool,
    asked_renewal: bool,
}

/// A fresh window in `lang` on the persona's "today".
fn app_for(p: &Persona, lang: &str) -> App {
    App::new(Options {
        lang: Some(lang.into()),
        today: Some(date(p.today)),
        ..Options::default()
    })
}

/// Opens the dates screen and types and clicks in what the person brings, as on the screen.
fn fill_in(app: &mut App, p: &Persona) {
    click(app, "home-dates");
    type_into(app, "dates-born", p.born);
    if let Some(issued) = p.card_issued {
        click(app, "card-kind-issued");
        type_into(app, "dates-card", issued);
    }
    if let Some(expiry) = p.card_expiry {
        type_into(app, "dates-card", expiry);
    }
    if let Some(applied) = p.applied {
        // Asked only because the card has two possible expiries.
        type_into(app, "dates-applied", applied);
    }
    if let Some(expiry) = p.cert_expiry {
        click(app, "cert-kind-expiry");
        type_into(app, "dates-cert", expiry);
    }
    if let Some(issued) = p.cert_issued {
        click(app, "cert-kind-issued");
        type_into(app, "dates-cert", issued);
    }
    match p.renewal {
        Some(true) => click(app, "renewal-yes"),
        Some(false) => click(app, "renewal-no"),
        None => {}
    }
    if let Some(until) = p.residence {
        click(app, "dates-foreign");
        type_into(app, "dates-residence", until);
    }
}

/// The window's answer: the person typed and clicked in, as on the screen.
fn window(p: &Persona) -> Shown {
    let mut app = app_for(p, "ja");
    fill_in(&mut app, p);
    let asked_applied = simulator(&app).find(id("dates-applied")).is_ok();
    let asked_renewal = simulator(&app).find(id("renewal-unknown")).is_ok();
    click(&mut app, "dates-show");
    assert!(
        simulator(&app).find(id("status-banner")).is_ok(),
        "{p:?}: no result"
    );
    Shown {
        timeline: app.dates_timeline().expect("the window computed a timeline"),
        asked_applied,
        asked_renewal,
    }
}

/// The sheet's first box for this person.
fn sheet_status(timeline: &Timeline, today: NaiveDate) -> (StatusKind, String) {
    let rules = Rules::embedded().expect("rules");
    let sheet = Sheet::build(
        &SheetRequest {
            today,
            lang: "ja".into(),
            sheet_lang: None,
            large_print: false,
            name: None,
            timeline: Some(timeline.clone()),
            outcome: None,
        },
        &rules,
    );
    sheet
        .blocks
        .iter()
        .find_map(|block| match block {
            Block::StatusBox { status, lines, .. } => Some((
                *status,
                lines.iter().map(|l| l.ja.clone()).collect::<Vec<_>>().join("\n"),
            )),
            _ => None,
        })
        .expect("a status box")
}

fn iso(value: &Value) -> NaiveDate {
    date(value.as_str().expect("an ISO date"))
}

#[test]
fn cli_window_and_sheet_agree_for_every_persona() {
    let rules = Rules::embedded().expect("rules");
    let loc = Localizer::new("ja");
    let personas = personas();
    assert!(personas.len() >= 20);
    let mut statuses = std::collections::BTreeSet::new();
    for p in &personas {
        let json = cli(p);
        let names = |field: mynaho_guide::rules::DateField| field.to_string();
        let core = form(p)
            .timeline(&rules, date(p.today), &names, &loc)
            .unwrap_or_else(|e| panic!("{p:?}: {e:?}"));
        let shown = window(p);
        assert_eq!(shown.timeline, core, "window vs core for {p:?}");
        // The follow-up questions are asked exactly when they matter (or were answered).
        assert_eq!(
            shown.asked_applied,
            p.applied.is_some() || core.warnings.contains(&Warning::CardApplicationDateNeeded),
            "application date asked for {p:?}"
        );
        assert_eq!(
            shown.asked_renewal,
            p.renewal.is_some() || core.warnings.contains(&Warning::CertificateRenewalUnknown),
            "renewal question for {p:?}"
        );

        let status = json["mynaho"]["status"].as_str().expect("status");
        assert_eq!(status, core.mynaho.status.code(), "{p:?}");
        statuses.insert(status.to_owned());
        for (part, dates) in [
            ("card", &core.card.expiry),
            ("certificate", &core.certificate.expiry),
        ] {
            assert_eq!(iso(&json[part]["expiry"]), *dates, "{part} of {p:?}");
        }
        assert_eq!(iso(&json["card"]["expiry_latest"]), core.card.expiry_latest);
        assert_eq!(
            iso(&json["certificate"]["expiry_latest"]),
            core.certificate.expiry_latest
        );
        assert_eq!(json["card"]["basis"], core.card.basis.code());
        assert_eq!(json["certificate"]["basis"], core.certificate.basis.code());
        assert_eq!(iso(&json["card"]["apply_by"]), core.card.apply_by);
        assert_eq!(iso(&json["certificate"]["renew_by"]), core.certificate.renew_by);
        assert_eq!(iso(&json["act_by"]), core.act_by);
        assert_eq!(
            json["card"]["limited_by_residence"],
            core.card.limited_by_residence
        );

        let (kind, lines) = sheet_status(&core, date(p.today));
        let expected_kind = match status {
            "valid" => StatusKind::Valid,
            "grace" => StatusKind::Grace,
            "expired" => StatusKind::Expired,
            _ => StatusKind::Check,
        };
        assert_eq!(kind, expected_kind, "sheet for {p:?}");
        let card_expiry = format_for_lang(core.card.expiry, "ja");
        assert!(
            lines.contains(&card_expiry),
            "sheet lacks {card_expiry} for {p:?}:\n{lines}"
        );
        if matches!(status, "valid" | "grace") {
            let act_by = format_for_lang(core.act_by, "ja");
            assert!(
                lines.contains(&act_by),
                "sheet lacks act-by {act_by} for {p:?}:\n{lines}"
            );
        }
    }
    for status in ["valid", "grace", "expired", "check"] {
        assert!(statuses.contains(status), "no persona is {status}: {statuses:?}");
    }
}

mod shots;
