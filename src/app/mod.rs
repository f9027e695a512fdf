//! The iced window: screens, theme and fonts (see issue 3).
