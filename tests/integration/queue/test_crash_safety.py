"""A counter process killed with SIGKILL leaves no ticket lost or stuck.

Killed in a tight loop of call_next/start_serving/finish while other counters keep working, or
killed while it holds an open claim transaction: the other counters still get every waiting
ticket, the killed counter gets its current ticket back when it restarts, and ticket rows and
events agree. On SQLite (the write lock dies with the process) and PostgreSQL (the server rolls
the transaction back when the connection drops).
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator

import psycopg
import pytest

from benchmarks._common import (
    add_counters,
    event_counts,
    inconsistent_tickets,
    seed_tickets,
    ticket_states,
)
from tests.databases import PG_ADMIN
from tests.integration.queue.storm_worker import WorkerProcess
from workstation.app import Site, open_site
from workstation.domain.queue import EventType, TicketState
from workstation.services.queue_service import CounterPost

LOCATION = "BOZ"
KILLED, OTHERS = 101, (102, 103)


@pytest.fixture
def site(site_url: str) -> Iterator[Site]:
    opened = open_site(site_url, demo=True)
    add_counters(opened.database, LOCATION, [KILLED, *OTHERS])
    yield opened
    opened.close()


def _wait_for_aborted_transactions(site: Site, timeout: float = 5.0) -> None:
    """PostgreSQL rolls back a killed client's transaction when it sees the socket close;
    wait (bounded) until no session of this database is left idle in a transaction."""
    if not site.database.is_postgres:
        return
    name = site.database.url.database
    deadline = time.monotonic() + timeout
    with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
        while True:
            open_transactions = admin.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = %s "
                "AND state LIKE 'idle in transaction%%'", (name,)).fetchone()
            if open_transactions == (0,):
                return
            assert time.monotonic() < deadline, "killed client's transaction still open"
            time.sleep(0.05)


def _serve_all(site: Site, post: CounterPost) -> list[str]:
    served = []
    while (ticket := site.queue.call_next(post)) is not None:
        site.queue.start_serving(post)
        site.queue.finish(post)
        served.append(ticket.id)
    return served


def _finish_current(site: Site, post: CounterPost) -> None:
    current = site.queue.current_ticket(post)
    assert current is not None
    if current.state is TicketState.CALLED:
        site.queue.start_serving(post)
    site.queue.finish(post)


def _assert_all_done_once(site: Site, issued: list[str]) -> None:
    assert set(ticket_states(site.database).values()) == {TicketState.DONE}
    called = event_counts(site.database, EventType.CALLED)
    assert set(called) == set(issued)
    assert set(called.values()) == {1}
    assert set(event_counts(site.database, EventType.FINISHED).values()) == {1}
    assert inconsistent_tickets(site.database) == []


@pytest.mark.slow
def test_killed_in_a_tight_loop_loses_no_ticket(site: Site, site_url: str) -> None:
    """Three times: kill the counter process at a random point of its call/serve/finish
    loop and start it again, while two other counter processes keep calling."""
    issued = seed_tickets(site, LOCATION, 300)
    others = [WorkerProcess(site_url, LOCATION, n, "mw02", "loop") for n in OTHERS]
    rounds: list[WorkerProcess] = []
    try:
        for _ in range(3):
            killed = WorkerProcess(site_url, LOCATION, KILLED, "mw01", "loop")
            rounds.append(killed)
            killed.wait_for(lambda lines: "done" in lines or sum(
                x.startswith("claimed") for x in lines) >= 8, 60)
            killed.kill()
        for worker in others:
            assert worker.finish(timeout=120) == 0
    finally:
        for worker in [*rounds, *others]:
            worker.close()
    _wait_for_aborted_transactions(site)
    assert inconsistent_tickets(site.database) == []

    by_others = Counter(t for w in others for t in w.ids("claimed"))
    assert [t for t, n in by_others.items() if n > 1] == []
    by_killed = {t for w in rounds for t in w.ids("claimed")}
    assert set(by_others).isdisjoint(by_killed)
    states = ticket_states(site.database)
    assert [t for t, s in states.items() if s is TicketState.WAITING] == []
    open_tickets = [t for t, s in states.items() if s.is_open]
    assert len(open_tickets) <= 1  # at most the one the killed counter was working on

    restarted = site.queue.counter_post(LOCATION, KILLED, "mw01")
    current = site.queue.current_ticket(restarted)
    assert ([current.ticket_id] if current else []) == open_tickets
    if current is not None:
        assert current.ticket_id not in rounds[-1].ids("finished")
        again = site.queue.call_next(restarted)
        assert again is not None and again.id == current.ticket_id
        _finish_current(site, restarted)
    assert site.queue.call_next(restarted) is None
    _assert_all_done_once(site, issued)


def test_killed_inside_an_open_claim_transaction_loses_no_ticket(
        site: Site, site_url: str) -> None:
    issued = seed_tickets(site, LOCATION, 20)
    other = site.queue.counter_post(LOCATION, OTHERS[0], "mw02")
    site.queue.overview(LOCATION)  # a screen that was already showing the queue
    holder = WorkerProcess(site_url, LOCATION, KILLED, "mw01", "hold")
    try:
        holder.wait_for(lambda lines: any(x.startswith("holding") for x in lines), 60)
        held = holder.ids("holding")[0]
        waiting = [t.ticket_id for s in site.queue.overview(LOCATION).services for t in s.waiting]
        assert held in waiting  # not committed: nobody else sees it called
        if site.database.is_postgres:
            # SKIP LOCKED: another counter is not held up by the open claim.
            started = time.monotonic()
            claimed = site.queue.call_next(other)
            assert claimed is not None and claimed.id != held
            assert time.monotonic() - started < 2.0
            _finish_current(site, other)
        holder.kill()
    finally:
        holder.close()
    _wait_for_aborted_transactions(site)

    assert ticket_states(site.database)[held] is TicketState.WAITING
    assert held not in event_counts(site.database, EventType.CALLED)
    assert inconsistent_tickets(site.database) == []
    restarted = site.queue.counter_post(LOCATION, KILLED, "mw01")
    assert site.queue.current_ticket(restarted) is None
    again = site.queue.call_next(restarted)
    assert again is not None and again.id == held  # still first in line
    _finish_current(site, restarted)
    _serve_all(site, other)
    _assert_all_done_once(site, issued)
