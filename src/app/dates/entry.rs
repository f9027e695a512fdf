//! The dates screen's fields: birth date, the card's date and kind (and the application date
//! when the card has two possible expiries), the certificate's date and kind (and the renewal
//! question when it may be an early renewal), the period of stay of a foreign resident; each
//! read back (or its error) in place.

use iced::Element;
use iced::widget::{Row, column};

use super::super::Ctx;
use super::super::widget::{self, Ring};
use super::{CardKind, CertKind, Field, Message, State, date_error, read};
use crate::i18n::MessageId;
use crate::person::{FieldError, Renewal};

impl State {
    pub(super) fn entry<'a>(&'a self, ctx: &'a Ctx, ring: &Ring<Message>) -> Element<'a, Message> {
        let is = |message: &Message| ring.is(message);
        let option = |id: &'static str, label: MessageId, message: Message, chosen: bool| {
            let ring = is(&message);
            widget::option_button(ctx, id, ctx.t(label), message, chosen, ring)
        };
        let card_kinds = Row::with_children([
            option(
                "card-kind-expiry",
                msg!("gui-dates-card-expiry"),
                Message::CardKindChosen(CardKind::Expiry),
                self.card_kind == CardKind::Expiry,
            ),
            option(
                "card-kind-issued",
                msg!("gui-dates-card-issued"),
                Message::CardKindChosen(CardKind::Issued),
                self.card_kind == CardKind::Issued,
            ),
        ])
        .spacing(10)
        .wrap();
        let cert_kinds = Row::with_children(
            [
                (
                    CertKind::Unknown,
                    "cert-kind-unknown",
                    msg!("gui-dates-cert-unknown"),
                ),
                (
                    CertKind::Expiry,
                    "cert-kind-expiry",
                    msg!("gui-dates-cert-expiry"),
                ),
                (
                    CertKind::Issued,
                    "cert-kind-issued",
                    msg!("gui-dates-cert-issued"),
                ),
            ]
            .into_iter()
            .map(|(kind, id, label)| {
                option(id, label, Message::CertKindChosen(kind), self.cert_kind == kind)
            }),
        )
        .spacing(10)
        .wrap();
        // A preliminary result decides which follow-up questions are needed.
        let computed = self.timeline(ctx);
        // After "show the result", the core's messages about the fields (missing, refused),
        // worked out once for the whole screen.
        let refused: Vec<FieldError> = match &computed {
            Err(errors) if self.attempted => errors.clone(),
            _ => Vec::new(),
        };
        let timeline = computed.ok();

        let mut page = column![
            widget::title(ctx, ctx.t(msg!("gui-dates-title"))),
            self.date_field(
                ctx,
                &refused,
                Field::Born,
                msg!("gui-dates-born"),
                msg!("gui-dates-born-explain"),
                &self.born
            ),
            widget::hint(ctx, ctx.t(msg!("gui-dates-forms"))),
            widget::heading(ctx, ctx.t(msg!("gui-dates-card"))),
            card_kinds,
            self.date_field(
                ctx,
                &refused,
                Field::Card,
                self.card_label(),
                self.card_explain(),
                &self.card
            ),
        ]
        .spacing(14);
        if self.asks_applied(timeline.as_ref()) {
            page = page.push(self.date_field(
                ctx,
                &refused,
                Field::Applied,
                msg!("gui-dates-applied"),
                msg!("gui-dates-applied-explain"),
                &self.applied,
            ));
        }
        page = page.push(widget::heading(ctx, ctx.t(msg!("gui-dates-cert"))));
        page = page.push(widget::hint(ctx, ctx.t(msg!("gui-dates-cert-explain"))));
        page = page.push(cert_kinds);
        if self.cert_kind != CertKind::Unknown {
            let label = if self.cert_kind == CertKind::Expiry {
                msg!("gui-dates-cert-expiry")
            } else {
                msg!("gui-dates-cert-issued")
            };
            page = page.push(self.date_field(
                ctx,
                &refused,
                Field::Cert,
                label,
                msg!("gui-dates-cert-where"),
                &self.cert,
            ));
        }
        if self.asks_renewal(timeline.as_ref()) {
            let answers = Row::with_children(
                [
                    (Renewal::Yes, "renewal-yes", msg!("answer-yes")),
                    (Renewal::No, "renewal-no", msg!("answer-no")),
                    (Renewal::Unknown, "renewal-unknown", msg!("answer-unknown")),
                ]
                .into_iter()
                .map(|(answer, id, label)| {
                    option(
                        id,
                        label,
                        Message::RenewalAnswered(answer),
                        self.renewal == answer,
                    )
                }),
            )
            .spacing(10)
            .wrap();
            page = page.push(
                column![
                    widget::body(ctx, ctx.t(msg!("gui-dates-renewal-question"))),
                    widget::hint(ctx, ctx.t(msg!("gui-dates-renewal-explain"))),
                    answers,
                ]
                .spacing(6),
            );
        }
        page = page.push(option(
            "dates-foreign",
            msg!("gui-dates-foreign"),
            Message::ForeignToggled(!self.foreign),
            self.foreign,
        ));
        if self.foreign {
            page = page.push(self.date_field(
                ctx,
                &refused,
                Field::Residence,
                msg!("gui-dates-residence"),
                msg!("gui-dates-residence-explain"),
                &self.residence,
            ));
        }
        if read(&self.card).is_none() {
            page = page.push(widget::hint(ctx, ctx.t(msg!("gui-dates-need-card"))));
        }
        page.into()
    }

    fn card_label(&self) -> MessageId {
        match self.card_kind {
            CardKind::Expiry => msg!("gui-dates-card-expiry"),
            CardKind::Issued => msg!("gui-dates-card-issued"),
        }
    }

    fn card_explain(&self) -> MessageId {
        match self.card_kind {
            CardKind::Expiry => msg!("gui-dates-card-expiry-explain"),
            CardKind::Issued => msg!("gui-dates-card-issued-explain"),
        }
    }

    fn date_field<'a>(
        &'a self,
        ctx: &'a Ctx,
        refused: &[FieldError],
        field: Field,
        label: MessageId,
        explain: MessageId,
        value: &'a str,
    ) -> Element<'a, Message> {
        let id = field.id();
        let on_input = move |text: String| match field {
            Field::Born => Message::BirthEdited(text),
            Field::Card => Message::CardEdited(text),
            Field::Applied => Message::AppliedEdited(text),
            Field::Cert => Message::CertEdited(text),
            Field::Residence => Message::ResidenceEdited(text),
        };
        // The core's message about this field shows beside it, not only in a list elsewhere.
        let refused = refused
            .iter()
            .find(|e| super::field_id(e.field) == Some(id) && !e.unreadable)
            .cloned();
        let reading: Element<'a, Message> = match read(value) {
            _ if refused.is_some() && read(value).is_none_or(|r| r.is_ok()) => {
                let message = refused.map(|e| e.message).unwrap_or_default();
                iced::widget::container(widget::error(ctx, message))
                    .id(format!("{id}-error"))
                    .into()
            }
            None => iced::widget::Space::new().into(),
            Some(Ok(d)) => iced::widget::container(widget::body(ctx, super::reading_for(ctx, d)))
                .id(format!("{id}-reading"))
                .into(),
            Some(Err(error)) => {
                iced::widget::container(widget::error(ctx, date_error(ctx, &error, &ctx.t(label))))
                    .id(format!("{id}-error"))
                    .into()
            }
        };
        // The box right under its label; the example and the explanation under the box, where
        // they never push it out of sight.
        column![
            widget::body(ctx, ctx.t(label)),
            widget::field(
                ctx,
                id,
                &ctx.t(msg!("gui-dates-placeholder")),
                value,
                on_input,
                Message::FieldSubmitted(field)
            ),
            reading,
            widget::hint(ctx, ctx.t(field.date_field(self).example_id())),
            widget::hint(ctx, ctx.t(explain)),
        ]
        .spacing(6)
        .into()
    }
}
