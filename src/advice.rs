//! What to tell a person from their timeline, as message ids with their arguments: the status
//! headline and its lines (what is certain, how to find out the rest), the steps to take, the
//! dispute lines. The CLI, the window and the sheet render the same list, each in its own
//! language(s), so they never say different things. No GUI.

use chrono::NaiveDate;

use crate::date::format_for_lang;
use crate::i18n::{Id, Localizer, MessageId};
use crate::rules::{Basis, Item, Status, Timeline};

/// A message argument: a date (written in each language's style) or text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// A date.
    Date(NaiveDate),
    /// Plain text.
    Text(String),
}

/// One sentence to say: a Fluent id and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    /// The Fluent message id.
    pub id: String,
    /// Its arguments.
    pub args: Vec<(&'static str, Arg)>,
}

impl Said {
    /// A sentence without arguments.
    pub fn plain<'a>(id: impl Into<Id<'a>>) -> Said {
        Said {
            id: id.into().as_str().to_owned(),
            args: Vec::new(),
        }
    }

    /// A sentence with one date.
    pub fn dated<'a>(id: impl Into<Id<'a>>, name: &'static str, date: NaiveDate) -> Said {
        Said {
            id: id.into().as_str().to_owned(),
            args: vec![(name, Arg::Date(date))],
        }
    }

    /// The sentence in `loc`'s language, dates written as that language writes them.
    pub fn render(&self, loc: &Localizer) -> String {
        let lang = loc.lang();
        let values: Vec<(&str, fluent_bundle::FluentValue<'static>)> = self
            .args
            .iter()
            .map(|(name, arg)| {
                let text = match arg {
                    Arg::Date(date) => format_for_lang(*date, lang),
                    Arg::Text(text) => text.clone(),
                };
                (*name, text.into())
            })
            .collect();
        loc.text_with(&self.id, &values)
    }
}

fn either(id: MessageId, early: NaiveDate, late: NaiveDate) -> Said {
    Said {
        id: id.as_str().to_owned(),
        args: vec![("early", Arg::Date(early)), ("late", Arg::Date(late))],
    }
}

/// The status headline (`status-check`: 確認が必要).
pub fn headline(timeline: &Timeline) -> Said {
    Said::plain(&format!("status-{}", timeline.mynaho.status.code()))
}

/// Why the status is `check`: each uncertain date with its two readings.
pub fn check_reasons(timeline: &Timeline) -> Vec<Said> {
    let card = &timeline.card;
    let cert = &timeline.certificate;
    let mut lines = Vec::new();
    if card.basis == Basis::Ambiguous {
        lines.push(either(
            msg!("check-card-ambiguous"),
            card.expiry,
            card.expiry_latest,
        ));
    }
    match cert.basis {
        Basis::Ambiguous if card.basis != Basis::Ambiguous => {
            lines.push(either(
                msg!("check-cert-renewal"),
                cert.expiry,
                cert.expiry_latest,
            ));
        }
        Basis::Assumed => lines.push(Said::dated(msg!("check-cert-assumed"), "date", cert.expiry)),
        _ => {}
    }
    lines
}

/// The lines under the headline: the date to act by and what to do; for `expired`, which part
/// expired; for `check`, what is certain and how to find out the rest.
pub fn status_lines(timeline: &Timeline) -> Vec<Said> {
    let act_by = timeline.act_by();
    match timeline.mynaho.status {
        Status::Valid => vec![Said::dated(msg!("status-valid-act"), "date", act_by)],
        Status::Grace => vec![Said::dated(msg!("status-grace-act"), "date", act_by)],
        Status::Expired => {
            let which = match timeline.deciding() {
                Item::Card => Said::dated(msg!("status-expired-card"), "date", timeline.card.expiry),
                Item::Certificate => {
                    Said::dated(msg!("status-expired-cert"), "date", timeline.certificate.expiry)
                }
            };
            vec![which, Said::plain(msg!("status-expired-act"))]
        }
        Status::Check => {
            let mut lines = check_reasons(timeline);
            lines.push(Said::dated(
                msg!("check-usable-if-earliest"),
                "date",
                timeline.mynaho.usable_until,
            ));
            lines.push(Said::plain(msg!("status-check-act")));
            lines.push(Said::plain(msg!("check-how")));
            lines
        }
    }
}

/// The steps to take from the dates alone (when no guide outcome was chosen).
pub fn steps(timeline: &Timeline) -> Vec<Said> {
    let card = &timeline.card;
    let cert = &timeline.certificate;
    let (opens, deciding) = match timeline.deciding() {
        Item::Card => (card.renewal_opens, Item::Card),
        Item::Certificate => (cert.renewal_opens, Item::Certificate),
    };
    let mut steps = match (timeline.mynaho.status, deciding) {
        (Status::Check, _) => vec![
            Said::plain(msg!("sheet-todo-check-1")),
            Said::plain(msg!("check-how")),
        ],
        (Status::Expired, _) => vec![
            Said::plain(msg!("sheet-todo-expired-1")),
            Said::plain(msg!("sheet-todo-expired-2")),
            Said::plain(msg!("sheet-todo-expired-3")),
        ],
        (Status::Valid, _) if timeline.today < opens => {
            let mut steps = vec![Said::dated(msg!("sheet-todo-wait"), "date", opens)];
            if !card.limited_by_residence {
                steps.push(Said::plain(msg!("sheet-todo-letter")));
            }
            steps
        }
        (_, Item::Card) => vec![
            Said {
                id: msg!("sheet-todo-card-apply").as_str().to_owned(),
                args: vec![
                    ("from", Arg::Date(card.renewal_opens)),
                    ("to", Arg::Date(card.apply_by)),
                ],
            },
            Said::dated(msg!("sheet-todo-card-gap"), "date", card.apply_by),
            Said::plain(msg!("sheet-todo-card-3")),
        ],
        (_, Item::Certificate) => vec![
            Said::dated(msg!("sheet-todo-cert-by"), "date", cert.renew_by),
            Said::plain(msg!("sheet-todo-cert-2")),
            Said::plain(msg!("sheet-todo-cert-3")),
        ],
    };
    if card.limited_by_residence {
        steps.push(Said::dated(msg!("sheet-todo-residence"), "date", card.expiry));
    }
    steps
}

/// One short line per disputed rule behind a date shown.
pub fn dispute_lines(timeline: &Timeline) -> Vec<Said> {
    timeline
        .disputes
        .iter()
        .map(|dispute| Said::plain(&format!("dispute-{}", dispute.id)))
        .collect()
}

/// The caveats of the timeline (`warning-<code>`).
pub fn warning_lines(timeline: &Timeline) -> Vec<Said> {
    timeline
        .warnings
        .iter()
        .map(|warning| Said::plain(&format!("warning-{}", warning.code())))
        .collect()
}

/// The caveats a status box adds under its lines: for `check`, the ones its lines already say
/// (which date is not known and how to find it) are left out, so nothing is said twice.
pub fn warning_lines_beside_status(timeline: &Timeline) -> Vec<Said> {
    let said_by_check = |warning: &crate::rules::Warning| {
        timeline.mynaho.status == crate::rules::Status::Check
            && matches!(
                warning,
                crate::rules::Warning::CardApplicationDateNeeded
                    | crate::rules::Warning::CertificateRenewalUnknown
                    | crate::rules::Warning::CertificateAssumed
            )
    };
    timeline
        .warnings
        .iter()
        .filter(|warning| !said_by_check(warning))
        .map(|warning| Said::plain(&format!("warning-{}", warning.code())))
        .collect()
}

/// One expiry, or both readings when they differ ("2026年9月10日 または 2031年9月10日").
pub fn expiry_text(expiry: NaiveDate, latest: NaiveDate, loc: &Localizer) -> String {
    if expiry == latest {
        format_for_lang(expiry, loc.lang())
    } else {
        either(msg!("timeline-expiry-either"), expiry, latest).render(loc)
    }
}
