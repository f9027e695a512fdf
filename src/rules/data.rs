//! The rules' types, as the rules file gives them, and what the rest of the program asks of
//! them. Every value carries its source and the date it took effect, so a municipality can
//! review what the program computes with. Loading is in `load.rs`, checks in `schema.rs` and
//! `validate.rs`.

use chrono::NaiveDate;
use serde::Deserialize;

use super::validate::month_day;
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
    /// The day the languages were read from the source: lines add languages, so a sheet says
    /// "as of" instead of stating the list as a lasting fact.
    pub languages_as_of: NaiveDate,
    /// The document it comes from.
    pub source: String,
}

/// All rules, as loaded and validated.
///
/// Its top-level keys are checked by `schema.rs`, which also takes the closing `[end]` table.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct Rules {
    /// The rules version printed on sheets.
    pub version: String,
    /// The day the rules were last checked against the sources.
    pub reviewed_on: NaiveDate,
    /// The day after which the rules count as stale: the window then says so.
    pub review_by: NaiveDate,
    /// Card body rules.
    pub card_body: CardBodyRules,
    /// Electronic certificate rules.
    pub certificate: CertificateRules,
    /// The window's closed days besides weekends and holidays.
    pub window: WindowRules,
    /// Disputed rules (at least one; the two the timeline uses are required).
    #[serde(rename = "dispute")]
    pub disputes: Vec<Dispute>,
    /// Dated facts (at least one).
    #[serde(rename = "fact")]
    pub facts: Vec<Fact>,
    /// Telephone lines (at least one).
    #[serde(rename = "hotline")]
    pub hotlines: Vec<Hotline>,
    /// The local window from the site profile (not part of the rules file).
    #[serde(skip)]
    pub local_window: Option<crate::site::LocalWindow>,
    /// The site's extra closed days (not part of the rules file).
    #[serde(skip)]
    pub site_closed: Vec<(NaiveDate, NaiveDate)>,
}

impl Rules {
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
            extra_closed: self.site_closed.clone(),
        }
    }

    /// These rules at a site: its local window is named where people are sent, and its
    /// closed days are skipped by the act-by dates.
    pub fn at_site(mut self, site: &crate::site::Site) -> Rules {
        self.local_window = site.window.clone();
        self.site_closed = site.closed.clone();
        self
    }

    /// Whether the rules are past their review date on `today` (the window then says the
    /// advice is as of `reviewed_on`).
    pub fn stale_on(&self, today: NaiveDate) -> bool {
        today > self.review_by
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
