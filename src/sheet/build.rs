//! Building the sheet model from a sheet request: the status, the timeline bands, the guide
//! outcome's steps and the contacts, every text formatted in Japanese and in the second language.

use chrono::NaiveDate;

use super::model::{Band, BandKind, Block, Mark, MarkKind, Pair, Sheet, StatusKind};
use super::sections::{contacts_box, facts_section, outcome_sections};
use super::words::{DateOr, Words};
use crate::advice;
use crate::guide::Outcome;
use crate::i18n::Localizer;
use crate::i18n::MessageId;
use crate::rules::{Item, Rules, Status, Timeline};
use crate::timeline_bands::{self, Phase, RowDates};

/// What a sheet is made from.
#[derive(Debug, Clone, PartialEq)]
pub struct SheetRequest {
    /// The day the sheet is printed (and the timeline's "today").
    pub today: NaiveDate,
    /// The user's interface language (for messages about the sheet, not on it).
    pub lang: String,
    /// The second language of the sheet; `None` (or "ja") for Japanese alone.
    pub sheet_lang: Option<String>,
    /// Large print: body 18 pt instead of 14 pt.
    pub large_print: bool,
    /// The person's name, printed as "〇〇 様".
    pub name: Option<String>,
    /// The computed timeline, when dates were entered.
    pub timeline: Option<Timeline>,
    /// The quick-guide outcome, when the guide was walked.
    pub outcome: Option<Outcome>,
}

impl SheetRequest {
    /// The second language, if there is one (plain Japanese is always the first; a やさしい日本語
    /// sheet has no second column).
    pub fn second_lang(&self) -> Option<&str> {
        self.sheet_lang
            .as_deref()
            .filter(|lang| !lang.is_empty() && *lang != "ja" && *lang != YASASHII)
    }

    /// The language of the main column: やさしい日本語 (with its readings as ruby) on a
    /// やさしい日本語 sheet, else Japanese. A やさしい日本語 sheet is that one column: the person
    /// and the volunteer both read it, and it keeps to the budget of a Japanese sheet.
    pub fn main_lang(&self) -> &str {
        match self.sheet_lang.as_deref() {
            Some(YASASHII) => YASASHII,
            _ => "ja",
        }
    }
}

/// How much a sheet leaves out to keep to its page budget: each step drops more of what is
/// generic, never what this person must do (the status, the date to act by, the steps).
pub const TRIM_STEPS: u8 = 9;

const YASASHII: &str = "ja-yasashii";

impl Sheet {
    /// Build the sheet for `req` with the dated rules (for the hotlines and the rules version).
    pub fn build(req: &SheetRequest, rules: &Rules) -> Sheet {
        Sheet::build_trimmed(req, rules, 0)
    }

    /// The sheet with `trim` steps of generic content left out (0: everything; up to
    /// [`TRIM_STEPS`]): 1 the dated facts, 2 the 窓口メモ, 3 where to go, 4 what to bring,
    /// 5 every telephone line but the first, 6 the chart (its dates stay in the status box),
    /// 7 the status box's disputes and reminder, 8 the insurer's explanation, 9 the list of a
    /// telephone line's languages.
    pub fn build_trimmed(req: &SheetRequest, rules: &Rules, trim: u8) -> Sheet {
        let second = req.second_lang().map(str::to_owned);
        let words = Words {
            ja: Localizer::new(req.main_lang()),
            other: second.as_ref().map(|lang| (Localizer::new(lang), lang.clone())),
        };
        let title = words.text(msg!("sheet-title"));
        let mut blocks = vec![Block::Title {
            title: title.clone(),
            name: req
                .name
                .as_deref()
                // "山田様" typed with its honorific must not print as "山田様 様".
                .map(|name| {
                    // Pasted text may carry separators and controls the shaper cannot take.
                    let name = crate::clean::one_line(name);
                    let name = name.trim();
                    name.strip_suffix("様")
                        .or_else(|| name.strip_suffix("さま"))
                        .unwrap_or(name)
                        .trim_end()
                        .to_owned()
                })
                .filter(|name| !name.is_empty())
                .map(|name| {
                    words
                        .with(
                            msg!("sheet-name-line"),
                            &[("name", DateOr::Text(name.to_owned()))],
                        )
                        .ja
                }),
        }];
        if let Some(timeline) = &req.timeline {
            // The period-of-stay steps already say that no reminder comes and what to do.
            let residence_steps = req.outcome.as_ref().is_some_and(|o| o.id == "residence-period");
            blocks.push(status_box(&words, timeline, trim >= 7, residence_steps));
            if trim < 6 {
                blocks.push(timeline_graphic(&words, timeline));
            }
            if req.outcome.is_none() {
                blocks.push(todo_section(&words, timeline));
            }
        }
        if let Some(outcome) = &req.outcome {
            // When the card needs renewing or checking, that comes first (the status box);
            // the guide's outcome follows as what to do after that.
            let after = req
                .timeline
                .as_ref()
                .is_some_and(|t| matches!(t.mynaho.status, Status::Expired | Status::Check));
            let mut sections = outcome_sections(&words, outcome, after);
            // Trimmed from the end: what to bring goes after where to go.
            if trim >= 3 && sections.len() > 1 && !outcome.where_to_go.is_empty() {
                sections.pop();
            }
            if trim >= 4 {
                sections.truncate(1);
            }
            blocks.extend(sections);
        }
        if trim < 1 {
            blocks.extend(facts_section(&words, rules, req));
        }
        blocks.push(contacts_box(&words, rules, req.outcome.as_ref(), trim));
        if trim < 2 {
            blocks.push(Block::Memo {
                heading: words.text(msg!("sheet-memo")),
                lines: 3,
            });
        }
        let footer = words.with(
            msg!("sheet-footer"),
            &[
                ("version", DateOr::Text(rules.version.clone())),
                ("reviewed", DateOr::Text(rules.reviewed_on.to_string())),
                ("date", DateOr::Date(req.today)),
            ],
        );
        let doc_title = match &title.other {
            Some(other) => format!("{} / {other}", title.ja),
            None => title.ja.clone(),
        };
        Sheet {
            main_lang: req.main_lang().to_owned(),
            second_lang: second,
            large_print: req.large_print,
            doc_title,
            blocks,
            footer,
        }
    }
}

fn status_kind(status: &Status) -> StatusKind {
    match status {
        Status::Valid => StatusKind::Valid,
        Status::Grace => StatusKind::Grace,
        Status::Expired => StatusKind::Expired,
        Status::Check => StatusKind::Check,
    }
}

/// The first box: the status in words, the date to act by, what to do (for `expired` and
/// `check` first of all), the two expiries with their readings, the caveats and disputes.
fn status_box(words: &Words, timeline: &Timeline, brief: bool, residence_steps: bool) -> Block {
    let mut lines: Vec<Pair> = advice::status_lines(timeline)
        .iter()
        .map(|said| words.said(said))
        .collect();
    let expiry = |id: MessageId, either: MessageId, early: NaiveDate, late: NaiveDate| {
        if early == late {
            words.dated(id, "date", early)
        } else {
            words.with(
                either,
                &[("early", DateOr::Date(early)), ("late", DateOr::Date(late))],
            )
        }
    };
    // A date the check lines above already give with its readings is not repeated.
    let checked = |basis: crate::rules::Basis| {
        timeline.mynaho.status == Status::Check
            && matches!(
                basis,
                crate::rules::Basis::Ambiguous | crate::rules::Basis::Assumed
            )
    };
    if !checked(timeline.card.basis) {
        lines.push(expiry(
            msg!("sheet-card-expiry"),
            msg!("sheet-card-expiry-either"),
            timeline.card.expiry,
            timeline.card.expiry_latest,
        ));
    }
    if !checked(timeline.certificate.basis) {
        lines.push(expiry(
            msg!("sheet-cert-expiry"),
            msg!("sheet-cert-expiry-either"),
            timeline.certificate.expiry,
            timeline.certificate.expiry_latest,
        ));
    }
    let residence = advice::Said::plain(&format!(
        "warning-{}",
        crate::rules::Warning::ResidenceNoReminder.code()
    ));
    lines.extend(
        advice::warning_lines_beside_status(timeline)
            .iter()
            .filter(|said| !(residence_steps && **said == residence))
            .map(|said| words.said(said)),
    );
    // A sheet over its budget keeps the caveats about this person's dates, and leaves out the
    // general ones.
    if !brief {
        lines.extend(
            advice::dispute_lines(timeline)
                .iter()
                .map(|said| words.said(said)),
        );
        lines.push(words.text(msg!("printed-dates-prevail")));
    }
    let act_by = timeline.act_by();
    Block::StatusBox {
        act_by: Some(words.with(
            msg!("sheet-act-by"),
            &[
                ("date", DateOr::Date(act_by)),
                ("weekday", DateOr::Weekday(act_by)),
            ],
        )),
        status: status_kind(&timeline.mynaho.status),
        headline: words.said(&advice::headline(timeline)),
        lines,
    }
}

fn timeline_graphic(words: &Words, timeline: &Timeline) -> Block {
    // The row of whichever expires first, card body or certificate: it decides the マイナ保険証.
    let item = timeline.deciding();
    // The same bands and span as the window's chart (crate::timeline_bands), drawn to scale.
    let row = RowDates::for_item(timeline, item);
    let span = timeline_bands::span(timeline.today, &[row]);
    let range = |from: NaiveDate, to: NaiveDate| {
        words.with(
            msg!("sheet-dates-range"),
            &[("from", DateOr::Date(from)), ("to", DateOr::Date(to))],
        )
    };
    let bands = timeline_bands::bands(row, span.0, span.1)
        .into_iter()
        .map(|band| {
            let (kind, label) = match band.phase {
                Phase::Valid => (BandKind::Valid, msg!("band-valid")),
                Phase::Renewal => (BandKind::Renewal, msg!("band-renewal")),
                Phase::Grace => (BandKind::Grace, msg!("band-grace")),
                Phase::Expired => (BandKind::Expired, msg!("band-expired")),
                Phase::Unsure => (BandKind::Unsure, msg!("band-unsure")),
            };
            let dates = match kind {
                BandKind::Valid => words.dated(msg!("sheet-dates-until"), "date", band.to),
                BandKind::Expired => words.dated(msg!("sheet-dates-from"), "date", band.from),
                _ => range(band.from, band.to),
            };
            Band {
                kind,
                label: words.text(label),
                dates,
                from: band.from,
                to: band.to,
            }
        })
        .collect();
    let marks = vec![
        Mark {
            kind: MarkKind::Today,
            date: timeline.today,
            label: words.text(msg!("timeline-today")),
        },
        Mark {
            kind: MarkKind::ActBy,
            date: timeline.act_by(),
            label: words.text(msg!("timeline-act-by")),
        },
    ];
    let mut heading = if item == Item::Card {
        words.text(msg!("sheet-timeline-card"))
    } else {
        words.text(msg!("sheet-timeline-cert"))
    };
    if timeline.uncertain() {
        // The bands show the earliest reading: say so, never draw an assumption as fact.
        let note = words.text(msg!("sheet-timeline-earliest-note"));
        heading.ja = format!("{}　{}", heading.ja, note.ja);
        if let (Some(other), Some(note)) = (heading.other.as_mut(), note.other) {
            other.push_str(" — ");
            other.push_str(&note);
        }
    }
    Block::TimelineGraphic {
        heading,
        span,
        bands,
        marks,
    }
}

/// What to do, from the dates alone (when no guide outcome was chosen).
fn todo_section(words: &Words, timeline: &Timeline) -> Block {
    let items: Vec<Pair> = advice::steps(timeline)
        .iter()
        .map(|said| words.said(said))
        .collect();
    Block::Section {
        heading: words.text(msg!("cli-steps")),
        numbered: items.len() > 2,
        items,
    }
}
