//! The sheet's lists: the guide outcome's steps, what to bring and where to go, the dated facts
//! of today, and the contacts box (telephone lines with their languages and hours, the insurer
//! or town hall window).

use super::build::SheetRequest;
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

/// The contacts: the lines the outcome asks for and those speaking the sheet's second language
/// (else the general line), a sentence for a language no line speaks, and the insurer or town
/// hall window. A sheet over its page budget keeps one line (`trim` 5), leaves out the
/// insurer's explanation (`trim` 8) and, last, the list of a line's languages (`trim` 9: the
/// hours stay).
pub(super) fn contacts_box(words: &Words, rules: &Rules, outcome: Option<&Outcome>, trim: u8) -> Block {
    let first_only = trim >= 5;
    let known = i18n::languages();
    let language_names = |codes: &[String]| {
        codes
            .iter()
            .map(|code| autonym(code, &known))
            .collect::<Vec<_>>()
            .join("・")
    };
    let second = words.other.as_ref().map(|(_, lang)| lang.as_str());
    let asked = |h: &&crate::rules::Hotline| outcome.is_some_and(|o| o.call.contains(&h.id));
    let speaks =
        |h: &&crate::rules::Hotline| second.is_some_and(|lang| h.languages.iter().any(|l| l == lang));
    // Only the lines that matter to this person: the general line (the first in the rules),
    // the ones the outcome asks for, and those speaking the second language.
    let general = rules.hotlines().first().map(|h| h.id.clone());
    let mut hotlines: Vec<_> = rules
        .hotlines()
        .iter()
        .filter(|h| asked(h) || speaks(h) || Some(&h.id) == general.as_ref())
        .collect();
    hotlines.sort_by_key(|h| (!asked(h), !speaks(h)));
    if first_only {
        hotlines.truncate(1);
    }
    let mut contacts: Vec<Contact> = hotlines
        .into_iter()
        .map(|hotline| {
            let mut detail = words.text(&hotline.hours);
            // A Japanese-only line needs no list of languages.
            if hotline.languages.iter().any(|l| l != "ja") && trim < 9 {
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
    // The site's own window first: the person is standing at it, or will come back to it.
    if let Some(window) = &rules.local_window {
        let mut detail = Pair::default();
        let mut add = |line: Pair| {
            let join = |a: &mut String, b: String| {
                if !a.is_empty() {
                    a.push('\n');
                }
                a.push_str(&b);
            };
            join(&mut detail.ja, line.ja);
            if let Some(other) = line.other {
                join(detail.other.get_or_insert_with(String::new), other);
            }
        };
        if let Some(hours) = &window.hours {
            add(words.each(msg!("site-hours"), "hours", |lang| hours.get(lang).to_owned()));
        }
        if let Some(address) = &window.address {
            add(words.each(msg!("site-address"), "address", |lang| {
                address.get(lang).to_owned()
            }));
        }
        let name = Pair {
            ja: window.title(words.ja.lang()),
            other: words.other.as_ref().map(|(_, lang)| window.title(lang)),
        };
        contacts.insert(
            0,
            Contact {
                number: window.telephone.clone().unwrap_or_default(),
                name,
                detail,
            },
        );
    }
    contacts.push(Contact {
        number: String::new(),
        name: words.text(msg!("sheet-contact-insurer")),
        detail: if trim >= 8 {
            Pair::default()
        } else {
            words.text(msg!("sheet-contact-insurer-detail"))
        },
    });
    Block::ContactsBox {
        heading: words.text(msg!("sheet-contacts-heading")),
        contacts,
    }
}

/// How many dated facts a sheet carries at most.
const MOST_FACTS: usize = 2;

/// Whether a dated fact changes what this person does: the 後期高齢者医療 facts (ids
/// `kouki-…`) for people of 75 and over or on a 後期 outcome, the 85+ one only from 85 on; the
/// end of the old cards and of the clinics' tolerance (a year past) for nobody any more.
fn concerns(id: &str, req: &SheetRequest) -> bool {
    let age = req.timeline.as_ref().and_then(|t| t.age_on(req.today));
    let kouki_outcome = req
        .outcome
        .as_ref()
        .is_some_and(|o| matches!(o.id.as_str(), "kakuninsho-kouki" | "turning-75"));
    match id {
        "kouki-85-plus" => age.map_or(kouki_outcome, |age| age >= 85),
        id if id.starts_with("kouki-") => kouki_outcome || age.is_some_and(|age| age >= 75),
        _ => false,
    }
}

/// The dated facts that apply today and concern this person, at most [`MOST_FACTS`].
pub(super) fn facts_section(words: &Words, rules: &Rules, req: &SheetRequest) -> Option<Block> {
    let concerning: Vec<_> = rules
        .facts_on(req.today)
        .into_iter()
        .filter(|fact| concerns(&fact.id, req))
        .collect();
    // The last ones in the rules file are the most particular (the 85+ rule says more to an
    // 85-year-old than the general one): keep those, in the file's order.
    let skip = concerning.len().saturating_sub(MOST_FACTS);
    let items: Vec<Pair> = concerning
        .into_iter()
        .skip(skip)
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
