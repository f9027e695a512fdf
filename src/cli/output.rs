//! What the commands print: JSON for tools (the contract of issue 2) and text for a person.

use serde_json::{Value, json};

use super::args::{CliError, GuideArgs, TimelineArgs};
use super::{Context, Format};
use crate::advice;
use crate::date::{format_for_lang, format_iso};
use crate::guide::Walk;
use crate::i18n::{self, Localizer};
use crate::rules::{Rules, Timeline};

/// `timeline`: the expiry timeline on `--today`.
pub fn timeline(context: &Context, args: &TimelineArgs, format: Format) -> Result<String, CliError> {
    let loc = &context.loc;
    let timeline = args.timeline(&context.rules, context.today, loc)?;
    Ok(match format {
        Format::Json => pretty(&timeline_json(&timeline, &context.rules, loc)),
        Format::Text => timeline_text(&timeline, &context.rules, loc),
    })
}

fn pretty(value: &Value) -> String {
    serde_json::to_string_pretty(value).unwrap_or_else(|_| value.to_string())
}

/// The timeline as the JSON of the CLI contract, plus the facts that apply today.
pub fn timeline_json(timeline: &Timeline, rules: &Rules, loc: &Localizer) -> Value {
    let facts: Vec<Value> = rules
        .facts_on(timeline.today)
        .into_iter()
        .map(|fact| {
            json!({
                "id": fact.id,
                "text": loc.text(&fact.message),
                "from": fact.from,
                "to": fact.to,
                "reported_by_one_insurer": fact.reported_by_one_insurer,
                "source": fact.source,
            })
        })
        .collect();
    json!({
        "today": format_iso(timeline.today),
        "card": timeline.card,
        "certificate": timeline.certificate,
        "mynaho": timeline.mynaho,
        "warnings": timeline.warnings.iter().map(|w| w.code()).collect::<Vec<_>>(),
        "act_by": format_iso(timeline.act_by()),
        "disputes": timeline.disputes,
        "facts": facts,
        "rules_version": rules.version,
    })
}

fn timeline_text(timeline: &Timeline, rules: &Rules, loc: &Localizer) -> String {
    let lang = loc.lang();
    let date = |d| format_for_lang(d, lang);
    let line = |label: crate::i18n::MessageId, value: String| format!("  {}: {value}", loc.text(label));
    let mut lines = vec![
        format!("{}: {}", loc.text(msg!("timeline-today")), date(timeline.today)),
        format!(
            "{}: {}",
            loc.text(msg!("timeline-status")),
            loc.text(&format!("status-{}", timeline.mynaho.status.code()))
        ),
    ];
    lines.extend(
        advice::status_lines(timeline)
            .iter()
            .map(|said| format!("  {}", said.render(loc))),
    );
    lines.push(format!(
        "{}: {}",
        loc.text(msg!("timeline-act-by")),
        date(timeline.act_by())
    ));
    lines.push(String::new());
    let card = &timeline.card;
    lines.push(loc.text(msg!("timeline-card")));
    lines.push(line(
        msg!("timeline-expiry"),
        advice::expiry_text(card.expiry, card.expiry_latest, loc),
    ));
    lines.push(line(
        msg!("timeline-basis"),
        loc.text(&format!("basis-{}", card.basis.code())),
    ));
    if card.limited_by_residence {
        lines.push(format!("  {}", loc.text(msg!("timeline-limited-by-residence"))));
    }
    lines.push(line(msg!("timeline-renewal-opens"), date(card.renewal_opens)));
    lines.push(line(msg!("timeline-apply-by"), date(card.apply_by)));
    lines.push(line(msg!("timeline-grace-last-day"), date(card.grace_last_day)));
    let cert = &timeline.certificate;
    lines.push(loc.text(msg!("timeline-certificate")));
    lines.push(line(
        msg!("timeline-expiry"),
        advice::expiry_text(cert.expiry, cert.expiry_latest, loc),
    ));
    lines.push(line(
        msg!("timeline-basis"),
        loc.text(&format!("basis-{}", cert.basis.code())),
    ));
    lines.push(line(msg!("timeline-renewal-opens"), date(cert.renewal_opens)));
    lines.push(line(msg!("timeline-renew-by"), date(cert.renew_by)));
    lines.push(line(msg!("timeline-grace-last-day"), date(cert.grace_last_day)));
    // The last safe day to register matters only while it is ahead.
    if cert.registration_cutoff >= timeline.today {
        lines.push(line(
            msg!("timeline-registration-cutoff"),
            date(cert.registration_cutoff),
        ));
    }
    lines.push(format!(
        "{}: {}",
        loc.text(msg!("timeline-full-function-until")),
        date(timeline.mynaho.full_function_until)
    ));
    lines.push(format!(
        "{}: {}",
        loc.text(msg!("timeline-usable-until")),
        date(timeline.mynaho.usable_until)
    ));
    for said in advice::warning_lines(timeline) {
        lines.push(format!("! {}", said.render(loc)));
    }
    for said in advice::dispute_lines(timeline) {
        lines.push(format!("* {}", said.render(loc)));
    }
    let facts = rules.facts_on(timeline.today);
    if !facts.is_empty() {
        lines.push(String::new());
        lines.push(loc.text(msg!("timeline-facts")));
        for fact in facts {
            let mut line = format!("- {}", loc.text(&fact.message));
            if fact.reported_by_one_insurer {
                line.push_str(&format!(" ({})", loc.text(msg!("fact-reported-by-one"))));
            }
            lines.push(line);
        }
    }
    lines.push(String::new());
    lines.push(loc.text(msg!("printed-dates-prevail")));
    lines.join("\n")
}

/// `guide`: the next question, or the outcome reached.
pub fn guide(context: &Context, args: &GuideArgs, format: Format) -> Result<String, CliError> {
    let loc = &context.loc;
    let walk = args.walk(loc)?;
    Ok(match format {
        Format::Json => pretty(&guide_json(&walk, &context.rules, loc)),
        Format::Text => guide_text(&walk, &context.rules, loc),
    })
}

/// The walk as the JSON of the CLI contract.
pub fn guide_json(walk: &Walk, rules: &Rules, loc: &Localizer) -> Value {
    let texts = |ids: &[String]| ids.iter().map(|id| loc.text(id)).collect::<Vec<_>>();
    match walk {
        Walk::Question(question) => json!({
            "question": question.id,
            "text": loc.text(&question.text),
            "help": question.help.as_ref().map(|id| loc.text(id)),
            "choices": question.choices.iter().map(|c| c.value.as_str()).collect::<Vec<_>>(),
            "labels": question.choices.iter().map(|c| loc.text(&c.label)).collect::<Vec<_>>(),
            "path": question.path,
        }),
        Walk::Outcome(view) => {
            let outcome = &view.outcome;
            let call: Vec<Value> = outcome
                .call
                .iter()
                .filter_map(|id| rules.hotlines().iter().find(|line| &line.id == id))
                .map(|line| {
                    json!({
                        "id": line.id,
                        "number": line.number,
                        "name": loc.text(&line.name),
                        "hours": loc.text(&line.hours),
                        "languages": line.languages,
                    })
                })
                .collect();
            json!({
                "outcome": outcome.id,
                "path": view.path,
                "title": loc.text(&outcome.title),
                "steps": texts(&outcome.step_ids()),
                "step_sources": outcome.steps.iter().map(|step| step.source.as_str()).collect::<Vec<_>>(),
                "bring": texts(&outcome.bring),
                "where": texts(&outcome.where_to_go),
                "call": call,
                // The site's own window (`--site`), or null.
                "ask_here": rules.local_window.as_ref().map(|w| {
                    let lang = loc.lang();
                    json!({
                        "name": w.title(lang),
                        "telephone": w.telephone,
                        "hours": w.hours.as_ref().map(|h| h.get(lang)),
                        "address": w.address.as_ref().map(|a| a.get(lang)),
                    })
                }),
            })
        }
    }
}

fn guide_text(walk: &Walk, rules: &Rules, loc: &Localizer) -> String {
    let mut lines = Vec::new();
    match walk {
        Walk::Question(question) => {
            lines.push(format!(
                "{}: {}",
                loc.text(msg!("cli-question")),
                loc.text(&question.text)
            ));
            if let Some(help) = &question.help {
                lines.push(format!("  {}", loc.text(help)));
            }
            lines.push(format!("{}:", loc.text(msg!("cli-choices"))));
            for choice in &question.choices {
                lines.push(format!(
                    "  --answer {}={}  {}",
                    question.id,
                    choice.value,
                    loc.text(&choice.label)
                ));
            }
        }
        Walk::Outcome(view) => {
            let outcome = &view.outcome;
            lines.push(format!(
                "{}: {}",
                loc.text(msg!("cli-outcome")),
                loc.text(&outcome.title)
            ));
            // The site's own window first: 「市区町村の窓口」 made concrete.
            if let Some(window) = &rules.local_window {
                let lang = loc.lang();
                lines.push(loc.text_str(msg!("site-ask-here"), &[("window", &window.title(lang))]));
                if let Some(number) = &window.telephone {
                    lines.push(format!(
                        "  {}",
                        loc.text_str(msg!("site-telephone"), &[("number", number)])
                    ));
                }
                if let Some(hours) = &window.hours {
                    lines.push(format!(
                        "  {}",
                        loc.text_str(msg!("site-hours"), &[("hours", hours.get(lang))])
                    ));
                }
            }
            let mut section = |heading: crate::i18n::MessageId, ids: &[String], numbered: bool| {
                if ids.is_empty() {
                    return;
                }
                lines.push(format!("{}:", loc.text(heading)));
                for (i, id) in ids.iter().enumerate() {
                    let mark = if numbered {
                        format!("{}.", i + 1)
                    } else {
                        "-".to_string()
                    };
                    lines.push(format!("  {mark} {}", loc.text(id)));
                }
            };
            section(msg!("cli-steps"), &outcome.step_ids(), true);
            section(msg!("cli-bring"), &outcome.bring, false);
            section(msg!("cli-where"), &outcome.where_to_go, false);
            let lines_called: Vec<_> = outcome
                .call
                .iter()
                .filter_map(|id| rules.hotlines().iter().find(|l| &l.id == id))
                .collect();
            if !lines_called.is_empty() {
                lines.push(format!("{}:", loc.text(msg!("cli-call"))));
                for line in lines_called {
                    lines.push(format!(
                        "  {} {} ({})",
                        loc.text(&line.name),
                        line.number,
                        loc.text(&line.hours)
                    ));
                }
            }
        }
    }
    lines.join("\n")
}

/// `languages`: every language with its own name.
pub fn languages(format: Format) -> Result<String, CliError> {
    let languages = i18n::languages();
    Ok(match format {
        Format::Json => pretty(&json!(languages)),
        Format::Text => languages
            .iter()
            .map(|l| format!("{}\t{}", l.code, l.name))
            .collect::<Vec<_>>()
            .join("\n"),
    })
}
