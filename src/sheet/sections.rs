//! The sheet's lists: the guide outcome's steps, what to bring and where to go, the dated facts
//! of today, and the contacts box (telephone lines with their languages and hours, the insurer
//! or town hall window).

use chrono::NaiveDate;

use super::model::{Block, Contact, Pair};
use super::words::{DateOr, Words};
use crate::guide::Outcome;
use crate::i18n;
use crate::rules::Rules;

/// The guide outcome's steps, what to bring and where to go; `after` puts the title under
/// 「そのあとで」 (the status box already said what to do first).
pub(super) fn outcome_sections(words: &Words, outcome: &Outcome, after: bool) -> Vec<Block> {
    let list = |ids: &[String]| ids.iter().map(|id| words.text(id)).collect::<Vec<_>>();
    let title = words.text(&outcome.title);
    let heading = if after {
        Pair {
            ja: words
                .ja
                .text_str(msg!("sheet-after-that"), &[("title", &title.ja)]),
            other: words
                .other
                .as_ref()
                .zip(title.other.as_ref())
                .map(|((loc, _), other)| loc.text_str(msg!("sheet-after-that"), &[("title", other)])),
        }
    } else {
        title
    };
    let mut blocks = vec![Block::Section {
        heading,
        items: list(&outcome.step_ids()),
        numbered: true,
    }];
    for (heading, ids) in [
        (msg!("cli-bring"), &outcome.bring),
        (msg!("cli-where"), &outcome.where_to_go),
    ] {
        if !ids.is_empty() {
            blocks.push(Block::Section {
                heading: words.text(heading),
                items: list(ids),
                numbered: false,
            });
        }
    }
    blocks
}

/// A language's own name: from its locale when the program has it, else from this list (the
/// hotlines serve languages the program may not be translated into yet).
fn autonym(code: &str, known: &[i18n::Language]) -> String {
    if let Some(language) = known.iter().find(|l| l.code == code) {
        return language.name.clone();
    }
    let name = match code {
        "ja" => "日本語",
        "en" => "English",
        "zh-CN" => "简体中文",
        "zh-TW" => "繁體中文",
        "ko" => "한국어",
        "es" => "Español",
        "pt-BR" => "Português",
        "vi" => "Tiếng Việt",
        "th" => "ภาษาไทย",
        "id" => "Bahasa Indonesia",
        "tl" => "Tagalog",
        "ne" => "नेपाली",
        "my" => "မြန်မာဘာသာ",
        "km" => "ខ្មែរ",
        "mn" => "Монгол хэл",
        other => other,
    };
    name.to_owned()
}

pub(super) fn contacts_box(words: &Words, rules: &Rules, outcome: Option<&Outcome>) -> Block {
    let known = i18n::languages();
    let language_names = |codes: &[String]| {
        codes
            .iter()
            .map(|code| autonym(code, &known))
            .collect::<Vec<_>>()
            .join("・")
    };
    let second = words.other.as_ref().map(|(_, lang)| lang.as_str());
    let mut hotlines: Vec<_> = rules.hotlines().iter().collect();
    // The lines the outcome asks for come first, then those speaking the second language.
    hotlines.sort_by_key(|h| {
        let asked = outcome.is_some_and(|o| o.call.contains(&h.id));
        let speaks = second.is_some_and(|lang| h.languages.iter().any(|l| l == lang));
        (!asked, !speaks)
    });
    let mut contacts: Vec<Contact> = hotlines
        .into_iter()
        .map(|hotline| {
            let mut detail = words.text(&hotline.hours);
            if !hotline.languages.is_empty() {
                let names = DateOr::Text(language_names(&hotline.languages));
                let langs = words.with(
                    msg!("sheet-contact-languages"),
                    &[
                        ("languages", names),
                        ("date", DateOr::Date(hotline.languages_as_of)),
                    ],
                );
                // The languages matter to the reader of the second column; on a Japanese-only
                // sheet they go in the Japanese one (for whoever helps).
                match (detail.other.as_mut(), langs.other) {
                    (Some(other), Some(langs)) => *other = format!("{langs}\n{other}"),
                    _ => detail.ja = format!("{}\n{}", langs.ja, detail.ja),
                }
            }
            Contact {
                number: hotline.number.clone(),
                name: words.text(&hotline.name),
                detail,
            }
        })
        .collect();
    // A language no line speaks (Burmese, Khmer, Mongolian today; the rules file decides): say
    // so first, with a sentence the person can show to the staff.
    if let Some(lang) = second.filter(|lang| !lang.starts_with("ja"))
        && rules.hotlines_for(lang).is_empty()
    {
        contacts.insert(
            0,
            Contact {
                number: String::new(),
                name: words.text(msg!("sheet-no-hotline")),
                detail: words.text(msg!("sheet-no-hotline-show")),
            },
        );
    }
    contacts.push(Contact {
        number: String::new(),
        name: words.text(msg!("sheet-contact-insurer")),
        detail: words.text(msg!("sheet-contact-insurer-detail")),
    });
    Block::ContactsBox {
        heading: words.text(msg!("sheet-contacts-heading")),
        contacts,
    }
}

/// The dated facts that apply today ("従来の健康保険証は、2025年12月1日まで使えました…").
pub(super) fn facts_section(words: &Words, rules: &Rules, today: NaiveDate) -> Option<Block> {
    let items: Vec<Pair> = rules
        .facts_on(today)
        .into_iter()
        .map(|fact| {
            let mut item = words.text(&fact.message);
            if fact.reported_by_one_insurer {
                let note = words.text(msg!("fact-reported-by-one"));
                item.ja = format!("{}（{}）", item.ja, note.ja);
                if let (Some(text), Some(note)) = (item.other.as_mut(), note.other) {
                    *text = format!("{text} ({note})");
                }
            }
            item
        })
        .collect();
    (!items.is_empty()).then(|| Block::Section {
        heading: words.text(msg!("timeline-facts")),
        items,
        numbered: false,
    })
}
