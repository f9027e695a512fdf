//! Words for the sheet: every message formatted in Japanese and, on a bilingual sheet, in the
//! second language at once, dates written as each language writes them. A leaf of the sheet
//! builders.

use chrono::NaiveDate;

use super::model::Pair;
use crate::advice::Said;
use crate::date::format_for_lang;
use crate::i18n::{Id, Localizer};

/// Formats each message in Japanese and in the second language at once.
pub(super) struct Words {
    pub(super) ja: Localizer,
    pub(super) other: Option<(Localizer, String)>,
}

impl Words {
    pub(super) fn text<'a>(&self, id: impl Into<Id<'a>>) -> Pair {
        let id = id.into();
        Pair {
            ja: self.ja.text(id),
            other: self.other.as_ref().map(|(loc, _)| loc.text(id)),
        }
    }

    /// A sentence of the core's advice in both languages.
    pub(super) fn said(&self, said: &Said) -> Pair {
        Pair {
            ja: said.render(&self.ja),
            other: self.other.as_ref().map(|(loc, _)| said.render(loc)),
        }
    }

    /// A message with one date variable, the date written for each language.
    pub(super) fn dated<'a>(&self, id: impl Into<Id<'a>>, var: &'static str, date: NaiveDate) -> Pair {
        self.with(id, &[(var, DateOr::Date(date))])
    }

    /// A message with one text variable whose value depends on the language (a site's window
    /// name, given in Japanese and perhaps in the second language).
    pub(super) fn each<'a>(&self, id: impl Into<Id<'a>>, var: &str, value: impl Fn(&str) -> String) -> Pair {
        let id = id.into();
        let format = |loc: &Localizer| loc.text_str(id, &[(var, &value(loc.lang()))]);
        Pair {
            ja: format(&self.ja),
            other: self.other.as_ref().map(|(loc, _)| format(loc)),
        }
    }

    pub(super) fn with<'a>(&self, id: impl Into<Id<'a>>, args: &[(&'static str, DateOr)]) -> Pair {
        let id = id.into();
        let format = |loc: &Localizer, lang: &str| {
            let values: Vec<(&str, fluent_bundle::FluentValue<'static>)> = args
                .iter()
                .map(|(name, value)| (*name, value.render(loc, lang).into()))
                .collect();
            loc.text_with(id, &values)
        };
        Pair {
            ja: format(&self.ja, self.ja.lang()),
            other: self.other.as_ref().map(|(loc, lang)| format(loc, lang)),
        }
    }
}

/// A message variable: a date (formatted per language), the short name of its weekday in each
/// language, or a plain string.
pub(super) enum DateOr {
    Date(NaiveDate),
    Weekday(NaiveDate),
    Text(String),
}

impl DateOr {
    pub(super) fn render(&self, loc: &Localizer, lang: &str) -> String {
        match self {
            DateOr::Date(date) => format_for_lang(*date, lang),
            DateOr::Weekday(date) => {
                let day = chrono::Datelike::weekday(date).number_from_monday();
                loc.text(&format!("weekday-{day}"))
            }
            DateOr::Text(text) => text.clone(),
        }
    }
}
