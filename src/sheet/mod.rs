//! The explanation sheet: model, layout and PDF (see issue 4).
