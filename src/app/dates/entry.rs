//! The dates screen's fields: birth date, the card's date and kind, the certificate's date and
//! kind, each read back (or its error) in place.

use iced::Element;
use iced::widget::{Row, column};

use super::super::Ctx;
use super::super::widget::{self, Kind};
use super::{CardKind, CertKind, Field, Message, State, date_error, read, reading_of};

impl State {
    pub(super) fn entry<'a>(&'a self, ctx: &'a Ctx, selected: Option<usize>) -> Element<'a, Message> {
        let card_kinds = Row::with_children([
            widget::option_button(
                ctx,
                "card-kind-expiry",
                ctx.t("gui-dates-card-expiry"),
                Message::CardKindChosen(CardKind::Expiry),
                self.card_kind == CardKind::Expiry,
                selected == Some(1),
            ),
            widget::option_button(
                ctx,
                "card-kind-issued",
                ctx.t("gui-dates-card-issued"),
                Message::CardKindChosen(CardKind::Issued),
                self.card_kind == CardKind::Issued,
                selected == Some(2),
            ),
        ])
        .spacing(10)
        .wrap();
        let cert_kinds = Row::with_children(
            [
                (
                    CertKind::Unknown,
                    "cert-kind-unknown",
                    "gui-dates-cert-unknown",
                    3,
                ),
                (CertKind::Expiry, "cert-kind-expiry", "gui-dates-cert-expiry", 4),
                (CertKind::Issued, "cert-kind-issued", "gui-dates-cert-issued", 5),
            ]
            .into_iter()
            .map(|(kind, id, label, ring)| {
                widget::option_button(
                    ctx,
                    id,
                    ctx.t(label),
                    Message::CertKindChosen(kind),
                    self.cert_kind == kind,
                    selected == Some(ring),
                )
            }),
        )
        .spacing(10)
        .wrap();

        let mut page = column![
            widget::title(ctx, ctx.t("gui-dates-title")),
            widget::hint(ctx, ctx.t("gui-dates-forms")),
            self.date_field(
                ctx,
                Field::Born,
                "dates-born",
                "gui-dates-born",
                "gui-dates-born-explain",
                &self.born
            ),
            widget::heading(ctx, ctx.t("gui-dates-card")),
            card_kinds,
            self.date_field(
                ctx,
                Field::Card,
                "dates-card",
                self.card_label(),
                self.card_explain(),
                &self.card
            ),
            widget::heading(ctx, ctx.t("gui-dates-cert")),
            widget::hint(ctx, ctx.t("gui-dates-cert-explain")),
            cert_kinds,
        ]
        .spacing(14);
        if self.cert_kind != CertKind::Unknown {
            let label = if self.cert_kind == CertKind::Expiry {
                "gui-dates-cert-expiry"
            } else {
                "gui-dates-cert-issued"
            };
            page = page.push(self.date_field(
                ctx,
                Field::Cert,
                "dates-cert",
                label,
                "gui-dates-cert-where",
                &self.cert,
            ));
        }
        if self.cert_kind == CertKind::Issued {
            page = page.push(widget::option_button(
                ctx,
                "dates-renewed-early",
                ctx.t("gui-dates-renewed-early"),
                Message::RenewedEarlyToggled(!self.renewed_early),
                self.renewed_early,
                selected == Some(6),
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
                iced::widget::container(widget::error(ctx, date_error(ctx, &error, &ctx.t(label))))
                    .id(format!("{id}-error"))
                    .into()
            }
        };
        column![
            widget::body(ctx, ctx.t(label)),
            widget::hint(ctx, ctx.t(explain)),
            widget::field(
                ctx,
                id,
                &ctx.t("gui-dates-placeholder"),
                value,
                on_input,
                Message::FieldSubmitted(field)
            ),
            reading,
        ]
        .spacing(6)
        .into()
    }
}
