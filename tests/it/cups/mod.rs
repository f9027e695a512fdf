//! A private CUPS daemon for the print tests: its own config, spool, logs and port on
//! 127.0.0.1, no browsing, no avahi; a queue that writes to a file; stopped by its pid.
#![allow(dead_code)]

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

/// The test queue's name.
pub const QUEUE: &str = "MynahoSheetTest";

/// These tests are `#[ignore]`d and run on purpose: without what they need, they fail.
pub fn skip(reason: &str) {
    panic!("this test cannot run here: {reason}");
}

pub fn tool(name: &str) -> bool {
    ["/usr/sbin", "/usr/bin", "/sbin", "/bin"]
        .iter()
        .any(|dir| Path::new(dir).join(name).exists())
        || Command::new("which")
            .arg(name)
            .output()
            .is_ok_and(|o| o.status.success())
}

pub fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// A private temporary directory, removed at the end.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> TempDir {
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
pub struct Cupsd {
    child: Option<Child>,
    /// host:port, for CUPS_SERVER.
    pub server: String,
    dir: PathBuf,
}

impl Cupsd {
    pub fn start(dir: &Path) -> Cupsd {
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
    pub fn client(&self, program: &str, args: &[&str]) -> Output {
        Command::new(program)
            .args(args)
            .env("CUPS_SERVER", &self.server)
            .env("LC_ALL", "C")
            .output()
            .expect("cups client runs")
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.join("log/error_log")).unwrap_or_default()
    }

    /// Add a queue writing to `out` with the Generic PDF Printer driver (keeps the text layer).
    pub fn add_file_queue(&self, out: &Path) {
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

    pub fn stop(&mut self) {
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

impl Cupsd {
    /// The daemon's process id (to stop and continue it).
    pub fn pid(&self) -> Option<u32> {
        self.child.as_ref().map(Child::id)
    }
}

/// Why the CUPS tests cannot run here, if they cannot.
pub fn unavailable() -> Option<&'static str> {
    if !tool("cupsd") || !tool("lp") || !tool("lpadmin") {
        return Some("CUPS (cupsd, lp, lpadmin) is not installed");
    }
    if !is_root() {
        return Some("starting a private cupsd needs root");
    }
    None
}

/// The copies kept after failed prints: `TMPDIR/mynaho-guide-*/sheet-*.pdf` (private folders).
pub fn kept_pdfs(tmp: &Path) -> Vec<PathBuf> {
    let entries = |dir: &Path| -> Vec<PathBuf> {
        std::fs::read_dir(dir)
            .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default()
    };
    entries(tmp)
        .into_iter()
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("mynaho-guide-"))
        })
        .flat_map(|dir| entries(&dir))
        .filter(|p| p.extension().is_some_and(|x| x == "pdf"))
        .collect()
}
