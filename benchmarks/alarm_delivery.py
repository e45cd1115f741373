"""Alarm delivery beside a busy queue: how long a raise takes while counters write all along.

Writer processes issue, call and finish tickets without pause (the queue's write path: the
SQLite writers' queue, the PostgreSQL pool). Meanwhile the main process raises alarms on the
alarm service's own connection and, for comparison, issues tickets on the queue's path. An
alarm should not pay the queue's waiting (docs/decisions/0016-alarm-delivery-and-failing-
databases.md). Without load the same is measured first, as the floor.

Run: ``python benchmarks/alarm_delivery.py [--quick]``; the last line is flat JSON (ms).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
import time
from multiprocessing.synchronize import Event
from pathlib import Path
from typing import Any

# Run as a script: make the repository importable.
_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from benchmarks._common import add_counters, fresh_database, percentile  # noqa: E402
from workstation.app import Site, open_site  # noqa: E402

LOCATION = "BOZ"
FIRST_COUNTER = 301


def _writer(url: str, counter: int, stop: Event) -> None:
    site = open_site(url, migrate=False)
    try:
        post = site.queue.counter_post(LOCATION, counter)
        while not stop.is_set():
            site.queue.issue_ticket(LOCATION, "A")
            if site.queue.call_next(post) is not None:
                site.queue.finish(post)
    finally:
        site.close()


def _sample(site: Site, rounds: int) -> tuple[list[float], list[float]]:
    post = site.queue.counter_post(LOCATION, 1, "mw01")
    alarms: list[float] = []
    issues: list[float] = []
    for _ in range(rounds):
        before = time.perf_counter()
        alarm_id = site.alarms.raise_alarm(post.location, post.counter, post.staff)
        alarms.append((time.perf_counter() - before) * 1000)
        site.alarms.close(post.location, alarm_id, post.staff, post.counter)
        before = time.perf_counter()
        site.queue.issue_ticket(LOCATION, "B")
        issues.append((time.perf_counter() - before) * 1000)
        time.sleep(0.02)
    return alarms, issues


def _run(kind: str, writers: int, rounds: int) -> dict[str, Any]:
    result: dict[str, Any] = {}
    with fresh_database(kind) as url:
        site = open_site(url, demo=True)
        try:
            numbers = [FIRST_COUNTER + i for i in range(writers)]
            add_counters(site.database, LOCATION, numbers)
            alarms, issues = _sample(site, rounds)
            result[f"{kind}_idle_alarm_p50"] = percentile(alarms, 50)
            result[f"{kind}_idle_issue_p50"] = percentile(issues, 50)
            context = multiprocessing.get_context("fork")
            stop = context.Event()
            processes = [context.Process(target=_writer, args=(url, n, stop)) for n in numbers]
            for process in processes:
                process.start()
            time.sleep(1.0)  # let the writers get going
            try:
                alarms, issues = _sample(site, rounds)
            finally:
                stop.set()
                for process in processes:
                    process.join(30)
            for name, values in (("alarm", alarms), ("issue", issues)):
                result[f"{kind}_busy_{name}_p50"] = percentile(values, 50)
                result[f"{kind}_busy_{name}_p95"] = percentile(values, 95)
                result[f"{kind}_busy_{name}_max"] = max(values)
        finally:
            site.close()
    return {key: round(value, 2) for key, value in result.items()}


def run(quick: bool) -> dict[str, Any]:
    writers, rounds = (4, 20) if quick else (8, 100)
    result: dict[str, Any] = {"writers": writers, "rounds": rounds}
    result.update(_run("sqlite", writers, rounds))
    try:
        result.update(_run("postgres", writers, rounds))
    except Exception as exc:  # no server here: report SQLite alone
        result["postgres_skipped"] = type(exc).__name__
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer writers and rounds")
    print(json.dumps(run(parser.parse_args().quick)))


if __name__ == "__main__":
    main()
