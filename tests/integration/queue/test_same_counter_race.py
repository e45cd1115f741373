"""Two or more processes acting as the same counter press "Volgende" at the same moment on
PostgreSQL: the counter still holds exactly one called ticket, and every process is given
that one (before the counter lock and the unique index, each got a ticket of its own)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from benchmarks._common import event_counts, seed_tickets
from tests.integration.queue.storm_worker import WorkerProcess
from workstation.app import open_site
from workstation.domain.queue import EventType
from workstation.store import models as m

PROCESSES = 4
TRIES = 3


@pytest.mark.postgres
@pytest.mark.parametrize("attempt", range(TRIES))
def test_processes_acting_as_one_counter_get_one_ticket(pg_url: str, attempt: int) -> None:
    site = open_site(pg_url, demo=True)
    try:
        seed_tickets(site, "BOZ", 20)
        workers = [WorkerProcess(pg_url, "BOZ", 1, "mw01", "once") for _ in range(PROCESSES)]
        try:
            for worker in workers:
                worker.wait_ready()
            for worker in workers:
                worker.go()
            for worker in workers:
                assert worker.finish(timeout=60) == 0
        finally:
            for worker in workers:
                worker.close()
        claimed = {ticket for worker in workers for ticket in worker.ids("claimed")}
        assert len(claimed) == 1, f"try {attempt}: the counter got {len(claimed)} tickets"
        with Session(site.database.engine) as session:
            at_counter = session.scalar(
                select(func.count()).select_from(m.Ticket)
                .where(m.Ticket.counter_id.is_not(None),
                       m.Ticket.state.in_(["called", "serving"])))
        assert at_counter == 1
        assert list(event_counts(site.database, EventType.CALLED).values()) == [1]
    finally:
        site.close()
