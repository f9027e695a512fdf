//! The root's `update`: each message to its screen or to the root's own handling, and after it
//! the page check — a new screen or a new question opens at the top (iced keeps the scroll
//! position of the last one otherwise, and the heading of the new one would be off screen).

use iced::keyboard;
use iced::widget::operation::{self, RelativeOffset};
use iced::{Task, event, window};

use super::widget::PAGE;
use super::{App, Message, Screen, guide};

impl App {
    /// Handles one message.
    pub fn update(&mut self, message: Message) -> Task<Message> {
        if !matches!(
            message,
            Message::IdleTicked
                | Message::FrameDrawn
                | Message::ExitRequested
                | Message::SheetFinished(..)
                | Message::Scrolled(_)
                | Message::WindowResized(_)
                | Message::PrefsSaved
                | Message::SpeechEvent(..)
        ) {
            self.idle.activity();
        }
        let before = self.page_key();
        let task = self.dispatch(message);
        self.ctx.compact = self.logical_height() < super::view::COMPACT_HEIGHT;
        if self.page_key() == before {
            return task;
        }
        // The part being read is gone from the screen, and so is a notice about it.
        self.stop_speech();
        self.ctx.speech.error = None;
        // A new page: from its top, with nothing said about what lies below yet.
        self.scroll_y = 0.0;
        self.more_below = false;
        Task::batch([task, operation::snap_to(PAGE, RelativeOffset::START)])
    }

    /// What identifies the page on screen: the screen, and within the guide the question or
    /// outcome, within the dates the fields or the result.
    pub(super) fn page_key(&self) -> (Screen, String) {
        let within = match self.screen {
            Screen::Guide => match (self.guide.situation(), self.guide.walk(&self.ctx)) {
                (_, _) if self.guide.is_picking() => "situations".to_owned(),
                (situation, Some(crate::guide::Walk::Question(q))) => {
                    format!("{situation:?}/{}/{}", q.id, self.guide.answers().len())
                }
                (situation, Some(crate::guide::Walk::Outcome(o))) => {
                    format!("{situation:?}/{}", o.outcome.id)
                }
                (situation, None) => format!("{situation:?}"),
            },
            Screen::Dates => self.dates.showing_result().to_string(),
            _ => String::new(),
        };
        (self.screen, within)
    }

    fn dispatch(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Home(message) => self.on_home(super::home::update(message)),
            Message::Guide(super::guide::Message::Speak(request))
            | Message::Dates(super::dates::Message::Speak(request)) => self.on_speak(request),
            Message::SpeechEvent(job, event) => {
                self.on_speech_event(job, event);
                Task::none()
            }
            Message::Guide(message) => {
                let action = self.guide.update(message);
                self.on_guide(action)
            }
            Message::Dates(message) => {
                let action = self.dates.update(message, &self.ctx);
                self.on_dates(action)
            }
            Message::Review(message) => {
                let inputs = self.review_inputs();
                let action = self.review.update(message, &self.ctx, &inputs);
                self.on_review(action)
            }
            Message::Settings(message) => self.on_settings(super::settings::update(message)),
            // At a kiosk, Home is where the next person starts: it forgets everything.
            Message::HomePressed if self.ctx.kiosk && self.has_inputs() => self.wipe(),
            Message::HomePressed => self.open(Screen::Home),
            Message::NextPerson => self.next_person(),
            Message::SettingsPressed => {
                if self.screen != Screen::Settings {
                    self.came_from = self.screen;
                }
                self.open(Screen::Settings)
            }
            Message::KeyPressed(key, modifiers) => self.on_key(key, modifiers),
            Message::UserActive => {
                self.ring_visible = false;
                Task::none()
            }
            Message::IdleTicked => {
                // A fresh Home has nothing to wipe; a changed language or text size does count,
                // or the next person would find the last one's settings.
                let at_rest = self.screen == Screen::Home
                    && !self.has_inputs()
                    && self.lang() == self.start_lang
                    && (self.text_scale, self.high_contrast) == self.start_display
                    && (!self.ctx.kiosk || self.ctx.speech.speed == crate::speech::Speed::KIOSK);
                // Somebody listening is somebody there, however long the outcome takes to read.
                if at_rest || self.ctx.speech.part.is_some() {
                    self.idle.activity();
                } else if self.idle.tick() {
                    return self.wipe();
                }
                Task::none()
            }
            Message::FrameDrawn => self.on_first_frame(),
            Message::ExitRequested => iced::exit(),
            Message::CloseRequested => Task::none(),
            Message::SheetFinished(number, result) => {
                // A job from before a wipe (or replaced by a newer one) says nothing.
                if number == self.output_job {
                    self.pending_output = None;
                    // The person has their sheet: a kiosk forgets them sooner.
                    if self.ctx.kiosk && result.is_ok() {
                        self.idle.shorten(self.options.idle_after_print_seconds);
                    }
                    self.review.finished(result);
                }
                Task::none()
            }
            Message::Scrolled(viewport) => {
                let bounds = viewport.bounds();
                let content = viewport.content_bounds();
                self.scroll_y = viewport.absolute_offset().y;
                self.more_below = content.height - (self.scroll_y + bounds.height) > 8.0;
                Task::none()
            }
            Message::PrefsSaved => Task::none(),
            Message::WindowResized(size) => {
                self.window = size;
                Task::none()
            }
        }
    }

    /// "Next person": every answer, date, name, choice and message goes; on a desktop the
    /// volunteer's language and display settings stay, a kiosk forgets those too.
    pub(super) fn next_person(&mut self) -> Task<Message> {
        if self.ctx.kiosk {
            return self.wipe();
        }
        if let Some(cancel) = self.pending_output.take() {
            cancel.cancel();
        }
        self.stop_speech();
        self.ctx.speech.error = None;
        self.output_job = self.output_job.wrapping_add(1);
        self.guide = guide::State::default();
        self.dates = super::dates::State::default();
        self.review = super::review::State::for_site(self.ctx.site.as_deref());
        self.screen = Screen::Home;
        self.came_from = Screen::Home;
        self.selected = 0;
        self.ring_visible = false;
        Task::batch([
            iced::clipboard::write(String::new()),
            iced::clipboard::write_primary(String::new()),
        ])
    }
}

/// Turns runtime events into messages: unused keys, and any press as activity.
pub(super) fn on_event(event: iced::Event, status: event::Status, _window: window::Id) -> Option<Message> {
    match event {
        iced::Event::Keyboard(keyboard::Event::KeyPressed { key, modifiers, .. }) => match status {
            event::Status::Ignored => Some(Message::KeyPressed(key, modifiers)),
            event::Status::Captured => Some(Message::UserActive),
        },
        iced::Event::Mouse(
            iced::mouse::Event::ButtonPressed(_) | iced::mouse::Event::WheelScrolled { .. },
        )
        | iced::Event::Touch(iced::touch::Event::FingerPressed { .. }) => Some(Message::UserActive),
        _ => None,
    }
}
