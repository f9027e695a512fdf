//! The guide graph as loaded from `assets/guide/*.toml`, and its validation: every id
//! resolves, every node is reachable, every answer leads somewhere, no cycles.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use crate::assets;

/// One answer to a question and where it leads.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// The value given on the command line (`yes`, `no`, `unknown`, …).
    pub value: String,
    /// Fluent id of the button label.
    pub label: String,
    /// The question or outcome it leads to.
    pub next: String,
}

/// A question: one screen, one idea.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Stable id, also the `KEY` of `--answer KEY=VALUE`.
    pub id: String,
    /// Fluent id of the question.
    pub text: String,
    /// Fluent id of a line explaining the words in it.
    #[serde(default)]
    pub help: Option<String>,
    /// The answers.
    pub choices: Vec<Choice>,
    /// Where the question comes from.
    pub source: String,
}

/// One thing to do, with the document it comes from.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// Fluent id of the sentence.
    pub text: String,
    /// Where it comes from: a seed (`S0`–`S4`) with its page or question, or a section of
    /// `domain-rules.md` (`domain-rules.md §7.2`).
    pub source: String,
}

impl Step {
    /// Whether the source names a seed or a section of the domain rules (not only a web page).
    pub fn cites_a_source(&self) -> bool {
        let seed = ["S0", "S1", "S2", "S3", "S4"].iter().any(|seed| {
            self.source
                .split(|c: char| !c.is_ascii_alphanumeric())
                .any(|w| w == *seed)
        });
        seed || self.source.contains("domain-rules.md §")
    }
}

/// Where a walk ends: what to do, bring, where to go and whom to call.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    /// Stable id.
    pub id: String,
    /// Fluent id of the title.
    pub title: String,
    /// The steps, in order, each with its source.
    pub steps: Vec<Step>,
    /// Fluent ids of what to bring.
    #[serde(default)]
    pub bring: Vec<String>,
    /// Fluent ids of where to go.
    #[serde(default, rename = "where")]
    pub where_to_go: Vec<String>,
    /// Hotline ids (rules file) to call.
    #[serde(default)]
    pub call: Vec<String>,
    /// Where the outcome comes from.
    pub source: String,
}

impl Outcome {
    /// The Fluent ids of the steps, in order.
    pub fn step_ids(&self) -> Vec<String> {
        self.steps.iter().map(|step| step.text.clone()).collect()
    }
}

/// A counter situation one can start from.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Situation {
    /// Stable id (`lost-card`).
    pub id: String,
    /// Fluent id of its title.
    pub title: String,
    /// The question or outcome it starts at.
    pub start: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct GuideFile {
    #[serde(default, rename = "question")]
    questions: Vec<Question>,
    #[serde(default, rename = "outcome")]
    outcomes: Vec<Outcome>,
    #[serde(default, rename = "situation")]
    situations: Vec<Situation>,
}

/// Why the guide data or a walk through it was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GuideError {
    /// A guide file is not valid TOML for the schema.
    #[error("guide file {file}: {reason}")]
    Syntax { file: String, reason: String },
    /// The graph is not sound.
    #[error("guide graph: {0}")]
    Invalid(String),
    /// `--situation` names no situation.
    #[error("unknown situation `{0}`")]
    UnknownSituation(String),
    /// `--answer KEY=…` names no question.
    #[error("unknown question `{0}`")]
    UnknownQuestion(String),
    /// `--answer KEY=VALUE` gives a value the question does not offer.
    #[error("`{value}` is not an answer to `{question}`")]
    UnknownAnswer {
        question: String,
        value: String,
        accepted: Vec<String>,
    },
}

impl GuideError {
    /// The Fluent message id explaining this error.
    pub fn message_id(&self) -> crate::i18n::MessageId {
        match self {
            GuideError::Syntax { .. } | GuideError::Invalid(_) => msg!("guide-error-data"),
            GuideError::UnknownSituation(_) => msg!("guide-error-situation"),
            GuideError::UnknownQuestion(_) => msg!("guide-error-question"),
            GuideError::UnknownAnswer { .. } => msg!("guide-error-answer"),
        }
    }
}

/// The whole guide: questions, outcomes and situations by id.
#[derive(Debug, Clone)]
pub struct Guide {
    pub(super) questions: BTreeMap<String, Question>,
    pub(super) outcomes: BTreeMap<String, Outcome>,
    pub(super) situations: Vec<Situation>,
}

impl Guide {
    /// The guide shipped in the binary (every `assets/guide/*.toml`).
    pub fn embedded() -> Result<Guide, GuideError> {
        let mut files: Vec<(String, String)> = assets::Assets::iter()
            .filter(|path| path.starts_with("guide/") && path.ends_with(".toml"))
            .filter_map(|path| assets::asset_text(&path).map(|text| (path.to_string(), text)))
            .collect();
        files.sort();
        Guide::from_files(&files)
    }

    /// A guide from `(file name, TOML text)` pairs, validated.
    pub fn from_files(files: &[(String, String)]) -> Result<Guide, GuideError> {
        let mut guide = Guide {
            questions: BTreeMap::new(),
            outcomes: BTreeMap::new(),
            situations: Vec::new(),
        };
        for (name, text) in files {
            let file: GuideFile = toml::from_str(text).map_err(|e| GuideError::Syntax {
                file: name.clone(),
                reason: e.to_string(),
            })?;
            for question in file.questions {
                let id = question.id.clone();
                if guide.questions.insert(id.clone(), question).is_some() {
                    return Err(GuideError::Invalid(format!("question `{id}` defined twice")));
                }
            }
            for outcome in file.outcomes {
                let id = outcome.id.clone();
                if guide.outcomes.insert(id.clone(), outcome).is_some() {
                    return Err(GuideError::Invalid(format!("outcome `{id}` defined twice")));
                }
            }
            guide.situations.extend(file.situations);
        }
        guide.validate()?;
        Ok(guide)
    }

    fn is_node(&self, id: &str) -> bool {
        self.questions.contains_key(id) || self.outcomes.contains_key(id)
    }

    fn validate(&self) -> Result<(), GuideError> {
        let fail = |text: String| Err(GuideError::Invalid(text));
        if !self.questions.contains_key(super::QUICK_GUIDE_START) {
            return fail(format!(
                "the quick guide start `{}` is missing",
                super::QUICK_GUIDE_START
            ));
        }
        for id in self.questions.keys() {
            if self.outcomes.contains_key(id) {
                return fail(format!("`{id}` is both a question and an outcome"));
            }
        }
        for question in self.questions.values() {
            if question.choices.is_empty() {
                return fail(format!("question `{}` has no answers", question.id));
            }
            let mut values = BTreeSet::new();
            for choice in &question.choices {
                if !values.insert(&choice.value) {
                    return fail(format!(
                        "question `{}` offers `{}` twice",
                        question.id, choice.value
                    ));
                }
                if !self.is_node(&choice.next) {
                    return fail(format!(
                        "answer `{}={}` leads to unknown `{}`",
                        question.id, choice.value, choice.next
                    ));
                }
            }
        }
        for outcome in self.outcomes.values() {
            if outcome.steps.is_empty() {
                return fail(format!("outcome `{}` has no steps", outcome.id));
            }
            if let Some(step) = outcome.steps.iter().find(|step| !step.cites_a_source()) {
                return fail(format!(
                    "step `{}` of `{}` cites no seed (S0–S4) or domain-rules.md section: `{}`",
                    step.text, outcome.id, step.source
                ));
            }
        }
        let mut seen = BTreeSet::new();
        for situation in &self.situations {
            if !seen.insert(&situation.id) {
                return fail(format!("situation `{}` defined twice", situation.id));
            }
            if !self.is_node(&situation.start) {
                return fail(format!(
                    "situation `{}` starts at unknown `{}`",
                    situation.id, situation.start
                ));
            }
        }
        // Reachability and cycles: a depth-first walk from every entry.
        let entries =
            std::iter::once(super::QUICK_GUIDE_START).chain(self.situations.iter().map(|s| s.start.as_str()));
        let mut reached = BTreeSet::new();
        for entry in entries {
            self.visit(entry, &mut Vec::new(), &mut reached)?;
        }
        for id in self.questions.keys().chain(self.outcomes.keys()) {
            if !reached.contains(id.as_str()) {
                return fail(format!("`{id}` cannot be reached"));
            }
        }
        Ok(())
    }

    fn visit<'a>(
        &'a self,
        id: &'a str,
        stack: &mut Vec<&'a str>,
        reached: &mut BTreeSet<&'a str>,
    ) -> Result<(), GuideError> {
        if stack.contains(&id) {
            return Err(GuideError::Invalid(format!(
                "cycle: {} → {id}",
                stack.join(" → ")
            )));
        }
        reached.insert(id);
        if let Some(question) = self.questions.get(id) {
            stack.push(id);
            for choice in &question.choices {
                self.visit(&choice.next, stack, reached)?;
            }
            stack.pop();
        }
        Ok(())
    }

    /// A question by id.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.get(id)
    }

    /// An outcome by id.
    pub fn outcome(&self, id: &str) -> Option<&Outcome> {
        self.outcomes.get(id)
    }

    /// Every question.
    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        self.questions.values()
    }

    /// Every outcome.
    pub fn outcomes(&self) -> impl Iterator<Item = &Outcome> {
        self.outcomes.values()
    }

    /// The counter situations, in the order of the data.
    pub fn situations(&self) -> &[Situation] {
        &self.situations
    }

    /// A situation by id.
    pub fn situation(&self, id: &str) -> Option<&Situation> {
        self.situations.iter().find(|s| s.id == id)
    }

    /// Every Fluent id the guide uses (for the completeness test).
    pub fn message_ids(&self) -> BTreeSet<&str> {
        let mut ids = BTreeSet::new();
        for q in self.questions.values() {
            ids.insert(q.text.as_str());
            ids.extend(q.help.as_deref());
            ids.extend(q.choices.iter().map(|c| c.label.as_str()));
        }
        for o in self.outcomes.values() {
            ids.insert(o.title.as_str());
            ids.extend(o.steps.iter().map(|step| step.text.as_str()));
            ids.extend(o.bring.iter().chain(&o.where_to_go).map(String::as_str));
        }
        ids.extend(self.situations.iter().map(|s| s.title.as_str()));
        ids
    }
}
