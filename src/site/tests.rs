use super::*;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a real day")
}

#[test]
fn the_example_file_reads_as_written() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/site.example.toml"))
        .expect("example");
    let site = Site::from_toml(&text).expect("the example is valid");
    let window = site.window.expect("a window");
    assert_eq!(window.title("ja"), "みなと市 国保年金課");
    assert_eq!(
        window.title("en"),
        "Minato City National Health Insurance and Pension Division"
    );
    // No Vietnamese given: the Japanese stands.
    assert_eq!(window.title("vi"), "みなと市 国保年金課");
    assert_eq!(window.telephone.as_deref(), Some("03-1234-5678"));
    assert!(window.hours.expect("hours").ja.starts_with("平日 8:30〜17:15"));
    assert_eq!(
        site.closed,
        [
            (day(2027, 3, 29), day(2027, 3, 29)),
            (day(2027, 5, 6), day(2027, 5, 7))
        ]
    );
    assert_eq!(site.home_languages.first().map(String::as_str), Some("ja"));
    assert_eq!(site.home_languages.len(), 9);
    assert_eq!(site.sheet_languages, ["vi", "pt-BR"]);
    assert_eq!(site.printer.as_deref(), Some("Counter_Printer"));
    assert_eq!(site.copies, Some(1));
    assert_eq!(site.kiosk_idle_seconds, Some(120));
    assert_eq!(site.rules_file, None);
}

#[test]
fn an_empty_file_is_a_site_without_anything() {
    assert_eq!(Site::from_toml("").expect("empty"), Site::default());
}

/// The error for `text`, which must be refused.
fn refused(text: &str) -> SiteError {
    Site::from_toml(text).expect_err("refused")
}

#[test]
fn each_problem_is_named_with_its_line_and_an_example() {
    let head = "[municipality]\nja = \"みなと市\"\n\n[window]\nname = { ja = \"国保年金課\" }\n";
    let cases = [
        ("telephone = \"12345\"\n", 6, "window.telephone", "03-1234-5678"),
        (
            "telephone = \"03-1234-56789-0\"\n",
            6,
            "window.telephone",
            "03-1234-5678",
        ),
        ("closed = [\"2027-02-30\"]\n", 6, "window.closed", "2026-12-28"),
        (
            "closed = [\"2027-05-07..2027-05-06\"]\n",
            6,
            "window.closed",
            "2026-12-28",
        ),
        (
            "closed = [\"2027-01-01\",\n  \"next tuesday\"]\n",
            7,
            "window.closed",
            "2026-12-28",
        ),
        ("hours = { ja = \"\" }\n", 6, "window.hours.ja", "8:30"),
        (
            "hours = { xx = \"9–5\", ja = \"9時〜17時\" }\n",
            6,
            "window.hours.xx",
            "en",
        ),
        ("hours = { en = \"9–5\" }\n", 6, "window.hours.ja", "8:30"),
    ];
    for (tail, line, key, example) in cases {
        match refused(&format!("{head}{tail}")) {
            SiteError::Invalid {
                line: got_line,
                key: got_key,
                example: got_example,
                ..
            } => {
                assert_eq!((got_line, got_key.as_str()), (line, key), "{tail}");
                assert!(got_example.contains(example), "{tail}: {got_example}");
            }
            other => panic!("{tail}: {other:?}"),
        }
    }
}

#[test]
fn a_text_too_long_for_the_sheet_is_refused() {
    let text = format!(
        "[municipality]\nja = \"みなと市\"\n[window]\nname = {{ ja = \"国保年金課\" }}\naddress = {{ ja = \"{}\" }}\n",
        "あ".repeat(121)
    );
    match refused(&text) {
        SiteError::Invalid { line, key, .. } => assert_eq!((line, key.as_str()), (5, "window.address.ja")),
        other => panic!("{other:?}"),
    }
}

#[test]
fn other_sections_are_checked_too() {
    let cases = [
        ("[languages]\nhome = [\"ja\", \"klingon\"]\n", 2, "languages.home"),
        ("[languages]\nsheet = [\"vi\", \"vi\"]\n", 2, "languages.sheet"),
        ("[print]\ncopies = 0\n", 2, "print.copies"),
        ("[print]\nprinter = \"two words\"\n", 2, "print.printer"),
        ("[kiosk]\nidle_seconds = 2\n", 2, "kiosk.idle_seconds"),
        ("[kiosk]\nidle_seconds = -1\n", 2, "kiosk.idle_seconds"),
        ("[rules]\nfile = \"rules.toml\"\n", 2, "rules.file"),
        ("[window]\nname = { ja = \"国保年金課\" }\n", 2, "municipality.ja"),
    ];
    for (text, line, key) in cases {
        match refused(text) {
            SiteError::Invalid {
                line: got_line,
                key: got_key,
                ..
            } => assert_eq!((got_line, got_key.as_str()), (line, key), "{text}"),
            other => panic!("{text}: {other:?}"),
        }
    }
}

#[test]
fn unknown_keys_and_wrong_types_are_syntax_errors_with_their_line() {
    for (text, line) in [
        ("[print]\ncopies = 1\ncolour = true\n", 3),
        ("[kiosk]\n\nidle_seconds = \"two minutes\"\n", 3),
        ("[window\n", 1),
    ] {
        match refused(text) {
            SiteError::Syntax { line: got, .. } => assert_eq!(got, line, "{text}"),
            other => panic!("{text}: {other:?}"),
        }
    }
    let message = refused("[window]\nphone = \"03-1234-5678\"\n").to_string();
    assert!(
        message.starts_with("line 2") && message.contains("phone"),
        "{message}"
    );
}

#[test]
fn a_file_that_is_not_a_regular_file_or_too_large_is_refused() {
    assert_eq!(Site::load_file(Path::new("/")), Err(SiteError::NotAFile));
    assert!(matches!(
        Site::load_file(Path::new("/nonexistent/site.toml")),
        Err(SiteError::Read(_))
    ));
    let big = format!("# {}\n", "x".repeat(MAX_FILE_BYTES as usize));
    assert_eq!(Site::from_toml(&big), Err(SiteError::TooLarge));
}
