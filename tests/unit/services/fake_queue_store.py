"""An in-memory queue store: the services' ports without a database (fakes over mocks)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from types import TracebackType
from typing import Self

from workstation.domain.counter_tickets import CounterTicketView, ParkedTicketView
from workstation.domain.errors import UserFacingError
from workstation.domain.overview import CurrentTicketView, LocationOverview
from workstation.domain.queue import (
    AT_COUNTER_STATES,
    EventType,
    QueueCandidate,
    TicketState,
    WaitEstimateInput,
    is_callable_on,
    order_for_calling,
)
from workstation.domain.site import (
    CounterInfo,
    LocationInfo,
    MunicipalityInfo,
    ServiceInfo,
    StaffInfo,
)
from workstation.domain.staff import Role
from workstation.domain.ticket import QueueEventRecord, Ticket, TransferNoteRecord

MUNICIPALITY = MunicipalityInfo("0748", "Gemeente Bergen op Zoom", "001710011", "#B0182F",
                                "#F2C200", None)
LOCATION = LocationInfo(1, "BOZ", "Stadskantoor", MUNICIPALITY)
SERVICES = {
    "A": ServiceInfo(10, 1, "A", "Paspoort en ID-kaart", "Passport and ID card", 10, False),
    "B": ServiceInfo(11, 1, "B", "Rijbewijs", "Driving licence", 10, False),
    "E": ServiceInfo(12, 1, "E", "Afspraak", "Appointment", 5, True),
}
COUNTERS = {n: CounterInfo(100 + n, 1, n, frozenset({10, 11, 12})) for n in (1, 2, 3)}
STAFF = {"mw01": StaffInfo(7, "mw01", "Anouk", frozenset({Role.COUNTER})),
         "ont1": StaffInfo(8, "ont1", "Ruud", frozenset({Role.RECEPTION})),
         "tl01": StaffInfo(9, "tl01", "Sanne", frozenset({Role.COUNTER, Role.SUPERVISOR}))}


@dataclass
class Appointment:
    service_id: int
    scheduled_at: datetime
    ticket_id: str | None = None


@dataclass
class MemoryQueueStore:
    tickets: dict[str, Ticket] = field(default_factory=dict)
    events: list[QueueEventRecord] = field(default_factory=list)
    sequences: dict[tuple[int, int, date], int] = field(default_factory=dict)
    appointments: dict[str, Appointment] = field(default_factory=dict)
    announced: list[int] = field(default_factory=list)
    notes: list[TransferNoteRecord] = field(default_factory=list)
    paused_counters: set[int] = field(default_factory=set)
    opening_periods: list[tuple[int, time, time]] = field(default_factory=list)
    heartbeats: list[tuple[int, datetime]] = field(default_factory=list)
    dead_counters: set[int] = field(default_factory=set)
    commits: int = 0

    def unit_of_work(self) -> MemoryUnitOfWork:
        return MemoryUnitOfWork(self)


class MemoryUnitOfWork:
    """Changes are staged and applied only on commit, like a real transaction."""

    def __init__(self, store: MemoryQueueStore) -> None:
        self.store = store
        self._tickets: dict[str, Ticket] = {}
        self._events: list[QueueEventRecord] = []
        self._notes: list[TransferNoteRecord] = []
        self._announced: list[int] = []

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._tickets.clear()
        self._events.clear()

    def commit(self) -> None:
        self.store.tickets.update(self._tickets)
        self.store.events.extend(self._events)
        self.store.notes.extend(self._notes)
        self.store.announced.extend(self._announced)
        self.store.commits += 1

    def location(self, code: str) -> LocationInfo:
        if code != LOCATION.code:
            raise UserFacingError(f"Vestiging '{code}' bestaat niet.")
        return LOCATION

    def service(self, location_id: int, letter: str) -> ServiceInfo:
        return SERVICES[letter]

    def service_by_id(self, service_id: int) -> ServiceInfo:
        return next(s for s in SERVICES.values() if s.id == service_id)

    def counter(self, location_id: int, number: int) -> CounterInfo:
        return COUNTERS[number]

    def staff(self, code: str) -> StaffInfo:
        return STAFF[code]

    def next_sequence(self, location_id: int, service_id: int, day: date) -> int:
        key = (location_id, service_id, day)
        self.store.sequences[key] = self.store.sequences.get(key, 0) + 1
        return self.store.sequences[key]

    def appointment_for_update(self, location_id: int, booking_code: str) -> Appointment:
        if booking_code not in self.store.appointments:
            raise UserFacingError("Deze afspraakcode kennen we niet op deze vestiging.")
        return self.store.appointments[booking_code]

    def link_appointment(self, booking_code: str, ticket_id: str) -> None:
        self.store.appointments[booking_code].ticket_id = ticket_id

    def _all(self) -> dict[str, Ticket]:
        return {**self.store.tickets, **self._tickets}

    def add_ticket(self, ticket: Ticket) -> None:
        self._tickets[ticket.id] = ticket

    def save_ticket(self, ticket: Ticket) -> None:
        self._tickets[ticket.id] = ticket

    def add_event(self, event: QueueEventRecord) -> None:
        self._events.append(event)

    def add_transfer_note(self, note: TransferNoteRecord) -> None:
        self._notes.append(note)

    def last_event(self, ticket_id: str) -> tuple[EventType, datetime] | None:
        mine = [e for e in [*self.store.events, *self._events] if e.ticket_id == ticket_id]
        return (mine[-1].type, mine[-1].at) if mine else None

    def announce_change(self, location_id: int) -> None:
        self._announced.append(location_id)

    def ticket_for_update(self, ticket_id: str) -> Ticket:
        return self._all()[ticket_id]

    def lock_counter(self, counter_id: int) -> bool:
        return counter_id in self.store.paused_counters

    def claim_next(self, location_id: int, counter_id: int, staff_id: int | None,
                   now: datetime, day: date) -> tuple[Ticket, bool] | None:
        counter = next(c for c in COUNTERS.values() if c.id == counter_id)
        current = self.counter_ticket_for_update(counter.id)
        if current is not None:
            return current, False
        waiting = [t for t in self._all().values() if t.state is TicketState.WAITING
                   and is_callable_on(t.business_day, day) and (
            t.target_counter_id == counter.id
            or (t.target_counter_id is None and t.service_id in counter.service_ids))]
        norms = {s.id: s.norm_minutes for s in SERVICES.values()}
        ordered = order_for_calling(
            [QueueCandidate(t.id, t.queued_at, norms[t.service_id], t.appointment_at,
                            t.priority)
             for t in waiting], now)
        if not ordered:
            return None
        called, event = self._all()[ordered[0].ticket_id].call(now, counter.id, staff_id)
        self.save_ticket(called)
        self.add_event(event)
        self.announce_change(location_id)
        return called, True

    def ticket_by_number(self, location_id: int, number: str, day: date) -> Ticket:
        return next(t for t in self._all().values()
                    if t.number == number and t.business_day == day)

    def tickets_to_close(self, location_id: int, until: date) -> list[Ticket]:
        return [t for t in self._all().values() if t.business_day <= until
                and t.state in (TicketState.WAITING, TicketState.PARKED)]

    def open_days(self, location_id: int, before: date) -> list[date]:
        return sorted({t.business_day for t in self._all().values()
                       if t.business_day < before and t.state.is_open})

    def opening_periods(self, location_id: int) -> list[tuple[int, time, time]]:
        return list(self.store.opening_periods)

    def touch_counter_session(self, counter_id: int, now: datetime) -> bool:
        self.store.heartbeats.append((counter_id, now))
        return True

    def counter_ticket_for_update(self, counter_id: int) -> Ticket | None:
        return next((t for t in self._all().values() if t.counter_id == counter_id
                     and t.state in (TicketState.CALLED, TicketState.SERVING)), None)

    def open_counter_session(self, counter_id: int, staff_id: int, now: datetime) -> None:
        return None

    def close_counter_session(self, counter_id: int, now: datetime) -> None:
        return None


class MemoryQueueReader:
    def __init__(self, store: MemoryQueueStore, counters_serving: int = 2) -> None:
        self.store = store
        self.serving = counters_serving

    def location(self, code: str) -> LocationInfo:
        if code != LOCATION.code:
            raise UserFacingError("Vestiging '{code}' bestaat niet.", code=code)
        return LOCATION

    def services(self, location_id: int) -> tuple[ServiceInfo, ...]:
        return tuple(SERVICES.values())

    def overview(self, location_code: str, now: datetime, recent_calls: int,
                 ) -> LocationOverview:
        return LocationOverview(self.location(location_code).id, location_code, now, (), ())

    def current_ticket(self, counter_id: int, now: datetime) -> CurrentTicketView | None:
        return None

    def parked_tickets(self, counter_id: int) -> tuple[ParkedTicketView, ...]:
        return tuple(ParkedTicketView(t.id, t.number, t.queued_at)
                     for t in self.store.tickets.values()
                     if t.counter_id == counter_id and t.state is TicketState.PARKED)

    def counter_tickets(self, location_id: int, now: datetime,
                        ) -> tuple[CounterTicketView, ...]:
        return tuple(
            CounterTicketView(t.id, t.number, t.counter_id - 100, t.state, None,
                              t.counter_id in self.store.dead_counters)
            for t in self.store.tickets.values()
            if t.counter_id is not None and t.state in AT_COUNTER_STATES)

    def wait_estimate(self, service: ServiceInfo, since: datetime) -> WaitEstimateInput:
        waiting = sum(1 for t in self.store.tickets.values() if t.service_id == service.id
                      and t.state is TicketState.WAITING and t.target_counter_id is None)
        return WaitEstimateInput(tickets_ahead=waiting, recent_service_seconds=[300.0],
                                 counters_serving=self.serving,
                                 norm_minutes=service.norm_minutes)


def events_of(store: MemoryQueueStore, ticket_id: str) -> list[EventType]:
    return [e.type for e in store.events if e.ticket_id == ticket_id]


ONE_MINUTE = timedelta(minutes=1)
