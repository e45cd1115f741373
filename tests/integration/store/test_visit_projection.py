"""The visit's moments the queue keeps on each ticket equal the domain's fold of its events
(ADR 0028): after a random morning of queue operations on SQLite and PostgreSQL, and after
the migration backfills them from the events."""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import pytest
from alembic import command
from sqlalchemy import select

from workstation.app import open_site
from workstation.domain.errors import UserFacingError
from workstation.domain.measures import VISIT_MOMENTS, moments_from_events
from workstation.domain.ticket import Ticket
from workstation.services.queue_service import CounterPost, QueueService
from workstation.store import models as m
from workstation.store.database import SiteDatabase
from workstation.store.migrate import _config, upgrade
from workstation.store.queue_reader import SqlQueueReader
from workstation.store.queue_uow import SqlQueueUnitOfWork
from workstation.store.visit_projection import MOMENT_COLUMNS

MORNING = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)  # Monday 09:00 in Amsterdam
NAMES = [name for name, _type, _pick in VISIT_MOMENTS]


@pytest.fixture
def db(site_url: str) -> Iterator[SiteDatabase]:
    site = open_site(site_url, demo=True)
    yield site.database
    site.close()


def random_morning(db: SiteDatabase, seed: int, steps: int = 160) -> int:
    """Random queue operations at two counters, finishes and no-shows sometimes undone;
    returns how many succeeded."""
    rng = random.Random(seed)
    now = [MORNING]
    queue = QueueService(lambda: SqlQueueUnitOfWork(db), SqlQueueReader(db), lambda: now[0])
    posts = [queue.counter_post("ETL", 1, "mw01"), queue.counter_post("ETL", 2, "mw02")]
    letters = [s.letter for s in queue.services("ETL") if not s.is_appointment]

    def issue(_post: int) -> object:
        return queue.issue_ticket("ETL", rng.choice(letters))

    def end(post: int, step: Callable[[CounterPost], Ticket]) -> object:
        """A finish or no-show, taken back now and then a little later (within the window)."""
        ticket = step(posts[post])
        if rng.random() < 0.35:
            now[0] += timedelta(seconds=rng.uniform(1, 30))
            queue.undo(posts[post], ticket.id)
        return ticket

    def cancel(_post: int) -> object:
        waiting = [t for t in queue.tickets_today("ETL") if t.state == "waiting"]
        return queue.cancel("ETL", rng.choice(waiting).ticket_id)

    operations: list[tuple[float, Callable[[int], object]]] = [
        (4, issue), (3, lambda p: queue.call_next(posts[p])),
        (2, lambda p: queue.recall(posts[p])), (3, lambda p: queue.start_serving(posts[p])),
        (3, lambda p: end(p, queue.finish)), (1, lambda p: end(p, queue.mark_no_show)),
        (0.5, cancel),
        (0.5, lambda p: queue.transfer(posts[p], to_counter_number=2 - p)),
    ]
    done = 0
    for _ in range(steps):
        now[0] += timedelta(seconds=rng.uniform(0, 180))
        operation = rng.choices([o for _w, o in operations], [w for w, _o in operations])[0]
        try:
            operation(rng.randrange(2))
        except (UserFacingError, IndexError):
            continue  # not possible now (nobody waiting, no visitor at the counter)
        done += 1
    queue.close_day("ETL", MORNING.date())
    return done


def projection(db: SiteDatabase) -> dict[str, tuple[float | None, ...]]:
    with db.engine.connect() as connection:
        return {row[0]: tuple(row[1:]) for row in connection.execute(
            select(m.Ticket.id, *MOMENT_COLUMNS))}


def folded_events(db: SiteDatabase) -> dict[str, tuple[float | None, ...]]:
    events: dict[str, list[tuple[str, float]]] = defaultdict(list)
    with db.engine.connect() as connection:
        for ticket_id, type_, at in connection.execute(
                select(m.QueueEvent.ticket_id, m.QueueEvent.type, m.QueueEvent.at)):
            events[ticket_id].append((type_, at.timestamp()))
    return {ticket_id: tuple(moments_from_events(e).values()) for ticket_id, e in events.items()}


def assert_same(kept: dict[str, tuple[float | None, ...]],
                folded: dict[str, tuple[float | None, ...]], tolerance: float) -> None:
    assert kept.keys() == folded.keys()
    for ticket_id, moments in kept.items():
        for name, mine, fold in zip(NAMES, moments, folded[ticket_id], strict=True):
            assert (mine is None) == (fold is None), (ticket_id, name)
            if fold is not None:
                assert mine == pytest.approx(fold, abs=tolerance), (ticket_id, name)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_kept_moments_are_the_fold_of_the_events(db: SiteDatabase, seed: int) -> None:
    assert random_morning(db, seed) > 60
    kept = projection(db)
    assert len(kept) > 10
    assert any(moments[NAMES.index("finish_undone")] for moments in kept.values())
    assert_same(kept, folded_events(db), tolerance=0.0)


def test_the_migration_backfills_the_moments_from_the_events(db: SiteDatabase) -> None:
    random_morning(db, 4)
    kept = projection(db)
    config = _config()
    with db.engine.connect() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0011")
        connection.commit()
    upgrade(db)
    # SQLite computes the epoch through julianday: exact to well under a millisecond.
    assert_same(projection(db), kept, tolerance=0.001)
