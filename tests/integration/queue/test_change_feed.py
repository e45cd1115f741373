"""The change feed as a hall display uses it (``Site.follower``): commits made by another
process reach it, and on PostgreSQL it survives dropped connections (what a server restart
does to its clients) by reconnecting and re-reading, as the writers do."""

from __future__ import annotations

import queue
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest

from benchmarks._common import add_counters, seed_tickets
from tests.databases import terminate_connections
from tests.integration.queue.storm_worker import WorkerProcess
from workstation.app import Site, open_site
from workstation.domain.overview import LocationOverview
from workstation.domain.queue import EventType, utc_now
from workstation.domain.ticket import Ticket
from workstation.services.queue_follower import QueueFollower
from workstation.services.queue_service import QueueService
from workstation.store.change_feed import ChangeFeed
from workstation.store.errors import DatabaseUnavailable
from workstation.store.queue_reader import SqlQueueReader
from workstation.store.queue_uow import SqlQueueUnitOfWork

LOCATION = "BOZ"
RECOVERY_S = 5.0


class Display:
    """A follower with what it delivered, as a test can wait for it."""

    def __init__(self, site: Site) -> None:
        self.overviews: queue.Queue[LocationOverview] = queue.Queue()
        self.connection: list[bool] = []
        self.follower: QueueFollower = site.follower(
            LOCATION, self.overviews.put, self.connection.append)

    def wait_for(self, predicate: Callable[[LocationOverview], bool], timeout: float,
                 ) -> LocationOverview:
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                overview = self.overviews.get(timeout=left)
            except queue.Empty:
                break
            if predicate(overview):
                return overview
        raise AssertionError(f"no matching overview within {timeout} s")


def _waiting(overview: LocationOverview) -> set[str]:
    return {t.ticket_id for s in overview.services for t in s.waiting}


def _called(overview: LocationOverview) -> set[str]:
    return {c.ticket_id for c in overview.calls}


@contextmanager
def _site_with_display(url: str) -> Iterator[tuple[Site, Display]]:
    site = open_site(url, demo=True)
    add_counters(site.database, LOCATION, [101])
    display = Display(site)
    display.follower.start()
    try:
        yield site, display
    finally:
        display.follower.stop()
        site.close()


def test_a_call_in_another_process_reaches_the_display(site_url: str) -> None:
    with _site_with_display(site_url) as (site, display):
        issued = seed_tickets(site, LOCATION, 3)
        display.wait_for(lambda o: set(issued) <= _waiting(o), RECOVERY_S)
        counter = WorkerProcess(site_url, LOCATION, 101, "mw01", "storm", 1)
        try:
            counter.wait_ready()
            counter.go()
            counter.wait_for(lambda lines: "done" in lines, 60)
            claimed = counter.ids("claimed")[0]
            seen = display.wait_for(lambda o: claimed in _called(o), RECOVERY_S)
            assert claimed not in _waiting(seen)
            assert counter.finish(timeout=30) == 0
        finally:
            counter.close()


def _cancel_without_notice(site: Site, ticket_id: str) -> None:
    """A commit nobody is told about: only a re-read after reconnecting can reveal it."""
    with SqlQueueUnitOfWork(site.database) as uow:
        ticket = uow.ticket_for_update(ticket_id)
        cancelled, event = ticket.step(EventType.CANCELLED, utc_now(), None)
        uow.save_ticket(cancelled)
        uow.add_event(event)
        uow.commit()


def _call_next_recovering(site: Site) -> Ticket | None:
    """A writer after the connections were dropped: at most the first attempt may fail."""
    for attempt in range(2):
        try:
            post = site.queue.counter_post(LOCATION, 101, "mw01")
            return site.queue.call_next(post)
        except DatabaseUnavailable:
            if attempt:
                raise
    raise AssertionError("unreachable")


@pytest.mark.postgres
def test_postgres_feed_and_writers_recover_after_dropped_connections(pg_url: str) -> None:
    with _site_with_display(pg_url) as (site, display):
        missed, *_ = seed_tickets(site, LOCATION, 3)
        display.wait_for(lambda o: missed in _waiting(o), RECOVERY_S)
        _cancel_without_notice(site, missed)

        dropped_at = time.monotonic()
        assert terminate_connections(pg_url) >= 1  # at least the feed's LISTEN connection
        called = _call_next_recovering(site)
        assert called is not None
        seen = display.wait_for(
            lambda o: missed not in _waiting(o) and called.id in _called(o), RECOVERY_S)
        assert time.monotonic() - dropped_at < RECOVERY_S
        assert seen.location_code == LOCATION
        assert False in display.connection
        assert display.connection[-1] is True


class _FailingFirstReads(QueueService):
    """The site's real queue, whose first overview reads fail as if the database blipped."""

    def __init__(self, site: Site, failures: int) -> None:
        super().__init__(lambda: SqlQueueUnitOfWork(site.database),
                         SqlQueueReader(site.database))
        self.failures = failures

    def overview(self, location_code: str, recent_calls: int = 10) -> LocationOverview:
        if self.failures > 0:
            self.failures -= 1
            raise DatabaseUnavailable("Geen verbinding met de wachtrijdatabase.",
                                      detail="test: read failed")
        return super().overview(location_code, recent_calls)


def test_a_failed_re_read_is_retried_without_waiting_for_a_change(sqlite_url: str) -> None:
    site = open_site(sqlite_url, demo=True)
    flaky = _FailingFirstReads(site, failures=2)
    overviews: queue.Queue[LocationOverview] = queue.Queue()
    connection: list[bool] = []
    follower = QueueFollower(
        flaky, LOCATION, lambda on_change, on_conn: ChangeFeed(site.database, on_change, on_conn),
        overviews.put, connection.append,
    )
    follower.start()
    try:
        overview = overviews.get(timeout=5)  # no commit happens: only the retry can deliver it
    finally:
        follower.stop()
        site.close()
    assert overview.location_code == LOCATION
    assert flaky.failures == 0
    assert connection[0] is False and True in connection  # gone, then back (before the stop)
