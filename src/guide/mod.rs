//! guide (in progress)
