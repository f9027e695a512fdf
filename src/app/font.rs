//! Fonts: every embedded Noto file registered with iced, and the default face per language.
//!
//! The whole `Settings` is built here in one piece because `Application::settings` replaces
//! the fonts added earlier with `.font()`; the iced_test simulator takes the same settings.

use iced::widget::text::LineHeight;
use iced::{Font, Pixels, Settings};

use crate::fonts;

/// Body text size in logical pixels (the readers are elderly: at least 20).
pub const BODY_SIZE: f32 = 22.0;

/// The iced settings: all embedded fonts, the default face for `lang`, large default text.
pub fn settings(lang: &str) -> Settings {
    Settings {
        fonts: fonts::files().into_iter().filter_map(fonts::bytes).collect(),
        default_font: for_lang(lang),
        default_text_size: Pixels(BODY_SIZE),
        ..Settings::default()
    }
}

/// The face for text in `lang` (the family name must equal the one stored in the font).
pub fn for_lang(lang: &str) -> Font {
    Font::with_name(fonts::primary_family(lang))
}

/// Line height for `lang`: scripts that stack marks above and below the line (Myanmar, Khmer,
/// Devanagari, Thai) need more room, or their glyphs overflow the text box and leave traces
/// when the screen changes.
pub fn line_height(lang: &str) -> LineHeight {
    match lang {
        "my" | "km" | "ne" | "th" => LineHeight::Relative(1.75),
        _ => LineHeight::Relative(1.35),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_carry_every_font_file() {
        let settings = settings("ja");
        assert_eq!(settings.fonts.len(), fonts::files().len());
        assert_eq!(settings.default_font, Font::with_name("Noto Sans CJK JP"));
        assert!(settings.default_text_size.0 >= 20.0);
    }
}
