//! A real print through CUPS: the test starts its own `cupsd` (its own config, spool, logs and
//! port on 127.0.0.1, no browsing, no avahi), adds a queue that writes to a file, prints a sheet
//! with the built `mynaho-guide print`, waits for the job, reads the printed file with
//! `pdftotext`, then checks the failures (unknown printer, no scheduler) give exit 3 with the
//! PDF kept. Needs root and cupsd; skipped otherwise, except with `CI=true`, where it fails.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_mynaho-guide");
const QUEUE: &str = "MynahoSheetTest";

/// Skip with a message, or fail when running in CI.
fn skip(reason: &str) {
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("CI=true and the CUPS print test cannot run: {reason}");
    }
    eprintln!("print_cups: skipped: {reason}");
}

fn tool(name: &str) -> bool {
    ["/usr/sbin", "/usr/bin", "/sbin", "/bin"]
        .iter()
        .any(|dir| Path::new(dir).join(name).exists())
        || Command::new("which")
            .arg(name)
            .output()
            .is_ok_and(|o| o.status.success())
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// A private temporary directory, removed at the end.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let dir = std::env::temp_dir().join(format!("mynaho-{tag}-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A cupsd started by this test, stopped (by its pid) when dropped.
struct Cupsd {
    child: Option<Child>,
    server: String,
    dir: PathBuf,
}

impl Cupsd {
    fn start(dir: &Path) -> Cupsd {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("free port")
            .port();
        for sub in ["root/ppd", "spool/tmp", "log", "state", "cache", "out"] {
            std::fs::create_dir_all(dir.join(sub)).expect("cups dirs");
        }
        let d = dir.display();
        let cupsd_conf = format!(
            "Listen 127.0.0.1:{port}\nBrowsing No\nBrowseLocalProtocols none\nWebInterface No\nLogLevel info\n\
             DefaultAuthType None\n<Location />\n  Order allow,deny\n  Allow all\n</Location>\n\
             <Location /admin>\n  Order allow,deny\n  Allow all\n</Location>\n\
             <Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n"
        );
        let files_conf = format!(
            "FileDevice Yes\nServerRoot {d}/root\nStateDir {d}/state\nCacheDir {d}/cache\nRequestRoot {d}/spool\n\
             TempDir {d}/spool/tmp\nAccessLog {d}/log/access_log\nErrorLog {d}/log/error_log\n\
             PageLog {d}/log/page_log\nSystemGroup root\n"
        );
        std::fs::write(dir.join("cupsd.conf"), cupsd_conf).expect("cupsd.conf");
        std::fs::write(dir.join("cups-files.conf"), files_conf).expect("cups-files.conf");
        // The filters run as the unprivileged `lp` user: let them reach the spool and the output.
        let _ = Command::new("chmod").args(["-R", "a+rwX"]).arg(dir).status();
        let child = Command::new("cupsd")
            .arg("-f")
            .arg("-c")
            .arg(dir.join("cupsd.conf"))
            .arg("-s")
            .arg(dir.join("cups-files.conf"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("cupsd starts");
        let cupsd = Cupsd {
            child: Some(child),
            server: format!("127.0.0.1:{port}"),
            dir: dir.to_owned(),
        };
        let deadline = Instant::now() + Duration::from_secs(15);
        while Instant::now() < deadline {
            if cupsd
                .client("lpstat", &["-r"])
                .stdout
                .starts_with(b"scheduler is running")
            {
                return cupsd;
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        panic!("cupsd did not come up: {}", cupsd.log());
    }

    /// Run a CUPS client against this daemon only.
    fn client(&self, program: &str, args: &[&str]) -> Output {
        Command::new(program)
            .args(args)
            .env("CUPS_SERVER", &self.server)
            .env("LC_ALL", "C")
            .output()
            .expect("cups client runs")
    }

    fn log(&self) -> String {
        std::fs::read_to_string(self.dir.join("log/error_log")).unwrap_or_default()
    }

    /// Add a queue writing to `out` with the Generic PDF Printer driver (keeps the text layer).
    fn add_file_queue(&self, out: &Path) {
        let uri = format!("file://{}", out.display());
        let models = self.client("lpinfo", &["-m"]);
        let listed = String::from_utf8_lossy(&models.stdout)
            .lines()
            .find(|line| line.contains("Generic PDF Printer") || line.contains("Generic-PDF_Printer"))
            .and_then(|line| line.split_whitespace().next())
            .map(str::to_owned);
        let ppd_file = [
            "/usr/share/ppd/cupsfilters/Generic-PDF_Printer-PDF.ppd",
            "/usr/share/cups/model/Generic-PDF_Printer-PDF.ppd",
        ]
        .into_iter()
        .find(|p| Path::new(p).exists());
        // Without cups-driverd (Debian's `cups` package) `lpinfo -m` lists nothing: give the PPD file.
        let driver: Vec<&str> = match (&listed, ppd_file) {
            (Some(model), _) => vec!["-m", model],
            (None, Some(file)) => vec!["-P", file],
            (None, None) => panic!("no Generic PDF Printer PPD (cups-filters) found"),
        };
        let mut args = vec!["-p", QUEUE, "-E", "-v", &uri];
        args.extend(driver);
        let added = self.client("lpadmin", &args);
        assert!(
            added.status.success(),
            "lpadmin: {}",
            String::from_utf8_lossy(&added.stderr)
        );
    }

    fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            // Our own daemon, by its pid.
            let _ = Command::new("kill").arg(child.id().to_string()).status();
            let deadline = Instant::now() + Duration::from_secs(10);
            while Instant::now() < deadline {
                if child.try_wait().ok().flatten().is_some() {
                    return;
                }
                std::thread::sleep(Duration::from_millis(100));
            }
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Drop for Cupsd {
    fn drop(&mut self) {
        self.stop();
    }
}

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

fn kept_pdfs(tmp: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(tmp.join("mynaho-guide"))
        .map(|dir| {
            dir.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "pdf"))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
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
