//! Loading and validating the rules file. Every value carries its source and the date it took
//! effect, so a municipality can review what the program computes with.

use chrono::NaiveDate;
use serde::Deserialize;

use crate::assets;
use crate::calendar::Calendar;

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
    /// How long before the J-LIS issue date an application may have been received (6; our
    /// assumption): the application days considered when `--applied` is not given.
    pub application_lead_months: Sourced<u32>,
    /// Months from applying to receiving a new card (2, S0 「申請から交付まで1か月～2か月ほど」):
    /// apply at least this long before the expiry.
    pub new_card_lead_months: Sourced<u32>,
    /// The first day anyone could hold a card or apply for one (2015-10-05): earlier issue
    /// dates are refused.
    pub first_card_date: Sourced<String>,
    /// A foreign resident's card ends on the 在留期間満了日 when that comes first (§1b).
    pub limited_by_period_of_stay: Sourced<bool>,
}

/// When the municipal window is closed besides weekends and national holidays (§3b).
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct WindowRules {
    /// First closed day of the year-end closing, `MM-DD` (12-29).
    pub year_end_first: Sourced<String>,
    /// Last closed day of the year-end closing, `MM-DD` (01-03).
    pub year_end_last: Sourced<String>,
}

/// A rule whose sources disagree: the reading used (always the one giving the earlier date)
/// and the other, each with its source.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Dispute {
    /// Stable id (`card-grace-months`, `renewal-opens`).
    pub id: String,
    /// The rules key it is about (`card_body.grace_months`).
    pub rule: String,
    /// The reading used.
    pub used: String,
    /// The other reading.
    pub other: String,
    /// The sources of both readings.
    pub source: String,
}

/// The dispute over the card body's grace (2 months, S4 Q8, vs 3 months, 松山市/多摩市).
pub const DISPUTE_CARD_GRACE: &str = "card-grace-months";
/// The dispute over the renewal opening day (「3か月前」 vs 「3か月前の翌日」).
pub const DISPUTE_RENEWAL_OPENS: &str = "renewal-opens";

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
    /// The window's closed days besides weekends and holidays.
    pub window: WindowRules,
    /// Disputed rules.
    #[serde(default, rename = "dispute")]
    pub disputes: Vec<Dispute>,
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

/// A `MM-DD` day of the year.
fn month_day(field: &str, text: &str) -> Result<(u32, u32), RulesError> {
    let parsed = text
        .split_once('-')
        .and_then(|(m, d)| Some((m.parse::<u32>().ok()?, d.parse::<u32>().ok()?)))
        .filter(|(m, d)| NaiveDate::from_ymd_opt(2024, *m, *d).is_some());
    parsed.ok_or_else(|| invalid(field, format!("`{text}` is not a day of the year (MM-DD)")))
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
        in_range(
            "card_body.application_lead_months",
            &card.application_lead_months,
            0..=24,
        )?;
        in_range(
            "card_body.new_card_lead_months",
            &card.new_card_lead_months,
            0..=12,
        )?;
        iso("card_body.first_card_date", &card.first_card_date.value)?;
        for (field, rule) in [
            ("window.year_end_first", &self.window.year_end_first),
            ("window.year_end_last", &self.window.year_end_last),
        ] {
            month_day(field, &rule.value)?;
        }
        for id in [DISPUTE_CARD_GRACE, DISPUTE_RENEWAL_OPENS] {
            if self.dispute(id).is_none() {
                return Err(invalid("dispute", format!("the dispute `{id}` is missing")));
            }
        }
        for (i, dispute) in self.disputes.iter().enumerate() {
            if [&dispute.used, &dispute.other, &dispute.source]
                .iter()
                .any(|text| text.trim().is_empty())
            {
                return Err(invalid(
                    &format!("dispute[{i}] ({})", dispute.id),
                    "used, other and source are required",
                ));
            }
        }
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

    /// The first day a card could exist (2015-10-05).
    pub fn first_card_date(&self) -> NaiveDate {
        // Validated at load.
        NaiveDate::parse_from_str(&self.card_body.first_card_date.value, "%Y-%m-%d").unwrap_or(NaiveDate::MIN)
    }

    /// The window's open-day calendar by these rules (weekends, holidays, the year-end closing).
    pub fn calendar(&self) -> Calendar {
        let read = |rule: &Sourced<String>, default| month_day("", &rule.value).unwrap_or(default);
        Calendar {
            year_end: (
                read(&self.window.year_end_first, (12, 29)),
                read(&self.window.year_end_last, (1, 3)),
            ),
            extra_closed: Vec::new(),
        }
    }

    /// The dispute with this id.
    pub fn dispute(&self, id: &str) -> Option<&Dispute> {
        self.disputes.iter().find(|dispute| dispute.id == id)
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
