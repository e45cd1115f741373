"""A queue ticket and the events its transitions produce."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime

from workstation.domain.queue import EventType, TicketKind, TicketState, next_state


@dataclass(frozen=True, slots=True)
class QueueEventRecord:
    """One immutable fact about a ticket."""

    ticket_id: str
    location_id: int
    service_id: int
    type: EventType
    at: datetime
    counter_id: int | None = None
    staff_id: int | None = None
    to_service_id: int | None = None
    to_counter_id: int | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class TransferNoteRecord:
    """The note a counter sends along with a transfer: free text for the colleague, kept
    outside the immutable event log and purged at ``purge_after``."""

    ticket_id: str
    from_counter_id: int
    from_staff_id: int | None
    text: str
    written_at: datetime
    purge_after: datetime


@dataclass(frozen=True, slots=True)
class Ticket:
    id: str
    location_id: int
    issued_service_id: int
    service_id: int
    business_day: date
    sequence: int
    number: str
    kind: TicketKind
    state: TicketState
    issued_at: datetime
    queued_at: datetime
    appointment_at: datetime | None = None
    counter_id: int | None = None
    target_counter_id: int | None = None
    staff_id: int | None = None
    calls_made: int = field(default=0, compare=False)
    priority: bool = False

    def _event(
        self, type_: EventType, at: datetime, counter_id: int | None, staff_id: int | None,
        **extra: int | str | None,
    ) -> QueueEventRecord:
        return QueueEventRecord(
            ticket_id=self.id, location_id=self.location_id, service_id=self.service_id,
            type=type_, at=at, counter_id=counter_id, staff_id=staff_id,
            **extra,  # type: ignore[arg-type]
        )

    def issued_event(self) -> QueueEventRecord:
        return self._event(EventType.ISSUED, self.issued_at, None, None)

    def call(
        self, at: datetime, counter_id: int, staff_id: int | None
    ) -> tuple[Ticket, QueueEventRecord]:
        """First call (WAITING) or a recall by the same counter (CALLED)."""
        type_ = EventType.RECALLED if self.state is TicketState.CALLED else EventType.CALLED
        state = next_state(self.state, type_)
        called = replace(
            self, state=state, counter_id=counter_id, staff_id=staff_id,
            target_counter_id=None, calls_made=self.calls_made + 1,
        )
        return called, self._event(type_, at, counter_id, staff_id)

    def step(
        self, type_: EventType, at: datetime, staff_id: int | None
    ) -> tuple[Ticket, QueueEventRecord]:
        """Start serving, no-show, finish, cancel, park, unpark or close with the day: the
        ticket stays with its counter (a parked ticket belongs to the counter it left)."""
        if type_ in {EventType.CALLED, EventType.RECALLED, EventType.TRANSFERRED,
                     EventType.REQUEUED}:
            raise ValueError(f"use call(), transfer() or requeue() for {type_}")
        state = next_state(self.state, type_)
        return replace(self, state=state), self._event(type_, at, self.counter_id, staff_id)

    def transfer(
        self, at: datetime, staff_id: int | None, *, to_service_id: int | None = None,
        to_counter_id: int | None = None, note: str = "",
    ) -> tuple[Ticket, QueueEventRecord]:
        """Back to WAITING for another service or one counter, keeping its place in line.

        The visitor already waited once; queued_at is kept so the wait/norm order treats the
        transferred visitor fairly (docs/decisions/0005-queue-order-and-transfers.md).
        """
        if (to_service_id is None) == (to_counter_id is None):
            raise ValueError("transfer to exactly one of a service or a counter")
        state = next_state(self.state, EventType.TRANSFERRED)
        event = self._event(
            EventType.TRANSFERRED, at, self.counter_id, staff_id,
            to_service_id=to_service_id, to_counter_id=to_counter_id, note=note,
        )
        moved = replace(
            self, state=state, counter_id=None, staff_id=None, calls_made=0,
            service_id=to_service_id if to_service_id is not None else self.service_id,
            target_counter_id=to_counter_id,
        )
        return moved, event

    def requeue(self, at: datetime, staff_id: int | None) -> tuple[Ticket, QueueEventRecord]:
        """Back to WAITING from a counter that stopped working, keeping its place in line;
        the event names the counter it leaves."""
        state = next_state(self.state, EventType.REQUEUED)
        event = self._event(EventType.REQUEUED, at, self.counter_id, staff_id)
        moved = replace(self, state=state, counter_id=None, staff_id=None, calls_made=0,
                        target_counter_id=None)
        return moved, event
