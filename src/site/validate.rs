//! Checking a site file value by value: each problem is reported with its line, the key and an
//! example of what is expected.

use std::collections::BTreeMap;
use std::path::PathBuf;

use chrono::NaiveDate;
use toml::Spanned;

use super::{LanguagesFile, LocalWindow, Names, Site, SiteFile, WindowFile};

/// Why a site file was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SiteError {
    /// The path cannot be read.
    #[error("the file cannot be read: {0}")]
    Read(String),
    /// The path is not a regular file.
    #[error("it is not a regular file")]
    NotAFile,
    /// Larger than [`super::MAX_FILE_BYTES`].
    #[error("the file is too large (at most 256 KiB)")]
    TooLarge,
    /// Not UTF-8 text.
    #[error("the file is not UTF-8 text")]
    NotUtf8,
    /// Not TOML, or a key the profile does not have, or a value of the wrong type.
    #[error("line {line}: {message}")]
    Syntax {
        /// The line (1-based; 0 when not known).
        line: usize,
        /// What the TOML reader said.
        message: String,
    },
    /// A value the profile does not accept.
    #[error("line {line}, `{key}`: {reason} (example: {example})")]
    Invalid {
        /// The line (1-based).
        line: usize,
        /// The key (`window.telephone`).
        key: String,
        /// What is wrong.
        reason: String,
        /// A value that would do.
        example: String,
    },
}

/// The longest name, hours or address accepted.
const MAX_TEXT_CHARS: usize = 120;

/// The 1-based line of a byte offset.
pub(super) fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

struct Checker<'a> {
    text: &'a str,
}

impl Checker<'_> {
    fn invalid<T>(&self, at: &Spanned<T>, key: &str, reason: &str, example: &str) -> SiteError {
        SiteError::Invalid {
            line: line_of(self.text, at.span().start),
            key: key.to_owned(),
            reason: reason.to_owned(),
            example: example.to_owned(),
        }
    }

    fn names(
        &self,
        value: &Spanned<BTreeMap<String, Spanned<String>>>,
        key: &str,
        example: &str,
    ) -> Result<Names, SiteError> {
        let mut names = Names::default();
        for (lang, text) in value.get_ref() {
            let trimmed = text.get_ref().trim();
            if trimmed.is_empty() || trimmed.chars().any(char::is_control) {
                return Err(self.invalid(
                    text,
                    &format!("{key}.{lang}"),
                    "empty, or a control character",
                    example,
                ));
            }
            // It must fit a line or two of the sheet's contacts box and the outcome's panel.
            if trimmed.chars().count() > MAX_TEXT_CHARS {
                let reason = format!("longer than {MAX_TEXT_CHARS} characters");
                return Err(self.invalid(text, &format!("{key}.{lang}"), &reason, example));
            }
            if lang == "ja" {
                names.ja = trimmed.to_owned();
            } else if crate::i18n::available().iter().any(|code| code == lang) {
                names.other.insert(lang.clone(), trimmed.to_owned());
            } else {
                let reason = format!(
                    "`{lang}` is not a language of the program ({})",
                    crate::i18n::available().join(", ")
                );
                return Err(self.invalid(text, &format!("{key}.{lang}"), &reason, "en"));
            }
        }
        if names.ja.is_empty() {
            return Err(self.invalid(
                value,
                &format!("{key}.ja"),
                "the Japanese text is required",
                example,
            ));
        }
        Ok(names)
    }

    fn window(&self, window: WindowFile, municipality: Names, site: &mut Site) -> Result<(), SiteError> {
        for entry in window.closed.iter().flatten() {
            site.closed.push(self.closed(entry)?);
        }
        let Some(name) = &window.name else {
            return Ok(());
        };
        let telephone = match &window.telephone {
            Some(number) => Some(self.telephone(number)?),
            None => None,
        };
        let names =
            |value: &Option<_>, key, example| value.as_ref().map(|v| self.names(v, key, example)).transpose();
        site.window = Some(LocalWindow {
            municipality,
            name: self.names(name, "window.name", "ja = \"国保年金課\"")?,
            telephone,
            hours: names(&window.hours, "window.hours", "ja = \"平日 8:30〜17:15\"")?,
            address: names(
                &window.address,
                "window.address",
                "ja = \"みなと市中央1-2-3 市役所1階\"",
            )?,
        });
        Ok(())
    }

    fn telephone(&self, number: &Spanned<String>) -> Result<String, SiteError> {
        let text = number.get_ref().trim();
        let digits = text.chars().filter(char::is_ascii_digit).count();
        let shape = text.chars().all(|c| c.is_ascii_digit() || c == '-') && text.starts_with('0');
        if !shape || !(10..=11).contains(&digits) {
            return Err(self.invalid(
                number,
                "window.telephone",
                "a Japanese number of 10 or 11 digits, with hyphens",
                "\"03-1234-5678\"",
            ));
        }
        Ok(text.to_owned())
    }

    fn closed(&self, entry: &Spanned<String>) -> Result<(NaiveDate, NaiveDate), SiteError> {
        let example = "\"2026-12-28\" or \"2027-01-04..2027-01-05\"";
        let parse = |text: &str| {
            NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
                .ok()
                .filter(|d| (2020..=2100).contains(&chrono::Datelike::year(d)))
        };
        let text = entry.get_ref();
        let (first, last) = match text.split_once("..") {
            Some((a, b)) => (parse(a), parse(b)),
            None => (parse(text), parse(text)),
        };
        match (first, last) {
            (Some(first), Some(last)) if first <= last && (last - first).num_days() <= 366 => {
                Ok((first, last))
            }
            (Some(_), Some(_)) => Err(self.invalid(
                entry,
                "window.closed",
                "the range ends before it starts, or is longer than a year",
                example,
            )),
            _ => Err(self.invalid(
                entry,
                "window.closed",
                "a date YYYY-MM-DD (2020–2100) or a range of two",
                example,
            )),
        }
    }

    fn languages(&self, list: &[Spanned<String>], key: &str) -> Result<Vec<String>, SiteError> {
        let available = crate::i18n::available();
        let mut out: Vec<String> = Vec::new();
        for lang in list {
            let code = lang.get_ref();
            if !available.contains(code) {
                let reason = format!(
                    "`{code}` is not a language of the program ({})",
                    available.join(", ")
                );
                return Err(self.invalid(lang, key, &reason, "[\"ja\", \"ja-yasashii\", \"en\", \"vi\"]"));
            }
            if out.contains(code) {
                return Err(self.invalid(
                    lang,
                    key,
                    &format!("`{code}` is listed twice"),
                    "[\"ja\", \"en\"]",
                ));
            }
            out.push(code.clone());
        }
        Ok(out)
    }

    fn language_lists(&self, languages: &LanguagesFile, site: &mut Site) -> Result<(), SiteError> {
        if let Some(home) = &languages.home {
            site.home_languages = self.languages(home, "languages.home")?;
        }
        if let Some(sheet) = &languages.sheet {
            site.sheet_languages = self.languages(sheet, "languages.sheet")?;
        }
        Ok(())
    }
}

/// The site from the file as read.
pub(super) fn site(text: &str, file: SiteFile) -> Result<Site, SiteError> {
    let check = Checker { text };
    let mut site = Site::default();
    let municipality = match &file.municipality {
        Some(names) => Some(check.names(names, "municipality", "ja = \"みなと市\"")?),
        None => None,
    };
    match (file.window, municipality) {
        (Some(window), Some(municipality)) => check.window(window, municipality, &mut site)?,
        (Some(window), None) => {
            if let Some(name) = &window.name {
                return Err(check.invalid(
                    name,
                    "municipality.ja",
                    "the window needs its municipality",
                    "[municipality] ja = \"みなと市\"",
                ));
            }
            check.window(window, Names::default(), &mut site)?;
        }
        (None, _) => {}
    }
    if let Some(languages) = &file.languages {
        check.language_lists(languages, &mut site)?;
    }
    if let Some(print) = file.print {
        if let Some(printer) = &print.printer {
            let name = printer.get_ref().trim();
            if name.is_empty()
                || name
                    .chars()
                    .any(|c| c.is_whitespace() || c.is_control() || c == '/' || c == '#')
            {
                return Err(check.invalid(
                    printer,
                    "print.printer",
                    "a CUPS queue name without spaces, / or #",
                    "\"Counter_Printer\"",
                ));
            }
            site.printer = Some(name.to_owned());
        }
        if let Some(copies) = &print.copies {
            let (min, max) = super::COPIES;
            if !(i64::from(min)..=i64::from(max)).contains(copies.get_ref()) {
                let reason = format!("copies from {min} to {max}");
                return Err(check.invalid(copies, "print.copies", &reason, "1"));
            }
            site.copies = u32::try_from(*copies.get_ref()).ok();
        }
    }
    if let Some(seconds) = file.kiosk.and_then(|k| k.idle_seconds) {
        let (min, max) = super::IDLE_SECONDS;
        match u64::try_from(*seconds.get_ref()) {
            Ok(value) if (u64::from(min)..=u64::from(max)).contains(&value) => {
                site.kiosk_idle_seconds = Some(value)
            }
            _ => {
                let reason = format!("seconds from {min} to {max}");
                return Err(check.invalid(&seconds, "kiosk.idle_seconds", &reason, "120"));
            }
        }
    }
    if let Some(file) = file.rules.and_then(|r| r.file) {
        let path = PathBuf::from(file.get_ref().trim());
        if !path.is_absolute() {
            return Err(check.invalid(
                &file,
                "rules.file",
                "an absolute path",
                "\"/etc/mynaho-guide/rules.toml\"",
            ));
        }
        site.rules_file = Some(path);
    }
    Ok(site)
}
