//! The bands of a timeline row, for the window's chart and the sheet's bar alike: which stretch
//! of days is valid, open for renewal, in grace, expired or not known, and the span both charts
//! draw to scale. Pure: no drawing here.

use chrono::{Months, NaiveDate};

use crate::rules::{Item, Timeline};

/// What a stretch of time means for the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Valid, nothing to do yet.
    Valid,
    /// Valid, and renewal is open.
    Renewal,
    /// Expired, still usable for the insurance check only.
    Grace,
    /// Expired and past the grace.
    Expired,
    /// Expired on the earliest reading, still valid on the latest: not known (hatched).
    Unsure,
}

/// One coloured stretch: from `from` to `to`, both days included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Band {
    /// First day.
    pub from: NaiveDate,
    /// Last day.
    pub to: NaiveDate,
    /// Its meaning.
    pub phase: Phase,
}

/// The dates of one row (the card body or the certificate).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RowDates {
    /// First day renewal is possible.
    pub renewal_opens: NaiveDate,
    /// Last valid day.
    pub expiry: NaiveDate,
    /// Last day usable for the insurance check.
    pub grace_last_day: NaiveDate,
    /// The last day usable on the latest plausible reading (equal to `grace_last_day` when the
    /// expiry is certain): from the earliest expiry to this day nothing is known for sure.
    pub grace_last_day_latest: NaiveDate,
}

/// Cuts `[start, end]` into bands for one row; empty stretches are left out.
pub fn bands(row: RowDates, start: NaiveDate, end: NaiveDate) -> Vec<Band> {
    let day_before = |d: NaiveDate| d.pred_opt().unwrap_or(d);
    let day_after = |d: NaiveDate| d.succ_opt().unwrap_or(d);
    let candidates = [
        Band {
            from: start,
            to: day_before(row.renewal_opens),
            phase: Phase::Valid,
        },
        Band {
            from: row.renewal_opens,
            to: row.expiry,
            phase: Phase::Renewal,
        },
    ];
    let certain = row.grace_last_day_latest <= row.grace_last_day;
    let after: [Band; 2] = if certain {
        [
            Band {
                from: day_after(row.expiry),
                to: row.grace_last_day,
                phase: Phase::Grace,
            },
            Band {
                from: day_after(row.grace_last_day),
                to: end,
                phase: Phase::Expired,
            },
        ]
    } else {
        // The earliest reading must not be drawn as fact: after it, "not known" until the
        // latest reading's last usable day.
        [
            Band {
                from: day_after(row.expiry),
                to: row.grace_last_day_latest,
                phase: Phase::Unsure,
            },
            Band {
                from: day_after(row.grace_last_day_latest),
                to: end,
                phase: Phase::Expired,
            },
        ]
    };
    candidates
        .into_iter()
        .chain(after)
        .map(|band| Band {
            from: band.from.max(start),
            to: band.to.min(end),
            phase: band.phase,
        })
        .filter(|band| band.from <= band.to)
        .collect()
}

/// The span shown: half a year before the earliest date of interest, half a year after the last.
pub fn span(today: NaiveDate, rows: &[RowDates]) -> (NaiveDate, NaiveDate) {
    let first = rows
        .iter()
        .map(|r| r.renewal_opens)
        .chain([today])
        .min()
        .unwrap_or(today);
    let last = rows
        .iter()
        .map(|r| r.grace_last_day_latest.max(r.grace_last_day))
        .chain([today])
        .max()
        .unwrap_or(today);
    let start = first.checked_sub_months(Months::new(6)).unwrap_or(first);
    let end = last.checked_add_months(Months::new(6)).unwrap_or(last);
    (start, end)
}

impl RowDates {
    /// The dates of the card body's or the certificate's row.
    pub fn for_item(timeline: &Timeline, item: Item) -> RowDates {
        let (renewal_opens, expiry, grace_last_day) = match item {
            Item::Card => {
                let c = &timeline.card;
                (c.renewal_opens, c.expiry, c.grace_last_day)
            }
            Item::Certificate => {
                let c = &timeline.certificate;
                (c.renewal_opens, c.expiry, c.grace_last_day)
            }
        };
        RowDates {
            renewal_opens,
            expiry,
            grace_last_day,
            grace_last_day_latest: timeline.usable_until_latest(item).max(grace_last_day),
        }
    }

    /// The summary row: usable as マイナ保険証 while both the card and its certificate are.
    pub fn summary(timeline: &Timeline) -> RowDates {
        let card_latest = timeline.usable_until_latest(Item::Card);
        let cert_latest = timeline.usable_until_latest(Item::Certificate);
        RowDates {
            renewal_opens: timeline
                .card
                .renewal_opens
                .min(timeline.certificate.renewal_opens),
            expiry: timeline.card.expiry.min(timeline.certificate.expiry),
            grace_last_day: timeline.mynaho.usable_until,
            grace_last_day_latest: card_latest.min(cert_latest).max(timeline.mynaho.usable_until),
        }
    }
}

#[cfg(test)]
mod tests;
