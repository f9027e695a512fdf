//! Colours: the normal palette and the high-contrast one, the iced `Theme` built from them, and
//! the colour pairs the contrast test checks.

use iced::theme::Palette;
use iced::{Color, Theme, color};

use crate::palette::{self, BandTone};

/// Every colour the screens use; views never name a colour themselves.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Colors {
    /// Window background.
    pub background: Color,
    /// Cards and panels on the background.
    pub surface: Color,
    /// Body text.
    pub text: Color,
    /// Explanation lines (still readable, a little quieter).
    pub muted: Color,
    /// Main buttons.
    pub primary: Color,
    /// Text on main buttons.
    pub on_primary: Color,
    /// Other buttons.
    pub secondary: Color,
    /// Text on other buttons.
    pub on_secondary: Color,
    /// Lines around fields and panels.
    pub border: Color,
    /// The keyboard selection ring.
    pub ring: Color,
    /// Errors shown beside a field.
    pub error: Color,
    /// Banner: everything is fine.
    pub ok_bg: Color,
    /// Text on `ok_bg`.
    pub on_ok: Color,
    /// Banner: act soon (grace period, renewal window).
    pub warn_bg: Color,
    /// Text on `warn_bg`.
    pub on_warn: Color,
    /// Banner: expired.
    pub danger_bg: Color,
    /// Text on `danger_bg`.
    pub on_danger: Color,
    /// Timeline band: valid.
    pub band_valid: Color,
    /// Timeline band: renewal window open.
    pub band_renewal: Color,
    /// Timeline band: grace period (insurance check only).
    pub band_grace: Color,
    /// Timeline band: expired.
    pub band_expired: Color,
    /// The scrollbar's handle (wide, and yellow in high contrast, so it can be found).
    pub scroller: Color,
    /// The example inside an empty field: clearly paler than typed text, so an empty field
    /// never looks filled.
    pub placeholder: Color,
}

/// A band's fill from the shared palette.
const fn fill(tone: BandTone) -> Color {
    let ((r, g, b), _, _) = palette::band(tone);
    Color::from_rgb8(r, g, b)
}

/// A band's edge from the shared palette (in high contrast, the band's own colour).
pub fn band_edge(colors: &Colors, tone: BandTone) -> Color {
    if *colors == HIGH_CONTRAST {
        return colors.border;
    }
    let (_, (r, g, b), _) = palette::band(tone);
    Color::from_rgb8(r, g, b)
}

/// The normal palette: dark text on a warm white, blue buttons.
pub const NORMAL: Colors = Colors {
    background: color!(0xfbfaf6),
    surface: color!(0xffffff),
    text: color!(0x1b1b1b),
    muted: color!(0x45464a),
    primary: color!(0x0b4f9c),
    on_primary: color!(0xffffff),
    secondary: color!(0xe6edf6),
    on_secondary: color!(0x0a2a52),
    border: color!(0x6b7280),
    ring: color!(0xc2410c),
    error: color!(0x9b1c1c),
    ok_bg: color!(0xe3f4e8),
    on_ok: color!(0x0d4321),
    warn_bg: color!(0xfff1cc),
    on_warn: color!(0x5c3700),
    danger_bg: color!(0xfde4e1),
    on_danger: color!(0x7a1a10),
    // The paper's palette (crate::palette): light fills, dark edges, a pattern each.
    band_valid: fill(BandTone::Valid),
    band_renewal: fill(BandTone::Renewal),
    band_grace: fill(BandTone::Grace),
    band_expired: fill(BandTone::Expired),
    scroller: color!(0x4b5563),
    placeholder: color!(0xa3a6ad),
};

/// The high-contrast palette: white on black, yellow buttons with black text.
pub const HIGH_CONTRAST: Colors = Colors {
    background: color!(0x000000),
    surface: color!(0x000000),
    text: color!(0xffffff),
    muted: color!(0xe8e8e8),
    primary: color!(0xffe600),
    on_primary: color!(0x000000),
    secondary: color!(0x1a1a1a),
    on_secondary: color!(0xffffff),
    border: color!(0xffffff),
    ring: color!(0x00e5ff),
    error: color!(0xff9e9e),
    ok_bg: color!(0x003d14),
    on_ok: color!(0xffffff),
    warn_bg: color!(0x3d2e00),
    on_warn: color!(0xffffff),
    danger_bg: color!(0x4a0000),
    on_danger: color!(0xffffff),
    band_valid: color!(0x00e676),
    band_renewal: color!(0xffe600),
    band_grace: color!(0xff9100),
    band_expired: color!(0xff5252),
    scroller: color!(0xffe600),
    placeholder: color!(0x8c8c8c),
};

/// The palette for the chosen contrast.
pub fn colors(high_contrast: bool) -> Colors {
    if high_contrast { HIGH_CONTRAST } else { NORMAL }
}

/// The iced theme for the chosen contrast (covers widgets we do not style ourselves).
pub fn theme(high_contrast: bool) -> Theme {
    let c = colors(high_contrast);
    let palette = Palette {
        background: c.background,
        text: c.text,
        primary: c.primary,
        success: c.band_valid,
        warning: c.band_renewal,
        danger: c.error,
    };
    let name = if high_contrast {
        "mynaho high contrast"
    } else {
        "mynaho"
    };
    Theme::custom(name, palette)
}

/// Every (text, background) pair the screens draw, named for the test's message.
pub fn text_pairs(c: &Colors) -> [(&'static str, Color, Color); 10] {
    [
        ("text", c.text, c.background),
        ("text on surface", c.text, c.surface),
        ("muted", c.muted, c.background),
        ("muted on surface", c.muted, c.surface),
        ("primary button", c.on_primary, c.primary),
        ("secondary button", c.on_secondary, c.secondary),
        ("error", c.error, c.background),
        ("ok banner", c.on_ok, c.ok_bg),
        ("warning banner", c.on_warn, c.warn_bg),
        ("danger banner", c.on_danger, c.danger_bg),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn high_contrast_text_reaches_seven_to_one() {
        for (name, fg, bg) in text_pairs(&HIGH_CONTRAST) {
            let ratio = fg.relative_contrast(bg);
            assert!(ratio >= 7.0, "{name}: {ratio:.2} < 7");
        }
    }

    #[test]
    fn normal_text_reaches_seven_to_one_too() {
        // Readers are elderly: the normal palette aims at AAA as well, not only AA (4.5).
        for (name, fg, bg) in text_pairs(&NORMAL) {
            let ratio = fg.relative_contrast(bg);
            assert!(ratio >= 7.0, "{name}: {ratio:.2} < 7");
        }
    }

    #[test]
    fn placeholders_are_paler_than_typed_text_and_the_scrollbar_is_seen() {
        for c in [NORMAL, HIGH_CONTRAST] {
            let typed = c.text.relative_contrast(c.surface);
            let example = c.placeholder.relative_contrast(c.surface);
            assert!(typed >= 2.0 * example, "typed {typed:.2} vs example {example:.2}");
            assert!(
                c.scroller.relative_contrast(c.background) >= 3.0,
                "scrollbar needs 3:1"
            );
        }
    }

    #[test]
    fn ring_stands_out_from_the_background() {
        for c in [NORMAL, HIGH_CONTRAST] {
            assert!(
                c.ring.relative_contrast(c.background) >= 3.0,
                "focus ring needs 3:1 (WCAG 1.4.11)"
            );
        }
    }
}
