//! The site profile (`site.toml`): who runs this installation — the municipality and its
//! window, telephone, hours and address, the days the window is closed besides weekends and
//! holidays, the languages offered on Home and for the sheet, the printer, copies, the kiosk's
//! idle time and a replacement rules file. Read from `--site FILE`, else
//! `/etc/mynaho-guide/site.toml` on Linux when it exists. Validated on load: every problem is
//! named with its line and an example (`SiteError`). Pure: no GUI here.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Deserialize;
use toml::Spanned;

mod validate;

pub use validate::SiteError;

/// Where a site profile is looked for when `--site` is not given.
pub const DEFAULT_PATH: &str = "/etc/mynaho-guide/site.toml";

/// Copies a print may have (the same as `--copies`).
pub const COPIES: (u32, u32) = (1, 99);

/// Idle seconds a kiosk may wait (the same as `--idle-seconds`).
pub const IDLE_SECONDS: (u32, u32) = (5, 86_400);

/// The largest site file accepted, in bytes.
pub const MAX_FILE_BYTES: u64 = 256 * 1024;

/// A text in Japanese and, where given, in other languages.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Names {
    /// Japanese (required).
    pub ja: String,
    /// Other languages by locale code.
    pub other: BTreeMap<String, String>,
}

impl Names {
    /// The text in `lang`, else the Japanese.
    pub fn get(&self, lang: &str) -> &str {
        self.other.get(lang).map_or(&self.ja, String::as_str)
    }
}

/// The local window where people are sent ("ask here").
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LocalWindow {
    /// The municipality ("みなと市").
    pub municipality: Names,
    /// The window ("国保年金課").
    pub name: Names,
    /// Its telephone number as dialled ("03-1234-5678").
    pub telephone: Option<String>,
    /// Its opening hours ("平日 8:30〜17:15").
    pub hours: Option<Names>,
    /// Its address.
    pub address: Option<Names>,
}

impl LocalWindow {
    /// "みなと市 国保年金課" in `lang` (Japanese where the site gave no translation).
    pub fn title(&self, lang: &str) -> String {
        format!("{} {}", self.municipality.get(lang), self.name.get(lang))
    }
}

/// A validated site profile.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Site {
    /// The local window, when the site names one.
    pub window: Option<LocalWindow>,
    /// Days the window is closed besides weekends, holidays and the year-end closing: (first,
    /// last), both included.
    pub closed: Vec<(NaiveDate, NaiveDate)>,
    /// The languages offered on Home, in order (empty: all).
    pub home_languages: Vec<String>,
    /// The sheet's second languages offered first; the first is the default (empty: none).
    pub sheet_languages: Vec<String>,
    /// The print queue to use by default.
    pub printer: Option<String>,
    /// Copies to print by default.
    pub copies: Option<u32>,
    /// The kiosk's idle seconds.
    pub kiosk_idle_seconds: Option<u64>,
    /// A replacement rules file.
    pub rules_file: Option<PathBuf>,
}

/// The file as written, with the place of each value for messages.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SiteFile {
    municipality: Option<Spanned<BTreeMap<String, Spanned<String>>>>,
    window: Option<WindowFile>,
    languages: Option<LanguagesFile>,
    print: Option<PrintFile>,
    kiosk: Option<KioskFile>,
    rules: Option<RulesFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct WindowFile {
    name: Option<Spanned<BTreeMap<String, Spanned<String>>>>,
    telephone: Option<Spanned<String>>,
    hours: Option<Spanned<BTreeMap<String, Spanned<String>>>>,
    address: Option<Spanned<BTreeMap<String, Spanned<String>>>>,
    closed: Option<Vec<Spanned<String>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LanguagesFile {
    home: Option<Vec<Spanned<String>>>,
    sheet: Option<Vec<Spanned<String>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PrintFile {
    printer: Option<Spanned<String>>,
    copies: Option<Spanned<i64>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct KioskFile {
    idle_seconds: Option<Spanned<i64>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RulesFile {
    file: Option<Spanned<String>>,
}

impl Site {
    /// A site profile from TOML text.
    pub fn from_toml(text: &str) -> Result<Site, SiteError> {
        if text.len() as u64 > MAX_FILE_BYTES {
            return Err(SiteError::TooLarge);
        }
        let file: SiteFile = toml::from_str(text).map_err(|e| {
            let line = e.span().map_or(0, |span| validate::line_of(text, span.start));
            SiteError::Syntax {
                line,
                message: e.message().trim().to_owned(),
            }
        })?;
        validate::site(text, file)
    }

    /// A site profile from a file: a regular file of at most [`MAX_FILE_BYTES`], UTF-8.
    pub fn load_file(path: &Path) -> Result<Site, SiteError> {
        let read = |e: std::io::Error| SiteError::Read(e.to_string());
        let metadata = std::fs::metadata(path).map_err(read)?;
        if !metadata.is_file() {
            return Err(SiteError::NotAFile);
        }
        let file = std::fs::File::open(path).map_err(read)?;
        let mut bytes = Vec::new();
        file.take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(read)?;
        let text = String::from_utf8(bytes).map_err(|_| SiteError::NotUtf8)?;
        Site::from_toml(&text)
    }

    /// The profile in force: `--site FILE`, else [`DEFAULT_PATH`] when it exists (Linux),
    /// else none.
    pub fn find(given: Option<&Path>) -> Result<Option<(PathBuf, Site)>, SiteError> {
        let path = match given {
            Some(path) => path.to_path_buf(),
            None if cfg!(target_os = "linux") && Path::new(DEFAULT_PATH).exists() => {
                PathBuf::from(DEFAULT_PATH)
            }
            None => return Ok(None),
        };
        Site::load_file(&path).map(|site| Some((path, site)))
    }
}

#[cfg(test)]
mod tests;
