//! Loading the rules: the embedded file, TOML text, or a replacement file (`--rules FILE`).
//! A file is refused before it is opened when it is not a regular file (a FIFO would block,
//! `/dev/urandom` never ends) or is larger than 1 MiB; the text must then have the whole shape
//! of the rules (`schema.rs`) and sound values (`validate.rs`).

use std::fs::Metadata;
use std::io::Read;
use std::path::Path;

use super::data::Rules;
use super::{schema, validate};
use crate::assets;

/// The largest rules file accepted, in bytes (1 MiB; the embedded file is under 10 KiB).
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// Why a rules file was refused.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum RulesError {
    /// The embedded rules are missing from the build.
    #[error("the embedded rules file is missing")]
    Missing,
    /// The path cannot be read (it does not exist, no permission, …).
    #[error("the file cannot be read: {0}")]
    Read(String),
    /// The path is not a regular file (a directory, a FIFO, a device, a socket).
    #[error("it is {0}, not a regular file")]
    NotAFile(&'static str),
    /// The file is larger than [`MAX_FILE_BYTES`].
    #[error("the file is too large: {size} bytes or more, at most {MAX_FILE_BYTES} (1 MiB) are accepted")]
    TooLarge {
        /// Its size, or as much as was read before giving up.
        size: u64,
    },
    /// The file is not UTF-8 text.
    #[error("the file is not UTF-8 text (byte {offset})")]
    NotUtf8 {
        /// Where the first byte that is not UTF-8 is.
        offset: usize,
    },
    /// The file is not valid TOML for the rules schema.
    #[error("the rules file is not valid: {0}")]
    Syntax(String),
    /// A section or key of the rules is missing (the file may have been cut short).
    #[error("`{0}` is missing: every section and key of the rules is required (was the file cut short?)")]
    MissingKey(String),
    /// A value is outside what the rules allow.
    #[error("the rules file has an invalid value at `{field}`: {reason}")]
    Invalid {
        /// Where (`card_body.grace_months`, `fact[2] (kouki-blanket)`).
        field: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A message id the program does not have (it would be shown raw).
    #[error("`{field}` names the message `{id}`, which the program does not have")]
    UnknownMessage {
        /// Where the id is given.
        field: String,
        /// The id.
        id: String,
    },
}

/// What a path is, when not a regular file.
fn not_a_file(metadata: &Metadata) -> Option<&'static str> {
    let kind = metadata.file_type();
    if kind.is_file() {
        return None;
    }
    if kind.is_dir() {
        return Some("a directory");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return Some("a FIFO (named pipe)");
        }
        if kind.is_char_device() || kind.is_block_device() {
            return Some("a device");
        }
        if kind.is_socket() {
            return Some("a socket");
        }
    }
    Some("something other than a file")
}

/// Refuses what is not a regular file of at most [`MAX_FILE_BYTES`].
fn check(metadata: &Metadata) -> Result<(), RulesError> {
    if let Some(kind) = not_a_file(metadata) {
        return Err(RulesError::NotAFile(kind));
    }
    if metadata.len() > MAX_FILE_BYTES {
        return Err(RulesError::TooLarge { size: metadata.len() });
    }
    Ok(())
}

fn read_error(error: std::io::Error) -> RulesError {
    RulesError::Read(error.to_string())
}

impl Rules {
    /// The rules shipped in the binary.
    pub fn embedded() -> Result<Rules, RulesError> {
        let text = assets::asset_text("rules/rules.toml").ok_or(RulesError::Missing)?;
        Rules::from_toml(&text)
    }

    /// Rules from TOML text: at most [`MAX_FILE_BYTES`], every section and key present (the
    /// first missing is named), ending with `[end]`, and every value validated.
    pub fn from_toml(text: &str) -> Result<Rules, RulesError> {
        let size = text.len() as u64;
        if size > MAX_FILE_BYTES {
            return Err(RulesError::TooLarge { size });
        }
        let table: toml::Table = toml::from_str(text).map_err(|e| RulesError::Syntax(e.to_string()))?;
        schema::require_complete(text, &table)?;
        // Parsed again from the text (not the table) so that a wrong type is reported with its line.
        let rules: Rules = toml::from_str(text).map_err(|e| RulesError::Syntax(e.to_string()))?;
        validate::validate(&rules)?;
        Ok(rules)
    }

    /// Rules from a replacement file (`--rules FILE`). What the path is and its size are checked
    /// before it is opened, so a FIFO or a device is refused without blocking or reading; what
    /// was opened is checked again and read no further than the limit.
    pub fn load_file(path: &Path) -> Result<Rules, RulesError> {
        check(&std::fs::metadata(path).map_err(read_error)?)?;
        let file = std::fs::File::open(path).map_err(read_error)?;
        // The path may have been replaced between the two looks.
        check(&file.metadata().map_err(read_error)?)?;
        let mut bytes = Vec::new();
        file.take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(read_error)?;
        let size = bytes.len() as u64;
        if size > MAX_FILE_BYTES {
            return Err(RulesError::TooLarge { size });
        }
        let text = String::from_utf8(bytes).map_err(|e| RulesError::NotUtf8 {
            offset: e.utf8_error().valid_up_to(),
        })?;
        Rules::from_toml(&text)
    }
}
