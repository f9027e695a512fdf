//! Driving the window headlessly with iced_test: a fresh simulator of the app's current view for
//! each step (as the runtime rebuilds the view after each message), the messages it produced fed
//! to `App::update`. The fonts go into a process-wide font system: they are loaded once.

use iced_test::Simulator;
use iced_test::selector::id;
use mynaho_guide::app::{App, Message};

/// A simulator of the app's current view, built with the app's settings (fonts, default face).
pub fn simulator(app: &App) -> Simulator<'_, Message> {
    simulator_sized(app, (1100.0, 3000.0))
}

/// A simulator of the app's view in a window of `size` logical pixels (the window's size
/// divided by the text-size zoom, as the runtime lays the view out).
pub fn simulator_sized(app: &App, size: (f32, f32)) -> Simulator<'_, Message> {
    static FONTS_LOADED: std::sync::Once = std::sync::Once::new();
    let mut settings = app.settings();
    let mut first = false;
    FONTS_LOADED.call_once(|| first = true);
    if !first {
        settings.fonts.clear();
    }
    Simulator::with_size(settings, size, app.view())
}

/// Runs `interact` on a fresh simulator and applies the messages it produced.
pub fn step(app: &mut App, interact: impl FnOnce(&mut Simulator<'_, Message>)) {
    let mut ui = simulator(app);
    interact(&mut ui);
    let messages: Vec<Message> = ui.into_messages().collect();
    for message in messages {
        let _ = app.update(message);
    }
}

/// Clicks the widget with this id; fails the test when it is not on screen.
pub fn click(app: &mut App, target: &'static str) {
    step(app, |ui| {
        if let Err(error) = ui.click(id(target)) {
            panic!("cannot click {target}: {error}");
        }
    });
}

/// Clicks into a text field and types.
pub fn type_into(app: &mut App, field: &'static str, text: &str) {
    step(app, |ui| {
        if let Err(error) = ui.click(id(field)) {
            panic!("cannot click {field}: {error}");
        }
        let _ = ui.typewrite(text);
    });
}

/// Whether the widget with this id is on screen.
pub fn shows(app: &App, target: &'static str) -> bool {
    simulator(app).find(id(target)).is_ok()
}

/// Every text on screen (without line-break marks) and every field's content, in the order
/// drawn.
pub fn all_texts(app: &App) -> Vec<String> {
    use iced_test::selector::Candidate;
    let mut texts = Vec::new();
    let collect = |candidate: Candidate<'_>| -> Option<()> {
        match candidate {
            // Without the invisible line-break marks (they are the layout's, not the words').
            Candidate::Text { content, .. } => texts.push(mynaho_guide::linebreak::strip(content)),
            Candidate::TextInput { state, .. } => texts.push(state.text().to_owned()),
            _ => {}
        }
        None
    };
    // The selector never matches: it only looks at everything on the way.
    let _ = simulator(app).find(collect);
    texts
}
