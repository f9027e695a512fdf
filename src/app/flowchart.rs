//! The quick-guide flowchart as a small canvas diagram, the person's path highlighted, so a
//! volunteer can point at where they are.
//!
//! The graph is not drawn from a second copy of the rules: it is found by walking the core's
//! guide with every answer (`Graph::explore`), so it always matches what the guide asks.

use iced::alignment::Vertical;
use iced::widget::canvas::{self, Frame, Geometry, Path, Stroke, Text};
use iced::{Font, Pixels, Point, Rectangle, Renderer, Size, Theme, mouse};

use crate::guide::{Guide, Walk};

use super::theme::Colors;

const MAX_DEPTH: usize = 8;
const MAX_NODES: usize = 40;
/// Height of one row of the diagram (logical pixels).
pub const ROW: f32 = 96.0;
const BOX_HEIGHT: f32 = 58.0;

/// One node of the flowchart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    /// The guide's node id (`has-card`, `register`…).
    pub id: String,
    /// Whether it ends the walk.
    pub outcome: bool,
    /// Its row (number of answers needed to reach it, the fewest).
    pub depth: usize,
    /// Fluent id of its full text (question or outcome title).
    pub text: String,
}

/// One arrow: an answer leading from a question to the next node.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edge {
    /// Index of the question in `nodes`.
    pub from: usize,
    /// Index of the next node.
    pub to: usize,
    /// Fluent id of the answer's label.
    pub label: String,
}

/// The quick-guide graph, found by walking the core's guide.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Graph {
    /// Nodes in the order they were found.
    pub nodes: Vec<Node>,
    /// Arrows between them.
    pub edges: Vec<Edge>,
}

impl Graph {
    /// Walks every answer of the quick guide (no situation) and records what it reaches.
    pub fn explore(guide: &Guide) -> Graph {
        let mut graph = Graph::default();
        graph.visit(guide, &mut Vec::new());
        graph
    }

    fn visit(&mut self, guide: &Guide, answers: &mut Vec<(String, String)>) -> Option<usize> {
        if answers.len() > MAX_DEPTH || self.nodes.len() >= MAX_NODES {
            return None;
        }
        let walk = guide.walk(None, answers).ok()?;
        let (id, outcome, text) = match &walk {
            Walk::Question(question) => (question.id.clone(), false, question.text.clone()),
            Walk::Outcome(view) => (view.outcome.id.clone(), true, view.outcome.title.clone()),
        };
        if let Some(index) = self.nodes.iter().position(|node| node.id == id) {
            return Some(index);
        }
        let index = self.nodes.len();
        self.nodes.push(Node {
            id: id.clone(),
            outcome,
            depth: answers.len(),
            text,
        });
        if let Walk::Question(question) = walk {
            for choice in &question.choices {
                answers.push((id.clone(), choice.value.clone()));
                if let Some(to) = self.visit(guide, answers) {
                    self.edges.push(Edge {
                        from: index,
                        to,
                        label: choice.label.clone(),
                    });
                }
                answers.pop();
            }
        }
        Some(index)
    }

    /// Number of rows the diagram needs.
    pub fn rows(&self) -> usize {
        self.nodes.iter().map(|node| node.depth + 1).max().unwrap_or(0)
    }
}

/// The canvas program: a graph, short labels, and the path to highlight.
#[derive(Debug)]
pub struct Chart<'a> {
    /// The graph.
    pub graph: &'a Graph,
    /// A short label per node, in the same order.
    pub labels: Vec<String>,
    /// A short label per edge, in the same order.
    pub edge_labels: Vec<String>,
    /// The node ids walked so far, ending with where the person is now.
    pub path: Vec<String>,
    /// The palette.
    pub colors: Colors,
    /// The face for the labels.
    pub font: Font,
}

impl Chart<'_> {
    fn layout(&self, width: f32) -> Vec<Rectangle> {
        let rows = self.graph.rows();
        let mut placed = vec![Rectangle::default(); self.graph.nodes.len()];
        for depth in 0..rows {
            let in_row: Vec<usize> = (0..self.graph.nodes.len())
                .filter(|&i| self.graph.nodes[i].depth == depth)
                .collect();
            let count = in_row.len().max(1) as f32;
            let slot = width / count;
            let box_width = (slot - 16.0).clamp(40.0, 240.0);
            for (k, &i) in in_row.iter().enumerate() {
                let center = slot * (k as f32 + 0.5);
                placed[i] = Rectangle {
                    x: center - box_width / 2.0,
                    y: depth as f32 * ROW + 8.0,
                    width: box_width,
                    height: BOX_HEIGHT,
                };
            }
        }
        placed
    }

    fn on_path(&self, from: &str, to: &str) -> bool {
        self.path.windows(2).any(|pair| pair[0] == from && pair[1] == to)
    }
}

impl<Message> canvas::Program<Message> for Chart<'_> {
    type State = ();

    fn draw(
        &self,
        _state: &(),
        renderer: &Renderer,
        _theme: &Theme,
        bounds: Rectangle,
        _cursor: mouse::Cursor,
    ) -> Vec<Geometry> {
        let mut frame = Frame::new(renderer, bounds.size());
        let c = self.colors;
        let boxes = self.layout(bounds.width);
        let current = self.path.last();

        for (edge, label) in self.graph.edges.iter().zip(&self.edge_labels) {
            let (Some(from), Some(to)) = (boxes.get(edge.from), boxes.get(edge.to)) else {
                continue;
            };
            let highlighted = self.on_path(&self.graph.nodes[edge.from].id, &self.graph.nodes[edge.to].id);
            let start = Point::new(from.center_x(), from.y + from.height);
            let end = Point::new(to.center_x(), to.y);
            let (color, width) = if highlighted {
                (c.ring, 5.0)
            } else {
                (c.border, 1.5)
            };
            frame.stroke(
                &Path::line(start, end),
                Stroke::default().with_color(color).with_width(width),
            );
            let middle = Point::new((start.x + end.x) / 2.0, (start.y + end.y) / 2.0);
            let tag = Size::new(label.chars().count() as f32 * 17.0 + 12.0, 24.0);
            frame.fill_rectangle(
                Point::new(middle.x - tag.width / 2.0, middle.y - 12.0),
                tag,
                c.background,
            );
            frame.fill_text(Text {
                content: label.clone(),
                position: middle,
                color: if highlighted { c.text } else { c.muted },
                size: Pixels(17.0),
                font: self.font,
                align_x: iced::widget::text::Alignment::Center,
                align_y: Vertical::Center,
                ..Text::default()
            });
        }

        for ((node, label), rect) in self.graph.nodes.iter().zip(&self.labels).zip(&boxes) {
            let walked = self.path.contains(&node.id);
            let here = current == Some(&node.id);
            let (fill, ink) = if walked {
                (c.primary, c.on_primary)
            } else {
                (c.surface, c.text)
            };
            let shape = Path::rounded_rectangle(rect.position(), rect.size(), 10.0.into());
            frame.fill(&shape, fill);
            let (edge, width) = if here { (c.ring, 5.0) } else { (c.border, 1.5) };
            frame.stroke(&shape, Stroke::default().with_color(edge).with_width(width));
            frame.fill_text(Text {
                content: label.clone(),
                position: rect.center(),
                max_width: rect.width - 8.0,
                color: ink,
                size: Pixels(18.0),
                font: self.font,
                align_x: iced::widget::text::Alignment::Center,
                align_y: Vertical::Center,
                ..Text::default()
            });
        }
        vec![frame.into_geometry()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_quick_guide_reaches_its_five_outcomes() {
        let Ok(guide) = Guide::embedded() else {
            panic!("embedded guide must load")
        };
        let graph = Graph::explore(&guide);
        let mut outcomes: Vec<&str> = graph
            .nodes
            .iter()
            .filter(|node| node.outcome)
            .map(|node| node.id.as_str())
            .collect();
        outcomes.sort_unstable();
        assert_eq!(
            outcomes,
            [
                "apply-for-card",
                "ask-municipality",
                "check-registration",
                "register",
                "use-at-reception"
            ]
        );
        assert_eq!(graph.nodes[0].id, "has-card");
        assert!(
            graph
                .edges
                .iter()
                .all(|edge| edge.from < graph.nodes.len() && edge.to < graph.nodes.len())
        );
    }
}
