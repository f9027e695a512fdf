//! Routing: what the root does with each screen's action (open a screen, print, change a
//! setting), the first-frame probe, and the kiosk wipe.

use std::time::{Duration, Instant};

use iced::Task;

use super::{
    App, Localizer, Message, ReviewAction, START, Screen, dates, font, guide, home, output, review, settings,
    theme,
};

impl App {
    pub(super) fn on_first_frame(&mut self) -> Task<Message> {
        if self.first_frame_seen {
            return Task::none();
        }
        self.first_frame_seen = true;
        let start = START.get().copied().unwrap_or_else(Instant::now);
        {
            use std::io::Write;
            // `2>/dev/full` must not panic the window.
            let _ = writeln!(
                std::io::stderr(),
                "first-frame-ms={}",
                start.elapsed().as_millis()
            );
        }
        // Let the frame reach the screen (and a screenshot be taken) before leaving.
        Task::perform(async { std::thread::sleep(Duration::from_millis(300)) }, |()| {
            Message::ExitRequested
        })
    }

    pub(super) fn open(&mut self, screen: Screen) -> Task<Message> {
        if screen != self.screen {
            self.selected = 0;
        }
        self.screen = screen;
        Task::none()
    }

    pub(super) fn on_home(&mut self, action: home::Action) -> Task<Message> {
        match action {
            home::Action::StartGuide => {
                self.guide = guide::State::default();
                self.open(Screen::Guide)
            }
            home::Action::OpenProblems => {
                self.guide = guide::State::picking_situation();
                self.open(Screen::Guide)
            }
            // The first field takes the keyboard at once: a volunteer types straight away.
            home::Action::OpenDates => Task::batch([
                self.open(Screen::Dates),
                iced::widget::operation::focus("dates-born"),
            ]),
            home::Action::SetLanguage(code) => {
                self.set_language(&code);
                self.save_prefs()
            }
        }
    }

    pub(super) fn on_guide(&mut self, action: guide::Action) -> Task<Message> {
        self.selected = 0;
        match action {
            guide::Action::None => Task::none(),
            guide::Action::GoHome => self.open(Screen::Home),
            guide::Action::OpenDates => self.open(Screen::Dates),
            guide::Action::OpenReview => self.open_review(),
        }
    }

    pub(super) fn on_dates(&mut self, action: dates::Action) -> Task<Message> {
        match action {
            dates::Action::None => Task::none(),
            dates::Action::GoHome => self.open(Screen::Home),
            dates::Action::OpenReview => self.open_review(),
            dates::Action::FocusNext => iced::widget::operation::focus_next(),
            dates::Action::Focus(id) => iced::widget::operation::focus(id),
        }
    }

    pub(super) fn open_review(&mut self) -> Task<Message> {
        if self.screen != Screen::Review && self.screen != Screen::Settings {
            self.came_from = self.screen;
        }
        self.open(Screen::Review)
    }

    pub(super) fn on_review(&mut self, action: Option<ReviewAction>) -> Task<Message> {
        let Some(action) = action else { return Task::none() };
        match action {
            ReviewAction::Print(request) => self.start_output(output::Job::Print, request),
            ReviewAction::Save(request) => self.start_output(output::Job::Save, request),
            ReviewAction::EditGuide => self.open(Screen::Guide),
            ReviewAction::NextPerson => self.next_person(),
            ReviewAction::EditDates => {
                self.dates.edit();
                self.open(Screen::Dates)
            }
            ReviewAction::GoBack => {
                let back = if self.came_from == Screen::Review {
                    Screen::Home
                } else {
                    self.came_from
                };
                self.open(back)
            }
        }
    }

    /// Starts printing or saving on a worker; the result comes back tagged with this job's
    /// number, so a job from before a wipe is dropped.
    fn start_output(&mut self, job: output::Job, request: output::PrintRequest) -> Task<Message> {
        let cancel = crate::print::Cancel::new();
        self.output_job = self.output_job.wrapping_add(1);
        self.pending_output = Some(cancel.clone());
        let number = self.output_job;
        Task::batch([
            Task::perform(output::spawn(job, request, cancel), move |result| {
                Message::SheetFinished(number, result)
            }),
            iced::widget::operation::snap_to_end(super::widget::PAGE),
        ])
    }

    pub(super) fn on_settings(&mut self, action: settings::Action) -> Task<Message> {
        match action {
            settings::Action::SetTextScale(scale) => self.text_scale = scale.clamp(100, 200),
            settings::Action::SetHighContrast(on) => {
                self.high_contrast = on;
                self.ctx.colors = theme::colors(on);
            }
            settings::Action::SetLanguage(code) => self.set_language(&code),
            settings::Action::SetSpeechSpeed(speed) => self.ctx.speech.speed = speed,
            settings::Action::GoBack => {
                let back = if self.came_from == Screen::Settings {
                    Screen::Home
                } else {
                    self.came_from
                };
                return self.open(back);
            }
        }
        self.save_prefs()
    }

    /// Remembers the display settings on a desktop, on a worker (never the window's thread);
    /// a kiosk remembers nothing.
    fn save_prefs(&self) -> Task<Message> {
        let Some(path) = self.options.prefs_file.clone().filter(|_| !self.ctx.kiosk) else {
            return Task::none();
        };
        let prefs = crate::prefs::Prefs {
            lang: Some(self.lang().to_owned()),
            text_scale: Some(self.text_scale),
            high_contrast: Some(self.high_contrast),
            speech_speed_percent: Some(self.ctx.speech.speed.percent()),
        };
        Task::perform(async move { prefs.save(&path).is_ok() }, |_| Message::PrefsSaved)
    }

    pub(super) fn set_language(&mut self, code: &str) {
        // What was being read is in the other language now.
        self.stop_speech();
        self.ctx.speech.error = None;
        self.ctx.loc = Localizer::new(code);
        self.ctx.font = font::for_lang(self.ctx.loc.lang());
        self.ctx.line_height = font::line_height(self.ctx.loc.lang());
    }

    /// The kiosk wipe: every input, the language and the display settings go back to the start;
    /// a pending print is cancelled (its result dropped), and the clipboard is emptied (both
    /// selections), so the next person can paste nothing of the last one.
    pub(super) fn wipe(&mut self) -> Task<Message> {
        self.stop_speech();
        if let Some(cancel) = self.pending_output.take() {
            cancel.cancel();
        }
        self.output_job = self.output_job.wrapping_add(1);
        let fresh = App::new(self.options.clone());
        self.ctx = fresh.ctx;
        self.text_scale = fresh.text_scale;
        self.high_contrast = fresh.high_contrast;
        self.screen = Screen::Home;
        self.came_from = Screen::Home;
        self.guide = fresh.guide;
        self.dates = fresh.dates;
        self.review = fresh.review;
        self.selected = 0;
        self.ring_visible = false;
        self.idle = fresh.idle;
        Task::batch([
            iced::clipboard::write(String::new()),
            iced::clipboard::write_primary(String::new()),
        ])
    }

    /// What the review screen shows and prints: the person's inputs as the root holds them.
    pub(crate) fn review_inputs(&self) -> review::Inputs {
        let ctx = &self.ctx;
        let situation = self.guide.situation().and_then(|id| {
            ctx.guide.as_ref().and_then(|g| {
                g.situations()
                    .iter()
                    .find(|s| s.id == id)
                    .map(|s| ctx.t(&s.title))
            })
        });
        let outcome = match self.guide.walk(ctx) {
            Some(crate::guide::Walk::Outcome(view)) => Some(view.outcome),
            _ => None,
        };
        review::Inputs {
            situation,
            path: self.guide.path_lines(ctx),
            outcome,
            dates: self.dates.summary(ctx),
            timeline: self.dates.form().has_card().then(|| self.dates.timeline(ctx)),
        }
    }

    /// The timeline of the dates entered, as the window shows it (when they compute).
    pub fn dates_timeline(&self) -> Option<crate::rules::Timeline> {
        self.dates.timeline(&self.ctx).ok()
    }
}
