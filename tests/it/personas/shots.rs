//! Screenshots of the personas' dates screens, for a person to look at (not a check).

use super::*;

/// Renders the dates screens of the personas (entry with its follow-up questions, and
/// the result) in ja and en to `target/shots/` for a person to look at:
/// `cargo test --release --test personas -- --ignored`.
#[test]
#[ignore = "writes screenshots for review; run by hand"]
fn render_persona_screens_for_review() {
    let out = std::path::Path::new("target/shots");
    let _ = std::fs::remove_dir_all(out);
    std::fs::create_dir_all(out).expect("shots folder");
    let cases = [
        ("check", personas()[0]),
        ("ambiguous-card", personas()[1]),
        ("renewal-question", personas()[4]),
        ("residence", personas()[7]),
    ];
    for lang in ["ja", "en", "km"] {
        for (name, p) in cases {
            let mut app = app_for(&p, lang);
            fill_in(&mut app, &p);
            let shoot = |app: &App, file: String| {
                let mut ui = Simulator::with_size(app.settings(), (1280.0, 2600.0), app.view());
                let snapshot = ui.snapshot(&app.theme()).expect("snapshot");
                let _ = snapshot.matches_image(out.join(file)).expect("write png");
            };
            shoot(&app, format!("{name}-{lang}-entry"));
            click(&mut app, "dates-show");
            shoot(&app, format!("{name}-{lang}-result"));
            if name == "check" {
                // The guide's outcome comes after what to do about the card (「そのあとで」).
                click(&mut app, "top-home");
                click(&mut app, "home-guide");
                click(&mut app, "answer-yes");
                click(&mut app, "answer-yes");
                shoot(&app, format!("{name}-{lang}-outcome"));
            }
        }
    }
}
