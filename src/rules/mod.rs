//! The rules data (`assets/rules/rules.toml`): every number and dated fact, each with its
//! source and effective date, loaded and validated; the expiry timeline computed from it.
//! No GUI.

mod data;
mod timeline;

pub use data::{CardBodyRules, CertificateRules, Fact, Hotline, Rules, RulesError, Sourced};
pub use timeline::{
    CardDates, CardInput, CertInput, CertificateDates, DateField, MynahoStatus, Status, Timeline,
    TimelineError, TimelineInput, Warning, compute_timeline, nth_birthday_after,
};
