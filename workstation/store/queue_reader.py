"""Read side of the queue: snapshots for screens, derived from tickets and events."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime, timedelta

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session, aliased

from workstation.domain.counter_tickets import (
    STALE_AFTER,
    CounterTicketView,
    ParkedTicketView,
    is_live,
)
from workstation.domain.overview import (
    AppointmentView,
    CallView,
    CounterPresenceView,
    CurrentTicketView,
    LocationOverview,
    ServiceQueueView,
    TodayTicketView,
    TransferNoteView,
    WaitingTicketView,
)
from workstation.domain.queue import (
    AT_COUNTER_STATES,
    RECENT_SERVICE_WINDOW,
    EventType,
    TicketKind,
    TicketState,
    WaitEstimateInput,
    business_day,
    expected_wait,
    waits_from,
)
from workstation.domain.site import LocationInfo, ServiceInfo
from workstation.store import models as m
from workstation.store.database import SiteDatabase
from workstation.store.queue_uow import calls_made
from workstation.store.site_rows import location_by_code, service_info

_CALL_TYPES = (EventType.CALLED.value, EventType.RECALLED.value)
_SERVICE_END_TYPES = (EventType.FINISHED.value, EventType.TRANSFERRED.value)
# Calls older than this are not shown as "earlier calls" (the display lists today's).
RECENT_CALLS_WINDOW = timedelta(hours=24)


class SqlQueueReader:
    def __init__(self, database: SiteDatabase) -> None:
        self._database = database

    def location(self, code: str) -> LocationInfo:
        with self._database.read_snapshot() as session:
            return location_by_code(session, code)

    def services(self, location_id: int) -> tuple[ServiceInfo, ...]:
        with self._database.read_snapshot() as session:
            return tuple(service_info(s) for s in _active_services(session, location_id))

    def overview(self, location_code: str, now: datetime, recent_calls: int,
                 ) -> LocationOverview:
        with self._database.read_snapshot() as session:
            location = location_by_code(session, location_code)
            location_id = location.id
            services = _active_services(session, location_id)
            waiting = self._waiting(session, location_id, now)
            # One query each for all services, not one per service: a screen re-reads this
            # after every change, and its delay is the change feed's latency.
            seconds = _service_seconds_by_service(
                session, location_id, [s.id for s in services], now - RECENT_SERVICE_WINDOW)
            counters = _counters_serving_by_service(session, location_id, now)
            service_views = tuple(
                ServiceQueueView(
                    service_id=s.id, letter=s.letter, name_nl=s.name_nl, name_en=s.name_en,
                    norm_minutes=s.norm_minutes, is_appointment=s.is_appointment,
                    waiting=tuple(waiting.get(s.id, ())),
                    # Ahead of a newcomer, as on the ticket (``wait_estimate``): tickets that
                    # wait for one particular counter are not in the service's queue.
                    expected_wait=expected_wait(WaitEstimateInput(
                        tickets_ahead=sum(t.target_counter_number is None
                                          for t in waiting.get(s.id, ())),
                        recent_service_seconds=seconds.get(s.id, []),
                        counters_serving=counters.get(s.id, 0),
                        norm_minutes=s.norm_minutes,
                    )),
                )
                for s in services
            )
            calls = _recent_calls(session, location_id, recent_calls, now - RECENT_CALLS_WINDOW)
        return LocationOverview(location_id, location_code, now, service_views, calls,
                                location.ticker_text, location.ticker_text_en)

    @staticmethod
    def _waiting(session: Session, location_id: int, now: datetime,
                 ) -> dict[int, list[WaitingTicketView]]:
        target = aliased(m.Counter)
        rows = session.execute(
            select(m.Ticket, m.Service.norm_minutes, target.number)
            .join(m.Service, m.Service.id == m.Ticket.service_id)
            .outerjoin(target, target.id == m.Ticket.target_counter_id)
            .where(m.Ticket.location_id == location_id,
                   m.Ticket.state == TicketState.WAITING.value,
                   m.Ticket.business_day == business_day(now))
            .order_by(m.Ticket.queued_epoch, m.Ticket.business_day, m.Ticket.sequence)
        ).all()
        notes = transfer_notes(session, [ticket.id for ticket, _, _ in rows])
        by_service: dict[int, list[WaitingTicketView]] = defaultdict(list)
        for ticket, norm_minutes, target_number in rows:
            # An appointment checked in early waits from its slot: not "te lang" before it.
            queued_at = waits_from(
                datetime.fromtimestamp(ticket.queued_epoch, UTC),
                (datetime.fromtimestamp(ticket.appointment_epoch, UTC)
                 if ticket.appointment_epoch is not None else None))
            waited = max(now - queued_at, timedelta(0))
            by_service[ticket.service_id].append(WaitingTicketView(
                ticket_id=ticket.id, number=ticket.number, service_id=ticket.service_id,
                kind=TicketKind(ticket.kind), queued_at=queued_at, waited=waited,
                norm_ratio=waited.total_seconds() / (norm_minutes * 60.0),
                target_counter_number=target_number, note=notes.get(ticket.id),
                priority=bool(ticket.priority),
            ))
        return by_service

    def current_ticket(self, counter_id: int, now: datetime) -> CurrentTicketView | None:
        with self._database.read_snapshot() as session:
            row = session.execute(
                select(m.Ticket, m.Service)
                .join(m.Service, m.Service.id == m.Ticket.service_id)
                .where(m.Ticket.counter_id == counter_id,
                       m.Ticket.state.in_([TicketState.CALLED.value,
                                           TicketState.SERVING.value]))
                .order_by(m.Ticket.queued_epoch)
                .limit(1)
            ).first()
            if row is None:
                return None
            ticket, service = row
            return CurrentTicketView(
                ticket_id=ticket.id, number=ticket.number, service_id=service.id,
                service_name_nl=service.name_nl, service_name_en=service.name_en,
                state=TicketState(ticket.state), kind=TicketKind(ticket.kind),
                issued_at=ticket.issued_at, waited=max(now - ticket.issued_at, timedelta(0)),
                calls_made=calls_made(session, ticket.id),
                note=transfer_notes(session, [ticket.id]).get(ticket.id),
                priority=bool(ticket.priority),
                appointment_at=(datetime.fromtimestamp(ticket.appointment_epoch, UTC)
                                if ticket.appointment_epoch is not None else None),
            )

    def appointments(self, location_id: int, since: datetime, until: datetime,
                     ) -> tuple[AppointmentView, ...]:
        with self._database.read_snapshot() as session:
            rows = session.execute(
                select(m.Appointment, m.Service.letter)
                .join(m.Service, m.Service.id == m.Appointment.service_id)
                .where(m.Appointment.location_id == location_id,
                       m.Appointment.scheduled_at >= since, m.Appointment.scheduled_at < until)
                .order_by(m.Appointment.scheduled_at, m.Appointment.booking_code)
            ).all()
            return tuple(AppointmentView(a.booking_code, a.scheduled_at, letter,
                                         a.ticket_id is not None) for a, letter in rows)

    def tickets_today(self, location_id: int, since: datetime,
                      counter_id: int | None = None) -> tuple[TodayTicketView, ...]:
        last_change = (
            select(m.QueueEvent.ticket_id, func.max(m.QueueEvent.at).label("at"))
            .where(m.QueueEvent.location_id == location_id, m.QueueEvent.at >= since)
            .group_by(m.QueueEvent.ticket_id)
        )
        if counter_id is not None:
            last_change = last_change.where(m.QueueEvent.counter_id == counter_id)
        changed = last_change.subquery()
        query = (
            select(m.Ticket, m.Service.letter, m.Counter.number, changed.c.at)
            .join(changed, changed.c.ticket_id == m.Ticket.id)
            .join(m.Service, m.Service.id == m.Ticket.service_id)
            .outerjoin(m.Counter, m.Counter.id == m.Ticket.counter_id)
            .where(m.Ticket.location_id == location_id)
        )
        if counter_id is None:
            query = query.where(m.Ticket.issued_at >= since).order_by(
                m.Ticket.issued_at.desc(), m.Ticket.number)
        else:
            query = query.order_by(changed.c.at.desc(), m.Ticket.number)
        with self._database.read_snapshot() as session:
            return tuple(
                TodayTicketView(
                    ticket_id=ticket.id, number=ticket.number, service_letter=letter,
                    kind=TicketKind(ticket.kind), state=TicketState(ticket.state),
                    issued_at=ticket.issued_at, last_change_at=_aware(at),
                    priority=bool(ticket.priority), counter_number=counter_number,
                )
                for ticket, letter, counter_number, at in session.execute(query).all()
            )

    def counter_presence(self, location_id: int) -> tuple[CounterPresenceView, ...]:
        with self._database.read_snapshot() as session:
            rows = session.execute(
                select(m.Counter.number, m.StaffMember.display_name)
                .outerjoin(m.CounterSession, (m.CounterSession.counter_id == m.Counter.id)
                           & m.CounterSession.closed_at.is_(None))
                .outerjoin(m.StaffMember, m.StaffMember.id == m.CounterSession.staff_id)
                .where(m.Counter.location_id == location_id, m.Counter.active.is_(True))
                .order_by(m.Counter.number, m.CounterSession.opened_at.desc())
            ).all()
        present: dict[int, str] = {}
        for number, name in rows:
            present.setdefault(number, name or "")
        return tuple(CounterPresenceView(number, name) for number, name in present.items())

    def wait_estimate(self, service: ServiceInfo, since: datetime) -> WaitEstimateInput:
        """What a new ticket's expected wait depends on, read in one snapshot: the tickets
        waiting for the service, its service times since ``since``, the counters serving it."""
        now = since + RECENT_SERVICE_WINDOW  # the service asks for the recent window
        with self._database.read_snapshot() as session:
            waiting = int(session.scalar(
                select(func.count()).select_from(m.Ticket).where(
                    m.Ticket.location_id == service.location_id,
                    m.Ticket.service_id == service.id,
                    m.Ticket.state == TicketState.WAITING.value,
                    m.Ticket.business_day == business_day(now),
                    m.Ticket.target_counter_id.is_(None),
                )
            ) or 0)
            seconds = _service_seconds_by_service(session, service.location_id, [service.id],
                                                  since)
            counters = _counters_serving_by_service(session, service.location_id, now)
        return WaitEstimateInput(
            tickets_ahead=waiting, recent_service_seconds=seconds.get(service.id, []),
            counters_serving=counters.get(service.id, 0), norm_minutes=service.norm_minutes,
        )

    def parked_tickets(self, counter_id: int) -> tuple[ParkedTicketView, ...]:
        with self._database.read_snapshot() as session:
            parked_at = func.max(m.QueueEvent.at)
            rows = session.execute(
                select(m.Ticket.id, m.Ticket.number, parked_at)
                .join(m.QueueEvent, m.QueueEvent.ticket_id == m.Ticket.id)
                .where(m.Ticket.counter_id == counter_id,
                       m.Ticket.state == TicketState.PARKED.value,
                       m.QueueEvent.type == EventType.PARKED.value)
                .group_by(m.Ticket.id, m.Ticket.number)
                .order_by(parked_at)
            ).all()
        return tuple(ParkedTicketView(ticket_id, number, at) for ticket_id, number, at in rows)

    def counter_tickets(self, location_id: int, now: datetime,
                        ) -> tuple[CounterTicketView, ...]:
        with self._database.read_snapshot() as session:
            rows = session.execute(
                select(m.Ticket.id, m.Ticket.number, m.Counter.number, m.Ticket.state,
                       m.CounterSession.last_seen_at, m.CounterSession.opened_at,
                       m.CounterSession.id)
                .join(m.Counter, m.Counter.id == m.Ticket.counter_id)
                .outerjoin(m.CounterSession,
                           (m.CounterSession.counter_id == m.Counter.id)
                           & m.CounterSession.closed_at.is_(None))
                .where(m.Ticket.location_id == location_id,
                       m.Ticket.state.in_([s.value for s in AT_COUNTER_STATES]))
                .order_by(m.Counter.number, m.CounterSession.id.desc())
            ).all()
        views: dict[str, CounterTicketView] = {}
        for ticket_id, number, counter, state, seen, opened, session_id in rows:
            if ticket_id in views:  # a counter with two open sessions: the newest counts
                continue
            last_seen = (seen or opened) if session_id is not None else None
            views[ticket_id] = CounterTicketView(ticket_id, number, counter, TicketState(state),
                                                 last_seen, not is_live(last_seen, now))
        return tuple(views.values())


def _active_services(session: Session, location_id: int) -> list[m.Service]:
    return list(session.scalars(
        select(m.Service)
        .where(m.Service.location_id == location_id, m.Service.active.is_(True))
        .order_by(m.Service.sort_order, m.Service.letter)
    ))


def _service_seconds_by_service(session: Session, location_id: int, service_ids: list[int],
                                since: datetime) -> dict[int, list[float]]:
    """Durations from serving_started to finished/transferred, from the events alone. By
    location and time first (the index), so a site with a year of events reads two hours."""
    rows = session.execute(
        select(m.QueueEvent.service_id, m.QueueEvent.ticket_id, m.QueueEvent.type,
               m.QueueEvent.at)
        .where(m.QueueEvent.location_id == location_id, m.QueueEvent.at >= since,
               m.QueueEvent.service_id.in_(service_ids),
               m.QueueEvent.type.in_([EventType.SERVING_STARTED.value, *_SERVICE_END_TYPES]))
        .order_by(m.QueueEvent.id)
    ).all()
    started: dict[tuple[int, str], datetime] = {}
    durations: dict[int, list[float]] = defaultdict(list)
    for service_id, ticket_id, type_, at in rows:
        if type_ == EventType.SERVING_STARTED.value:
            started[service_id, ticket_id] = at
        elif (service_id, ticket_id) in started:
            begun = started.pop((service_id, ticket_id))
            durations[service_id].append((at - begun).total_seconds())
    return durations


def _counters_serving_by_service(session: Session, location_id: int, now: datetime,
                                 ) -> dict[int, int]:
    """Per service: counters that serve it with someone signed in, not paused, and a
    workstation seen within STALE_AFTER. A counter with nobody there does not count."""
    rows = session.execute(
        select(m.CounterService.service_id, func.count(distinct(m.Counter.id)))
        .join(m.CounterService, m.CounterService.counter_id == m.Counter.id)
        .join(m.CounterSession, m.CounterSession.counter_id == m.Counter.id)
        .where(m.Counter.location_id == location_id, m.Counter.active.is_(True),
               m.CounterSession.closed_at.is_(None), m.CounterSession.paused_since.is_(None),
               m.CounterSession.last_seen_at >= now - STALE_AFTER)
        .group_by(m.CounterService.service_id)
    ).all()
    return {service_id: int(n) for service_id, n in rows}


def _recent_calls(session: Session, location_id: int, limit: int, since: datetime,
                  ) -> tuple[CallView, ...]:
    """The newest calls since ``since``: bounded by time first (the location/time index), so
    a site with a year of events does not sort them all on every re-read."""
    rows = session.execute(
        select(m.QueueEvent, m.Ticket.number, m.Ticket.state, m.Ticket.counter_id,
               m.Counter.number)
        .join(m.Ticket, m.Ticket.id == m.QueueEvent.ticket_id)
        .join(m.Counter, m.Counter.id == m.QueueEvent.counter_id)
        .where(m.QueueEvent.location_id == location_id, m.QueueEvent.at >= since,
               m.QueueEvent.type.in_(_CALL_TYPES))
        .order_by(m.QueueEvent.id.desc())
        .limit(limit)
    ).all()
    return tuple(
        CallView(
            event_id=event.id, ticket_id=event.ticket_id, number=number,
            counter_number=counter_number, called_at=event.at,
            recall=event.type == EventType.RECALLED.value,
            is_current=state == TicketState.CALLED.value and ticket_counter == event.counter_id,
        )
        for event, number, state, ticket_counter, counter_number in rows
    )


def _aware(moment: datetime) -> datetime:
    """max() over a UTC column comes back naive on SQLite; the values are UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def transfer_notes(session: Session, ticket_ids: list[str]) -> dict[str, TransferNoteView]:
    """Per ticket, the note of its latest transfer (none when that transfer had no note)."""
    if not ticket_ids:
        return {}
    last_transfer: dict[str, datetime] = {
        ticket_id: at for ticket_id, at in session.execute(
            select(m.QueueEvent.ticket_id, func.max(m.QueueEvent.at))
            .where(m.QueueEvent.ticket_id.in_(ticket_ids),
                   m.QueueEvent.type == EventType.TRANSFERRED.value)
            .group_by(m.QueueEvent.ticket_id)
        ).all()
    }
    if not last_transfer:
        return {}
    rows = session.execute(
        select(m.TransferNote, m.Counter.number, m.StaffMember.display_name)
        .outerjoin(m.Counter, m.Counter.id == m.TransferNote.from_counter_id)
        .outerjoin(m.StaffMember, m.StaffMember.id == m.TransferNote.from_staff_id)
        .where(m.TransferNote.ticket_id.in_(list(last_transfer)))
        .order_by(m.TransferNote.written_at, m.TransferNote.id)
    ).all()
    notes: dict[str, TransferNoteView] = {}
    for note, counter_number, staff_name in rows:
        if note.written_at >= _aware(last_transfer[note.ticket_id]):
            notes[note.ticket_id] = TransferNoteView(note.text, counter_number,
                                                     staff_name or "", note.written_at)
    return notes
