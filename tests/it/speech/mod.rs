//! Read aloud (issue 14): readings against a table written from the dictionary, synthesis
//! through the real code path judged by its signal, and playback through ALSA's `file` PCM.

mod playback;
mod readings;
mod signal;
mod speaker;
mod synthesis;
mod window;
