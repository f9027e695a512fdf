//! A text field that never hands the shaper a line or paragraph separator or a control
//! character: it wraps iced's `text_input` and cleans what reaches it — typed characters, IME
//! commits and pre-edit text, and the clipboard as read on paste — with [`crate::clean`].
//! Cleaning after the fact is too late: the field shapes its new value itself before the app
//! sees the message, and some separators beside right-to-left text crash the shaper.
//!
//! While the field has the focus it also keeps every key for itself (Enter, digits, Backspace
//! on an empty field): a key meant for the field never acts as a shortcut of the screen. Tab
//! and Ctrl/⌘ combinations pass, so the focus can move on and the text size still changes.

use iced::advanced::layout::{self, Layout};
use iced::advanced::widget::operation::Focusable;
use iced::advanced::widget::{self, Operation, Tree, Widget};
use iced::advanced::{Clipboard, Shell, clipboard, overlay, renderer};
use iced::{Element, Event, Length, Rectangle, Size, Vector, keyboard, mouse};

use crate::clean;

/// The wrapper around a text field.
pub struct CleanInput<'a, Message, Theme, Renderer> {
    inner: Element<'a, Message, Theme, Renderer>,
}

/// Wraps a text field so that only clean text reaches it.
pub fn clean_input<'a, Message: 'a, Theme: 'a, Renderer: renderer::Renderer + 'a>(
    inner: impl Into<Element<'a, Message, Theme, Renderer>>,
) -> Element<'a, Message, Theme, Renderer> {
    Element::new(CleanInput { inner: inner.into() })
}

/// The clipboard as the field sees it: read through [`clean::one_line`].
struct CleanClipboard<'a>(&'a mut dyn Clipboard);

impl Clipboard for CleanClipboard<'_> {
    fn read(&self, kind: clipboard::Kind) -> Option<String> {
        self.0.read(kind).map(|text| clean::one_line(&text))
    }

    fn write(&mut self, kind: clipboard::Kind, contents: String) {
        self.0.write(kind, contents);
    }
}

/// Finds out whether the field holds the keyboard focus.
struct IsFocused(bool);

impl Operation for IsFocused {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
        operate(self);
    }

    fn focusable(&mut self, _id: Option<&widget::Id>, _bounds: Rectangle, state: &mut dyn Focusable) {
        self.0 |= state.is_focused();
    }
}

/// A key press the screen may still use while a field has the focus: Tab moves the focus,
/// Ctrl/⌘ combinations are commands (zoom, print), never typing.
fn passes_through(event: &Event) -> bool {
    match event {
        Event::Keyboard(keyboard::Event::KeyPressed { key, modifiers, .. }) => {
            modifiers.command() || *key == keyboard::Key::Named(keyboard::key::Named::Tab)
        }
        _ => true,
    }
}

/// The event as the field may see it; `None` when nothing of it is left.
fn cleaned(event: &Event) -> Option<Event> {
    match event {
        Event::Keyboard(keyboard::Event::KeyPressed {
            key,
            modified_key,
            physical_key,
            location,
            modifiers,
            text: Some(text),
            repeat,
        }) => {
            // Control keys (Enter, Backspace) keep working: only their text goes.
            let kept = clean::one_line(text);
            Some(Event::Keyboard(keyboard::Event::KeyPressed {
                key: key.clone(),
                modified_key: modified_key.clone(),
                physical_key: *physical_key,
                location: *location,
                modifiers: *modifiers,
                text: (!kept.is_empty()).then(|| kept.into()),
                repeat: *repeat,
            }))
        }
        Event::InputMethod(iced::advanced::input_method::Event::Commit(text)) => Some(Event::InputMethod(
            iced::advanced::input_method::Event::Commit(clean::one_line(text)),
        )),
        Event::InputMethod(iced::advanced::input_method::Event::Preedit(text, selection)) => {
            let kept = clean::one_line(text);
            let selection = selection.clone().filter(|range| range.end <= kept.len());
            Some(Event::InputMethod(iced::advanced::input_method::Event::Preedit(
                kept, selection,
            )))
        }
        other => Some(other.clone()),
    }
}

impl<Message, Theme, Renderer> Widget<Message, Theme, Renderer> for CleanInput<'_, Message, Theme, Renderer>
where
    Renderer: renderer::Renderer,
{
    fn size(&self) -> Size<Length> {
        self.inner.as_widget().size()
    }

    fn size_hint(&self) -> Size<Length> {
        self.inner.as_widget().size_hint()
    }

    fn layout(&mut self, tree: &mut Tree, renderer: &Renderer, limits: &layout::Limits) -> layout::Node {
        self.inner.as_widget_mut().layout(tree, renderer, limits)
    }

    fn draw(
        &self,
        tree: &Tree,
        renderer: &mut Renderer,
        theme: &Theme,
        style: &renderer::Style,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
    ) {
        self.inner
            .as_widget()
            .draw(tree, renderer, theme, style, layout, cursor, viewport);
    }

    fn tag(&self) -> widget::tree::Tag {
        self.inner.as_widget().tag()
    }

    fn state(&self) -> widget::tree::State {
        self.inner.as_widget().state()
    }

    fn children(&self) -> Vec<Tree> {
        self.inner.as_widget().children()
    }

    fn diff(&self, tree: &mut Tree) {
        self.inner.as_widget().diff(tree);
    }

    fn operate(
        &mut self,
        tree: &mut Tree,
        layout: Layout<'_>,
        renderer: &Renderer,
        operation: &mut dyn Operation,
    ) {
        self.inner
            .as_widget_mut()
            .operate(tree, layout, renderer, operation);
    }

    fn update(
        &mut self,
        tree: &mut Tree,
        event: &Event,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        renderer: &Renderer,
        clipboard: &mut dyn Clipboard,
        shell: &mut Shell<'_, Message>,
        viewport: &Rectangle,
    ) {
        let Some(event) = cleaned(event) else { return };
        let mut clipboard = CleanClipboard(clipboard);
        self.inner.as_widget_mut().update(
            tree,
            &event,
            layout,
            cursor,
            renderer,
            &mut clipboard,
            shell,
            viewport,
        );
        if shell.is_event_captured() || passes_through(&event) {
            return;
        }
        let mut focused = IsFocused(false);
        self.inner
            .as_widget_mut()
            .operate(tree, layout, renderer, &mut focused);
        if focused.0 {
            shell.capture_event();
        }
    }

    fn mouse_interaction(
        &self,
        tree: &Tree,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
        renderer: &Renderer,
    ) -> mouse::Interaction {
        self.inner
            .as_widget()
            .mouse_interaction(tree, layout, cursor, viewport, renderer)
    }

    fn overlay<'b>(
        &'b mut self,
        tree: &'b mut Tree,
        layout: Layout<'b>,
        renderer: &Renderer,
        viewport: &Rectangle,
        translation: Vector,
    ) -> Option<overlay::Element<'b, Message, Theme, Renderer>> {
        self.inner
            .as_widget_mut()
            .overlay(tree, layout, renderer, viewport, translation)
    }
}
