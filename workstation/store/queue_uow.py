"""The queue unit of work on SQLAlchemy: one transaction, rolled back unless committed."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any, Self

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    case,
    exists,
    func,
    insert,
    literal,
    select,
    text,
    true,
    update,
)
from sqlalchemy.dialects import sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from workstation.domain.errors import UserFacingError
from workstation.domain.queue import (
    AT_COUNTER_STATES,
    OPEN_STATES,
    TRANSITIONS,
    CounterBusy,
    EventType,
    TicketKind,
    TicketState,
)
from workstation.domain.site import CounterInfo, LocationInfo, ServiceInfo, StaffInfo
from workstation.domain.staff import parse_roles
from workstation.domain.ticket import QueueEventRecord, Ticket, TransferNoteRecord
from workstation.store import models as m
from workstation.store.database import SiteDatabase
from workstation.store.site_rows import (
    counter_info,
    location_by_code,
    not_found,
    service_info,
)
from workstation.store.unit_of_work import SqlUnitOfWork
from workstation.store.visit_projection import moment_values

NOTIFY_CHANNEL = "loket_queue"
_AT_COUNTER = [state.value for state in AT_COUNTER_STATES]
_BUSY_INDEX = "uq_ticket_counter_busy"


def counter_busy(exc: IntegrityError) -> CounterBusy:
    return CounterBusy(
        "U heeft nog een bezoeker.",
        "Rond eerst het huidige wachtnummer af of stuur het door.",
        detail=f"one ticket per counter: {exc.orig}",
    )


class SqlQueueUnitOfWork(SqlUnitOfWork):
    def __init__(self, database: SiteDatabase) -> None:
        super().__init__(database)
        self._changed_locations: set[int] = set()

    def __enter__(self) -> Self:
        super().__enter__()
        self._changed_locations.clear()
        return self

    def commit(self) -> None:
        if self._database.is_postgres:
            for location_id in sorted(self._changed_locations):
                self.session.execute(
                    text("SELECT pg_notify(:channel, :payload)"),
                    {"channel": NOTIFY_CHANNEL, "payload": str(location_id)},
                )
        self.session.commit()

    def announce_change(self, location_id: int) -> None:
        # PostgreSQL delivers NOTIFY at commit; SQLite's data_version moves by itself.
        self._changed_locations.add(location_id)

    # -- site facts ------------------------------------------------------------------------

    def location(self, code: str) -> LocationInfo:
        return location_by_code(self.session, code)

    def service(self, location_id: int, letter: str) -> ServiceInfo:
        row = self.session.scalar(
            select(m.Service).where(
                m.Service.location_id == location_id, m.Service.letter == letter.upper(),
                m.Service.active.is_(True),
            )
        )
        if row is None:
            raise not_found("Dienst '{letter}' bestaat niet op deze vestiging.",
                             f"service {letter!r} at location {location_id}", letter=letter)
        return service_info(row)

    def service_by_id(self, service_id: int) -> ServiceInfo:
        row = self.session.get(m.Service, service_id)
        if row is None:
            raise not_found("Deze dienst bestaat niet meer.", f"service id {service_id}")
        return service_info(row)

    def counter(self, location_id: int, number: int) -> CounterInfo:
        row = self.session.scalar(
            select(m.Counter).where(m.Counter.location_id == location_id,
                                    m.Counter.number == number)
        )
        if row is None:
            raise not_found("Balie {number} bestaat niet op deze vestiging.",
                             f"counter {number} at location {location_id}", number=number)
        return counter_info(self.session, row)

    def staff(self, code: str) -> StaffInfo:
        row = self.session.scalar(select(m.StaffMember).where(m.StaffMember.code == code))
        if row is None:
            raise not_found("Medewerkerscode '{code}' is onbekend.", f"staff {code!r}", code=code)
        return StaffInfo(row.id, row.code, row.display_name, parse_roles(row.roles))

    # -- tickets ---------------------------------------------------------------------------

    def next_sequence(self, location_id: int, service_id: int, day: date) -> int:
        dialect_insert: Any = sqlite.insert
        if self._database.is_postgres:  # the dialect package loads every PostgreSQL driver's
            from sqlalchemy.dialects import postgresql

            dialect_insert = postgresql.insert
        statement = dialect_insert(m.TicketSequence).values(
            location_id=location_id, service_id=service_id, business_day=day, last_sequence=1
        )
        statement = statement.on_conflict_do_update(
            index_elements=["location_id", "service_id", "business_day"],
            set_={"last_sequence": m.TicketSequence.last_sequence + 1},
        ).returning(m.TicketSequence.last_sequence)
        return int(self.session.execute(statement).scalar_one())

    def appointment_for_update(self, location_id: int, booking_code: str) -> m.Appointment:
        row = self.session.scalar(
            select(m.Appointment)
            .where(m.Appointment.location_id == location_id,
                   m.Appointment.booking_code == booking_code)
            .with_for_update()
        )
        if row is None:
            raise UserFacingError(
                "Deze afspraakcode kennen we niet op deze vestiging.",
                "Controleer de code in de bevestigingsmail of meld u bij de balie.",
                detail="unknown booking code",
            )
        return row

    def link_appointment(self, booking_code: str, ticket_id: str) -> None:
        self.session.execute(
            update(m.Appointment).where(m.Appointment.booking_code == booking_code)
            .values(ticket_id=ticket_id)
        )

    def add_ticket(self, ticket: Ticket) -> None:
        self.session.add(m.Ticket(
            id=ticket.id, location_id=ticket.location_id,
            issued_service_id=ticket.issued_service_id, service_id=ticket.service_id,
            business_day=ticket.business_day, sequence=ticket.sequence, number=ticket.number,
            kind=ticket.kind.value, state=ticket.state.value, issued_at=ticket.issued_at,
            queued_epoch=ticket.queued_at.timestamp(),
            appointment_epoch=(ticket.appointment_at.timestamp()
                               if ticket.appointment_at else None),
            priority=ticket.priority,
        ))
        self.session.flush()

    def save_ticket(self, ticket: Ticket) -> None:
        try:
            self.session.execute(
                update(m.Ticket).where(m.Ticket.id == ticket.id).values(
                    state=ticket.state.value, service_id=ticket.service_id,
                    counter_id=ticket.counter_id, target_counter_id=ticket.target_counter_id,
                    staff_id=ticket.staff_id,
                )
            )
        except IntegrityError as exc:
            if _BUSY_INDEX in str(exc.orig) or "ticket.counter_id" in str(exc.orig):
                raise counter_busy(exc) from exc
            raise

    def add_event(self, event: QueueEventRecord) -> None:
        # A plain INSERT: events are never read back in the same transaction, so the ORM's
        # identity map and flush would only cost time on the call-next path.
        self.session.execute(insert(m.QueueEvent).values(
            ticket_id=event.ticket_id, location_id=event.location_id,
            service_id=event.service_id, type=event.type.value, at=event.at,
            counter_id=event.counter_id, staff_id=event.staff_id,
            to_service_id=event.to_service_id, to_counter_id=event.to_counter_id,
            note=event.note,
        ))
        # The visit's moments on the ticket, in the event's transaction (visit_projection.py).
        moved = moment_values(event.type.value, event.at.timestamp())
        if moved:
            self.session.execute(
                update(m.Ticket).where(m.Ticket.id == event.ticket_id).values(moved))

    def last_event(self, ticket_id: str) -> tuple[EventType, datetime] | None:
        row = self.session.execute(
            select(m.QueueEvent.type, m.QueueEvent.at)
            .where(m.QueueEvent.ticket_id == ticket_id)
            .order_by(m.QueueEvent.id.desc())
            .limit(1)
        ).first()
        return None if row is None else (EventType(row[0]), row[1])

    def add_transfer_note(self, note: TransferNoteRecord) -> None:
        self.session.execute(insert(m.TransferNote).values(
            ticket_id=note.ticket_id, from_counter_id=note.from_counter_id,
            from_staff_id=note.from_staff_id, text=note.text, written_at=note.written_at,
            purge_after=note.purge_after,
        ))

    def ticket_for_update(self, ticket_id: str) -> Ticket:
        row = self.session.scalar(
            select(m.Ticket).where(m.Ticket.id == ticket_id).with_for_update()
        )
        if row is None:
            raise not_found("Dit wachtnummer bestaat niet.", f"ticket {ticket_id}")
        return self._ticket(row)

    def counter_ticket_for_update(self, counter_id: int) -> Ticket | None:
        row = self.session.scalar(
            select(m.Ticket)
            .where(m.Ticket.counter_id == counter_id,
                   m.Ticket.state.in_([TicketState.CALLED.value, TicketState.SERVING.value]))
            .order_by(m.Ticket.queued_epoch)
            .limit(1)
            .with_for_update()
        )
        return None if row is None else self._ticket(row)

    def lock_counter(self, counter_id: int) -> bool:
        """Lock the counter's row until commit, so two processes acting as one counter take
        turns; returns whether the counter is paused. (FOR NO KEY UPDATE: events of other
        counters that name this one, such as a transfer to it, need not wait.)"""
        paused = (
            select(m.CounterSession.paused_since)
            .where(m.CounterSession.counter_id == counter_id,
                   m.CounterSession.closed_at.is_(None))
            .order_by(m.CounterSession.id.desc()).limit(1).scalar_subquery()
        )
        row = self.session.execute(
            select(m.Counter.id, paused.label("paused_since"))
            .where(m.Counter.id == counter_id)
            .with_for_update(of=m.Counter, key_share=True)
        ).first()
        return row is not None and row.paused_since is not None

    def claim_next(self, location_id: int, counter_id: int, staff_id: int | None,
                   now: datetime, day: date) -> tuple[Ticket, bool] | None:
        """Call the first of ``day``'s waiting tickets in call order this counter may call:
        the ticket and True, or the counter's current ticket and False, or None. The
        counter's services are read in the same statement, as they are now: a supervisor may
        open or close one while the counter works.

        PostgreSQL does it in one statement (pick with SKIP LOCKED, the CALLED transition,
        its event and the change notice); SQLite, whose write lock serialises everything,
        in a few plain ones.
        """
        if self._database.is_postgres:
            return self._claim_in_one_statement(location_id, counter_id, staff_id, now, day)
        current = self.counter_ticket_for_update(counter_id)
        if current is not None:
            return current, False
        row = self.session.scalar(self._candidates(location_id, counter_id, now, day))
        if row is None:
            return None
        # Calls count since the ticket last arrived in a queue, and only a call takes it out
        # of WAITING: a waiting ticket has made none, so skip that round trip.
        called, event = self._ticket(row, calls=0).call(now, counter_id, staff_id)
        self.save_ticket(called)
        self.add_event(event)
        self.announce_change(location_id)
        return called, True

    def _candidates(self, location_id: int, counter_id: int, now: datetime, day: date,
                    ) -> Select[m.Ticket]:
        """Waiting tickets of ``day`` this counter may call, in call order (domain/queue.py:
        due appointments, then wait / norm, then the earliest start of waiting)."""
        now_s = now.timestamp()
        # Due appointments, then priority tickets, then the rest (domain.queue.call_order_key).
        appointment_due = case(
            (m.Ticket.appointment_epoch.is_not(None) & (m.Ticket.appointment_epoch <= now_s), 0),
            (m.Ticket.priority.is_(True), 1),
            else_=2,
        )
        waits_from: ColumnElement[float] = case(
            (m.Ticket.appointment_epoch > m.Ticket.queued_epoch, m.Ticket.appointment_epoch),
            else_=m.Ticket.queued_epoch,
        )
        wait_ratio = (now_s - waits_from) / (m.Service.norm_minutes * 60.0)
        for_this_counter = (
            (m.Ticket.target_counter_id.is_(None) & m.Ticket.service_id.in_(
                select(m.CounterService.service_id)
                .where(m.CounterService.counter_id == counter_id)))
            | (m.Ticket.target_counter_id == counter_id)
        )
        callable_from = [s.value for s in TRANSITIONS[EventType.CALLED][0]]
        return (
            select(m.Ticket)
            .join(m.Service, m.Service.id == m.Ticket.service_id)
            .where(m.Ticket.location_id == location_id, m.Ticket.state.in_(callable_from),
                   m.Ticket.business_day == day, for_this_counter)
            .order_by(appointment_due, wait_ratio.desc(), waits_from, m.Ticket.sequence,
                      m.Ticket.id)
            .limit(1)
            .with_for_update(skip_locked=True, of=m.Ticket)
        )

    def _claim_in_one_statement(self, location_id: int, counter_id: int,
                                staff_id: int | None, now: datetime, day: date,
                                ) -> tuple[Ticket, bool] | None:
        busy = (select(m.Ticket.id)
                .where(m.Ticket.counter_id == counter_id, m.Ticket.state.in_(_AT_COUNTER))
                .cte("busy"))
        picked = (self._candidates(location_id, counter_id, now, day)
                  .where(~exists(select(busy.c.id)))
                  .with_only_columns(m.Ticket.id).cte("picked"))
        target = TRANSITIONS[EventType.CALLED][1]
        called = (
            update(m.Ticket).where(m.Ticket.id == picked.c.id)
            .values(state=target.value, counter_id=counter_id, staff_id=staff_id,
                    target_counter_id=None,
                    **moment_values(EventType.CALLED.value, now.timestamp()))
            .returning(*m.Ticket.__table__.columns).cte("called")
        )
        logged = insert(m.QueueEvent).from_select(
            ["ticket_id", "location_id", "service_id", "type", "at", "counter_id", "staff_id",
             "note"],
            select(called.c.id, called.c.location_id, called.c.service_id,
                   literal(EventType.CALLED.value), literal(now, m.UtcDateTime()),
                   literal(counter_id), literal(staff_id, Integer), literal("")),
        ).cte("logged")
        notices = select(func.count()).select_from(
            select(func.pg_notify(NOTIFY_CHANNEL, str(location_id)).label("n"))
            .select_from(called).subquery()).scalar_subquery()
        one = select(literal(1).label("one")).subquery("one")
        statement = (
            select(select(busy.c.id).limit(1).scalar_subquery().label("busy_id"),
                   *called.c, notices.label("notices"))
            .select_from(one.outerjoin(called, true()))
            .add_cte(logged)
        )
        try:
            row = self.session.execute(statement).one()
        except IntegrityError as exc:  # a writer that did not lock the counter row
            raise counter_busy(exc) from exc
        if row.busy_id is not None:
            return self.ticket_for_update(row.busy_id), False
        if row.id is None:
            return None
        return Ticket(
            id=row.id, location_id=row.location_id, issued_service_id=row.issued_service_id,
            service_id=row.service_id, business_day=row.business_day, sequence=row.sequence,
            number=row.number, kind=TicketKind(row.kind), state=TicketState(row.state),
            issued_at=row.issued_at, queued_at=datetime.fromtimestamp(row.queued_epoch, UTC),
            appointment_at=(datetime.fromtimestamp(row.appointment_epoch, UTC)
                            if row.appointment_epoch is not None else None),
            counter_id=row.counter_id, target_counter_id=row.target_counter_id,
            staff_id=row.staff_id, calls_made=1, priority=bool(row.priority),
        ), True

    def _ticket(self, row: m.Ticket, calls: int | None = None) -> Ticket:
        return Ticket(
            id=row.id, location_id=row.location_id, issued_service_id=row.issued_service_id,
            service_id=row.service_id, business_day=row.business_day, sequence=row.sequence,
            number=row.number, kind=TicketKind(row.kind), state=TicketState(row.state),
            issued_at=row.issued_at,
            queued_at=datetime.fromtimestamp(row.queued_epoch, UTC),
            appointment_at=(datetime.fromtimestamp(row.appointment_epoch, UTC)
                            if row.appointment_epoch is not None else None),
            counter_id=row.counter_id, target_counter_id=row.target_counter_id,
            staff_id=row.staff_id,
            calls_made=calls_made(self.session, row.id) if calls is None else calls,
            priority=bool(row.priority),
        )

    def ticket_by_number(self, location_id: int, number: str, day: date) -> Ticket:
        """The ticket with this number on ``day`` at the location, locked until commit."""
        row = self.session.scalar(
            select(m.Ticket).where(m.Ticket.location_id == location_id,
                                   m.Ticket.number == number.strip().upper(),
                                   m.Ticket.business_day == day)
            .order_by(m.Ticket.issued_at.desc()).limit(1).with_for_update()
        )
        if row is None:
            raise not_found("Wachtnummer {number} bestaat vandaag niet op deze vestiging.",
                             f"ticket {number!r} on {day}", number=number)
        return self._ticket(row)

    def tickets_to_close(self, location_id: int, until: date) -> list[Ticket]:
        """Tickets of ``until`` and earlier days that closing the day ends, locked."""
        closable = [s.value for s in TRANSITIONS[EventType.DAY_CLOSED][0]]
        rows = self.session.scalars(
            select(m.Ticket).where(m.Ticket.location_id == location_id,
                                   m.Ticket.business_day <= until,
                                   m.Ticket.state.in_(closable))
            .order_by(m.Ticket.business_day, m.Ticket.sequence).with_for_update()
        ).all()
        return [self._ticket(row, calls=0) for row in rows]

    def open_days(self, location_id: int, before: date) -> list[date]:
        """Earlier business days that still have open tickets at the location."""
        return list(self.session.scalars(
            select(m.Ticket.business_day).distinct()
            .where(m.Ticket.location_id == location_id, m.Ticket.business_day < before,
                   m.Ticket.state.in_([s.value for s in OPEN_STATES]))
            .order_by(m.Ticket.business_day)
        ))

    def opening_periods(self, location_id: int) -> list[tuple[int, time, time]]:
        return [(row.weekday, row.opens, row.closes) for row in self.session.scalars(
            select(m.OpeningHours).where(m.OpeningHours.location_id == location_id))]

    # -- counters ------------------------------------------------------------------------

    def touch_counter_session(self, counter_id: int, now: datetime) -> bool:
        """The running workstation's heartbeat; False when the counter has no open session."""
        result = self.session.execute(
            update(m.CounterSession)
            .where(m.CounterSession.counter_id == counter_id,
                   m.CounterSession.closed_at.is_(None))
            .values(last_seen_at=now)
        )
        return bool(getattr(result, "rowcount", 0))

    def open_counter_session(self, counter_id: int, staff_id: int, now: datetime) -> None:
        self.close_counter_session(counter_id, now)
        self.session.add(m.CounterSession(counter_id=counter_id, staff_id=staff_id,
                                          opened_at=now, last_seen_at=now))

    def close_counter_session(self, counter_id: int, now: datetime) -> None:
        self.session.execute(
            update(m.CounterSession)
            .where(m.CounterSession.counter_id == counter_id,
                   m.CounterSession.closed_at.is_(None))
            .values(closed_at=now)
        )


def calls_made(session: Session, ticket_id: str) -> int:
    """Calls since the ticket last arrived at a counter's queue, counted from its events."""
    last_transfer = (
        select(func.coalesce(func.max(m.QueueEvent.id), 0))
        .where(m.QueueEvent.ticket_id == ticket_id,
               m.QueueEvent.type == EventType.TRANSFERRED.value)
        .scalar_subquery()
    )
    return int(session.scalar(
        select(func.count()).select_from(m.QueueEvent).where(
            m.QueueEvent.ticket_id == ticket_id,
            m.QueueEvent.type.in_([EventType.CALLED.value, EventType.RECALLED.value]),
            m.QueueEvent.id > last_transfer,
        )
    ) or 0)
