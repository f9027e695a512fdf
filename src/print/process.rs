//! Running the spooler's commands with a time limit, input on stdin, and a way to give up: a
//! hung print scheduler must never hang the caller (the window's worker, or the CLI).

use std::io::{Read, Write};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use super::PrintError;

/// What a finished command said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    /// Its exit status.
    pub status: ExitStatus,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
}

impl Said {
    /// Standard output and error together.
    pub fn text(&self) -> String {
        format!("{}{}", self.stdout, self.stderr)
    }
}

/// Set from another thread to stop waiting (the kiosk wipe cancels a pending print).
#[derive(Debug, Clone, Default)]
pub struct Cancel(Arc<AtomicBool>);

impl Cancel {
    /// A fresh, not cancelled token.
    pub fn new() -> Self {
        Self::default()
    }

    /// Gives up: the running command is killed.
    pub fn cancel(&self) {
        self.0.store(true, Ordering::SeqCst);
    }

    /// Whether `cancel` was called.
    pub fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }
}

fn read_all(mut pipe: impl Read + Send + 'static) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = pipe.read_to_end(&mut bytes);
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

/// Runs `program args` with `LC_ALL=C` (its messages are parsed), feeding `input` on stdin,
/// and kills it after `limit` or when `cancel` is set.
pub fn run(
    program: &str,
    args: &[&str],
    input: Option<&[u8]>,
    limit: Duration,
    cancel: &Cancel,
) -> Result<Said, PrintError> {
    let mut child = Command::new(program)
        .args(args)
        .env("LC_ALL", "C")
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|error| {
            if error.kind() == std::io::ErrorKind::NotFound {
                PrintError::NotInstalled
            } else {
                PrintError::Refused(error.to_string())
            }
        })?;
    // Writing, reading and waiting each in their own place: a full pipe cannot block the wait.
    let writer = match (input, child.stdin.take()) {
        (Some(bytes), Some(mut stdin)) => {
            let bytes = bytes.to_vec();
            Some(std::thread::spawn(move || stdin.write_all(&bytes)))
        }
        _ => None,
    };
    let stdout = child.stdout.take().map(read_all);
    let stderr = child.stderr.take().map(read_all);
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) => {}
            Err(error) => return Err(PrintError::Refused(error.to_string())),
        }
        if cancel.is_cancelled() || started.elapsed() >= limit {
            let _ = child.kill();
            let _ = child.wait();
            return Err(if cancel.is_cancelled() {
                PrintError::Cancelled
            } else {
                PrintError::TimedOut {
                    program: program.to_owned(),
                    seconds: limit.as_secs(),
                }
            });
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    if let Some(writer) = writer {
        // A command that exits before reading all of its input has said why on stderr.
        let _ = writer.join();
    }
    let join = |handle: Option<std::thread::JoinHandle<String>>| {
        handle.and_then(|h| h.join().ok()).unwrap_or_default()
    };
    Ok(Said {
        status,
        stdout: join(stdout),
        stderr: join(stderr),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hung_command_is_killed_at_its_limit() {
        let started = Instant::now();
        let result = run("sleep", &["30"], None, Duration::from_millis(300), &Cancel::new());
        assert!(matches!(result, Err(PrintError::TimedOut { .. })), "{result:?}");
        assert!(started.elapsed() < Duration::from_secs(5));
    }

    #[test]
    fn a_cancelled_command_stops_at_once() {
        let cancel = Cancel::new();
        let later = cancel.clone();
        let canceller = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(100));
            later.cancel();
        });
        let started = Instant::now();
        let result = run("sleep", &["30"], None, Duration::from_secs(20), &cancel);
        let _ = canceller.join();
        assert_eq!(result, Err(PrintError::Cancelled));
        assert!(started.elapsed() < Duration::from_secs(5));
    }

    #[test]
    fn input_goes_to_stdin_and_output_comes_back() {
        let said = run(
            "cat",
            &[],
            Some(b"%PDF-1.7"),
            Duration::from_secs(5),
            &Cancel::new(),
        )
        .expect("cat runs");
        assert!(said.status.success());
        assert_eq!(said.stdout, "%PDF-1.7");
        assert_eq!(
            run(
                "no-such-program-here",
                &[],
                None,
                Duration::from_secs(1),
                &Cancel::new()
            ),
            Err(PrintError::NotInstalled)
        );
    }
}
