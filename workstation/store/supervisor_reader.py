"""Read side of the supervisor's board: every location of the site in one read transaction.

A handful of queries for the whole site, not one per location or service: the board is re-read
after every change notice of any location, and its delay is what the supervisor waits.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime, timedelta

from sqlalchemy import bindparam, func, select
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

_AT_COUNTER = [state.value for state in AT_COUNTER_STATES]

# Built once: the board is read after every change notice, and building SQLAlchemy statements
# costs as much as running these small queries. Time-dependent values are bind parameters.
_LOCATIONS = (
    select(m.Location.id, m.Location.code, m.Location.name, m.Location.ticker_text,
           m.Location.ticker_text_en, m.Municipality.code, m.Municipality.name,
           m.Municipality.primary_colour)
    .join(m.Municipality, m.Municipality.id == m.Location.municipality_id)
    .order_by(m.Municipality.name, m.Location.name)
)
_WAITING = (
    select(m.Ticket.service_id, func.count(), func.min(m.Ticket.queued_epoch))
    .where(m.Ticket.state == TicketState.WAITING.value,
           m.Ticket.business_day == bindparam("day"))
    .group_by(m.Ticket.service_id)
)
_SERVICES = (
    select(m.Service.id, m.Service.location_id, m.Service.letter, m.Service.name_nl,
           m.Service.name_en, m.Service.norm_minutes)
    .where(m.Service.active.is_(True))
    .order_by(m.Service.location_id, m.Service.sort_order, m.Service.letter)
)
_COUNTER_LETTERS = (
    select(m.CounterService.counter_id, m.Service.letter)
    .join(m.Service, m.Service.id == m.CounterService.service_id)
    .where(m.Service.active.is_(True))
    .order_by(m.Service.sort_order, m.Service.letter)
)
_SESSIONS = (
    select(m.CounterSession.counter_id, m.StaffMember.display_name,
           m.CounterSession.paused_since)
    .join(m.StaffMember, m.StaffMember.id == m.CounterSession.staff_id)
    .where(m.CounterSession.closed_at.is_(None),
           m.CounterSession.last_seen_at >= bindparam("seen_since", type_=m.UtcDateTime()))
)
_SERVING = (  # by counter, so that the (counter, state) index finds them in a year of tickets
    select(m.Ticket.counter_id, m.Ticket.number)
    .where(m.Ticket.counter_id.in_(select(m.Counter.id).where(m.Counter.active.is_(True))),
           m.Ticket.state.in_(_AT_COUNTER))
)
_COUNTERS = (
    select(m.Counter.id, m.Counter.location_id, m.Counter.number)
    .where(m.Counter.active.is_(True))
    .order_by(m.Counter.location_id, m.Counter.number)
)
_ALARMS = (
    select(m.Alarm.location_id, m.Counter.number, m.Alarm.raised_at)
    .join(m.Counter, m.Counter.id == m.Alarm.counter_id)
    .where(m.Alarm.closed_at.is_(None))
    .order_by(m.Alarm.raised_at, m.Alarm.id)
)
_CALLBACKS_WAITING = (
    select(m.CallbackEvent.location_code, func.count())
    .where(m.CallbackEvent.done_at.is_(None))
    .group_by(m.CallbackEvent.location_code)
)
_WORKSTATIONS = (
    select(m.WorkstationStatus.workstation, m.WorkstationStatus.location_code,
           m.WorkstationStatus.role, m.WorkstationStatus.pending, m.WorkstationStatus.parked,
           m.WorkstationStatus.last_error, m.WorkstationStatus.reported_at)
    .order_by(m.WorkstationStatus.workstation)
)


class SqlSupervisorReader:
    def __init__(self, database: SiteDatabase) -> None:
        self._database = database

    def board(self, now: datetime) -> SupervisorBoard:
        with self._database.read_snapshot() as session:
            services = _services(session, now)
            counters = _counters(session, now)
            alarms: dict[int, list[AlarmBoardView]] = defaultdict(list)
            for location_id, number, raised_at in session.execute(_ALARMS).all():
                alarms[location_id].append(AlarmBoardView(number, raised_at))
            callbacks = {code: int(count)
                         for code, count in session.execute(_CALLBACKS_WAITING).all()}
            locations = tuple(
                LocationBoard(
                    code=code, name=name, municipality_code=municipality_code,
                    municipality_name=municipality_name, primary_colour=colour,
                    ticker_text=ticker_nl, ticker_text_en=ticker_en,
                    services=tuple(services[location_id]), counters=tuple(counters[location_id]),
                    alarms=tuple(alarms[location_id]), callbacks_waiting=callbacks.get(code, 0),
                )
                for (location_id, code, name, ticker_nl, ticker_en, municipality_code,
                     municipality_name, colour) in session.execute(_LOCATIONS).all()
            )
            workstations = tuple(WorkstationBacklog(*row)
                                 for row in session.execute(_WORKSTATIONS).all())
        return SupervisorBoard(now, locations, workstations)


def _services(session: Session, now: datetime) -> dict[int, list[ServiceLoad]]:
    waiting = {
        service_id: (int(count), float(oldest))
        for service_id, count, oldest in session.execute(
            _WAITING, {"day": business_day(now)}).all()
    }
    loads: dict[int, list[ServiceLoad]] = defaultdict(list)
    for service_id, location_id, letter, name_nl, name_en, norm in session.execute(
            _SERVICES).all():
        count, oldest = waiting.get(service_id, (0, None))
        longest = (max(now - datetime.fromtimestamp(oldest, UTC), timedelta(0))
                   if oldest is not None else None)
        loads[location_id].append(ServiceLoad(letter, name_nl, name_en, norm, count, longest))
    return loads


def _counters(session: Session, now: datetime) -> dict[int, list[CounterBoardView]]:
    letters: dict[int, list[str]] = defaultdict(list)
    for counter_id, letter in session.execute(_COUNTER_LETTERS).all():
        letters[counter_id].append(letter)
    sessions = {counter_id: (name, paused_since) for counter_id, name, paused_since
                in session.execute(_SESSIONS, {"seen_since": now - STALE_AFTER}).all()}
    serving: dict[int | None, str] = {
        counter_id: number for counter_id, number in session.execute(_SERVING).all()}
    boards: dict[int, list[CounterBoardView]] = defaultdict(list)
    for counter_id, location_id, number in session.execute(_COUNTERS).all():
        name, paused_since = sessions.get(counter_id, ("", None))
        state = (CounterState.EMPTY if counter_id not in sessions
                 else CounterState.PAUSED if paused_since is not None else CounterState.STAFFED)
        boards[location_id].append(CounterBoardView(
            number, state, name, tuple(letters[counter_id]), serving.get(counter_id)))
    return boards
