//! The files embedded in the binary: rules, guide graph, translations and fonts.
//!
//! Everything the program reads at run time comes from here, so the binary works offline and
//! a test sees exactly what a release ships (`debug-embed`).

use rust_embed::RustEmbed;

/// `assets/`: rules data, the guide graph and the fonts.
#[derive(RustEmbed)]
#[folder = "assets/"]
pub struct Assets;

/// `i18n/`: one folder per locale with its Fluent files.
#[derive(RustEmbed)]
#[folder = "i18n/"]
pub struct Translations;

/// The bytes of an embedded asset, or `None` when the path is not embedded.
pub fn asset(path: &str) -> Option<std::borrow::Cow<'static, [u8]>> {
    Assets::get(path).map(|file| file.data)
}

/// The text of an embedded asset (UTF-8), or `None` when missing or not UTF-8.
pub fn asset_text(path: &str) -> Option<String> {
    asset(path).and_then(|bytes| String::from_utf8(bytes.into_owned()).ok())
}
