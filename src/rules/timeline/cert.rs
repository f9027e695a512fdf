//! The electronic certificate's expiry: printed, computed from its issue date (5th birthday, or
//! 6th when renewed in the last 3 months of the previous one), ambiguous when that is not known,
//! or assumed when nothing was given (domain-rules.md §2).

use chrono::NaiveDate;

use super::TimelineError;
use super::birthdays::{nth_birthday_after, renewal_opens};
use super::card::{CardExpiry, certificate_issued_with};
use super::types::{Basis, CardInput, CertInput, Warning};
use crate::rules::Rules;

/// The certificate's earliest and latest expiry with its basis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct CertExpiry {
    pub basis: Basis,
    pub expiry: NaiveDate,
    pub expiry_latest: NaiveDate,
}

/// Computes the certificate's expiry from what is known and the card's expiry.
pub(super) fn cert_expiry(
    rules: &Rules,
    born: Option<NaiveDate>,
    card_input: CardInput,
    card: &CardExpiry,
    cert: CertInput,
    warnings: &mut Vec<Warning>,
) -> Result<CertExpiry, TimelineError> {
    let years = rules.certificate.years.value;
    match cert {
        CertInput::Expiry(expiry) => {
            if expiry > card.by_rule_latest {
                if card.basis == Basis::Entered {
                    return Err(TimelineError::CertExpiryAfterCard);
                }
                warnings.push(Warning::CertificateAfterCard);
            }
            // A residence-limited card ends its certificate with it (大口町; 足立区).
            let (expiry, expiry_latest) = if card.limited_by_residence {
                (expiry.min(card.expiry), expiry.min(card.expiry_latest))
            } else {
                (expiry, expiry)
            };
            Ok(CertExpiry {
                basis: Basis::Entered,
                expiry,
                expiry_latest,
            })
        }
        CertInput::Issued { issued, renewal } => {
            let born = born.ok_or(TimelineError::BirthDateNeeded)?;
            let fifth = nth_birthday_after(born, issued, years);
            let sixth = nth_birthday_after(born, issued, rules.certificate.years_renewed_early.value);
            if fifth.1 || sixth.1 {
                warnings.push(Warning::LeapDayBirthday);
            }
            let card_issued = match card_input {
                CardInput::Issued { issued, .. } => Some(issued),
                CardInput::Expiry(_) => None,
            };
            let (earliest, latest, unknown) = match renewal {
                Some(true) => (sixth.0, sixth.0, false),
                Some(false) => (fifth.0, fifth.0, false),
                None => {
                    // Issued within the renewal window of the next birthday, on another day than
                    // the card: it may be an early renewal.
                    let next_birthday = nth_birthday_after(born, issued, 1).0;
                    let window = renewal_opens(next_birthday, rules.certificate.renewal_window_months.value);
                    if card_issued != Some(issued) && issued >= window {
                        (fifth.0, sixth.0, true)
                    } else {
                        (fifth.0, fifth.0, false)
                    }
                }
            };
            let expiry = earliest.min(card.expiry);
            let expiry_latest = latest.min(card.expiry_latest);
            let basis = if expiry == expiry_latest {
                Basis::Computed
            } else {
                if unknown && earliest.min(card.expiry_latest) != expiry_latest {
                    warnings.push(Warning::CertificateRenewalUnknown);
                }
                Basis::Ambiguous
            };
            Ok(CertExpiry {
                basis,
                expiry,
                expiry_latest,
            })
        }
        CertInput::Unknown => {
            let born = born.ok_or(TimelineError::BirthDateNeeded)?;
            warnings.push(Warning::CertificateAssumed);
            let (inferred, shifted) = match card_input {
                CardInput::Issued { issued, .. } => nth_birthday_after(born, issued, years),
                CardInput::Expiry(expiry) => certificate_issued_with(rules, born, expiry),
            };
            if shifted {
                warnings.push(Warning::LeapDayBirthday);
            }
            Ok(CertExpiry {
                basis: Basis::Assumed,
                expiry: inferred.min(card.expiry),
                expiry_latest: card.expiry_latest,
            })
        }
    }
}
