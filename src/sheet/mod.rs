//! The explanation sheet (issue 4): a pure model built from the guide outcome and the timeline
//! (`model`), laid out on A4 pages (`layout`, `blocks`) with text shaped by cosmic-text (`text`)
//! and readings of the やさしい日本語 column set as ruby (`ruby`), and written as PDF by krilla (`pdf`).

mod blocks;
mod build;
mod chart;
pub mod geom;
pub mod layout;
mod memo;
pub mod model;
pub mod pdf;
pub mod ruby;
mod sections;
pub mod text;
mod words;

pub use blocks::band_colors;
pub use build::{SheetRequest, TRIM_STEPS};
pub use model::{Band, BandKind, Block, Contact, Mark, MarkKind, Pair, Sheet, StatusKind};

use crate::rules::Rules;
use pdf::{DocInfo, FontCache};
use text::TextEngine;

/// Why a sheet could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SheetError {
    /// An embedded font file is missing or unreadable (a packaging bug).
    #[error("embedded font missing or unreadable: {0}")]
    FontMissing(&'static str),
    /// The layout could not be made.
    #[error("layout failed: {0}")]
    Layout(&'static str),
    /// krilla refused to write the PDF.
    #[error("PDF could not be written: {0}")]
    Pdf(String),
}

impl SheetError {
    /// The Fluent message id for this error.
    pub fn message_id(&self) -> crate::i18n::MessageId {
        msg!("sheet-error")
    }
}

/// Renders sheets to PDF. Holds the parsed fonts: make one and reuse it for every sheet.
pub struct SheetRenderer {
    engine: TextEngine,
    fonts: FontCache,
}

impl std::fmt::Debug for SheetRenderer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SheetRenderer")
            .field("engine", &self.engine)
            .finish_non_exhaustive()
    }
}

impl SheetRenderer {
    /// Load the embedded fonts.
    pub fn new() -> Result<Self, SheetError> {
        Ok(SheetRenderer {
            engine: TextEngine::new()?,
            fonts: FontCache::default(),
        })
    }

    /// Lay `sheet` out on pages (what the PDF will show; also usable for a preview image).
    pub fn pages(&mut self, sheet: &Sheet) -> Vec<layout::Page> {
        layout::layout(sheet, &mut self.engine)
    }

    /// Render `sheet` as a PDF document.
    pub fn render(&mut self, sheet: &Sheet) -> Result<Vec<u8>, SheetError> {
        let pages = layout::layout(sheet, &mut self.engine);
        self.write(sheet, &pages)
    }

    fn write(&mut self, sheet: &Sheet, pages: &[layout::Page]) -> Result<Vec<u8>, SheetError> {
        let info = DocInfo {
            title: sheet.doc_title.clone(),
            language: "ja".to_owned(),
        };
        pdf::write(pages, &self.engine, &mut self.fonts, &info)
    }

    /// The sheet for `req` and its pages, leaving out generic content step by step until it
    /// keeps to its [`page_budget`] and no page but the last is under 60 % full (a short box
    /// moved whole to a new page, leaving half a page blank, goes before a page is wasted);
    /// what this person must do is never left out.
    pub fn compose(&mut self, req: &SheetRequest, rules: &Rules) -> (Sheet, Vec<layout::Page>) {
        let budget = page_budget(req);
        let mut trim = 0;
        loop {
            let sheet = Sheet::build_trimmed(req, rules, trim);
            let pages = self.pages(&sheet);
            let well_filled = pages.iter().rev().skip(1).all(|page| layout::fill(page) >= 0.6);
            if (pages.len() <= budget && well_filled) || trim >= TRIM_STEPS {
                return (sheet, pages);
            }
            trim += 1;
        }
    }

    /// Build, fit to the page budget and render the sheet for `req`: the sheet as printed and
    /// its PDF.
    pub fn render_request(
        &mut self,
        req: &SheetRequest,
        rules: &Rules,
    ) -> Result<(Sheet, Vec<u8>), SheetError> {
        let (sheet, pages) = self.compose(req, rules);
        let pdf = self.write(&sheet, &pages)?;
        Ok((sheet, pdf))
    }
}

/// The pages a sheet may take (A4): Japanese alone 1 (so is a やさしい日本語 sheet, one column
/// with its ruby), with a second language 2; large print twice as many.
pub fn page_budget(req: &SheetRequest) -> usize {
    let pages = if req.second_lang().is_some() { 2 } else { 1 };
    if req.large_print { pages * 2 } else { pages }
}

/// Build and render the sheet for `req` in one go, within its page budget (loads the fonts:
/// for many sheets keep a [`SheetRenderer`]).
pub fn render_pdf(req: &SheetRequest, rules: &Rules) -> Result<Vec<u8>, SheetError> {
    SheetRenderer::new()?
        .render_request(req, rules)
        .map(|(_, pdf)| pdf)
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn sample(second: Option<&str>, large_print: bool) -> Sheet {
        let en = second.is_some();
        let pair = |ja: &str, other: &str| if en { Pair::both(ja, other) } else { Pair::ja(ja) };
        let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).expect("a real day");
        let band = |kind, ja: &str, en_label: &str, dates_ja: &str, dates_en: &str, from, to| Band {
            kind,
            from,
            to,
            label: pair(ja, en_label),
            dates: pair(dates_ja, dates_en),
        };
        Sheet {
            main_lang: "ja".to_owned(),
            second_lang: second.map(str::to_owned),
            large_print,
            doc_title: "マイナ保険証のご案内".to_owned(),
            blocks: vec![
                Block::Title {
                    title: pair("マイナ保険証のご案内", "Your Myna Hokensho"),
                    name: Some("山田 花子 様".to_owned()),
                },
                Block::StatusBox {
                    status: StatusKind::Valid,
                    headline: pair("マイナ保険証は使えます", "Your Myna Hokensho can be used"),
                    act_by: None,
                    lines: vec![pair(
                        "令和8年12月16日から更新できます",
                        "You can renew it from 16 December 2026",
                    )],
                },
                Block::TimelineGraphic {
                    heading: pair("これからの予定", "What happens next"),
                    bands: vec![
                        band(
                            BandKind::Valid,
                            "有効",
                            "Valid",
                            "令和8年12月15日まで",
                            "until 15 December 2026",
                            day(2026, 6, 16),
                            day(2026, 12, 15),
                        ),
                        band(
                            BandKind::Renewal,
                            "更新できる期間",
                            "Renewal period",
                            "令和8年12月16日から",
                            "from 16 December 2026",
                            day(2026, 12, 16),
                            day(2027, 3, 15),
                        ),
                        band(
                            BandKind::Grace,
                            "猶予期間",
                            "Grace period",
                            "令和9年3月16日から",
                            "from 16 March 2027",
                            day(2027, 3, 16),
                            day(2027, 6, 30),
                        ),
                        band(
                            BandKind::Expired,
                            "使えません",
                            "Not usable",
                            "令和9年7月1日から",
                            "from 1 July 2027",
                            day(2027, 7, 1),
                            day(2027, 12, 31),
                        ),
                    ],
                    span: (day(2026, 6, 16), day(2027, 12, 31)),
                    marks: vec![
                        Mark {
                            kind: MarkKind::Today,
                            date: day(2026, 11, 22),
                            label: pair("今日", "Today"),
                        },
                        Mark {
                            kind: MarkKind::ActBy,
                            date: day(2027, 3, 15),
                            label: pair("手続きの期限", "Act by"),
                        },
                    ],
                },
                Block::Section {
                    heading: pair("手続きの手順", "Steps"),
                    items: vec![
                        pair(
                            "市区町村の窓口で電子証明書を更新してください。",
                            "Renew the electronic certificate at your city office.",
                        ),
                        pair(
                            "マイナンバーカードと暗証番号（4けた）を持って行きます。",
                            "Bring your My Number Card and 4-digit PIN.",
                        ),
                    ],
                    numbered: true,
                },
                Block::ContactsBox {
                    heading: pair("問い合わせ先", "Contacts"),
                    contacts: vec![Contact {
                        number: "0120-95-0178".to_owned(),
                        name: pair(
                            "マイナンバー総合フリーダイヤル",
                            "My Number General Toll-Free Number",
                        ),
                        detail: pair("平日 9:30〜20:00", "Weekdays 9:30–20:00"),
                    }],
                },
                Block::Note {
                    lines: vec![pair(
                        "カードや通知に書かれた日付が優先します。",
                        "The dates printed on your card and letters prevail.",
                    )],
                },
            ],
            footer: pair(
                "ルール版 2026-11 ・ 印刷日 令和8年11月22日",
                "Rules 2026-11 · printed 22 November 2026",
            ),
        }
    }

    #[test]
    fn renders_a_sample_sheet() {
        let mut renderer = SheetRenderer::new().expect("fonts");
        for (second, large, name) in [
            (None, false, "ja"),
            (Some("en"), false, "ja-en"),
            (Some("en"), true, "ja-en-large"),
        ] {
            let pdf = renderer.render(&sample(second, large)).expect("pdf");
            assert!(pdf.starts_with(b"%PDF"));
            let _ = std::fs::write(std::env::temp_dir().join(format!("sample-{name}.pdf")), &pdf);
        }
    }
}
