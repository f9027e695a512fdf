//! Kiosk mode: the idle countdown that wipes every input and returns Home, and the one-second
//! ticks that drive it.
//!
//! The countdown is plain state moved by messages (`IdleTicked`, any activity), so tests drive it
//! without sleeping; only the tick source touches the clock.

use std::time::Duration;

use iced::futures::Stream;
use iced::futures::channel::mpsc;

/// Seconds before the wipe during which the countdown is shown.
pub const WARNING_SECONDS: u64 = 30;

/// The idle countdown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Idle {
    limit: u64,
    idle_for: u64,
}

/// The shortest wait a kiosk allows (it must stay usable).
const MIN_SECONDS: u64 = 5;

impl Idle {
    /// A countdown that fires after `limit` idle seconds (at least 5, so a kiosk stays usable).
    pub fn new(limit: u64) -> Self {
        Self {
            limit: limit.max(MIN_SECONDS),
            idle_for: 0,
        }
    }

    /// From now until the wipe, wait at most `limit` idle seconds (after a print: the person
    /// has their sheet, and the next one should not find it on screen).
    pub fn shorten(&mut self, limit: u64) {
        self.limit = self.limit.min(limit.max(MIN_SECONDS));
        self.idle_for = 0;
    }

    /// Someone touched, clicked or typed.
    pub fn activity(&mut self) {
        self.idle_for = 0;
    }

    /// One second passed; `true` when the limit was just reached (then the count starts again).
    pub fn tick(&mut self) -> bool {
        self.idle_for = self.idle_for.saturating_add(1);
        if self.idle_for >= self.limit {
            self.idle_for = 0;
            true
        } else {
            false
        }
    }

    /// Seconds left, when the countdown should be on screen.
    pub fn warning(&self) -> Option<u64> {
        let left = self.limit.saturating_sub(self.idle_for);
        (left <= WARNING_SECONDS.min(self.limit / 2)).then_some(left)
    }
}

/// One item per second, from a small thread (the thread-pool executor has no timer of its own).
///
/// The thread ends when iced drops the subscription.
pub fn ticks() -> impl Stream<Item = ()> {
    let (mut sender, receiver) = mpsc::channel(1);
    let spawned = std::thread::Builder::new()
        .name("idle-ticks".into())
        .spawn(move || {
            loop {
                std::thread::sleep(Duration::from_secs(1));
                if let Err(error) = sender.try_send(())
                    && error.is_disconnected()
                {
                    break;
                }
            }
        });
    if spawned.is_err() {
        // Without the thread the kiosk never wipes; better to keep running than to panic.
        // A full or closed stderr must not turn this into a panic either.
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr(),
            "mynaho-guide: could not start the idle timer thread"
        );
    }
    receiver
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fires_after_the_limit_and_activity_restarts_it() {
        let mut idle = Idle::new(10);
        for _ in 0..9 {
            assert!(!idle.tick());
        }
        idle.activity();
        for _ in 0..9 {
            assert!(!idle.tick());
        }
        assert_eq!(idle.warning(), Some(1));
        assert!(idle.tick());
        assert_eq!(idle.warning(), None);
    }

    #[test]
    fn warning_shows_only_near_the_end() {
        let mut idle = Idle::new(120);
        assert_eq!(idle.warning(), None);
        for _ in 0..90 {
            idle.tick();
        }
        assert_eq!(idle.warning(), Some(30));
    }
}
