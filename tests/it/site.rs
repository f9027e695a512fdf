//! Issue 13: installed at a town hall. The site profile is checked by `site check` (what it
//! understood, or the line of the first problem, exit 2), names the local window on the
//! outcomes ("ask here"), in the `guide` output and first in the sheet's contacts, and its
//! closed days move the act-by date; the rules say when they are stale, and `rules check` lists
//! every value with its source.

use chrono::NaiveDate;
use mynaho_guide::app::{App, Options, Screen};
use mynaho_guide::rules::{CardInput, CertInput, Rules, TimelineInput, compute_timeline};
use mynaho_guide::site::Site;

use crate::cli::run;
use crate::ui::{click, shows};

const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/site.example.toml");

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a real day")
}

fn example() -> Site {
    Site::load_file(std::path::Path::new(EXAMPLE)).expect("the example is valid")
}

#[test]
fn site_check_prints_what_it_understood_or_the_line_of_the_first_problem() {
    let ok = run(&["--lang", "ja", "site", "check", EXAMPLE]);
    assert!(ok.status.success(), "{}", text(&ok.stderr));
    let out = text(&ok.stdout);
    for expected in [
        "みなと市",
        "国保年金課",
        "03-1234-5678",
        "2027-05-06〜2027-05-07",
        "Counter_Printer",
        "vi, pt-BR",
    ] {
        assert!(out.contains(expected), "{expected} missing from:\n{out}");
    }
    let dir = std::env::temp_dir().join(format!("mynaho-site-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let bad = dir.join("site.toml");
    std::fs::write(&bad, "[municipality]\nja = \"みなと市\"\n\n[window]\nname = { ja = \"国保年金課\" }\ntelephone = \"110\"\n").expect("write");
    let refused = run(&["--lang", "en", "site", "check", bad.to_str().expect("utf-8 path")]);
    assert_eq!(refused.status.code(), Some(2));
    let err = text(&refused.stderr);
    assert!(
        err.contains("line 6") && err.contains("window.telephone") && err.contains("03-1234-5678"),
        "{err}"
    );
    assert!(err.contains("cannot be used"), "in the user's language: {err}");
    // A broken profile given with --site stops any command, with the same message.
    let guide = run(&[
        "--site",
        bad.to_str().expect("utf-8 path"),
        "guide",
        "--situation",
        "lost-card",
    ]);
    assert_eq!(guide.status.code(), Some(2));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn the_unknown_outcome_names_the_sites_window_instead_of_a_circular_municipal_window() {
    let out = run(&[
        "--lang",
        "ja",
        "--site",
        EXAMPLE,
        "guide",
        "--answer",
        "has-card=unknown",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("ここでご相談ください：みなと市 国保年金課"),
        "{stdout}"
    );
    assert!(stdout.contains("03-1234-5678"), "{stdout}");
    let json = run(&[
        "--site",
        EXAMPLE,
        "--lang",
        "en",
        "guide",
        "--format",
        "json",
        "--answer",
        "has-card=unknown",
    ]);
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json");
    assert_eq!(value["outcome"], "ask-municipality");
    assert_eq!(
        value["ask_here"]["name"],
        "Minato City National Health Insurance and Pension Division"
    );
    // Without a site: no such line, and `ask_here` is null.
    let plain = run(&[
        "--lang",
        "en",
        "guide",
        "--format",
        "json",
        "--answer",
        "has-card=unknown",
    ]);
    let value: serde_json::Value = serde_json::from_slice(&plain.stdout).expect("json");
    assert!(value["ask_here"].is_null());
}

#[test]
fn the_sites_closed_days_move_the_act_by_date() {
    let rules = Rules::embedded().expect("rules");
    // 2027-03-29 is a Monday the example site is closed: "check now" becomes the Tuesday.
    let input = TimelineInput {
        today: day(2027, 3, 29),
        born: Some(day(1950, 10, 10)),
        card: CardInput::Expiry(day(2029, 10, 10)),
        cert: CertInput::Expiry(day(2026, 6, 10)),
        residence_until: None,
    };
    let without = compute_timeline(&rules, &input).expect("timeline");
    assert_eq!(without.act_by(), day(2027, 3, 29));
    let at_site = rules.at_site(&example());
    let with = compute_timeline(&at_site, &input).expect("timeline");
    assert_eq!(with.act_by(), day(2027, 3, 30));
}

#[test]
fn the_sheet_lists_the_sites_window_first() {
    use mynaho_guide::sheet::{Block, Sheet, SheetRequest};
    let rules = Rules::embedded().expect("rules").at_site(&example());
    let req = SheetRequest {
        today: day(2026, 11, 22),
        lang: "ja".into(),
        sheet_lang: Some("en".into()),
        large_print: false,
        name: None,
        timeline: None,
        outcome: None,
    };
    let sheet = Sheet::build(&req, &rules);
    let contacts = sheet
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::ContactsBox { contacts, .. } => Some(contacts.clone()),
            _ => None,
        })
        .expect("contacts");
    assert_eq!(contacts[0].number, "03-1234-5678");
    assert_eq!(contacts[0].name.ja, "みなと市 国保年金課");
    assert_eq!(
        contacts[0].name.other.as_deref(),
        Some("Minato City National Health Insurance and Pension Division")
    );
    assert!(
        contacts[0].detail.ja.contains("平日 8:30〜17:15"),
        "{:?}",
        contacts[0].detail
    );
}

#[test]
fn rules_check_lists_every_value_with_its_source_and_refuses_a_bad_review_date() {
    let shown = run(&["--lang", "en", "rules", "show"]);
    assert!(shown.status.success(), "{}", text(&shown.stderr));
    let out = text(&shown.stdout);
    assert!(out.contains("Version: 2026-12-01.1"), "{out}");
    assert!(
        out.contains("Reviewed on: 2026-11-22") && out.contains("To be reviewed by: 2027-05-31"),
        "{out}"
    );
    assert!(out.contains("card_body.grace_months = 2"), "{out}");
    assert!(
        out.contains("Source: S4 熊本県後期高齢者医療広域連合 FAQ Q8"),
        "{out}"
    );
    let embedded = mynaho_guide::assets::asset_text("rules/rules.toml").expect("embedded rules");
    let dir = std::env::temp_dir().join(format!("mynaho-rules-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let good = dir.join("good.toml");
    std::fs::write(&good, &embedded).expect("write");
    let checked = run(&["--lang", "en", "rules", "check", good.to_str().expect("utf-8")]);
    assert!(checked.status.success(), "{}", text(&checked.stderr));
    assert!(text(&checked.stdout).contains("is a valid rules file"));
    let bad = dir.join("bad.toml");
    std::fs::write(
        &bad,
        embedded.replace("review_by = \"2027-05-31\"", "review_by = \"2026-01-01\""),
    )
    .expect("write");
    let refused = run(&["--lang", "en", "rules", "check", bad.to_str().expect("utf-8")]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        text(&refused.stderr).contains("review_by"),
        "{}",
        text(&refused.stderr)
    );
    let _ = std::fs::remove_dir_all(dir);
}

fn app(today: NaiveDate, site: Option<Site>) -> App {
    App::new(Options {
        lang: Some("ja".into()),
        today: Some(today),
        rules: site
            .as_ref()
            .map(|s| Rules::embedded().expect("rules").at_site(s)),
        site,
        ..Options::default()
    })
}

#[test]
fn the_window_says_when_its_rules_are_stale_and_shows_about() {
    let current = app(day(2026, 11, 22), None);
    assert!(!shows(&current, "rules-stale"));
    let stale = app(day(2027, 6, 1), None);
    assert!(
        shows(&stale, "rules-stale"),
        "Home says the rules may be out of date"
    );
    let mut settings = app(day(2027, 6, 1), None);
    let _ = settings.update(mynaho_guide::app::Message::SettingsPressed);
    assert_eq!(settings.screen(), Screen::Settings);
    assert!(shows(&settings, "rules-stale") && shows(&settings, "about"));
    let texts = crate::ui::all_texts(&settings).join("\n");
    assert!(texts.contains(env!("CARGO_PKG_VERSION")), "the version in About");
    assert!(texts.contains("2026-12-01.1"), "the rules version in About");
    assert!(texts.contains("SIL Open Font License 1.1"), "the fonts' license");
}

#[test]
fn the_window_offers_the_sites_languages_and_names_its_window_on_outcomes() {
    let mut app = app(day(2026, 11, 22), Some(example()));
    assert!(
        shows(&app, "lang-vi") && !shows(&app, "lang-th"),
        "only the site's languages on Home"
    );
    click(&mut app, "home-guide");
    click(&mut app, "answer-unknown");
    let texts = crate::ui::all_texts(&app).join("\n");
    assert!(shows(&app, "ask-here"), "the outcome names the local window");
    assert!(
        texts.contains("みなと市 国保年金課") && texts.contains("03-1234-5678"),
        "{texts}"
    );
}

#[test]
fn review_starts_with_the_sites_sheet_language_and_offers_its_languages_first() {
    let mut app = app(day(2026, 11, 22), Some(example()));
    click(&mut app, "home-dates");
    crate::ui::type_into(&mut app, "dates-born", "S22.3.4");
    crate::ui::type_into(&mut app, "dates-card", "2033-06-17");
    click(&mut app, "dates-show");
    click(&mut app, "dates-review");
    assert_eq!(app.screen(), Screen::Review);
    let texts = crate::ui::all_texts(&app);
    let at = |label: &str| texts.iter().position(|t| t == label);
    // The example site lists vi, then pt-BR: vi is chosen, and both come before the others.
    let vi = at("✓ 日本語 + Tiếng Việt").expect("vi chosen by default");
    let pt = at("日本語 + Português").expect("pt-BR offered");
    let en = at("日本語 + English").expect("en offered");
    assert!(vi < pt && pt < en, "{texts:?}");
    // やさしい日本語 is a sheet of its own, not Japanese beside it.
    assert!(texts.iter().any(|t| t == "やさしい にほんご"), "{texts:?}");
    assert!(
        !texts.iter().any(|t| t.contains("日本語 + やさしい")),
        "{texts:?}"
    );
}
