//! mynaho-guide: an offline guide to the マイナ保険証 for counters, families and kiosks.
//!
//! The pure core (`date`, `rules`, `guide`, `i18n`, the sheet model) never draws; the window
//! (`app`), the command line (`cli`), the PDF (`sheet`) and the printer (`print`) present it.

pub mod advice;
pub mod app;
pub mod assets;
pub mod calendar;
pub mod clean;
pub mod cli;
pub mod date;
pub mod fonts;
pub mod guide;
pub mod i18n;
pub mod person;
pub mod print;
pub mod rules;
pub mod sheet;
