//! The sheet model: what the sheet says, block by block, with every text already formatted in
//! Japanese and in the second language. Pure data — the PDF and the on-screen preview both
//! draw from it.

/// One text in Japanese and, on a bilingual sheet, in the second language.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Pair {
    /// The Japanese text (always present).
    pub ja: String,
    /// The same text in the second language, when the sheet has one.
    pub other: Option<String>,
}

impl Pair {
    /// A Japanese-only text.
    pub fn ja(text: impl Into<String>) -> Self {
        Pair {
            ja: text.into(),
            other: None,
        }
    }

    /// A text in both languages.
    pub fn both(ja: impl Into<String>, other: impl Into<String>) -> Self {
        Pair {
            ja: ja.into(),
            other: Some(other.into()),
        }
    }
}

/// Where the person stands today, which sets the colour and sign of the status box.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusKind {
    /// The マイナ保険証 works fully.
    Valid,
    /// Expired, but still usable as a health insurance card for a while (eligibility only).
    Grace,
    /// No longer usable as a health insurance card.
    Expired,
    /// The dates are not certain enough to say: check the real date (amber, never red).
    Check,
    /// Nothing known about the dates (a sheet from the guide alone).
    Unknown,
}

/// One band of the timeline graphic.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BandKind {
    /// Valid, renewal not yet possible.
    Valid,
    /// Still valid; renewal possible now.
    Renewal,
    /// Expired; usable as マイナ保険証 for eligibility only.
    Grace,
    /// No longer usable.
    Expired,
    /// Expired on the earliest reading, valid on the latest: not known until checked.
    Unsure,
}

/// A band with its name and its dates, each in both languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Band {
    /// Which band.
    pub kind: BandKind,
    /// Its short name ("有効", "Valid").
    pub label: Pair,
    /// Its dates ("令和8年12月16日から …").
    pub dates: Pair,
    /// Its first day (the first band starts where the drawn span starts).
    pub from: chrono::NaiveDate,
    /// Its last day.
    pub to: chrono::NaiveDate,
}

/// What a mark on the timeline points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkKind {
    /// Today (a solid line, ▼ above the bar).
    Today,
    /// The date to act by (a dashed line, ◆ above the bar).
    ActBy,
}

/// A day marked on the timeline, with its label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    /// Today or the date to act by.
    pub kind: MarkKind,
    /// The day.
    pub date: chrono::NaiveDate,
    /// Its label ("今日", "手続きの期限").
    pub label: Pair,
}

/// One telephone line or window in the contacts box.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    /// The number as dialled ("0120-95-0178"); empty for a window without a number.
    pub number: String,
    /// The name of the line or window.
    pub name: Pair,
    /// Languages served and hours.
    pub detail: Pair,
}

/// A part of the sheet, in reading order.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// The title and, when given, the person's name ("山田 花子 様").
    Title {
        /// The sheet's title.
        title: Pair,
        /// The addressee line, already with 様.
        name: Option<String>,
    },
    /// Today's status in a box: a headline, the date to act by, and short notes.
    StatusBox {
        /// Valid, grace or expired.
        status: StatusKind,
        /// The headline ("マイナ保険証は使えます").
        headline: Pair,
        /// The date to act by with its weekday, printed large under the headline.
        act_by: Option<Pair>,
        /// Further lines: the date to act by first.
        lines: Vec<Pair>,
    },
    /// The timeline, drawn to scale: bands with their dates, today and the date to act by.
    TimelineGraphic {
        /// Heading above the graphic.
        heading: Pair,
        /// The first and last day drawn.
        span: (chrono::NaiveDate, chrono::NaiveDate),
        /// The bands, in time order, covering the span.
        bands: Vec<Band>,
        /// Today and the date to act by.
        marks: Vec<Mark>,
    },
    /// A heading with a list (steps are numbered, other lists bulleted).
    Section {
        /// The heading.
        heading: Pair,
        /// The items.
        items: Vec<Pair>,
        /// Whether the items are numbered steps.
        numbered: bool,
    },
    /// The contacts box.
    ContactsBox {
        /// The heading.
        heading: Pair,
        /// The lines and windows.
        contacts: Vec<Contact>,
    },
    /// A note in a plain frame (the reminder that printed dates prevail).
    Note {
        /// The note's lines.
        lines: Vec<Pair>,
    },
    /// The 窓口メモ: a heading and ruled blank lines for the volunteer to write on (the next
    /// appointment, the local window's number).
    Memo {
        /// The heading.
        heading: Pair,
        /// How many ruled lines.
        lines: usize,
    },
}

/// A whole sheet: its languages, its print size, its blocks and the footer of every page.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    /// The main column's language: "ja", or "ja-yasashii" (set with its readings as ruby).
    pub main_lang: String,
    /// The second language's code, or `None` for a Japanese-only sheet.
    pub second_lang: Option<String>,
    /// Large print (body ≥ 18 pt instead of ≥ 14 pt).
    pub large_print: bool,
    /// The document title for the PDF metadata.
    pub doc_title: String,
    /// The blocks, top to bottom.
    pub blocks: Vec<Block>,
    /// The footer of every page (rules version, date printed); page numbers are added by layout.
    pub footer: Pair,
}

impl Sheet {
    /// Every text of the sheet, in reading order (for search, tests and a plain-text preview).
    pub fn texts(&self) -> Vec<&str> {
        fn push<'a>(out: &mut Vec<&'a str>, pair: &'a Pair) {
            out.push(&pair.ja);
            if let Some(other) = &pair.other {
                out.push(other);
            }
        }
        let mut out = Vec::new();
        for block in &self.blocks {
            match block {
                Block::Title { title, name } => {
                    push(&mut out, title);
                    if let Some(name) = name {
                        out.push(name);
                    }
                }
                Block::StatusBox {
                    headline,
                    act_by,
                    lines,
                    ..
                } => {
                    push(&mut out, headline);
                    if let Some(act_by) = act_by {
                        push(&mut out, act_by);
                    }
                    lines.iter().for_each(|line| push(&mut out, line));
                }
                Block::TimelineGraphic {
                    heading,
                    bands,
                    marks,
                    ..
                } => {
                    push(&mut out, heading);
                    marks.iter().for_each(|mark| push(&mut out, &mark.label));
                    for band in bands {
                        push(&mut out, &band.label);
                        push(&mut out, &band.dates);
                    }
                }
                Block::Section { heading, items, .. } => {
                    push(&mut out, heading);
                    items.iter().for_each(|item| push(&mut out, item));
                }
                Block::ContactsBox { heading, contacts } => {
                    push(&mut out, heading);
                    for contact in contacts {
                        out.push(&contact.number);
                        push(&mut out, &contact.name);
                        push(&mut out, &contact.detail);
                    }
                }
                Block::Note { lines } => lines.iter().for_each(|line| push(&mut out, line)),
                Block::Memo { heading, .. } => push(&mut out, heading),
            }
        }
        push(&mut out, &self.footer);
        out
    }
}
