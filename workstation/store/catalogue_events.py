"""Delivery events in the site database (``delivery_event``, ADR 0022): the relay ships them
from each workstation's outbox. Idempotent by ``event_id``: the first shipment inserts the row,
a later one with ``finished_at`` (a pickup collected) completes it, a repeat changes nothing."""

from __future__ import annotations

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError, OperationalError

from workstation.domain.order import DeliveryEvent
from workstation.domain.registry_errors import RegistryUnavailable
from workstation.store.database import SiteDatabase
from workstation.store.models import DeliveryEvent as DeliveryEventRow


class SiteDeliveryEvents:
    def __init__(self, database: SiteDatabase) -> None:
        self._database = database

    def record_delivery(self, event: DeliveryEvent) -> str:
        try:
            self._write(event)
        except IntegrityError:
            self._write(event)  # a concurrent attempt inserted it first: complete it
        except OperationalError as exc:
            raise RegistryUnavailable(
                "De sitedatabase is niet bereikbaar voor de levertijden.",
                "Loket probeert het later opnieuw.",
                detail=f"delivery_event write failed: {exc.orig!r}",
            ) from exc
        return f"delivery:{event.event_id}"

    def _write(self, event: DeliveryEvent) -> None:
        table = DeliveryEventRow
        with self._database.writer_turn(), self._database.engine.begin() as connection:
            finished = connection.execute(
                select(table.finished_at).where(table.event_id == event.event_id)).first()
            if finished is None:
                connection.execute(insert(table).values(
                    event_id=event.event_id, municipality_code=event.municipality_code,
                    location_code=event.location_code, product_uri=event.product_uri,
                    product_name=event.product_name, delivery=event.delivery.value,
                    started_at=event.started_at, finished_at=event.finished_at,
                    ticket_id=None,
                ))
            elif finished[0] is None and event.finished_at is not None:
                connection.execute(update(table).where(table.event_id == event.event_id)
                                   .values(finished_at=event.finished_at))
