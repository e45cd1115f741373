"""The queue unit of work on SQLAlchemy: one transaction, rolled back unless committed."""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from datetime import UTC, date, datetime
from types import TracebackType
from typing import Any, Self

from sqlalchemy import case, func, insert, select, text, update
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

from workstation.domain.errors import UserFacingError
from workstation.domain.queue import EventType, TicketKind, TicketState
from workstation.domain.site import CounterInfo, LocationInfo, ServiceInfo, StaffInfo
from workstation.domain.staff import parse_roles
from workstation.domain.ticket import QueueEventRecord, Ticket, TransferNoteRecord
from workstation.store import models as m
from workstation.store.database import SiteDatabase
from workstation.store.errors import database_unavailable, is_connection_problem
from workstation.store.site_rows import (
    counter_info,
    location_by_code,
    not_found,
    service_info,
)

NOTIFY_CHANNEL = "loket_queue"


class SqlQueueUnitOfWork:
    def __init__(self, database: SiteDatabase) -> None:
        self._database = database
        self._session: Session | None = None
        self._turn: AbstractContextManager[None] = nullcontext()
        self._changed_locations: set[int] = set()

    @property
    def session(self) -> Session:
        assert self._session is not None, "unit of work used outside its with-block"
        return self._session

    def __enter__(self) -> Self:
        self._turn = self._database.writer_turn()
        self._turn.__enter__()
        self._session = Session(self._database.engine, expire_on_commit=False)
        self._changed_locations.clear()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session, self._session = self.session, None
        try:
            session.rollback()
            session.close()
        except Exception as close_exc:
            if exc is None and is_connection_problem(close_exc):
                raise database_unavailable(close_exc) from close_exc
        finally:
            self._turn.__exit__(None, None, None)
        if exc is not None and is_connection_problem(exc):
            raise database_unavailable(exc) from exc

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
        self.session.execute(
            update(m.Ticket).where(m.Ticket.id == ticket.id).values(
                state=ticket.state.value, service_id=ticket.service_id,
                counter_id=ticket.counter_id, target_counter_id=ticket.target_counter_id,
                staff_id=ticket.staff_id,
            )
        )

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

    def claim_next(self, location_id: int, counter: CounterInfo, now: datetime,
                   ) -> Ticket | None:
        now_s = now.timestamp()
        # Due appointments, then priority tickets, then the rest (domain.queue.call_order_key).
        appointment_due = case(
            (m.Ticket.appointment_epoch.is_not(None) & (m.Ticket.appointment_epoch <= now_s), 0),
            (m.Ticket.priority.is_(True), 1),
            else_=2,
        )
        wait_ratio = (now_s - m.Ticket.queued_epoch) / (m.Service.norm_minutes * 60.0)
        for_this_counter = (
            (m.Ticket.target_counter_id.is_(None) & m.Ticket.service_id.in_(counter.service_ids))
            | (m.Ticket.target_counter_id == counter.id)
        )
        row = self.session.scalar(
            select(m.Ticket)
            .join(m.Service, m.Service.id == m.Ticket.service_id)
            .where(m.Ticket.location_id == location_id,
                   m.Ticket.state == TicketState.WAITING.value, for_this_counter)
            .order_by(appointment_due, wait_ratio.desc(), m.Ticket.queued_epoch,
                      m.Ticket.business_day, m.Ticket.sequence, m.Ticket.id)
            .limit(1)
            .with_for_update(skip_locked=True, of=m.Ticket)
        )
        # Calls count since the ticket last arrived in a queue, and only a call takes it out
        # of WAITING: a waiting ticket has made none, so skip that round trip.
        return None if row is None else self._ticket(row, calls=0)

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

    # -- counters and alarms ---------------------------------------------------------------

    def open_counter_session(self, counter_id: int, staff_id: int, now: datetime) -> None:
        self.close_counter_session(counter_id, now)
        self.session.add(m.CounterSession(counter_id=counter_id, staff_id=staff_id,
                                          opened_at=now))

    def close_counter_session(self, counter_id: int, now: datetime) -> None:
        self.session.execute(
            update(m.CounterSession)
            .where(m.CounterSession.counter_id == counter_id,
                   m.CounterSession.closed_at.is_(None))
            .values(closed_at=now)
        )

    def counter_paused(self, counter_id: int) -> bool:
        return self.session.scalar(
            select(m.CounterSession.id).where(m.CounterSession.counter_id == counter_id,
                                              m.CounterSession.closed_at.is_(None),
                                              m.CounterSession.paused_since.is_not(None))
            .limit(1)
        ) is not None

    def raise_alarm(self, location_id: int, counter_id: int, staff_id: int | None,
                    now: datetime) -> int:
        alarm = m.Alarm(location_id=location_id, counter_id=counter_id, raised_by=staff_id,
                        raised_at=now)
        self.session.add(alarm)
        self.session.flush()
        return alarm.id

    def acknowledge_alarm(self, alarm_id: int, staff_id: int | None, now: datetime) -> None:
        self.session.execute(
            update(m.Alarm).where(m.Alarm.id == alarm_id, m.Alarm.acknowledged_at.is_(None))
            .values(acknowledged_at=now, acknowledged_by=staff_id)
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
