//! Sheet benchmarks (plain `std::time`, no harness): the fonts loaded once, then the time per
//! sheet in one process; and the whole `mynaho-guide sheet … --out` process, which parses the
//! fonts each time. Targets: ≤ 50 ms per sheet in one process, ≤ 300 KB per sheet.
//!
//! `cargo bench --bench sheet` (release profile).

use std::process::Command;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use mynaho_guide::guide::{Guide, Walk};
use mynaho_guide::rules::{CardInput, CertInput, Rules, TimelineInput, compute_timeline};
use mynaho_guide::sheet::{SheetRenderer, SheetRequest};

const PER_SHEET_MS: f64 = 50.0;
const SHEET_KB: f64 = 300.0;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

fn main() {
    let rules = Rules::embedded().expect("embedded rules");
    let guide = Guide::embedded().expect("embedded guide");
    let today = date(2026, 11, 22);
    let input = TimelineInput {
        today,
        born: Some(date(1950, 10, 10)),
        card: CardInput::Expiry(date(2029, 10, 10)),
        cert: CertInput::Expiry(date(2027, 1, 15)),
        residence_until: None,
    };
    let timeline = compute_timeline(&rules, &input).expect("timeline");
    let answers = [
        ("has-card".to_owned(), "yes".to_owned()),
        ("registered".to_owned(), "no".to_owned()),
    ];
    let outcome = match guide.walk(None, &answers) {
        Ok(Walk::Outcome(view)) => Some(view.outcome),
        _ => None,
    };

    let started = Instant::now();
    let mut renderer = SheetRenderer::new().expect("fonts");
    let loaded = started.elapsed();
    let first = SheetRequest {
        today,
        lang: "ja".to_owned(),
        sheet_lang: Some("en".to_owned()),
        large_print: false,
        name: None,
        timeline: Some(timeline.clone()),
        outcome: outcome.clone(),
    };
    let _ = renderer.render_request(&first, &rules).expect("pdf");
    println!(
        "fonts loaded once: {:.1} ms; first sheet, faces parsed on first use: {:.1} ms",
        ms(loaded),
        ms(started.elapsed() - loaded)
    );

    let mut worst: (f64, f64) = (0.0, 0.0);
    for (second, large) in [
        (None, false),
        (None, true),
        (Some("en"), false),
        (Some("en"), true),
        (Some("vi"), false),
        (Some("ne"), true),
        (Some("my"), false),
    ] {
        let req = SheetRequest {
            today,
            lang: "ja".to_owned(),
            sheet_lang: second.map(str::to_owned),
            large_print: large,
            name: Some("山田 花子".to_owned()),
            timeline: Some(timeline.clone()),
            outcome: outcome.clone(),
        };
        // One warm-up, then the mean of the runs (model + layout + PDF).
        let _ = renderer.render_request(&req, &rules);
        let runs = 20;
        let started = Instant::now();
        let mut size = 0;
        for _ in 0..runs {
            let (_, pdf) = renderer.render_request(&req, &rules).expect("pdf");
            size = pdf.len();
        }
        let per = ms(started.elapsed()) / f64::from(runs);
        let kb = size as f64 / 1024.0;
        worst = (worst.0.max(per), worst.1.max(kb));
        println!(
            "sheet ja{}{}: {per:.1} ms per sheet, {kb:.0} KB",
            second.map(|s| format!("+{s}")).unwrap_or_default(),
            if large { " large" } else { "" }
        );
    }

    let out = std::env::temp_dir().join("mynaho-bench-sheet.pdf");
    let runs = 10;
    let started = Instant::now();
    for _ in 0..runs {
        let status = Command::new(env!("CARGO_BIN_EXE_mynaho-guide"))
            .args([
                "--today",
                "2026-11-22",
                "sheet",
                "--card-expiry",
                "2029-10-10",
                "--cert-expiry",
                "2027-01-15",
            ])
            .args([
                "--sheet-lang",
                "en",
                "--answer",
                "has-card=yes",
                "--answer",
                "registered=no",
                "--out",
            ])
            .arg(&out)
            .stdout(std::process::Stdio::null())
            .status()
            .expect("binary runs");
        assert!(status.success(), "mynaho-guide sheet failed");
    }
    println!(
        "whole process `mynaho-guide sheet … --out`: {:.1} ms per run",
        ms(started.elapsed()) / f64::from(runs)
    );
    let _ = std::fs::remove_file(&out);

    let verdict = |ok: bool| if ok { "ok" } else { "OVER TARGET" };
    println!(
        "worst per sheet {:.1} ms (target ≤ {PER_SHEET_MS} ms): {}",
        worst.0,
        verdict(worst.0 <= PER_SHEET_MS)
    );
    println!(
        "largest sheet {:.0} KB (target ≤ {SHEET_KB} KB): {}",
        worst.1,
        verdict(worst.1 <= SHEET_KB)
    );
}
