//! The dates screen's result: the status banner with the date to act by, the timeline chart with
//! its legend, the key dates, the core's warnings and the facts that apply today.

use chrono::NaiveDate;
use iced::widget::{Row, canvas, column, row};
use iced::{Element, Length};

use crate::date;
use crate::rules::{Status, Timeline};

use super::super::Ctx;
use super::super::timeline_chart::{self, Phase, RowDates};
use super::super::widget::{self, Kind, Tone};
use super::{Message, State};

/// Draws the result: status banner, timeline chart, key dates, warnings and today's facts.
pub fn view<'a>(state: &'a State, ctx: &'a Ctx, selected: Option<usize>) -> Element<'a, Message> {
    let buttons = column![
        widget::big_button(
            ctx,
            "dates-review",
            format!("1  {}", ctx.t("gui-outcome-review")),
            Some(Message::ReviewChosen),
            Kind::Primary,
            selected == Some(0),
        ),
        widget::big_button(
            ctx,
            "dates-edit",
            format!("2  {}", ctx.t("gui-dates-edit")),
            Some(Message::BackPressed),
            Kind::Secondary,
            selected == Some(1),
        ),
    ]
    .spacing(12);
    let timeline = match state.timeline(ctx) {
        Ok(timeline) => timeline,
        Err(id) => {
            return column![widget::error(ctx, ctx.t(&id)), buttons]
                .spacing(18)
                .into();
        }
    };
    let fmt = |d: NaiveDate| date::format_for_lang(d, ctx.loc.lang());
    let chart = timeline_chart::Chart {
        rows: vec![
            (
                ctx.t("timeline-card"),
                RowDates {
                    renewal_opens: timeline.card.renewal_opens,
                    expiry: timeline.card.expiry,
                    grace_last_day: timeline.card.grace_last_day,
                },
            ),
            (
                ctx.t("timeline-certificate"),
                RowDates {
                    renewal_opens: timeline.certificate.renewal_opens,
                    expiry: timeline.certificate.expiry,
                    grace_last_day: timeline.certificate.grace_last_day,
                },
            ),
        ],
        today: timeline.today,
        today_label: ctx.t("timeline-today"),
        colors: ctx.colors,
        font: ctx.font,
    };
    let height = chart.height();
    let legend = Row::with_children(
        [
            (Phase::Valid, "band-valid"),
            (Phase::Renewal, "band-renewal"),
            (Phase::Grace, "band-grace"),
            (Phase::Expired, "band-expired"),
        ]
        .into_iter()
        .map(|(phase, label)| swatch(ctx, timeline_chart::color(&ctx.colors, phase), ctx.t(label))),
    )
    .spacing(18)
    .wrap();
    let key_dates = vec![
        pair(ctx, "gui-key-card-expiry", fmt(timeline.card.expiry)),
        pair(ctx, "gui-key-card-renewal", fmt(timeline.card.renewal_opens)),
        pair(ctx, "gui-key-cert-expiry", fmt(timeline.certificate.expiry)),
        pair(
            ctx,
            "gui-key-cert-renewal",
            fmt(timeline.certificate.renewal_opens),
        ),
        pair(ctx, "timeline-usable-until", fmt(timeline.mynaho.usable_until)),
    ];
    let warnings: Vec<String> = timeline
        .warnings
        .iter()
        .map(|w| ctx.t(&format!("warning-{}", w.code())))
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
        widget::title(ctx, ctx.t("gui-dates-result-title")),
        status_banner(ctx, &timeline),
        widget::panel(
            ctx,
            column![
                widget::heading(ctx, ctx.t("gui-chart-title")),
                iced::widget::container(canvas(chart).width(Length::Fill).height(height)).id("timeline"),
                legend,
            ]
            .spacing(10)
        ),
        widget::panel(
            ctx,
            column![
                widget::heading(ctx, ctx.t("gui-key-dates")),
                widget::list(ctx, key_dates, false)
            ]
            .spacing(8)
        ),
    ]
    .spacing(18);
    if !warnings.is_empty() {
        page = page.push(widget::panel(
            ctx,
            column![
                widget::heading(ctx, ctx.t("gui-warnings")),
                widget::list(ctx, warnings, false)
            ]
            .spacing(8),
        ));
    }
    if !facts.is_empty() {
        page = page.push(widget::panel(
            ctx,
            column![
                widget::heading(ctx, ctx.t("timeline-facts")),
                widget::list(ctx, facts, false)
            ]
            .spacing(8),
        ));
    }
    page.push(buttons).into()
}

/// "Label：value" in the reader's punctuation.
fn pair(ctx: &Ctx, label: &str, value: String) -> String {
    ctx.loc.text_with(
        "gui-pair",
        &[("label", ctx.t(label).into()), ("value", value.into())],
    )
}

/// The status banner: valid / renew now / grace / expired, the date to act by and what to do.
fn status_banner<'a>(ctx: &Ctx, timeline: &Timeline) -> Element<'a, Message> {
    let act_by = date::format_for_lang(timeline.act_by(), ctx.loc.lang());
    let status = timeline.mynaho.status;
    // The core's status and action lines (shared with the CLI and the sheet), then one line
    // of the window's own: what the person can do right now.
    let (tone, extra) = match status {
        Status::Valid if timeline.renewal_open() => (Tone::Warn, "gui-status-renew-now"),
        Status::Valid => (Tone::Ok, "gui-status-nothing-yet"),
        Status::Grace => (Tone::Warn, "gui-status-grace-hurry"),
        Status::Expired => (Tone::Danger, "gui-status-ask-insurer"),
    };
    let lines = vec![
        ctx.loc.text_with(
            &format!("status-{}-act", status.code()),
            &[("date", act_by.into())],
        ),
        ctx.t(extra),
    ];
    widget::banner(
        ctx,
        "status-banner",
        tone,
        ctx.t(&format!("status-{}", status.code())),
        lines,
    )
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
