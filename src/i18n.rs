//! Locales and messages (in progress)
