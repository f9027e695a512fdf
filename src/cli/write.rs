//! Writing to stdout and stderr without panicking. `println!`/`eprintln!` panic (exit 101) when
//! the stream is full or its reader has gone; here every write returns its error or, on stderr,
//! is given up quietly (there is nowhere left to say it). Exit status when stdout cannot take a
//! command's output: 2, with the reason on stderr; a command whose job was something else (a
//! sheet saved to a file, a print job accepted) still exits 0.

use std::io::{self, Write};
use std::process::ExitCode;

use crate::i18n::Localizer;

/// Exit status for bad input, and for output that could not be written.
pub const FAILED: u8 = 2;

/// Writes `text` and a newline to stdout, flushed, so a full disk or a closed pipe shows here.
pub fn stdout_line(text: &str) -> io::Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.write_all(b"\n")?;
    out.flush()
}

/// Writes `bytes` to stdout as they are (a PDF), flushed.
pub fn stdout_bytes(bytes: &[u8]) -> io::Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(bytes)?;
    out.flush()
}

/// Writes `text` and a newline to stderr; a failure is ignored.
pub fn stderr_line(text: &str) {
    let mut err = io::stderr().lock();
    let _ = writeln!(err, "{text}").and_then(|()| err.flush());
}

/// Writes `mynaho-guide: text` to stderr; a failure is ignored.
pub fn stderr_message(text: &str) {
    stderr_line(&format!("mynaho-guide: {text}"));
}

/// Exit status of a command whose output is its job: 0 when written, else 2 with the reason.
pub fn output_status(written: io::Result<()>, loc: &Localizer) -> ExitCode {
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            let reason = error.to_string();
            stderr_message(&loc.text_str(msg!("output-write-error"), &[("reason", &reason)]));
            ExitCode::from(FAILED)
        }
    }
}
