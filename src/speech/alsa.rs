//! Playback on Linux through ALSA's `libasound.so.2`, opened at run time (no `-dev` package to
//! build, no link dependency: a machine without ALSA still runs the program, and says so when
//! asked to speak).
//!
//! This is the only module allowed `unsafe`: each call below is a plain C call on a handle this
//! module opened and closes, with buffers that outlive the call.
#![allow(unsafe_code)]

use std::ffi::{CStr, CString, c_char, c_int, c_long, c_uint, c_ulong, c_void};
use std::sync::atomic::{AtomicBool, Ordering};

use super::{AudioOut, Pcm, PlayError, SpeechError};

const LIBRARY: &str = "libasound.so.2";
const SND_PCM_STREAM_PLAYBACK: c_int = 0;
const SND_PCM_NONBLOCK: c_int = 1;
const SND_PCM_FORMAT_S16_LE: c_int = 2;
const SND_PCM_ACCESS_RW_INTERLEAVED: c_int = 3;
/// How much sound ALSA holds ahead, in µs: a Stop is heard within about this long.
const LATENCY_US: c_uint = 100_000;

type Open = unsafe extern "C" fn(*mut *mut c_void, *const c_char, c_int, c_int) -> c_int;
type SetParams = unsafe extern "C" fn(*mut c_void, c_int, c_int, c_uint, c_uint, c_int, c_uint) -> c_int;
type WriteI = unsafe extern "C" fn(*mut c_void, *const c_void, c_ulong) -> c_long;
type Recover = unsafe extern "C" fn(*mut c_void, c_int, c_int) -> c_int;
type SetNonblock = unsafe extern "C" fn(*mut c_void, c_int) -> c_int;
type Handle = unsafe extern "C" fn(*mut c_void) -> c_int;
type StrError = unsafe extern "C" fn(c_int) -> *const c_char;
/// `snd_lib_error_handler_t` without its `...`: ours reads none of the variable arguments.
type ErrorHandler = unsafe extern "C" fn(*const c_char, c_int, *const c_char, c_int, *const c_char);
type SetErrorHandler = unsafe extern "C" fn(Option<ErrorHandler>) -> c_int;

/// Keeps libasound's own diagnostics ("ALSA lib confmisc.c:855: cannot find card '0'") off
/// stderr: the person gets our message, in their language, instead.
unsafe extern "C" fn quiet(_: *const c_char, _: c_int, _: *const c_char, _: c_int, _: *const c_char) {}

/// An ALSA PCM device by name (`default`, `plughw:0`, `plug:'file:FILE=x.wav,FORMAT=wav'`).
pub struct Alsa {
    device: String,
    library: libloading::Library,
}

impl std::fmt::Debug for Alsa {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Alsa").field("device", &self.device).finish()
    }
}

impl Alsa {
    /// Loads `libasound.so.2` for `device`; [`PlayError::NoAlsa`] when it is not installed.
    pub fn new(device: &str) -> Result<Self, PlayError> {
        // SAFETY: loading libasound runs only its ELF constructors, which set up nothing of ours.
        let library = unsafe { libloading::Library::new(LIBRARY) }
            .map_err(|error| PlayError::NoAlsa(error.to_string()))?;
        // SAFETY: the signature is snd_lib_error_set_handler's; on the ABIs Linux uses, a
        // variadic caller may call a function that takes only the fixed arguments.
        if let Ok(set_handler) = unsafe { library.get::<SetErrorHandler>(b"snd_lib_error_set_handler\0") } {
            unsafe { set_handler(Some(quiet)) };
        }
        Ok(Self {
            device: device.to_owned(),
            library,
        })
    }

    /// The function `name` as type `T`.
    ///
    /// # Safety
    /// `T` must be the C signature of `name` in alsa/asoundlib.h (the types above).
    unsafe fn symbol<T: Copy>(&self, name: &[u8]) -> Result<T, PlayError> {
        // SAFETY: the caller pairs `name` with its signature.
        unsafe { self.library.get::<T>(name) }
            .map(|symbol| *symbol)
            .map_err(|error| PlayError::NoAlsa(error.to_string()))
    }

    fn describe(&self, code: c_int) -> String {
        // SAFETY: StrError is snd_strerror's signature.
        let Ok(strerror) = (unsafe { self.symbol::<StrError>(b"snd_strerror\0") }) else {
            return format!("error {code}");
        };
        // SAFETY: snd_strerror returns a static NUL-terminated string for any code.
        let text = unsafe { strerror(code) };
        if text.is_null() {
            return format!("error {code}");
        }
        // SAFETY: not null, NUL-terminated, static (see above).
        unsafe { CStr::from_ptr(text) }.to_string_lossy().into_owned()
    }
}

impl Alsa {
    /// Opens the device for mono 16-bit sound at `rate`.
    fn open(&self, rate: u32) -> Result<Device<'_>, PlayError> {
        // SAFETY: each type is the named function's signature.
        let (open, nonblock, set_params) = unsafe {
            (
                self.symbol::<Open>(b"snd_pcm_open\0")?,
                self.symbol::<SetNonblock>(b"snd_pcm_nonblock\0")?,
                self.symbol::<SetParams>(b"snd_pcm_set_params\0")?,
            )
        };
        let name =
            CString::new(self.device.as_str()).map_err(|_| PlayError::NoDevice(self.device.clone()))?;
        let mut handle: *mut c_void = std::ptr::null_mut();
        // Opened without blocking: a device another program holds (a bare hw device without
        // a mixer) is "busy" at once instead of a wait that no Stop can end.
        // SAFETY: `handle` is written by ALSA on success; `name` lives across the call.
        let code = unsafe {
            open(
                &mut handle,
                name.as_ptr(),
                SND_PCM_STREAM_PLAYBACK,
                SND_PCM_NONBLOCK,
            )
        };
        if code < 0 || handle.is_null() {
            return Err(PlayError::NoDevice(format!(
                "{}: {}",
                self.device,
                self.describe(code)
            )));
        }
        let device = Device {
            alsa: self,
            handle,
            rate,
            stopped: false,
        };
        // Writes block again (each waits for room in ALSA's 100 ms buffer).
        // SAFETY: `handle` is the open PCM from above.
        let code = unsafe { nonblock(handle, 0) };
        if code < 0 {
            return Err(PlayError::Device(self.describe(code)));
        }
        // SAFETY: `handle` is the open PCM from above.
        let code = unsafe {
            set_params(
                handle,
                SND_PCM_FORMAT_S16_LE,
                SND_PCM_ACCESS_RW_INTERLEAVED,
                1,
                rate,
                1,
                LATENCY_US,
            )
        };
        if code < 0 {
            return Err(PlayError::Device(self.describe(code)));
        }
        Ok(device)
    }
}

/// An open PCM; dropping it lets the sound finish (or drops it when stopped) and closes it.
struct Device<'a> {
    alsa: &'a Alsa,
    handle: *mut c_void,
    rate: u32,
    stopped: bool,
}

impl Device<'_> {
    /// Writes `samples`, checking `stop` every 50 ms of sound. `Ok(false)` once stopped.
    fn write(&mut self, samples: &[i16], stop: &AtomicBool) -> Result<bool, PlayError> {
        // SAFETY: each type is the named function's signature.
        let (write, recover) = unsafe {
            (
                self.alsa.symbol::<WriteI>(b"snd_pcm_writei\0")?,
                self.alsa.symbol::<Recover>(b"snd_pcm_recover\0")?,
            )
        };
        let chunk = (self.rate as usize / 20).max(1);
        let mut at = 0;
        while at < samples.len() {
            if stop.load(Ordering::Relaxed) {
                self.stopped = true;
                return Ok(false);
            }
            let part = &samples[at..(at + chunk).min(samples.len())];
            // SAFETY: `part` is `part.len()` mono 16-bit frames, alive across the call.
            let written = unsafe { write(self.handle, part.as_ptr().cast(), part.len() as c_ulong) };
            if written < 0 {
                // An underrun (the machine was busy) is recovered; anything else ends it.
                // SAFETY: `handle` is open; the code is the one ALSA just returned.
                let code = unsafe { recover(self.handle, written as c_int, 1) };
                if code < 0 {
                    return Err(PlayError::Device(self.alsa.describe(code)));
                }
            } else {
                at += written as usize;
            }
        }
        Ok(true)
    }
}

impl Drop for Device<'_> {
    fn drop(&mut self) {
        let name: &[u8] = if self.stopped {
            b"snd_pcm_drop\0"
        } else {
            b"snd_pcm_drain\0"
        };
        // SAFETY: Handle is the signature of snd_pcm_drop, snd_pcm_drain and snd_pcm_close.
        let (finish, close) = unsafe {
            (
                self.alsa.symbol::<Handle>(name),
                self.alsa.symbol::<Handle>(b"snd_pcm_close\0"),
            )
        };
        // SAFETY: `handle` is open and closed exactly once, here.
        unsafe {
            if let Ok(finish) = finish {
                finish(self.handle);
            }
            if let Ok(close) = close {
                close(self.handle);
            }
        }
    }
}

impl AudioOut for Alsa {
    fn play(
        &mut self,
        pieces: &mut dyn Iterator<Item = Result<Pcm, SpeechError>>,
        stop: &AtomicBool,
    ) -> Result<(), SpeechError> {
        let mut device: Option<Device<'_>> = None;
        for piece in pieces {
            if stop.load(Ordering::Relaxed) {
                if let Some(device) = device.as_mut() {
                    device.stopped = true;
                }
                break;
            }
            let pcm = piece?;
            if device.as_ref().is_some_and(|open| open.rate != pcm.rate) {
                device = None;
            }
            if device.is_none() {
                device = Some(self.open(pcm.rate)?);
            }
            if let Some(open) = device.as_mut()
                && !open.write(&pcm.samples, stop)?
            {
                break;
            }
        }
        Ok(())
    }
}
