//! Issue 12 item 5: the chart on paper. Drawn to scale (each band as wide as its days), with
//! today and the date to act by marked, and its bands told apart on a black-and-white printer:
//! the PDF is rendered in greyscale by poppler (`pdftoppm -gray`) and each band's pixels are
//! classified by their pattern (none, vertical, horizontal, both, diagonal) and their grey.

use std::path::PathBuf;
use std::process::Command;

use mynaho_guide::rules::{Rules, TimelineInput, compute_timeline};
use mynaho_guide::sheet::layout::{Item, Page};
use mynaho_guide::sheet::{Band, BandKind, Block, MarkKind, Sheet, SheetRenderer, SheetRequest, band_colors};

use crate::sheet_people::{certificate_expired, long_time_holder};

const DPI: f32 = 150.0;

/// A greyscale image (PGM from poppler).
struct Grey {
    width: usize,
    height: usize,
    pixels: Vec<u8>,
}

impl Grey {
    fn parse(bytes: &[u8]) -> Grey {
        // "P5\n<w> <h>\n255\n" then the pixels.
        let mut fields = Vec::new();
        let mut at = 0;
        while fields.len() < 4 {
            while bytes[at].is_ascii_whitespace() {
                at += 1;
            }
            let start = at;
            while !bytes[at].is_ascii_whitespace() {
                at += 1;
            }
            fields.push(String::from_utf8_lossy(&bytes[start..at]).into_owned());
        }
        assert_eq!(fields[0], "P5", "a binary greyscale image");
        let width: usize = fields[1].parse().expect("width");
        let height: usize = fields[2].parse().expect("height");
        Grey {
            width,
            height,
            pixels: bytes[at + 1..].to_vec(),
        }
    }

    fn at(&self, x: usize, y: usize) -> u8 {
        self.pixels[y.min(self.height - 1) * self.width + x.min(self.width - 1)]
    }
}

/// The pattern a band shows in grey.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Look {
    Plain,
    Vertical,
    Horizontal,
    Cross,
    Diagonal,
}

/// How a band prints: its pattern and its background grey.
fn look(image: &Grey, rect: (f32, f32, f32, f32), masks: &[(f32, f32, f32, f32)]) -> (Look, u8) {
    let px = |pt: f32| (pt * DPI / 72.0).round() as usize;
    let (x, y, w, h) = rect;
    let (x0, y0, x1, y1) = (
        px(x) + 3,
        px(y) + 3,
        px(x + w).saturating_sub(3),
        px(y + h).saturating_sub(3),
    );
    let masked = |i: usize, j: usize| {
        masks.iter().any(|&(mx, my, mw, mh)| {
            i + 3 >= px(mx) && i <= px(mx + mw) + 3 && j + 3 >= px(my) && j <= px(my + mh) + 3
        })
    };
    let mut values: Vec<u8> = Vec::new();
    for j in y0..y1 {
        for i in x0..x1 {
            if !masked(i, j) {
                values.push(image.at(i, j));
            }
        }
    }
    assert!(values.len() > 50, "too few pixels in {rect:?}");
    let mut sorted = values.clone();
    sorted.sort_unstable();
    let background = sorted[sorted.len() * 3 / 4];
    let dark = |v: u8| u16::from(v) + 35 < u16::from(background);
    let lines = |outer: std::ops::Range<usize>, inner: std::ops::Range<usize>, rows: bool| {
        outer
            .filter(|&a| {
                let cells: Vec<u8> = inner
                    .clone()
                    .map(|b| if rows { (b, a) } else { (a, b) })
                    .filter(|&(i, j)| !masked(i, j))
                    .map(|(i, j)| image.at(i, j))
                    .collect();
                cells.len() >= 6 && cells.iter().filter(|&&v| dark(v)).count() * 10 >= cells.len() * 7
            })
            .count()
    };
    let rows = lines(y0..y1, x0..x1, true);
    let columns = lines(x0..x1, y0..y1, false);
    let dark_share = values.iter().filter(|&&v| dark(v)).count() as f32 / values.len() as f32;
    let pattern = match (rows > 0, columns > 0) {
        (true, true) => Look::Cross,
        (true, false) => Look::Horizontal,
        (false, true) => Look::Vertical,
        (false, false) if dark_share > 0.04 => Look::Diagonal,
        _ => Look::Plain,
    };
    (pattern, background)
}

fn sheet_and_pages(
    renderer: &mut SheetRenderer,
    rules: &Rules,
    input: &TimelineInput,
) -> (Sheet, Vec<Page>, Vec<u8>) {
    let timeline = compute_timeline(rules, input).expect("timeline");
    let req = SheetRequest {
        today: input.today,
        lang: "ja".into(),
        sheet_lang: None,
        large_print: false,
        name: None,
        timeline: Some(timeline),
        outcome: None,
    };
    let (sheet, pages) = renderer.compose(&req, rules);
    let (_, pdf) = renderer.render_request(&req, rules).expect("pdf");
    (sheet, pages, pdf)
}

fn render_grey(pdf: &[u8], page: usize, tag: &str) -> Grey {
    let dir = std::env::temp_dir();
    let base: PathBuf = dir.join(format!("mynaho-grey-{}-{tag}", std::process::id()));
    let file = base.with_extension("pdf");
    std::fs::write(&file, pdf).expect("write pdf");
    let number = (page + 1).to_string();
    let status = Command::new("pdftoppm")
        .args(["-gray", "-r", "150", "-f", &number, "-l", &number, "-singlefile"])
        .arg(&file)
        .arg(&base)
        .status()
        .expect("pdftoppm (poppler-utils) runs");
    assert!(status.success());
    let pgm = base.with_extension("pgm");
    let image = Grey::parse(&std::fs::read(&pgm).expect("pgm"));
    let _ = std::fs::remove_file(file);
    let _ = std::fs::remove_file(pgm);
    image
}

#[test]
#[ignore = "needs poppler-utils (pdftoppm): run with --include-ignored (CI does)"]
fn the_chart_is_to_scale_marks_today_and_the_act_by_date_and_reads_in_greyscale() {
    let rules = Rules::embedded().expect("rules");
    let mut renderer = SheetRenderer::new().expect("fonts");
    // Between them every kind of band: valid, renewal, not known, grace, expired.
    let people = [long_time_holder(), certificate_expired()];
    let mut seen: Vec<(BandKind, Look, u8)> = Vec::new();
    for (n, person) in people.iter().enumerate() {
        let (sheet, pages, pdf) = sheet_and_pages(&mut renderer, &rules, person);
        let (bands, marks) = sheet
            .blocks
            .iter()
            .find_map(|b| match b {
                Block::TimelineGraphic { bands, marks, .. } => Some((bands.clone(), marks.clone())),
                _ => None,
            })
            .expect("the sheet has its chart");
        // The band rectangles as laid out: the band's fill with its 1.2 pt edge.
        let find = |band: &Band| {
            let (fill, edge) = band_colors(band.kind);
            pages.iter().enumerate().find_map(|(p, page)| {
                page.items.iter().find_map(|item| match item {
                    Item::Rect {
                        x,
                        y,
                        w,
                        h,
                        fill: Some(f),
                        stroke: Some((e, width)),
                    } if *f == fill && *e == edge && (*width - 1.2).abs() < 0.01 => {
                        Some((p, (*x, *y, *w, *h)))
                    }
                    _ => None,
                })
            })
        };
        let rects: Vec<(usize, (f32, f32, f32, f32))> = bands
            .iter()
            .map(|b| find(b).expect("each band is drawn"))
            .collect();
        // To scale: points per day the same for every band.
        let per_day: Vec<f32> = bands
            .iter()
            .zip(&rects)
            .map(|(band, (_, r))| r.2 / ((band.to - band.from).num_days() + 1) as f32)
            .collect();
        for rate in &per_day {
            assert!(
                (rate - per_day[0]).abs() < per_day[0] * 0.02,
                "person {n}: not to scale: {per_day:?}"
            );
        }
        let page = rects[0].0;
        let image = render_grey(&pdf, page, &n.to_string());
        // What is not pattern: the clear patches behind the words, and the marks' lines.
        let mut masks: Vec<(f32, f32, f32, f32)> = Vec::new();
        for item in &pages[page].items {
            match item {
                Item::Rect {
                    x,
                    y,
                    w,
                    h,
                    stroke: None,
                    ..
                } => masks.push((*x, *y, *w, *h)),
                Item::Line { from, to, width, .. } if *width > 1.0 => {
                    masks.push((from.0 - 1.0, from.1.min(to.1), 2.0, (to.1 - from.1).abs()))
                }
                _ => {}
            }
        }
        for (band, (_, rect)) in bands.iter().zip(&rects) {
            if rect.2 < 12.0 {
                continue; // a sliver: too narrow to read its pattern
            }
            let own: Vec<_> = masks.iter().copied().filter(|m| m != rect).collect();
            let (pattern, grey) = look(&image, *rect, &own);
            seen.push((band.kind, pattern, grey));
        }
        // Today and the date to act by: a dark line down through the bar at their day.
        let (_, bar) = rects[0];
        for mark in &marks {
            let band = bands
                .iter()
                .zip(&rects)
                .find(|(b, _)| b.from <= mark.date && mark.date <= b.to)
                .expect("the mark's day is drawn");
            let (_, r) = band.1;
            let x = r.0
                + r.2 * ((mark.date - band.0.from).num_days() as f32 + 0.5)
                    / ((band.0.to - band.0.from).num_days() + 1) as f32;
            let px = (x * DPI / 72.0).round() as usize;
            let (top, bottom) = (
                (bar.1 * DPI / 72.0) as usize + 2,
                ((bar.1 + bar.3) * DPI / 72.0) as usize - 2,
            );
            let darkest_near = |j: usize| {
                (px.saturating_sub(2)..=px + 2)
                    .map(|i| image.at(i, j))
                    .min()
                    .unwrap_or(255)
            };
            // Rows behind a band's words are left out: the words sit on a clear patch.
            let open_rows: Vec<usize> = (top..bottom)
                .filter(|&j| {
                    let y = j as f32 * 72.0 / DPI;
                    !masks.iter().any(|&(mx, my, mw, mh)| {
                        mw > 3.0 && x >= mx && x <= mx + mw && y >= my - 1.0 && y <= my + mh + 1.0
                    })
                })
                .collect();
            let dark_rows = open_rows.iter().filter(|&&j| darkest_near(j) < 110).count();
            // The act-by line is dashed: 3 on, 2 off.
            let share = if mark.kind == MarkKind::Today { 0.9 } else { 0.45 };
            assert!(
                open_rows.len() >= 4 && dark_rows as f32 >= open_rows.len() as f32 * share,
                "person {n}: {:?} on {} not drawn through the bar ({dark_rows} of {} rows)",
                mark.kind,
                mark.date,
                open_rows.len()
            );
        }
    }
    // Every kind was seen, each with one look, and no two kinds print alike.
    let kinds = [
        BandKind::Valid,
        BandKind::Renewal,
        BandKind::Grace,
        BandKind::Expired,
        BandKind::Unsure,
    ];
    let mut looks = Vec::new();
    for kind in kinds {
        let of_kind: Vec<&(BandKind, Look, u8)> = seen.iter().filter(|s| s.0 == kind).collect();
        assert!(!of_kind.is_empty(), "{kind:?} not drawn: {seen:?}");
        assert!(
            of_kind.iter().all(|s| s.1 == of_kind[0].1),
            "{kind:?} prints two ways: {seen:?}"
        );
        looks.push((kind, of_kind[0].1, of_kind[0].2));
    }
    for (i, a) in looks.iter().enumerate() {
        for b in &looks[i + 1..] {
            assert!(
                a.1 != b.1 || a.2.abs_diff(b.2) >= 30,
                "{:?} and {:?} print alike in grey: {looks:?}",
                a.0,
                b.0
            );
        }
    }
}
