"""The queue use cases against a real database: the embedded SQLite file and PostgreSQL."""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, text, update
from sqlalchemy.exc import DBAPIError

from workstation.app import open_site
from workstation.demo_seed import seed_demo
from workstation.domain.errors import UserFacingError
from workstation.domain.queue import (
    SITE_TIMEZONE,
    DailyNumbersExhausted,
    EventType,
    InvalidTransition,
    QueueCandidate,
    TicketState,
    order_for_calling,
)
from workstation.services.queue_service import CounterPost, QueueService
from workstation.store import models as m
from workstation.store.database import SiteDatabase
from workstation.store.queue_reader import SqlQueueReader
from workstation.store.queue_uow import SqlQueueUnitOfWork

MORNING = datetime(2026, 3, 2, 8, 30, tzinfo=UTC)  # 09:30 in Amsterdam


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock(MORNING)


@pytest.fixture
def db(site_url: str) -> Iterator[SiteDatabase]:
    site = open_site(site_url, demo=True)
    seed_demo(site.database, now=MORNING)  # appointments on the test's day
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


def test_numbers_count_up_per_service(queue: QueueService) -> None:
    numbers = [queue.issue_ticket("BOZ", letter).ticket.number for letter in "AABAC"]
    assert numbers == ["A001", "A002", "B001", "A003", "C001"]


def test_numbers_are_per_location(queue: QueueService) -> None:
    assert queue.issue_ticket("BOZ", "A").ticket.number == "A001"
    assert queue.issue_ticket("ETL", "A").ticket.number == "A001"


def test_numbering_restarts_at_amsterdam_midnight(queue: QueueService, clock: Clock) -> None:
    clock.now = datetime(2026, 3, 2, 22, 50, tzinfo=UTC)  # 23:50 in Amsterdam
    late = queue.issue_ticket("BOZ", "A").ticket
    clock.advance(minutes=20)  # 00:10 on 3 March in Amsterdam
    early = queue.issue_ticket("BOZ", "A").ticket
    assert (late.number, early.number) == ("A001", "A001")
    assert early.business_day == late.business_day + timedelta(days=1)
    # Call next never hands out a ticket of an earlier day, however long it waited.
    post = queue.counter_post("BOZ", 1, "mw01")
    assert queue.call_next(post).id == early.id  # type: ignore[union-attr]
    queue.start_serving(post)
    queue.finish(post)
    assert queue.call_next(post) is None
    assert [t.number for s in queue.overview("BOZ").services for t in s.waiting] == []


def test_after_999_the_service_refuses_with_a_message(queue: QueueService, db: SiteDatabase,
                                                      ) -> None:
    queue.issue_ticket("BOZ", "A")
    with db.engine.begin() as connection:
        connection.execute(update(m.TicketSequence).values(last_sequence=998))
    assert queue.issue_ticket("BOZ", "A").ticket.number == "A999"
    with pytest.raises(DailyNumbersExhausted):
        queue.issue_ticket("BOZ", "A")
    assert queue.issue_ticket("BOZ", "B").ticket.number == "B001"


def test_call_next_follows_the_domain_order(queue: QueueService, clock: Clock) -> None:
    rng = random.Random(7)
    issued = []
    for _ in range(25):
        letter = rng.choice("ABCDF")
        issued.append(queue.issue_ticket("BOZ", letter))
        clock.advance(seconds=rng.randint(5, 200))
    post = queue.counter_post("BOZ", 4, "mw02")  # counter 4 serves A, C, D, E, F
    mine = [i for i in issued if i.service.id in post.counter.service_ids]
    expected = order_for_calling(
        [QueueCandidate(i.ticket.id, i.ticket.queued_at, i.service.norm_minutes) for i in mine],
        clock.now,
    )
    called = []
    for _ in mine:
        ticket = queue.call_next(post)
        assert ticket is not None
        called.append(ticket.id)
        queue.start_serving(post)
        queue.finish(post)
    assert called == [c.ticket_id for c in expected]
    assert queue.call_next(post) is None  # only B tickets left, and counter 4 has no B


def test_due_appointment_first(queue: QueueService, clock: Clock, db: SiteDatabase) -> None:
    walk_in = queue.issue_ticket("BOZ", "A").ticket
    clock.advance(minutes=30)
    code = booking_code(db, "BOZ", datetime(2026, 3, 2, 10, 0, tzinfo=SITE_TIMEZONE))
    clock.now = datetime(2026, 3, 2, 8, 59, tzinfo=UTC)
    appointment = queue.check_in("BOZ", code).ticket
    assert appointment.number.startswith("E")
    post = queue.counter_post("BOZ", 1, "mw01")
    assert queue.call_next(post).id == walk_in.id  # type: ignore[union-attr]
    queue.start_serving(post)
    queue.finish(post)
    another = queue.issue_ticket("BOZ", "A").ticket
    clock.advance(minutes=2)  # appointment (10:00 Amsterdam = 09:00 UTC) is now due
    assert queue.call_next(post).id == appointment.id  # type: ignore[union-attr]
    assert another.state is TicketState.WAITING


def test_check_in_twice_or_unknown_code_is_refused(queue: QueueService, db: SiteDatabase,
                                                    clock: Clock) -> None:
    clock.now = datetime(2026, 3, 2, 10, 45, tzinfo=SITE_TIMEZONE)
    code = booking_code(db, "BOZ", datetime(2026, 3, 2, 11, 0, tzinfo=SITE_TIMEZONE))
    queue.check_in("BOZ", code.lower())
    with says("al een wachtnummer"):
        queue.check_in("BOZ", code)
    with says("afspraakcode"):
        queue.check_in("BOZ", "BOZ-0000X")


def test_recall_counts_and_third_unanswered_call_makes_no_show(queue: QueueService,
                                                               db: SiteDatabase) -> None:
    ticket = queue.issue_ticket("BOZ", "A").ticket
    post = queue.counter_post("BOZ", 1, "mw01")
    queue.call_next(post)
    assert queue.recall(post).calls_made == 2
    assert queue.recall(post).calls_made == 3
    gone = queue.recall(post)
    assert gone.state is TicketState.NO_SHOW
    assert events(db, ticket.id) == ["issued", "called", "recalled", "recalled", "no_show"]
    assert queue.current_ticket(post) is None


def test_no_show_by_hand(queue: QueueService) -> None:
    queue.issue_ticket("BOZ", "A")
    post = queue.counter_post("BOZ", 1, "mw01")
    queue.call_next(post)
    assert queue.mark_no_show(post).state is TicketState.NO_SHOW


def test_transfer_to_service_keeps_place_and_number(queue: QueueService, clock: Clock) -> None:
    first = queue.issue_ticket("BOZ", "A").ticket
    clock.advance(minutes=1)
    later_b = queue.issue_ticket("BOZ", "B").ticket
    clock.advance(minutes=1)
    counter1 = queue.counter_post("BOZ", 1, "mw01")
    queue.call_next(counter1)
    queue.start_serving(counter1)
    moved = queue.transfer(counter1, to_service_letter="B", note="ook rijbewijs verlengen")
    assert (moved.number, moved.state) == ("A001", TicketState.WAITING)
    counter2 = queue.counter_post("BOZ", 2, "mw02")
    assert queue.call_next(counter2).id == first.id  # type: ignore[union-attr]
    assert later_b.state is TicketState.WAITING


def test_transfer_to_counter_only_that_counter_calls_it(queue: QueueService) -> None:
    ticket = queue.issue_ticket("BOZ", "A").ticket
    counter1 = queue.counter_post("BOZ", 1, "mw01")
    queue.call_next(counter1)
    queue.transfer(counter1, to_counter_number=3)
    counter2 = queue.counter_post("BOZ", 2, "mw02")
    assert queue.call_next(counter2) is None
    counter3 = queue.counter_post("BOZ", 3, "mw03")
    assert queue.call_next(counter3).id == ticket.id  # type: ignore[union-attr]
    with says("eigen balie"):
        queue.transfer(counter3, to_counter_number=3)


def test_call_specific_ticket_out_of_order(queue: QueueService) -> None:
    queue.issue_ticket("BOZ", "A")
    chosen = queue.issue_ticket("BOZ", "A").ticket
    post = queue.counter_post("BOZ", 1, "mw01")
    assert queue.call_ticket(post, chosen.id).number == "A002"
    with says("nog een bezoeker"):
        queue.call_ticket(post, chosen.id)
    other = queue.counter_post("BOZ", 2, "mw02")
    with says("wacht niet meer"):
        queue.call_ticket(other, chosen.id)


def test_cancel_and_invalid_actions(queue: QueueService) -> None:
    ticket = queue.issue_ticket("BOZ", "A").ticket
    post = queue.counter_post("BOZ", 1, "mw01")
    with says("geen wachtnummer"):
        queue.finish(post)
    queue.call_next(post)
    with pytest.raises(InvalidTransition):
        queue.finish(post)  # not serving yet
    assert queue.cancel("BOZ", ticket.id).state is TicketState.CANCELLED


def test_restart_gives_the_counter_its_ticket_back(queue: QueueService, db: SiteDatabase,
                                                   clock: Clock) -> None:
    queue.issue_ticket("BOZ", "A")
    queue.issue_ticket("BOZ", "A")
    before = queue.counter_post("BOZ", 1, "mw01")
    ticket = queue.call_next(before)
    queue.start_serving(before)
    restarted = QueueService(lambda: SqlQueueUnitOfWork(db), SqlQueueReader(db), clock)
    after = restarted.counter_post("BOZ", 1, "mw01")
    current = restarted.current_ticket(after)
    assert current is not None and current.ticket_id == ticket.id  # type: ignore[union-attr]
    assert current.state is TicketState.SERVING
    assert restarted.call_next(after).id == ticket.id  # type: ignore[union-attr]


def test_events_are_immutable(queue: QueueService, db: SiteDatabase) -> None:
    queue.issue_ticket("BOZ", "A")
    with pytest.raises(DBAPIError, match="immutable"), db.engine.begin() as connection:
        connection.execute(text("UPDATE queue_event SET type = 'finished'"))
    with pytest.raises(DBAPIError, match="immutable"), db.engine.begin() as connection:
        connection.execute(text("DELETE FROM queue_event"))


def test_statistics_derive_from_events_alone(queue: QueueService, db: SiteDatabase,
                                             clock: Clock) -> None:
    post = queue.counter_post("BOZ", 1, "mw01")
    for _ in range(3):
        queue.issue_ticket("BOZ", "A")
    for _ in range(2):
        queue.call_next(post)
        clock.advance(minutes=1)
        queue.start_serving(post)
        clock.advance(minutes=4)
        queue.finish(post)
    with db.engine.connect() as connection:
        counts = dict(connection.execute(
            select(m.QueueEvent.type, func.count()).group_by(m.QueueEvent.type)).all())
    assert counts == {"issued": 3, "called": 2, "serving_started": 2, "finished": 2}
    service_a = queue.issue_ticket("BOZ", "A").service
    since = clock.now - timedelta(hours=1)
    assert SqlQueueReader(db).wait_estimate(service_a, since).recent_service_seconds == [240, 240]


def test_expected_wait_from_queue_history_and_counters(queue: QueueService, clock: Clock,
                                                       ) -> None:
    post = queue.counter_post("BOZ", 3, "mw03")  # the only open counter serving C
    queue.issue_ticket("BOZ", "C")
    queue.call_next(post)
    queue.start_serving(post)
    clock.advance(minutes=6)
    queue.finish(post)
    queue.heartbeat(post)  # its workstation is running
    for _ in range(2):
        queue.issue_ticket("BOZ", "C")
    issued = queue.issue_ticket("BOZ", "C")
    assert issued.tickets_ahead == 2
    assert issued.expected_wait == timedelta(minutes=12)  # 2 ahead x 6 min / 1 counter


def test_overview_lists_waiting_and_calls(queue: QueueService, clock: Clock) -> None:
    a1 = queue.issue_ticket("BOZ", "A").ticket
    queue.issue_ticket("BOZ", "A")
    clock.advance(minutes=12)
    post = queue.counter_post("BOZ", 5, "mw05")
    queue.call_next(post)
    queue.recall(post)
    overview = queue.overview("BOZ")
    service_a = next(s for s in overview.services if s.letter == "A")
    assert [t.number for t in service_a.waiting] == ["A002"]
    assert service_a.waiting[0].norm_ratio == pytest.approx(1.2)
    assert [(c.number, c.counter_number, c.recall, c.is_current) for c in overview.calls] == [
        ("A001", 5, True, True), ("A001", 5, False, True)]
    assert overview.calls[0].ticket_id == a1.id
    queue.start_serving(post)
    assert not any(c.is_current for c in queue.overview("BOZ").calls)


def test_unknown_location_counter_or_staff(queue: QueueService) -> None:
    with says("Vestiging 'XYZ'"):
        queue.issue_ticket("XYZ", "A")
    with says("Balie 9"):
        queue.counter_post("BOZ", 9)
    with says("Medewerkerscode"):
        queue.counter_post("BOZ", 1, "nobody")
    with says("Dienst 'Z'"):
        queue.issue_ticket("BOZ", "Z")


def test_counter_post_is_a_session(queue: QueueService, db: SiteDatabase) -> None:
    post: CounterPost = queue.counter_post("BOZ", 1, "mw01")
    queue.counter_post("BOZ", 1, "mw02")  # colleague takes over: one open session
    with db.engine.connect() as connection:
        open_sessions = connection.scalar(select(func.count()).select_from(m.CounterSession)
                                          .where(m.CounterSession.closed_at.is_(None)))
    assert open_sessions == 1
    queue.leave_counter(post)
    with db.engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(m.CounterSession)
                                 .where(m.CounterSession.closed_at.is_(None))) == 0


def test_database_gone_is_a_plain_message() -> None:
    database = SiteDatabase("postgresql+psycopg://postgres@127.0.0.1:1/none")
    queue = QueueService(lambda: SqlQueueUnitOfWork(database), SqlQueueReader(database))
    with says("Geen verbinding met de wachtrijdatabase"):
        queue.issue_ticket("BOZ", "A")
    database.dispose()


def test_no_event_row_without_its_transition(queue: QueueService, db: SiteDatabase) -> None:
    """A failing command leaves neither a state change nor an event (one transaction)."""
    queue.issue_ticket("BOZ", "A")
    post = queue.counter_post("BOZ", 1, "mw01")
    queue.call_next(post)
    with pytest.raises(UserFacingError):
        queue.transfer(post, to_service_letter="Z")
    current = queue.current_ticket(post)
    assert current is not None and current.state is TicketState.CALLED
    with db.engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(m.QueueEvent)
                                 .where(m.QueueEvent.type == EventType.TRANSFERRED.value)) == 0


def test_a_bsn_typed_into_a_transfer_note_never_reaches_the_site_database(
        queue: QueueService, db: SiteDatabase) -> None:
    queue.issue_ticket("BOZ", "A")
    post = queue.counter_post("BOZ", 1, "mw01")
    queue.call_next(post)
    queue.transfer(post, to_service_letter="B", note="rijbewijs voor 9999.93.653 verlengen")
    with db.engine.connect() as connection:
        notes = list(connection.scalars(select(m.TransferNote.text)))
        event_notes = list(connection.scalars(select(m.QueueEvent.note)
                                              .where(m.QueueEvent.type == "transferred")))
    assert notes == ["rijbewijs voor ********* verlengen"]
    assert event_notes == [""]  # free text stays out of the immutable event log
