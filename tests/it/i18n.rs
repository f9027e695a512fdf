//! Every locale has every message, attribute and variable of `ja`; every id the guide, the
//! rules and the errors use exists; no isolation marks reach the output.

use mynaho_guide::msg;
use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use mynaho_guide::assets::Translations;
use mynaho_guide::guide::Guide;
use mynaho_guide::i18n::{self, Localizer};
use mynaho_guide::rules::Rules;

#[derive(Debug, Default, PartialEq)]
struct MessageShape {
    attributes: BTreeSet<String>,
    variables: BTreeSet<String>,
    empty: bool,
}

fn variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            let inline = match expression {
                Expression::Inline(inline) => inline,
                Expression::Select { selector, .. } => selector,
            };
            if let InlineExpression::VariableReference { id } = inline {
                out.insert(id.name.to_string());
            }
        }
    }
}

fn shapes(lang: &str) -> BTreeMap<String, MessageShape> {
    let mut map = BTreeMap::new();
    for path in Translations::iter().filter(|p| p.starts_with(&format!("{lang}/")) && p.ends_with(".ftl")) {
        let file = Translations::get(&path).expect("listed file");
        let text = String::from_utf8(file.data.into_owned()).expect("UTF-8");
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{path} has syntax errors: {errors:?}"));
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                let mut shape = MessageShape::default();
                if let Some(value) = &message.value {
                    variables(value, &mut shape.variables);
                    shape.empty = value.elements.is_empty();
                }
                for attribute in &message.attributes {
                    shape.attributes.insert(attribute.id.name.to_string());
                    variables(&attribute.value, &mut shape.variables);
                }
                assert!(
                    map.insert(message.id.name.to_string(), shape).is_none(),
                    "{lang}: duplicate {}",
                    message.id.name
                );
            }
        }
    }
    map
}

#[test]
fn every_locale_matches_the_reference() {
    let reference = shapes("ja");
    assert!(reference.len() > 100);
    for lang in i18n::available() {
        let shapes = shapes(&lang);
        for (id, shape) in &reference {
            let Some(theirs) = shapes.get(id) else {
                panic!("{lang} lacks {id}")
            };
            assert_eq!(theirs.attributes, shape.attributes, "{lang} {id}: attributes");
            assert_eq!(theirs.variables, shape.variables, "{lang} {id}: variables");
            assert!(!theirs.empty, "{lang} {id} is empty");
        }
        for id in shapes.keys() {
            assert!(reference.contains_key(id), "{lang} has {id}, which ja does not");
        }
    }
}

#[test]
fn every_id_the_program_uses_exists() {
    let ja = Localizer::new("ja");
    let guide = Guide::embedded().expect("guide");
    let rules = Rules::embedded().expect("rules");
    let mut ids: BTreeSet<String> = guide.message_ids().into_iter().map(String::from).collect();
    ids.extend(rules.facts.iter().map(|f| f.message.clone()));
    ids.extend(
        rules
            .hotlines
            .iter()
            .flat_map(|h| [h.name.clone(), h.hours.clone()]),
    );
    for status in ["valid", "grace", "expired", "check"] {
        ids.insert(format!("status-{status}"));
        ids.insert(format!("status-{status}-act"));
    }
    for warning in [
        "leap-day-birthday",
        "computed-not-printed",
        "card-application-date-needed",
        "certificate-renewal-unknown",
        "certificate-assumed",
        "certificate-after-card",
        "residence-no-reminder",
    ] {
        ids.insert(format!("warning-{warning}"));
    }
    for basis in ["entered", "computed", "ambiguous", "assumed"] {
        ids.insert(format!("basis-{basis}"));
    }
    for dispute in &rules.disputes {
        ids.insert(format!("dispute-{}", dispute.id));
    }
    for id in ids {
        assert!(ja.has_own(&id), "ja lacks {id}");
    }
}

#[test]
fn no_isolation_marks_in_output() {
    for lang in i18n::available() {
        let loc = Localizer::new(&lang);
        let text = loc.text_str(msg!("status-valid-act"), &[("date", "2026-03-15")]);
        assert!(text.contains("2026-03-15"), "{lang}: {text}");
        assert!(
            !text.contains(['\u{2068}', '\u{2069}']),
            "{lang}: isolation marks in {text:?}"
        );
    }
}

#[test]
fn languages_have_their_own_names_and_ja_comes_first() {
    let languages = i18n::languages();
    assert_eq!(languages.first().map(|l| l.code.as_str()), Some("ja"));
    assert!(languages.iter().any(|l| l.code == "en" && l.name == "English"));
    assert_eq!(i18n::match_language("ja_JP.UTF-8").as_deref(), Some("ja"));
    assert_eq!(i18n::match_language("en-US").as_deref(), Some("en"));
    assert_eq!(i18n::match_language("xx"), None);
}

#[test]
fn counted_words_follow_the_number() {
    use fluent_bundle::FluentValue;
    let say = |lang: &str, n: i64| {
        Localizer::new(lang).text_with(msg!("gui-idle-countdown"), &[("seconds", FluentValue::from(n))])
    };
    assert!(say("en", 1).ends_with("in 1 second"), "{}", say("en", 1));
    assert!(say("en", 2).ends_with("in 2 seconds"), "{}", say("en", 2));
    assert!(say("es", 1).ends_with("en 1 segundo"), "{}", say("es", 1));
    assert!(say("pt-BR", 1).ends_with("em 1 segundo"), "{}", say("pt-BR", 1));
    assert!(say("pt-BR", 5).ends_with("em 5 segundos"), "{}", say("pt-BR", 5));
}
