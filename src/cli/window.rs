//! Opening the window from the command line, and the message (exit 2) when there is no display
//! to open it on: no `DISPLAY`/`WAYLAND_DISPLAY`, or one nobody answers at. iced creates its event
//! loop with `expect`, so a missing display would otherwise end in a panic (exit 101).

use std::process::ExitCode;

use super::write::{self, FAILED};
use super::{Cli, Context};

/// Seconds a kiosk waits without input when neither `--idle-seconds` nor the site says.
pub const DEFAULT_IDLE_SECONDS: u64 = 120;

/// Opens the window; exit 0 when it closes, 2 when there is no display.
pub fn open(cli: &Cli, context: &Context) -> ExitCode {
    // The probe stays connected while the window runs: an X server with no other client
    // resets when the probe hangs up, and the window's own connection would race that reset.
    let Some(_probe) = display::probe() else {
        return no_display(context, None);
    };
    let options = crate::app::Options {
        // Without --lang the window takes the language the desktop remembered, else the system's.
        lang: cli.lang.as_ref().map(|_| context.loc.lang().to_owned()),
        // Without --today the window reads the clock (a kiosk again at each idle wipe).
        today: cli.today.as_ref().map(|_| context.today),
        kiosk: cli.kiosk,
        idle_seconds: cli
            .idle_seconds
            .or(context.site.as_ref().and_then(|s| s.kiosk_idle_seconds))
            .unwrap_or(DEFAULT_IDLE_SECONDS),
        idle_after_print_seconds: cli.idle_after_print_seconds,
        exit_after_first_frame: cli.exit_after_first_frame,
        // The rules in force: a replacement file and the site's window and closed days.
        rules: (cli.rules.is_some() || context.site.is_some()).then(|| context.rules.clone()),
        site: context.site.clone(),
        prefs_file: (!cli.kiosk).then(crate::prefs::default_path).flatten(),
        file_dialog: !cli.kiosk,
        ..crate::app::Options::default()
    };
    match run_guarded(options) {
        Ok(Ok(())) => ExitCode::SUCCESS,
        Ok(Err(error)) => no_display(context, Some(&error.to_string())),
        Err(detail) => no_display(context, Some(&detail)),
    }
}

/// The panic message iced gives when winit cannot create its event loop (the display refused
/// the connection, e.g. an X server that wants a cookie we do not have).
const EVENT_LOOP_PANIC: &str = "Create event loop";

/// Runs the window; a panic creating the event loop comes back as `Err(detail)` without the
/// panic report, any other panic goes on as it was (a bug must stay visible).
fn run_guarded(options: crate::app::Options) -> Result<iced::Result, String> {
    let is_event_loop = |text: Option<&str>| text.is_some_and(|t| t.starts_with(EVENT_LOOP_PANIC));
    let previous = std::sync::Arc::new(std::panic::take_hook());
    let chained = std::sync::Arc::clone(&previous);
    std::panic::set_hook(Box::new(move |info| {
        if !is_event_loop(info.payload_as_str()) {
            chained(info);
        }
    }));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| crate::app::run(options)));
    // Put the previous hook back for whatever runs after the window.
    let _ = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| previous(info)));
    match result {
        Ok(result) => Ok(result),
        Err(payload) => {
            let text = payload
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| payload.downcast_ref::<&str>().copied());
            if is_event_loop(text) {
                Err(text.unwrap_or_default().to_owned())
            } else {
                std::panic::resume_unwind(payload)
            }
        }
    }
}

/// The message in the user's language (and the technical detail, if any); exit 2.
fn no_display(context: &Context, detail: Option<&str>) -> ExitCode {
    write::stderr_message(&context.loc.text(msg!("no-display")));
    if let Some(detail) = detail {
        write::stderr_line(&format!("  ({detail})"));
    }
    ExitCode::from(FAILED)
}

/// Whether a display answers, asked the way winit chooses one.
pub mod display {
    use std::ffi::OsString;

    /// Where an X11 `DISPLAY` points.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub enum X11Target {
        /// A local server `:n`: socket `/tmp/.X11-unix/X<n>` (or its Linux abstract twin).
        Local(u32),
        /// A socket path (XQuartz's launchd `DISPLAY`).
        Path(String),
        /// A server over TCP: host and port (6000 + n).
        Tcp(String, u16),
    }

    /// Reads a `DISPLAY` value: `:0`, `:1.0`, `unix:0`, `localhost:10.0`, `tcp/host:0`,
    /// `[::1]:0`, `/private/tmp/…:0`; `None` when it is none of these.
    pub fn parse_x11(display: &str) -> Option<X11Target> {
        if display.starts_with('/') {
            return Some(X11Target::Path(display.to_owned()));
        }
        let (host, number) = display.rsplit_once(':')?;
        let number = number.split('.').next()?;
        if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let number: u32 = number.parse().ok()?;
        let (protocol, host) = match host.split_once('/') {
            Some((protocol, host)) => (protocol, host),
            None => ("", host),
        };
        let host = host.trim_start_matches('[').trim_end_matches(']');
        match (protocol, host) {
            ("" | "unix" | "local", "") | ("", "unix") | ("unix" | "local", _) => {
                Some(X11Target::Local(number))
            }
            ("" | "tcp" | "inet" | "inet6", host) if !host.is_empty() => {
                let port = u16::try_from(6000 + u64::from(number)).ok()?;
                Some(X11Target::Tcp(host.to_owned(), port))
            }
            _ => None,
        }
    }

    /// A connection to the display that answered (none where nothing was dialled); keep it
    /// until the window is open.
    #[derive(Debug)]
    pub struct Probe {
        _connection: Option<Box<dyn std::fmt::Debug>>,
    }

    /// Whether the window can open: on Linux and the BSDs a Wayland or X11 server must answer
    /// (Wayland when `WAYLAND_DISPLAY` or `WAYLAND_SOCKET` is set, as winit decides, else X11
    /// through `DISPLAY`); elsewhere the system always has one.
    pub fn probe() -> Option<Probe> {
        probe_with(&|name| std::env::var_os(name).filter(|value| !value.is_empty()))
    }

    /// [`probe`] with the environment given (for tests).
    #[cfg(all(unix, not(target_os = "macos")))]
    pub fn probe_with(env: &dyn Fn(&str) -> Option<OsString>) -> Option<Probe> {
        if let Some(name) = env("WAYLAND_DISPLAY") {
            return unix::wayland(&name, env("XDG_RUNTIME_DIR")).map(|c| Probe { _connection: Some(c) });
        }
        if env("WAYLAND_SOCKET").is_some() {
            // A connection handed over by the compositor: nothing to dial.
            return Some(Probe { _connection: None });
        }
        let display = env("DISPLAY")?.into_string().ok()?;
        unix::x11(&parse_x11(&display)?).map(|c| Probe { _connection: Some(c) })
    }

    /// [`probe`] with the environment given (for tests).
    #[cfg(not(all(unix, not(target_os = "macos"))))]
    pub fn probe_with(_env: &dyn Fn(&str) -> Option<OsString>) -> Option<Probe> {
        Some(Probe { _connection: None })
    }

    #[cfg(all(unix, not(target_os = "macos")))]
    mod unix {
        use std::ffi::OsString;
        use std::net::{TcpStream, ToSocketAddrs};
        use std::os::unix::net::UnixStream;
        use std::path::PathBuf;
        use std::time::Duration;

        use super::X11Target;

        /// How long a TCP display (`ssh -X`'s `localhost:10`) may take to answer.
        const TCP_TIMEOUT: Duration = Duration::from_millis(1500);

        /// A connection, kept open by the caller.
        type Connection = Box<dyn std::fmt::Debug>;

        /// The Wayland socket, if it answers (a name is under `XDG_RUNTIME_DIR`).
        pub fn wayland(name: &OsString, runtime_dir: Option<OsString>) -> Option<Connection> {
            let name = PathBuf::from(name);
            let path = if name.is_absolute() {
                name
            } else {
                PathBuf::from(runtime_dir?).join(name)
            };
            Some(Box::new(UnixStream::connect(path).ok()?))
        }

        /// The X server's socket, if it answers.
        pub fn x11(target: &X11Target) -> Option<Connection> {
            match target {
                X11Target::Local(number) => {
                    let path = format!("/tmp/.X11-unix/X{number}");
                    let stream = abstract_socket(&path).or_else(|| UnixStream::connect(&path).ok())?;
                    Some(Box::new(stream))
                }
                X11Target::Path(path) => Some(Box::new(UnixStream::connect(path).ok()?)),
                X11Target::Tcp(host, port) => {
                    let stream = (host.as_str(), *port)
                        .to_socket_addrs()
                        .ok()?
                        .find_map(|addr| TcpStream::connect_timeout(&addr, TCP_TIMEOUT).ok())?;
                    Some(Box::new(stream))
                }
            }
        }

        /// Xorg and Xvfb also listen on an abstract socket of the same name (reachable when /tmp
        /// is private to the program).
        #[cfg(any(target_os = "linux", target_os = "android"))]
        fn abstract_socket(path: &str) -> Option<UnixStream> {
            #[cfg(target_os = "android")]
            use std::os::android::net::SocketAddrExt;
            #[cfg(target_os = "linux")]
            use std::os::linux::net::SocketAddrExt;
            std::os::unix::net::SocketAddr::from_abstract_name(path.as_bytes())
                .and_then(|addr| UnixStream::connect_addr(&addr))
                .ok()
        }

        #[cfg(not(any(target_os = "linux", target_os = "android")))]
        fn abstract_socket(_path: &str) -> Option<UnixStream> {
            None
        }
    }

    #[cfg(test)]
    mod tests {
        use super::{X11Target, parse_x11};

        #[test]
        fn reads_display_values() {
            assert_eq!(parse_x11(":0"), Some(X11Target::Local(0)));
            assert_eq!(parse_x11(":99.0"), Some(X11Target::Local(99)));
            assert_eq!(parse_x11("unix:1"), Some(X11Target::Local(1)));
            assert_eq!(
                parse_x11("localhost:10.0"),
                Some(X11Target::Tcp("localhost".into(), 6010))
            );
            assert_eq!(parse_x11("tcp/pc:2"), Some(X11Target::Tcp("pc".into(), 6002)));
            assert_eq!(parse_x11("[::1]:0"), Some(X11Target::Tcp("::1".into(), 6000)));
            assert_eq!(
                parse_x11("/private/tmp/launchd/org.xquartz:0"),
                Some(X11Target::Path("/private/tmp/launchd/org.xquartz:0".into()))
            );
            for bad in ["", "0", ":", ":x", "host:", ":99999999999", "host:70000"] {
                assert_eq!(parse_x11(bad), None, "{bad:?}");
            }
        }
    }
}
