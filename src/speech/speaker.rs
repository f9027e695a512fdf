//! Speaking without waiting: [`ThreadSpeaker`] reads on one worker thread (started on the first
//! read, which also loads the voice there), so the window never waits for the voice, the
//! synthesis or the sound device. A new read stops the one before; [`Speaker::stop`] stops it.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Sender, channel};
use std::sync::{Arc, Mutex};

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
    events: Events,
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
                    let result = speak(&mut job, &output, &mut sink);
                    (job.events)(Event::Ended(result));
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
    if job.stop.load(Ordering::Relaxed) {
        return Ok(Ended::Stopped);
    }
    let voice = Voice::shared()?;
    if sink.is_none() {
        *sink = Some(output()?);
    }
    if let Some(sink) = sink.as_mut() {
        (job.events)(Event::Started);
        let mut pieces = super::pieces(voice, &job.text, job.speed);
        sink.play(&mut pieces, &job.stop)?;
    }
    Ok(if job.stop.load(Ordering::Relaxed) {
        Ended::Stopped
    } else {
        Ended::Finished
    })
}

impl Speaker for ThreadSpeaker {
    fn say(&self, text: String, speed: Speed, events: Events) {
        let stop = Arc::new(AtomicBool::new(false));
        if let Ok(mut current) = self.current.lock() {
            current.store(true, Ordering::Relaxed);
            *current = Arc::clone(&stop);
        }
        let job = Job {
            text,
            speed,
            stop,
            events,
        };
        let Ok(mut worker) = self.worker.lock() else {
            return;
        };
        let sender = worker.get_or_insert_with(|| self.start_worker());
        if let Err(std::sync::mpsc::SendError(job)) = sender.send(job) {
            // The worker is gone (it panicked): start another for this and later reads.
            let sender = self.start_worker();
            let _ = sender.send(job);
            *worker = Some(sender);
        }
    }

    fn stop(&self) {
        if let Ok(current) = self.current.lock() {
            current.store(true, Ordering::Relaxed);
        }
    }
}
