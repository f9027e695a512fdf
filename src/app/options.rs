//! What starts the window: the options `main` (and the tests) pass to [`super::run`] and
//! [`super::App::new`].

use chrono::NaiveDate;

use super::SpeakerHandle;
use crate::rules::Rules;

/// What `main` passes to the window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// `--lang CODE`; `None` follows the system locale (falling back to Japanese).
    pub lang: Option<String>,
    /// `--today DATE`; `None` uses the system date.
    pub today: Option<NaiveDate>,
    /// `--kiosk`: fullscreen, no decorations, closing does not quit, idle wipe, no saving.
    pub kiosk: bool,
    /// `--idle-seconds N` (kiosk only).
    pub idle_seconds: u64,
    /// `--idle-after-print-seconds N` (kiosk only): the shorter wait once a sheet was printed.
    pub idle_after_print_seconds: u64,
    /// Hidden `--exit-after-first-frame`: print `first-frame-ms=<N>` on stderr and exit.
    pub exit_after_first_frame: bool,
    /// `--rules FILE`, already loaded and validated; `None` uses the embedded rules.
    pub rules: Option<Rules>,
    /// Where the desktop remembers its text size, contrast and language; `None` remembers
    /// nothing (kiosks, tests).
    pub prefs_file: Option<std::path::PathBuf>,
    /// Save asks where through the desktop's file dialog (off in tests).
    pub file_dialog: bool,
    /// The site profile: languages on Home, the sheet's default language, printer and copies.
    /// Its window and closed days travel with `rules` (`Rules::at_site`).
    pub site: Option<crate::site::Site>,
    /// Where 読み上げ speaks; `None` is the system's sound device (tests pass a recorder).
    pub speaker: Option<SpeakerHandle>,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            lang: None,
            today: None,
            kiosk: false,
            idle_seconds: 120,
            idle_after_print_seconds: 30,
            exit_after_first_frame: false,
            rules: None,
            prefs_file: None,
            file_dialog: false,
            site: None,
            speaker: None,
        }
    }
}
