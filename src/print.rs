//! Printing through the OS spooler (CUPS `lp`/`lpstat`).
