//! Issue 11, layout at 200 %: on a 1024×768 screen at 200 % (512×384 logical pixels) every
//! screen, in every language, shows its heading and its first control without scrolling; and a
//! matrix of screenshots (sizes, zoom, languages, contrast) for a person to look at.

use chrono::NaiveDate;
use iced_test::selector::{Target, id};
use mynaho_guide::app::{App, Message, Options, SettingsMessage};

use crate::ui::{click, simulator_sized, type_into};

fn app(lang: &str) -> App {
    App::new(Options {
        lang: Some(lang.into()),
        today: NaiveDate::from_ymd_opt(2026, 11, 22),
        ..Options::default()
    })
}

/// Each screen a person meets, reached by clicking: its name and its first control.
fn screens(lang: &str, mut visit: impl FnMut(&str, &mut App, &'static str)) {
    let mut app = app(lang);
    visit("home", &mut app, "home-guide");
    click(&mut app, "home-guide");
    visit("question", &mut app, "answer-yes");
    let _ = app.update(Message::HomePressed);
    click(&mut app, "home-problem");
    visit("problems", &mut app, "situation-lost-card");
    click(&mut app, "situation-lost-card");
    visit("outcome", &mut app, "outcome-review");
    let _ = app.update(Message::HomePressed);
    click(&mut app, "home-dates");
    type_into(&mut app, "dates-born", "S16.1.20");
    type_into(&mut app, "dates-card", "2027-01-20");
    visit("dates", &mut app, "dates-born");
    click(&mut app, "dates-show");
    visit("result", &mut app, "dates-review");
    click(&mut app, "dates-review");
    visit("review", &mut app, "review-print");
    let _ = app.update(Message::SettingsPressed);
    visit("settings", &mut app, "scale-100");
}

/// Sets the window's size, the zoom and the contrast, as a person would have them.
fn at(app: &mut App, width: f32, height: f32, scale: u16, contrast: bool) {
    let _ = app.update(Message::WindowResized(iced::Size::new(width, height)));
    let _ = app.update(Message::Settings(SettingsMessage::TextScaleChosen(scale)));
    let _ = app.update(Message::Settings(SettingsMessage::HighContrastChosen(contrast)));
}

fn bottom(target: &Target) -> (f32, f32) {
    let b = target.bounds();
    (b.y, b.y + b.height)
}

#[test]
fn at_200_percent_on_1024x768_every_screen_shows_its_heading_and_first_control() {
    let (width, height, scale) = (1024.0, 768.0, 200);
    let (w, h) = (width / 2.0, height / 2.0);
    let mut failures = Vec::new();
    for language in mynaho_guide::i18n::languages() {
        screens(&language.code, |name, app, first| {
            at(app, width, height, scale, false);
            {
                let mut ui = simulator_sized(app, (w, h));
                for target in ["title", first] {
                    match ui.find(id(target)) {
                        Ok(found) => {
                            let (top, end) = bottom(&found);
                            if top < 0.0 || end > h {
                                failures.push(format!(
                                    "{} {name}: {target} at {top:.0}–{end:.0} of {h}",
                                    language.code
                                ));
                            }
                        }
                        Err(_) => failures.push(format!("{} {name}: no {target}", language.code)),
                    }
                }
            }
            at(app, 1100.0, 820.0, 100, false);
        });
    }
    assert!(failures.is_empty(), "below the fold:\n{}", failures.join("\n"));
}

/// Writes `target/shots/matrix/<lang>-<w>x<h>-<scale>-<contrast>-<screen>.png`:
/// `cargo test --test it -- --ignored window_matrix`.
#[test]
#[ignore = "writes screenshots for review; run by hand"]
fn window_matrix() {
    let out = std::path::Path::new("target/shots/matrix");
    let _ = std::fs::remove_dir_all(out);
    std::fs::create_dir_all(out).expect("shots folder");
    for lang in ["ja", "ja-yasashii", "en", "vi", "my"] {
        screens(lang, |name, app, _| {
            for (width, height) in [(1024.0, 768.0), (1920.0, 1080.0)] {
                for scale in [100u16, 200] {
                    for contrast in [false, true] {
                        at(app, width, height, scale, contrast);
                        let zoom = f32::from(scale) / 100.0;
                        let theme = app.theme();
                        let snapshot = simulator_sized(app, (width / zoom, height / zoom))
                            .snapshot(&theme)
                            .expect("snapshot");
                        let file = format!(
                            "{lang}-{width}x{height}-{scale}-{}-{name}",
                            if contrast { "hc" } else { "normal" }
                        );
                        let _ = snapshot.matches_image(out.join(file)).expect("write png");
                    }
                }
            }
            at(app, 1100.0, 820.0, 100, false);
        });
    }
}
