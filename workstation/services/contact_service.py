"""Record what a person did at the desk: a klantcontact, its callbacks, a zaak.

Everything is committed locally with its outbox items in ONE transaction and the screen is
free at once; the sync relay delivers it later. The natural keys are minted here, inside that
transaction, from this workstation's own sequences (docs/decisions/0020-exactly-once-outbox.md).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from workstation.domain.cases import NewZaak
from workstation.domain.contacts import NewCallbackRequest, NewKlantcontact
from workstation.domain.customer import Backlog
from workstation.domain.outbox import (
    OutboxKind,
    placeholder_url,
    referentienummer,
    zaak_identificatie,
)
from workstation.services.local_ports import LocalStore

REFERENTIENUMMER_SEQUENCE = "referentienummer"
ZAAK_SEQUENCE = "zaak"


@dataclass(frozen=True, slots=True)
class KeyConfig:
    workstation_number: int
    zaak_prefix: str


@dataclass(frozen=True, slots=True)
class RecordedContact:
    referentienummer: str
    callback_referentienummers: tuple[str, ...]
    zaak_identificatie: str | None


class ContactService:
    def __init__(
        self, store: LocalStore, keys: KeyConfig, *,
        notify: Callable[[], None] = lambda: None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._store = store
        self._keys = keys
        self._notify = notify
        self._clock = clock

    def record(
        self, contact: NewKlantcontact, callbacks: Sequence[NewCallbackRequest] = (),
        zaak: NewZaak | None = None,
    ) -> RecordedContact:
        """Queue the contact (with the zaak it is about and its callbacks). The keys given in
        the arguments are ignored: they are minted here."""
        now = self._clock()
        number = self._keys.workstation_number
        with self._store.unit_of_work() as uow:
            ref = referentienummer(number, uow.next_sequence(REFERENTIENUMMER_SEQUENCE))
            stream = contact.bsn or f"anoniem-{ref}"
            identificatie = None
            if zaak is not None:
                identificatie = zaak_identificatie(
                    self._keys.zaak_prefix, number, uow.next_sequence(ZAAK_SEQUENCE))
                zaak = dataclasses.replace(zaak, identificatie=identificatie)
                uow.add_outbox_item(stream, zaak, now)
                contact = dataclasses.replace(contact, zaak_url=placeholder_url(
                    OutboxKind.ZAAK, f"{zaak.bronorganisatie}:{identificatie}"))
            contact = dataclasses.replace(contact, referentienummer=ref)
            uow.add_outbox_item(stream, contact, now)
            callback_refs = []
            for callback in callbacks:
                callback_ref = referentienummer(
                    number, uow.next_sequence(REFERENTIENUMMER_SEQUENCE))
                uow.add_outbox_item(stream, dataclasses.replace(
                    callback, referentienummer=callback_ref, klantcontact_referentienummer=ref,
                ), now)
                callback_refs.append(callback_ref)
            if contact.bsn:
                uow.forget_customer(contact.bsn)
            uow.commit()
        self._notify()
        return RecordedContact(ref, tuple(callback_refs), identificatie)

    def backlog(self) -> Backlog:
        """What is still to be delivered, and the last error in plain Dutch (status bar)."""
        return self._store.backlog()
