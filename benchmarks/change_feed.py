"""Change feed latency: from a commit in one process until a consumer in another process
(``Site.follower``, as the hall display uses it) has re-read the new state.

The writer (this process) issues one ticket at a time and notes the time its commit returned;
the consumer process reports each time its re-read overview shows a new number of waiting
tickets. The writer waits for that report, then a random 0-20 ms, so writes do not line up
with SQLite's polling. PostgreSQL: LISTEN/NOTIFY; SQLite: PRAGMA data_version polling.

Run: ``python benchmarks/change_feed.py [--quick]``; the last line is flat JSON.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import sys
import threading
import time
from pathlib import Path
from typing import Any

# Run as a script: make the repository importable.
_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from benchmarks._common import fresh_database, percentile, seed_tickets  # noqa: E402
from workstation.app import open_site  # noqa: E402
from workstation.domain.overview import LocationOverview  # noqa: E402

LOCATION = "BOZ"
TIMEOUT_S = 10.0


def _consumer(url: str, reports: Any, stop: Any) -> None:
    """Follow the location; report (monotonic time, waiting count) at every new count."""
    site = open_site(url, migrate=False)
    last = [-1]

    def shown(overview: LocationOverview) -> None:
        now = time.monotonic()  # CLOCK_MONOTONIC is shared by all processes on Linux
        waiting = sum(s.waiting_count for s in overview.services)
        if waiting != last[0]:
            last[0] = waiting
            reports.put((now, waiting))

    follower = site.follower(LOCATION, shown)
    follower.start()
    stop.wait()
    follower.stop()
    site.close()


def measure(kind: str, samples: int) -> list[float]:
    """Latencies in seconds of ``samples`` commits on a fresh database."""
    with fresh_database(kind) as url:
        site = open_site(url, demo=True)
        site.database.dispose()  # no pooled connection may cross the fork
        context = multiprocessing.get_context("fork")
        reports = context.Queue()
        stop = context.Event()
        consumer = context.Process(target=_consumer, args=(url, reports, stop))
        consumer.start()
        seen: dict[int, float] = {}
        arrived = threading.Condition()

        def collect() -> None:
            while True:
                at, waiting = reports.get()
                if waiting < 0:
                    return
                with arrived:
                    seen.setdefault(waiting, at)
                    arrived.notify_all()

        collector = threading.Thread(target=collect, daemon=True)
        collector.start()
        latencies: list[float] = []
        try:
            with arrived:
                if not arrived.wait_for(lambda: 0 in seen, 60):
                    raise RuntimeError("consumer did not start")
            for n in range(1, samples + 1):
                time.sleep(random.uniform(0.0, 0.02))
                seed_tickets(site, LOCATION, 1)
                committed = time.monotonic()
                with arrived:
                    if not arrived.wait_for(lambda n=n: n in seen, TIMEOUT_S):  # type: ignore[misc]
                        raise RuntimeError(f"consumer never showed commit {n}")
                latencies.append(seen[n] - committed)
        finally:
            stop.set()
            consumer.join(30)
            reports.put((0.0, -1))
            collector.join(5)
            site.close()
    return latencies


def run(quick: bool) -> dict[str, float | int]:
    samples = 150 if quick else 600
    result: dict[str, float | int] = {}
    for kind, prefix in (("sqlite", "sqlite"), ("postgres", "pg")):
        latencies = measure(kind, samples)
        result[f"{prefix}_p50_ms"] = round(percentile(latencies, 50) * 1000, 2)
        result[f"{prefix}_p99_ms"] = round(percentile(latencies, 99) * 1000, 2)
        result[f"{prefix}_max_ms"] = round(max(latencies) * 1000, 2)
        result[f"{prefix}_samples"] = len(latencies)
        print(f"{prefix}: p50 {result[f'{prefix}_p50_ms']} ms, p99 "
              f"{result[f'{prefix}_p99_ms']} ms over {len(latencies)} commits", flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer commits; under a minute")
    print(json.dumps(run(parser.parse_args().quick)))


if __name__ == "__main__":
    main()
