"""Call-next under concurrency: N counter processes press "next" at once on one location.

Each claimer process signs in at its own counter and repeats call_next, start_serving,
finish (the counter must be free again to claim). Latency is that of one call_next
transaction (as the counter screen waits for it); claims_per_s counts claims over the wall
time of the whole run, so it includes the two serving transactions per claim. Afterwards the
events are checked: ``duplicates`` (a ticket called more than once, or handed to two claimers)
and ``lost`` (a ticket not done) are summed over all runs and must be 0.

``pg_round_trips_per_claim`` is counted, not estimated: every statement SQLAlchemy sends
(``before_cursor_execute``) and every commit during call_next on PostgreSQL, divided by the
claims. (psycopg's own ``BEGIN`` and the pool's pre-ping are not cursor executions and are not
in that count.)

Run: ``python benchmarks/queue_claims.py [--quick]``; the last line is flat JSON.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
import time
from collections import Counter
from multiprocessing.synchronize import Barrier
from pathlib import Path
from typing import Any

# Run as a script: make the repository importable.
_ROOT = str(Path(__file__).resolve().parents[1])
sys.path.insert(0, _ROOT)  # first: benchmarks/workstation.py must not shadow the package

from sqlalchemy import event  # noqa: E402

from benchmarks._common import (  # noqa: E402
    add_counters,
    event_counts,
    fresh_database,
    percentile,
    seed_tickets,
    ticket_states,
)
from workstation.app import open_site  # noqa: E402
from workstation.domain.queue import EventType, TicketState  # noqa: E402

LOCATION = "BOZ"
FIRST_COUNTER = 201


def _claimer(url: str, counter: int, claims: int, barrier: Barrier,
             results: Any, burst: bool) -> None:
    site = open_site(url, migrate=False)
    try:
        post = site.queue.counter_post(LOCATION, counter)
        barrier.wait()
        started = time.perf_counter()
        latencies: list[float] = []
        ids: list[str] = []
        for _ in range(claims):
            if burst:  # every counter presses "Volgende" at the same moment, round by round
                barrier.wait()
            before = time.perf_counter()
            ticket = site.queue.call_next(post)
            latencies.append(time.perf_counter() - before)
            if ticket is None:
                break
            ids.append(ticket.id)
            site.queue.start_serving(post)
            site.queue.finish(post)
        results.put((latencies, ids, started, time.perf_counter()))
    finally:
        site.close()


def measure(kind: str, claimers: int, claims_each: int, *, burst: bool = False,
            ) -> dict[str, float | int]:
    """One run on a fresh database: ``claimers`` processes, ``claims_each`` claims each.

    Closed loop (default): each claimer claims again as soon as it has served. Burst: the
    claimers press together, then all serve, then press together again — what 32 counters
    pressing at one moment feel, without the queueing of a saturated closed loop.
    """
    with fresh_database(kind) as url:
        site = open_site(url, demo=True)
        add_counters(site.database, LOCATION, range(FIRST_COUNTER, FIRST_COUNTER + claimers))
        issued = seed_tickets(site, LOCATION, claimers * claims_each)
        site.database.dispose()  # no pooled connection may cross the fork
        context = multiprocessing.get_context("fork")
        barrier = context.Barrier(claimers)
        results = context.Queue()
        processes = [
            context.Process(target=_claimer,
                            args=(url, FIRST_COUNTER + i, claims_each, barrier, results, burst))
            for i in range(claimers)
        ]
        for process in processes:
            process.start()
        outcomes = [results.get(timeout=600) for _ in processes]
        for process in processes:
            process.join()
        latencies = [x for outcome in outcomes for x in outcome[0]]
        claimed = Counter(i for outcome in outcomes for i in outcome[1])
        wall = max(o[3] for o in outcomes) - min(o[2] for o in outcomes)
        called = event_counts(site.database, EventType.CALLED)
        states = ticket_states(site.database)
        site.close()
    duplicates = sum(n - 1 for n in claimed.values() if n > 1) + sum(
        n - 1 for n in called.values() if n > 1)
    lost = sum(1 for t in issued if states.get(t) is not TicketState.DONE) + len(
        set(issued) - set(claimed))
    return {
        "p50_ms": round(percentile(latencies, 50) * 1000, 2),
        "p99_ms": round(percentile(latencies, 99) * 1000, 2),
        "claims_per_s": round(sum(claimed.values()) / wall, 1),
        "duplicates": duplicates,
        "lost": lost,
    }


def round_trips_per_claim(claims: int) -> float:
    """Statements plus commits per call_next on PostgreSQL, counted in one process."""
    with fresh_database("postgres") as url:
        site = open_site(url, demo=True)
        try:
            add_counters(site.database, LOCATION, [FIRST_COUNTER])  # serves every service
            seed_tickets(site, LOCATION, claims)
            post = site.queue.counter_post(LOCATION, FIRST_COUNTER, "mw01")
            counted = [0]

            def count(*_args: object) -> None:
                counted[0] += 1

            engine = site.database.engine
            event.listen(engine, "before_cursor_execute", count)
            event.listen(engine, "commit", count)
            made = 0
            for _ in range(claims):
                before = counted[0]
                ticket = site.queue.call_next(post)
                assert ticket is not None
                made += counted[0] - before
                event.remove(engine, "before_cursor_execute", count)
                event.remove(engine, "commit", count)
                site.queue.start_serving(post)
                site.queue.finish(post)
                event.listen(engine, "before_cursor_execute", count)
                event.listen(engine, "commit", count)
            return made / claims
        finally:
            site.close()


def run(quick: bool) -> dict[str, float | int]:
    plan = [("sqlite", 1, 150), ("sqlite", 8, 40), ("pg", 1, 150), ("pg", 8, 40),
            ("pg", 32, 25)] if quick else [
        ("sqlite", 1, 600), ("sqlite", 8, 200), ("pg", 1, 600), ("pg", 8, 200),
        ("pg", 32, 100)]
    result: dict[str, float | int] = {"duplicates": 0, "lost": 0}
    result["pg_round_trips_per_claim"] = round(round_trips_per_claim(20 if quick else 100), 2)
    print(f"pg_round_trips_per_claim: {result['pg_round_trips_per_claim']}", flush=True)
    for kind, claimers, claims_each in plan:
        figures = measure("postgres" if kind == "pg" else "sqlite", claimers, claims_each)
        prefix = f"{kind}_c{claimers}"
        for key in ("p50_ms", "p99_ms", "claims_per_s"):
            result[f"{prefix}_{key}"] = figures[key]
        result["duplicates"] = int(result["duplicates"]) + int(figures["duplicates"])
        result["lost"] = int(result["lost"]) + int(figures["lost"])
        print(f"{prefix}: {figures}", flush=True)
    burst = measure("postgres", 32, 10 if quick else 40, burst=True)
    result["pg_c32_burst_p50_ms"] = burst["p50_ms"]
    result["pg_c32_burst_p99_ms"] = burst["p99_ms"]
    result["duplicates"] = int(result["duplicates"]) + int(burst["duplicates"])
    result["lost"] = int(result["lost"]) + int(burst["lost"])
    print(f"pg_c32_burst: {burst}", flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer claims; under a minute")
    print(json.dumps(run(parser.parse_args().quick)))


if __name__ == "__main__":
    main()
