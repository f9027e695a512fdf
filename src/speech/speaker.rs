//! Speaking without waiting: [`ThreadSpeaker`] reads on one worker thread (started on the first
//! read, which also loads the voice there), so the window never waits for the voice, the
//! synthesis or the sound device. A new read stops the one before; [`Speaker::stop`] stops it.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Sender, channel};
use std::sync::{Arc, Mutex, PoisonError};

use super::{AudioOut, SpeechError, Speed, Voice};

/// How a read ended, when it did not fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// Everything was said.
    Finished,
    /// Stop was pressed, another read began, or the kiosk wiped.
    Stopped,
}

/// What a read reports, in order: `Started` once the voice is ready and sound is about to
/// play (the first read waits for the voice to load), then `Ended` once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// Sound is about to play.
    Started,
    /// The read is over.
    Ended(Result<Ended, SpeechError>),
}

/// Receives a read's events (on the speaker's thread).
pub type Events = Box<dyn FnMut(Event) + Send>;

/// Reads text aloud somewhere; the window holds one.
pub trait Speaker: Send + Sync + std::fmt::Debug {
    /// Starts reading `text` (Japanese or やさしい日本語) at `speed`, stopping any read before.
    /// `events` hears how it goes ([`Event`]).
    fn say(&self, text: String, speed: Speed, events: Events);
    /// Stops what is being read, if anything.
    fn stop(&self);
}

/// Opens the sound output on the worker, when the first read comes.
pub type OutputFactory = Box<dyn Fn() -> Result<Box<dyn AudioOut>, SpeechError> + Send + Sync>;

struct Job {
    text: String,
    speed: Speed,
    stop: Arc<AtomicBool>,
    reporter: Reporter,
}

/// Sends a read's events, and `Ended` exactly once: if the job is dropped without it (the
/// worker panicked, could not start, or is gone), as an error — the window must never be left
/// waiting for an end that will not come.
struct Reporter {
    events: Events,
    ended: bool,
}

impl Reporter {
    fn started(&mut self) {
        (self.events)(Event::Started);
    }

    fn ended(&mut self, result: Result<Ended, SpeechError>) {
        if !self.ended {
            self.ended = true;
            (self.events)(Event::Ended(result));
        }
    }
}

impl Drop for Reporter {
    fn drop(&mut self) {
        self.ended(Err(SpeechError::Voice("the speech worker stopped".to_owned())));
    }
}

/// The real speaker: the embedded voice on a worker thread, played through `output`.
pub struct ThreadSpeaker {
    output: Arc<OutputFactory>,
    worker: Mutex<Option<Sender<Job>>>,
    current: Mutex<Arc<AtomicBool>>,
}

impl std::fmt::Debug for ThreadSpeaker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ThreadSpeaker")
    }
}

impl ThreadSpeaker {
    /// A speaker playing through the system's sound device `device` (ALSA name).
    pub fn system(device: &str) -> Self {
        let device = device.to_owned();
        Self::with_output(Box::new(move || super::system_output(&device)))
    }

    /// A speaker playing through whatever `output` opens (tests pass a recorder).
    pub fn with_output(output: OutputFactory) -> Self {
        Self {
            output: Arc::new(output),
            worker: Mutex::new(None),
            current: Mutex::new(Arc::new(AtomicBool::new(false))),
        }
    }

    fn start_worker(&self) -> Sender<Job> {
        let (sender, receiver) = channel::<Job>();
        let output = Arc::clone(&self.output);
        std::thread::Builder::new()
            .name("speech".to_owned())
            .spawn(move || {
                let mut sink: Option<Box<dyn AudioOut>> = None;
                for mut job in receiver {
                    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        speak(&mut job, &output, &mut sink)
                    }));
                    let result = result.unwrap_or_else(|_| {
                        // Whatever the output was doing, start it afresh next time.
                        sink = None;
                        Err(SpeechError::Voice("the speech worker failed".to_owned()))
                    });
                    job.reporter.ended(result);
                }
            })
            .ok();
        sender
    }
}

fn speak(
    job: &mut Job,
    output: &OutputFactory,
    sink: &mut Option<Box<dyn AudioOut>>,
) -> Result<Ended, SpeechError> {
    let Job {
        text,
        speed,
        stop,
        reporter,
    } = job;
    let stop: &AtomicBool = stop;
    let stopped = || stop.load(Ordering::Relaxed);
    if stopped() {
        return Ok(Ended::Stopped);
    }
    // The first read waits here for the voice: a Stop meanwhile must not then speak.
    let voice = Voice::shared()?;
    if stopped() {
        return Ok(Ended::Stopped);
    }
    if sink.is_none() {
        *sink = Some(output()?);
    }
    if let Some(sink) = sink.as_mut() {
        let mut sentences = super::pieces(voice, text, *speed);
        let mut first = true;
        // Nothing more is synthesised once stopped; Started comes with the first sound.
        let mut pieces = std::iter::from_fn(|| {
            if stopped() {
                return None;
            }
            let piece = sentences.next()?;
            if std::mem::take(&mut first) {
                reporter.started();
            }
            Some(piece)
        });
        sink.play(&mut pieces, stop)?;
    }
    Ok(if stopped() {
        Ended::Stopped
    } else {
        Ended::Finished
    })
}

impl Speaker for ThreadSpeaker {
    fn say(&self, text: String, speed: Speed, events: Events) {
        let stop = Arc::new(AtomicBool::new(false));
        {
            let mut current = self.current.lock().unwrap_or_else(PoisonError::into_inner);
            current.store(true, Ordering::Relaxed);
            *current = Arc::clone(&stop);
        }
        let job = Job {
            text,
            speed,
            stop,
            reporter: Reporter { events, ended: false },
        };
        let mut worker = self.worker.lock().unwrap_or_else(PoisonError::into_inner);
        let sender = worker.get_or_insert_with(|| self.start_worker());
        if let Err(std::sync::mpsc::SendError(job)) = sender.send(job) {
            // The worker is gone (it panicked): start another for this and later reads.
            let sender = self.start_worker();
            let _ = sender.send(job);
            *worker = Some(sender);
        }
    }

    fn stop(&self) {
        self.current
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .store(true, Ordering::Relaxed);
    }
}
