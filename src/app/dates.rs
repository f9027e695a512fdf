//! Dates: birth date, the card (expiry as printed, or issue date) and the certificate (unknown,
//! expiry or issue date). Each field reads back what it understood, or the error, in place; the
//! result shows the status banner, the timeline chart, the key dates and today's facts.
//! Parsing and every rule are the core's (`date::parse_date`, `rules::compute_timeline`).

use chrono::NaiveDate;
use iced::widget::{Row, canvas, column, row};
use iced::{Element, Length};

use crate::date::{self, DateError};
use crate::rules::{self, CardInput, CertInput, Status, Timeline, TimelineInput};

use super::timeline_chart::{self, Phase, RowDates};
use super::widget::{self, Kind, Tone};
use super::Ctx;

/// Which date of the card the person has.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum CardKind {
    /// The expiry printed on the card (best).
    #[default]
    Expiry,
    /// The issue date (the expiry is then computed).
    Issued,
}

/// Which date of the certificate the person has.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum CertKind {
    /// Not known: assumed to end with the card.
    #[default]
    Unknown,
    /// Its expiry.
    Expiry,
    /// Its issue date.
    Issued,
}

/// A text field of the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// Date of birth.
    Born,
    /// The card's date.
    Card,
    /// The certificate's date.
    Cert,
}

/// What was typed and chosen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    born: String,
    card_kind: CardKind,
    card: String,
    cert_kind: CertKind,
    cert: String,
    renewed_early: bool,
    showing_result: bool,
}

/// What the person did on the dates screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// The birth date field changed.
    BirthEdited(String),
    /// The kind of card date was chosen.
    CardKindChosen(CardKind),
    /// The card date field changed.
    CardEdited(String),
    /// The kind of certificate date was chosen.
    CertKindChosen(CertKind),
    /// The certificate date field changed.
    CertEdited(String),
    /// "The certificate was renewed in its last three months" was switched.
    RenewedEarlyToggled(bool),
    /// Enter was pressed in a field.
    FieldSubmitted(Field),
    /// "Show the result" was pressed.
    ResultRequested,
    /// Back was pressed.
    BackPressed,
    /// "Review and print" was pressed on the result.
    ReviewChosen,
}

/// What the root should do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Nothing beyond this screen.
    None,
    /// Leave to Home.
    GoHome,
    /// Open review and print.
    OpenReview,
    /// Move the keyboard focus to the next field.
    FocusNext,
}

/// Reads one field: `None` while empty.
fn read(text: &str) -> Option<Result<NaiveDate, DateError>> {
    (!text.trim().is_empty()).then(|| date::parse_date(text))
}

impl State {
    /// Nothing typed.
    pub fn is_empty(&self) -> bool {
        *self == State::default()
    }

    /// Whether the result is showing (rather than the fields).
    pub fn showing_result(&self) -> bool {
        self.showing_result
    }

    /// Back to the fields (from Review's "edit").
    pub fn edit(&mut self) {
        self.showing_result = false;
    }

    /// The core's input, when every filled field reads and the card date is there.
    pub fn input(&self, today: NaiveDate) -> Option<TimelineInput> {
        let born = match read(&self.born) {
            None => None,
            Some(Ok(d)) => Some(d),
            Some(Err(_)) => return None,
        };
        let card = read(&self.card)?.ok()?;
        let card = match self.card_kind {
            CardKind::Expiry => CardInput::Expiry(card),
            CardKind::Issued => CardInput::Issued { issued: card, applied: None },
        };
        let cert = match self.cert_kind {
            CertKind::Unknown => CertInput::Unknown,
            CertKind::Expiry => CertInput::Expiry(read(&self.cert)?.ok()?),
            CertKind::Issued => {
                CertInput::Issued { issued: read(&self.cert)?.ok()?, renewed_early: self.renewed_early }
            }
        };
        Some(TimelineInput { today, born, card, cert })
    }

    /// The timeline for the entered dates, or the message id saying why there is none.
    pub fn timeline(&self, ctx: &Ctx) -> Result<Timeline, String> {
        let input = self.input(ctx.today).ok_or_else(|| "gui-dates-incomplete".to_owned())?;
        let rules = ctx.rules.as_ref().ok_or_else(|| "gui-rules-missing".to_owned())?;
        rules::compute_timeline(rules, &input).map_err(|_| "gui-dates-cannot-compute".to_owned())
    }

    /// Handles one message.
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::BirthEdited(text) => self.born = text,
            Message::CardKindChosen(kind) => self.card_kind = kind,
            Message::CardEdited(text) => self.card = text,
            Message::CertKindChosen(kind) => self.cert_kind = kind,
            Message::CertEdited(text) => self.cert = text,
            Message::RenewedEarlyToggled(on) => self.renewed_early = on,
            Message::FieldSubmitted(field) => {
                let last = field == Field::Cert || (field == Field::Card && self.cert_kind == CertKind::Unknown);
                if !last {
                    return Action::FocusNext;
                }
                return self.update(Message::ResultRequested);
            }
            Message::ResultRequested => {
                // The fields stay on screen, with their errors, until the input is complete.
                self.showing_result = self.input(NaiveDate::MIN).is_some();
            }
            Message::BackPressed => {
                if !self.showing_result {
                    return Action::GoHome;
                }
                self.showing_result = false;
            }
            Message::ReviewChosen => return Action::OpenReview,
        }
        Action::None
    }

    /// What the ring and number keys reach.
    pub fn shortcuts(&self) -> Vec<Message> {
        if self.showing_result {
            vec![Message::ReviewChosen, Message::BackPressed]
        } else {
            vec![Message::ResultRequested]
        }
    }

    /// What the person typed, read back, for the review screen: (label id, text, reading).
    pub fn summary(&self, ctx: &Ctx) -> Vec<(String, String)> {
        let card_label = match self.card_kind {
            CardKind::Expiry => "gui-dates-card-expiry",
            CardKind::Issued => "gui-dates-card-issued",
        };
        let cert_label = match self.cert_kind {
            CertKind::Unknown => "gui-dates-cert-unknown",
            CertKind::Expiry => "gui-dates-cert-expiry",
            CertKind::Issued => "gui-dates-cert-issued",
        };
        let mut lines = vec![
            (ctx.t("gui-dates-born"), reading_text(ctx, &self.born)),
            (ctx.t(card_label), reading_text(ctx, &self.card)),
        ];
        if self.cert_kind != CertKind::Unknown {
            lines.push((ctx.t(cert_label), reading_text(ctx, &self.cert)));
        } else {
            lines.push((ctx.t("gui-dates-cert"), ctx.t(cert_label)));
        }
        lines
    }

    /// Draws the screen.
    pub fn view<'a>(&'a self, ctx: &'a Ctx, selected: Option<usize>) -> Element<'a, Message> {
        let nav = widget::nav_row(vec![widget::nav_button(
            ctx,
            "dates-back",
            ctx.t("gui-back"),
            Some(Message::BackPressed),
        )]);
        let page = if self.showing_result { self.result(ctx, selected) } else { self.entry(ctx, selected) };
        widget::screen(nav, page)
    }

    fn entry<'a>(&'a self, ctx: &'a Ctx, selected: Option<usize>) -> Element<'a, Message> {
        let card_kinds = Row::with_children([
            widget::option_button(
                ctx,
                "card-kind-expiry",
                ctx.t("gui-dates-card-expiry"),
                Message::CardKindChosen(CardKind::Expiry),
                self.card_kind == CardKind::Expiry,
                false,
            ),
            widget::option_button(
                ctx,
                "card-kind-issued",
                ctx.t("gui-dates-card-issued"),
                Message::CardKindChosen(CardKind::Issued),
                self.card_kind == CardKind::Issued,
                false,
            ),
        ])
        .spacing(10)
        .wrap();
        let cert_kinds = Row::with_children([
            (CertKind::Unknown, "cert-kind-unknown", "gui-dates-cert-unknown"),
            (CertKind::Expiry, "cert-kind-expiry", "gui-dates-cert-expiry"),
            (CertKind::Issued, "cert-kind-issued", "gui-dates-cert-issued"),
        ]
        .into_iter()
        .map(|(kind, id, label)| {
            widget::option_button(ctx, id, ctx.t(label), Message::CertKindChosen(kind), self.cert_kind == kind, false)
        }))
        .spacing(10)
        .wrap();

        let mut page = column![
            widget::title(ctx, ctx.t("gui-dates-title")),
            widget::hint(ctx, ctx.t("gui-dates-forms")),
            self.date_field(ctx, Field::Born, "dates-born", "gui-dates-born", "gui-dates-born-explain", &self.born),
            widget::heading(ctx, ctx.t("gui-dates-card")),
            card_kinds,
            self.date_field(ctx, Field::Card, "dates-card", self.card_label(), self.card_explain(), &self.card),
            widget::heading(ctx, ctx.t("gui-dates-cert")),
            widget::hint(ctx, ctx.t("gui-dates-cert-explain")),
            cert_kinds,
        ]
        .spacing(14);
        if self.cert_kind != CertKind::Unknown {
            let label = if self.cert_kind == CertKind::Expiry { "gui-dates-cert-expiry" } else { "gui-dates-cert-issued" };
            page = page.push(self.date_field(ctx, Field::Cert, "dates-cert", label, "gui-dates-cert-where", &self.cert));
        }
        if self.cert_kind == CertKind::Issued {
            page = page.push(widget::option_button(
                ctx,
                "dates-renewed-early",
                ctx.t("gui-dates-renewed-early"),
                Message::RenewedEarlyToggled(!self.renewed_early),
                self.renewed_early,
                false,
            ));
        }
        if read(&self.card).is_none() {
            page = page.push(widget::hint(ctx, ctx.t("gui-dates-need-card")));
        }
        page.push(widget::big_button(
            ctx,
            "dates-show",
            format!("1  {}", ctx.t("gui-dates-show")),
            Some(Message::ResultRequested),
            Kind::Primary,
            selected == Some(0),
        ))
        .into()
    }

    fn card_label(&self) -> &'static str {
        match self.card_kind {
            CardKind::Expiry => "gui-dates-card-expiry",
            CardKind::Issued => "gui-dates-card-issued",
        }
    }

    fn card_explain(&self) -> &'static str {
        match self.card_kind {
            CardKind::Expiry => "gui-dates-card-expiry-explain",
            CardKind::Issued => "gui-dates-card-issued-explain",
        }
    }

    fn date_field<'a>(
        &'a self,
        ctx: &'a Ctx,
        field: Field,
        id: &'static str,
        label: &str,
        explain: &str,
        value: &'a str,
    ) -> Element<'a, Message> {
        let on_input = move |text: String| match field {
            Field::Born => Message::BirthEdited(text),
            Field::Card => Message::CardEdited(text),
            Field::Cert => Message::CertEdited(text),
        };
        let reading: Element<'a, Message> = match read(value) {
            None => widget::hint(ctx, ctx.t("gui-dates-example")),
            Some(Ok(d)) => iced::widget::container(widget::body(ctx, reading_of(d)))
                .id(format!("{id}-reading"))
                .into(),
            Some(Err(error)) => {
                iced::widget::container(widget::error(ctx, ctx.t(error.message_id()))).id(format!("{id}-error")).into()
            }
        };
        column![
            widget::body(ctx, ctx.t(label)),
            widget::hint(ctx, ctx.t(explain)),
            widget::field(ctx, id, &ctx.t("gui-dates-placeholder"), value, on_input, Message::FieldSubmitted(field)),
            reading,
        ]
        .spacing(6)
        .into()
    }

    fn result<'a>(&'a self, ctx: &'a Ctx, selected: Option<usize>) -> Element<'a, Message> {
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
        let timeline = match self.timeline(ctx) {
            Ok(timeline) => timeline,
            Err(id) => return column![widget::error(ctx, ctx.t(&id)), buttons].spacing(18).into(),
        };
        let fmt = |d: NaiveDate| date::format_for_lang(d, ctx.loc.lang());
        let chart = timeline_chart::Chart {
            rows: vec![
                (ctx.t("gui-chart-card"), RowDates {
                    renewal_opens: timeline.card.renewal_opens,
                    expiry: timeline.card.expiry,
                    grace_last_day: timeline.card.grace_last_day,
                }),
                (ctx.t("gui-chart-cert"), RowDates {
                    renewal_opens: timeline.certificate.renewal_opens,
                    expiry: timeline.certificate.expiry,
                    grace_last_day: timeline.certificate.grace_last_day,
                }),
            ],
            today: timeline.today,
            today_label: ctx.t("gui-chart-today"),
            colors: ctx.colors,
            font: ctx.font,
        };
        let height = chart.height();
        let legend = Row::with_children(
            [
                (Phase::Valid, "gui-chart-valid"),
                (Phase::Renewal, "gui-chart-renewal"),
                (Phase::Grace, "gui-chart-grace"),
                (Phase::Expired, "gui-chart-expired"),
            ]
            .into_iter()
            .map(|(phase, label)| swatch(ctx, timeline_chart::color(&ctx.colors, phase), ctx.t(label))),
        )
        .spacing(18)
        .wrap();
        let key_dates = vec![
            format!("{}: {}", ctx.t("gui-key-card-expiry"), fmt(timeline.card.expiry)),
            format!("{}: {}", ctx.t("gui-key-card-renewal"), fmt(timeline.card.renewal_opens)),
            format!("{}: {}", ctx.t("gui-key-cert-expiry"), fmt(timeline.certificate.expiry)),
            format!("{}: {}", ctx.t("gui-key-cert-renewal"), fmt(timeline.certificate.renewal_opens)),
            format!("{}: {}", ctx.t("gui-key-usable-until"), fmt(timeline.mynaho.usable_until)),
        ];
        let warnings: Vec<String> =
            timeline.warnings.iter().map(|w| ctx.t(&format!("gui-warning-{}", w.code()))).collect();
        let facts: Vec<String> = ctx
            .rules
            .as_ref()
            .map(|rules| rules.facts_on(ctx.today).into_iter().map(|fact| ctx.t(&fact.message)).collect())
            .unwrap_or_default();
        let mut page = column![
            widget::title(ctx, ctx.t("gui-dates-result-title")),
            status_banner(ctx, &timeline),
            widget::panel(ctx, column![
                widget::heading(ctx, ctx.t("gui-chart-title")),
                iced::widget::container(canvas(chart).width(Length::Fill).height(height)).id("timeline"),
                legend,
            ].spacing(10)),
            widget::panel(ctx, column![widget::heading(ctx, ctx.t("gui-key-dates")), widget::list(ctx, key_dates, false)].spacing(8)),
        ]
        .spacing(18);
        if !warnings.is_empty() {
            page = page.push(widget::panel(
                ctx,
                column![widget::heading(ctx, ctx.t("gui-warnings")), widget::list(ctx, warnings, false)].spacing(8),
            ));
        }
        if !facts.is_empty() {
            page = page.push(widget::panel(
                ctx,
                column![widget::heading(ctx, ctx.t("gui-facts-today")), widget::list(ctx, facts, false)].spacing(8),
            ));
        }
        page.push(buttons).into()
    }
}

/// "昭和25年10月10日 = 1950-10-10".
pub fn reading_of(d: NaiveDate) -> String {
    format!("{} = {}", date::format_wareki(d), date::format_iso(d))
}

fn reading_text(ctx: &Ctx, text: &str) -> String {
    match read(text) {
        None => ctx.t("gui-review-not-entered"),
        Some(Ok(d)) => reading_of(d),
        Some(Err(error)) => format!("{text} ({})", ctx.t(error.message_id())),
    }
}

/// The status banner: valid / renew now / grace / expired, the date to act by and what to do.
fn status_banner<'a>(ctx: &Ctx, timeline: &Timeline) -> Element<'a, Message> {
    let lang = ctx.loc.lang();
    let act_by = date::format_for_lang(timeline.act_by(), lang);
    let usable = date::format_for_lang(timeline.mynaho.usable_until, lang);
    let renewal_open = ctx.today >= timeline.certificate.renewal_opens || ctx.today >= timeline.card.renewal_opens;
    let (tone, headline, todo) = match timeline.mynaho.status {
        Status::Valid if renewal_open => (Tone::Warn, "gui-status-renew", "gui-status-renew-todo"),
        Status::Valid => (Tone::Ok, "gui-status-valid", "gui-status-valid-todo"),
        Status::Grace => (Tone::Warn, "gui-status-grace", "gui-status-grace-todo"),
        Status::Expired => (Tone::Danger, "gui-status-expired", "gui-status-expired-todo"),
    };
    let args = [("date", act_by.clone().into()), ("usable", usable.into())];
    let mut lines = vec![ctx.loc.text_with(todo, &args)];
    if timeline.mynaho.status != Status::Expired {
        lines.insert(0, ctx.loc.text_with("gui-status-act-by", &args));
    }
    widget::banner(ctx, "status-banner", tone, ctx.loc.text_with(headline, &args), lines)
}

fn swatch<'a>(ctx: &Ctx, color: iced::Color, label: String) -> Element<'a, Message> {
    let c = ctx.colors;
    row![
        iced::widget::container(iced::widget::Space::new().width(28).height(22)).style(move |_: &iced::Theme| {
            iced::widget::container::Style {
                background: Some(color.into()),
                border: iced::Border { color: c.border, width: 1.0, radius: 4.0.into() },
                ..Default::default()
            }
        }),
        widget::body(ctx, label),
    ]
    .spacing(8)
    .align_y(iced::Alignment::Center)
    .into()
}
