"""Record what a person did at the desk: a klantcontact, its callbacks, a zaak.

Everything is committed locally with its outbox items in ONE transaction and the screen is
free at once; the sync relay delivers it later. The natural keys are minted here, inside that
transaction, from this workstation's own sequences (docs/decisions/0020-exactly-once-outbox.md).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from workstation.domain.cases import NewZaak
from workstation.domain.contacts import NewCallbackRequest, NewKlantcontact
from workstation.domain.customer import Backlog
from workstation.domain.outbox import (
    EVENT_STREAM_PREFIX,
    OutboxKind,
    placeholder_url,
    referentienummer,
    zaak_identificatie,
)
from workstation.domain.service_events import ServiceEvent
from workstation.services.local_ports import LocalStore, LocalUnitOfWork

REFERENTIENUMMER_SEQUENCE = "referentienummer"
ZAAK_SEQUENCE = "zaak"


@dataclass(frozen=True, slots=True)
class KeyConfig:
    workstation_number: int
    zaak_prefix: str


@dataclass(frozen=True, slots=True)
class ContactToRecord:
    contact: NewKlantcontact
    callbacks: tuple[NewCallbackRequest, ...] = ()
    zaak: NewZaak | None = None


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
        [recorded] = self.record_several([ContactToRecord(contact, tuple(callbacks), zaak)])
        return recorded

    def record_several(
        self, contacts: Sequence[ContactToRecord],
        events: Callable[[Sequence[RecordedContact]], Iterable[ServiceEvent]] = lambda _: (),
    ) -> tuple[RecordedContact, ...]:
        """Queue several contacts (a desk contact's questions) and the anonymous service
        events made from their minted keys, all in ONE local transaction: all or nothing."""
        now = self._clock()
        with self._store.unit_of_work() as uow:
            recorded = tuple(self._queue(uow, entry, now) for entry in contacts)
            for event in events(recorded):
                uow.add_outbox_item(EVENT_STREAM_PREFIX + event.event_id, event, now)
            for bsn in {entry.contact.bsn for entry in contacts if entry.contact.bsn}:
                uow.forget_customer(bsn)
            uow.commit()
        self._notify()
        return recorded

    def record_event(self, event: ServiceEvent) -> None:
        """Queue one anonymous service event on its own (a callback marked done)."""
        with self._store.unit_of_work() as uow:
            uow.add_outbox_item(EVENT_STREAM_PREFIX + event.event_id, event, self._clock())
            uow.commit()
        self._notify()

    def _queue(self, uow: LocalUnitOfWork, entry: ContactToRecord,
               now: datetime) -> RecordedContact:
        contact, zaak = entry.contact, entry.zaak
        number = self._keys.workstation_number
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
        for callback in entry.callbacks:
            callback_ref = referentienummer(number, uow.next_sequence(REFERENTIENUMMER_SEQUENCE))
            uow.add_outbox_item(stream, dataclasses.replace(
                callback, referentienummer=callback_ref, klantcontact_referentienummer=ref,
            ), now)
            callback_refs.append(callback_ref)
        return RecordedContact(ref, tuple(callback_refs), identificatie)

    def backlog(self) -> Backlog:
        """What is still to be delivered, and the last error in plain Dutch (status bar)."""
        return self._store.backlog()
