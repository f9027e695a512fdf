//! What the installation itself says: the site's own window ("ask here", on every outcome),
//! the calm notice once the rules are past their review date (Home and Settings), and About
//! (version, rules and their dates, licenses, sources).

use iced::Element;
use iced::widget::{column, container};

use super::Ctx;
use super::widget;
use crate::date;

/// "Ask here: みなと市 国保年金課", its telephone, hours and address; `None` without a site
/// window.
pub fn ask_here<'a, M: 'a>(ctx: &Ctx) -> Option<Element<'a, M>> {
    let window = ctx.rules.as_ref()?.local_window.as_ref()?;
    let lang = ctx.loc.lang();
    let mut lines = Vec::new();
    if let Some(number) = &window.telephone {
        lines.push(ctx.loc.text_str(msg!("site-telephone"), &[("number", number)]));
    }
    if let Some(hours) = &window.hours {
        lines.push(
            ctx.loc
                .text_str(msg!("site-hours"), &[("hours", hours.get(lang))]),
        );
    }
    if let Some(address) = &window.address {
        lines.push(
            ctx.loc
                .text_str(msg!("site-address"), &[("address", address.get(lang))]),
        );
    }
    let heading = ctx
        .loc
        .text_str(msg!("site-ask-here"), &[("window", &window.title(lang))]);
    let content = column![widget::heading(ctx, heading), widget::list(ctx, lines, false)].spacing(8);
    Some(container(widget::panel(ctx, content)).id("ask-here").into())
}

/// 「この案内は … 時点の内容です。最新の情報は窓口でご確認ください」 once the rules are past
/// their review date; `None` while they are current.
pub fn stale_notice<'a, M: 'a>(ctx: &Ctx) -> Option<Element<'a, M>> {
    let rules = ctx.rules.as_ref().filter(|r| r.stale_on(ctx.today))?;
    let when = date::format_for_lang(rules.reviewed_on, ctx.loc.lang());
    let text = ctx.loc.text_str(msg!("rules-stale"), &[("date", &when)]);
    Some(
        container(widget::panel(ctx, widget::body(ctx, text)))
            .id("rules-stale")
            .into(),
    )
}

/// The seed documents the advice is built from, as named in `docs/domain-rules.md`.
pub const SOURCES: [&str; 5] = [
    "S0 厚生労働省「マイナ保険証クイックガイド」",
    "S1 全国土木建築国民健康保険組合「マイナンバーカードの健康保険証利用について」",
    "S2 「令和6年12月2日以降の保険証について」（保険者の案内）",
    "S3 マイナ保険証の登録確認についての解説記事（他の出典で確かめた点のみ）",
    "S4 熊本県後期高齢者医療広域連合 Q&A「マイナンバーカード・保険証利用登録、マイナ保険証について」",
];

/// About: the version, the rules and their dates, what the program never does, the licenses
/// and the sources.
pub fn about<'a, M: 'a>(ctx: &Ctx) -> Element<'a, M> {
    let lang = ctx.loc.lang();
    let mut content = column![
        widget::heading(ctx, ctx.t(msg!("gui-about"))),
        widget::body(
            ctx,
            ctx.loc
                .text_str(msg!("about-version"), &[("version", env!("CARGO_PKG_VERSION"))])
        ),
    ]
    .spacing(8);
    if let Some(rules) = &ctx.rules {
        let reviewed = date::format_for_lang(rules.reviewed_on, lang);
        let review_by = date::format_for_lang(rules.review_by, lang);
        content = content.push(widget::body(
            ctx,
            ctx.loc.text_str(
                msg!("about-rules"),
                &[
                    ("version", &rules.version),
                    ("reviewed", &reviewed),
                    ("review_by", &review_by),
                ],
            ),
        ));
    }
    content = content
        .push(widget::body(ctx, ctx.t(msg!("about-privacy"))))
        .push(widget::hint(
            ctx,
            ctx.loc
                .text_str(msg!("about-program"), &[("license", env!("CARGO_PKG_LICENSE"))]),
        ))
        .push(widget::hint(ctx, ctx.t(msg!("about-fonts"))))
        // CC BY 3.0 asks for the voice's attribution wherever it is used: in every language.
        .push(container(widget::heading(ctx, ctx.t(msg!("about-speech")))).id("about-speech"))
        .push(widget::list(
            ctx,
            [
                msg!("about-speech-voice"),
                msg!("about-speech-dictionary"),
                msg!("about-speech-engine"),
            ]
            .map(|id| ctx.t(id)),
            false,
        ))
        .push(widget::heading(ctx, ctx.t(msg!("about-sources"))))
        .push(widget::list(ctx, SOURCES.iter().map(|s| (*s).to_owned()), false));
    container(widget::panel(ctx, content)).id("about").into()
}
