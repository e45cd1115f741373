"""Every way the site database fails is an expected state (a UserFacingError), never a bug:
a file that is not a database, a schema of another version, a write lock held by another
process, a stuck writer in the writers' queue. And the change feed outlives its consumer's
bugs."""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text

from tests.failing_databases import garbage_over, sqlite_path, sqlite_write_lock, writers_turn_held
from workstation.app import Site, open_site
from workstation.domain.errors import StoreUnavailable
from workstation.store.change_feed import ChangeFeed, ChangeNotice
from workstation.store.errors import DatabaseBusy, DatabaseDamaged

LOCATION = "BOZ"


@pytest.fixture
def site(sqlite_url: str) -> Iterator[Site]:
    opened = open_site(sqlite_url, demo=True)
    yield opened
    opened.close()


@pytest.fixture
def path(sqlite_url: str) -> Path:
    return sqlite_path(sqlite_url)


def test_garbage_over_the_file_is_a_damaged_database_for_writes_reads_and_the_probe(
        site: Site, path: Path) -> None:
    post = site.queue.counter_post(LOCATION, 1, "mw01")
    with garbage_over(path):
        with pytest.raises(DatabaseDamaged) as raised:
            site.queue.issue_ticket(LOCATION, "A")
        assert "beschadigd" in raised.value.message
        with pytest.raises(StoreUnavailable):
            site.queue.overview(LOCATION)
        with pytest.raises(StoreUnavailable):
            site.health.check()
        with pytest.raises(StoreUnavailable):
            site.alarms.raise_alarm(post.location, post.counter, post.staff)
    site.health.check()  # the file is back: usable again
    assert site.queue.issue_ticket(LOCATION, "A").ticket.number == "A001"


def test_a_schema_of_another_version_is_a_damaged_database(site: Site) -> None:
    with site.database.engine.begin() as connection:
        connection.execute(text("ALTER TABLE alarm_response DROP COLUMN responded_at"))
    with pytest.raises(DatabaseDamaged):
        site.health.check()


def test_a_write_lock_held_by_another_process_makes_writers_give_up_busy(
        site: Site, path: Path) -> None:
    with sqlite_write_lock(path):
        with pytest.raises(DatabaseBusy) as raised:
            site.queue.issue_ticket(LOCATION, "A")
        assert "bezet" in raised.value.message
        site.queue.overview(LOCATION)  # readers are not held up by a writer
    site.queue.issue_ticket(LOCATION, "A")


def test_a_stuck_writer_in_the_writers_queue_makes_the_next_one_give_up_busy(
        site: Site, path: Path) -> None:
    with writers_turn_held(path), pytest.raises(DatabaseBusy):
        site.queue.issue_ticket(LOCATION, "A")
    site.queue.issue_ticket(LOCATION, "A")  # the abandoned wait handed its turn back


def test_the_change_feed_logs_a_consumer_bug_and_keeps_running(
        site: Site, caplog: pytest.LogCaptureFixture) -> None:
    notices: queue.Queue[ChangeNotice] = queue.Queue()
    calls = 0

    def consumer(notice: ChangeNotice) -> None:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise RuntimeError("a bug in a consumer")
        notices.put(notice)

    feed = ChangeFeed(site.database, consumer)
    with caplog.at_level(logging.ERROR, logger="loket.db"):
        feed.start()
        try:
            first = notices.get(timeout=10)  # after the bug: reconnected, notified again
            assert first.reconnected
            site.queue.issue_ticket(LOCATION, "A")
            assert not notices.get(timeout=10).reconnected  # and still follows commits
            assert any(t.name == "loket-change-feed" for t in threading.enumerate())
        finally:
            feed.stop()
    [record] = [r for r in caplog.records if r.exc_info]
    assert "consumer failed" in record.getMessage()
    assert record.exc_info is not None and record.exc_info[0] is RuntimeError


@pytest.mark.postgres
def test_a_row_held_by_another_postgres_session_makes_the_writer_give_up_busy(
        pg_url: str) -> None:
    site = open_site(pg_url, demo=True)
    try:
        post = site.queue.counter_post(LOCATION, 1, "mw01")
        site.queue.issue_ticket(LOCATION, "A")
        called = site.queue.call_next(post)
        assert called is not None
        conninfo = pg_url.replace("postgresql+psycopg://", "postgresql://", 1)
        with psycopg.connect(conninfo) as other:  # another program, mid-transaction
            other.execute("SELECT id FROM ticket WHERE id = %s FOR UPDATE", (called.id,))
            with pytest.raises(DatabaseBusy):
                site.queue.recall(post)
        assert site.queue.recall(post).calls_made == 2  # free again: the writer goes on
    finally:
        site.close()
