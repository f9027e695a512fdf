//! Numbers survive translation (issue 10): in every message of every locale, the numbers are the
//! same as in `ja`, counted with repeats, unless the locale's "Numbers" table in
//! `i18n/GLOSSARY.md` gives the reason and the exact difference. Devanagari, Myanmar, Khmer, Thai
//! and full-width digits count as ASCII digits; "1,000", "1.000" and "1 000" are one number;
//! numbers inside placeables and selector keys do not count; a message with a selector is checked
//! once per variant, each against `ja`'s default text. `scripts/numbers-check` is the same check
//! in Python, with the same messages: keep them in step. Every mismatch is listed at once.

use std::collections::BTreeMap;

use crate::glossary::{REFERENCE, load_locale, locales, read_glossary, report};

/// Native digit blocks (each `0` to `9`): Devanagari, Myanmar, Khmer, Thai, full-width.
const DIGIT_BLOCKS: [u32; 5] = [0x0966, 0x1040, 0x17E0, 0x0E50, 0xFF10];
const GROUP_SEPARATORS: &[char] = &[',', '.', ' ', '\u{00A0}', '\u{202F}', '\u{2009}'];

fn ascii_digit(c: char) -> char {
    let code = u32::from(c);
    DIGIT_BLOCKS
        .iter()
        .find(|&&base| (base..=base + 9).contains(&code))
        .and_then(|&base| char::from_digit(code - base, 10))
        .unwrap_or(c)
}

/// The numbers in a flattened text (placeables already removed), as decimal strings without
/// leading zeros, sorted by value.
fn numbers(text: &str) -> Vec<String> {
    let s: Vec<char> = text.chars().map(ascii_digit).collect();
    let digit = |i: usize| s.get(i).is_some_and(char::is_ascii_digit);
    let mut found = Vec::new();
    let mut i = 0;
    while i < s.len() {
        if !digit(i) {
            i += 1;
            continue;
        }
        let mut j = i;
        while digit(j) {
            j += 1;
        }
        let mut value: String = s[i..j].iter().collect();
        if j - i <= 3 {
            while GROUP_SEPARATORS.contains(&s.get(j).copied().unwrap_or('x'))
                && (j + 1..j + 4).all(digit)
                && !digit(j + 4)
            {
                value.extend(&s[j + 1..j + 4]);
                j += 4;
            }
        }
        let trimmed = value.trim_start_matches('0');
        found.push(if trimmed.is_empty() { "0" } else { trimmed }.to_string());
        i = j;
    }
    found.sort_by(|a, b| (a.len(), a).cmp(&(b.len(), b)));
    found
}

type Difference = BTreeMap<String, i64>;

/// number → (count here − count in ja), for the numbers whose counts differ.
fn difference(expected: &[String], found: &[String]) -> Difference {
    let mut diff = Difference::new();
    for v in expected {
        *diff.entry(v.clone()).or_insert(0) -= 1;
    }
    for v in found {
        *diff.entry(v.clone()).or_insert(0) += 1;
    }
    diff.retain(|_, c| *c != 0);
    diff
}

/// `{12: -2, 75: 1}` → `-12 -12 +75` (missing first, each in numeric order).
fn show_difference(diff: &Difference) -> String {
    let mut keys: Vec<&String> = diff.keys().collect();
    keys.sort_by(|a, b| (a.len(), a).cmp(&(b.len(), b)));
    let mut out: Vec<String> = Vec::new();
    for sign in [-1, 1] {
        for k in &keys {
            let count = diff[*k];
            if count.signum() == sign {
                let mark = if sign < 0 { '-' } else { '+' };
                out.extend((0..count.abs()).map(|_| format!("{mark}{k}")));
            }
        }
    }
    out.join(" ")
}

fn show(values: &[String]) -> String {
    if values.is_empty() {
        "(none)".to_string()
    } else {
        values.join(" ")
    }
}

/// (problems, differences still TO FIX).
fn check() -> (Vec<String>, Vec<String>) {
    let all = locales();
    let glossary = read_glossary(&all);
    let mut problems = glossary.errors.clone();
    let mut to_fix = Vec::new();
    let ja = load_locale(REFERENCE);
    for lang in &all {
        let Some(section) = glossary.sections.get(lang) else {
            problems.push(format!("{lang}: no section in GLOSSARY.md"));
            continue;
        };
        if !section.has_numbers {
            problems.push(format!(
                "{lang}: its section in GLOSSARY.md has no '### Numbers' heading"
            ));
        }
        let messages = load_locale(lang);
        let mut declared: BTreeMap<&str, Difference> = BTreeMap::new();
        for row in &section.numbers {
            for (id, diff) in &row.items {
                if ja.get(id).is_none() {
                    problems.push(format!(
                        "{}: GLOSSARY.md line {} names {id}, which ja does not have",
                        section.lang, row.line
                    ));
                    continue;
                }
                if row.to_fix {
                    to_fix.push(format!("{lang} {id} {}: {}", show_difference(diff), row.reason));
                }
                let total = declared.entry(id).or_default();
                for (value, count) in diff {
                    *total.entry(value.clone()).or_insert(0) += count;
                }
            }
        }
        for total in declared.values_mut() {
            total.retain(|_, c| *c != 0);
        }
        for reference in &ja.messages {
            let Some(message) = messages.get(&reference.id) else {
                continue; // a missing message is i18n.rs's business
            };
            let expected = numbers(&reference.default);
            let allowed = declared.get(reference.id.as_str()).cloned().unwrap_or_default();
            for text in &message.variants {
                let found = numbers(text);
                let actual = difference(&expected, &found);
                if actual == allowed {
                    continue;
                }
                let why = if actual.is_empty() {
                    format!(
                        "GLOSSARY.md says they differ by {}, but they now match ja: remove it from the Numbers table",
                        show_difference(&allowed)
                    )
                } else if !allowed.is_empty() {
                    format!(
                        "differ by {}; GLOSSARY.md explains only {}",
                        show_difference(&actual),
                        show_difference(&allowed)
                    )
                } else {
                    format!("differ by {}", show_difference(&actual))
                };
                problems.push(format!(
                    "{lang} {}: numbers {}, ja has {}: {why}\n    ja:   {}\n    {lang}: {text}",
                    reference.id,
                    show(&found),
                    show(&expected),
                    reference.default
                ));
            }
        }
    }
    (problems, to_fix)
}

#[test]
fn numbers_survive_translation() {
    let (problems, to_fix) = check();
    println!(
        "{} number differences still TO FIX in i18n/GLOSSARY.md:\n{}",
        to_fix.len(),
        report(&to_fix)
    );
    assert!(
        problems.is_empty(),
        "numbers differ from ja ({} problems; scripts/numbers-check says the same):\n{}",
        problems.len(),
        report(&problems)
    );
}

#[test]
fn numbers_are_read_as_people_read_them() {
    let n = |text: &str| numbers(text);
    assert_eq!(n("9:30～20:00"), ["0", "9", "20", "30"]);
    assert_eq!(n("2026-03-15, 2026/3/15"), ["3", "3", "15", "15", "2026", "2026"]);
    assert_eq!(n("S25.10.10"), ["10", "10", "25"]);
    assert_eq!(
        n("1,000 yen, 1.000, 1 000, 12,345,678"),
        ["1000", "1000", "1000", "12345678"]
    );
    assert_eq!(n("1,0000 and 2026, 12"), ["0", "1", "12", "2026"]);
    assert_eq!(
        n("७५ वर्ष, ၇၅ နှစ်, ៧៥ ឆ្នាំ, ๗๕ ปี, ７５歳"),
        ["75", "75", "75", "75", "75"]
    );
    assert_eq!(n("0120-95-0178"), ["95", "120", "178"]);
    assert_eq!(n("in \u{FFFC} seconds"), Vec::<String>::new());
    let diff = difference(
        &n("2025年12月1日, 12月2日"),
        &n("1 December 2025 (2 December), 75"),
    );
    assert_eq!(show_difference(&diff), "-12 -12 +75");
}
