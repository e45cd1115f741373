"""The ports the queue use cases need; ``workstation.store`` implements them.

A unit of work is one database transaction: leaving the ``with`` block without ``commit()``
rolls back (cosmicpython). Methods named ``*_for_update`` lock what they return until then.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from types import TracebackType
from typing import Protocol, Self

from workstation.domain.counter_tickets import CounterTicketView, ParkedTicketView
from workstation.domain.overview import (
    AppointmentView,
    CounterPresenceView,
    CurrentTicketView,
    LocationOverview,
    TodayTicketView,
)
from workstation.domain.queue import EventType, WaitEstimateInput
from workstation.domain.site import CounterInfo, LocationInfo, ServiceInfo, StaffInfo
from workstation.domain.ticket import QueueEventRecord, Ticket, TransferNoteRecord


class AppointmentSlot(Protocol):
    service_id: int
    scheduled_at: datetime
    ticket_id: str | None


class QueueUnitOfWork(Protocol):
    def __enter__(self) -> Self: ...

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    def commit(self) -> None: ...

    def location(self, code: str) -> LocationInfo: ...

    def service(self, location_id: int, letter: str) -> ServiceInfo: ...

    def service_by_id(self, service_id: int) -> ServiceInfo: ...

    def counter(self, location_id: int, number: int) -> CounterInfo: ...

    def staff(self, code: str) -> StaffInfo: ...

    def next_sequence(self, location_id: int, service_id: int, day: date) -> int: ...

    def appointment_for_update(self, location_id: int, booking_code: str) -> AppointmentSlot: ...

    def link_appointment(self, booking_code: str, ticket_id: str) -> None: ...

    def add_ticket(self, ticket: Ticket) -> None: ...

    def save_ticket(self, ticket: Ticket) -> None: ...

    def add_event(self, event: QueueEventRecord) -> None: ...

    def ticket_for_update(self, ticket_id: str) -> Ticket: ...

    def last_event(self, ticket_id: str) -> tuple[EventType, datetime] | None:
        """The type and time of the ticket's newest event."""
        ...

    def add_transfer_note(self, note: TransferNoteRecord) -> None: ...

    def lock_counter(self, counter_id: int) -> bool:
        """Lock the counter until commit (one process at a time acts as it); True: paused."""
        ...

    def claim_next(self, location_id: int, counter_id: int, staff_id: int | None,
                   now: datetime, day: date) -> tuple[Ticket, bool] | None:
        """Call the first of ``day``'s waiting tickets in call order this counter may call
        (by its services as they are at that moment),
        skipping locked rows: (the called ticket, True); or (the ticket the counter already
        holds, False); or None when nobody waits for it."""
        ...

    def counter_ticket_for_update(self, counter_id: int) -> Ticket | None: ...

    def ticket_by_number(self, location_id: int, number: str, day: date) -> Ticket: ...

    def tickets_to_close(self, location_id: int, until: date) -> list[Ticket]:
        """Waiting and parked tickets of ``until`` and earlier days, locked."""
        ...

    def open_days(self, location_id: int, before: date) -> list[date]: ...

    def opening_periods(self, location_id: int) -> list[tuple[int, time, time]]:
        """(weekday, opens, closes) of the location, weekday 0 = Monday."""
        ...

    def touch_counter_session(self, counter_id: int, now: datetime) -> bool: ...

    def open_counter_session(self, counter_id: int, staff_id: int, now: datetime) -> None: ...

    def close_counter_session(self, counter_id: int, now: datetime) -> None: ...

    def announce_change(self, location_id: int) -> None:
        """Tell change-feed consumers that this location's queue changed (at commit)."""
        ...


class QueueReader(Protocol):
    """Read side: consistent snapshots for screens, no locks."""

    def location(self, code: str) -> LocationInfo: ...

    def services(self, location_id: int) -> tuple[ServiceInfo, ...]:
        """The location's active services, in the order the screens show them."""
        ...

    def overview(self, location_code: str, now: datetime, recent_calls: int,
                 ) -> LocationOverview: ...

    def current_ticket(self, counter_id: int, now: datetime) -> CurrentTicketView | None: ...

    def appointments(self, location_id: int, since: datetime, until: datetime,
                     ) -> tuple[AppointmentView, ...]: ...

    def tickets_today(self, location_id: int, since: datetime,
                      counter_id: int | None = None) -> tuple[TodayTicketView, ...]:
        """Tickets issued since ``since`` (newest first); with ``counter_id`` only those
        that counter worked on since then, newest action first."""
        ...

    def counter_presence(self, location_id: int) -> tuple[CounterPresenceView, ...]:
        """The location's active counters and who is signed in at each."""
        ...

    def wait_estimate(self, service: ServiceInfo, since: datetime) -> WaitEstimateInput:
        """Waiting tickets (all of them), recent service times and serving counters."""
        ...

    def parked_tickets(self, counter_id: int) -> tuple[ParkedTicketView, ...]: ...

    def counter_tickets(self, location_id: int, now: datetime,
                        ) -> tuple[CounterTicketView, ...]:
        """Called and serving tickets of the location, each once, with their counter's
        liveness."""
        ...


UnitOfWorkFactory = Callable[[], QueueUnitOfWork]
Clock = Callable[[], datetime]
