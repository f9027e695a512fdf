//! rules (in progress)
