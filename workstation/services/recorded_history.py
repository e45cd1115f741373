"""A person's history with what this workstation recorded but the registries do not show yet.

A contact saved a second ago is still in the outbox; the desk must see it at once, marked
``pending`` ("nog niet verzonden"). Items the relay delivered after the registries were asked
are shown from the outbox too (with their real URL); one the registries already returned is
not shown twice (same ``identificatie`` or ``referentienummer``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from workstation.domain.cases import NewZaak, ZaakSummary
from workstation.domain.contacts import (
    CallbackSummary,
    ContactSummary,
    NewCallbackRequest,
    NewKlantcontact,
)
from workstation.domain.outbox import (
    ItemState,
    OutboxItem,
    OutboxKind,
    parse_placeholder,
    placeholder_url,
)
from workstation.services.local_ports import OutboxPayload

Recorded = Sequence[tuple[OutboxItem, OutboxPayload]]


def with_recorded(
    zaken: tuple[ZaakSummary, ...], history: tuple[ContactSummary, ...], recorded: Recorded,
) -> tuple[tuple[ZaakSummary, ...], tuple[ContactSummary, ...]]:
    """``zaken`` and ``history`` (as the registries answered) with the recorded writes added."""
    delivered = {item.natural_key: item.result_url for item, _ in recorded
                 if item.state is ItemState.DONE}
    known = {zaak.identificatie for zaak in zaken}
    added = [_zaak(item, payload) for item, payload in recorded
             if isinstance(payload, NewZaak) and payload.identificatie not in known]
    contacts = {contact.referentienummer: contact for contact in history}
    for item, payload in recorded:
        if isinstance(payload, NewKlantcontact) and payload.referentienummer not in contacts:
            contacts[payload.referentienummer] = _contact(item, payload, delivered)
    for item, payload in recorded:
        if isinstance(payload, NewCallbackRequest):
            contact = contacts.get(payload.klantcontact_referentienummer)
            if contact is not None and all(c.referentienummer != payload.referentienummer
                                           for c in contact.callbacks):
                contacts[contact.referentienummer] = dataclasses.replace(
                    contact, callbacks=(*contact.callbacks, _callback(item, payload)))
    return (
        tuple(sorted((*zaken, *added), key=lambda z: (z.startdatum, z.identificatie),
                     reverse=True)),
        tuple(sorted(contacts.values(), key=lambda c: c.plaatsgevonden_op, reverse=True)),
    )


def _url(item: OutboxItem, kind: OutboxKind, key: str) -> str:
    return item.result_url if item.state is ItemState.DONE else placeholder_url(kind, key)


def _zaak(item: OutboxItem, zaak: NewZaak) -> ZaakSummary:
    return ZaakSummary(
        url=_url(item, OutboxKind.ZAAK, f"{zaak.bronorganisatie}:{zaak.identificatie}"),
        identificatie=zaak.identificatie, bronorganisatie=zaak.bronorganisatie,
        omschrijving=zaak.omschrijving, zaaktype_omschrijving="", startdatum=zaak.startdatum,
        status_omschrijving=zaak.status_omschrijving, status_gezet_op=zaak.status_gezet_op,
        pending=item.state is not ItemState.DONE,
    )


def _contact(item: OutboxItem, contact: NewKlantcontact,
             delivered: dict[str, str]) -> ContactSummary:
    zaak_url = contact.zaak_url
    placeholder = parse_placeholder(zaak_url) if zaak_url else None
    if placeholder is not None:  # a zaak made with the contact: its URL once delivered
        kind, key = placeholder
        zaak_url = delivered.get(f"{kind.value}:{key}") or zaak_url
    return ContactSummary(
        url=_url(item, OutboxKind.KLANTCONTACT, contact.referentienummer),
        referentienummer=contact.referentienummer, kanaal=contact.kanaal,
        onderwerp=contact.onderwerp, inhoud=contact.inhoud,
        plaatsgevonden_op=contact.plaatsgevonden_op,
        indicatie_contact_gelukt=contact.indicatie_contact_gelukt,
        zaak_urls=(zaak_url,) if zaak_url else (), metadata=dict(contact.metadata),
        pending=item.state is not ItemState.DONE,
    )


def _callback(item: OutboxItem, callback: NewCallbackRequest) -> CallbackSummary:
    return CallbackSummary(
        referentienummer=callback.referentienummer, status="te_verwerken",
        toelichting=callback.toelichting,
        toegewezen_aan=tuple(actor.naam for actor in callback.actoren),
        pending=item.state is not ItemState.DONE,
    )
