//! Loading and validating the rules file. Every value carries its source and the date it took
//! effect, so a municipality can review what the program computes with.

use chrono::NaiveDate;
use serde::Deserialize;

use crate::assets;

/// A value with the document it comes from and the first day it applies.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Sourced<T> {
    /// The value itself.
    pub value: T,
    /// The document (and where useful its wording) the value is taken from.
    pub source: String,
    /// The first day the rule applies (ISO date).
    pub effective_from: String,
}

/// The card body (マイナンバーカード本体) rules, domain-rules.md §1 and §3.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct CardBodyRules {
    /// Birthdays a card lasts when the holder was at or above the threshold age (10).
    pub years_adult: Sourced<u32>,
    /// Birthdays a card lasts otherwise (5).
    pub years_minor: Sourced<u32>,
    /// Threshold age when the application was received before the switch date (20).
    pub age_threshold_before_switch: Sourced<u32>,
    /// Threshold age from the switch date on (18).
    pub age_threshold_after_switch: Sourced<u32>,
    /// The day the threshold changed (2022-04-01).
    pub threshold_switch_date: Sourced<String>,
    /// Months after the expiry month the card is still usable as マイナ保険証 (2, S4 Q8).
    pub grace_months: Sourced<u32>,
    /// Months before expiry the renewal window opens (3).
    pub renewal_window_months: Sourced<u32>,
}

/// The electronic certificate (利用者証明用電子証明書) rules, domain-rules.md §2 and §3.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct CertificateRules {
    /// Birthdays a certificate lasts (5).
    pub years: Sourced<u32>,
    /// Birthdays when renewed in the last 3 months of the old one (6).
    pub years_renewed_early: Sourced<u32>,
    /// Months after the expiry month the certificate is still usable as マイナ保険証 (3).
    pub grace_months: Sourced<u32>,
    /// Months before expiry the renewal window opens (3).
    pub renewal_window_months: Sourced<u32>,
    /// Days before expiry after which registration may fail (5, S4 Q9).
    pub registration_cutoff_days: Sourced<u32>,
}

/// A dated fact the guide tells a person when it applies on "today" (domain-rules.md §4–5).
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    /// Stable id (`legacy-cards-ended`).
    pub id: String,
    /// Fluent id of the sentence.
    pub message: String,
    /// First day the fact applies (ISO), if bounded.
    #[serde(default)]
    pub from: Option<String>,
    /// Last day the fact applies (ISO), if bounded.
    #[serde(default)]
    pub to: Option<String>,
    /// The document it comes from.
    pub source: String,
    /// Reported by a single insurer only: the guide says it may differ where the person lives.
    #[serde(default)]
    pub reported_by_one_insurer: bool,
}

/// A telephone line with the languages it serves.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Hotline {
    /// Stable id (`general`, `foreign-system`, `foreign-card`).
    pub id: String,
    /// The number as printed in Japan.
    pub number: String,
    /// Fluent id of the line's name.
    pub name: String,
    /// Fluent id of its hours.
    pub hours: String,
    /// Locale codes the line speaks.
    pub languages: Vec<String>,
    /// The document it comes from.
    pub source: String,
}

/// All rules, as loaded and validated.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Rules {
    /// The rules version printed on sheets.
    pub version: String,
    /// Card body rules.
    pub card_body: CardBodyRules,
    /// Electronic certificate rules.
    pub certificate: CertificateRules,
    /// Dated facts.
    #[serde(default, rename = "fact")]
    pub facts: Vec<Fact>,
    /// Telephone lines.
    #[serde(default, rename = "hotline")]
    pub hotlines: Vec<Hotline>,
}

/// Why a rules file was refused.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum RulesError {
    /// The embedded rules are missing from the build.
    #[error("the embedded rules file is missing")]
    Missing,
    /// The file is not valid TOML for the rules schema.
    #[error("the rules file is not valid: {0}")]
    Syntax(String),
    /// A value is outside what the rules allow.
    #[error("the rules file has an invalid value at `{field}`: {reason}")]
    Invalid { field: String, reason: String },
}

fn invalid(field: &str, reason: impl Into<String>) -> RulesError {
    RulesError::Invalid {
        field: field.to_string(),
        reason: reason.into(),
    }
}

fn iso(field: &str, text: &str) -> Result<NaiveDate, RulesError> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| invalid(field, format!("`{text}` is not a date (YYYY-MM-DD)")))
}

fn in_range(
    field: &str,
    rule: &Sourced<u32>,
    range: std::ops::RangeInclusive<u32>,
) -> Result<(), RulesError> {
    if !range.contains(&rule.value) {
        return Err(invalid(
            field,
            format!("{} is not within {}..={}", rule.value, range.start(), range.end()),
        ));
    }
    if rule.source.trim().is_empty() {
        return Err(invalid(field, "the source is empty"));
    }
    iso(&format!("{field}.effective_from"), &rule.effective_from).map(|_| ())
}

impl Rules {
    /// The rules shipped in the binary.
    pub fn embedded() -> Result<Rules, RulesError> {
        let text = assets::asset_text("rules/rules.toml").ok_or(RulesError::Missing)?;
        Rules::from_toml(&text)
    }

    /// Rules from TOML text, validated.
    pub fn from_toml(text: &str) -> Result<Rules, RulesError> {
        let rules: Rules = toml::from_str(text).map_err(|e| RulesError::Syntax(e.to_string()))?;
        rules.validate()?;
        Ok(rules)
    }

    fn validate(&self) -> Result<(), RulesError> {
        if self.version.trim().is_empty() {
            return Err(invalid("version", "empty"));
        }
        let card = &self.card_body;
        in_range("card_body.years_adult", &card.years_adult, 1..=20)?;
        in_range("card_body.years_minor", &card.years_minor, 1..=20)?;
        in_range(
            "card_body.age_threshold_before_switch",
            &card.age_threshold_before_switch,
            1..=30,
        )?;
        in_range(
            "card_body.age_threshold_after_switch",
            &card.age_threshold_after_switch,
            1..=30,
        )?;
        in_range("card_body.grace_months", &card.grace_months, 0..=24)?;
        in_range(
            "card_body.renewal_window_months",
            &card.renewal_window_months,
            0..=24,
        )?;
        iso(
            "card_body.threshold_switch_date",
            &card.threshold_switch_date.value,
        )?;
        iso(
            "card_body.threshold_switch_date.effective_from",
            &card.threshold_switch_date.effective_from,
        )?;
        let cert = &self.certificate;
        in_range("certificate.years", &cert.years, 1..=20)?;
        in_range(
            "certificate.years_renewed_early",
            &cert.years_renewed_early,
            1..=20,
        )?;
        in_range("certificate.grace_months", &cert.grace_months, 0..=24)?;
        in_range(
            "certificate.renewal_window_months",
            &cert.renewal_window_months,
            0..=24,
        )?;
        in_range(
            "certificate.registration_cutoff_days",
            &cert.registration_cutoff_days,
            0..=90,
        )?;
        for (i, fact) in self.facts.iter().enumerate() {
            let field = format!("fact[{i}] ({})", fact.id);
            if fact.id.is_empty() || fact.message.is_empty() || fact.source.trim().is_empty() {
                return Err(invalid(&field, "id, message and source are required"));
            }
            let from = fact
                .from
                .as_deref()
                .map(|t| iso(&format!("{field}.from"), t))
                .transpose()?;
            let to = fact
                .to
                .as_deref()
                .map(|t| iso(&format!("{field}.to"), t))
                .transpose()?;
            if let (Some(from), Some(to)) = (from, to)
                && from > to
            {
                return Err(invalid(&field, "`from` is after `to`"));
            }
            if self.facts[..i].iter().any(|other| other.id == fact.id) {
                return Err(invalid(&field, "duplicate id"));
            }
        }
        for (i, line) in self.hotlines.iter().enumerate() {
            let field = format!("hotline[{i}] ({})", line.id);
            let digits = line.number.chars().filter(char::is_ascii_digit).count();
            if !(10..=11).contains(&digits) || line.number.chars().any(|c| !(c.is_ascii_digit() || c == '-'))
            {
                return Err(invalid(
                    &field,
                    format!("`{}` is not a Japanese phone number", line.number),
                ));
            }
            if line.languages.is_empty() || line.source.trim().is_empty() {
                return Err(invalid(&field, "languages and source are required"));
            }
        }
        Ok(())
    }

    /// The day the card body's age threshold changed (2022-04-01).
    pub fn threshold_switch_date(&self) -> NaiveDate {
        // Validated at load.
        NaiveDate::parse_from_str(&self.card_body.threshold_switch_date.value, "%Y-%m-%d")
            .unwrap_or(NaiveDate::MIN)
    }

    /// The facts that apply on `today`.
    pub fn facts_on(&self, today: NaiveDate) -> Vec<&Fact> {
        let day = |text: &Option<String>| {
            text.as_deref()
                .and_then(|t| NaiveDate::parse_from_str(t, "%Y-%m-%d").ok())
        };
        self.facts
            .iter()
            .filter(|fact| day(&fact.from).is_none_or(|from| from <= today))
            .filter(|fact| day(&fact.to).is_none_or(|to| today <= to))
            .collect()
    }

    /// Every telephone line.
    pub fn hotlines(&self) -> &[Hotline] {
        &self.hotlines
    }

    /// The lines that speak `lang` (`ja` for Japanese; a variant such as `ja-yasashii` counts
    /// as Japanese).
    pub fn hotlines_for(&self, lang: &str) -> Vec<&Hotline> {
        let base = if lang.starts_with("ja") { "ja" } else { lang };
        self.hotlines
            .iter()
            .filter(|line| line.languages.iter().any(|l| l == base))
            .collect()
    }
}
