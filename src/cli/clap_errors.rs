//! clap's own errors (an unknown option or command, a value not accepted, an option missing,
//! repeated or in conflict, text that is not UTF-8) as messages in the user's language, naming
//! the option and showing a correct value. `--help` and `--version` stay clap's (exit 0). The
//! language comes from `--lang` found in the raw arguments, else the system locale.

use std::ffi::{OsStr, OsString};
use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, Error, ErrorKind};

use super::write::{self, FAILED};
use crate::i18n::{self, Localizer};

/// The range and an example of each numeric option, for clap's parser and the messages.
pub const NUMBERS: [(&str, u32, u32, &str); 3] = [
    ("--copies", crate::site::COPIES.0, crate::site::COPIES.1, "2"),
    (
        "--idle-seconds",
        crate::site::IDLE_SECONDS.0,
        crate::site::IDLE_SECONDS.1,
        "120",
    ),
    (
        "--idle-after-print-seconds",
        crate::site::IDLE_SECONDS.0,
        crate::site::IDLE_SECONDS.1,
        "30",
    ),
];

/// The range of `--copies`.
pub fn copies_range() -> std::ops::RangeInclusive<i64> {
    i64::from(NUMBERS[0].1)..=i64::from(NUMBERS[0].2)
}

/// The range of `--idle-seconds` (a kiosk needs at least 5 seconds to stay usable).
pub fn idle_seconds_range() -> std::ops::RangeInclusive<u64> {
    u64::from(NUMBERS[1].1)..=u64::from(NUMBERS[1].2)
}

/// The `--lang` value in the raw arguments (`--lang X` or `--lang=X`), when readable; the scan
/// stops at `--`.
pub fn lang_in_args(args: &[OsString]) -> Option<String> {
    let mut iter = args.iter().skip(1);
    while let Some(arg) = iter.next() {
        let Some(text) = arg.to_str() else { continue };
        if text == "--" {
            break;
        }
        if text == "--lang" {
            return iter.next().and_then(|value| value.to_str()).map(str::to_owned);
        }
        if let Some(value) = text.strip_prefix("--lang=") {
            return Some(value.to_owned());
        }
    }
    None
}

/// Prints clap's help or version (exit 0; 2 when stdout cannot take it), or the error in the
/// user's language (exit 2).
pub fn report(error: &Error, args: &[OsString]) -> ExitCode {
    let loc = Localizer::new(&i18n::resolve(lang_in_args(args).as_deref()));
    if !error.use_stderr() {
        let printed = error
            .print()
            .and_then(|()| std::io::Write::flush(&mut std::io::stdout()));
        return write::output_status(printed, &loc);
    }
    write::stderr_message(&message(error, args, &loc));
    ExitCode::from(FAILED)
}

/// The error as a message in `loc`'s language, with a last line pointing at `--help`.
pub fn message(error: &Error, args: &[OsString], loc: &Localizer) -> String {
    let string = |kind| match error.get(kind) {
        Some(ContextValue::String(text)) => Some(text.clone()),
        Some(ContextValue::Strings(list)) => Some(list.join(" / ")),
        _ => None,
    };
    let list = |kind| match error.get(kind) {
        Some(ContextValue::String(text)) => vec![text.clone()],
        Some(ContextValue::Strings(list)) => list.clone(),
        _ => Vec::new(),
    };
    let arg_full = string(ContextKind::InvalidArg).unwrap_or_default();
    let arg = option_name(&arg_full);
    let value = string(ContextKind::InvalidValue).unwrap_or_default();
    let mut lines = Vec::new();
    match error.kind() {
        ErrorKind::UnknownArgument => {
            lines.push(loc.text_str(msg!("cli-error-unknown-argument"), &[("arg", &arg_full)]));
        }
        ErrorKind::InvalidSubcommand => {
            let value = string(ContextKind::InvalidSubcommand).unwrap_or_default();
            let accepted = super::Cli::command_names().join(", ");
            lines.push(loc.text_str(
                msg!("cli-error-unknown-command"),
                &[("value", &value), ("accepted", &accepted)],
            ));
        }
        ErrorKind::InvalidValue | ErrorKind::NoEquals if value.is_empty() => {
            let example = example(&arg_full);
            lines.push(loc.text_str(
                msg!("cli-error-value-needed"),
                &[("arg", arg), ("example", &example)],
            ));
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let accepted = list(ContextKind::ValidValue).join(", ");
            if let Some((_, min, max, example)) = NUMBERS.iter().find(|(name, ..)| *name == arg) {
                let (min, max) = (min.to_string(), max.to_string());
                let example = format!("{arg} {example}");
                lines.push(loc.text_str(
                    msg!("cli-error-number"),
                    &[
                        ("arg", arg),
                        ("value", &value),
                        ("min", &min),
                        ("max", &max),
                        ("example", &example),
                    ],
                ));
            } else if accepted.is_empty() {
                let example = example(&arg_full);
                lines.push(loc.text_str(
                    msg!("cli-error-invalid-value"),
                    &[("arg", arg), ("value", &value), ("accepted", &example)],
                ));
            } else {
                lines.push(loc.text_str(
                    msg!("cli-error-invalid-value"),
                    &[("arg", arg), ("value", &value), ("accepted", &accepted)],
                ));
            }
        }
        ErrorKind::MissingRequiredArgument => {
            for missing in list(ContextKind::InvalidArg) {
                let example = example(&missing);
                let needed = option_name(&missing);
                match requirer_in_args(needed, args) {
                    Some(arg) => lines.push(loc.text_str(
                        msg!("cli-error-requires"),
                        &[("arg", arg), ("needed", needed), ("example", &example)],
                    )),
                    None => lines.push(loc.text_str(
                        msg!("cli-error-missing"),
                        &[("arg", needed), ("example", &example)],
                    )),
                }
            }
        }
        ErrorKind::ArgumentConflict => {
            let others = list(ContextKind::PriorArg);
            let others: Vec<&str> = others.iter().map(|other| option_name(other)).collect();
            if others.is_empty() || others.iter().all(|other| *other == arg) {
                lines.push(loc.text_str(msg!("cli-error-repeated"), &[("arg", arg)]));
            } else {
                let other = others.join(" / ");
                lines.push(loc.text_str(msg!("cli-error-conflict"), &[("arg", arg), ("other", &other)]));
            }
        }
        ErrorKind::InvalidUtf8 => {
            let arg = unreadable_option(args);
            lines.push(loc.text_str(msg!("cli-error-not-utf8"), &[("arg", &arg)]));
        }
        ErrorKind::TooManyValues => {
            lines.push(loc.text_str(msg!("cli-error-unknown-argument"), &[("arg", &value)]));
        }
        _ => {
            // clap's own first line (in English), without its "error: ".
            let rendered = error.render().to_string();
            let first = rendered.lines().next().unwrap_or_default();
            let detail = first.trim_start_matches("error:").trim();
            lines.push(loc.text_str(msg!("cli-error-other"), &[("detail", detail)]));
        }
    }
    if let Some(suggestion) =
        string(ContextKind::SuggestedArg).or_else(|| string(ContextKind::SuggestedSubcommand))
    {
        lines.push(loc.text_str(msg!("cli-error-did-you-mean"), &[("suggestion", &suggestion)]));
    }
    let command = match subcommand_in_args(args) {
        Some(name) => format!("mynaho-guide {name} --help"),
        None => "mynaho-guide --help".to_owned(),
    };
    lines.push(loc.text_str(msg!("cli-error-help"), &[("command", &command)]));
    lines.join("\n")
}

/// Which option needs which (clap's `requires` in `mod.rs` and `args.rs`), to name both.
const REQUIRES: [(&str, &str); 5] = [
    ("--applied", "--card-issued"),
    ("--cert-renewal", "--cert-issued"),
    ("--cert-renewed-early", "--cert-issued"),
    ("--idle-seconds", "--kiosk"),
    ("--idle-after-print-seconds", "--kiosk"),
];

/// The option given in the raw arguments that needs `needed`.
fn requirer_in_args(needed: &str, args: &[OsString]) -> Option<&'static str> {
    let given = |name: &str| {
        args.iter()
            .filter_map(|arg| arg.to_str())
            .any(|arg| arg == name || arg.strip_prefix(name).is_some_and(|rest| rest.starts_with('=')))
    };
    REQUIRES
        .iter()
        .find(|(arg, wanted)| *wanted == needed && given(arg))
        .map(|(arg, _)| *arg)
}

/// `--card-issued <DATE>` → `--card-issued`.
fn option_name(display: &str) -> &str {
    display.split([' ', '=']).next().unwrap_or(display)
}

/// `--card-issued <DATE>` → `--card-issued 2026-03-15`: the option with a correct value.
pub fn example(display: &str) -> String {
    let name = option_name(display);
    let value = match name {
        "--copies" => "2",
        "--idle-seconds" => "120",
        "--idle-after-print-seconds" => "30",
        "--format" => "json",
        "--lang" | "--sheet-lang" => "en",
        "--rules" => "rules.toml",
        "--out" => "sheet.pdf",
        "--answer" => "has-card=yes",
        "--situation" => "lost-card",
        "--cert-renewal" => "yes",
        "--printer" => "Office",
        "--name" => "\"山田 花子\"",
        _ if display.contains("<DATE>") => "2026-03-15",
        _ => return name.to_owned(),
    };
    format!("{name} {value}")
}

/// The command named in the raw arguments (the first that is one), for the `--help` hint.
fn subcommand_in_args(args: &[OsString]) -> Option<String> {
    let names = super::Cli::command_names();
    args.iter()
        .skip(1)
        .filter_map(|arg| arg.to_str())
        .take_while(|arg| *arg != "--")
        .find(|arg| names.iter().any(|name| name == arg))
        .map(str::to_owned)
}

/// The option whose value is not UTF-8: `--born=<bytes>`, or the option before `<bytes>`; else
/// the unreadable argument itself, as far as it can be shown.
fn unreadable_option(args: &[OsString]) -> String {
    let position = args
        .iter()
        .skip(1)
        .position(|arg| arg.to_str().is_none())
        .map(|i| i + 1);
    let Some(position) = position else {
        return "?".to_owned();
    };
    let bytes = args[position].as_encoded_bytes();
    if bytes.starts_with(b"-")
        && let Some(equals) = bytes.iter().position(|b| *b == b'=')
        && let Ok(name) = std::str::from_utf8(&bytes[..equals])
    {
        return name.to_owned();
    }
    let previous = args
        .get(position - 1)
        .map(OsString::as_os_str)
        .and_then(OsStr::to_str);
    match previous {
        Some(option) if position > 1 && option.starts_with('-') => option.to_owned(),
        _ => args[position].to_string_lossy().into_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn os(args: &[&str]) -> Vec<OsString> {
        args.iter().map(OsString::from).collect()
    }

    #[test]
    fn finds_the_language_in_the_raw_arguments() {
        assert_eq!(
            lang_in_args(&os(&["m", "timeline", "--lang", "en"])).as_deref(),
            Some("en")
        );
        assert_eq!(
            lang_in_args(&os(&["m", "--lang=vi", "guide"])).as_deref(),
            Some("vi")
        );
        assert_eq!(lang_in_args(&os(&["m", "--", "--lang", "en"])), None);
        assert_eq!(lang_in_args(&os(&["m", "--lang"])), None);
    }

    #[test]
    fn examples_give_a_correct_value() {
        assert_eq!(example("--card-issued <DATE>"), "--card-issued 2026-03-15");
        assert_eq!(example("--today <DATE>"), "--today 2026-03-15");
        assert_eq!(example("--kiosk"), "--kiosk");
        assert_eq!(example("--copies <N>"), "--copies 2");
    }
}
