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
    ] {
        assert!(ids.contains(&expected), "situation {expected} missing");
    }
    assert_eq!(outcome_of(Some("lost-card"), &[]).0, "lost-card");
    assert_eq!(
        outcome_of(Some("certificate-not-arrived"), &[("insurer-type", "kouki")]).0,
        "kakuninsho-kouki"
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
    let outcome = "[[outcome]]\nid = \"done\"\ntitle = \"t\"\nsteps = [\"s\"]\nsource = \"s\"\n";
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
    let empty = outcome.replace("steps = [\"s\"]", "steps = []");
    assert!(Guide::from_files(&file(&format!("{START}{empty}"))).is_err());
    // Syntax.
    assert!(matches!(
        Guide::from_files(&file("[[question]\n")),
        Err(GuideError::Syntax { .. })
    ));
}
