"""The supervisor's board and actions on a real site database (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from tests.integration.store.test_queue_on_database import MORNING, Clock
from workstation.app import Site, open_site
from workstation.demo_seed import seed_demo
from workstation.domain.customer import Backlog
from workstation.domain.kto import Aspect, MarkPlace, MarkRefused
from workstation.domain.site import StaffInfo
from workstation.domain.staff import NotPermitted, Role
from workstation.domain.supervision import CounterState, NormStatus
from workstation.services.kto_service import KtoService
from workstation.services.queue_service import QueueService
from workstation.services.supervisor_heartbeat import BacklogHeartbeat
from workstation.services.supervisor_service import SupervisorService, TickerRefused
from workstation.store import models as m
from workstation.store.kto_store import SqlKtoStore
from workstation.store.queue_reader import SqlQueueReader
from workstation.store.queue_uow import SqlQueueUnitOfWork
from workstation.store.report_reader import SqlReportReader
from workstation.store.supervisor_reader import SqlSupervisorReader
from workstation.store.supervisor_store import SqlBacklogStore, SqlSupervisorUnitOfWork

SUPERVISOR = StaffInfo(4, "mw04", "Dennis", frozenset({Role.COUNTER, Role.SUPERVISOR}))
COUNTER_ONLY = StaffInfo(2, "mw02", "Bram", frozenset({Role.COUNTER}))


@dataclass
class World:
    site: Site
    clock: Clock
    queue: QueueService
    supervisor: SupervisorService


@pytest.fixture
def world(site_url: str) -> Iterator[World]:
    site = open_site(site_url, demo=True)
    seed_demo(site.database, now=MORNING)
    database = site.database
    clock = Clock(MORNING)
    yield World(
        site, clock,
        QueueService(lambda: SqlQueueUnitOfWork(database), SqlQueueReader(database), clock),
        SupervisorService(lambda: SqlSupervisorUnitOfWork(database),
                          SqlSupervisorReader(database), SqlReportReader(database), clock),
    )
    site.close()


def test_board_shows_queues_against_norms_counters_alarms_and_callbacks(world: World) -> None:
    queue, clock = world.queue, world.clock
    first = queue.issue_ticket("BOZ", "A")
    clock.advance(minutes=9)  # A's norm is 10 minutes: 9 of 10 is near it
    queue.issue_ticket("BOZ", "A")
    queue.issue_ticket("BOZ", "C")
    counter_1 = queue.counter_post("BOZ", 1, "mw01")
    queue.counter_post("BOZ", 2, "mw02")
    world.site.staff.pause(queue.counter_post("BOZ", 2, "mw02"))
    world.site.alarms.raise_alarm(counter_1.location, counter_1.counter, counter_1.staff)
    with world.site.database.engine.begin() as connection:
        connection.execute(m.CallbackEvent.__table__.insert(), [
            {"event_id": "cb1", "municipality_code": "0748", "location_code": "BOZ",
             "kanaal": "telefoon", "created_at": MORNING, "done_at": None},
            {"event_id": "cb2", "municipality_code": "0748", "location_code": "BOZ",
             "kanaal": "telefoon", "created_at": MORNING, "done_at": MORNING},
        ])

    board = world.supervisor.board(SUPERVISOR)
    boz = board.location("BOZ")
    a = next(s for s in boz.services if s.letter == "A")
    assert (a.waiting, a.longest_wait, a.status) == (2, timedelta(minutes=9), NormStatus.NEAR)
    assert boz.longest_wait == a
    assert boz.waiting == 3
    states = {c.number: (c.state, c.staff_name) for c in boz.counters}
    assert states[1] == (CounterState.STAFFED, "Anouk")
    assert states[2] == (CounterState.PAUSED, "Bram")
    assert states[3] == (CounterState.EMPTY, "")
    assert [alarm.counter_number for alarm in boz.alarms] == [1]
    assert boz.callbacks_waiting == 1
    assert {b.code for b in board.locations} == {"BOZ", "ETL", "MDK", "RSD"}

    clock.advance(minutes=2)  # the first A has now waited 11 minutes: over its norm
    assert world.supervisor.board(SUPERVISOR).location("BOZ").status is NormStatus.OVER
    queue.call_next(counter_1)
    called = world.supervisor.board(SUPERVISOR).location("BOZ")
    assert next(c for c in called.counters if c.number == 1).serving == first.ticket.number


def test_only_a_supervisor_reads_the_board_or_changes_the_day(world: World) -> None:
    with pytest.raises(NotPermitted):
        world.supervisor.board(COUNTER_ONLY)
    with pytest.raises(NotPermitted):
        world.supervisor.close_service(COUNTER_ONLY, "BOZ", 1, "A")
    with pytest.raises(NotPermitted):
        world.supervisor.set_ticker(COUNTER_ONLY, "BOZ", "Hallo")


def test_closing_and_opening_a_counters_service_changes_who_calls_it(world: World) -> None:
    queue, supervisor = world.queue, world.supervisor
    counter_1 = queue.counter_post("BOZ", 1, "mw01")  # serves A, B, E, F
    queue.issue_ticket("BOZ", "B")
    supervisor.close_service(SUPERVISOR, "BOZ", 1, "B")
    assert queue.call_next(counter_1) is None
    letters = next(c for c in supervisor.board(SUPERVISOR).location("BOZ").counters
                   if c.number == 1).service_letters
    assert "B" not in letters
    supervisor.open_service(SUPERVISOR, "BOZ", 1, "B")
    supervisor.open_service(SUPERVISOR, "BOZ", 1, "C")
    counter_1 = queue.counter_post("BOZ", 1, "mw01")
    called = queue.call_next(counter_1)
    assert called is not None and called.number == "B001"
    letters = next(c for c in supervisor.board(SUPERVISOR).location("BOZ").counters
                   if c.number == 1).service_letters
    assert set(letters) == {"A", "B", "C", "E", "F"}


def test_the_ticker_reaches_the_location_and_refuses_personal_numbers(world: World) -> None:
    supervisor = world.supervisor
    supervisor.set_ticker(SUPERVISOR, "BOZ", "  Vandaag   tot 16:00 open ", "Open until 4 pm")
    location = world.queue.location("BOZ")
    assert (location.ticker_text, location.ticker_text_en) == ("Vandaag tot 16:00 open",
                                                               "Open until 4 pm")
    with pytest.raises(TickerRefused):
        supervisor.set_ticker(SUPERVISOR, "BOZ", "Bel 123456782 terug")
    with pytest.raises(TickerRefused):
        supervisor.set_ticker(SUPERVISOR, "BOZ", "x" * 301)
    assert world.queue.location("BOZ").ticker_text == "Vandaag tot 16:00 open"


def test_backlog_reports_overwrite_one_row_per_workstation(world: World) -> None:
    store = SqlBacklogStore(world.site.database)
    heartbeat = BacklogHeartbeat(store, "BOZ-03", "BOZ", "counter", world.clock)
    assert heartbeat.report(Backlog(pending=4, parked=1, last_error="Open Zaak gaf 503"))
    world.clock.advance(minutes=1)
    assert heartbeat.report(Backlog(pending=2, parked=0))
    world.clock.advance(minutes=1)
    assert not heartbeat.report(Backlog(pending=2, parked=0))  # nothing new to say yet
    (reported,) = world.supervisor.board(SUPERVISOR).workstations
    assert (reported.workstation, reported.pending, reported.parked, reported.last_error) == (
        "BOZ-03", 2, 0, "")
    assert reported.reported_at == MORNING + timedelta(minutes=1)
    assert not reported.silent(MORNING + timedelta(minutes=5))
    assert reported.silent(MORNING + timedelta(minutes=12))
    world.clock.advance(minutes=5)  # still the same backlog: the keep-alive is due
    assert heartbeat.report(Backlog(pending=2, parked=0))
    (reported,) = world.supervisor.board(SUPERVISOR).workstations
    assert reported.reported_at == MORNING + timedelta(minutes=7)


def test_a_mark_is_stored_anonymously_with_its_service_and_counter(world: World) -> None:
    kto = KtoService(SqlKtoStore(world.site.database), world.clock)
    place = MarkPlace("0748", "BOZ", "balie", "A", 3)
    kto.give(place, 8, {Aspect.WACHTTIJD: 6, Aspect.VRIENDELIJKHEID: 9})
    kto.give(MarkPlace("0748", "BOZ"), 10)
    with pytest.raises(MarkRefused):
        kto.give(place, 11)
    with world.site.database.engine.connect() as connection:
        rows = connection.execute(select(m.KtoMark).order_by(m.KtoMark.mark)).all()
    assert [(r.mark, r.service_letter, r.counter_number, r.wachttijd, r.vriendelijkheid,
             r.deskundigheid) for r in rows] == [(8, "A", 3, 6, 9, None),
                                                 (10, None, None, None, None, None)]
    assert {r.given_at.replace(tzinfo=UTC) if r.given_at.tzinfo is None else r.given_at
            for r in rows} == {datetime(2026, 3, 2, 8, 30, tzinfo=UTC)}
