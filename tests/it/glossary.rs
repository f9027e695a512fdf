//! `i18n/GLOSSARY.md` is true (issue 10): every message whose `ja` text carries one of the key
//! terms uses the locale's wording, unless the file lists it as another form (with its reason)
//! or as TO FIX; the file names no message that does not exist or does not carry the term, and
//! every locale has a section with a row per term. The rules are written at the top of
//! GLOSSARY.md ("How this file is checked"); `scripts/glossary-check` (scripts/i18nlib.py) is the
//! same check in Python for translators without cargo, with the same messages: keep them in step.
//!
//! This module also holds what `numbers.rs` shares: the `.ftl` files read as flat texts and the
//! parsed GLOSSARY.md. `I18N_CHECK_ROOT=DIR` checks the `i18n/` of another tree.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::path::PathBuf;

use fluent_syntax::ast::{Entry, Expression, Pattern, PatternElement};

pub(crate) const REFERENCE: &str = "ja";
/// What a placeable such as `{ $date }` becomes in the text that is checked.
pub(crate) const PLACEABLE: char = '\u{FFFC}';
const BLANK: &[char] = &[' ', '\t', '\r', '\n'];

pub(crate) fn i18n_dir() -> PathBuf {
    let root = std::env::var_os("I18N_CHECK_ROOT")
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from);
    root.join("i18n")
}

// ---------------------------------------------------------------------------------------------
// Fluent files, flattened

pub(crate) struct Message {
    pub(crate) id: String,
    /// One text per combination of selector variants; placeables are [`PLACEABLE`], runs of
    /// blanks one space.
    pub(crate) variants: Vec<String>,
    /// The text with every selector on its default variant.
    pub(crate) default: String,
}

pub(crate) struct Locale {
    /// In file order.
    pub(crate) messages: Vec<Message>,
    by_id: HashMap<String, usize>,
}

impl Locale {
    pub(crate) fn get(&self, id: &str) -> Option<&Message> {
        self.by_id.get(id).map(|&i| &self.messages[i])
    }
}

/// The locale folders under `i18n/`, `ja` first.
pub(crate) fn locales() -> Vec<String> {
    let mut found: Vec<String> = std::fs::read_dir(i18n_dir())
        .expect("i18n/")
        .filter_map(|entry| {
            let path = entry.expect("i18n/ entry").path();
            let has_ftl = path.is_dir()
                && std::fs::read_dir(&path)
                    .expect("locale folder")
                    .any(|f| f.expect("file").path().extension().is_some_and(|e| e == "ftl"));
            has_ftl.then(|| path.file_name().expect("name").to_string_lossy().into_owned())
        })
        .collect();
    found.sort_by_key(|name| (name != REFERENCE, name.clone()));
    found
}

pub(crate) fn load_locale(lang: &str) -> Locale {
    let folder = i18n_dir().join(lang);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&folder)
        .expect("locale folder")
        .map(|e| e.expect("file").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    let mut locale = Locale {
        messages: Vec::new(),
        by_id: HashMap::new(),
    };
    for path in files {
        let source = std::fs::read_to_string(&path).expect("UTF-8 .ftl");
        let resource = fluent_syntax::parser::parse(source.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
        for entry in resource.body {
            let Entry::Message(message) = entry else { continue };
            let mut parts: Vec<(String, &Pattern<&str>)> = Vec::new();
            let mut attributes: Vec<_> = message.attributes.iter().collect();
            attributes.sort_by_key(|a| a.id.name);
            let empty = Pattern { elements: Vec::new() };
            parts.push((String::new(), message.value.as_ref().unwrap_or(&empty)));
            parts.extend(attributes.iter().map(|a| (a.id.name.to_string(), &a.value)));
            let mut texts = vec![String::new()];
            let mut defaults = Vec::new();
            for (_, pattern) in &parts {
                let variants = expand(pattern, false);
                texts = texts
                    .iter()
                    .flat_map(|a| {
                        variants
                            .iter()
                            .map(move |b| format!("{a}{}{b}", if a.is_empty() { "" } else { "\n" }))
                    })
                    .collect();
                defaults.push(expand(pattern, true).swap_remove(0));
            }
            let id = message.id.name.to_string();
            assert!(!locale.by_id.contains_key(&id), "{lang}: duplicate message {id}");
            locale.by_id.insert(id.clone(), locale.messages.len());
            locale.messages.push(Message {
                id,
                variants: texts.iter().map(|t| squash(t)).collect(),
                default: squash(&defaults.join("\n")),
            });
        }
    }
    locale
}

fn expand(pattern: &Pattern<&str>, default_only: bool) -> Vec<String> {
    let mut texts = vec![String::new()];
    for element in &pattern.elements {
        let options: Vec<String> = match element {
            PatternElement::TextElement { value } => vec![(*value).to_string()],
            PatternElement::Placeable {
                expression: Expression::Select { variants, .. },
            } => variants
                .iter()
                .filter(|v| v.default || !default_only)
                .flat_map(|v| expand(&v.value, default_only))
                .collect(),
            PatternElement::Placeable { .. } => vec![PLACEABLE.to_string()],
        };
        texts = texts
            .iter()
            .flat_map(|a| options.iter().map(move |b| format!("{a}{b}")))
            .collect();
    }
    texts
}

fn squash(text: &str) -> String {
    let mut out = String::new();
    let mut blank = false;
    for c in text.chars() {
        if BLANK.contains(&c) {
            blank = true;
        } else {
            if blank && !out.is_empty() {
                out.push(' ');
            }
            blank = false;
            out.push(c);
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// GLOSSARY.md

pub(crate) struct Term {
    pub(crate) name: String,
    matches: Vec<String>,
    excludes: Vec<String>,
}

struct Row {
    term: String,
    wordings: Vec<String>,
    tier: String,
    allowed: Vec<(String, String)>,
    to_fix: Vec<(String, String)>,
    line: usize,
}

impl Row {
    fn lists(&self, id: &str) -> bool {
        self.allowed.iter().chain(&self.to_fix).any(|(i, _)| i == id)
    }
}

/// A message id and number → signed count: -1 for each one of `ja` missing here, +1 for each
/// extra one.
pub(crate) type NumberItem = (String, BTreeMap<String, i64>);

pub(crate) struct NumberRow {
    pub(crate) reason: String,
    pub(crate) to_fix: bool,
    pub(crate) items: Vec<NumberItem>,
    pub(crate) line: usize,
}

pub(crate) struct Section {
    pub(crate) lang: String,
    rows: Vec<Row>,
    pub(crate) numbers: Vec<NumberRow>,
    pub(crate) has_numbers: bool,
}

pub(crate) struct Glossary {
    pub(crate) terms: Vec<Term>,
    pub(crate) sections: HashMap<String, Section>,
    /// Problems found while reading the file itself.
    pub(crate) errors: Vec<String>,
}

fn cells(line: &str) -> Vec<String> {
    let inner = line.trim();
    let inner = inner.strip_prefix('|').unwrap_or(inner);
    let inner = inner.strip_suffix('|').unwrap_or(inner);
    inner.split('|').map(|c| c.trim().to_string()).collect()
}

/// `a / b… / c` → `[a, b, c]`: ` / ` separates, backticks and a closing `…` are dropped.
fn split_alternatives(cell: &str) -> Vec<String> {
    cell.split(" / ")
        .map(|a| {
            let a = a.trim().trim_matches('`').trim();
            a.strip_suffix('…').map_or(a, str::trim).to_string()
        })
        .filter(|a| !a.is_empty())
        .collect()
}

fn is_message_id(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn is_listed_id(s: &str) -> bool {
    let mut chars = s.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

pub(crate) fn read_glossary(known: &[String]) -> Glossary {
    let path = i18n_dir().join("GLOSSARY.md");
    let text = std::fs::read_to_string(&path).expect("i18n/GLOSSARY.md");
    let mut glossary = Glossary {
        terms: Vec::new(),
        sections: HashMap::new(),
        errors: Vec::new(),
    };
    let mut section: Option<String> = None;
    enum Table {
        Terms,
        Locale,
        Numbers,
        Other,
    }
    let mut table: Option<Table> = None;
    let mut in_numbers = false;
    for (index, line) in text.split('\n').enumerate() {
        let number = index + 1;
        if let Some(heading) = line.strip_prefix("## ") {
            let code = heading.split_whitespace().next().unwrap_or("");
            table = None;
            in_numbers = false;
            section = None;
            if known.iter().any(|k| k == code) {
                if glossary.sections.contains_key(code) {
                    glossary
                        .errors
                        .push(format!("GLOSSARY.md:{number}: a second section for {code}"));
                }
                let fresh = Section {
                    lang: code.to_string(),
                    rows: Vec::new(),
                    numbers: Vec::new(),
                    has_numbers: false,
                };
                glossary.sections.insert(code.to_string(), fresh);
                section = Some(code.to_string());
            }
            continue;
        }
        if let Some(heading) = line.strip_prefix("### ") {
            table = None;
            in_numbers = section.is_some() && heading.trim().to_lowercase() == "numbers";
            if in_numbers && let Some(s) = section.as_ref().and_then(|c| glossary.sections.get_mut(c)) {
                s.has_numbers = true;
            }
            continue;
        }
        if !line.starts_with('|') {
            table = None;
            continue;
        }
        let mut row = cells(line);
        let Some(kind) = &table else {
            let header: Vec<String> = row.iter().map(|c| c.to_lowercase()).collect();
            let starts =
                |names: &[&str]| header.len() >= names.len() && header.iter().zip(names).all(|(h, n)| h == n);
            table = Some(if starts(&["term", "ja matches", "ja excludes"]) {
                Table::Terms
            } else if section.is_some() && in_numbers && starts(&["why numbers differ"]) {
                Table::Numbers
            } else if section.is_some() && !in_numbers && starts(&["term", "wording", "tier", "other forms"])
            {
                Table::Locale
            } else {
                Table::Other
            });
            continue;
        };
        if row.iter().all(|c| c.chars().all(|ch| "-: ".contains(ch))) {
            continue; // the |---| line
        }
        match kind {
            Table::Terms => {
                row.resize(row.len().max(4), String::new());
                glossary.terms.push(Term {
                    name: row[0].clone(),
                    matches: split_alternatives(&row[1]),
                    excludes: split_alternatives(&row[2]),
                });
            }
            Table::Locale => {
                row.resize(row.len().max(4), String::new());
                let lang = section.clone().expect("in a section");
                let (allowed, to_fix, problems) = read_other_forms(&row[3]);
                glossary.errors.extend(
                    problems
                        .iter()
                        .map(|p| format!("GLOSSARY.md:{number}: {lang} {}: {p}", row[0])),
                );
                let s = glossary.sections.get_mut(&lang).expect("section");
                if s.rows.iter().any(|r| r.term == row[0]) {
                    glossary.errors.push(format!(
                        "GLOSSARY.md:{number}: {lang} has two rows for {}",
                        row[0]
                    ));
                    s.rows.retain(|r| r.term != row[0]);
                }
                s.rows.push(Row {
                    term: row[0].clone(),
                    wordings: split_alternatives(&row[1]),
                    tier: row[2].clone(),
                    allowed,
                    to_fix,
                    line: number,
                });
            }
            Table::Numbers => {
                row.resize(row.len().max(2), String::new());
                let lang = section.clone().expect("in a section");
                let (items, problems) = read_number_items(&row[1]);
                glossary.errors.extend(
                    problems
                        .iter()
                        .map(|p| format!("GLOSSARY.md:{number}: {lang}: {p}")),
                );
                if row[0].is_empty() {
                    glossary.errors.push(format!(
                        "GLOSSARY.md:{number}: {lang}: a numbers row needs its reason"
                    ));
                }
                glossary
                    .sections
                    .get_mut(&lang)
                    .expect("section")
                    .numbers
                    .push(NumberRow {
                        to_fix: row[0].to_uppercase().starts_with("TO FIX"),
                        reason: row[0].clone(),
                        items,
                        line: number,
                    });
            }
            Table::Other => {}
        }
    }
    glossary
}

type Listed = Vec<(String, String)>;

/// `id, id (reason); TO FIX: id, id (note)` → (allowed, to fix, problems).
fn read_other_forms(cell: &str) -> (Listed, Listed, Vec<String>) {
    let (mut allowed, mut to_fix, mut problems): (Listed, Listed, Vec<String>) = Default::default();
    let cell = cell.replace('`', "");
    let cell = cell.trim();
    if ["", "—", "-"].contains(&cell) {
        return (allowed, to_fix, problems);
    }
    for item in cell.split(';').map(str::trim).filter(|i| !i.is_empty()) {
        let (fix, rest) = match item.strip_prefix("TO FIX") {
            Some(r) => (true, r.strip_prefix(':').unwrap_or(r).trim_start()),
            None => (false, item),
        };
        let (ids, reason) = match rest.find('(') {
            Some(p) if rest.ends_with(')') => {
                (rest[..p].trim_end(), Some(rest[p + 1..rest.len() - 1].trim()))
            }
            Some(_) => ("", None),
            None => (rest, None),
        };
        let ids: Vec<&str> = ids.split(',').map(str::trim).collect();
        if !ids.iter().all(|i| is_listed_id(i)) {
            problems.push(format!(
                "cannot read \"{item}\" (write \"id, id (reason)\" or \"TO FIX: id, id (note)\")"
            ));
            continue;
        }
        let reason = reason.unwrap_or("").to_string();
        if !fix && reason.is_empty() {
            problems.push(format!(
                "\"{item}\": an allowed other form needs its reason in brackets"
            ));
        }
        for id in ids {
            if allowed.iter().chain(&to_fix).any(|(i, _)| i == id) {
                problems.push(format!("{id} is listed twice"));
                continue;
            }
            let target = if fix { &mut to_fix } else { &mut allowed };
            target.push((id.to_string(), reason.clone()));
        }
    }
    (allowed, to_fix, problems)
}

/// `id -12 -12, id +75` → `[(id, {12: -2}), (id, {75: 1})]`.
fn read_number_items(cell: &str) -> (Vec<NumberItem>, Vec<String>) {
    let (mut items, mut problems) = (Vec::new(), Vec::new());
    for item in cell.replace('`', "").split(',') {
        let words: Vec<&str> = item.split_whitespace().collect();
        let Some((id, signed)) = words.split_first() else {
            continue;
        };
        let is_signed = |w: &&str| {
            let mut chars = w.chars();
            chars.next().is_some_and(|c| matches!(c, '-' | '+' | '\u{2212}'))
                && chars.clone().next().is_some()
                && chars.all(|c| c.is_ascii_digit())
        };
        if !is_message_id(id) || signed.is_empty() || !signed.iter().all(is_signed) {
            problems.push(format!(
                "cannot read \"{}\" (write \"message-id -12 +75\")",
                item.trim()
            ));
            continue;
        }
        let mut diff = BTreeMap::new();
        for w in signed {
            let mut chars = w.chars();
            let sign = if chars.next() == Some('+') { 1 } else { -1 };
            let digits = chars.as_str().trim_start_matches('0');
            *diff
                .entry(if digits.is_empty() { "0" } else { digits }.to_string())
                .or_insert(0) += sign;
        }
        items.push(((*id).to_string(), diff));
    }
    (items, problems)
}

// ---------------------------------------------------------------------------------------------
// Matching terms

/// The text a wording is looked for in: readings in ASCII brackets made of hiragana only, as in
/// 資格確認書(しかくかくにんしょ), removed; lower case.
fn matchable(text: &str) -> String {
    let is_kana = |c: char| ('\u{3041}'..='\u{309F}').contains(&c) || c == '\u{30FC}';
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '(' {
            let end = chars[i + 1..]
                .iter()
                .position(|&c| !is_kana(c))
                .map(|p| i + 1 + p);
            if let Some(end) = end
                && end > i + 1
                && chars[end] == ')'
            {
                i = end + 1;
                continue;
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    out.to_lowercase()
}

fn carries(term: &Term, ja_text: &str) -> bool {
    let mut text = ja_text.to_string();
    for exclude in &term.excludes {
        text = text.replace(exclude.as_str(), &PLACEABLE.to_string());
    }
    term.matches.iter().any(|m| text.contains(m.as_str()))
}

/// For each term, the ids (in file order) whose `ja` text carries it.
fn term_index(glossary: &Glossary, ja: &Locale) -> Vec<Vec<String>> {
    glossary
        .terms
        .iter()
        .map(|term| {
            ja.messages
                .iter()
                .filter(|m| carries(term, &m.variants.join(" ")))
                .map(|m| m.id.clone())
                .collect()
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The check

/// (problems, messages still TO FIX).
fn check() -> (Vec<String>, Vec<String>) {
    let all = locales();
    let glossary = read_glossary(&all);
    let mut problems = glossary.errors.clone();
    let mut to_fix = Vec::new();
    let ja = load_locale(REFERENCE);
    if glossary.terms.is_empty() {
        problems.push("GLOSSARY.md: no terms table (| Term | ja matches | ja excludes | Meaning |)".into());
    }
    let index = term_index(&glossary, &ja);
    for (term, ids) in glossary.terms.iter().zip(&index) {
        if term.matches.is_empty() {
            problems.push(format!("term {}: no ja match given", term.name));
        } else if ids.is_empty() {
            problems.push(format!(
                "term {}: no ja message contains {}",
                term.name,
                term.matches.join(" / ")
            ));
        }
    }
    for lang in &all {
        let Some(section) = glossary.sections.get(lang) else {
            problems.push(format!(
                "{lang}: no section in GLOSSARY.md (a heading '## {lang} …')"
            ));
            continue;
        };
        let messages = load_locale(lang);
        for row in &section.rows {
            if !glossary.terms.iter().any(|t| t.name == row.term) {
                problems.push(format!(
                    "{lang}: GLOSSARY.md line {} has a row for {}, which is not in the terms table",
                    row.line, row.term
                ));
            }
        }
        for (term, ids) in glossary.terms.iter().zip(&index) {
            let Some(row) = section.rows.iter().find(|r| r.term == term.name) else {
                problems.push(format!("{lang}: no row for {} in GLOSSARY.md", term.name));
                continue;
            };
            problems.extend(check_row(lang, term, row, ids, &messages, &ja));
            for (id, note) in &row.to_fix {
                let note = if note.is_empty() {
                    String::new()
                } else {
                    format!(": {note}")
                };
                to_fix.push(format!("{lang} {} {id}{note}", term.name));
            }
        }
    }
    (problems, to_fix)
}

fn check_row(
    lang: &str,
    term: &Term,
    row: &Row,
    ids: &[String],
    messages: &Locale,
    ja: &Locale,
) -> Vec<String> {
    let mut problems = Vec::new();
    let name = &term.name;
    let place = format!("GLOSSARY.md line {}", row.line);
    if row.wordings.is_empty() {
        return vec![format!("{lang} {name}: {place} gives no wording")];
    }
    if row.tier.is_empty() {
        problems.push(format!("{lang} {name}: {place} gives no tier"));
    }
    for (id, _) in row.allowed.iter().chain(&row.to_fix) {
        if ja.get(id).is_none() {
            problems.push(format!(
                "{lang} {name}: {place} names {id}, which ja does not have"
            ));
        } else if !ids.contains(id) {
            problems.push(format!(
                "{lang} {name}: {place} names {id}, whose ja text does not carry {name}"
            ));
        }
    }
    let mut used = vec![false; row.wordings.len()];
    for id in ids {
        let Some(message) = messages.get(id) else {
            continue; // a missing message is i18n.rs's business
        };
        let text = matchable(&message.variants.join(" "));
        let found: Vec<&str> = row
            .wordings
            .iter()
            .enumerate()
            .filter(|(_, w)| text.contains(&w.to_lowercase()))
            .map(|(i, w)| {
                used[i] = true;
                w.as_str()
            })
            .collect();
        let listed = row.lists(id);
        if !found.is_empty() && listed {
            let kind = if row.to_fix.iter().any(|(i, _)| i == id) {
                "TO FIX"
            } else {
                "Other forms"
            };
            problems.push(format!(
                "{lang} {name} {id}: now uses {}; remove it from {kind} ({place})",
                found.join(" / ")
            ));
        } else if found.is_empty() && !listed {
            let ja_text = &ja.get(id).expect("index comes from ja").default;
            problems.push(format!(
                "{lang} {name} {id}: lacks {}\n    ja:   {ja_text}\n    {lang}: {}",
                row.wordings.join(" / "),
                message.default
            ));
        }
    }
    for (wording, used) in row.wordings.iter().zip(used) {
        if !used {
            problems.push(format!(
                "{lang} {name}: {place} lists \"{wording}\", which no message carrying the term uses"
            ));
        }
    }
    problems
}

pub(crate) fn report(problems: &[String]) -> String {
    let mut out = String::new();
    for p in problems {
        let _ = writeln!(out, "{p}");
    }
    out
}

#[test]
fn glossary_md_is_true() {
    let (problems, to_fix) = check();
    println!(
        "{} messages still TO FIX in i18n/GLOSSARY.md:\n{}",
        to_fix.len(),
        report(&to_fix)
    );
    assert!(
        problems.is_empty(),
        "i18n/GLOSSARY.md does not match the translations ({} problems; scripts/glossary-check says the same):\n{}",
        problems.len(),
        report(&problems)
    );
}

#[test]
fn wordings_are_looked_for_as_the_file_says() {
    assert_eq!(
        matchable("資格確認書(しかくかくにんしょ)が 届(とど)きません"),
        "資格確認書が 届きません"
    );
    assert_eq!(
        matchable("Eligibility (Shikaku) (はがき)"),
        "eligibility (shikaku) "
    );
    assert_eq!(matchable("(カード)()"), "(カード)()");
    assert_eq!(
        split_alternatives("renov… / `renuév` / tarjeta My Number"),
        ["renov", "renuév", "tarjeta My Number"]
    );
    let (allowed, to_fix, problems) =
        read_other_forms("a-b, c (quoted (有効期限) label); TO FIX: d, e (\"city office\"); TO FIX f");
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(
        allowed,
        [
            ("a-b".into(), "quoted (有効期限) label".into()),
            ("c".into(), "quoted (有効期限) label".into())
        ]
    );
    assert_eq!(
        to_fix.iter().map(|(i, _)| i.as_str()).collect::<Vec<_>>(),
        ["d", "e", "f"]
    );
    assert_eq!(
        read_other_forms("a (x); b").2.len(),
        1,
        "an allowed form needs a reason"
    );
    assert_eq!(read_other_forms("A B (x)").2.len(), 1, "ids are message ids");
    let term = Term {
        name: "保険者".into(),
        matches: vec!["保険者".into()],
        excludes: vec!["被保険者".into()],
    };
    assert!(!carries(&term, "被保険者資格申立書"));
    assert!(carries(&term, "被保険者と保険者"));
}
