//! Walking the guide: from an entry (the quick guide or a situation) through the answers given,
//! to the next question or an outcome.

use super::data::{Choice, Guide, GuideError, Outcome};

/// The next question to ask.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionView {
    /// The question id (the `KEY` of `--answer KEY=VALUE`).
    pub id: String,
    /// Fluent id of the question.
    pub text: String,
    /// Fluent id of its explanation line.
    pub help: Option<String>,
    /// The answers offered.
    pub choices: Vec<Choice>,
    /// Node ids walked so far (not including this question).
    pub path: Vec<String>,
}

/// Where the walk ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutcomeView {
    /// The outcome.
    pub outcome: Outcome,
    /// Node ids walked, ending with the outcome.
    pub path: Vec<String>,
}

/// The result of a walk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Walk {
    /// Answers are still needed.
    Question(QuestionView),
    /// The answers reached an outcome.
    Outcome(OutcomeView),
}

impl Guide {
    /// Walks from `situation` (or the quick guide) through `answers` (`KEY`, `VALUE`).
    ///
    /// Answers for questions off the path are ignored; an unknown key or value is an error.
    pub fn walk(&self, situation: Option<&str>, answers: &[(String, String)]) -> Result<Walk, GuideError> {
        for (key, value) in answers {
            let question = self
                .question(key)
                .ok_or_else(|| GuideError::UnknownQuestion(key.clone()))?;
            if !question.choices.iter().any(|c| &c.value == value) {
                return Err(GuideError::UnknownAnswer {
                    question: key.clone(),
                    value: value.clone(),
                    accepted: question.choices.iter().map(|c| c.value.clone()).collect(),
                });
            }
        }
        let start = match situation {
            Some(id) => self
                .situation(id)
                .ok_or_else(|| GuideError::UnknownSituation(id.to_string()))?
                .start
                .as_str(),
            None => super::QUICK_GUIDE_START,
        };
        let mut path = Vec::new();
        let mut node = start.to_string();
        // The graph is acyclic (validated), so this ends within the number of nodes.
        loop {
            if let Some(outcome) = self.outcome(&node) {
                path.push(node);
                return Ok(Walk::Outcome(OutcomeView {
                    outcome: outcome.clone(),
                    path,
                }));
            }
            let question = self
                .question(&node)
                .ok_or_else(|| GuideError::Invalid(format!("`{node}` missing")))?;
            let answer = answers.iter().rev().find(|(key, _)| key == &question.id);
            let Some((_, value)) = answer else {
                return Ok(Walk::Question(QuestionView {
                    id: question.id.clone(),
                    text: question.text.clone(),
                    help: question.help.clone(),
                    choices: question.choices.clone(),
                    path,
                }));
            };
            let next = question
                .choices
                .iter()
                .find(|c| &c.value == value)
                .map(|c| c.next.clone())
                .ok_or_else(|| GuideError::Invalid(format!("`{value}` vanished")))?;
            path.push(node);
            node = next;
        }
    }
}
