"""Bulk writes of generated history (scripts/generate_year.py) and the layout it needs.

Rows arrive as tuples in the order of the columns named, with moments as epoch seconds (UTC).
SQLite gets them through one ``executemany`` per batch, its timestamps and dates formatted as
the models store them; PostgreSQL through ``COPY``. Both in one transaction per
``BulkWriter``, so a generated year is there whole or not at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from types import TracebackType
from typing import Any

from sqlalchemy import Date, func, select
from sqlalchemy.orm import Session

from workstation.domain.site import CounterInfo, LocationInfo, ServiceInfo
from workstation.store import models as m
from workstation.store.database import SiteDatabase
from workstation.store.site_rows import counter_info, location_info, service_info

SQLITE_CACHE_KIB = 512 * 1024


@dataclass(frozen=True, slots=True)
class LocationLayout:
    location: LocationInfo
    services: tuple[ServiceInfo, ...]
    counters: tuple[CounterInfo, ...]
    opening_hours: tuple[tuple[int, time, time], ...]  # (weekday, opens, closes)


def site_layout(database: SiteDatabase) -> tuple[LocationLayout, ...]:
    """Every location with its active services, active counters and opening hours."""
    with Session(database.read_engine) as session:
        layouts = []
        rows = session.execute(
            select(m.Location, m.Municipality)
            .join(m.Municipality, m.Municipality.id == m.Location.municipality_id)
            .order_by(m.Location.code)
        ).all()
        for location, municipality in rows:
            services = session.scalars(
                select(m.Service).where(m.Service.location_id == location.id, m.Service.active)
                .order_by(m.Service.letter))
            counters = session.scalars(
                select(m.Counter).where(m.Counter.location_id == location.id, m.Counter.active)
                .order_by(m.Counter.number))
            hours = session.execute(
                select(m.OpeningHours.weekday, m.OpeningHours.opens, m.OpeningHours.closes)
                .where(m.OpeningHours.location_id == location.id))
            layouts.append(LocationLayout(
                location_info(location, municipality),
                tuple(service_info(s) for s in services),
                tuple(counter_info(session, c) for c in counters),
                tuple((w, o, c) for w, o, c in hours),
            ))
        return tuple(layouts)


def tickets_between(database: SiteDatabase, first: Any, last: Any) -> int:
    """How many tickets the site already has on business days ``first`` to ``last``."""
    with Session(database.read_engine) as session:
        return session.scalar(
            select(func.count()).select_from(m.Ticket)
            .where(m.Ticket.business_day.between(first, last))
        ) or 0


_NAIVE_EPOCH = datetime(1970, 1, 1)


def _sqlite_moment(moment: float) -> str:
    """Naive UTC text as models.UtcDateTime stores it (the same microseconds as
    ``datetime.fromtimestamp``, without a time zone to take off again: a third faster)."""
    return (_NAIVE_EPOCH + timedelta(seconds=moment)).isoformat(" ", "microseconds")


def _postgres_moment(moment: float) -> datetime:
    return datetime.fromtimestamp(moment, UTC)


class BulkWriter:
    """``with BulkWriter(database) as writer: writer.write(table, columns, rows)``: commits at
    the end of the block, rolls everything back on an error."""

    def __init__(self, database: SiteDatabase) -> None:
        self._database = database
        self._connection: Any = None

    def __enter__(self) -> BulkWriter:
        self._connection = self._database.engine.raw_connection()
        if self._database.is_sqlite:  # the engine's connections autocommit (database.py)
            cursor = self._connection.cursor()
            # Room for the indexes being filled: a small page cache rewrites pages many times.
            cursor.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
            cursor.execute("BEGIN IMMEDIATE")
        return self

    def __exit__(self, kind: type[BaseException] | None, _value: BaseException | None,
                 _traceback: TracebackType | None) -> None:
        try:
            if kind is None:
                self._connection.commit()
            else:
                self._connection.rollback()
        finally:
            self._connection.close()

    def write(self, table: type[m.Base], columns: Sequence[str],
              rows: Iterable[Sequence[Any]]) -> None:
        sqlite = self._database.is_sqlite
        converters: dict[int, Callable[[Any], Any]] = {}
        for i, column in enumerate(columns):
            kind = table.__table__.c[column].type
            if isinstance(kind, m.UtcDateTime):
                converters[i] = _sqlite_moment if sqlite else _postgres_moment
            elif isinstance(kind, Date) and sqlite:
                converters[i] = date.isoformat
        name = table.__tablename__
        cursor = self._connection.cursor()
        try:
            converted = (_converted(row, converters) for row in rows)
            if sqlite:
                marks = ", ".join("?" for _ in columns)
                cursor.executemany(
                    f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({marks})", converted)
            else:
                with cursor.copy(f"COPY {name} ({', '.join(columns)}) FROM STDIN") as copy:
                    for row in converted:
                        copy.write_row(row)
        finally:
            cursor.close()


def _converted(row: Sequence[Any], converters: dict[int, Callable[[Any], Any]]) -> list[Any]:
    values = list(row)
    for i, convert in converters.items():
        if values[i] is not None:
            values[i] = convert(values[i])
    return values
