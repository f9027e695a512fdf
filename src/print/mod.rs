//! Printing through the OS spooler. Linux and macOS: CUPS `lp`/`lpstat`, run with `LC_ALL=C` so
//! their messages can be read, with `CUPS_SERVER` inherited from the environment, each with a
//! time limit (a stopped scheduler must not hang anyone) and a way to cancel. The PDF goes to
//! `lp` on standard input: no file is written to print. A paused or rejecting queue is found
//! before the job is sent; a job still waiting after a while is reported (and, in a kiosk,
//! cancelled, so that it does not come out later for the next person). Only after a failure,
//! and never in a kiosk, a copy is kept (0600, in a private 0700 directory) so it can be saved
//! or printed elsewhere. Windows: the PDF is opened in the default viewer, which prints it.

mod parse;
mod process;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub use process::Cancel;

/// How long each step may take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// `lpstat` (queries): 5 s.
    pub query: Duration,
    /// `lp` (submitting the job): 30 s.
    pub submit: Duration,
    /// How long a job may wait in the queue before it is reported as stuck.
    pub stuck_after: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            query: Duration::from_secs(5),
            submit: Duration::from_secs(30),
            stuck_after: Duration::from_secs(20),
        }
    }
}

/// The print queues and which one is the default.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PrinterList {
    /// Queue names, as `lp -d` takes them.
    pub printers: Vec<String>,
    /// The default queue, if one is set.
    pub default: Option<String>,
    /// Whether the local server keeps job files after printing (CUPS keeps them a day unless
    /// `PreserveJobFiles No`); `None` when it could not be asked.
    pub keeps_job_files: Option<bool>,
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
    /// The CUPS scheduler is not running, not reachable, or went away during the job.
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
    /// The queue is paused (stopped): a job would wait and come out later.
    #[error("printer {0} is paused")]
    Paused(String),
    /// The queue rejects new jobs.
    #[error("printer {0} is not accepting jobs")]
    Rejecting(String),
    /// The spooler did not answer in time.
    #[error("{program} did not answer within {seconds} s")]
    TimedOut {
        /// The command that hung.
        program: String,
        /// Its limit.
        seconds: u64,
    },
    /// The job was accepted but still waits in the queue (in a kiosk it was cancelled).
    #[error("job {0} is still waiting in the queue")]
    Stuck(String),
    /// Printing was cancelled (the kiosk was wiped).
    #[error("printing was cancelled")]
    Cancelled,
    /// The spooler refused the job; its message.
    #[error("the printer refused the job: {0}")]
    Refused(String),
    /// The PDF could not be kept after a failure.
    #[error("the PDF could not be saved: {0}")]
    TempFile(String),
}

impl PrintError {
    /// The Fluent message id, for the CLI and the window.
    pub fn message_id(&self) -> crate::i18n::MessageId {
        match self {
            PrintError::NotInstalled => msg!("print-error-not-installed"),
            PrintError::NoScheduler => msg!("print-error-no-scheduler"),
            PrintError::NoPrinter => msg!("print-error-no-printer"),
            PrintError::NoDefault => msg!("print-error-no-default"),
            PrintError::UnknownPrinter(_) => msg!("print-error-unknown-printer"),
            PrintError::Paused(_) => msg!("print-error-paused"),
            PrintError::Rejecting(_) => msg!("print-error-rejecting"),
            PrintError::TimedOut { .. } => msg!("print-error-timed-out"),
            PrintError::Stuck(_) => msg!("print-error-stuck"),
            PrintError::Cancelled => msg!("print-error-cancelled"),
            PrintError::Refused(_) => msg!("print-error-refused"),
            PrintError::TempFile(_) => msg!("print-error-temp-file"),
        }
    }

    /// The message's variables (`printer`, `reason`, `program`, `seconds`, `job`).
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            PrintError::UnknownPrinter(name) | PrintError::Paused(name) | PrintError::Rejecting(name) => {
                vec![("printer", name.clone())]
            }
            PrintError::TimedOut { program, seconds } => {
                vec![("program", program.clone()), ("seconds", seconds.to_string())]
            }
            PrintError::Stuck(job) => vec![("job", job.clone())],
            PrintError::Refused(reason) | PrintError::TempFile(reason) => vec![("reason", reason.clone())],
            _ => Vec::new(),
        }
    }
}

/// What to do with the sheet besides printing it.
#[derive(Debug, Clone, Default)]
pub struct PrintOptions {
    /// The queue (`None`: the default).
    pub printer: Option<String>,
    /// Copies (at least 1).
    pub copies: u32,
    /// The job's title.
    pub title: String,
    /// Kiosk: never keep a copy; cancel a job that gets stuck.
    pub kiosk: bool,
    /// Time limits.
    pub limits: Limits,
    /// Set to give up (the kiosk wipe).
    pub cancel: Cancel,
}

/// A printed sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Printed {
    /// The spooler's job id.
    pub job: JobId,
}

/// A failed print: why, and where the PDF was kept so it can be saved or printed elsewhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrintFailure {
    /// Why.
    pub error: PrintError,
    /// The kept copy (never in a kiosk; `None` if it could not be written).
    pub kept: Option<PathBuf>,
}

fn query(args: &[&str], limits: &Limits, cancel: &Cancel) -> Result<process::Said, PrintError> {
    process::run("lpstat", args, None, limits.query, cancel)
}

/// The queues, the default, and whether the server keeps job files.
pub fn printers_with(limits: &Limits, cancel: &Cancel) -> Result<PrinterList, PrintError> {
    if cfg!(windows) {
        return Err(PrintError::NotInstalled);
    }
    if !parse::scheduler(&query(&["-r"], limits, cancel)?.text()) {
        return Err(PrintError::NoScheduler);
    }
    let printers = parse::queues(&query(&["-e"], limits, cancel)?.stdout);
    let default = parse::default(&query(&["-d"], limits, cancel)?.stdout);
    if printers.is_empty() {
        return Err(PrintError::NoPrinter);
    }
    Ok(PrinterList {
        printers,
        default,
        keeps_job_files: None,
    })
}

/// The queues, the default, and whether the server keeps job files, with the default limits
/// (for listing printers; printing does not ask: `cupsctl` copies the server's settings into
/// a temporary file, and a print writes no file).
pub fn printers() -> Result<PrinterList, PrintError> {
    let limits = Limits::default();
    let cancel = Cancel::new();
    let mut list = printers_with(&limits, &cancel)?;
    // `cupsctl` reads the server's settings; when it cannot, say nothing rather than guess.
    list.keeps_job_files = process::run("cupsctl", &[], None, limits.query, &cancel)
        .ok()
        .filter(|said| said.status.success())
        .map(|said| parse::keeps_job_files(&said.stdout));
    Ok(list)
}

/// Whether the queue can print now: not paused, accepting jobs.
fn check_queue(queue: &str, limits: &Limits, cancel: &Cancel) -> Result<(), PrintError> {
    if parse::paused(&query(&["-p", queue], limits, cancel)?.text()) {
        return Err(PrintError::Paused(queue.to_owned()));
    }
    if parse::rejecting(&query(&["-a", queue], limits, cancel)?.text()) {
        return Err(PrintError::Rejecting(queue.to_owned()));
    }
    Ok(())
}

/// Waits until the job leaves the queue; `Stuck` if it is still there after the limit.
fn wait_for_job(queue: &str, job: &str, options: &PrintOptions) -> Result<(), PrintError> {
    let started = Instant::now();
    loop {
        let listing = query(&["-o", queue], &options.limits, &options.cancel)?;
        if !parse::job_pending(&listing.stdout, job) {
            return Ok(());
        }
        if started.elapsed() >= options.limits.stuck_after {
            if options.kiosk {
                // A sheet that comes out later would go to whoever stands there next.
                let _ = process::run("cancel", &[job], None, options.limits.query, &Cancel::new());
            }
            return Err(PrintError::Stuck(job.to_owned()));
        }
        std::thread::sleep(Duration::from_millis(250));
    }
}

/// Sends the PDF to the spooler on standard input.
fn submit(pdf: &[u8], options: &PrintOptions) -> Result<JobId, PrintError> {
    let list = printers_with(&options.limits, &options.cancel)?;
    let queue = parse::choose_queue(&list, options.printer.as_deref())?;
    check_queue(&queue, &options.limits, &options.cancel)?;
    let copies = options.copies.max(1).to_string();
    let args = [
        "-d",
        &queue,
        "-t",
        &options.title,
        "-o",
        "media=A4",
        "-n",
        &copies,
    ];
    let said = process::run("lp", &args, Some(pdf), options.limits.submit, &options.cancel)?;
    let job = match parse::request_id(&said.text()) {
        Some(job) if said.status.success() => job,
        _ => return Err(parse::lp_failure(&said.text(), &queue)),
    };
    wait_for_job(&queue, &job, options)?;
    Ok(JobId(job))
}

/// Prints the PDF. On failure a copy is kept for saving or another printer, except in a kiosk
/// or when the person cancelled.
pub fn print_pdf_bytes(pdf: &[u8], options: &PrintOptions) -> Result<Printed, PrintFailure> {
    let result = if cfg!(windows) {
        keep_copy(pdf).and_then(|path| open_in_viewer(&path).map(|()| JobId("viewer".to_owned())))
    } else {
        submit(pdf, options)
    };
    result.map(|job| Printed { job }).map_err(|error| {
        let keep = !options.kiosk && error != PrintError::Cancelled;
        let kept = if keep { keep_copy(pdf).ok() } else { None };
        PrintFailure { error, kept }
    })
}

/// The older entry point: default limits, a copy kept on failure.
pub fn print_bytes(
    pdf: &[u8],
    printer: Option<&str>,
    copies: u32,
    title: &str,
    kiosk: bool,
) -> Result<Printed, PrintFailure> {
    print_pdf_bytes(
        pdf,
        &PrintOptions {
            printer: printer.map(str::to_owned),
            copies,
            title: title.to_owned(),
            kiosk,
            ..PrintOptions::default()
        },
    )
}

/// Writes a copy of the PDF that only this user can read: a fresh 0700 directory, the file
/// created exclusively with mode 0600 (no predictable name, no following links).
fn keep_copy(pdf: &[u8]) -> Result<PathBuf, PrintError> {
    use std::io::Write;
    let fail = |error: std::io::Error| PrintError::TempFile(error.to_string());
    let mut builder = tempfile::Builder::new();
    builder.prefix("mynaho-guide-");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o700));
    }
    let dir = builder.tempdir().map_err(fail)?;
    let mut file = tempfile::Builder::new()
        .prefix("sheet-")
        .suffix(".pdf")
        .tempfile_in(dir.path())
        .map_err(fail)?;
    file.write_all(pdf).map_err(fail)?;
    let (_, path) = file.keep().map_err(|error| fail(error.error))?;
    // The directory stays for the person to find the copy in.
    let _ = dir.keep();
    Ok(path)
}

/// Open a file with the desktop's default application (the PDF viewer).
pub fn open_in_viewer(path: &Path) -> Result<(), PrintError> {
    let mut command = if cfg!(windows) {
        let mut command = std::process::Command::new("cmd");
        command.args(["/C", "start", ""]).arg(path);
        command
    } else if cfg!(target_os = "macos") {
        let mut command = std::process::Command::new("open");
        command.arg(path);
        command
    } else {
        let mut command = std::process::Command::new("xdg-open");
        command.arg(path);
        command
    };
    match command.status() {
        Ok(status) if status.success() => Ok(()),
        Ok(status) => Err(PrintError::Refused(format!("viewer exited with {status}"))),
        Err(error) => Err(PrintError::Refused(error.to_string())),
    }
}

#[cfg(test)]
mod tests;
