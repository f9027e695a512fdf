//! The `sheet` and `print` commands' contract: a PDF written with exit 0, exit 2 on bad input,
//! exit 3 when printing fails with the PDF kept and its place named.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_mynaho-guide");
const DATES: [&str; 4] = ["--card-expiry", "2029-10-10", "--cert-expiry", "2027-01-15"];

struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("mynaho-cli-{tag}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn run(args: &[&str], tmp: &Path) -> Output {
    Command::new(BIN)
        .args(["--lang", "en", "--today", "2026-11-22"])
        .args(args)
        .env("TMPDIR", tmp)
        // A port nothing listens on: no scheduler, whatever this machine has.
        .env("CUPS_SERVER", "127.0.0.1:9")
        .output()
        .expect("mynaho-guide runs")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn sheet_writes_a_pdf() {
    let tmp = TempDir::new("sheet");
    let out = tmp.0.join("sheet.pdf");
    let out_text = out.display().to_string();
    let mut args = vec!["sheet"];
    args.extend(DATES);
    args.extend([
        "--sheet-lang",
        "en",
        "--large-print",
        "--name",
        "山田 花子",
        "--answer",
        "has-card=no",
    ]);
    args.extend(["--out", &out_text]);
    let output = run(&args, &tmp.0);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let pdf = std::fs::read(&out).expect("the PDF is written");
    assert!(pdf.starts_with(b"%PDF-"));
    assert!(
        String::from_utf8_lossy(&output.stdout).contains(&out_text),
        "says where"
    );
}

#[test]
fn bad_input_exits_2_with_a_message() {
    let tmp = TempDir::new("bad");
    let out = tmp.0.join("x.pdf");
    let out_text = out.display().to_string();
    let cases: [(&[&str], &str); 3] = [
        (&["--sheet-lang", "xx-unknown"], "xx-unknown"),
        (&["--answer", "has-card=yes"], "?"),
        (&["--card-expiry", "2029-13-40"], "--card-expiry"),
    ];
    for (extra, mentioned) in cases {
        let mut args = vec!["sheet"];
        args.extend(extra);
        if !extra.contains(&"--card-expiry") {
            args.extend(DATES);
        }
        args.extend(["--out", &out_text]);
        let output = run(&args, &tmp.0);
        assert_eq!(output.status.code(), Some(2), "{extra:?}: {}", stderr(&output));
        assert!(
            stderr(&output).contains(mentioned),
            "{extra:?}: {}",
            stderr(&output)
        );
        assert!(!out.exists(), "{extra:?}: no PDF on bad input");
    }
    let missing_dir = tmp.0.join("no/such/dir/x.pdf");
    let mut args = vec!["sheet"];
    args.extend(DATES);
    let missing = missing_dir.display().to_string();
    args.extend(["--out", &missing]);
    let output = run(&args, &tmp.0);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains(&missing), "{}", stderr(&output));
}

#[test]
fn a_failed_print_exits_3_and_keeps_the_pdf() {
    let tmp = TempDir::new("print");
    let mut args = vec!["print"];
    args.extend(DATES);
    let output = run(&args, &tmp.0);
    let message = stderr(&output);
    assert_eq!(output.status.code(), Some(3), "{message}");
    let kept = crate::cups::kept_pdfs(&tmp.0);
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert!(message.contains(&kept[0].display().to_string()), "{message}");
    assert!(std::fs::read(&kept[0]).is_ok_and(|pdf| pdf.starts_with(b"%PDF-")));
    // A kiosk keeps no copy: the sheet holds the person's dates.
    let kiosk_tmp = TempDir::new("print-kiosk");
    let mut args = vec!["--kiosk", "print"];
    args.extend(DATES);
    let output = run(&args, &kiosk_tmp.0);
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    assert!(crate::cups::kept_pdfs(&kiosk_tmp.0).is_empty());
}
