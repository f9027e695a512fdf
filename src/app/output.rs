//! Where the review screen sends the sheet: the printer (`print::print_bytes`) or a PDF file,
//! after `sheet::Sheet::build` and `SheetRenderer`. Runs off the UI thread (`Task::perform`).
//! A kiosk writes nothing to disk: saving is refused and a PDF kept after a failed print is
//! removed.

use std::path::PathBuf;
use std::sync::Arc;

use crate::print::{self, PrintError};
use crate::rules::Rules;
use crate::sheet::{Sheet, SheetRenderer, SheetRequest};

/// Everything printing or saving needs.
#[derive(Debug, Clone)]
pub struct PrintRequest {
    /// The sheet: languages, large print, the timeline and the guide's outcome.
    pub sheet: SheetRequest,
    /// Number of copies.
    pub copies: u8,
    /// Kiosk mode (nothing is written to disk).
    pub kiosk: bool,
    /// The rules in force (`None` when they failed to load: then no sheet can be made).
    pub rules: Option<Arc<Rules>>,
}

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
    /// Saving is disabled (kiosk mode writes nothing to disk).
    SavingDisabled,
    /// The sheet could not be made (rules missing, fonts, PDF); the reason.
    Sheet(String),
    /// The printer did not take it; the PDF is kept there when it could be written.
    Print {
        /// Why, with its Fluent message.
        error: PrintError,
        /// The PDF left for saving or another printer (never in kiosk mode).
        kept: Option<PathBuf>,
    },
    /// The file could not be written.
    Save {
        /// Where it was to go.
        path: PathBuf,
        /// Why.
        reason: String,
    },
}

fn render(request: &PrintRequest) -> Result<(String, Vec<u8>), OutputError> {
    let rules = request
        .rules
        .as_ref()
        .ok_or_else(|| OutputError::Sheet("rules not loaded".to_owned()))?;
    let sheet = Sheet::build(&request.sheet, rules);
    let pdf = SheetRenderer::new()
        .and_then(|mut renderer| renderer.render(&sheet))
        .map_err(|error| OutputError::Sheet(error.to_string()))?;
    Ok((sheet.doc_title, pdf))
}

/// Renders the sheet and prints it on the default printer.
pub fn print(request: &PrintRequest) -> Result<Output, OutputError> {
    let (title, pdf) = render(request)?;
    match print::print_bytes(&pdf, None, u32::from(request.copies), &title, false) {
        Ok(printed) => Ok(Output::Printed { job: printed.job.0 }),
        Err(failure) => {
            let mut kept = failure.kept;
            if request.kiosk {
                // The sheet holds the person's dates: a kiosk keeps no copy.
                if let Some(path) = kept.take() {
                    let _ = std::fs::remove_file(path);
                }
            }
            Err(OutputError::Print {
                error: failure.error,
                kept,
            })
        }
    }
}

/// Renders the sheet and saves it as a PDF in the Documents folder (or the home folder).
pub fn save(request: &PrintRequest) -> Result<Output, OutputError> {
    if request.kiosk {
        return Err(OutputError::SavingDisabled);
    }
    let (_, pdf) = render(request)?;
    let path = save_path();
    match std::fs::write(&path, pdf) {
        Ok(()) => Ok(Output::Saved { path }),
        Err(error) => Err(OutputError::Save {
            path,
            reason: error.to_string(),
        }),
    }
}

/// `~/Documents/mynaho-guide-<date>-<time>.pdf`, or the home folder, or the current folder.
fn save_path() -> PathBuf {
    let home = std::env::var_os("HOME").map(PathBuf::from);
    let folder = home
        .as_ref()
        .map(|home| home.join("Documents"))
        .filter(|documents| documents.is_dir())
        .or(home)
        .unwrap_or_else(|| PathBuf::from("."));
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
    folder.join(format!("mynaho-guide-{stamp}.pdf"))
}
