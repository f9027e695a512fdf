//! The command line: `timeline`, `guide`, `languages` (and the sheet, print and say commands), each
//! printing JSON for tools or text for a person, in `--lang`. Exit 0 on success, 2 on bad
//! input (clap's errors too, in the user's language) or output that could not be written, with
//! the message on stderr; with no command the window opens (exit 2 when there is no display).

mod admin;
mod args;
mod clap_errors;
mod output;
mod say;
mod sheet;
mod window;
mod write;

use std::ffi::OsString;
use std::process::ExitCode;

use clap::parser::ValueSource;
use clap::{ArgMatches, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

pub use args::{CliError, GuideArgs, TimelineArgs};
pub use sheet::SheetArgs;

use crate::i18n::{self, Localizer};
use crate::rules::Rules;

/// mynaho-guide: an offline guide to the マイナ保険証 (My Number card as health insurance card).
#[derive(Debug, Parser)]
#[command(name = "mynaho-guide", version, about)]
pub struct Cli {
    /// Language of messages and output (ja, en, …; see `languages`). Default: the system locale.
    #[arg(long, global = true, value_name = "CODE")]
    pub lang: Option<String>,
    /// A replacement rules file (TOML, same schema as assets/rules/rules.toml).
    #[arg(long, global = true, value_name = "FILE")]
    pub rules: Option<std::path::PathBuf>,
    /// The site profile: the local window, closed days, languages, printer (default:
    /// /etc/mynaho-guide/site.toml when it exists; see `site check`).
    #[arg(long, global = true, value_name = "FILE")]
    pub site: Option<std::path::PathBuf>,
    /// The date taken as today (default: the system date).
    #[arg(long, global = true, value_name = "DATE", allow_hyphen_values = true)]
    pub today: Option<String>,
    /// Kiosk mode: fullscreen, nothing written to disk, idle reset.
    #[arg(long)]
    pub kiosk: bool,
    /// Seconds without input before a kiosk wipes everything and returns home (5–86400;
    /// default: the site profile's, else 120).
    #[arg(
        long,
        value_name = "N",
        requires = "kiosk",
        value_parser = clap::value_parser!(u64).range(clap_errors::idle_seconds_range())
    )]
    pub idle_seconds: Option<u64>,
    /// Seconds without input after a print before a kiosk wipes (5–86400): the person has what
    /// they came for, and the next one should not find their sheet on screen.
    #[arg(
        long,
        value_name = "N",
        default_value_t = 30,
        requires = "kiosk",
        value_parser = clap::value_parser!(u64).range(clap_errors::idle_seconds_range())
    )]
    pub idle_after_print_seconds: u64,
    /// Print `first-frame-ms=N` on stderr after the first frame and exit (smoke tests, benchmarks).
    #[arg(long, hide = true)]
    pub exit_after_first_frame: bool,
    /// What to do; without a command the window opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Output format of a command.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum Format {
    /// Text for a person, in `--lang`.
    #[default]
    Text,
    /// JSON for tools (dates in ISO 8601).
    Json,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Compute the expiry timeline of a card and its certificate.
    Timeline {
        #[command(flatten)]
        timeline: TimelineArgs,
        /// Output format.
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// Walk the quick guide or a counter situation.
    Guide {
        #[command(flatten)]
        guide: GuideArgs,
        /// Output format.
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// Write the explanation sheet (A4 PDF).
    Sheet {
        #[command(flatten)]
        sheet: SheetArgs,
        /// The PDF file to write; `-` writes the PDF to standard output.
        #[arg(long, value_name = "FILE.pdf")]
        out: std::path::PathBuf,
    },
    /// Print the explanation sheet (exit 3 when printing fails; the PDF is kept).
    Print {
        #[command(flatten)]
        sheet: SheetArgs,
        /// The print queue (default: the site profile's, else the system default).
        #[arg(long, value_name = "QUEUE")]
        printer: Option<String>,
        /// Number of copies (default: the site profile's, else 1).
        #[arg(
            long,
            value_name = "N",
            value_parser = clap::value_parser!(u32).range(clap_errors::copies_range())
        )]
        copies: Option<u32>,
    },
    /// List the print queues and the default.
    Printers,
    /// List the languages.
    Languages {
        /// Output format.
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// Read Japanese or やさしい日本語 text aloud (`--lang ja` or `ja-yasashii`, the default
    /// ja), or write the speech to a WAV file (exit 3 when no sound device can play it).
    Say {
        #[command(flatten)]
        say: say::SayArgs,
    },
    /// Check a site profile (site.toml) and print what it says.
    Site {
        /// What to do.
        #[command(subcommand)]
        action: SiteAction,
    },
    /// Check a replacement rules file, or show the embedded rules: version, dates and every
    /// value with its source.
    Rules {
        /// What to do.
        #[command(subcommand)]
        action: RulesAction,
    },
}

/// What `site` does.
#[derive(Debug, Subcommand)]
pub enum SiteAction {
    /// Validate FILE and print what was understood (exit 2 with the line of the first problem).
    Check {
        /// The site profile.
        #[arg(value_name = "FILE")]
        file: std::path::PathBuf,
    },
}

/// What `rules` does.
#[derive(Debug, Subcommand)]
pub enum RulesAction {
    /// Validate FILE and print its version, dates and every value with its source.
    Check {
        /// The rules file.
        #[arg(value_name = "FILE")]
        file: std::path::PathBuf,
    },
    /// Print the embedded rules: version, dates and every value with its source.
    Show,
}

/// What a command needs besides its own arguments.
pub struct Context {
    /// Messages in the user's language.
    pub loc: Localizer,
    /// The rules in force.
    pub rules: Rules,
    /// The date taken as today.
    pub today: chrono::NaiveDate,
    /// Kiosk mode: nothing personal is written to disk (no kept copy, no saved file).
    pub kiosk: bool,
    /// The site profile in force, if any.
    pub site: Option<crate::site::Site>,
}

impl Context {
    /// Builds the context from the global options.
    pub fn from_cli(cli: &Cli) -> Result<Context, CliError> {
        let loc = Localizer::new(&i18n::resolve(cli.lang.as_deref()));
        if let Some(requested) = cli.lang.as_deref()
            && i18n::match_language(requested).is_none()
        {
            let accepted = i18n::available().join(", ");
            return Err(CliError(loc.text_str(
                msg!("lang-error"),
                &[("value", requested), ("accepted", &accepted)],
            )));
        }
        let site = admin::load_site(cli.site.as_deref(), &loc)?;
        let rules_file = cli
            .rules
            .as_deref()
            .or(site.as_ref().and_then(|s| s.rules_file.as_deref()));
        let mut rules = args::load_rules(rules_file, &loc)?;
        if let Some(site) = &site {
            rules = rules.at_site(site);
        }
        let today = args::today(cli.today.as_deref(), &loc)?;
        Ok(Context {
            loc,
            rules,
            today,
            kiosk: cli.kiosk,
            site,
        })
    }
}

impl Cli {
    /// The names of the commands, as typed.
    pub fn command_names() -> Vec<String> {
        Cli::command()
            .get_subcommands()
            .map(|command| command.get_name().to_owned())
            .collect()
    }

    /// The first option for the window only given with a command (it would do nothing there).
    fn window_option_with_command(&self, matches: &ArgMatches) -> Option<&'static str> {
        self.command.as_ref()?;
        let given = |id: &str| matches.value_source(id) == Some(ValueSource::CommandLine);
        // `--kiosk` is respected by every command (nothing personal written to disk).
        [
            ("idle_seconds", "--idle-seconds"),
            ("idle_after_print_seconds", "--idle-after-print-seconds"),
            ("exit_after_first_frame", "--exit-after-first-frame"),
        ]
        .into_iter()
        .find(|(id, _)| given(id))
        .map(|(_, name)| name)
    }
}

/// Runs the program: parses the command line, runs the command, returns the exit code.
pub fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    let parsed = Cli::command()
        .try_get_matches_from(&args)
        .and_then(|matches| Cli::from_arg_matches(&matches).map(|cli| (cli, matches)));
    let (cli, matches) = match parsed {
        Ok(parsed) => parsed,
        Err(error) => return clap_errors::report(&error, &args),
    };
    // Checking a file must not need the files in force to be sound.
    if let Some(code) = admin::run(&cli) {
        return code;
    }
    let context = match Context::from_cli(&cli) {
        Ok(context) => context,
        Err(error) => return error.report(),
    };
    if let Some(option) = cli.window_option_with_command(&matches) {
        let command = matches.subcommand_name().unwrap_or_default();
        let text = context.loc.text_str(
            msg!("cli-error-window-only"),
            &[("arg", option), ("command", command)],
        );
        return CliError(text).report();
    }
    let result = match &cli.command {
        None => return window::open(&cli, &context),
        Some(Command::Timeline { timeline, format }) => output::timeline(&context, timeline, *format),
        Some(Command::Guide { guide, format }) => output::guide(&context, guide, *format),
        Some(Command::Languages { format }) => output::languages(*format),
        Some(Command::Sheet { sheet, out }) => return sheet::sheet(&context, sheet, out),
        Some(Command::Print {
            sheet,
            printer,
            copies,
        }) => {
            let site = context.site.as_ref();
            let printer = printer.clone().or_else(|| site.and_then(|s| s.printer.clone()));
            let copies = copies.or(site.and_then(|s| s.copies)).unwrap_or(1);
            return sheet::print(&context, sheet, printer.as_deref(), copies);
        }
        Some(Command::Printers) => return sheet::printers(&context),
        Some(Command::Say { say }) => {
            // Without --lang, `say` speaks Japanese whatever the system locale.
            let lang = if cli.lang.is_some() {
                context.loc.lang()
            } else {
                "ja"
            };
            return say::say(say, lang, &context.loc);
        }
        Some(Command::Site { .. } | Command::Rules { .. }) => {
            return admin::run(&cli).unwrap_or(ExitCode::SUCCESS);
        }
    };
    match result {
        // A closed pipe (`| head`) or a full disk is not a crash: exit 2 with the reason.
        Ok(text) => write::output_status(write::stdout_line(&text), &context.loc),
        Err(error) => error.report(),
    }
}
