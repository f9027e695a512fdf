//! Issue 9, findings 8 and 3: clap's own errors come in the user's language and name the option
//! with a correct value; text that is not UTF-8 and dates that look like negative numbers are
//! read as what they are; and no option is silently ignored.

use std::ffi::OsString;
use std::os::unix::ffi::OsStringExt;
use std::process::{Command, Output};

use mynaho_guide::i18n::Localizer;

const BIN: &str = env!("CARGO_BIN_EXE_mynaho-guide");

fn run_os(args: &[OsString], lang_env: &str) -> Output {
    Command::new(BIN)
        .args(args)
        .env("LANG", lang_env)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("the binary runs")
}

fn run(args: &[&str]) -> Output {
    let args: Vec<OsString> = args.iter().map(OsString::from).collect();
    run_os(&args, "C")
}

/// Runs `args`, expects exit 2 with nothing on stdout, and gives stderr.
#[track_caller]
fn refused(output: &Output) -> String {
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(output.stdout.is_empty(), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    // clap's English wording does not reach the user.
    assert!(
        !stderr.contains("error:") && !stderr.contains("Usage:"),
        "{stderr}"
    );
    stderr
}

#[track_caller]
fn says(stderr: &str, lang: &str, id: &str, args: &[(&str, &str)]) {
    let expected = Localizer::new(lang).text_str(&id.to_owned(), args);
    assert!(stderr.contains(&expected), "expected {expected:?} in {stderr:?}");
}

#[test]
fn clap_errors_are_in_the_users_language() {
    let stderr = refused(&run(&["timeline", "--lang", "en", "--bogus"]));
    says(&stderr, "en", "cli-error-unknown-argument", &[("arg", "--bogus")]);
    says(
        &stderr,
        "en",
        "cli-error-help",
        &[("command", "mynaho-guide timeline --help")],
    );
    let stderr = refused(&run(&["--lang=ja", "timeline", "--format", "xml"]));
    says(
        &stderr,
        "ja",
        "cli-error-invalid-value",
        &[("arg", "--format"), ("value", "xml"), ("accepted", "text, json")],
    );
    let stderr = refused(&run(&["--lang", "vi", "print", "--copies", "0"]));
    says(
        &stderr,
        "vi",
        "cli-error-number",
        &[
            ("arg", "--copies"),
            ("value", "0"),
            ("min", "1"),
            ("max", "99"),
            ("example", "--copies 2"),
        ],
    );
    let stderr = refused(&run(&["--lang", "en", "timeline", "--born"]));
    says(
        &stderr,
        "en",
        "cli-error-value-needed",
        &[("arg", "--born"), ("example", "--born 2026-03-15")],
    );
    let stderr = refused(&run(&[
        "--lang",
        "ko",
        "timeline",
        "--card-expiry",
        "2030-01-01",
        "--card-issued",
        "2020-01-01",
    ]));
    says(
        &stderr,
        "ko",
        "cli-error-conflict",
        &[("arg", "--card-expiry"), ("other", "--card-issued")],
    );
    let stderr = refused(&run(&["--lang", "en", "--lang", "ja", "languages"]));
    says(&stderr, "en", "cli-error-repeated", &[("arg", "--lang")]);
    let stderr = refused(&run(&["--lang", "en", "timline"]));
    assert!(
        stderr.contains("\"timline\"") && stderr.contains("timeline"),
        "{stderr}"
    );
    let stderr = refused(&run(&[
        "--lang",
        "en",
        "timeline",
        "--applied",
        "2020-01-01",
        "--born",
        "1990-01-01",
    ]));
    says(
        &stderr,
        "en",
        "cli-error-requires",
        &[
            ("arg", "--applied"),
            ("needed", "--card-issued"),
            ("example", "--card-issued 2026-03-15"),
        ],
    );
    // Without --lang: the system locale.
    let args: Vec<OsString> = ["guide", "--bogus"].iter().map(OsString::from).collect();
    let stderr = refused(&run_os(&args, "vi_VN.UTF-8"));
    says(&stderr, "vi", "cli-error-unknown-argument", &[("arg", "--bogus")]);
}

#[test]
fn help_and_version_stay_clap_s() {
    for args in [
        &["--help"][..],
        &["timeline", "--help", "--lang", "en"],
        &["--version"],
    ] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(0), "{args:?}");
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(
            stdout.contains("Usage:") || stdout.contains(env!("CARGO_PKG_VERSION")),
            "{stdout}"
        );
    }
}

#[test]
fn text_that_is_not_utf8_names_its_option() {
    // 令和8年3月15日 in Shift_JIS, as a legacy terminal would send it.
    let sjis: &[u8] = b"\x97\xdf\x98\x61\x38\x94\x4e\x33\x8c\x8e\x31\x35\x93\xfa";
    let os = |text: &str| OsString::from(text);
    let bytes = |prefix: &[u8]| OsString::from_vec([prefix, sjis].concat());
    let cases = [
        (
            vec![os("timeline"), os("--card-expiry"), bytes(b"")],
            "--card-expiry",
        ),
        (vec![os("timeline"), bytes(b"--card-expiry=")], "--card-expiry"),
        (
            vec![
                os("--today"),
                bytes(b""),
                os("timeline"),
                os("--card-expiry"),
                os("2030-01-01"),
            ],
            "--today",
        ),
        (
            vec![os("sheet"), os("--name"), bytes(b""), os("--out"), os("x.pdf")],
            "--name",
        ),
    ];
    for (mut args, option) in cases {
        args.extend([os("--lang"), os("en")]);
        let stderr = refused(&run_os(&args, "C"));
        assert!(
            stderr.contains(&format!("{option}: not readable text (use UTF-8)")),
            "{stderr}"
        );
        args.truncate(args.len() - 1);
        args.push(os("ja"));
        let stderr = refused(&run_os(&args, "C"));
        says(&stderr, "ja", "cli-error-not-utf8", &[("arg", option)]);
    }
}

#[test]
fn dates_that_look_like_negative_numbers_are_read_as_dates() {
    let with_issued = [
        ("--today", "2026-01-01"),
        ("--born", "1990-01-01"),
        ("--card-issued", "2020-01-01"),
        ("--applied", "2019-12-01"),
        ("--cert-issued", "2020-01-01"),
        ("--residence-until", "2030-01-01"),
    ];
    let with_expiry = [("--card-expiry", "2030-01-01"), ("--cert-expiry", "2025-01-01")];
    let cases = with_issued
        .iter()
        .map(|(name, _)| (*name, &with_issued[..]))
        .chain(with_expiry.iter().map(|(name, _)| (*name, &with_expiry[..])));
    for (option, base) in cases {
        let mut args = vec!["--lang", "en", "timeline"];
        for (name, value) in base {
            args.extend([*name, if *name == option { "-1-3-5" } else { *value }]);
        }
        if !base.iter().any(|(name, _)| *name == "--born") {
            args.extend(["--born", "1990-01-01"]);
        }
        let stderr = refused(&run(&args));
        assert!(
            stderr.contains(&format!("({option}): \"-1-3-5\" cannot be read as a date")),
            "{option}: {stderr}"
        );
    }
}

#[test]
fn no_option_is_silently_ignored() {
    // clap's `requires` gives way when a conflicting option stands in: checked by hand.
    let stderr = refused(&run(&[
        "--lang",
        "en",
        "timeline",
        "--applied",
        "2020-01-01",
        "--card-expiry",
        "2030-01-01",
        "--cert-expiry",
        "2027-01-01",
    ]));
    says(
        &stderr,
        "en",
        "cli-error-requires",
        &[
            ("arg", "--applied"),
            ("needed", "--card-issued"),
            ("example", "--card-issued 2026-03-15"),
        ],
    );
    let stderr = refused(&run(&[
        "--lang",
        "en",
        "timeline",
        "--cert-renewal",
        "yes",
        "--card-expiry",
        "2030-01-01",
        "--cert-expiry",
        "2027-01-01",
    ]));
    assert!(
        stderr.contains("--cert-renewal") && stderr.contains("--cert-issued"),
        "{stderr}"
    );
    let stderr = refused(&run(&[
        "--lang",
        "en",
        "guide",
        "--answer",
        "has-card=yes",
        "--answer",
        "has-card=no",
    ]));
    says(&stderr, "en", "answer-repeated", &[("key", "has-card")]);
    let stderr = refused(&run(&[
        "--lang",
        "en",
        "guide",
        "--answer",
        "has-card=no",
        "--answer",
        "registered=yes",
    ]));
    assert!(stderr.contains("--answer registered"), "{stderr}");
    let stderr = refused(&run(&[
        "--lang",
        "en",
        "sheet",
        "--born",
        "1990-01-01",
        "--answer",
        "has-card=no",
        "--out",
        "/nonexistent/x.pdf",
    ]));
    says(&stderr, "en", "sheet-error-card-needed", &[("arg", "--born")]);
    let stderr = refused(&run(&["--lang", "en", "--exit-after-first-frame", "languages"]));
    says(
        &stderr,
        "en",
        "cli-error-window-only",
        &[("arg", "--exit-after-first-frame"), ("command", "languages")],
    );
    // `--kiosk` is respected by every command: a kiosk writes no sheet to disk.
    let stderr = refused(&run(&[
        "--lang",
        "en",
        "--kiosk",
        "--today",
        "2026-11-22",
        "sheet",
        "--card-expiry",
        "2029-10-10",
        "--cert-expiry",
        "2029-10-10",
        "--out",
        "/tmp/mynaho-kiosk-must-not-write.pdf",
    ]));
    says(&stderr, "en", "gui-review-no-save-kiosk", &[]);
    assert!(!std::path::Path::new("/tmp/mynaho-kiosk-must-not-write.pdf").exists());
    let stderr = refused(&run(&["--lang", "en", "--idle-seconds", "30", "languages"]));
    assert!(
        stderr.contains("--idle-seconds") && stderr.contains("--kiosk"),
        "{stderr}"
    );
    // The window would have raised 2 seconds to 5 without a word.
    let stderr = refused(&run(&["--lang", "en", "--kiosk", "--idle-seconds", "2"]));
    assert!(stderr.contains("from 5 to 86400"), "{stderr}");
}
