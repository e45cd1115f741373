"""Storm: 8 counter processes press "next" 500 times each on one location at the same time.

Every ticket must be handed out exactly once (one CALLED event each, to one counter) and none
may be lost (all 4000 done), on the SQLite file and on PostgreSQL.
"""

from __future__ import annotations

from collections import Counter

import pytest

from benchmarks._common import (
    add_counters,
    event_counts,
    inconsistent_tickets,
    seed_tickets,
    ticket_states,
)
from tests.integration.queue.storm_worker import WorkerProcess
from workstation.app import open_site
from workstation.domain.queue import EventType, TicketState

WORKERS = 8
CALLS_PER_WORKER = 500
COUNTERS = [101 + i for i in range(WORKERS)]
COUNTER_STAFF = ["mw01", "mw02", "mw03", "mw04", "mw06"]  # demo colleagues who do counter work
LOCATION = "BOZ"


def _storm(url: str) -> None:
    site = open_site(url, demo=True)
    try:
        add_counters(site.database, LOCATION, COUNTERS)
        issued = seed_tickets(site, LOCATION, WORKERS * CALLS_PER_WORKER)
        workers = [WorkerProcess(url, LOCATION, number, COUNTER_STAFF[i % len(COUNTER_STAFF)],
                                 "storm", CALLS_PER_WORKER)
                   for i, number in enumerate(COUNTERS)]
        try:
            for worker in workers:
                worker.wait_ready()
            for worker in workers:
                worker.go()
            for worker in workers:
                assert worker.finish(timeout=150) == 0
                assert worker.lines[-1] == "done"
        finally:
            for worker in workers:
                worker.close()

        claims = Counter(ticket for worker in workers for ticket in worker.ids("claimed"))
        assert sum(claims.values()) == len(issued)
        assert [t for t, n in claims.items() if n > 1] == []
        assert set(claims) == set(issued)
        assert all(len(w.ids("claimed")) == CALLS_PER_WORKER for w in workers)

        called = event_counts(site.database, EventType.CALLED)
        assert set(called) == set(issued)
        assert {n for n in called.values()} == {1}
        assert set(event_counts(site.database, EventType.FINISHED).values()) == {1}
        assert event_counts(site.database, EventType.RECALLED) == {}
        assert set(ticket_states(site.database).values()) == {TicketState.DONE}
        assert inconsistent_tickets(site.database) == []
        overview = site.queue.overview(LOCATION)
        assert sum(s.waiting_count for s in overview.services) == 0
    finally:
        site.close()


@pytest.mark.slow
def test_storm_on_sqlite_hands_every_ticket_out_exactly_once(sqlite_url: str) -> None:
    _storm(sqlite_url)


@pytest.mark.slow
@pytest.mark.postgres
def test_storm_on_postgres_hands_every_ticket_out_exactly_once(pg_url: str) -> None:
    _storm(pg_url)
