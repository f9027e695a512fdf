//! The commands for whoever installs the program: `site check FILE` (what a site profile says,
//! or the line of its first problem) and `rules check FILE` / `rules show` (a rules file's
//! version, review dates and every value with its source). Exit 0 when sound, 2 otherwise.

use std::path::Path;
use std::process::ExitCode;

use toml::{Table, Value};

use super::write;
use super::{Cli, CliError, Command, RulesAction, SiteAction};
use crate::i18n::{self, Localizer};
use crate::site::{Names, Site};

/// The site profile in force (`--site FILE`, else the default path when it exists), or the
/// message naming the file and its first problem.
pub fn load_site(given: Option<&Path>, loc: &Localizer) -> Result<Option<Site>, CliError> {
    match Site::find(given) {
        Ok(found) => Ok(found.map(|(_, site)| site)),
        Err(error) => {
            let file = given.map_or(crate::site::DEFAULT_PATH.into(), |p| p.display().to_string());
            Err(site_error(loc, &file, &error.to_string()))
        }
    }
}

fn site_error(loc: &Localizer, file: &str, detail: &str) -> CliError {
    CliError(loc.text_str(msg!("site-error"), &[("file", file), ("detail", detail)]))
}

/// Runs `site …` and `rules …`; `None` for every other command.
pub fn run(cli: &Cli) -> Option<ExitCode> {
    let loc = Localizer::new(&i18n::resolve(cli.lang.as_deref()));
    let result = match cli.command.as_ref()? {
        Command::Site {
            action: SiteAction::Check { file },
        } => site_check(&loc, file),
        Command::Rules {
            action: RulesAction::Check { file },
        } => rules_check(&loc, Some(file)),
        Command::Rules {
            action: RulesAction::Show,
        } => rules_check(&loc, None),
        _ => return None,
    };
    Some(match result {
        Ok(text) => write::output_status(write::stdout_line(&text), &loc),
        Err(error) => error.report(),
    })
}

fn site_check(loc: &Localizer, file: &Path) -> Result<String, CliError> {
    let shown = file.display().to_string();
    let site = Site::load_file(file).map_err(|e| site_error(loc, &shown, &e.to_string()))?;
    let not_set = loc.text(msg!("site-check-not-set"));
    let names = |names: Option<&Names>| match names {
        None => not_set.clone(),
        Some(names) => std::iter::once(format!("ja: {}", names.ja))
            .chain(names.other.iter().map(|(lang, text)| format!("{lang}: {text}")))
            .collect::<Vec<_>>()
            .join(" / "),
    };
    let list = |items: &[String]| {
        if items.is_empty() {
            not_set.clone()
        } else {
            items.join(", ")
        }
    };
    let window = site.window.as_ref();
    let closed: Vec<String> = site
        .closed
        .iter()
        .map(|(first, last)| {
            if first == last {
                first.to_string()
            } else {
                format!("{first}〜{last}")
            }
        })
        .collect();
    let rows = [
        (
            msg!("site-check-municipality"),
            names(window.map(|w| &w.municipality)),
        ),
        (msg!("site-check-window"), names(window.map(|w| &w.name))),
        (
            msg!("site-check-telephone"),
            window
                .and_then(|w| w.telephone.clone())
                .unwrap_or(not_set.clone()),
        ),
        (
            msg!("site-check-hours"),
            names(window.and_then(|w| w.hours.as_ref())),
        ),
        (
            msg!("site-check-address"),
            names(window.and_then(|w| w.address.as_ref())),
        ),
        (msg!("site-check-closed"), list(&closed)),
        (msg!("site-check-home-languages"), list(&site.home_languages)),
        (msg!("site-check-sheet-languages"), list(&site.sheet_languages)),
        (
            msg!("site-check-printer"),
            site.printer.clone().unwrap_or(not_set.clone()),
        ),
        (
            msg!("site-check-copies"),
            site.copies.map_or(not_set.clone(), |c| c.to_string()),
        ),
        (
            msg!("site-check-kiosk-idle"),
            site.kiosk_idle_seconds.map_or(not_set.clone(), |s| s.to_string()),
        ),
        (
            msg!("site-check-rules-file"),
            site.rules_file
                .as_ref()
                .map_or(not_set.clone(), |p| p.display().to_string()),
        ),
    ];
    let mut out = vec![loc.text_str(msg!("site-check-read"), &[("file", &shown)])];
    out.extend(
        rows.into_iter()
            .map(|(label, value)| format!("  {}: {value}", loc.text(label))),
    );
    Ok(out.join("\n"))
}

fn rules_check(loc: &Localizer, file: Option<&Path>) -> Result<String, CliError> {
    let rules = super::args::load_rules(file, loc)?;
    // Validated: the same text read as a table lists every value with its source.
    let text = match file {
        Some(path) => std::fs::read_to_string(path).map_err(|e| CliError(e.to_string()))?,
        None => crate::assets::asset_text("rules/rules.toml").unwrap_or_default(),
    };
    let table: Table = toml::from_str(&text).map_err(|e| CliError(e.to_string()))?;
    let shown = file.map_or("(embedded)".to_owned(), |p| p.display().to_string());
    let mut out = vec![
        loc.text_str(msg!("rules-check-ok"), &[("file", &shown)]),
        format!("  {}: {}", loc.text(msg!("rules-check-version")), rules.version),
        format!(
            "  {}: {}",
            loc.text(msg!("rules-check-reviewed-on")),
            rules.reviewed_on
        ),
        format!(
            "  {}: {}",
            loc.text(msg!("rules-check-review-by")),
            rules.review_by
        ),
        format!("{}:", loc.text(msg!("rules-check-values"))),
    ];
    let source = |entry: &Table| {
        let from = entry.get("effective_from").map(plain).unwrap_or_default();
        let source = entry.get("source").map(plain).unwrap_or_default();
        loc.text_str(
            msg!("rules-check-source"),
            &[("source", &source), ("from", &from)],
        )
    };
    for (name, value) in &table {
        match value {
            Value::Table(section) => {
                for (key, rule) in section {
                    if let Value::Table(rule) = rule {
                        let value = rule.get("value").map(plain).unwrap_or_default();
                        out.push(format!("  {name}.{key} = {value}"));
                        out.push(format!("      {}", source(rule)));
                    }
                }
            }
            Value::Array(entries) => {
                for (i, entry) in entries.iter().enumerate() {
                    let Value::Table(entry) = entry else { continue };
                    let fields: Vec<String> = entry
                        .iter()
                        .filter(|(k, _)| !["source", "effective_from"].contains(&k.as_str()))
                        .map(|(k, v)| format!("{k} = {}", plain(v)))
                        .collect();
                    out.push(format!("  {name}[{i}]: {}", fields.join("; ")));
                    out.push(format!("      {}", source(entry)));
                }
            }
            _ => {}
        }
    }
    Ok(out.join("\n"))
}

/// A TOML value as text, strings without their quotes.
fn plain(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        Value::Array(items) => items.iter().map(plain).collect::<Vec<_>>().join(", "),
        other => other.to_string(),
    }
}
