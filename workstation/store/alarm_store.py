"""Alarm writes on a connection of their own, and the open alarms with their responders.

An alarm must never wait behind other database work (docs/decisions/0016-alarm-delivery.md):
it does not take a turn in the SQLite writers' queue (``write_queue.py``) and does not borrow a
connection from the queue's pool. SQLite: a fresh connection per alarm (no pool) with a short
busy timeout; queue transactions last milliseconds, so a free write lock comes quickly, and a
database held by a stuck process fails fast instead of hanging. PostgreSQL: a pool of one
connection that only alarms use, with short connect, lock and statement timeouts; no queue row
is locked by an alarm, so it never waits on a counter's transaction.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from types import TracebackType
from typing import Any, Self

from sqlalchemy import Engine, create_engine, event, insert, select, text, update
from sqlalchemy.orm import Session, aliased
from sqlalchemy.pool import ConnectionPoolEntry, NullPool

from workstation.domain.alarm import AlarmFacts, AlarmResponder, OpenAlarm, parse_roles
from workstation.store import models as m
from workstation.store.database import SiteDatabase
from workstation.store.errors import database_unavailable, is_connection_problem
from workstation.store.queue_uow import NOTIFY_CHANNEL
from workstation.store.site_rows import not_found

ALARM_BUSY_TIMEOUT_S = 2.0
ALARM_PG_TIMEOUTS = "-c lock_timeout=2000 -c statement_timeout=3000"
ALARM_PG_CONNECT_TIMEOUT_S = 3


def alarm_engine(database: SiteDatabase) -> Engine:
    """An engine for alarm writes only, beside the site database's own engines."""
    if database.is_postgres:
        return create_engine(
            database.url, pool_size=1, max_overflow=1, pool_timeout=2, pool_pre_ping=True,
            connect_args={"connect_timeout": ALARM_PG_CONNECT_TIMEOUT_S,
                          "options": ALARM_PG_TIMEOUTS},
        )
    engine = create_engine(database.url, poolclass=NullPool,
                           connect_args={"timeout": ALARM_BUSY_TIMEOUT_S})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(ALARM_BUSY_TIMEOUT_S * 1000)}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


class SqlAlarmUnitOfWork:
    def __init__(self, engine: Engine, is_postgres: bool) -> None:
        self._engine = engine
        self._is_postgres = is_postgres
        self._session: Session | None = None
        self._changed: set[int] = set()

    @property
    def session(self) -> Session:
        assert self._session is not None, "unit of work used outside its with-block"
        return self._session

    def __enter__(self) -> Self:
        self._session = Session(self._engine, expire_on_commit=False)
        self._changed.clear()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        session, self._session = self.session, None
        try:
            session.rollback()
            session.close()
        except Exception as close_exc:
            if exc is None and is_connection_problem(close_exc):
                raise database_unavailable(close_exc) from close_exc
        if exc is not None and is_connection_problem(exc):
            raise database_unavailable(exc) from exc

    def commit(self) -> None:
        if self._is_postgres:
            for location_id in sorted(self._changed):
                self.session.execute(text("SELECT pg_notify(:channel, :payload)"),
                                     {"channel": NOTIFY_CHANNEL, "payload": str(location_id)})
        self.session.commit()

    def announce_change(self, location_id: int) -> None:
        self._changed.add(location_id)

    def add_alarm(self, location_id: int, counter_id: int, staff_id: int | None,
                  now: datetime) -> int:
        return int(self.session.execute(
            insert(m.Alarm).values(location_id=location_id, counter_id=counter_id,
                                   raised_by=staff_id, raised_at=now)
            .returning(m.Alarm.id)
        ).scalar_one())

    def alarm(self, alarm_id: int) -> AlarmFacts:
        row = self.session.get(m.Alarm, alarm_id)
        if row is None:
            raise not_found("Dit alarm bestaat niet.", f"alarm {alarm_id}")
        return AlarmFacts(row.counter_id, row.raised_by, row.closed_at is not None)

    def add_response(self, alarm_id: int, staff_id: int | None, counter_id: int | None,
                     now: datetime) -> None:
        self.session.execute(insert(m.AlarmResponse).values(
            alarm_id=alarm_id, staff_id=staff_id, counter_id=counter_id, responded_at=now))
        self.session.execute(
            update(m.Alarm).where(m.Alarm.id == alarm_id, m.Alarm.acknowledged_at.is_(None))
            .values(acknowledged_at=now, acknowledged_by=staff_id)
        )

    def staff_roles(self, staff_id: int) -> frozenset[str]:
        roles = self.session.scalar(
            select(m.StaffMember.roles).where(m.StaffMember.id == staff_id))
        return parse_roles(roles or "")

    def close_alarm(self, alarm_id: int, staff_id: int | None, now: datetime) -> None:
        self.session.execute(
            update(m.Alarm).where(m.Alarm.id == alarm_id, m.Alarm.closed_at.is_(None))
            .values(closed_at=now, closed_by=staff_id)
        )


class SqlAlarmReader:
    """Open alarms from a read-only snapshot: never waits on a writer."""

    def __init__(self, database: SiteDatabase) -> None:
        self._database = database

    def open_alarms(self, location_id: int) -> tuple[OpenAlarm, ...]:
        with self._database.read_snapshot() as session:
            alarms = session.execute(
                select(m.Alarm, m.Counter.number, m.StaffMember.display_name)
                .join(m.Counter, m.Counter.id == m.Alarm.counter_id)
                .outerjoin(m.StaffMember, m.StaffMember.id == m.Alarm.raised_by)
                .where(m.Alarm.location_id == location_id, m.Alarm.closed_at.is_(None))
                .order_by(m.Alarm.raised_at, m.Alarm.id)
            ).all()
            responders = _responders(session, [alarm.id for alarm, _, _ in alarms])
            return tuple(
                OpenAlarm(alarm.id, alarm.counter_id, number, alarm.raised_at, alarm.raised_by,
                          name or "", tuple(responders[alarm.id]))
                for alarm, number, name in alarms
            )


def _responders(session: Session, alarm_ids: list[int],
                ) -> dict[int, list[AlarmResponder]]:
    found: dict[int, list[AlarmResponder]] = defaultdict(list)
    if not alarm_ids:
        return found
    counter = aliased(m.Counter)
    rows = session.execute(
        select(m.AlarmResponse, m.StaffMember.display_name, counter.number)
        .outerjoin(m.StaffMember, m.StaffMember.id == m.AlarmResponse.staff_id)
        .outerjoin(counter, counter.id == m.AlarmResponse.counter_id)
        .where(m.AlarmResponse.alarm_id.in_(alarm_ids))
        .order_by(m.AlarmResponse.responded_at, m.AlarmResponse.id)
    ).all()
    for response, name, number in rows:
        found[response.alarm_id].append(AlarmResponder(name or "", number, response.responded_at))
    return found
