"""Issue 9 on a real database: transfer notes, undo, priority tickets and the day's lists."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from tests.integration.store.test_queue_on_database import MORNING, Clock, events, says
from workstation.app import open_site
from workstation.demo_seed import seed_demo
from workstation.domain.queue import SITE_TIMEZONE, TicketState
from workstation.services.queue_service import QueueService
from workstation.store import models as m
from workstation.store.database import SiteDatabase
from workstation.store.queue_reader import SqlQueueReader
from workstation.store.queue_uow import SqlQueueUnitOfWork


@pytest.fixture
def clock() -> Clock:
    return Clock(MORNING)


@pytest.fixture
def db(site_url: str) -> Iterator[SiteDatabase]:
    site = open_site(site_url, demo=True)
    seed_demo(site.database, now=MORNING)
    yield site.database
    site.close()


@pytest.fixture
def queue(db: SiteDatabase, clock: Clock) -> QueueService:
    return QueueService(lambda: SqlQueueUnitOfWork(db), SqlQueueReader(db), clock)


def test_transfer_note_is_a_row_of_its_own_purged_at_the_end_of_the_day(
        queue: QueueService, db: SiteDatabase) -> None:
    ticket = queue.issue_ticket("BOZ", "A").ticket
    sender = queue.counter_post("BOZ", 1, "mw01")
    queue.call_next(sender)
    queue.transfer(sender, to_counter_number=2, note="  wil ook een uittreksel ")
    with db.engine.connect() as connection:
        row = connection.execute(select(m.TransferNote)).one()
    assert (row.ticket_id, row.text, row.written_at) == (ticket.id, "wil ook een uittreksel",
                                                         MORNING)
    assert row.purge_after == datetime(2026, 3, 3, 0, 0, tzinfo=SITE_TIMEZONE)
    assert row.from_counter_id == sender.counter.id
    assert row.from_staff_id == sender.staff.id  # type: ignore[union-attr]


def test_receiving_counter_sees_note_sender_and_time_in_list_and_card(
        queue: QueueService, clock: Clock) -> None:
    queue.issue_ticket("BOZ", "A")
    sender = queue.counter_post("BOZ", 1, "mw01")
    receiver = queue.counter_post("BOZ", 2, "mw02")
    queue.call_next(sender)
    queue.transfer(sender, to_counter_number=2, note="wil ook een uittreksel")
    waiting = queue.overview("BOZ").services[0].waiting[0]
    assert waiting.note is not None
    assert (waiting.note.text, waiting.note.from_counter_number, waiting.note.from_staff_name,
            waiting.note.written_at) == ("wil ook een uittreksel", 1, "Anouk", MORNING)
    clock.advance(minutes=2)
    queue.call_next(receiver)
    current = queue.current_ticket(receiver)
    assert current is not None and current.note == waiting.note


def test_a_later_transfer_without_note_does_not_carry_the_old_note(
        queue: QueueService, clock: Clock) -> None:
    queue.issue_ticket("BOZ", "A")
    first = queue.counter_post("BOZ", 1, "mw01")
    second = queue.counter_post("BOZ", 2, "mw02")
    queue.call_next(first)
    queue.transfer(first, to_counter_number=2, note="eerste notitie")
    clock.advance(minutes=1)
    queue.call_next(second)
    clock.advance(minutes=1)
    queue.transfer(second, to_counter_number=1)
    assert queue.overview("BOZ").services[0].waiting[0].note is None


def test_finish_and_no_show_can_be_undone_within_a_minute(
        queue: QueueService, clock: Clock, db: SiteDatabase) -> None:
    ticket = queue.issue_ticket("BOZ", "A").ticket
    post = queue.counter_post("BOZ", 1, "mw01")
    queue.call_next(post)
    queue.start_serving(post)
    queue.finish(post)
    clock.advance(seconds=59)
    back = queue.undo(post, ticket.id)
    assert back.state is TicketState.SERVING
    assert queue.current_ticket(post) is not None
    queue.finish(post)
    clock.advance(seconds=61)
    with says("De minuut om A001 terug te zetten is voorbij."):
        queue.undo(post, ticket.id)
    other = queue.issue_ticket("BOZ", "A").ticket
    queue.call_next(post)
    queue.mark_no_show(post)
    assert queue.undo(post, other.id).state is TicketState.CALLED
    assert events(db, other.id)[-2:] == ["no_show", "no_show_undone"]


def test_undo_is_refused_once_the_counter_has_a_new_visitor(queue: QueueService) -> None:
    first = queue.issue_ticket("BOZ", "A").ticket
    queue.issue_ticket("BOZ", "A")
    post = queue.counter_post("BOZ", 1, "mw01")
    queue.call_next(post)
    queue.mark_no_show(post)
    queue.call_next(post)
    with says("U heeft al een volgende bezoeker; A001 kan niet terug."):
        queue.undo(post, first.id)


def test_another_counter_cannot_undo(queue: QueueService) -> None:
    ticket = queue.issue_ticket("BOZ", "A").ticket
    post = queue.counter_post("BOZ", 1, "mw01")
    queue.call_next(post)
    queue.mark_no_show(post)
    with says("kan niet meer worden teruggezet"):
        queue.undo(queue.counter_post("BOZ", 2, "mw02"), ticket.id)


def test_priority_ticket_is_called_after_due_appointments_before_the_norm_order(
        queue: QueueService, clock: Clock) -> None:
    old = queue.issue_ticket("BOZ", "A").ticket
    clock.advance(minutes=20)
    urgent = queue.issue_ticket("BOZ", "A", priority=True).ticket
    assert urgent.priority
    post = queue.counter_post("BOZ", 1, "mw01")
    called = queue.call_next(post)
    assert called is not None and called.id == urgent.id
    waiting = [t.priority for t in queue.overview("BOZ").services[0].waiting]
    assert waiting == [False] and old.state is TicketState.WAITING


def test_tickets_today_and_the_counters_own_day(queue: QueueService, clock: Clock) -> None:
    a = queue.issue_ticket("BOZ", "A").ticket
    clock.advance(minutes=1)
    b = queue.issue_ticket("BOZ", "B", priority=True).ticket
    post = queue.counter_post("BOZ", 1, "mw01")
    queue.call_next(post)  # b has priority
    queue.mark_no_show(post)
    assert [(t.number, t.priority) for t in queue.tickets_today("BOZ")] == [
        ("B001", True), ("A001", False)]
    mine = queue.counter_today(post)
    assert [(t.ticket_id, t.state) for t in mine] == [(b.id, TicketState.NO_SHOW)]
    assert queue.counter_today(queue.counter_post("BOZ", 2, "mw02")) == ()
    clock.advance(days=1)
    assert queue.tickets_today("BOZ") == ()
    assert a.state is TicketState.WAITING


def test_transfer_targets_are_the_other_active_counters_with_who_is_there(
        queue: QueueService, db: SiteDatabase) -> None:
    post = queue.counter_post("BOZ", 1, "mw01")
    queue.counter_post("BOZ", 3, "mw03")
    targets = queue.transfer_targets(post)
    numbers = [t.number for t in targets]
    assert 1 not in numbers and 3 in numbers
    assert next(t for t in targets if t.number == 3).staff_name == "Chantal"
    assert all(t.staff_name == "" for t in targets if t.number != 3)
    with db.engine.begin() as connection:
        connection.execute(m.Counter.__table__.update().where(m.Counter.number == 3)
                           .values(active=False))
    assert 3 not in [t.number for t in queue.transfer_targets(post)]


def test_reprint_gives_the_same_ticket_while_it_is_open(queue: QueueService) -> None:
    issued = queue.issue_ticket("BOZ", "C")
    again = queue.reprint("BOZ", issued.ticket.id)
    assert (again.ticket.number, again.service.letter) == ("C001", "C")
    queue.cancel("BOZ", issued.ticket.id)
    with says("Wachtnummer C001 is niet meer in gebruik."):
        queue.reprint("BOZ", issued.ticket.id)


def test_end_of_day_is_amsterdam_midnight() -> None:
    from workstation.domain.queue import end_of_business_day

    late = datetime(2026, 3, 2, 22, 30, tzinfo=UTC)  # 23:30 in Amsterdam
    assert end_of_business_day(late) == datetime(2026, 3, 3, tzinfo=SITE_TIMEZONE)
    assert end_of_business_day(late + timedelta(hours=1)) == datetime(
        2026, 3, 4, tzinfo=SITE_TIMEZONE)
