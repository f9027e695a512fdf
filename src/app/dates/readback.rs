//! The dates read back: each field as the reader's language writes a date (both calendars in
//! Japanese), the summary the review screen lists, and a date error in the window's words.

use chrono::NaiveDate;
use fluent_bundle::FluentValue;

use super::super::Ctx;
use super::{CardKind, CertKind, State, read};
use crate::date::{self, DateError};

impl State {
    /// What the person typed, read back, for the review screen: (label, reading).
    pub fn summary(&self, ctx: &Ctx) -> Vec<(String, String)> {
        let card_label = match self.card_kind {
            CardKind::Expiry => msg!("gui-dates-card-expiry"),
            CardKind::Issued => msg!("gui-dates-card-issued"),
        };
        let cert_label = match self.cert_kind {
            CertKind::Unknown => msg!("gui-dates-cert-unknown"),
            CertKind::Expiry => msg!("gui-dates-cert-expiry"),
            CertKind::Issued => msg!("gui-dates-cert-issued"),
        };
        let mut lines = vec![
            (ctx.t(msg!("gui-dates-born")), reading_text(ctx, &self.born)),
            (ctx.t(card_label), reading_text(ctx, &self.card)),
        ];
        if self.card_kind == CardKind::Issued && !self.applied.trim().is_empty() {
            lines.push((ctx.t(msg!("gui-dates-applied")), reading_text(ctx, &self.applied)));
        }
        if self.cert_kind != CertKind::Unknown {
            lines.push((ctx.t(cert_label), reading_text(ctx, &self.cert)));
        } else {
            lines.push((ctx.t(msg!("gui-dates-cert")), ctx.t(cert_label)));
        }
        if self.foreign {
            lines.push((
                ctx.t(msg!("gui-dates-residence")),
                reading_text(ctx, &self.residence),
            ));
        }
        lines
    }
}

/// "昭和25年10月10日 = 1950-10-10".
pub fn reading_of(d: NaiveDate) -> String {
    format!("{} = {}", date::format_wareki(d), date::format_iso(d))
}

/// A date as the reader's language writes it: both calendars in Japanese, the Gregorian one
/// in other languages (「昭和25年10月10日」 means nothing to most foreign residents).
pub(in crate::app) fn reading_for(ctx: &Ctx, d: NaiveDate) -> String {
    if ctx.loc.lang() == "ja" {
        reading_of(d)
    } else {
        date::format_for_lang(d, ctx.loc.lang())
    }
}

fn reading_text(ctx: &Ctx, text: &str) -> String {
    match read(text) {
        None => ctx.t(msg!("gui-review-not-entered")),
        Some(Ok(d)) => reading_for(ctx, d),
        Some(Err(error)) => format!("{text} ({})", date_error(ctx, &error, "")),
    }
}

/// The core's explanation of a date error, naming the field as the window labels it.
pub(in crate::app) fn date_error(ctx: &Ctx, error: &DateError, field: &str) -> String {
    let mut args: Vec<(&str, FluentValue<'_>)> = error
        .args()
        .into_iter()
        .map(|(name, value)| (name, FluentValue::from(value)))
        .collect();
    args.push(("field", FluentValue::from(field)));
    ctx.loc.text_with(error.message_id(), &args)
}
