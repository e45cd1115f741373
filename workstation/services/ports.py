"""The ports the queue use cases need; ``workstation.store`` implements them.

A unit of work is one database transaction: leaving the ``with`` block without ``commit()``
rolls back (cosmicpython). Methods named ``*_for_update`` lock what they return until then.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from types import TracebackType
from typing import Protocol, Self

from workstation.domain.overview import (
    AlarmView,
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

    def claim_next(self, location_id: int, counter: CounterInfo, now: datetime) -> Ticket | None:
        """Lock the first ticket in call order this counter may call, skipping locked rows."""
        ...

    def counter_ticket_for_update(self, counter_id: int) -> Ticket | None: ...

    def open_counter_session(self, counter_id: int, staff_id: int, now: datetime) -> None: ...

    def close_counter_session(self, counter_id: int, now: datetime) -> None: ...

    def counter_paused(self, counter_id: int) -> bool:
        """Whether the counter's open session is paused ("Pauze"): no calls then."""
        ...

    def raise_alarm(self, location_id: int, counter_id: int, staff_id: int | None,
                    now: datetime) -> int: ...

    def acknowledge_alarm(self, alarm_id: int, staff_id: int | None, now: datetime) -> None: ...

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

    def open_alarms(self, location_id: int) -> tuple[AlarmView, ...]: ...

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


UnitOfWorkFactory = Callable[[], QueueUnitOfWork]
Clock = Callable[[], datetime]
