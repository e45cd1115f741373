"""Reads the records the measures need for a period, in bulk, columns only (ADR 0028).

The database only picks the rows of the period (and municipality). A visit is one ticket row:
the queue folds each ticket's events into the moments :data:`measures.VISIT_MOMENTS` names as
it writes them (``store/visit_projection.py``). Every definition of a measure stays in
``workstation.domain.measures``. Moments come out as epoch seconds computed by the database,
so half a million tickets do not each parse datetimes.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Float, and_, cast, func, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql import Executable
from sqlalchemy.sql.elements import ColumnElement

from workstation.domain.measures import (
    KTO_ASPECTS,
    CallbackRecord,
    DeliveryRecord,
    MarkRecord,
    Period,
    Place,
    Records,
    gc_paused,
)
from workstation.domain.queue import TicketKind
from workstation.domain.site import MunicipalityInfo
from workstation.store import models as m
from workstation.store.database import SiteDatabase
from workstation.store.errors import database_unavailable, is_connection_problem
from workstation.store.visit_projection import MOMENT_COLUMNS

if TYPE_CHECKING:  # numpy loads with the first report, not with every window that opens a site
    from workstation.domain.record_columns import ContactColumns, VisitColumns

UNIX_EPOCH_JULIAN_DAY = 2440587.5


def _fetch_tuples(connection: Connection, statement: Executable) -> list[tuple[Any, ...]]:
    """All rows of ``statement`` as the driver's own tuples. SQLAlchemy binds the parameters;
    its Row objects are skipped: for half a million rows they cost more than the fetch, and
    every column read here is a plain number or string that needs no result processing."""
    result = connection.execute(statement)
    try:
        return list(result.cursor.fetchall())
    finally:
        result.close()


class SqlReportReader:
    def __init__(self, database: SiteDatabase) -> None:
        self._database = database

    @contextmanager
    def _connection(self) -> Iterator[Connection]:
        try:
            with self._database.read_engine.connect() as connection, connection.begin():
                yield connection
        except Exception as exc:
            if is_connection_problem(exc):
                raise database_unavailable(exc) from exc
            raise

    def _epoch(self, column: Any) -> ColumnElement[float]:
        """Seconds since the epoch of a UTC timestamp column, computed by the database."""
        if self._database.is_sqlite:  # naive UTC text (models.UtcDateTime)
            return (func.julianday(column) - UNIX_EPOCH_JULIAN_DAY) * 86400.0
        return cast(func.extract("epoch", column), Float)

    def municipalities(self) -> tuple[MunicipalityInfo, ...]:
        with self._connection() as connection:
            rows = connection.execute(select(
                m.Municipality.code, m.Municipality.name, m.Municipality.rsin,
                m.Municipality.primary_colour, m.Municipality.accent_colour,
                m.Municipality.logo_resource,
            ).order_by(m.Municipality.code))
            return tuple(MunicipalityInfo(*row) for row in rows)

    def location_codes(self, municipality: str) -> tuple[str, ...]:
        with self._connection() as connection:
            return tuple(connection.scalars(
                select(m.Location.code)
                .join(m.Municipality, m.Municipality.id == m.Location.municipality_id)
                .where(m.Municipality.code == municipality).order_by(m.Location.code)))

    def service_names(self) -> dict[str, str]:
        """Dutch service name per letter (the first location's, where locations differ)."""
        with self._connection() as connection:
            rows = connection.execute(
                select(m.Service.letter, m.Service.name_nl).order_by(m.Service.id.desc()))
            return {letter: name for letter, name in rows}

    def records(self, period: Period, municipality: str | None = None) -> Records:
        """Every record of ``period`` (of one municipality, by CBS code, or the region)."""
        with gc_paused(), self._connection() as connection:
            return Records(
                self._visits(connection, period, municipality),
                self._contacts(connection, period, municipality),
                self._callbacks(connection, period, municipality),
                self._deliveries(connection, period, municipality),
                self._marks(connection, period, municipality),
            )

    def _visits(self, connection: Connection, period: Period,
                municipality: str | None) -> VisitColumns:
        # One row per ticket: the queue keeps the visit's moments on it (visit_projection.py).
        # The service a ticket was issued for names its place; the few services are read
        # once instead of joined to half a million rows.
        services = (
            select(m.Service.id, m.Municipality.code, m.Location.code, m.Service.letter,
                   m.Service.norm_minutes)
            .join(m.Location, m.Location.id == m.Service.location_id)
            .join(m.Municipality, m.Municipality.id == m.Location.municipality_id))
        if municipality is not None:
            services = services.where(m.Municipality.code == municipality)
        places: dict[int, Place] = {
            id_: (code, location, letter, norm)
            for id_, code, location, letter, norm in connection.execute(services)}
        rows = _fetch_tuples(connection, (
            select(m.Ticket.issued_service_id, m.Ticket.kind == TicketKind.APPOINTMENT.value,
                   m.Ticket.appointment_epoch, *MOMENT_COLUMNS)
            .where(m.Ticket.business_day.between(period.first, period.last),
                   m.Ticket.issued_service_id.in_(places))))
        from workstation.domain.record_columns import VisitColumns

        return VisitColumns.from_rows(places, rows)

    @staticmethod
    def _where(table: Any, column: Any, period: Period,
               municipality: str | None) -> ColumnElement[bool]:
        condition = and_(column >= datetime.fromtimestamp(period.start, UTC),
                         column < datetime.fromtimestamp(period.end, UTC))
        if municipality is not None:
            condition = and_(condition, table.municipality_code == municipality)
        return condition

    def _contacts(self, connection: Connection, period: Period,
                  municipality: str | None) -> ContactColumns:
        c = m.ContactEvent
        rows = _fetch_tuples(connection, (
            select(c.municipality_code, c.location_code, c.kanaal, c.first_time_right,
                   self._epoch(c.started_at), self._epoch(c.ended_at), self._epoch(c.saved_at))
            .where(self._where(c, c.started_at, period, municipality))))
        from workstation.domain.record_columns import ContactColumns

        return ContactColumns.from_rows(rows)

    def _callbacks(self, connection: Connection, period: Period,
                   municipality: str | None) -> tuple[CallbackRecord, ...]:
        c = m.CallbackEvent
        rows = connection.execute(
            select(c.municipality_code, c.location_code, c.kanaal, self._epoch(c.created_at),
                   self._epoch(c.done_at))
            .where(self._where(c, c.created_at, period, municipality))
        ).all()
        return tuple(map(CallbackRecord._make, rows))

    def _deliveries(self, connection: Connection, period: Period,
                    municipality: str | None) -> tuple[DeliveryRecord, ...]:
        d = m.DeliveryEvent
        rows = _fetch_tuples(connection, (
            select(d.municipality_code, d.location_code, d.product_name, d.delivery,
                   self._epoch(d.started_at), self._epoch(d.finished_at))
            .where(self._where(d, d.started_at, period, municipality))))
        return tuple(map(DeliveryRecord._make, rows))

    def _marks(self, connection: Connection, period: Period,
               municipality: str | None) -> tuple[MarkRecord, ...]:
        k = m.KtoMark
        aspects = [getattr(k, aspect) for aspect in KTO_ASPECTS]
        rows = connection.execute(
            select(k.municipality_code, k.location_code, k.service_letter, k.kanaal,
                   self._epoch(k.given_at), k.mark, *aspects)
            .where(self._where(k, k.given_at, period, municipality))
        ).all()
        return tuple(
            MarkRecord(row[0], row[1], row[2], row[3], row[4], row[5],
                       {a: v for a, v in zip(KTO_ASPECTS, row[6:], strict=True)
                        if v is not None})
            for row in rows
        )
