//! Loading the rules: the embedded file or TOML text, which must have the whole shape of the
//! rules (`schema.rs`) and sound values (`validate.rs`).

use super::data::Rules;
use super::{schema, validate};
use crate::assets;

/// Why a rules file was refused.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum RulesError {
    /// The embedded rules are missing from the build.
    #[error("the embedded rules file is missing")]
    Missing,
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

impl Rules {
    /// The rules shipped in the binary.
    pub fn embedded() -> Result<Rules, RulesError> {
        let text = assets::asset_text("rules/rules.toml").ok_or(RulesError::Missing)?;
        Rules::from_toml(&text)
    }

    /// Rules from TOML text: every section and key present (the first missing is named), ending
    /// with `[end]`, and every value validated.
    pub fn from_toml(text: &str) -> Result<Rules, RulesError> {
        let table: toml::Table = toml::from_str(text).map_err(|e| RulesError::Syntax(e.to_string()))?;
        schema::require_complete(text, &table)?;
        // Parsed again from the text (not the table) so that a wrong type is reported with its line.
        let rules: Rules = toml::from_str(text).map_err(|e| RulesError::Syntax(e.to_string()))?;
        validate::validate(&rules)?;
        Ok(rules)
    }
}
