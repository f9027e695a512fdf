//! The iced window: the root state and its routing between screens, the shared context the
//! screens read, keyboard shortcuts, the kiosk idle wipe, and the entry point [`run`].

mod clean_input;
mod dates;
mod flowchart;
mod font;
mod guide;
mod home;
mod keys;
mod kiosk;
mod local;
mod options;
mod output;
mod review;
mod routing;
mod settings;
mod speech;
pub mod theme;
mod timeline_chart;
mod update;
mod view;
mod widget;

use std::sync::{Arc, OnceLock};
use std::time::Instant;

use chrono::NaiveDate;
use iced::keyboard::{Key, Modifiers};
use iced::{Font, Subscription, Theme, event, window};

use crate::guide::Guide;
use crate::i18n::Localizer;
use crate::rules::Rules;

pub use dates::Message as DatesMessage;
pub use guide::Message as GuideMessage;
pub use home::Message as HomeMessage;
pub use options::Options;
pub use output::{Output, OutputError, PrintRequest};
pub use review::ReviewAction;
pub use settings::Message as SettingsMessage;
pub use speech::{Part as SpeechPart, Request as SpeechRequest, SpeakerHandle};

static START: OnceLock<Instant> = OnceLock::new();

/// The text size a kiosk starts (and is wiped back) at, in percent.
pub const KIOSK_TEXT_SCALE: u16 = 150;

/// The desktop window's size at start.
const WINDOW_WIDTH: f32 = 1100.0;
const WINDOW_HEIGHT: f32 = 820.0;

/// The application id: the desktop entry's and AppStream metainfo's name, the X11 class.
pub const APPLICATION_ID: &str = "jp.mynaho.MynahoGuide";

/// Opens the window and runs until it is closed.
pub fn run(options: Options) -> iced::Result {
    START.get_or_init(Instant::now);
    // One speaker for the whole run: a kiosk wipe rebuilds the state, not the speaker.
    let mut options = options;
    options.speaker.get_or_insert_with(SpeakerHandle::system);
    let app = App::new(options.clone());
    let window = window::Settings {
        size: iced::Size::new(WINDOW_WIDTH, WINDOW_HEIGHT),
        min_size: Some(iced::Size::new(480.0, 400.0)),
        fullscreen: options.kiosk,
        decorations: !options.kiosk,
        exit_on_close_request: !options.kiosk,
        // The desktop matches the window to its entry (jp.mynaho.MynahoGuide.desktop) by this.
        #[cfg(target_os = "linux")]
        platform_specific: window::settings::PlatformSpecific {
            application_id: APPLICATION_ID.to_owned(),
            ..Default::default()
        },
        ..window::Settings::default()
    };
    let settings = font::settings(app.ctx.loc.lang());
    // The window's real size (fullscreen at a kiosk) decides how much the header shows.
    let boot = move || {
        let size = window::latest()
            .and_then(window::size)
            .map(Message::WindowResized);
        (App::new(options.clone()), size)
    };
    iced::application(boot, App::update, App::view)
        .settings(settings)
        .window(window)
        .title(App::title)
        .theme(App::theme)
        .scale_factor(App::scale_factor)
        .subscription(App::subscription)
        .run()
}

/// What every screen reads: words, font, colours, today's date and the core data.
#[derive(Debug, Clone)]
pub(crate) struct Ctx {
    /// Words in the chosen language.
    pub loc: Localizer,
    /// The face for that language.
    pub font: Font,
    /// The line height for that language's script.
    pub line_height: iced::widget::text::LineHeight,
    /// The palette (normal or high contrast).
    pub colors: theme::Colors,
    /// The date used as today.
    pub today: NaiveDate,
    /// Running as a kiosk.
    pub kiosk: bool,
    /// Save asks where through the desktop's file dialog.
    pub file_dialog: bool,
    /// The dated rules, `None` if the embedded data failed to load (shown, never a panic).
    pub rules: Option<Arc<Rules>>,
    /// The guide graph, `None` if the embedded data failed to load.
    pub guide: Option<Arc<Guide>>,
    /// The quick-guide flowchart, laid out once.
    pub graph: Arc<flowchart::Graph>,
    /// The window is short for its zoom (200 % on 768 pixels): titles and buttons a little
    /// tighter, so a heading and its first control still fit.
    pub compact: bool,
    /// The site profile, if any.
    pub site: Option<Arc<crate::site::Site>>,
    /// What is being read aloud, at what speed.
    pub speech: speech::Showing,
}

impl Ctx {
    /// The text of a message id (`msg!("…")`, or a run-time id as `&String`).
    pub fn t<'a>(&self, id: impl Into<crate::i18n::Id<'a>>) -> String {
        self.loc.text(id)
    }
}

/// Which screen is showing. The screens' states live in [`App`] side by side, so going back to
/// edit (from Review) finds everything as it was left.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// Language and the three entries.
    Home,
    /// One question per screen, then the outcome.
    Guide,
    /// Dates in, timeline out.
    Dates,
    /// Everything entered, and printing.
    Review,
    /// Text size, contrast, language.
    Settings,
}

/// Everything that can happen in the window.
#[derive(Debug, Clone)]
pub enum Message {
    /// Something happened on the home screen.
    Home(home::Message),
    /// Something happened in the guide.
    Guide(guide::Message),
    /// Something happened on the dates screen.
    Dates(dates::Message),
    /// Something happened on the review screen.
    Review(review::Message),
    /// Something happened on the settings screen.
    Settings(settings::Message),
    /// The Home button of the top bar was pressed.
    HomePressed,
    /// The Settings button of the top bar was pressed.
    SettingsPressed,
    /// A key no widget used was pressed.
    KeyPressed(Key, Modifiers),
    /// The person clicked or touched somewhere (restarts the kiosk countdown).
    UserActive,
    /// One second passed (kiosk idle countdown).
    IdleTicked,
    /// The window drew a frame.
    FrameDrawn,
    /// The first frame has been on screen for a moment: time to leave (`--exit-after-first-frame`).
    ExitRequested,
    /// The window manager asked to close the window (ignored in kiosk mode).
    CloseRequested,
    /// Printing or saving the sheet finished: the job's number and its result.
    SheetFinished(u64, Result<Output, OutputError>),
    /// "Next person (clear)" was pressed.
    NextPerson,
    /// The page was scrolled, or its content changed size.
    Scrolled(iced::widget::scrollable::Viewport),
    /// The window changed size (logical pixels before the text-size zoom).
    WindowResized(iced::Size),
    /// The desktop's settings were written (or could not be: they are a convenience).
    PrefsSaved,
    /// The speaker reported on read number N.
    SpeechEvent(u64, crate::speech::Event),
}

/// The root state.
#[derive(Debug)]
pub struct App {
    options: Options,
    ctx: Ctx,
    text_scale: u16,
    high_contrast: bool,
    screen: Screen,
    /// Where Settings and Review return to.
    came_from: Screen,
    guide: guide::State,
    dates: dates::State,
    review: review::State,
    /// The keyboard selection ring: index into the screen's shortcuts.
    selected: usize,
    /// The ring shows once the keyboard is used, and hides on a click.
    ring_visible: bool,
    idle: kiosk::Idle,
    first_frame_seen: bool,
    /// The language at start, which a kiosk wipe returns to.
    start_lang: String,
    /// The text size and contrast at start, which a kiosk wipe returns to.
    start_display: (u16, bool),
    /// The number of the latest print or save job; results of older ones are dropped.
    output_job: u64,
    /// Cancels the running print or save (the kiosk wipe).
    pending_output: Option<crate::print::Cancel>,
    /// How far the page is scrolled, and whether more of it lies below the window.
    scroll_y: f32,
    more_below: bool,
    /// The window's size, for a header that fits.
    window: iced::Size,
    /// The speaker and the number of the latest read.
    speech: speech::State,
}

impl App {
    /// The state at start (and after a kiosk wipe).
    pub fn new(options: Options) -> Self {
        // A kiosk never reads what a desktop remembered.
        let prefs = match (&options.prefs_file, options.kiosk) {
            (Some(path), false) => crate::prefs::Prefs::load(path),
            _ => crate::prefs::Prefs::default(),
        };
        let lang = crate::i18n::resolve(options.lang.as_deref().or(prefs.lang.as_deref()));
        let loc = Localizer::new(&lang);
        let start_lang = loc.lang().to_owned();
        let guide = Guide::embedded().ok().map(Arc::new);
        let graph = Arc::new(
            guide
                .as_deref()
                .map(flowchart::Graph::explore)
                .unwrap_or_default(),
        );
        let text_scale = if options.kiosk {
            KIOSK_TEXT_SCALE
        } else {
            prefs.text_scale.unwrap_or(100)
        };
        let high_contrast = prefs.high_contrast.unwrap_or(false);
        let ctx = Ctx {
            font: font::for_lang(loc.lang()),
            line_height: font::line_height(loc.lang()),
            loc,
            colors: theme::colors(high_contrast),
            today: options.today.unwrap_or_else(|| chrono::Local::now().date_naive()),
            kiosk: options.kiosk,
            file_dialog: options.file_dialog && !options.kiosk,
            rules: options
                .rules
                .clone()
                .or_else(|| Rules::embedded().ok())
                .map(Arc::new),
            guide,
            graph,
            compact: false,
            site: options.site.clone().map(Arc::new),
            speech: speech::Showing {
                speed: match options.kiosk {
                    true => crate::speech::Speed::KIOSK,
                    false => prefs
                        .speech_speed_percent
                        .and_then(crate::speech::Speed::from_percent)
                        .unwrap_or_default(),
                },
                ..speech::Showing::default()
            },
        };
        let speaker = options.speaker.clone().unwrap_or_else(SpeakerHandle::system);
        let review = review::State::for_site(ctx.site.as_deref());
        Self {
            idle: kiosk::Idle::new(options.idle_seconds),
            options,
            ctx,
            // A kiosk is read standing, often without glasses: larger from the start.
            text_scale,
            high_contrast,
            screen: Screen::Home,
            came_from: Screen::Home,
            guide: guide::State::default(),
            dates: dates::State::default(),
            review,
            selected: 0,
            ring_visible: false,
            first_frame_seen: false,
            start_lang,
            start_display: (text_scale, high_contrast),
            output_job: 0,
            pending_output: None,
            scroll_y: 0.0,
            more_below: false,
            window: iced::Size::new(WINDOW_WIDTH, WINDOW_HEIGHT),
            speech: speech::State::new(speaker),
        }
    }

    /// The part of the page being read aloud, if any.
    pub fn speaking(&self) -> Option<&SpeechPart> {
        self.ctx.speech.part.as_ref()
    }

    /// How far the page is scrolled (0 at the top).
    pub fn scroll_y(&self) -> f32 {
        self.scroll_y
    }

    /// The iced settings for this state (fonts, default face); tests build the simulator with it.
    pub fn settings(&self) -> iced::Settings {
        font::settings(self.ctx.loc.lang())
    }

    /// The screen showing.
    pub fn screen(&self) -> Screen {
        self.screen
    }

    /// The text size in percent (100–200).
    pub fn text_scale(&self) -> u16 {
        self.text_scale
    }

    /// The language code in use.
    pub fn lang(&self) -> &str {
        self.ctx.loc.lang()
    }

    /// Whether anything a person typed or chose is held.
    pub fn has_inputs(&self) -> bool {
        !self.guide.is_empty()
            || !self.dates.is_empty()
            || self.review != review::State::for_site(self.ctx.site.as_deref())
    }

    /// The guide's outcome id, once the answers reach one.
    pub fn guide_outcome(&self) -> Option<String> {
        match self.guide.walk(&self.ctx) {
            Some(crate::guide::Walk::Outcome(view)) => Some(view.outcome.id),
            _ => None,
        }
    }

    /// Today's status code (`valid`, `grace`, `expired`, `check`) for the dates entered, when
    /// they compute.
    pub fn dates_status(&self) -> Option<&'static str> {
        self.dates_timeline()
            .map(|timeline| timeline.mynaho.status.code())
    }

    /// The window title.
    pub fn title(&self) -> String {
        self.ctx.t(msg!("app-title"))
    }

    /// The theme (normal or high contrast).
    pub fn theme(&self) -> Theme {
        theme::theme(self.high_contrast)
    }

    /// The zoom: the text size setting scales everything, touch targets included.
    pub fn scale_factor(&self) -> f32 {
        f32::from(self.text_scale) / 100.0
    }

    /// Keyboard, activity, kiosk ticks and the first-frame probe.
    pub fn subscription(&self) -> Subscription<Message> {
        let mut subscriptions = vec![
            event::listen_with(update::on_event),
            window::resize_events().map(|(_, size)| Message::WindowResized(size)),
        ];
        if self.ctx.kiosk {
            subscriptions.push(Subscription::run(kiosk::ticks).map(|()| Message::IdleTicked));
            subscriptions.push(window::close_requests().map(|_| Message::CloseRequested));
        }
        if self.options.exit_after_first_frame && !self.first_frame_seen {
            subscriptions.push(window::frames().map(|_| Message::FrameDrawn));
        }
        Subscription::batch(subscriptions)
    }
}

#[cfg(test)]
mod tests;
