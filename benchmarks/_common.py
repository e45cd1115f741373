"""Pieces the queue benchmarks (and the queue storm tests) share: fresh site databases,
counters and tickets seeded in bulk, percentiles and a consistency check from the events."""

from __future__ import annotations

import math
import sys
import tempfile
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

# Benchmarks run as scripts; make the repository importable (tests.databases lives there).
_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from tests.databases import fresh_postgres_database  # noqa: E402
from workstation.app import Site  # noqa: E402
from workstation.domain.queue import (  # noqa: E402
    EventType,
    TicketKind,
    TicketState,
    business_day,
    format_ticket_number,
    utc_now,
)
from workstation.domain.ticket import Ticket  # noqa: E402
from workstation.store import models as m  # noqa: E402
from workstation.store.database import SiteDatabase  # noqa: E402
from workstation.store.queue_uow import SqlQueueUnitOfWork  # noqa: E402

WALK_IN_LETTERS = "ABCDF"  # the demo's walk-in services; E is the appointment service


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty sample."""
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100.0 * len(ordered)))
    return ordered[rank - 1]


@contextmanager
def fresh_database(kind: str) -> Iterator[str]:
    """A SQLAlchemy URL of an empty site database (``sqlite`` file or ``postgres``), removed
    afterwards."""
    if kind == "postgres":
        with fresh_postgres_database(prefix="loket_bench") as url:
            yield url
        return
    with tempfile.TemporaryDirectory(prefix="loket-bench-") as folder:
        yield f"sqlite:///{Path(folder) / 'site.sqlite3'}"


def add_counters(database: SiteDatabase, location_code: str, numbers: Sequence[int]) -> None:
    """Add counters to a location that serve every service there (storms need more than the
    demo's 4-6 counters)."""
    with Session(database.engine) as session, session.begin():
        location_id = session.scalar(select(m.Location.id).where(m.Location.code == location_code))
        service_ids = session.scalars(
            select(m.Service.id).where(m.Service.location_id == location_id)).all()
        counters = [m.Counter(location_id=location_id, number=n) for n in numbers]
        session.add_all(counters)
        session.flush()
        session.add_all(m.CounterService(counter_id=c.id, service_id=s)
                        for c in counters for s in service_ids)


def seed_tickets(site: Site, location_code: str, count: int, batch: int = 500) -> list[str]:
    """Issue ``count`` walk-in tickets spread over the walk-in services, ``batch`` per
    transaction, through the store's unit of work (numbering, ticket row and ISSUED event as
    the queue service writes them, without its per-ticket wait estimate). Queue times step by
    one millisecond so the call order is the issue order. Returns the ticket ids."""
    ids: list[str] = []
    start = utc_now() - timedelta(seconds=count / 1000.0 + 1)
    while len(ids) < count:
        with SqlQueueUnitOfWork(site.database) as uow:
            location = uow.location(location_code)
            services = [uow.service(location.id, letter) for letter in WALK_IN_LETTERS]
            for _ in range(min(batch, count - len(ids))):
                service = services[len(ids) % len(services)]
                at = start + timedelta(milliseconds=len(ids))
                day = business_day(at)
                sequence = uow.next_sequence(location.id, service.id, day)
                ticket = Ticket(
                    id=str(uuid.uuid4()), location_id=location.id,
                    issued_service_id=service.id, service_id=service.id, business_day=day,
                    sequence=sequence, number=format_ticket_number(service.letter, sequence),
                    kind=TicketKind.WALK_IN, state=TicketState.WAITING, issued_at=at,
                    queued_at=at,
                )
                uow.add_ticket(ticket)
                uow.add_event(ticket.issued_event())
                ids.append(ticket.id)
            uow.announce_change(location.id)
            uow.commit()
    return ids


def event_counts(database: SiteDatabase, event_type: EventType) -> dict[str, int]:
    """How many events of one type each ticket has."""
    with Session(database.engine) as session:
        rows = session.execute(
            select(m.QueueEvent.ticket_id, func.count())
            .where(m.QueueEvent.type == event_type.value)
            .group_by(m.QueueEvent.ticket_id)
        ).all()
    return {ticket_id: int(n) for ticket_id, n in rows}


def ticket_states(database: SiteDatabase) -> dict[str, TicketState]:
    with Session(database.engine) as session:
        rows = session.execute(select(m.Ticket.id, m.Ticket.state)).all()
    return {ticket_id: TicketState(state) for ticket_id, state in rows}


_STATE_AFTER = {
    EventType.ISSUED: TicketState.WAITING,
    EventType.CALLED: TicketState.CALLED,
    EventType.RECALLED: TicketState.CALLED,
    EventType.SERVING_STARTED: TicketState.SERVING,
    EventType.NO_SHOW: TicketState.NO_SHOW,
    EventType.TRANSFERRED: TicketState.WAITING,
    EventType.FINISHED: TicketState.DONE,
    EventType.CANCELLED: TicketState.CANCELLED,
    EventType.FINISH_UNDONE: TicketState.SERVING,
    EventType.NO_SHOW_UNDONE: TicketState.CALLED,
    EventType.PARKED: TicketState.PARKED,
    EventType.UNPARKED: TicketState.SERVING,
    EventType.REQUEUED: TicketState.WAITING,
    EventType.DAY_CLOSED: TicketState.CLOSED,
}


def inconsistent_tickets(database: SiteDatabase) -> list[str]:
    """Tickets whose stored state or counter differs from what their events say."""
    with Session(database.engine) as session:
        events = session.execute(
            select(m.QueueEvent.ticket_id, m.QueueEvent.type, m.QueueEvent.counter_id)
            .order_by(m.QueueEvent.id)
        ).all()
        tickets = session.execute(
            select(m.Ticket.id, m.Ticket.state, m.Ticket.counter_id)).all()
    replayed: dict[str, tuple[TicketState, int | None]] = {}
    for ticket_id, type_, counter_id in events:
        state = _STATE_AFTER[EventType(type_)]
        counter = None if state is TicketState.WAITING else counter_id
        if state in {TicketState.SERVING, TicketState.DONE, TicketState.NO_SHOW,
                     TicketState.PARKED}:
            counter = replayed[ticket_id][1]
        replayed[ticket_id] = (state, counter)
    wrong = []
    for ticket_id, stored, counter_id in tickets:
        expected = replayed.get(ticket_id)
        at_counter = expected is not None and expected[0] in {
            TicketState.CALLED, TicketState.SERVING}
        if expected is None or expected[0] != TicketState(stored) or (
                at_counter and expected[1] != counter_id):
            wrong.append(ticket_id)
    return wrong
