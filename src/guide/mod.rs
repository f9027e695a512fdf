//! The guide: the MHLW quick-guide flowchart (seed S0) and the counter situations, as data
//! (`assets/guide/*.toml`), validated at load, and walked one answer at a time. No GUI.

mod data;
mod walk;

pub use data::{Choice, Guide, GuideError, Outcome, Question, Situation, Step};
pub use walk::{OutcomeView, QuestionView, Walk};

/// The start of the quick guide (「マイナンバーカードを持っていますか？」).
pub const QUICK_GUIDE_START: &str = "has-card";

/// The five outcomes of the quick guide, in the order of the leaflet.
pub const QUICK_GUIDE_OUTCOMES: [&str; 5] = [
    "use-at-reception",
    "register",
    "check-registration",
    "apply-for-card",
    "ask-municipality",
];
