//! The one palette of the timeline, for the window and the paper alike: a light fill that
//! saves toner and keeps dark text readable inside a band, a dark edge, and a pattern so that
//! the bands differ without colour (a black-and-white laser printer, a colour-blind reader).

/// What a stretch of time means, as both charts draw it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BandTone {
    /// Valid, nothing to do yet.
    Valid,
    /// Valid, and renewal is open.
    Renewal,
    /// Past the expiry, usable for the insurance check only.
    Grace,
    /// Past the grace.
    Expired,
}

/// How a band is marked besides its colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pattern {
    /// Plain fill.
    None,
    /// Dots.
    Dots,
    /// Lines rising to the right.
    Stripes,
    /// Lines both ways.
    Cross,
}

/// The colours and pattern of a band: (fill, edge) as 8-bit RGB, and the pattern.
pub const fn band(tone: BandTone) -> ((u8, u8, u8), (u8, u8, u8), Pattern) {
    match tone {
        BandTone::Valid => ((200, 230, 201), (27, 94, 32), Pattern::None),
        BandTone::Renewal => ((187, 222, 251), (13, 71, 161), Pattern::Dots),
        BandTone::Grace => ((255, 224, 178), (191, 54, 12), Pattern::Stripes),
        BandTone::Expired => ((255, 205, 210), (183, 28, 28), Pattern::Cross),
    }
}

/// The grey a colour prints as (ITU-R BT.601 luma), 0–255.
pub fn grey((r, g, b): (u8, u8, u8)) -> u8 {
    let luma = 0.299 * f32::from(r) + 0.587 * f32::from(g) + 0.114 * f32::from(b);
    luma.round().clamp(0.0, 255.0) as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [BandTone; 4] = [
        BandTone::Valid,
        BandTone::Renewal,
        BandTone::Grace,
        BandTone::Expired,
    ];

    #[test]
    fn bands_differ_without_colour() {
        // Each band has its own pattern, and its edge prints dark on its fill.
        let patterns: Vec<Pattern> = ALL.iter().map(|&t| band(t).2).collect();
        for (i, a) in patterns.iter().enumerate() {
            assert!(!patterns[i + 1..].contains(a), "two bands share {a:?}");
        }
        for tone in ALL {
            let (fill, edge, _) = band(tone);
            assert!(
                grey(fill) >= 170,
                "{tone:?}: the fill saves toner and keeps text readable"
            );
            assert!(grey(fill) - grey(edge) >= 90, "{tone:?}: the edge shows in grey");
        }
    }
}
