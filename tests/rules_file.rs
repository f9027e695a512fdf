//! The `--rules` file (issue 9, item 6): a duplicate id or a message id the program does not
//! have is refused, naming it.

use mynaho_guide::rules::Rules;

const EMBEDDED: &str = include_str!("../assets/rules/rules.toml");

#[track_caller]
fn refused(text: &str) -> String {
    match Rules::from_toml(text) {
        Ok(_) => panic!("accepted:\n{text}"),
        Err(error) => error.to_string(),
    }
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
