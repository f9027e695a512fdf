//! A real print through CUPS: the test starts its own `cupsd` (its own config, spool, logs and
//! port on 127.0.0.1, no browsing, no avahi), adds a queue that writes to a file, prints a sheet
//! with the built `mynaho-guide print`, waits for the job, reads the printed file with
//! `pdftotext`, then checks the failures (unknown printer, no scheduler) give exit 3 with the
//! PDF kept. Needs root and cupsd; skipped otherwise, except with `CI=true`, where it fails.

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use crate::cups::{Cupsd, QUEUE, TempDir, is_root, kept_pdfs, skip, tool};

const BIN: &str = env!("CARGO_BIN_EXE_mynaho-guide");

/// The sheet used for every print: a certificate in its renewal window, Japanese and English.
const GLOBAL: [&str; 4] = ["--lang", "en", "--today", "2026-11-22"];
const SHEET: [&str; 6] = [
    "--card-expiry",
    "2029-10-10",
    "--cert-expiry",
    "2027-01-15",
    "--sheet-lang",
    "en",
];

fn print_with(server: &str, tmp: &Path, extra: &[&str]) -> Output {
    Command::new(BIN)
        .args(GLOBAL)
        .arg("print")
        .args(SHEET)
        .args(extra)
        .env("CUPS_SERVER", server)
        .env("TMPDIR", tmp)
        .output()
        .expect("mynaho-guide runs")
}

#[test]
#[ignore = "needs cupsd, root and pdftotext: run with --include-ignored (CI does)"]
fn prints_a_sheet_through_a_private_cupsd() {
    if !tool("cupsd") || !tool("lp") || !tool("lpadmin") {
        return skip("CUPS (cupsd, lp, lpadmin) is not installed");
    }
    if !is_root() {
        return skip("starting a private cupsd needs root");
    }
    if !tool("pdftotext") {
        return skip("pdftotext (poppler-utils) is not installed");
    }
    let dir = TempDir::new("cups");
    let tmp = TempDir::new("kept");
    let mut cupsd = Cupsd::start(&dir.0);
    let out = dir.0.join("out/printed.pdf");
    cupsd.add_file_queue(&out);

    // The queue is listed.
    let listed = Command::new(BIN)
        .args(["--lang", "en", "printers"])
        .env("CUPS_SERVER", &cupsd.server)
        .output()
        .expect("runs");
    assert!(
        listed.status.success(),
        "printers: {}",
        String::from_utf8_lossy(&listed.stderr)
    );
    assert!(String::from_utf8_lossy(&listed.stdout).contains(QUEUE));

    // A sheet goes through the spooler into the file.
    let printed = print_with(&cupsd.server, &tmp.0, &["--printer", QUEUE, "--copies", "1"]);
    let stdout = String::from_utf8_lossy(&printed.stdout).into_owned();
    assert_eq!(
        printed.status.code(),
        Some(0),
        "print: {stdout}{}",
        String::from_utf8_lossy(&printed.stderr)
    );
    assert!(stdout.contains(&format!("{QUEUE}-")), "job id printed: {stdout}");
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let done = cupsd.client("lpstat", &["-W", "completed", "-o", QUEUE]);
        if String::from_utf8_lossy(&done.stdout).contains(&format!("{QUEUE}-")) && out.exists() {
            break;
        }
        assert!(Instant::now() < deadline, "job did not complete: {}", cupsd.log());
        std::thread::sleep(Duration::from_millis(300));
    }
    let text = Command::new("pdftotext")
        .arg(&out)
        .arg("-")
        .output()
        .expect("pdftotext");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("0120-95-0178"), "printed text: {text}");
    assert!(text.contains("マイナ"), "Japanese in the printed file: {text}");
    assert!(text.contains("Myna"), "English in the printed file: {text}");

    // An unknown queue: exit 3, the message names it, the PDF is kept.
    let unknown = print_with(&cupsd.server, &tmp.0, &["--printer", "NoSuchQueue"]);
    let stderr = String::from_utf8_lossy(&unknown.stderr).into_owned();
    assert_eq!(unknown.status.code(), Some(3), "{stderr}");
    assert!(stderr.contains("NoSuchQueue"), "{stderr}");
    let kept = kept_pdfs(&tmp.0);
    assert_eq!(kept.len(), 1, "one PDF kept: {kept:?}");
    assert!(
        stderr.contains(&kept[0].display().to_string()),
        "the message says where: {stderr}"
    );

    let mut messages = vec![first_line(&stderr)];

    // A queue that refuses jobs: exit 3 with the spooler's reason.
    let rejected = cupsd.client("cupsreject", &[QUEUE]);
    assert!(
        rejected.status.success(),
        "cupsreject: {}",
        String::from_utf8_lossy(&rejected.stderr)
    );
    messages.push(failed(&print_with(&cupsd.server, &tmp.0, &["--printer", QUEUE])));

    // No queue at all.
    let removed = cupsd.client("lpadmin", &["-x", QUEUE]);
    assert!(removed.status.success());
    messages.push(failed(&print_with(&cupsd.server, &tmp.0, &[])));

    // No scheduler: the daemon we started is stopped.
    cupsd.stop();
    messages.push(failed(&print_with(&cupsd.server, &tmp.0, &["--printer", QUEUE])));

    eprintln!("print_cups: failure messages: {messages:#?}");
    let mut distinct = messages.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(
        distinct.len(),
        messages.len(),
        "each failure has its own message: {messages:#?}"
    );
    assert_eq!(kept_pdfs(&tmp.0).len(), 4, "the PDF is kept after every failure");
}

fn first_line(text: &str) -> String {
    text.lines().next().unwrap_or_default().to_owned()
}

/// A failed print: exit 3, a message, and the line saying where the PDF was kept.
#[track_caller]
fn failed(output: &Output) -> String {
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(3), "{stderr}");
    assert!(
        stderr.lines().nth(1).is_some_and(|l| l.contains(".pdf")),
        "where the PDF is: {stderr}"
    );
    first_line(&stderr)
}
