//! Where the review screen sends the sheet: the printer or a PDF file.
//!
//! The sheet (`sheet::render_pdf`) and the spooler (`print::print_pdf`) belong to other modules;
//! the lead connects them in these two functions. They run off the UI thread (`Task::perform`).

use std::path::PathBuf;

use super::review::SheetRequest;

/// What happened to the sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Output {
    /// Sent to the printer; the spooler's job id.
    Printed {
        /// The job id (`Q-3`).
        job: String,
    },
    /// Written to a file.
    Saved {
        /// Where.
        path: PathBuf,
    },
}

/// Why the sheet did not come out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OutputError {
    /// Printing is not connected in this build yet.
    NotConnected,
    /// Saving is disabled (kiosk mode writes nothing to disk).
    SavingDisabled,
    /// The sheet or the printer failed; the detail is shown to the person helping.
    Failed(String),
}

/// Renders the sheet and prints it.
pub fn print(request: &SheetRequest) -> Result<Output, OutputError> {
    let _ = request;
    Err(OutputError::NotConnected)
}

/// Renders the sheet and saves it as a PDF.
pub fn save(request: &SheetRequest) -> Result<Output, OutputError> {
    if request.kiosk {
        return Err(OutputError::SavingDisabled);
    }
    Err(OutputError::NotConnected)
}
