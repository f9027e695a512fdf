//! Where the review screen sends the sheet: the printer (`print::print_pdf_bytes`, the PDF on
//! the spooler's standard input) or a PDF file, after `sheet::Sheet::build` and
//! `SheetRenderer`. Each job runs on a worker thread of its own ([`spawn`]): the UI thread never
//! waits for a process, a file or a hung scheduler, and a kiosk wipe cancels the job. A kiosk
//! writes nothing to disk: saving is refused and no copy is kept after a failed print.

use std::path::PathBuf;
use std::sync::Arc;

use crate::print::{self, Cancel, PrintError, PrintOptions};
use crate::rules::Rules;
use crate::sheet::{SheetRenderer, SheetRequest};

/// Everything printing or saving needs.
#[derive(Debug, Clone)]
pub struct PrintRequest {
    /// The sheet: languages, large print, the timeline and the guide's outcome.
    pub sheet: SheetRequest,
    /// Number of copies.
    pub copies: u8,
    /// The print queue (`None`: the system default).
    pub printer: Option<String>,
    /// Kiosk mode (nothing is written to disk).
    pub kiosk: bool,
    /// The rules in force (`None` when they failed to load: then no sheet can be made).
    pub rules: Option<Arc<Rules>>,
    /// Save asks where through the desktop's file dialog (when the desktop offers one).
    pub ask_where: bool,
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
    /// The person closed the file dialog without choosing a place: nothing was written.
    SaveCancelled,
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
    let (sheet, pdf) = SheetRenderer::new()
        .and_then(|mut renderer| renderer.render_request(&request.sheet, rules))
        .map_err(|error| OutputError::Sheet(error.to_string()))?;
    Ok((sheet.doc_title, pdf))
}

/// Renders the sheet and prints it on the default printer (giving up when `cancel` is set).
pub fn print(request: &PrintRequest, cancel: &Cancel) -> Result<Output, OutputError> {
    let (title, pdf) = render(request)?;
    let options = PrintOptions {
        copies: u32::from(request.copies),
        printer: request.printer.clone(),
        title,
        kiosk: request.kiosk,
        cancel: cancel.clone(),
        ..PrintOptions::default()
    };
    match print::print_pdf_bytes(&pdf, &options) {
        Ok(printed) => Ok(Output::Printed { job: printed.job.0 }),
        Err(failure) => Err(OutputError::Print {
            error: failure.error,
            kept: failure.kept,
        }),
    }
}

/// What a worker does: print or save.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Job {
    /// Print on the default printer.
    Print,
    /// Save as a PDF file.
    Save,
}

/// Runs the job on a thread of its own and hands the result back as a future, so the window's
/// thread only ever awaits a channel.
pub fn spawn(
    job: Job,
    request: PrintRequest,
    cancel: Cancel,
) -> impl std::future::Future<Output = Result<Output, OutputError>> {
    let (sender, receiver) = iced::futures::channel::oneshot::channel();
    let spawned = std::thread::Builder::new()
        .name("sheet-output".into())
        .spawn(move || {
            let result = match job {
                Job::Print => print(&request, &cancel),
                Job::Save => save(&request),
            };
            let _ = sender.send(result);
        });
    async move {
        if let Err(error) = spawned {
            return Err(OutputError::Sheet(error.to_string()));
        }
        receiver
            .await
            .unwrap_or_else(|_| Err(OutputError::Sheet("the worker stopped".to_owned())))
    }
}

/// Renders the sheet and saves it as a PDF in the Documents folder (or the home folder).
pub fn save(request: &PrintRequest) -> Result<Output, OutputError> {
    if request.kiosk {
        return Err(OutputError::SavingDisabled);
    }
    let (_, pdf) = render(request)?;
    let base = save_path();
    if request.ask_where && desktop_portal_reachable() {
        return save_where_asked(&base, &pdf);
    }
    let mut last_error = None;
    // Created exclusively: two saves in the same second get "-2", "-3" instead of one
    // overwriting the other.
    for n in 1..=99 {
        let path = numbered(&base, n);
        let file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path);
        match file {
            Ok(mut file) => {
                use std::io::Write;
                return match file.write_all(&pdf) {
                    Ok(()) => Ok(Output::Saved { path }),
                    Err(error) => Err(OutputError::Save {
                        path,
                        reason: error.to_string(),
                    }),
                };
            }
            Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(error) => {
                last_error = Some(error.to_string());
                break;
            }
        }
    }
    Err(OutputError::Save {
        path: base,
        reason: last_error.unwrap_or_else(|| "too many files of that name".to_owned()),
    })
}

/// Whether a desktop session bus is there to carry the file dialog (the XDG desktop portal);
/// without one (a bare X server, a kiosk session) the sheet goes to the Documents folder.
fn desktop_portal_reachable() -> bool {
    std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|address| !address.is_empty())
}

/// Asks where through the desktop's dialog (this runs on the output worker, never on the
/// window's thread) and writes there; the person chose the name, so an existing file of that
/// name is replaced as the dialog has asked.
fn save_where_asked(suggested: &std::path::Path, pdf: &[u8]) -> Result<Output, OutputError> {
    let mut dialog = rfd::FileDialog::new().add_filter("PDF", &["pdf"]);
    if let Some(folder) = suggested.parent() {
        dialog = dialog.set_directory(folder);
    }
    if let Some(name) = suggested.file_name() {
        dialog = dialog.set_file_name(name.to_string_lossy());
    }
    let Some(path) = dialog.save_file() else {
        return Err(OutputError::SaveCancelled);
    };
    match std::fs::write(&path, pdf) {
        Ok(()) => Ok(Output::Saved { path }),
        Err(error) => Err(OutputError::Save {
            path,
            reason: error.to_string(),
        }),
    }
}

/// `name.pdf`, `name-2.pdf`, `name-3.pdf` …
fn numbered(base: &std::path::Path, n: u32) -> PathBuf {
    if n == 1 {
        return base.to_path_buf();
    }
    let stem = base
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    base.with_file_name(format!("{stem}-{n}.pdf"))
}

/// `<Documents>/mynaho-guide-<date>-<time>.pdf` (the desktop's Documents folder, as the XDG
/// user dirs name it), or the home folder, or the current folder.
fn save_path() -> PathBuf {
    let home = std::env::var_os("HOME").map(PathBuf::from);
    let documents = directories::UserDirs::new()
        .and_then(|dirs| dirs.document_dir().map(std::path::Path::to_path_buf))
        .or_else(|| home.as_ref().map(|home| home.join("Documents")));
    let folder = documents
        .filter(|documents| documents.is_dir())
        .or(home)
        .unwrap_or_else(|| PathBuf::from("."));
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
    folder.join(format!("mynaho-guide-{stamp}.pdf"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saved_names_are_numbered_not_overwritten() {
        let base = std::path::Path::new("/x/mynaho-guide-20261201-101010.pdf");
        assert_eq!(numbered(base, 1), base);
        assert_eq!(
            numbered(base, 2),
            std::path::Path::new("/x/mynaho-guide-20261201-101010-2.pdf")
        );
    }
}
