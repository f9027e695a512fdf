//! The rules data (`assets/rules/rules.toml`): every number and dated fact, each with its
//! source and effective date, loaded and validated; the expiry timeline computed from it.
//! No GUI.

mod data;
mod load;
mod schema;
mod timeline;
mod validate;

pub use data::{
    CardBodyRules, CertificateRules, DISPUTE_CARD_GRACE, DISPUTE_RENEWAL_OPENS, Dispute, Fact, Hotline,
    Rules, Sourced, WindowRules,
};
pub use load::{MAX_FILE_BYTES, RulesError};
pub use timeline::{
    Basis, CardDates, CardInput, CertInput, CertificateDates, DateField, DisputeUsed, Item, MynahoStatus,
    Status, Timeline, TimelineError, TimelineInput, Warning, compute_timeline, compute_timeline_with,
    nth_birthday_after,
};
