//! The command-line contract of issue 2, driven through the built binary.

use std::process::{Command, Output};

use serde_json::Value;

/// Runs the binary with `args` in the C locale.
pub(crate) fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mynaho-guide"))
        .args(args)
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("the binary runs")
}

#[track_caller]
fn json(args: &[&str]) -> Value {
    let output = run(args);
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("JSON on stdout")
}

#[track_caller]
fn fails(args: &[&str]) -> String {
    let output = run(args);
    assert_eq!(output.status.code(), Some(2), "{args:?} should exit 2");
    assert!(output.stdout.is_empty(), "nothing on stdout for {args:?}");
    let stderr = String::from_utf8_lossy(&output.stderr).to_string();
    assert!(!stderr.contains("panicked"), "{stderr}");
    stderr
}

#[test]
fn timeline_example_of_the_issue() {
    let v = json(&[
        "timeline",
        "--format",
        "json",
        "--today",
        "2026-11-22",
        "--born",
        "S25.10.10",
        "--card-issued",
        "2020-05-15",
    ]);
    assert_eq!(v["today"], "2026-11-22");
    assert_eq!(v["card"]["expiry"], "2029-10-10");
    // 「3か月前から」: the earlier of the two readings (the other is listed in `disputes`).
    assert_eq!(v["card"]["renewal_opens"], "2029-07-10");
    assert_eq!(v["card"]["grace_last_day"], "2029-12-31");
    assert_eq!(v["certificate"]["expiry"], "2024-10-10");
    assert_eq!(v["certificate"]["grace_last_day"], "2025-01-31");
    assert_eq!(v["certificate"]["registration_cutoff"], "2024-10-05");
    assert_eq!(v["certificate"]["renewal_opens"], "2024-07-10");
    // No certificate date was given: it may have been renewed, so "check", not "expired".
    assert_eq!(v["certificate"]["basis"], "assumed");
    assert_eq!(v["certificate"]["expiry_latest"], "2029-10-10");
    assert_eq!(v["card"]["basis"], "computed");
    assert_eq!(v["card"]["expiry_latest"], "2029-10-10");
    assert_eq!(v["card"]["limited_by_residence"], false);
    // 2029-08-10 minus nothing: a Friday, not a holiday.
    assert_eq!(v["card"]["apply_by"], "2029-08-10");
    // 2024-10-10 is a Thursday.
    assert_eq!(v["certificate"]["renew_by"], "2024-10-10");
    assert_eq!(v["mynaho"]["status"], "check");
    // "Check now", but 2026-11-22 is a Sunday and 11-23 勤労感謝の日: the window's next open day.
    assert_eq!(v["act_by"], "2026-11-24");
    assert_eq!(v["mynaho"]["full_function_until"], "2024-10-10");
    assert_eq!(v["mynaho"]["usable_until"], "2025-01-31");
    assert_eq!(
        v["warnings"],
        serde_json::json!(["computed-not-printed", "certificate-assumed"])
    );
    assert!(v["disputes"].is_array());
}

#[test]
fn timeline_with_printed_dates_and_full_width_input() {
    let v = json(&[
        "timeline",
        "--format",
        "json",
        "--today",
        "令和８年３月２０日",
        "--card-expiry",
        "２０３０／１／１",
        "--cert-expiry",
        "R8.3.15",
    ]);
    assert_eq!(v["today"], "2026-03-20");
    assert_eq!(v["certificate"]["grace_last_day"], "2026-06-30");
    assert_eq!(v["mynaho"]["status"], "grace");
    assert_eq!(v["warnings"], serde_json::json!([]));
}

#[test]
fn timeline_text_is_in_the_chosen_language() {
    let args = [
        "timeline",
        "--today",
        "2026-11-22",
        "--card-expiry",
        "2030-01-01",
        "--cert-expiry",
        "2027-01-01",
    ];
    let en = String::from_utf8(run(&[&args[..], &["--lang", "en"]].concat()).stdout).expect("UTF-8");
    assert!(en.contains("Valid") && en.contains("1 January 2027"), "{en}");
    let ja = String::from_utf8(run(&[&args[..], &["--lang", "ja"]].concat()).stdout).expect("UTF-8");
    assert!(ja.contains("令和9年1月1日（2027年1月1日）"), "{ja}");
}

#[test]
fn bad_dates_name_the_field_and_the_forms_in_the_users_language() {
    let stderr = fails(&[
        "timeline",
        "--lang",
        "en",
        "--today",
        "2026-11-22",
        "--card-expiry",
        "2026-02-30",
    ]);
    assert!(
        stderr.contains("--card-expiry") && stderr.contains("2026-2-30"),
        "{stderr}"
    );
    assert!(stderr.contains("Accepted forms"), "{stderr}");
    let stderr = fails(&[
        "timeline",
        "--lang",
        "ja",
        "--born",
        "昭和64年1月8日",
        "--card-issued",
        "2020-01-01",
    ]);
    assert!(
        stderr.contains("生年月日") && stderr.contains("昭和64年1月7日"),
        "{stderr}"
    );
    fails(&["timeline", "--card-expiry", "hello"]);
    fails(&["timeline", "--card-expiry", "R8.13.1"]);
    fails(&["timeline", "--card-expiry", "慶応3年1月1日"]);
    fails(&["timeline", "--today", "", "--card-expiry", "2030-01-01"]);
    let stderr = fails(&[
        "timeline",
        "--lang",
        "en",
        "--born",
        "2000-01-01",
        "--card-expiry",
        "1999-01-01",
    ]);
    assert!(stderr.contains("card expiration date"), "{stderr}");
    let stderr = fails(&[
        "timeline",
        "--lang",
        "ja",
        "--today",
        "令和0年5月1日",
        "--card-expiry",
        "2030-01-01",
    ]);
    assert!(stderr.contains("令和は令和元年5月1日からです"), "{stderr}");
}

#[test]
fn missing_or_conflicting_timeline_options_exit_2() {
    fails(&["timeline", "--format", "json"]);
    fails(&["timeline", "--card-issued", "2020-05-15"]);
    fails(&[
        "timeline",
        "--card-expiry",
        "2030-01-01",
        "--card-issued",
        "2020-05-15",
    ]);
    fails(&["timeline", "--card-expiry", "2030-01-01", "--cert-renewed-early"]);
    fails(&["timeline", "--format", "xml", "--card-expiry", "2030-01-01"]);
}

#[test]
fn guide_walks_to_outcomes_and_asks_questions() {
    let v = json(&["guide", "--format", "json", "--lang", "en"]);
    assert_eq!(v["question"], "has-card");
    assert_eq!(v["choices"], serde_json::json!(["yes", "no", "unknown"]));
    let v = json(&[
        "guide",
        "--format",
        "json",
        "--answer",
        "has-card=yes",
        "--answer",
        "registered=yes",
    ]);
    assert_eq!(v["outcome"], "use-at-reception");
    assert_eq!(
        v["path"],
        serde_json::json!(["has-card", "registered", "use-at-reception"])
    );
    assert!(v["steps"].as_array().is_some_and(|s| s.len() >= 3));
    assert!(v["title"].as_str().is_some_and(|t| !t.is_empty()));
    let v = json(&[
        "guide",
        "--format",
        "json",
        "--situation",
        "lost-card",
        "--lang",
        "en",
    ]);
    assert_eq!(v["outcome"], "lost-card");
    assert!(v["call"].to_string().contains("0120-95-0178"));
    let v = json(&[
        "guide",
        "--format",
        "json",
        "--situation",
        "certificate-not-arrived",
    ]);
    assert_eq!(v["question"], "insurer-type");
}

#[test]
fn guide_rejects_unknown_keys_and_values() {
    let stderr = fails(&[
        "guide",
        "--format",
        "json",
        "--lang",
        "en",
        "--answer",
        "has-card=maybe",
    ]);
    assert!(stderr.contains("yes, no, unknown"), "{stderr}");
    fails(&["guide", "--answer", "colour=red"]);
    fails(&["guide", "--answer", "has-card"]);
    fails(&["guide", "--situation", "flood"]);
}

#[test]
fn languages_and_lang_option() {
    let v = json(&["languages", "--format", "json"]);
    let list = v.as_array().expect("a list");
    assert!(list.iter().any(|l| l["code"] == "ja" && l["name"] == "日本語"));
    assert!(list.iter().any(|l| l["code"] == "en" && l["name"] == "English"));
    fails(&["languages", "--lang", "xx"]);
}

#[test]
fn rules_file_replacement_is_validated() {
    let dir = std::env::temp_dir().join(format!("mynaho-rules-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let bad = dir.join("bad.toml");
    std::fs::write(&bad, "version = \"x\"\n").expect("write");
    let stderr = fails(&[
        "timeline",
        "--rules",
        bad.to_str().expect("a UTF-8 path"),
        "--card-expiry",
        "2030-01-01",
    ]);
    assert!(stderr.contains("bad.toml"), "{stderr}");
    let good = dir.join("good.toml");
    let text = std::fs::read_to_string("assets/rules/rules.toml").expect("rules");
    std::fs::write(
        &good,
        text.replace(
            "[card_body.grace_months]\nvalue = 2",
            "[card_body.grace_months]\nvalue = 3",
        ),
    )
    .expect("write");
    let v = json(&[
        "timeline",
        "--format",
        "json",
        "--rules",
        good.to_str().expect("a UTF-8 path"),
        "--today",
        "2026-01-01",
        "--card-expiry",
        "2026-03-15",
        "--cert-expiry",
        "2026-03-15",
    ]);
    assert_eq!(v["card"]["grace_last_day"], "2026-06-30");
    let _ = std::fs::remove_dir_all(dir);
}
