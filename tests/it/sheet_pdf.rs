//! Rendered sheets checked with poppler: `pdftotext` finds the Japanese and the second
//! language (a real text layer), `pdffonts` shows every font embedded and subset, `pdfinfo` the
//! title — for several outcomes, statuses, both print sizes and several scripts. Skipped when
//! poppler is missing, except with `CI=true`, where that fails.

use std::path::PathBuf;
use std::process::Command;

use chrono::NaiveDate;
use mynaho_guide::guide::{Guide, Outcome, Walk};
use mynaho_guide::rules::{CardInput, CertInput, Rules, Timeline, TimelineInput, compute_timeline};
use mynaho_guide::sheet::{Block, Pair, Sheet, SheetRenderer, SheetRequest, ruby};

fn poppler() -> bool {
    let found = Command::new("pdftotext").arg("-v").output().is_ok()
        && Command::new("pdffonts").arg("-v").output().is_ok();
    // Run on purpose (`--include-ignored`): without poppler the test fails rather than pass.
    assert!(found, "poppler-utils (pdftotext, pdffonts) is not installed");
    found
}

/// Writes the PDF to a temporary file, removed on drop.
struct PdfFile(PathBuf);

impl PdfFile {
    fn new(pdf: &[u8], tag: &str) -> PdfFile {
        let path = std::env::temp_dir().join(format!("mynaho-sheet-test-{}-{tag}.pdf", std::process::id()));
        std::fs::write(&path, pdf).expect("write pdf");
        PdfFile(path)
    }

    fn tool(&self, program: &str) -> String {
        let output = Command::new(program)
            .arg(&self.0)
            .args(["-"].iter().filter(|_| program == "pdftotext"))
            .output();
        String::from_utf8_lossy(&output.expect(program).stdout).into_owned()
    }

    /// The text layer with all white space removed (wrapping breaks lines anywhere).
    fn text(&self) -> String {
        self.tool("pdftotext")
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect()
    }
}

impl Drop for PdfFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

#[track_caller]
fn assert_fonts_embedded_and_subset(file: &PdfFile) {
    let fonts = file.tool("pdffonts");
    let rows: Vec<&str> = fonts.lines().skip(2).filter(|l| !l.trim().is_empty()).collect();
    assert!(!rows.is_empty(), "no fonts listed: {fonts}");
    for row in rows {
        let name = row.split_whitespace().next().unwrap_or_default();
        // A subset font's name carries a six-letter tag: ABCDEF+Name.
        assert!(name.len() > 7 && name.as_bytes()[6] == b'+', "not subset: {row}");
        let flags: Vec<&str> = row.split_whitespace().rev().skip(2).take(3).collect();
        assert_eq!(flags, ["yes", "yes", "yes"], "emb/sub/uni not all yes: {row}");
    }
}

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("test date")
}

/// The rules, the quick guide's "register" outcome (has-card=yes, registered=no) and a timeline
/// on 2026-11-22 for the given printed expiries.
fn register_case(born: Option<&str>, card: &str, cert: &str) -> (Rules, Outcome, Timeline, NaiveDate) {
    let rules = Rules::embedded().expect("rules");
    let guide = Guide::embedded().expect("guide");
    let answers = [
        ("has-card".to_owned(), "yes".to_owned()),
        ("registered".to_owned(), "no".to_owned()),
    ];
    let Ok(Walk::Outcome(view)) = guide.walk(None, &answers) else {
        panic!("walk ends in an outcome")
    };
    let today = date("2026-11-22");
    let input = TimelineInput {
        today,
        born: born.map(date),
        card: CardInput::Expiry(date(card)),
        cert: CertInput::Expiry(date(cert)),
        residence_until: None,
    };
    let timeline = compute_timeline(&rules, &input).expect("timeline");
    (rules, view.outcome, timeline, today)
}

#[test]
#[ignore = "needs poppler-utils (pdftotext, pdffonts): run with --include-ignored (CI does)"]
fn every_outcome_status_and_print_size_renders_with_a_text_layer() {
    if !poppler() {
        return;
    }
    let rules = Rules::embedded().expect("rules");
    let guide = Guide::embedded().expect("guide");
    let mut renderer = SheetRenderer::new().expect("fonts");
    let today = date("2026-11-22");
    let walks: [&[(&str, &str)]; 5] = [
        &[("has-card", "yes"), ("registered", "yes")],
        &[("has-card", "yes"), ("registered", "no")],
        &[("has-card", "yes"), ("registered", "unknown")],
        &[("has-card", "no")],
        &[("has-card", "unknown")],
    ];
    let certs = ["2027-06-15", "2026-10-15", "2026-05-15"];
    for (i, answers) in walks.iter().enumerate() {
        let answers: Vec<(String, String)> = answers
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let Ok(Walk::Outcome(view)) = guide.walk(None, &answers) else {
            panic!("walk {i} ends in an outcome")
        };
        let input = TimelineInput {
            today,
            born: Some(date("1950-10-10")),
            card: CardInput::Expiry(date("2029-10-10")),
            cert: CertInput::Expiry(date(certs[i % certs.len()])),
            residence_until: None,
        };
        let timeline = compute_timeline(&rules, &input).expect("timeline");
        for (second, large) in [
            (None, false),
            (Some("en"), false),
            (Some("en"), true),
            (None, true),
        ] {
            let req = SheetRequest {
                today,
                lang: "ja".into(),
                sheet_lang: second.map(str::to_owned),
                large_print: large,
                name: Some("山田 花子".into()),
                timeline: (i != 4).then(|| timeline.clone()),
                outcome: Some(view.outcome.clone()),
            };
            let sheet = Sheet::build(&req, &rules);
            let pdf = renderer.render(&sheet).expect("pdf");
            assert!(pdf.len() < 300 * 1024, "{} KB", pdf.len() / 1024);
            let file = PdfFile::new(&pdf, &format!("{i}-{second:?}-{large}"));
            let text = file.text();
            let title = sheet.blocks.iter().find_map(|b| match b {
                Block::Section { heading, .. } => Some(heading.clone()),
                _ => None,
            });
            let heading: Pair = title.expect("an outcome section");
            assert!(
                text.contains(&squeeze(&heading.ja)),
                "{i}: Japanese heading {:?} missing",
                heading.ja
            );
            match (second, &heading.other) {
                (Some(_), Some(other)) => {
                    assert!(text.contains(&squeeze(other)), "{i}: English {other:?} missing")
                }
                (None, None) => assert!(!text.contains("MynaHokensho"), "Japanese alone"),
                other => panic!("pair and sheet language disagree: {other:?}"),
            }
            // The lines that concern this person (issue 12): the outcome's own (the general
            // line), and one that speaks the second language when there is one.
            assert!(text.contains("0120-95-0178"), "{i}: the general line");
            if second.is_some() {
                assert!(text.contains("0120-0178-2"), "{i}: a line that speaks English");
            }
            assert!(text.contains("山田花子様"));
            assert_fonts_embedded_and_subset(&file);
            let info = Command::new("pdfinfo")
                .arg(&file.0)
                .output()
                .map(|o| String::from_utf8_lossy(&o.stdout).into_owned());
            assert!(
                info.unwrap_or_default().contains("マイナ保険証"),
                "document title"
            );
        }
    }
}

/// Texts in each script of the project's languages, on a hand-made sheet (the locale files of
/// these languages are the translators' work; the shaping and the text layer are ours).
#[test]
#[ignore = "needs poppler-utils (pdftotext, pdffonts): run with --include-ignored (CI does)"]
fn every_script_is_shaped_embedded_and_extractable() {
    if !poppler() {
        return;
    }
    let samples = [
        ("vi", "Thẻ My Number đã đăng ký làm thẻ bảo hiểm y tế"),
        ("ne", "स्वास्थ्य बीमा कार्डको रूपमा दर्ता गरिएको माई नम्बर कार्ड"),
        ("th", "บัตรมายนัมเบอร์ที่ลงทะเบียนเป็นบัตรประกันสุขภาพ"),
        ("zh-CN", "已登记为健康保险证的个人编号卡"),
        ("zh-TW", "已登錄為健康保險證的個人編號卡"),
        ("ko", "건강보험증으로 등록한 마이넘버카드"),
        ("my", "ကျန်းမာရေးအာမခံကတ်"),
        ("km", "ប័ណ្ណធានារ៉ាប់រងសុខភាព"),
        ("mn", "Эрүүл мэндийн даатгалын карт"),
    ];
    let mut renderer = SheetRenderer::new().expect("fonts");
    for (lang, text) in samples {
        let sheet = Sheet {
            main_lang: "ja".into(),
            second_lang: Some(lang.to_owned()),
            large_print: false,
            doc_title: "マイナ保険証のご案内".into(),
            blocks: vec![Block::Section {
                heading: Pair::both("マイナ保険証（資格確認書）", text),
                items: vec![Pair::both("市区町村の窓口", format!("{text} (市区町村の窓口)"))],
                numbered: true,
            }],
            footer: Pair::both("ルール", "rules"),
        };
        let file = PdfFile::new(&renderer.render(&sheet).expect("pdf"), lang);
        let extracted = file.text();
        assert!(
            extracted.contains("マイナ保険証（資格確認書）"),
            "{lang}: Japanese missing"
        );
        // Thai, Myanmar and Khmer reorder marks in display; compare the characters present.
        let expected = squeeze(text);
        if ["my", "km", "th"].contains(&lang) {
            let mut want: Vec<char> = expected.chars().collect();
            want.sort_unstable();
            let got: Vec<char> = extracted.chars().collect();
            assert!(
                want.iter().all(|c| got.contains(c)),
                "{lang}: characters of {text} missing in {extracted}"
            );
        } else {
            assert!(
                extracted.contains(&expected),
                "{lang}: {text} missing in {extracted}"
            );
        }
        assert_fonts_embedded_and_subset(&file);
    }
}

/// Every locale as the second language: its own title and a step of the outcome are in the
/// text layer, beside the Japanese ones (やさしい日本語 is a sheet of its own: see below).
#[test]
#[ignore = "needs poppler-utils (pdftotext, pdffonts): run with --include-ignored (CI does)"]
fn every_language_prints_beside_japanese() {
    if !poppler() {
        return;
    }
    let (rules, outcome, timeline, today) = register_case(Some("1950-10-10"), "2029-10-10", "2027-01-15");
    let mut renderer = SheetRenderer::new().expect("fonts");
    let languages: Vec<String> = mynaho_guide::i18n::available()
        .into_iter()
        .filter(|code| code != "ja" && code != "ja-yasashii")
        .collect();
    assert!(languages.len() >= 10, "{languages:?}");
    for lang in languages {
        let req = SheetRequest {
            today,
            lang: lang.clone(),
            sheet_lang: Some(lang.clone()),
            large_print: false,
            name: None,
            timeline: Some(timeline.clone()),
            outcome: Some(outcome.clone()),
        };
        let sheet = Sheet::build(&req, &rules);
        let file = PdfFile::new(&renderer.render(&sheet).expect("pdf"), &lang);
        let text = if lang == "ja-yasashii" {
            // Without the ruby runs, which poppler reads between two wrapped lines.
            words_with_heights(&file)
                .into_iter()
                // Body text is 10 pt, its readings half that.
                .filter(|(_, height)| {
                    *height >= 0.8 * mynaho_guide::sheet::layout::Sizes::for_print(false).body
                })
                .map(|(word, _)| word)
                .collect()
        } else {
            file.text()
        };
        let (title, step) = match (
            &sheet.blocks[0],
            sheet.blocks.iter().find(|b| matches!(b, Block::Section { .. })),
        ) {
            (Block::Title { title, .. }, Some(Block::Section { items, .. })) => {
                (title.clone(), items[0].clone())
            }
            _ => panic!("{lang}: title and steps"),
        };
        for pair in [&title, &step] {
            assert!(
                text.contains(&squeeze(&pair.ja)),
                "{lang}: Japanese {:?}",
                pair.ja
            );
            let other = pair.other.as_deref().expect("second language text");
            assert_ne!(other, pair.ja, "{lang}: translated");
            // やさしい日本語 prints its readings as ruby above the line, not inline.
            let other = if lang == "ja-yasashii" {
                ruby::base_text(other)
            } else {
                other.to_owned()
            };
            // Word by word: poppler's reading order may take a wrapped cell's last line later.
            for word in other.split_whitespace() {
                assert!(
                    text.contains(word),
                    "{lang}: {word:?} of {other:?} not in the text layer"
                );
            }
        }
        assert_fonts_embedded_and_subset(&file);
    }
}

/// The words of `pdftotext -bbox` output: text and height (the font size, near enough).
fn words_with_heights(file: &PdfFile) -> Vec<(String, f32)> {
    let output = Command::new("pdftotext")
        .arg("-bbox")
        .arg(&file.0)
        .arg("-")
        .output()
        .expect("pdftotext -bbox");
    let html = String::from_utf8_lossy(&output.stdout).into_owned();
    let attr = |tag: &str, name: &str| -> f32 {
        tag.split(&format!("{name}=\""))
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .and_then(|value| value.parse().ok())
            .unwrap_or(0.0)
    };
    html.split("<word ")
        .skip(1)
        .filter_map(|part| {
            let (tag, rest) = part.split_once('>')?;
            let text = rest.split("</word>").next()?.to_owned();
            Some((text, attr(tag, "yMax") - attr(tag, "yMin")))
        })
        .collect()
}

#[test]
#[ignore = "needs poppler-utils (pdftotext, pdffonts): run with --include-ignored (CI does)"]
fn yasashii_readings_are_ruby_not_inline() {
    if !poppler() {
        return;
    }
    let (rules, outcome, timeline, today) = register_case(None, "2030-01-01", "2027-01-01");
    let mut renderer = SheetRenderer::new().expect("fonts");
    for large_print in [false, true] {
        let req = SheetRequest {
            today,
            lang: "ja".into(),
            sheet_lang: Some("ja-yasashii".into()),
            large_print,
            name: None,
            timeline: Some(timeline.clone()),
            outcome: Some(outcome.clone()),
        };
        let sheet = Sheet::build(&req, &rules);
        // One column of やさしい日本語: no second column, and within a Japanese sheet's budget.
        assert_eq!(sheet.main_lang, "ja-yasashii");
        assert_eq!(sheet.second_lang, None);
        let Block::Title { title, .. } = &sheet.blocks[0] else {
            panic!("title first")
        };
        assert_eq!(title.other, None);
        let source = title.ja.as_str();
        assert!(source.contains("保険証(ほけんしょう)"), "{source}");
        let file = PdfFile::new(
            &renderer.render(&sheet).expect("pdf"),
            &format!("yasashii-{large_print}"),
        );
        let text = file.text();
        assert!(
            text.contains(&squeeze(&ruby::base_text(source))),
            "base text of {source:?}"
        );
        assert!(
            !text.contains("(ほけんしょう)") && !text.contains("(あんない)"),
            "readings inline"
        );
        let words = words_with_heights(&file);
        let height = |word: &str| {
            words
                .iter()
                .filter(|(text, _)| text.contains(word))
                .map(|(_, h)| *h)
                .fold(f32::MAX, f32::min)
        };
        let (reading, base) = (height("ほけんしょう"), height("保険証"));
        assert!(reading < f32::MAX && base < f32::MAX, "both in the text layer");
        assert!(reading < base * 0.7, "reading {reading} small beside base {base}");
    }
}
