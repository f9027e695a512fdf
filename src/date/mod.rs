//! date (in progress)
