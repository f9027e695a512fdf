//! The dates screen's result: the status banner with the date to act by, the timeline chart with
//! its legend, the key dates, the core's warnings and the facts that apply today.

use chrono::NaiveDate;
use iced::widget::{Row, canvas, column, row};
use iced::{Element, Length};

use crate::advice;
use crate::date;
use crate::i18n::MessageId;
use crate::rules::{Item, Status, Timeline};

use super::super::Ctx;
use super::super::speech::{self, Part, Request};
use super::super::timeline_chart::{self, Phase, RowDates};
use super::super::widget::{self, Kind, Ring, Tone};
use super::{Message, State};

/// Draws the result: status banner, timeline chart, key dates, warnings and today's facts.
pub fn view<'a>(state: &'a State, ctx: &'a Ctx, ring: &Ring<Message>) -> Element<'a, Message> {
    let is = |message: &Message| ring.is(message);
    let buttons = column![widget::big_button(
        ctx,
        "dates-edit",
        ring.label(&Message::BackPressed, ctx.t(msg!("gui-dates-edit"))),
        Some(Message::BackPressed),
        Kind::Secondary,
        is(&Message::BackPressed),
    ),]
    .spacing(12);
    let timeline = match state.timeline(ctx) {
        Ok(timeline) => timeline,
        Err(errors) => {
            let mut page = column![].spacing(18);
            for error in errors {
                page = page.push(widget::error(ctx, error.message));
            }
            return page.push(buttons).into();
        }
    };
    let fmt = |d: NaiveDate| date::format_for_lang(d, ctx.loc.lang());
    // What the person cares about first: can the card be used at the clinic, and until when.
    let summary = RowDates::summary(&timeline);
    let chart = timeline_chart::Chart {
        rows: vec![
            (ctx.t(msg!("gui-chart-summary")), summary),
            (
                ctx.t(msg!("timeline-card")),
                RowDates::for_item(&timeline, Item::Card),
            ),
            (
                ctx.t(msg!("timeline-certificate")),
                RowDates::for_item(&timeline, Item::Certificate),
            ),
        ],
        today: timeline.today,
        today_label: ctx.t(msg!("timeline-today")),
        act_by: (
            timeline.act_by(),
            pair(ctx, msg!("timeline-act-by"), fmt(timeline.act_by())),
        ),
        band_words: [
            ctx.t(msg!("band-valid")),
            ctx.t(msg!("band-renewal")),
            ctx.t(msg!("band-grace")),
            ctx.t(msg!("band-expired")),
            ctx.t(msg!("band-unsure")),
        ],
        colors: ctx.colors,
        font: ctx.font,
    };
    let height = chart.height();
    let unsure_drawn = chart
        .rows
        .iter()
        .any(|(_, row)| row.grace_last_day_latest > row.grace_last_day);
    let legend = Row::with_children(
        [
            (Phase::Valid, msg!("band-valid")),
            (Phase::Renewal, msg!("band-renewal")),
            (Phase::Grace, msg!("band-grace")),
            (Phase::Expired, msg!("band-expired")),
        ]
        .into_iter()
        .chain(unsure_drawn.then_some((Phase::Unsure, msg!("band-unsure"))))
        .map(|(phase, label)| swatch(ctx, timeline_chart::color(&ctx.colors, phase), ctx.t(label))),
    )
    .spacing(18)
    .wrap();
    let key_dates = key_dates(ctx, &timeline);
    let warnings: Vec<String> = advice::warning_lines(&timeline)
        .into_iter()
        .chain(advice::dispute_lines(&timeline))
        .map(|said| said.render(&ctx.loc))
        .collect();
    let facts: Vec<String> = ctx
        .rules
        .as_ref()
        .map(|rules| {
            rules
                .facts_on(ctx.today)
                .into_iter()
                .map(|fact| ctx.t(&fact.message))
                .collect()
        })
        .unwrap_or_default();
    let mut page = column![
        widget::title(ctx, ctx.t(msg!("gui-dates-result-title"))),
        speech::readable(
            ctx,
            status_speech(ctx, &timeline),
            Message::Speak,
            speech::Place::Under,
            status_banner(ctx, &timeline),
        ),
        widget::panel(
            ctx,
            column![
                widget::heading(ctx, ctx.t(msg!("gui-chart-title"))),
                iced::widget::container(canvas(chart).width(Length::Fill).height(height)).id("timeline"),
                legend,
            ]
            .spacing(10)
        ),
        widget::panel(
            ctx,
            speech::readable(
                ctx,
                key_dates_speech(ctx, &timeline),
                Message::Speak,
                speech::Place::Under,
                column![
                    widget::heading(ctx, ctx.t(msg!("gui-key-dates"))),
                    widget::list(ctx, key_dates, false)
                ]
                .spacing(8)
                .into(),
            )
        ),
    ]
    .spacing(18);
    if !warnings.is_empty() {
        page = page.push(widget::panel(
            ctx,
            column![
                widget::heading(ctx, ctx.t(msg!("gui-warnings"))),
                widget::list(ctx, warnings, false)
            ]
            .spacing(8),
        ));
    }
    if !facts.is_empty() {
        page = page.push(widget::panel(
            ctx,
            column![
                widget::heading(ctx, ctx.t(msg!("timeline-facts"))),
                widget::list(ctx, facts, false)
            ]
            .spacing(8),
        ));
    }
    page.push(buttons).into()
}

/// The key dates, one "label: date" line each (past deadlines left out: they only confuse).
fn key_dates(ctx: &Ctx, timeline: &Timeline) -> Vec<String> {
    let fmt = |d: NaiveDate| date::format_for_lang(d, ctx.loc.lang());
    let card = &timeline.card;
    let cert = &timeline.certificate;
    let either = |early, late| advice::expiry_text(early, late, &ctx.loc);
    // Deadlines already past are left out: they would only confuse.
    let deadline =
        |label: MessageId, date: NaiveDate| (date >= timeline.today).then(|| pair(ctx, label, fmt(date)));
    [
        Some(pair(ctx, msg!("timeline-act-by"), fmt(timeline.act_by()))),
        Some(pair(
            ctx,
            msg!("gui-key-card-expiry"),
            either(card.expiry, card.expiry_latest),
        )),
        Some(pair(ctx, msg!("gui-key-card-renewal"), fmt(card.renewal_opens))),
        deadline(msg!("timeline-apply-by"), card.apply_by),
        Some(pair(
            ctx,
            msg!("gui-key-cert-expiry"),
            either(cert.expiry, cert.expiry_latest),
        )),
        Some(pair(ctx, msg!("gui-key-cert-renewal"), fmt(cert.renewal_opens))),
        deadline(msg!("timeline-renew-by"), cert.renew_by),
        Some(pair(
            ctx,
            msg!("timeline-usable-until"),
            fmt(timeline.mynaho.usable_until),
        )),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// What 読み上げ says for the key dates: their heading and lines.
pub fn key_dates_speech(ctx: &Ctx, timeline: &Timeline) -> Request {
    let lines: Vec<String> = std::iter::once(ctx.t(msg!("gui-key-dates")))
        .chain(key_dates(ctx, timeline))
        .collect();
    Request {
        part: Part::KeyDates,
        text: lines.join("\n"),
    }
}

/// "Label：value" in the reader's punctuation.
fn pair(ctx: &Ctx, label: MessageId, value: String) -> String {
    ctx.loc.text_with(
        msg!("gui-pair"),
        &[("label", ctx.t(label).into()), ("value", value.into())],
    )
}

/// The status banner: the core's headline and lines (what to do; for `expired` which part; for
/// `check` what is certain and how to find out), then one line of the window's own.
pub(in crate::app) fn status_banner<'a, M: 'a>(ctx: &Ctx, timeline: &Timeline) -> Element<'a, M> {
    let (tone, headline, lines) = status_words(ctx, timeline);
    widget::banner(ctx, "status-banner", tone, headline, lines)
}

/// What 読み上げ says for the status: the banner's headline and lines.
pub fn status_speech(ctx: &Ctx, timeline: &Timeline) -> Request {
    let (_, headline, lines) = status_words(ctx, timeline);
    Request {
        part: Part::Status,
        text: std::iter::once(headline)
            .chain(lines)
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

fn status_words(ctx: &Ctx, timeline: &Timeline) -> (Tone, String, Vec<String>) {
    let status = timeline.mynaho.status;
    let (tone, extra) = match status {
        Status::Valid if timeline.renewal_open() => (Tone::Warn, Some(msg!("gui-status-renew-now"))),
        // No blue envelope comes for a card that ends with the period of stay.
        Status::Valid if timeline.card.limited_by_residence => (Tone::Ok, None),
        Status::Valid => (Tone::Ok, Some(msg!("gui-status-nothing-yet"))),
        Status::Grace => (Tone::Warn, Some(msg!("gui-status-grace-hurry"))),
        // Amber, never red: the card may well still work.
        Status::Check => (Tone::Warn, None),
        Status::Expired => (Tone::Danger, Some(msg!("gui-status-ask-insurer"))),
    };
    let mut lines: Vec<String> = advice::status_lines(timeline)
        .iter()
        .map(|said| said.render(&ctx.loc))
        .collect();
    lines.extend(extra.map(|id| ctx.t(id)));
    (tone, advice::headline(timeline).render(&ctx.loc), lines)
}

fn swatch<'a>(ctx: &Ctx, color: iced::Color, label: String) -> Element<'a, Message> {
    let c = ctx.colors;
    row![
        iced::widget::container(iced::widget::Space::new().width(28).height(22)).style(
            move |_: &iced::Theme| {
                iced::widget::container::Style {
                    background: Some(color.into()),
                    border: iced::Border {
                        color: c.border,
                        width: 1.0,
                        radius: 4.0.into(),
                    },
                    ..Default::default()
                }
            }
        ),
        widget::body(ctx, label),
    ]
    .spacing(8)
    .align_y(iced::Alignment::Center)
    .into()
}
