"""The sync worker: delivers the workstation's outbox to the registries, exactly once.

One thread takes the head of every customer's stream (items of one stream go strictly in
order; different streams are independent and go in parallel on a few workers) and calls the
registry port for it. The adapters make each call idempotent by its natural key, so the relay
may always send again: after a timeout, a 5xx, or a SIGKILL between the registry's commit and
ours, the next attempt sends the same body and the adapter adopts the existing object.

- ``RegistryUnavailable`` (and any unexpected error): retry later with back-off, same body.
- ``RegistryRejected``: park the item with the registry's reason; its stream waits.
- Success: the returned URL is stored before the stream's next item is taken, so a contact
  about a zaak made offline is sent with the zaak's real URL (``outbox:zaak/...``
  placeholders are resolved here).

See docs/decisions/0020-exactly-once-outbox.md.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Protocol

from workstation.domain.audit import ProcessingRecord
from workstation.domain.cases import NewZaak, ZaakRef
from workstation.domain.contacts import (
    CallbackRef,
    KlantcontactRef,
    NewCallbackRequest,
    NewKlantcontact,
)
from workstation.domain.errors import dutch_text
from workstation.domain.order import DeliveryEvent
from workstation.domain.outbox import (
    ItemState,
    OutboxItem,
    Outcome,
    backoff,
    parse_placeholder,
)
from workstation.domain.registry_errors import RegistryRejected, RegistryUnavailable
from workstation.domain.service_events import CallbackEventRecord, ContactEventRecord

log = logging.getLogger("loket.sync")

Payload = (NewZaak | NewKlantcontact | NewCallbackRequest | ProcessingRecord | DeliveryEvent
           | ContactEventRecord | CallbackEventRecord)
IDLE_WAIT_S = 2.0
UNEXPECTED = dutch_text("Onverwachte fout bij het verzenden; Loket probeert het later opnieuw.")
WAITING_FOR_ZAAK = dutch_text("Wacht op de zaak waar dit contact over gaat.")


class RelayOutbox(Protocol):
    def due_heads(self, now: datetime, limit: int) -> list[tuple[OutboxItem, Payload]]: ...
    def next_due_at(self) -> datetime | None: ...
    def delivered_url(self, natural_key_: str) -> str | None: ...
    def record_outcomes(self, outcomes: Sequence[Outcome]) -> None: ...


class CaseTarget(Protocol):
    def create_zaak(self, zaak: NewZaak) -> ZaakRef: ...


class ContactTarget(Protocol):
    def record_contact(self, contact: NewKlantcontact) -> KlantcontactRef: ...
    def request_callback(self, callback: NewCallbackRequest) -> CallbackRef: ...


class AuditTarget(Protocol):
    def append(self, record: ProcessingRecord) -> str:
        """Store the record (idempotent by record_id); its reference."""
        ...


class DeliveryTarget(Protocol):
    def record_delivery(self, event: DeliveryEvent) -> str:
        """Store the event (insert, or set its finish; idempotent by event_id); a reference."""
class EventTarget(Protocol):
    def append_event(self, event: ContactEventRecord | CallbackEventRecord) -> str:
        """Store the anonymous service event (idempotent by event_id); its reference."""
        ...


class _NotYet(Exception):
    """A placeholder URL whose object has not been delivered yet."""


class Relay:
    def __init__(
        self, outbox: RelayOutbox, cases: CaseTarget, contacts: ContactTarget,
        audit: AuditTarget, *, workers: int = 4,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        deliveries: DeliveryTarget | None = None,
        events: EventTarget | None = None,
    ) -> None:
        self._outbox = outbox
        self._deliveries = deliveries
        self._cases = cases
        self._contacts = contacts
        self._audit = audit
        self._events = events
        self._workers = workers
        self._clock = clock
        self._pool = ThreadPoolExecutor(workers, thread_name_prefix="loket-sync")
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # -- running -------------------------------------------------------------------------

    def start(self) -> None:
        self._thread = threading.Thread(target=self._loop, name="loket-relay", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        """Something was queued: look now instead of at the next idle tick."""
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
        self._pool.shutdown(wait=True)

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                handled = self.run_once()
            except Exception:  # the store itself failed (disk full, locked): log, retry later
                log.exception("sync round failed")
                handled = 0
            if handled == 0:
                self._wake.wait(self._idle_wait())
                self._wake.clear()

    def _idle_wait(self) -> float:
        due = self._outbox.next_due_at()
        if due is None:
            return IDLE_WAIT_S
        return min(IDLE_WAIT_S, max(0.0, (due - self._clock()).total_seconds()))

    def run_once(self) -> int:
        """Deliver the head of every stream that is due; how many items were tried."""
        heads = self._outbox.due_heads(self._clock(), limit=self._workers * 8)
        if heads:
            # Outcomes are stored together once the round is over: an item answered but not
            # yet stored when the process dies is simply sent again and adopted by its key.
            self._outbox.record_outcomes(list(self._pool.map(lambda h: self._deliver(*h), heads)))
        return len(heads)

    # -- one item ------------------------------------------------------------------------

    def _deliver(self, item: OutboxItem, payload: Payload) -> Outcome:
        try:
            url = self._send(self._resolved(payload))
        except RegistryRejected as exc:
            log.warning("outbox item %s parked: %s", item.id, exc.detail)
            return Outcome(item.id, ItemState.PARKED, self._clock(), error=exc.message)
        except RegistryUnavailable as exc:
            return self._retry_later(item, exc.message, exc.detail)
        except _NotYet:
            return self._retry_later(item, WAITING_FOR_ZAAK, "placeholder not delivered yet")
        except Exception as exc:  # a bug or an unwrapped library error: never lose the item
            log.exception("outbox item %s: unexpected failure", item.id)
            return self._retry_later(item, UNEXPECTED, repr(exc))
        return Outcome(item.id, ItemState.DONE, self._clock(), url=url)

    def _retry_later(self, item: OutboxItem, message: str, detail: str) -> Outcome:
        log.info("outbox item %s not delivered (attempt %s): %s", item.id, item.attempts + 1,
                 detail)
        return Outcome(item.id, ItemState.PENDING,
                       self._clock() + backoff(item.attempts + 1), error=message)

    def _send(self, payload: Payload) -> str:
        if isinstance(payload, NewZaak):
            return self._cases.create_zaak(payload).url
        if isinstance(payload, NewKlantcontact):
            return self._contacts.record_contact(payload).url
        if isinstance(payload, NewCallbackRequest):
            return self._contacts.request_callback(payload).url
        if isinstance(payload, DeliveryEvent):
            if self._deliveries is None:
                raise RegistryUnavailable(
                    "De sitedatabase is niet ingericht voor de levertijden.",
                    "Loket probeert het later opnieuw.",
                    detail="relay has no delivery-event target")
            return self._deliveries.record_delivery(payload)
        if isinstance(payload, ContactEventRecord | CallbackEventRecord):
            if self._events is None:  # a wiring bug: keep the item, say so in the log
                raise RuntimeError("relay has no target for service events")
            return self._events.append_event(payload)
        return self._audit.append(payload)

    def _resolved(self, payload: Payload) -> Payload:
        if isinstance(payload, NewKlantcontact) and payload.zaak_url:
            placeholder = parse_placeholder(payload.zaak_url)
            if placeholder is not None:
                kind, key = placeholder
                url = self._outbox.delivered_url(f"{kind.value}:{key}")
                if url is None:
                    raise _NotYet(payload.zaak_url)
                return dataclasses.replace(payload, zaak_url=url)
        return payload
