//! What 読み上げ says on the guide's pages: the words each page shows, in the order shown —
//! the question and its answers, the outcome with its steps, things to bring, places and calls,
//! or the list of counter situations. The view and the R key ask for the same words here.

use crate::guide::{OutcomeView, QuestionView, Walk};
use crate::rules::{Status, Timeline};

use super::super::Ctx;
use super::super::speech::{Part, Request};
use super::State;

impl State {
    /// The page's main part (R reads it).
    pub fn main_speech(&self, ctx: &Ctx, timeline: Option<&Timeline>) -> Option<Request> {
        if self.picking {
            return Some(situations_speech(ctx));
        }
        match self.walk(ctx)? {
            Walk::Question(question) => Some(question_speech(ctx, &question)),
            Walk::Outcome(outcome) => Some(outcome_speech(ctx, &outcome, timeline)),
        }
    }
}

/// The question, then each answer offered.
pub fn question_speech(ctx: &Ctx, question: &QuestionView) -> Request {
    let lines: Vec<String> = std::iter::once(ctx.t(&question.text))
        .chain(question.choices.iter().map(|choice| ctx.t(&choice.label)))
        .collect();
    Request {
        part: Part::Question(question.id.clone()),
        text: lines.join("\n"),
    }
}

/// The list of counter situations under its title.
pub fn situations_speech(ctx: &Ctx) -> Request {
    let situations = ctx
        .guide
        .as_ref()
        .map(|guide| guide.situations().to_vec())
        .unwrap_or_default();
    let lines: Vec<String> = [
        ctx.t(msg!("gui-problem-title")),
        ctx.t(msg!("gui-problem-explain")),
    ]
    .into_iter()
    .chain(situations.iter().map(|s| ctx.t(&s.title)))
    .collect();
    Request {
        part: Part::Situations,
        text: lines.join("\n"),
    }
}

/// When the card must be renewed or checked first, that comes first (its timeline) and the
/// outcome's title follows as what to do after that (the sheet does the same).
pub fn status_first<'t>(
    ctx: &Ctx,
    view: &OutcomeView,
    timeline: Option<&'t Timeline>,
) -> (Option<&'t Timeline>, String) {
    let first = timeline.filter(|t| matches!(t.mynaho.status, Status::Expired | Status::Check));
    let title = ctx.t(&view.outcome.title);
    match first {
        Some(_) => (
            first,
            ctx.loc.text_str(msg!("sheet-after-that"), &[("title", &title)]),
        ),
        None => (None, title),
    }
}

/// The outcome: when the card must first be renewed or checked, that status first; then the
/// title, the steps, what to bring, where to go and whom to call, each under its heading.
pub fn outcome_speech(ctx: &Ctx, view: &OutcomeView, timeline: Option<&Timeline>) -> Request {
    let outcome = &view.outcome;
    let (first, title) = status_first(ctx, view, timeline);
    let mut lines: Vec<String> = first
        .map(|timeline| super::super::dates::status_speech(ctx, timeline).text)
        .into_iter()
        .collect();
    lines.push(title);
    let sections = [
        (msg!("cli-steps"), outcome.step_ids()),
        (msg!("cli-bring"), outcome.bring.clone()),
        (msg!("cli-where"), outcome.where_to_go.clone()),
    ];
    for (heading, ids) in sections {
        if !ids.is_empty() {
            lines.push(ctx.t(heading));
            lines.extend(ids.iter().map(|id| ctx.t(id)));
        }
    }
    let calls: Vec<String> = outcome
        .call
        .iter()
        .filter_map(|id| super::outcome::hotline_line(ctx, id))
        .collect();
    if !calls.is_empty() {
        lines.push(ctx.t(msg!("cli-call")));
        lines.extend(calls);
    }
    Request {
        part: Part::Outcome(outcome.id.clone()),
        text: lines.join("\n"),
    }
}
