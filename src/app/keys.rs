//! Keyboard use: number keys answer, Enter continues, Esc / Backspace go back, arrows and Tab
//! move the selection ring, Ctrl+P prints, Ctrl+plus / minus / 0 zoom. Buttons take no keyboard
//! focus in iced, so the ring and these shortcuts are the app's own.

use iced::Task;
use iced::keyboard::{Key, Modifiers, key::Named};

use super::{App, Message, Screen, dates, guide, home, review, settings};

impl App {
    /// The messages the ring can select on this screen, in order (number keys pick them too).
    fn shortcuts(&self) -> Vec<Message> {
        match self.screen {
            Screen::Home => home::shortcuts().into_iter().map(Message::Home).collect(),
            Screen::Guide => self
                .guide
                .shortcuts(&self.ctx)
                .into_iter()
                .map(Message::Guide)
                .collect(),
            Screen::Dates => self
                .dates
                .shortcuts(&self.ctx)
                .into_iter()
                .map(Message::Dates)
                .collect(),
            Screen::Review => self
                .review
                .shortcuts(self.ctx.kiosk)
                .into_iter()
                .map(Message::Review)
                .collect(),
            Screen::Settings => settings::shortcuts(self.text_scale, self.high_contrast)
                .into_iter()
                .map(Message::Settings)
                .collect(),
        }
    }

    pub(super) fn on_key(&mut self, key: Key, modifiers: Modifiers) -> Task<Message> {
        let count = self.shortcuts().len();
        match key.as_ref() {
            Key::Character(c) if modifiers.command() => match c {
                "p" => {
                    if self.screen == Screen::Review {
                        // Through Review's own update: the busy check and the notice apply.
                        let inputs = self.review_inputs();
                        let action = self
                            .review
                            .update(review::Message::PrintPressed, &self.ctx, &inputs);
                        return self.on_review(action);
                    }
                    self.open_review()
                }
                "+" | "=" | ";" => self.on_settings(settings::Action::SetTextScale(self.text_scale + 25)),
                "-" => self.on_settings(settings::Action::SetTextScale(self.text_scale.saturating_sub(25))),
                "0" => self.on_settings(settings::Action::SetTextScale(100)),
                // Quitting is for desktops; a kiosk stays up whatever is pressed.
                "q" if !self.ctx.kiosk => iced::exit(),
                _ => Task::none(),
            },
            // Where people type dates or a name, a digit typed beside a field is a slip, not a
            // choice: it must not walk the typed date into another screen.
            Key::Character(_) if self.has_fields() => Task::none(),
            Key::Character("r" | "R") if !modifiers.command() && !modifiers.alt() => self.speak_main_part(),
            Key::Character(c) if !modifiers.command() && !modifiers.alt() => match c.parse::<usize>() {
                Ok(n @ 1..=9) if n <= count => {
                    self.selected = n - 1;
                    self.ring_visible = true;
                    self.activate()
                }
                _ => Task::none(),
            },
            Key::Named(Named::Enter) if count > 0 => {
                let task = self.activate();
                self.ring_visible = true;
                task
            }
            Key::Named(Named::Escape | Named::Backspace) => self.back(),
            Key::Named(Named::Tab) if self.screen == Screen::Dates && !self.dates.showing_result() => {
                if modifiers.shift() {
                    iced::widget::operation::focus_previous()
                } else {
                    iced::widget::operation::focus_next()
                }
            }
            Key::Named(Named::ArrowDown | Named::ArrowRight | Named::Tab) if count > 0 => {
                let backwards = modifiers.shift() && key == Key::Named(Named::Tab);
                self.move_ring(count, backwards);
                Task::none()
            }
            Key::Named(Named::ArrowUp | Named::ArrowLeft) if count > 0 => {
                self.move_ring(count, true);
                Task::none()
            }
            _ => Task::none(),
        }
    }

    /// Whether the screen holds text fields (the dates, the name on Review).
    fn has_fields(&self) -> bool {
        match self.screen {
            Screen::Dates => !self.dates.showing_result(),
            Screen::Review => true,
            _ => false,
        }
    }

    fn move_ring(&mut self, count: usize, backwards: bool) {
        if self.ring_visible {
            self.selected = if backwards {
                (self.selected + count - 1) % count
            } else {
                (self.selected + 1) % count
            };
        }
        self.ring_visible = true;
    }

    fn activate(&mut self) -> Task<Message> {
        let shortcuts = self.shortcuts();
        match shortcuts.into_iter().nth(self.selected) {
            Some(message) => self.update(message),
            None => Task::none(),
        }
    }

    fn back(&mut self) -> Task<Message> {
        match self.screen {
            Screen::Home => Task::none(),
            Screen::Guide => self.update(Message::Guide(guide::Message::BackPressed)),
            Screen::Dates => self.update(Message::Dates(dates::Message::BackPressed)),
            Screen::Review => self.update(Message::Review(review::Message::BackPressed)),
            Screen::Settings => self.update(Message::Settings(settings::Message::BackPressed)),
        }
    }
}
