"""The site database's anonymous service events (ADR 0022): where the relay ships a desk's
contact and callback events. Idempotent by ``event_id``: a re-sent item changes nothing.

A callback event comes twice (made, done), possibly from two workstations and in either
order: the first creates the row, the done one sets ``done_at``, a late "made" leaves it.
"""

from __future__ import annotations

from dataclasses import asdict

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.exc import IntegrityError, OperationalError

from workstation.domain.registry_errors import RegistryUnavailable
from workstation.domain.service_events import CallbackEventRecord, ContactEventRecord
from workstation.store.database import SiteDatabase
from workstation.store.models import CallbackEvent, ContactEvent


class SiteEventLog:
    def __init__(self, database: SiteDatabase) -> None:
        self._database = database

    def append_event(self, event: ContactEventRecord | CallbackEventRecord) -> str:
        try:
            try:
                self._write(event)
            except IntegrityError:
                # Inserted by a concurrent attempt: once more, now an update or nothing.
                self._write(event)
        except OperationalError as exc:
            raise RegistryUnavailable(
                "De sitedatabase is niet bereikbaar voor de meetgegevens.",
                "Loket probeert het later opnieuw.",
                detail=f"service event insert failed: {exc.orig!r}",
            ) from exc
        return f"event:{event.event_id}"

    def _write(self, event: ContactEventRecord | CallbackEventRecord) -> None:
        with self._database.writer_turn(), self._database.engine.begin() as connection:
            if isinstance(event, ContactEventRecord):
                self._contact(connection, event)
            else:
                self._callback(connection, event)

    @staticmethod
    def _contact(connection: Connection, event: ContactEventRecord) -> None:
        exists = connection.execute(select(ContactEvent.event_id).where(
            ContactEvent.event_id == event.event_id)).first()
        if exists is None:
            connection.execute(insert(ContactEvent).values(**asdict(event)))

    @staticmethod
    def _callback(connection: Connection, event: CallbackEventRecord) -> None:
        row = connection.execute(select(CallbackEvent.done_at).where(
            CallbackEvent.event_id == event.event_id)).first()
        if row is None:
            connection.execute(insert(CallbackEvent).values(**asdict(event)))
        elif event.done_at is not None and row.done_at is None:
            connection.execute(update(CallbackEvent).where(
                CallbackEvent.event_id == event.event_id).values(done_at=event.done_at))
