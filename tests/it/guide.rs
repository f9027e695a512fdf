//! The guide graph: validation of the shipped data and of broken data, and walks to every
//! outcome of the quick guide and every situation.

use mynaho_guide::guide::{Guide, GuideError, QUICK_GUIDE_OUTCOMES, Walk};

fn guide() -> Guide {
    Guide::embedded().expect("the shipped guide is valid")
}

fn answers(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[track_caller]
fn outcome_of(situation: Option<&str>, pairs: &[(&str, &str)]) -> (String, Vec<String>) {
    match guide().walk(situation, &answers(pairs)).expect("walk") {
        Walk::Outcome(view) => (view.outcome.id, view.path),
        Walk::Question(q) => panic!("stopped at question {}", q.id),
    }
}

#[test]
fn the_quick_guide_reaches_its_five_outcomes() {
    let table = [
        (
            vec![("has-card", "yes"), ("registered", "yes")],
            "use-at-reception",
        ),
        (vec![("has-card", "yes"), ("registered", "no")], "register"),
        (
            vec![("has-card", "yes"), ("registered", "unknown")],
            "check-registration",
        ),
        (vec![("has-card", "no")], "apply-for-card"),
        (vec![("has-card", "unknown")], "ask-municipality"),
    ];
    let mut reached = Vec::new();
    for (pairs, expected) in table {
        let (outcome, path) = outcome_of(None, &pairs);
        assert_eq!(outcome, expected);
        assert_eq!(path.last().map(String::as_str), Some(expected));
        assert_eq!(path.len(), pairs.len() + 1);
        reached.push(outcome);
    }
    assert_eq!(reached, QUICK_GUIDE_OUTCOMES.map(String::from).to_vec());
}

#[test]
fn without_answers_the_first_question_is_asked() {
    let Walk::Question(q) = guide().walk(None, &[]).expect("walk") else {
        panic!("expected a question")
    };
    assert_eq!(q.id, "has-card");
    assert_eq!(
        q.choices.iter().map(|c| c.value.as_str()).collect::<Vec<_>>(),
        ["yes", "no", "unknown"]
    );
    let Walk::Question(q) = guide()
        .walk(None, &answers(&[("has-card", "yes")]))
        .expect("walk")
    else {
        panic!("expected a question")
    };
    assert_eq!(q.id, "registered");
    assert_eq!(q.path, ["has-card"]);
}

#[test]
fn every_situation_is_an_entry() {
    let guide = guide();
    let ids: Vec<&str> = guide.situations().iter().map(|s| s.id.as_str()).collect();
    for expected in [
        "lost-card",
        "pin-locked",
        "reader-failed",
        "certificate-not-arrived",
        "turning-75",
        "changed-insurer",
        "unregister",
        "smartphone",
        "residence-period",
    ] {
        assert!(ids.contains(&expected), "situation {expected} missing");
    }
    assert_eq!(outcome_of(Some("lost-card"), &[]).0, "lost-card");
    assert_eq!(
        outcome_of(Some("certificate-not-arrived"), &[("insurer-type", "kouki")]).0,
        "kakuninsho-kouki"
    );
    // S1: a 国保組合 issues its own certificate; its members are not sent to the city.
    assert_eq!(
        outcome_of(
            Some("certificate-not-arrived"),
            &[("insurer-type", "kokuho-kumiai")]
        )
        .0,
        "kakuninsho-kumiai"
    );
    assert_eq!(outcome_of(Some("residence-period"), &[]).0, "residence-period");
}

/// Issue 10 item 14: every step names a seed (S0–S4) or a section of domain-rules.md.
#[test]
fn every_step_cites_its_source() {
    let guide = guide();
    for outcome in guide.outcomes() {
        for step in &outcome.steps {
            assert!(
                step.cites_a_source(),
                "{} / {}: `{}`",
                outcome.id,
                step.text,
                step.source
            );
        }
    }
    let uncited = |source: &str| {
        format!(
            "{START}[[outcome]]\nid = \"done\"\ntitle = \"t\"\nsteps = [{{ text = \"s\", source = \"{source}\" }}]\nsource = \"s\"\n"
        )
    };
    assert!(Guide::from_files(&file(&uncited("S4 Q17③"))).is_ok());
    assert!(Guide::from_files(&file(&uncited("domain-rules.md §7.2"))).is_ok());
    for bad in ["", "a blog", "S44", "domain-rules.md"] {
        let error = Guide::from_files(&file(&uncited(bad))).expect_err(bad);
        assert!(error.to_string().contains("cites no seed"), "{error}");
    }
    // A step without any source is a syntax error.
    let missing = format!(
        "{START}[[outcome]]\nid = \"done\"\ntitle = \"t\"\nsteps = [{{ text = \"s\" }}]\nsource = \"s\"\n"
    );
    assert!(matches!(
        Guide::from_files(&file(&missing)),
        Err(GuideError::Syntax { .. })
    ));
}

fn step_texts(situation: Option<&str>, pairs: &[(&str, &str)]) -> String {
    let loc = mynaho_guide::i18n::Localizer::new("ja");
    let (id, _) = outcome_of(situation, pairs);
    let guide = guide();
    let outcome = guide.outcome(&id).expect("outcome");
    outcome
        .step_ids()
        .iter()
        .map(|id| loc.text(id))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The advice of issue 10, checked against the seeds' own words (not the program's output).
#[test]
fn counter_advice_says_what_the_sources_say() {
    // S4 Q17: without card or 資格確認書 the patient may pay 10割; 被保険者資格申立書 with the card.
    for insurer in ["employee", "kokuho", "kokuho-kumiai", "kouki", "unknown"] {
        let text = step_texts(Some("certificate-not-arrived"), &[("insurer-type", insurer)]);
        assert!(text.contains("10割"), "{insurer}: {text}");
        assert!(text.contains("被保険者資格申立書"), "{insurer}: {text}");
        assert!(text.contains("その場で登録"), "{insurer}: {text}");
        // S0, S4 Q28: the お知らせ alone is not enough.
        assert!(
            text.contains("お知らせだけでは受診できません"),
            "{insurer}: {text}"
        );
        assert!(!text.contains("そのことを伝えて"), "{insurer}: unsourced advice");
    }
    let kouki = step_texts(Some("certificate-not-arrived"), &[("insurer-type", "kouki")]);
    assert!(kouki.contains("要介護") && kouki.contains("最初の1回"), "{kouki}");
    let reader = step_texts(Some("reader-failed"), &[]);
    for words in ["PDF", "ICチップ", "10割", "お知らせだけでは受診できません"] {
        assert!(reader.contains(words), "reader-failed lacks {words}: {reader}");
    }
    let lost = step_texts(Some("lost-card"), &[]);
    for words in [
        "音声ガイダンス2",
        "警察署の名前・電話番号・担当者の名前・遺失届の受理番号",
        "1,000円",
        "2,000円",
        "1～2か月",
        "スマートフォン",
    ] {
        assert!(lost.contains(words), "lost-card lacks {words}: {lost}");
    }
    // S1: the new insurer's notice comes only after its data is registered.
    let changed = step_texts(Some("changed-insurer"), &[]);
    assert!(!changed.contains("「資格情報のお知らせ」を一緒に"), "{changed}");
    assert!(changed.contains("被保険者資格申立書"), "{changed}");
    let seventy_five = step_texts(Some("turning-75"), &[]);
    assert!(seventy_five.contains("広域連合"), "{seventy_five}");
    assert!(seventy_five.contains("会社の健康保険で"), "{seventy_five}");
    let guide = guide();
    assert!(guide.outcome("turning-75").expect("turning-75").call.is_empty());
    let apply = step_texts(None, &[("has-card", "no")]);
    assert!(
        apply.contains("義務ではありません") && apply.contains("利用登録"),
        "{apply}"
    );
}

#[test]
fn unknown_keys_values_and_situations_are_errors() {
    let guide = guide();
    assert!(matches!(
        guide.walk(None, &answers(&[("colour", "red")])),
        Err(GuideError::UnknownQuestion(_))
    ));
    assert!(matches!(
        guide.walk(None, &answers(&[("has-card", "maybe")])),
        Err(GuideError::UnknownAnswer { .. })
    ));
    assert!(matches!(
        guide.walk(Some("flood"), &[]),
        Err(GuideError::UnknownSituation(_))
    ));
}

fn file(text: &str) -> Vec<(String, String)> {
    vec![("test.toml".to_string(), text.to_string())]
}

const START: &str = r#"
[[question]]
id = "has-card"
text = "q"
source = "s"
choices = [{ value = "yes", label = "l", next = "done" }]
"#;

#[test]
fn broken_graphs_are_refused() {
    let outcome = "[[outcome]]\nid = \"done\"\ntitle = \"t\"\nsteps = [{ text = \"s\", source = \"S0 p.1\" }]\nsource = \"s\"\n";
    assert!(Guide::from_files(&file(&format!("{START}{outcome}"))).is_ok());
    // An answer leading nowhere.
    assert!(Guide::from_files(&file(START)).is_err());
    // An unreachable outcome.
    let orphan = outcome.replace("\"done\"", "\"orphan\"");
    assert!(Guide::from_files(&file(&format!("{START}{outcome}{orphan}"))).is_err());
    // A cycle.
    let cycle = r#"
[[question]]
id = "has-card"
text = "q"
source = "s"
choices = [{ value = "yes", label = "l", next = "again" }]
[[question]]
id = "again"
text = "q"
source = "s"
choices = [{ value = "yes", label = "l", next = "has-card" }]
"#;
    let error = Guide::from_files(&file(cycle)).expect_err("cycle");
    assert!(error.to_string().contains("cycle"), "{error}");
    // No steps.
    let empty = outcome.replace("steps = [{ text = \"s\", source = \"S0 p.1\" }]", "steps = []");
    assert!(Guide::from_files(&file(&format!("{START}{empty}"))).is_err());
    // Syntax.
    assert!(matches!(
        Guide::from_files(&file("[[question]\n")),
        Err(GuideError::Syntax { .. })
    ));
}
