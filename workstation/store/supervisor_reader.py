"""Read side of the supervisor's board: every location of the site in one read transaction.

A handful of queries for the whole site, not one per location or service: the board is re-read
after every change notice of any location, and its delay is what the supervisor waits.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workstation.domain.counter_tickets import STALE_AFTER
from workstation.domain.queue import AT_COUNTER_STATES, TicketState, business_day
from workstation.domain.supervision import (
    AlarmBoardView,
    CounterBoardView,
    CounterState,
    LocationBoard,
    ServiceLoad,
    SupervisorBoard,
    WorkstationBacklog,
)
from workstation.store import models as m
from workstation.store.database import SiteDatabase
from workstation.store.errors import database_unavailable, is_connection_problem

_AT_COUNTER = [state.value for state in AT_COUNTER_STATES]


class SqlSupervisorReader:
    def __init__(self, database: SiteDatabase) -> None:
        self._database = database

    @contextmanager
    def _snapshot(self) -> Iterator[Session]:
        try:
            with Session(self._database.read_engine) as session, session.begin():
                yield session
        except Exception as exc:
            if is_connection_problem(exc):
                raise database_unavailable(exc) from exc
            raise

    def board(self, now: datetime) -> SupervisorBoard:
        with self._snapshot() as session:
            services = _services(session, now)
            counters = _counters(session, now)
            alarms = _alarms(session)
            callbacks = _callbacks_waiting(session)
            locations = tuple(
                LocationBoard(
                    code=location.code, name=location.name,
                    municipality_code=municipality.code, municipality_name=municipality.name,
                    primary_colour=municipality.primary_colour,
                    ticker_text=location.ticker_text, ticker_text_en=location.ticker_text_en,
                    services=tuple(services[location.id]), counters=tuple(counters[location.id]),
                    alarms=tuple(alarms[location.id]),
                    callbacks_waiting=callbacks.get(location.code, 0),
                )
                for location, municipality in session.execute(
                    select(m.Location, m.Municipality)
                    .join(m.Municipality, m.Municipality.id == m.Location.municipality_id)
                    .order_by(m.Municipality.name, m.Location.name)
                ).all()
            )
            workstations = tuple(
                WorkstationBacklog(row.workstation, row.location_code, row.role, row.pending,
                                   row.parked, row.last_error, row.reported_at)
                for row in session.scalars(
                    select(m.WorkstationStatus).order_by(m.WorkstationStatus.workstation))
            )
        return SupervisorBoard(now, locations, workstations)


def _services(session: Session, now: datetime) -> dict[int, list[ServiceLoad]]:
    waiting = {
        service_id: (int(count), float(oldest))
        for service_id, count, oldest in session.execute(
            select(m.Ticket.service_id, func.count(), func.min(m.Ticket.queued_epoch))
            .where(m.Ticket.state == TicketState.WAITING.value,
                   m.Ticket.business_day == business_day(now))
            .group_by(m.Ticket.service_id)
        ).all()
    }
    loads: dict[int, list[ServiceLoad]] = defaultdict(list)
    for service in session.scalars(
        select(m.Service).where(m.Service.active.is_(True))
        .order_by(m.Service.location_id, m.Service.sort_order, m.Service.letter)
    ):
        count, oldest = waiting.get(service.id, (0, None))
        longest = (max(now - datetime.fromtimestamp(oldest, UTC), timedelta(0))
                   if oldest is not None else None)
        loads[service.location_id].append(ServiceLoad(
            service.letter, service.name_nl, service.name_en, service.norm_minutes, count,
            longest))
    return loads


def _counters(session: Session, now: datetime) -> dict[int, list[CounterBoardView]]:
    letters: dict[int, list[str]] = defaultdict(list)
    for counter_id, letter in session.execute(
        select(m.CounterService.counter_id, m.Service.letter)
        .join(m.Service, m.Service.id == m.CounterService.service_id)
        .where(m.Service.active.is_(True))
        .order_by(m.Service.sort_order, m.Service.letter)
    ).all():
        letters[counter_id].append(letter)
    sessions = {
        counter_id: (name, paused_since)
        for counter_id, name, paused_since in session.execute(
            select(m.CounterSession.counter_id, m.StaffMember.display_name,
                   m.CounterSession.paused_since)
            .join(m.StaffMember, m.StaffMember.id == m.CounterSession.staff_id)
            .where(m.CounterSession.closed_at.is_(None),
                   m.CounterSession.last_seen_at >= now - STALE_AFTER)
        ).all()
    }
    serving: dict[int | None, str] = {
        counter_id: number for counter_id, number in session.execute(
            select(m.Ticket.counter_id, m.Ticket.number)
            .where(m.Ticket.state.in_(_AT_COUNTER), m.Ticket.counter_id.is_not(None))
        ).all()
    }
    boards: dict[int, list[CounterBoardView]] = defaultdict(list)
    for counter in session.scalars(
        select(m.Counter).where(m.Counter.active.is_(True))
        .order_by(m.Counter.location_id, m.Counter.number)
    ):
        name, paused_since = sessions.get(counter.id, ("", None))
        state = (CounterState.EMPTY if counter.id not in sessions
                 else CounterState.PAUSED if paused_since is not None else CounterState.STAFFED)
        boards[counter.location_id].append(CounterBoardView(
            counter.number, state, name, tuple(letters[counter.id]), serving.get(counter.id)))
    return boards


def _alarms(session: Session) -> dict[int, list[AlarmBoardView]]:
    alarms: dict[int, list[AlarmBoardView]] = defaultdict(list)
    for location_id, number, raised_at in session.execute(
        select(m.Alarm.location_id, m.Counter.number, m.Alarm.raised_at)
        .join(m.Counter, m.Counter.id == m.Alarm.counter_id)
        .where(m.Alarm.closed_at.is_(None))
        .order_by(m.Alarm.raised_at, m.Alarm.id)
    ).all():
        alarms[location_id].append(AlarmBoardView(number, raised_at))
    return alarms


def _callbacks_waiting(session: Session) -> dict[str, int]:
    return {
        code: int(count) for code, count in session.execute(
            select(m.CallbackEvent.location_code, func.count())
            .where(m.CallbackEvent.done_at.is_(None))
            .group_by(m.CallbackEvent.location_code)
        ).all()
    }
