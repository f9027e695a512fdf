//! The whole shape of a rules file, checked before its values: every section and key of the
//! embedded file is required, so that a file cut short (a failed copy, a download stopped half
//! way) is refused naming the first thing missing instead of silently losing its facts and
//! hotlines. The file ends with an empty `[end]` table: a file cut between two `[[hotline]]`
//! entries has every key and only that tells it was cut.

use toml::{Table, Value};

use super::load::RulesError;

/// The plain keys at the top: the version and the dates the rules were reviewed and are due
/// for review.
const TOP_KEYS: [&str; 3] = ["version", "reviewed_on", "review_by"];

/// The keys of every sourced value (`Sourced`).
const SOURCED_KEYS: [&str; 3] = ["value", "source", "effective_from"];

/// The tables of sourced values and their keys, in the order of the embedded file.
const SECTIONS: [(&str, &[&str]); 3] = [
    (
        "card_body",
        &[
            "years_adult",
            "years_minor",
            "age_threshold_before_switch",
            "age_threshold_after_switch",
            "threshold_switch_date",
            "grace_months",
            "renewal_window_months",
            "application_lead_months",
            "new_card_lead_months",
            "first_card_date",
            "limited_by_period_of_stay",
        ],
    ),
    ("window", &["year_end_first", "year_end_last"]),
    (
        "certificate",
        &[
            "years",
            "years_renewed_early",
            "grace_months",
            "renewal_window_months",
            "registration_cutoff_days",
        ],
    ),
];

/// The arrays of tables (at least one entry each) and the keys every entry needs, in the order
/// of the embedded file. The optional keys (`from`, `to`, `reported_by_one_insurer`) are not
/// listed.
const ENTRIES: [(&str, &[&str]); 3] = [
    ("dispute", &["id", "rule", "used", "other", "source"]),
    ("fact", &["id", "message", "source"]),
    (
        "hotline",
        &["id", "number", "name", "hours", "languages", "source"],
    ),
];

/// The table that closes the file.
const END: &str = "end";

fn missing(key: impl Into<String>) -> Result<(), RulesError> {
    Err(RulesError::MissingKey(key.into()))
}

/// Refuses a file without every section and key, naming the first missing in the order of the
/// embedded file, with a section the rules do not have, or whose last line is not `[end]`. A
/// key present with the wrong type is left for the deserializer, which says where it is.
pub(super) fn require_complete(text: &str, table: &Table) -> Result<(), RulesError> {
    let known = |key: &str| {
        TOP_KEYS.contains(&key) || key == END || SECTIONS.iter().chain(&ENTRIES).any(|(name, _)| *name == key)
    };
    if let Some(unknown) = table.keys().find(|key| !known(key)) {
        return Err(RulesError::Invalid {
            field: unknown.clone(),
            reason: "the rules have no such section or key".into(),
        });
    }
    if let Some(absent) = TOP_KEYS.iter().find(|key| !table.contains_key(**key)) {
        return missing(*absent);
    }
    for (section, keys) in SECTIONS {
        let rules = table.get(section).and_then(Value::as_table);
        if table.contains_key(section) && rules.is_none() {
            continue;
        }
        for key in keys {
            let Some(rule) = rules.and_then(|rules| rules.get(*key)) else {
                return missing(format!("{section}.{key}"));
            };
            let Some(rule) = rule.as_table() else {
                continue;
            };
            if let Some(absent) = SOURCED_KEYS.iter().find(|k| !rule.contains_key(**k)) {
                return missing(format!("{section}.{key}.{absent}"));
            }
        }
    }
    for (name, keys) in ENTRIES {
        let entries = match table.get(name) {
            None => return missing(format!("[[{name}]]")),
            Some(Value::Array(entries)) if entries.is_empty() => return missing(format!("[[{name}]]")),
            Some(Value::Array(entries)) => entries,
            Some(_) => continue,
        };
        for (i, entry) in entries.iter().enumerate() {
            let Some(entry) = entry.as_table() else {
                continue;
            };
            if let Some(absent) = keys.iter().find(|k| !entry.contains_key(**k)) {
                return missing(match entry.get("id").and_then(Value::as_str) {
                    Some(id) => format!("{name}[{i}] ({id}).{absent}"),
                    None => format!("{name}[{i}].{absent}"),
                });
            }
        }
    }
    let end_error = |reason: &str| {
        Err(RulesError::Invalid {
            field: format!("[{END}]"),
            reason: reason.into(),
        })
    };
    match table.get(END) {
        None => missing(format!("[{END}]")),
        Some(Value::Table(end)) if end.is_empty() && ends_with_end(text) => Ok(()),
        Some(Value::Table(end)) if end.is_empty() => {
            end_error("it must be the last line, so that a file cut short is noticed")
        }
        Some(_) => end_error("it must be an empty table"),
    }
}

/// Whether the last line that is neither blank nor a comment is `[end]`.
fn ends_with_end(text: &str) -> bool {
    let last = text
        .lines()
        .rev()
        .map(str::trim)
        .find(|line| !line.is_empty() && !line.starts_with('#'))
        .unwrap_or_default();
    let header: String = last
        .split('#')
        .next()
        .unwrap_or_default()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    header == format!("[{END}]")
}

#[cfg(test)]
mod tests {
    use super::*;

    const EMBEDDED: &str = include_str!("../../assets/rules/rules.toml");

    fn embedded() -> Table {
        toml::from_str(EMBEDDED).expect("embedded rules parse")
    }

    #[track_caller]
    fn assert_missing(table: &Table, key: &str) {
        assert_eq!(
            require_complete(EMBEDDED, table),
            Err(RulesError::MissingKey(key.to_string()))
        );
    }

    #[test]
    fn the_embedded_file_is_complete() {
        assert_eq!(require_complete(EMBEDDED, &embedded()), Ok(()));
    }

    #[test]
    fn every_required_key_removed_is_named() {
        let mut table = embedded();
        table.remove("version");
        assert_missing(&table, "version");
        for (section, keys) in SECTIONS {
            for key in keys {
                let mut table = embedded();
                if let Some(Value::Table(rules)) = table.get_mut(section) {
                    rules.remove(*key);
                }
                assert_missing(&table, &format!("{section}.{key}"));
                for sourced in SOURCED_KEYS {
                    let mut table = embedded();
                    if let Some(Value::Table(rule)) =
                        table.get_mut(section).and_then(|rules| rules.get_mut(*key))
                    {
                        rule.remove(sourced);
                    }
                    assert_missing(&table, &format!("{section}.{key}.{sourced}"));
                }
            }
        }
        for (name, keys) in ENTRIES {
            let mut table = embedded();
            table.remove(name);
            assert_missing(&table, &format!("[[{name}]]"));
            table.insert(name.to_string(), Value::Array(Vec::new()));
            assert_missing(&table, &format!("[[{name}]]"));
            for key in keys {
                let mut table = embedded();
                let Some(Value::Array(entries)) = table.get_mut(name) else {
                    panic!("{name} is an array");
                };
                let last = entries.len() - 1;
                let id = entries[last]
                    .get("id")
                    .and_then(Value::as_str)
                    .map(str::to_string);
                if let Some(Value::Table(entry)) = entries.last_mut() {
                    entry.remove(*key);
                }
                let expected = match id.filter(|_| *key != "id") {
                    Some(id) => format!("{name}[{last}] ({id}).{key}"),
                    None => format!("{name}[{last}].{key}"),
                };
                assert_missing(&table, &expected);
            }
        }
        let mut table = embedded();
        table.remove(END);
        assert_missing(&table, "[end]");
    }

    #[test]
    fn the_lists_cover_every_key_of_the_embedded_file() {
        let table = embedded();
        let mut top: Vec<&str> = SECTIONS
            .iter()
            .chain(ENTRIES.iter())
            .map(|(name, _)| *name)
            .collect();
        top.extend(TOP_KEYS);
        top.push(END);
        for key in table.keys() {
            assert!(top.contains(&key.as_str()), "`{key}` is not in the schema lists");
        }
        for (section, keys) in SECTIONS {
            let rules = table.get(section).and_then(Value::as_table).expect("section");
            for key in rules.keys() {
                assert!(keys.contains(&key.as_str()), "`{section}.{key}` is not listed");
            }
        }
    }

    #[test]
    fn an_unknown_section_or_a_filled_end_is_refused() {
        let mut table = embedded();
        table.insert("facts".into(), Value::Array(Vec::new()));
        assert!(matches!(
            require_complete(EMBEDDED, &table),
            Err(RulesError::Invalid { field, .. }) if field == "facts"
        ));
        let mut table = embedded();
        table.insert(END.into(), Value::Integer(1));
        assert!(require_complete(EMBEDDED, &table).is_err());
    }

    #[test]
    fn the_end_must_be_the_last_line() {
        assert!(ends_with_end("a = 1\n[end]\n"));
        assert!(ends_with_end("a = 1\n[ end ] # closes the file\n\n# a comment\n"));
        assert!(!ends_with_end("[end]\n[[hotline]]\nid = \"x\"\n"));
        assert!(!ends_with_end(""));
    }
}
