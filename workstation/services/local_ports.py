"""The workstation store as the KCC use cases see it: one transaction holds a person's write
and its outbox items, or a lookup's cache entry and its audit records.

Leaving the ``with`` block without ``commit()`` rolls back (as in services/ports.py).
"""

from __future__ import annotations

from datetime import date, datetime
from types import TracebackType
from typing import Protocol, Self

from workstation.domain.audit import ProcessingRecord
from workstation.domain.cases import NewZaak
from workstation.domain.contacts import NewCallbackRequest, NewKlantcontact
from workstation.domain.customer import Backlog, CustomerFile
from workstation.domain.order import DeliveryEvent
from workstation.domain.outbox import OutboxItem
from workstation.domain.service_events import CallbackEventRecord, ContactEventRecord

OutboxPayload = (NewZaak | NewKlantcontact | NewCallbackRequest | ProcessingRecord
                 | DeliveryEvent | ContactEventRecord | CallbackEventRecord)


class LocalUnitOfWork(Protocol):
    def __enter__(self) -> Self: ...

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    def commit(self) -> None: ...

    def next_sequence(self, name: str) -> int:
        """The next number of this workstation's counter ``name`` (1, 2, ...)."""
        ...

    def add_outbox_item(self, stream: str, payload: OutboxPayload, now: datetime) -> int: ...

    def cached_customer(self, bsn: str, day: date) -> CustomerFile | None: ...

    def cache_customer(self, file: CustomerFile, day: date, now: datetime) -> None: ...

    def forget_customer(self, bsn: str) -> None:
        """Drop the cached lookup of one person (a write about them makes it stale)."""
        ...

    def purge_cache(self, keep_day: date | None = None) -> int:
        """Forget every cached lookup (but those of ``keep_day``); how many were removed."""
        ...

    def recorded_for(self, bsn: str, since: datetime) -> list[tuple[OutboxItem, OutboxPayload]]:
        """What this workstation recorded about the person that the registries may not show
        yet: their outbox items not delivered, or delivered at or after ``since``; oldest
        first."""
        ...


class LocalStore(Protocol):
    def unit_of_work(self) -> LocalUnitOfWork: ...

    def backlog(self) -> Backlog: ...

    def outbox_items(self, *, include_done: bool = False, limit: int = 200) -> list[OutboxItem]:
        ...

    def outbox_item(self, item_id: int) -> OutboxItem | None: ...

    def retry_parked(self, now: datetime, item_id: int | None = None) -> int:
        """Put parked items (one, or all) back in line; how many."""
        ...
