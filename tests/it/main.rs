//! The integration tests, in one binary (one link of the 21 MB of fonts instead of one per
//! file). Tests that need poppler, a private CUPS daemon (root), Xvfb or strace are `#[ignore]`d
//! with their reason; CI runs them with `cargo test -- --include-ignored`.
#![allow(clippy::unwrap_used)]

mod certainty;
mod cli;
mod cli_options;
mod cli_streams;
mod cups;
mod dates;
mod font_coverage;
mod fuzz_corpus;
mod glossary;
mod gui;
mod guide;
mod i18n;
mod layout;
mod next_person;
mod numbers;
mod personas;
mod print_cups;
mod print_faults;
mod robust_text;
mod rules_file;
mod screens;
mod sheet_breaks;
mod sheet_budget;
mod sheet_cli;
mod sheet_greyscale;
mod sheet_model;
mod sheet_pdf;
mod sheet_people;
mod sheet_text_breaks;
mod site;
mod speech;
mod timeline;
mod ui;
