//! Reading aloud in the window (issue 14): which part of the page is being read, the
//! 読み上げ／止める button beside each part and its highlight, and the root's handling — a new
//! read stops the old one, a new page, a language change, the next person or the kiosk wipe
//! stop it. Speaking happens on the speaker's own thread; the window only hears its events.

use std::sync::Arc;

use iced::widget::{button, column, container, row, text};
use iced::{Alignment, Background, Border, Element, Length, Padding, Task, Theme};

use super::{App, Ctx, Message};
use crate::speech::{Event, Speaker, SpeechError, Speed};

/// A part of a page that can be read aloud.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Part {
    /// The guide's question (its id).
    Question(String),
    /// The guide's outcome (its id).
    Outcome(String),
    /// The list of counter situations.
    Situations,
    /// The dates' status banner.
    Status,
    /// The dates' summary: the key dates.
    KeyDates,
}

/// A press of 読み上げ (or 止める): the part and the words it shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// Which part.
    pub part: Part,
    /// What it says, as shown.
    pub text: String,
}

/// What the views show of the speech: the part being read, whether the voice is still being
/// prepared, and the last problem.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Showing {
    /// The part being read.
    pub part: Option<Part>,
    /// Pressed, but no sound yet (the first read loads the voice).
    pub preparing: bool,
    /// The part whose read failed, and why (in the person's words).
    pub error: Option<(Part, String)>,
    /// The reading speed.
    pub speed: Speed,
}

/// The speaker the window reads through; compared by identity (options are compared).
#[derive(Clone)]
pub struct SpeakerHandle(pub Arc<dyn Speaker>);

impl std::fmt::Debug for SpeakerHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl PartialEq for SpeakerHandle {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for SpeakerHandle {}

impl SpeakerHandle {
    /// The system's sound device through a worker thread (nothing starts before the first read).
    pub fn system() -> Self {
        Self(Arc::new(crate::speech::ThreadSpeaker::system("default")))
    }
}

/// The button beside a part: 読み上げ, or 止める while it is read. Nothing in a language that
/// does not speak.
pub fn button_for<'a, M: Clone + 'a>(
    ctx: &Ctx,
    request: Request,
    to_message: impl Fn(Request) -> M,
) -> Element<'a, M> {
    if !crate::speech::speaks(ctx.loc.lang()) {
        return column![].into();
    }
    let reading = ctx.speech.part.as_ref() == Some(&request.part);
    let (label, kind) = if reading {
        (ctx.t(msg!("speech-stop")), super::widget::Kind::Primary)
    } else {
        (ctx.t(msg!("speech-read")), super::widget::Kind::Secondary)
    };
    let colors = ctx.colors;
    let id = format!("speak-{}", part_key(&request.part));
    let press = button(text(label).size(20).font(ctx.font).line_height(ctx.line_height))
        .on_press(to_message(request))
        .padding(Padding::from([12, 16]))
        .style(move |_: &Theme, status| super::widget::button_style(&colors, kind, status));
    container(press).id(id).into()
}

/// Where the button goes: beside a title (it wraps), or under a box that needs the whole width
/// (the status banner, the key dates) at its right.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// At the right of the content.
    Beside,
    /// Under the content, at the right.
    Under,
}

/// `content` with its read-aloud button, framed while it is read, with a line under it while
/// the voice is being prepared or when the read failed.
pub fn readable<'a, M: Clone + 'a>(
    ctx: &Ctx,
    request: Request,
    to_message: impl Fn(Request) -> M,
    place: Place,
    content: Element<'a, M>,
) -> Element<'a, M> {
    let reading = ctx.speech.part.as_ref() == Some(&request.part);
    let notice = if reading && ctx.speech.preparing {
        Some(super::widget::hint(ctx, ctx.t(msg!("speech-preparing"))))
    } else {
        ctx.speech
            .error
            .as_ref()
            .filter(|(part, _)| *part == request.part)
            .map(|(_, why)| super::widget::error(ctx, why.clone()))
    };
    let press = button_for(ctx, request, to_message);
    let mut inner = match place {
        Place::Beside => column![
            row![container(content).width(Length::Fill), press]
                .spacing(12)
                .align_y(Alignment::Start)
        ],
        Place::Under => column![
            content,
            container(press).width(Length::Fill).align_x(Alignment::End)
        ],
    }
    .spacing(8);
    if let Some(notice) = notice {
        inner = inner.push(notice);
    }
    let c = ctx.colors;
    container(inner)
        .padding(if reading { 8 } else { 0 })
        .width(Length::Fill)
        .style(move |_: &Theme| {
            if !reading {
                return container::Style::default();
            }
            // The primary blue, not the keyboard ring's colour: the two can show at once.
            container::Style {
                background: Some(Background::Color(c.surface)),
                border: Border {
                    color: c.primary,
                    width: 4.0,
                    radius: 12.0.into(),
                },
                ..container::Style::default()
            }
        })
        .into()
}

fn part_key(part: &Part) -> String {
    match part {
        Part::Question(_) => "question".to_owned(),
        Part::Outcome(_) => "outcome".to_owned(),
        Part::Situations => "situations".to_owned(),
        Part::Status => "status".to_owned(),
        Part::KeyDates => "key-dates".to_owned(),
    }
}

/// The root's speech state.
#[derive(Debug)]
pub struct State {
    speaker: SpeakerHandle,
    /// The number of the latest read; events of older ones are ignored.
    pub(super) job: u64,
}

impl State {
    /// The state with `speaker`.
    pub fn new(speaker: SpeakerHandle) -> Self {
        Self { speaker, job: 0 }
    }
}

impl App {
    /// 読み上げ or 止める was pressed on `request.part`.
    pub(super) fn on_speak(&mut self, request: Request) -> Task<Message> {
        if self.ctx.speech.part.as_ref() == Some(&request.part) {
            self.stop_speech();
            return Task::none();
        }
        if !crate::speech::speaks(self.ctx.loc.lang()) || request.text.trim().is_empty() {
            return Task::none();
        }
        self.speech.job = self.speech.job.wrapping_add(1);
        let job = self.speech.job;
        self.ctx.speech.part = Some(request.part);
        self.ctx.speech.preparing = true;
        self.ctx.speech.error = None;
        let (sender, receiver) = iced::futures::channel::mpsc::unbounded();
        let speed = self.ctx.speech.speed;
        self.speech.speaker.0.say(
            request.text,
            speed,
            Box::new(move |event| {
                let _ = sender.unbounded_send(event);
            }),
        );
        Task::run(receiver, move |event| Message::SpeechEvent(job, event))
    }

    /// Stops any read; its button and highlight go at once.
    pub(super) fn stop_speech(&mut self) {
        if self.ctx.speech.part.take().is_some() {
            self.speech.speaker.0.stop();
        }
        self.ctx.speech.preparing = false;
        self.speech.job = self.speech.job.wrapping_add(1);
    }

    /// The speaker reported `event` for read `job`.
    pub(super) fn on_speech_event(&mut self, job: u64, event: Event) {
        if job != self.speech.job {
            return;
        }
        match event {
            Event::Started => self.ctx.speech.preparing = false,
            Event::Ended(result) => {
                // The kiosk's countdown starts again from the end of the read.
                self.idle.activity();
                let part = self.ctx.speech.part.take();
                self.ctx.speech.preparing = false;
                if let (Err(error), Some(part)) = (result, part) {
                    self.ctx.speech.error = Some((part, self.describe(&error)));
                }
            }
        }
    }

    fn describe(&self, error: &SpeechError) -> String {
        self.ctx.t(error.message_id())
    }

    /// R: read the page's main part, or stop what is being read.
    pub(super) fn speak_main_part(&mut self) -> Task<Message> {
        if self.ctx.speech.part.is_some() {
            self.stop_speech();
            return Task::none();
        }
        match self.main_part() {
            Some(request) => self.on_speak(request),
            None => Task::none(),
        }
    }

    /// The page's main part: the question, the outcome or the situations in the guide, the
    /// status on the dates' result.
    fn main_part(&self) -> Option<Request> {
        match self.screen {
            super::Screen::Guide => self.guide.main_speech(&self.ctx, self.dates_timeline().as_ref()),
            super::Screen::Dates if self.dates.showing_result() => self
                .dates_timeline()
                .map(|t| super::dates::status_speech(&self.ctx, &t)),
            _ => None,
        }
    }
}
