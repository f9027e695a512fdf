//! The guide: one question per screen with large answers, back and restart always visible, the
//! path so far, the flowchart diagram, and the outcome with its steps, what to bring, where to go
//! and whom to call. The steps are data from the core (`Guide::walk`), not one screen per node.

use iced::widget::{Column, canvas, column};
use iced::{Element, Length};

use crate::guide::{QuestionView, Walk};
use crate::rules::Timeline;

use super::Ctx;

mod outcome;
mod speech_text;
use super::flowchart::{self, Chart};
use super::widget::{self, Frame, Kind, Ring};

/// Where the person is in the guide.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    situation: Option<String>,
    answers: Vec<(String, String)>,
    picking: bool,
}

/// What the person did in the guide.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// A counter situation was chosen from the list (its id).
    SituationChosen(String),
    /// An answer was chosen for a question.
    AnswerChosen {
        /// The question's id.
        question: String,
        /// The answer's value (`yes`, `no`, `unknown`…).
        value: String,
    },
    /// Back was pressed: undo the last answer.
    BackPressed,
    /// Restart was pressed: forget the answers.
    RestartPressed,
    /// "Review and print" was pressed on an outcome.
    ReviewChosen,
    /// "Check my dates" was pressed on an outcome.
    DatesChosen,
    /// 読み上げ or 止める was pressed (the root handles it).
    Speak(super::speech::Request),
}

/// What the root should do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Nothing beyond this screen.
    None,
    /// Back past the first question.
    GoHome,
    /// Open the dates screen.
    OpenDates,
    /// Open review and print.
    OpenReview,
}

impl State {
    /// The list of counter situations, before any question.
    pub fn picking_situation() -> Self {
        Self {
            picking: true,
            ..Self::default()
        }
    }

    /// Nothing chosen yet.
    pub fn is_empty(&self) -> bool {
        self.situation.is_none() && self.answers.is_empty()
    }

    /// The situation chosen, if any.
    /// Whether the list of counter situations is showing.
    pub fn is_picking(&self) -> bool {
        self.picking
    }

    /// The counter situation the walk started from, if any.
    pub fn situation(&self) -> Option<&str> {
        self.situation.as_deref()
    }

    /// The answers so far, as (question id, value).
    pub fn answers(&self) -> &[(String, String)] {
        &self.answers
    }

    /// Where the answers lead (`None` when the guide data is missing or the answers don't fit).
    pub fn walk(&self, ctx: &Ctx) -> Option<Walk> {
        ctx.guide
            .as_ref()?
            .walk(self.situation.as_deref(), &self.answers)
            .ok()
    }

    /// Handles one message.
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::SituationChosen(id) => {
                self.situation = Some(id);
                self.answers.clear();
                self.picking = false;
                Action::None
            }
            Message::AnswerChosen { question, value } => {
                // Answering a question again (after going back) replaces it and what followed.
                if let Some(at) = self.answers.iter().position(|(q, _)| *q == question) {
                    self.answers.truncate(at);
                }
                self.answers.push((question, value));
                Action::None
            }
            Message::BackPressed => {
                if self.picking {
                    Action::GoHome
                } else if self.answers.pop().is_some() {
                    Action::None
                } else if self.situation.take().is_some() {
                    self.picking = true;
                    Action::None
                } else {
                    Action::GoHome
                }
            }
            Message::RestartPressed => {
                self.answers.clear();
                Action::None
            }
            Message::ReviewChosen => Action::OpenReview,
            Message::DatesChosen => Action::OpenDates,
            Message::Speak(_) => Action::None,
        }
    }

    /// What the ring and number keys reach: the answers, the situations, or the outcome's buttons.
    pub fn shortcuts(&self, ctx: &Ctx) -> Vec<Message> {
        if self.picking {
            let situations = ctx
                .guide
                .as_ref()
                .map(|guide| guide.situations().to_vec())
                .unwrap_or_default();
            return situations
                .into_iter()
                .map(|s| Message::SituationChosen(s.id))
                .collect();
        }
        match self.walk(ctx) {
            Some(Walk::Question(question)) => question
                .choices
                .into_iter()
                .map(|choice| Message::AnswerChosen {
                    question: question.id.clone(),
                    value: choice.value,
                })
                .collect(),
            Some(Walk::Outcome(_)) => vec![
                Message::ReviewChosen,
                Message::DatesChosen,
                Message::RestartPressed,
            ],
            None => Vec::new(),
        }
    }

    /// The questions asked and the answers given, as readable lines.
    pub fn path_lines(&self, ctx: &Ctx) -> Vec<String> {
        let Some(guide) = ctx.guide.as_ref() else {
            return Vec::new();
        };
        (0..self.answers.len())
            .filter_map(|i| {
                let Ok(Walk::Question(question)) = guide.walk(self.situation.as_deref(), &self.answers[..i])
                else {
                    return None;
                };
                let value = &self.answers[i].1;
                let answer = question
                    .choices
                    .iter()
                    .find(|c| c.value == *value)
                    .map(|c| ctx.t(&c.label))?;
                Some(format!("{} → {}", ctx.t(&question.text), answer))
            })
            .collect()
    }

    /// Draws the guide.
    pub fn view<'a>(
        &'a self,
        ctx: &'a Ctx,
        ring: &Ring<Message>,
        timeline: Option<&Timeline>,
    ) -> Frame<'a, Message> {
        let nav = vec![
            widget::nav_button(
                ctx,
                "guide-back",
                ctx.t(msg!("gui-back")),
                Some(Message::BackPressed),
            ),
            widget::nav_button(
                ctx,
                "guide-restart",
                ctx.t(msg!("gui-restart")),
                (!self.answers.is_empty()).then_some(Message::RestartPressed),
            ),
        ];
        if self.picking {
            return Frame::new(nav, self.situations(ctx, ring));
        }
        match self.walk(ctx) {
            Some(Walk::Question(question)) => Frame::new(nav, self.question(ctx, &question, ring)),
            // The main action stays in the bottom bar, never below the fold.
            Some(Walk::Outcome(outcome)) => Frame::new(nav, self.outcome(ctx, &outcome, ring, timeline))
                .with_action(widget::big_button(
                    ctx,
                    "outcome-review",
                    ring.label(&Message::ReviewChosen, ctx.t(msg!("gui-outcome-review"))),
                    Some(Message::ReviewChosen),
                    Kind::Primary,
                    ring.is(&Message::ReviewChosen),
                )),
            None => Frame::new(
                nav,
                column![widget::error(ctx, ctx.t(msg!("gui-guide-missing")))].into(),
            ),
        }
    }

    fn situations(&self, ctx: &Ctx, ring: &Ring<Message>) -> Element<'_, Message> {
        let situations = ctx
            .guide
            .as_ref()
            .map(|guide| guide.situations().to_vec())
            .unwrap_or_default();
        let buttons = situations.into_iter().map(|s| {
            let message = Message::SituationChosen(s.id.clone());
            widget::big_button(
                ctx,
                format!("situation-{}", s.id),
                ring.label(&message, ctx.t(&s.title)),
                Some(message.clone()),
                Kind::Secondary,
                ring.is(&message),
            )
        });
        column![
            super::speech::readable(
                ctx,
                speech_text::situations_speech(ctx),
                Message::Speak,
                super::speech::Place::Beside,
                column![
                    widget::title(ctx, ctx.t(msg!("gui-problem-title"))),
                    widget::hint(ctx, ctx.t(msg!("gui-problem-explain"))),
                ]
                .spacing(18)
                .into(),
            ),
            Column::with_children(buttons).spacing(12),
        ]
        .spacing(18)
        .into()
    }

    fn question<'a>(
        &'a self,
        ctx: &'a Ctx,
        question: &QuestionView,
        ring: &Ring<Message>,
    ) -> Element<'a, Message> {
        let step = ctx.loc.text_with(
            msg!("gui-guide-step"),
            &[("number", ((self.answers.len() + 1) as i64).into())],
        );
        let answers = question.choices.iter().map(|choice| {
            let message = Message::AnswerChosen {
                question: question.id.clone(),
                value: choice.value.clone(),
            };
            widget::big_button(
                ctx,
                format!("answer-{}", choice.value),
                ring.label(&message, ctx.t(&choice.label)),
                Some(message.clone()),
                Kind::Primary,
                ring.is(&message),
            )
        });
        let mut path = question.path.clone();
        if path.last() != Some(&question.id) {
            path.push(question.id.clone());
        }
        // The answers right under the question (they must show at 200 % on a small screen);
        // what the words mean follows them.
        column![
            super::speech::readable(
                ctx,
                speech_text::question_speech(ctx, question),
                Message::Speak,
                super::speech::Place::Beside,
                widget::title(ctx, ctx.t(&question.text)),
            ),
            Column::with_children(answers).spacing(12),
            widget::hint(
                ctx,
                match &question.help {
                    Some(id) => format!("{}\n{}", ctx.t(id), ctx.t(msg!("gui-guide-answer-hint"))),
                    None => ctx.t(msg!("gui-guide-answer-hint")),
                }
            ),
            widget::hint(ctx, step),
            self.so_far(ctx),
            self.diagram(ctx, path),
        ]
        .spacing(18)
        .into()
    }

    pub(super) fn so_far(&self, ctx: &Ctx) -> Element<'_, Message> {
        let lines = self.path_lines(ctx);
        if lines.is_empty() {
            return column![].into();
        }
        widget::panel(
            ctx,
            column![
                widget::heading(ctx, ctx.t(msg!("gui-guide-so-far"))),
                widget::list(ctx, lines, true)
            ]
            .spacing(8),
        )
    }

    pub(super) fn diagram<'a>(&'a self, ctx: &'a Ctx, path: Vec<String>) -> Element<'a, Message> {
        let graph = ctx.graph.as_ref();
        if graph.nodes.is_empty() || self.situation.is_some() {
            return column![].into();
        }
        let labels = graph
            .nodes
            .iter()
            .map(|node| short_label(ctx, &node.id, &node.text))
            .collect();
        let edge_labels = graph.edges.iter().map(|edge| ctx.t(&edge.label)).collect();
        let height = graph.rows() as f32 * flowchart::ROW;
        let chart = Chart {
            graph,
            labels,
            edge_labels,
            path,
            colors: ctx.colors,
            font: ctx.font,
        };
        widget::panel(
            ctx,
            column![
                widget::heading(ctx, ctx.t(msg!("gui-guide-diagram"))),
                iced::widget::container(canvas(chart).width(Length::Fill).height(height)).id("flowchart"),
            ]
            .spacing(8),
        )
    }
}

/// A node's short label for the diagram (`gui-node-<id>`), or its full text when none exists.
fn short_label(ctx: &Ctx, id: &str, text: &String) -> String {
    let key = format!("gui-node-{id}");
    let short = ctx.t(&key);
    if short == key { ctx.t(text) } else { short }
}
