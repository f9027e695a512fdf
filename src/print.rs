//! Printing through the OS spooler. Linux and macOS: CUPS `lp`/`lpstat`, run with `LC_ALL=C` so
//! their messages can be read, and with `CUPS_SERVER` inherited from the environment. Each way it
//! can fail has its own error and Fluent message; the PDF is kept when printing fails.
//! Windows: the PDF is opened in the default viewer, which prints it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The print queues and which one is the default.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PrinterList {
    /// Queue names, as `lp -d` takes them.
    pub printers: Vec<String>,
    /// The default queue, if one is set.
    pub default: Option<String>,
}

/// The spooler's id of an accepted job ("Q-3").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobId(pub String);

impl std::fmt::Display for JobId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Why printing did not happen.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PrintError {
    /// `lp`/`lpstat` are not installed (no CUPS client).
    #[error("the printing system (CUPS) is not installed")]
    NotInstalled,
    /// The CUPS scheduler is not running (or not reachable at `CUPS_SERVER`).
    #[error("the print scheduler is not running")]
    NoScheduler,
    /// No print queue is set up.
    #[error("no printer is set up")]
    NoPrinter,
    /// Several queues and none is the default: one must be chosen.
    #[error("several printers and no default: choose one")]
    NoDefault,
    /// The chosen queue does not exist.
    #[error("printer {0} does not exist")]
    UnknownPrinter(String),
    /// The spooler refused the job; its message.
    #[error("the printer refused the job: {0}")]
    Refused(String),
    /// The PDF could not be written to a temporary file.
    #[error("the PDF could not be saved for printing: {0}")]
    TempFile(String),
}

impl PrintError {
    /// The Fluent message id, for the CLI and the window.
    pub fn message_id(&self) -> &'static str {
        match self {
            PrintError::NotInstalled => "print-error-not-installed",
            PrintError::NoScheduler => "print-error-no-scheduler",
            PrintError::NoPrinter => "print-error-no-printer",
            PrintError::NoDefault => "print-error-no-default",
            PrintError::UnknownPrinter(_) => "print-error-unknown-printer",
            PrintError::Refused(_) => "print-error-refused",
            PrintError::TempFile(_) => "print-error-temp-file",
        }
    }

    /// The message's variables (`printer`, `reason`).
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            PrintError::UnknownPrinter(name) => vec![("printer", name.clone())],
            PrintError::Refused(reason) | PrintError::TempFile(reason) => vec![("reason", reason.clone())],
            _ => Vec::new(),
        }
    }
}

fn run(program: &str, args: &[&str]) -> Result<Output, PrintError> {
    Command::new(program)
        .args(args)
        .env("LC_ALL", "C")
        .output()
        .map_err(|error| {
            if error.kind() == std::io::ErrorKind::NotFound {
                PrintError::NotInstalled
            } else {
                PrintError::Refused(error.to_string())
            }
        })
}

fn text(output: &Output) -> String {
    let mut text = String::from_utf8_lossy(&output.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&output.stderr));
    text
}

/// Whether `lpstat -r` says the scheduler runs (it exits 0 either way).
fn scheduler_running() -> Result<bool, PrintError> {
    let output = run("lpstat", &["-r"])?;
    Ok(parse_scheduler(&text(&output)))
}

/// The queues and the default.
pub fn printers() -> Result<PrinterList, PrintError> {
    if cfg!(windows) {
        return Err(PrintError::NotInstalled);
    }
    if !scheduler_running()? {
        return Err(PrintError::NoScheduler);
    }
    let queues = run("lpstat", &["-e"])?;
    let printers = parse_queues(&String::from_utf8_lossy(&queues.stdout));
    let default = run("lpstat", &["-d"])?;
    let default = parse_default(&String::from_utf8_lossy(&default.stdout));
    if printers.is_empty() {
        return Err(PrintError::NoPrinter);
    }
    Ok(PrinterList { printers, default })
}

/// Send `path` to `printer` (or the default queue) as an A4 job of `copies` copies.
///
/// Windows: opens the PDF in the default viewer and returns the job id `viewer`.
pub fn print_pdf(path: &Path, printer: Option<&str>, copies: u32, title: &str) -> Result<JobId, PrintError> {
    if cfg!(windows) {
        return open_in_viewer(path).map(|()| JobId("viewer".to_owned()));
    }
    let list = printers()?;
    let queue = choose_queue(&list, printer)?;
    let copies = copies.max(1).to_string();
    let path_text = path.to_string_lossy();
    let output = run(
        "lp",
        &[
            "-d",
            &queue,
            "-t",
            title,
            "-o",
            "media=A4",
            "-n",
            &copies,
            "--",
            path_text.as_ref(),
        ],
    )?;
    let message = text(&output);
    if output.status.success()
        && let Some(job) = parse_request_id(&message)
    {
        return Ok(JobId(job));
    }
    Err(classify_lp_failure(&message, &queue))
}

/// Open a file with the desktop's default application (the PDF viewer).
pub fn open_in_viewer(path: &Path) -> Result<(), PrintError> {
    let mut command = if cfg!(windows) {
        let mut command = Command::new("cmd");
        command.args(["/C", "start", ""]).arg(path);
        command
    } else if cfg!(target_os = "macos") {
        let mut command = Command::new("open");
        command.arg(path);
        command
    } else {
        let mut command = Command::new("xdg-open");
        command.arg(path);
        command
    };
    match command.status() {
        Ok(status) if status.success() => Ok(()),
        Ok(status) => Err(PrintError::Refused(format!("viewer exited with {status}"))),
        Err(error) => Err(PrintError::Refused(error.to_string())),
    }
}

/// A printed sheet: the job, and where its PDF still is (when kept).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Printed {
    /// The spooler's job id.
    pub job: JobId,
    /// The PDF, when it was kept.
    pub kept: Option<PathBuf>,
}

/// A failed print: why, and where the PDF was kept so it can be saved or printed elsewhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrintFailure {
    /// Why.
    pub error: PrintError,
    /// The PDF, kept in the temporary directory (`None` if it could not even be written).
    pub kept: Option<PathBuf>,
}

/// Write `pdf` to a temporary file and print it. After the spooler accepted the job the file is
/// deleted unless `keep` (kiosk mode passes `false`: the sheet goes to the printer only); on
/// failure it is always kept.
pub fn print_bytes(
    pdf: &[u8],
    printer: Option<&str>,
    copies: u32,
    title: &str,
    keep: bool,
) -> Result<Printed, PrintFailure> {
    let path = temp_pdf_path();
    let written = path
        .parent()
        .map_or(Ok(()), std::fs::create_dir_all)
        .and_then(|()| std::fs::write(&path, pdf));
    if let Err(error) = written {
        return Err(PrintFailure {
            error: PrintError::TempFile(error.to_string()),
            kept: None,
        });
    }
    match print_pdf(&path, printer, copies, title) {
        Ok(job) if keep => Ok(Printed {
            job,
            kept: Some(path),
        }),
        Ok(job) => {
            // CUPS has copied the file into its spool when `lp` returns: removing it is safe.
            let _ = std::fs::remove_file(&path);
            Ok(Printed { job, kept: None })
        }
        Err(error) => Err(PrintFailure {
            error,
            kept: Some(path),
        }),
    }
}

/// A fresh file name in the temporary directory.
fn temp_pdf_path() -> PathBuf {
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S%.3f");
    std::env::temp_dir()
        .join("mynaho-guide")
        .join(format!("sheet-{stamp}-{}.pdf", std::process::id()))
}

fn choose_queue(list: &PrinterList, wanted: Option<&str>) -> Result<String, PrintError> {
    match (wanted, &list.default, list.printers.as_slice()) {
        (Some(name), _, printers) if printers.iter().any(|p| p == name) => Ok(name.to_owned()),
        (Some(name), _, _) => Err(PrintError::UnknownPrinter(name.to_owned())),
        (None, Some(default), _) => Ok(default.clone()),
        (None, None, [only]) => Ok(only.clone()),
        (None, None, []) => Err(PrintError::NoPrinter),
        (None, None, _) => Err(PrintError::NoDefault),
    }
}

fn parse_scheduler(text: &str) -> bool {
    text.lines().any(|line| line.trim() == "scheduler is running")
}

fn parse_queues(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect()
}

fn parse_default(text: &str) -> Option<String> {
    text.lines()
        .find_map(|line| line.trim().strip_prefix("system default destination:"))
        .map(|name| name.trim().to_owned())
        .filter(|name| !name.is_empty())
}

/// "request id is Q-3 (1 file(s))" → "Q-3".
fn parse_request_id(text: &str) -> Option<String> {
    text.lines()
        .find_map(|line| line.trim().strip_prefix("request id is "))
        .and_then(|rest| rest.split_whitespace().next())
        .map(str::to_owned)
}

fn classify_lp_failure(message: &str, queue: &str) -> PrintError {
    let lower = message.to_lowercase();
    if lower.contains("does not exist") {
        PrintError::UnknownPrinter(queue.to_owned())
    } else if lower.contains("scheduler is not running") || lower.contains("unable to connect") {
        PrintError::NoScheduler
    } else if lower.contains("no default destination") {
        PrintError::NoPrinter
    } else {
        let reason = message
            .trim()
            .trim_start_matches("lp: ")
            .trim_start_matches("Error - ");
        PrintError::Refused(reason.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_lpstat_and_lp_messages() {
        assert!(parse_scheduler("scheduler is running\n"));
        assert!(!parse_scheduler("scheduler is not running\n"));
        assert_eq!(parse_queues("Office\nSheet_PDF\n\n"), ["Office", "Sheet_PDF"]);
        assert_eq!(
            parse_default("system default destination: Office\n").as_deref(),
            Some("Office")
        );
        assert_eq!(parse_default("no system default destination\n"), None);
        assert_eq!(
            parse_request_id("request id is Q-3 (1 file(s))\n").as_deref(),
            Some("Q-3")
        );
        assert_eq!(parse_request_id("lp: Error - No default destination.\n"), None);
    }

    #[test]
    fn each_lp_failure_gets_its_own_error() {
        let unknown = classify_lp_failure("lp: Error - The printer or class does not exist.", "X");
        assert_eq!(unknown, PrintError::UnknownPrinter("X".to_owned()));
        assert_eq!(
            classify_lp_failure("lp: Error - No default destination.", "Q"),
            PrintError::NoPrinter
        );
        let refused = classify_lp_failure("lp: Error - Destination \"Q\" is not accepting jobs.", "Q");
        assert_eq!(
            refused,
            PrintError::Refused("Destination \"Q\" is not accepting jobs.".to_owned())
        );
        assert_eq!(refused.message_id(), "print-error-refused");
    }

    #[test]
    fn every_error_has_its_message_in_japanese_and_english() {
        let errors = [
            PrintError::NotInstalled,
            PrintError::NoScheduler,
            PrintError::NoPrinter,
            PrintError::NoDefault,
            PrintError::UnknownPrinter("Q".into()),
            PrintError::Refused("r".into()),
            PrintError::TempFile("t".into()),
        ];
        for lang in ["ja", "en"] {
            let loc = crate::i18n::Localizer::new(lang);
            for error in &errors {
                assert!(loc.has_own(error.message_id()), "{lang}: {}", error.message_id());
            }
            for id in [
                "print-job-accepted",
                "print-pdf-kept",
                "printers-default",
                "printers-no-default",
            ] {
                assert!(loc.has_own(id), "{lang}: {id}");
            }
        }
        let ids: std::collections::BTreeSet<_> = errors.iter().map(PrintError::message_id).collect();
        assert_eq!(ids.len(), errors.len(), "one message per failure");
    }

    #[test]
    fn the_queue_is_the_chosen_one_or_the_default() {
        let list = PrinterList {
            printers: vec!["A".into(), "B".into()],
            default: Some("B".into()),
        };
        assert_eq!(choose_queue(&list, Some("A")), Ok("A".to_owned()));
        assert_eq!(choose_queue(&list, None), Ok("B".to_owned()));
        assert_eq!(
            choose_queue(&list, Some("C")),
            Err(PrintError::UnknownPrinter("C".to_owned()))
        );
        let no_default = PrinterList {
            default: None,
            ..list
        };
        assert_eq!(choose_queue(&no_default, None), Err(PrintError::NoDefault));
        let one = PrinterList {
            printers: vec!["A".into()],
            default: None,
        };
        assert_eq!(choose_queue(&one, None), Ok("A".to_owned()));
    }
}
