//! The checks of the rules' values once the file has its whole shape: numbers within reason,
//! dates that exist, sources given, ids unique, and every message id one the program has.

use std::collections::HashSet;
use std::sync::OnceLock;

use chrono::NaiveDate;

use super::data::{DISPUTE_CARD_GRACE, DISPUTE_RENEWAL_OPENS, Rules, Sourced};
use super::load::RulesError;
use crate::i18n::{FALLBACK, Localizer};

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
pub(super) fn month_day(field: &str, text: &str) -> Result<(u32, u32), RulesError> {
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

/// Every check of the values, in the order the file gives them.
pub(super) fn validate(rules: &Rules) -> Result<(), RulesError> {
    if rules.version.trim().is_empty() {
        return Err(invalid("version", "empty"));
    }
    if rules.review_by <= rules.reviewed_on {
        return Err(invalid("review_by", "must come after reviewed_on"));
    }
    card_body(rules)?;
    for (field, rule) in [
        ("window.year_end_first", &rules.window.year_end_first),
        ("window.year_end_last", &rules.window.year_end_last),
    ] {
        month_day(field, &rule.value)?;
    }
    certificate(rules)?;
    disputes(rules)?;
    facts(rules)?;
    hotlines(rules)
}

fn card_body(rules: &Rules) -> Result<(), RulesError> {
    let card = &rules.card_body;
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
    iso(
        "card_body.threshold_switch_date",
        &card.threshold_switch_date.value,
    )?;
    iso(
        "card_body.threshold_switch_date.effective_from",
        &card.threshold_switch_date.effective_from,
    )?;
    Ok(())
}

fn certificate(rules: &Rules) -> Result<(), RulesError> {
    let cert = &rules.certificate;
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
    Ok(())
}

/// The reference locale the message ids are checked against (built once: it parses every
/// Japanese Fluent file).
fn reference() -> &'static Localizer {
    static REFERENCE: OnceLock<Localizer> = OnceLock::new();
    REFERENCE.get_or_init(|| Localizer::new(FALLBACK))
}

/// Refuses a message id the reference locale does not have: it would be shown raw.
fn known_message(field: &str, id: &str) -> Result<(), RulesError> {
    if reference().has_own(id) {
        return Ok(());
    }
    Err(RulesError::UnknownMessage {
        field: field.to_string(),
        id: id.to_string(),
    })
}

/// Refuses the second entry with an id already seen in this section.
fn unique<'a>(seen: &mut HashSet<&'a str>, field: &str, id: &'a str) -> Result<(), RulesError> {
    if seen.insert(id) {
        return Ok(());
    }
    Err(invalid(field, format!("duplicate id `{id}`")))
}

fn disputes(rules: &Rules) -> Result<(), RulesError> {
    for id in [DISPUTE_CARD_GRACE, DISPUTE_RENEWAL_OPENS] {
        if rules.dispute(id).is_none() {
            return Err(invalid("dispute", format!("the dispute `{id}` is missing")));
        }
    }
    let mut seen = HashSet::new();
    for (i, dispute) in rules.disputes.iter().enumerate() {
        let field = format!("dispute[{i}] ({})", dispute.id);
        if [&dispute.id, &dispute.used, &dispute.other, &dispute.source]
            .iter()
            .any(|text| text.trim().is_empty())
        {
            return Err(invalid(&field, "id, used, other and source are required"));
        }
        unique(&mut seen, &field, &dispute.id)?;
        // The sentence shown beside the date it affects (advice.rs).
        known_message(&format!("{field}.id"), &format!("dispute-{}", dispute.id))?;
    }
    Ok(())
}

fn facts(rules: &Rules) -> Result<(), RulesError> {
    let mut seen = HashSet::new();
    for (i, fact) in rules.facts.iter().enumerate() {
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
        unique(&mut seen, &field, &fact.id)?;
        known_message(&format!("{field}.message"), &fact.message)?;
    }
    Ok(())
}

fn hotlines(rules: &Rules) -> Result<(), RulesError> {
    let mut seen = HashSet::new();
    for (i, line) in rules.hotlines.iter().enumerate() {
        let field = format!("hotline[{i}] ({})", line.id);
        if line.id.is_empty() {
            return Err(invalid(&field, "the id is empty"));
        }
        let digits = line.number.chars().filter(char::is_ascii_digit).count();
        if !(10..=11).contains(&digits) || line.number.chars().any(|c| !(c.is_ascii_digit() || c == '-')) {
            return Err(invalid(
                &field,
                format!("`{}` is not a Japanese phone number", line.number),
            ));
        }
        if line.languages.is_empty() || line.source.trim().is_empty() {
            return Err(invalid(&field, "languages and source are required"));
        }
        unique(&mut seen, &field, &line.id)?;
        known_message(&format!("{field}.name"), &line.name)?;
        known_message(&format!("{field}.hours"), &line.hours)?;
    }
    Ok(())
}
