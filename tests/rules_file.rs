//! The `--rules` file (issue 9, item 6): a file cut short, with a duplicate id or naming a
//! message that does not exist is refused, and the refusal says why.

use mynaho_guide::rules::{Rules, RulesError};

const EMBEDDED: &str = include_str!("../assets/rules/rules.toml");

#[track_caller]
fn refused(text: &str) -> String {
    match Rules::from_toml(text) {
        Ok(_) => panic!("accepted:\n{text}"),
        Err(error) => error.to_string(),
    }
}

#[test]
fn every_prefix_of_the_embedded_file_is_refused_or_the_whole() {
    let whole = Rules::from_toml(EMBEDDED).expect("embedded rules");
    let mut accepted = 0;
    for (cut, c) in EMBEDDED.char_indices() {
        match Rules::from_toml(&EMBEDDED[..cut]) {
            Ok(rules) => {
                assert!(rules == whole, "the prefix of {cut} bytes gave other rules");
                accepted += 1;
            }
            // Cut after a whole line, the file is valid TOML and the refusal names what is
            // missing (a cut inside a line may be a syntax error instead).
            Err(error) if cut > 0 && EMBEDDED.as_bytes()[cut - 1] == b'\n' => assert!(
                matches!(error, RulesError::MissingKey(_)),
                "cut at {cut} (before {c:?}): {error}"
            ),
            Err(_) => {}
        }
    }
    // Only the file without its last line break may be accepted.
    assert_eq!(accepted, 1, "{accepted} prefixes accepted");
}

#[test]
fn a_file_cut_in_half_names_what_is_missing() {
    let half = &EMBEDDED[..EMBEDDED.find("[[fact]]").expect("facts")];
    let detail = refused(half);
    assert!(detail.contains("`[[fact]]` is missing"), "{detail}");
}

#[test]
fn an_unknown_fact_message_is_refused_naming_it() {
    let text = EMBEDDED.replacen(
        "message = \"fact-kouki-blanket\"",
        "message = \"no-such-message-id\"",
        1,
    );
    assert_ne!(text, EMBEDDED);
    let detail = refused(&text);
    assert!(detail.contains("no-such-message-id"), "{detail}");
}

#[test]
fn an_unknown_hotline_name_or_hours_is_refused_naming_it() {
    for (from, to) in [
        ("name = \"hotline-general\"", "name = \"hotline-nowhere\""),
        (
            "hours = \"hotline-foreign-card-hours\"",
            "hours = \"hotline-never-hours\"",
        ),
    ] {
        let text = EMBEDDED.replacen(from, to, 1);
        assert_ne!(text, EMBEDDED);
        let detail = refused(&text);
        let id = to.split('"').nth(1).unwrap_or_default();
        assert!(detail.contains(id), "{detail}");
    }
}

#[test]
fn a_dispute_without_its_sentence_is_refused_naming_it() {
    let extra = "\n[[dispute]]\nid = \"no-sentence\"\nrule = \"card_body.years_adult\"\n\
                 used = \"a\"\nother = \"b\"\nsource = \"c\"\n";
    let text = EMBEDDED.replacen("\n[[fact]]", &format!("{extra}\n[[fact]]"), 1);
    assert_ne!(text, EMBEDDED);
    let detail = refused(&text);
    assert!(detail.contains("dispute-no-sentence"), "{detail}");
}

#[test]
fn duplicate_ids_are_refused() {
    for (section, id) in [
        ("[[fact]]", "legacy-cards-ended"),
        ("[[hotline]]", "general"),
        ("[[dispute]]", "renewal-opens"),
    ] {
        let start = EMBEDDED
            .find(&format!("{section}\nid = \"{id}\""))
            .expect("entry");
        let end = EMBEDDED[start + 1..]
            .find("\n[")
            .map_or(EMBEDDED.len(), |i| start + 1 + i);
        let entry = &EMBEDDED[start..end];
        let text = EMBEDDED.replacen(entry, &format!("{entry}\n{entry}"), 1);
        let detail = refused(&text);
        assert!(
            detail.contains("duplicate") && detail.contains(id),
            "{section}: {detail}"
        );
    }
}

#[test]
fn a_file_cut_between_two_hotlines_is_refused() {
    let cut = EMBEDDED.rfind("\n[[hotline]]").expect("hotlines");
    let detail = refused(&EMBEDDED[..cut]);
    assert!(detail.contains("[end]"), "{detail}");
}
