"""Business days, park/unpark/cancel, stale counters, pause and the one-ticket-per-counter
index, against the embedded SQLite file and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, time, timedelta

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from workstation.app import open_site
from workstation.demo_seed import seed_demo
from workstation.domain.errors import UserFacingError
from workstation.domain.queue import (
    SITE_TIMEZONE,
    CounterBusy,
    EventType,
    TicketState,
)
from workstation.services.queue_service import QueueService
from workstation.store import models as m
from workstation.store.database import SiteDatabase
from workstation.store.queue_reader import SqlQueueReader
from workstation.store.queue_uow import SqlQueueUnitOfWork

MONDAY = datetime(2026, 3, 2, 8, 30, tzinfo=UTC)  # 09:30 in Amsterdam


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock(MONDAY)


@pytest.fixture
def db(site_url: str) -> Iterator[SiteDatabase]:
    site = open_site(site_url, demo=True)
    seed_demo(site.database, now=MONDAY)
    yield site.database
    site.close()


@pytest.fixture
def queue(db: SiteDatabase, clock: Clock) -> QueueService:
    return QueueService(lambda: SqlQueueUnitOfWork(db), SqlQueueReader(db), clock)


@contextmanager
def says(dutch: str) -> Iterator[None]:
    """Expect a UserFacingError whose screen message contains ``dutch``."""
    with pytest.raises(UserFacingError) as caught:
        yield
    assert dutch in caught.value.message


def booking_code(db: SiteDatabase, location: str, scheduled_at: datetime) -> str:
    """The demo appointment's (random) booking code at this location and moment."""
    with db.engine.connect() as connection:
        return connection.scalars(
            select(m.Appointment.booking_code)
            .join(m.Location, m.Location.id == m.Appointment.location_id)
            .where(m.Location.code == location, m.Appointment.scheduled_at == scheduled_at)
        ).one()


def events(db: SiteDatabase, ticket_id: str) -> list[str]:
    with db.engine.connect() as connection:
        return list(connection.scalars(
            select(m.QueueEvent.type).where(m.QueueEvent.ticket_id == ticket_id)
            .order_by(m.QueueEvent.id)))


def state_of(db: SiteDatabase, ticket_id: str) -> TicketState:
    with db.engine.connect() as connection:
        return TicketState(connection.scalar(
            select(m.Ticket.state).where(m.Ticket.id == ticket_id)))


def set_opening_hours(db: SiteDatabase, location: str, weekday: int, opens: time,
                      closes: time) -> None:
    with Session(db.engine) as session, session.begin():
        location_id = session.scalar(select(m.Location.id).where(m.Location.code == location))
        session.add(m.OpeningHours(location_id=location_id, weekday=weekday, opens=opens,
                                   closes=closes))


# -- park, unpark, cancel ------------------------------------------------------------------

def test_park_frees_the_counter_and_unpark_serves_on(queue: QueueService, db: SiteDatabase,
                                                      ) -> None:
    first = queue.issue_ticket("BOZ", "A").ticket
    second = queue.issue_ticket("BOZ", "A").ticket
    post = queue.counter_post("BOZ", 1, "mw01")
    queue.call_next(post)
    queue.start_serving(post)
    assert queue.park(post).state is TicketState.PARKED
    assert [p.number for p in queue.parked(post)] == ["A001"]
    assert queue.current_ticket(post) is None
    assert queue.call_next(post).id == second.id  # type: ignore[union-attr]
    with says("nog een bezoeker"):
        queue.unpark(post, first.id)  # busy with the next visitor
    queue.start_serving(post)
    queue.finish(post)
    back = queue.unpark(post, first.id)
    assert (back.state, back.counter_id) == (TicketState.SERVING, post.counter.id)
    assert queue.parked(post) == ()
    assert events(db, first.id) == ["issued", "called", "serving_started", "parked",
                                    "unparked"]
    other = queue.counter_post("BOZ", 2, "mw02")
    queue.park(post)
    with says("andere balie"):
        queue.unpark(other, first.id)


def test_cancel_a_waiting_called_or_parked_ticket(queue: QueueService, db: SiteDatabase,
                                                  ) -> None:
    waiting = queue.issue_ticket("BOZ", "A").ticket
    parked = queue.issue_ticket("BOZ", "B").ticket
    post = queue.counter_post("BOZ", 1, "mw01")
    assert queue.cancel("BOZ", waiting.id).state is TicketState.CANCELLED
    queue.call_next(post)
    queue.park(post)
    found = queue.ticket_by_number("BOZ", "b001")
    assert found.id == parked.id
    assert queue.cancel("BOZ", found.id).state is TicketState.CANCELLED
    assert events(db, parked.id)[-1] == EventType.CANCELLED


# -- business days -------------------------------------------------------------------------

def test_close_day_ends_waiting_and_parked_tickets_with_an_event(
        queue: QueueService, db: SiteDatabase) -> None:
    waiting = queue.issue_ticket("BOZ", "A").ticket
    serving = queue.issue_ticket("BOZ", "A").ticket
    parked = queue.issue_ticket("BOZ", "B").ticket
    other_location = queue.issue_ticket("ETL", "A").ticket
    post = queue.counter_post("BOZ", 2, "mw02")
    queue.call_ticket(post, parked.id)
    queue.park(post)
    queue.call_ticket(post, serving.id)
    queue.start_serving(post)
    result = queue.close_day("BOZ")
    assert result.closed == 2
    assert state_of(db, waiting.id) is TicketState.CLOSED
    assert state_of(db, parked.id) is TicketState.CLOSED
    assert state_of(db, serving.id) is TicketState.SERVING  # the visitor at the desk stays
    assert state_of(db, other_location.id) is TicketState.WAITING
    assert events(db, waiting.id) == ["issued", "day_closed"]
    assert queue.close_day("BOZ").closed == 0


def test_the_day_closes_at_closing_time_from_the_opening_hours(
        queue: QueueService, db: SiteDatabase, clock: Clock) -> None:
    set_opening_hours(db, "BOZ", 0, time(9, 0), time(12, 30))
    set_opening_hours(db, "BOZ", 0, time(13, 30), time(17, 0))  # Monday, two periods
    ticket = queue.issue_ticket("BOZ", "A").ticket
    clock.now = datetime(2026, 3, 2, 12, 0, tzinfo=SITE_TIMEZONE)  # lunch break: still open
    assert queue.close_day_if_due("BOZ") is None
    clock.now = datetime(2026, 3, 2, 16, 59, tzinfo=SITE_TIMEZONE)
    assert queue.close_day_if_due("BOZ") is None
    clock.now = datetime(2026, 3, 2, 17, 0, tzinfo=SITE_TIMEZONE)
    closed = queue.close_day_if_due("BOZ")
    assert closed is not None and closed.closed == 1
    assert state_of(db, ticket.id) is TicketState.CLOSED


def test_an_earlier_day_left_open_is_closed_the_next_day(
        queue: QueueService, db: SiteDatabase, clock: Clock) -> None:
    clock.now = datetime(2026, 3, 2, 23, 50, tzinfo=SITE_TIMEZONE)  # no opening hours set
    late = queue.issue_ticket("BOZ", "A").ticket
    clock.advance(minutes=20)  # 00:10 the next day
    early = queue.issue_ticket("BOZ", "A").ticket
    assert early.number == late.number == "A001"
    closed = queue.close_day_if_due("BOZ")
    assert closed is not None and closed.day == late.business_day
    assert state_of(db, late.id) is TicketState.CLOSED
    assert state_of(db, early.id) is TicketState.WAITING


@pytest.mark.parametrize("switch", [
    datetime(2026, 3, 29, tzinfo=SITE_TIMEZONE), datetime(2026, 10, 25, tzinfo=SITE_TIMEZONE)])
def test_numbering_and_calls_follow_the_local_day_across_dst(
        queue: QueueService, clock: Clock, switch: datetime) -> None:
    clock.now = (switch - timedelta(minutes=5)).astimezone(UTC)  # 23:55 the evening before
    before = queue.issue_ticket("BOZ", "A").ticket
    clock.now = datetime.combine(switch.date(), time(3, 30), SITE_TIMEZONE).astimezone(UTC)
    after = queue.issue_ticket("BOZ", "A").ticket  # after the clocks moved
    assert (before.number, after.number) == ("A001", "A001")
    assert after.business_day == switch.date()
    post = queue.counter_post("BOZ", 1, "mw01")
    assert queue.call_next(post).id == after.id  # type: ignore[union-attr]
    clock.now = datetime.combine(switch.date(), time(23, 55), SITE_TIMEZONE).astimezone(UTC)
    assert queue.issue_ticket("BOZ", "A").ticket.number == "A002"  # same local day


# -- appointments --------------------------------------------------------------------------

def test_an_early_appointment_waits_behind_walk_ins_until_its_slot(
        queue: QueueService, db: SiteDatabase, clock: Clock) -> None:
    slot = datetime(2026, 3, 2, 10, 0, tzinfo=SITE_TIMEZONE)
    clock.now = (slot - timedelta(minutes=25)).astimezone(UTC)  # 09:35: checks in early
    appointment = queue.check_in("BOZ", booking_code(db, "BOZ", slot)).ticket
    clock.advance(minutes=5)
    walk_in = queue.issue_ticket("BOZ", "A").ticket  # 09:40
    clock.advance(minutes=10)  # 09:50: appointment checked in 15 minutes ago, norm 5
    service_e = next(s for s in queue.overview("BOZ").services if s.letter == "E")
    assert [t.waited for t in service_e.waiting] == [timedelta(0)]  # not "te lang"
    assert service_e.waiting[0].norm_ratio <= 0
    post = queue.counter_post("BOZ", 1, "mw01")
    assert queue.call_next(post).id == walk_in.id  # type: ignore[union-attr]
    queue.start_serving(post)
    queue.finish(post)
    queue.issue_ticket("BOZ", "A")
    clock.now = slot.astimezone(UTC)  # its slot: due, before the walk-in
    assert queue.call_next(post).id == appointment.id  # type: ignore[union-attr]


# -- counters whose workstation died, pause, one ticket per counter ------------------------

def test_a_dead_counter_s_ticket_shows_as_stale_and_can_be_requeued_or_ended(
        queue: QueueService, db: SiteDatabase, clock: Clock) -> None:
    first = queue.issue_ticket("BOZ", "A").ticket
    second = queue.issue_ticket("BOZ", "A").ticket
    dead = queue.counter_post("BOZ", 1, "mw01")
    alive = queue.counter_post("BOZ", 2, "mw02")
    queue.call_next(dead)
    queue.call_next(alive)
    queue.start_serving(alive)
    clock.advance(minutes=1)
    queue.heartbeat(dead)
    queue.heartbeat(alive)
    assert queue.stale_tickets("BOZ") == ()
    clock.advance(minutes=3)
    queue.heartbeat(alive)  # counter 1's workstation has died
    listed = queue.counter_tickets("BOZ")
    assert [(t.number, t.counter_number, t.stale) for t in listed] == [
        ("A001", 1, True), ("A002", 2, False)]
    with says("nog werkt"):
        queue.requeue_stale("BOZ", second.id)
    requeued = queue.requeue_stale("BOZ", first.id)
    assert (requeued.state, requeued.counter_id) == (TicketState.WAITING, None)
    assert requeued.queued_at == first.queued_at  # keeps its place
    assert events(db, first.id)[-1] == EventType.REQUEUED
    assert queue.call_next(dead).id == first.id  # type: ignore[union-attr]
    clock.advance(minutes=3)
    queue.finish_stale("BOZ", first.id)  # only called: ends as no-show
    assert state_of(db, first.id) is TicketState.NO_SHOW
    queue.finish_stale("BOZ", second.id)  # serving: ends as finished
    assert state_of(db, second.id) is TicketState.DONE


def test_a_signed_out_counter_s_ticket_is_stale_at_once(queue: QueueService) -> None:
    queue.issue_ticket("BOZ", "A")
    post = queue.counter_post("BOZ", 1, "mw01")
    queue.call_next(post)
    queue.leave_counter(post)
    assert [t.stale for t in queue.counter_tickets("BOZ")] == [True]


def test_a_paused_counter_gets_no_calls_and_does_not_count_for_waits(
        queue: QueueService, db: SiteDatabase, clock: Clock) -> None:
    queue.issue_ticket("BOZ", "C")
    post = queue.counter_post("BOZ", 3, "mw03")  # the only counter serving C
    assert queue.issue_ticket("BOZ", "C").expected_wait is not None
    with Session(db.engine) as session, session.begin():
        session.execute(update(m.CounterSession).values(paused_since=clock.now))
    with says("pauze"):
        queue.call_next(post)
    assert queue.issue_ticket("BOZ", "C").expected_wait is None


def test_a_counter_with_nobody_signed_in_does_not_count_for_waits(queue: QueueService,
                                                                  ) -> None:
    assert queue.issue_ticket("BOZ", "C").expected_wait is None  # all counters empty
    post = queue.counter_post("BOZ", 3, "mw03")
    assert queue.issue_ticket("BOZ", "C").expected_wait is not None
    queue.leave_counter(post)
    assert queue.issue_ticket("BOZ", "C").expected_wait is None


def test_the_database_refuses_a_second_ticket_at_one_counter(queue: QueueService,
                                                             db: SiteDatabase) -> None:
    queue.issue_ticket("BOZ", "A")
    other = queue.issue_ticket("BOZ", "A").ticket
    post = queue.counter_post("BOZ", 1, "mw01")
    queue.call_next(post)
    with SqlQueueUnitOfWork(db) as uow:  # a writer that skips the rules
        ticket = uow.ticket_for_update(other.id)
        called, _event = ticket.call(datetime.now(UTC), post.counter.id, None)
        with pytest.raises(CounterBusy):
            uow.save_ticket(called)
