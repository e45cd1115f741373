"""A regional KCC on one PostgreSQL: 4 locations, 60 counters, 10 hall displays, reception.

Every counter is a process of its own (signed in, as a workstation is): call next, the visitor
walks up (start), is served, finish, again, until the run ends. One reception process issues
walk-in tickets round the four locations. Every hall display is a process following its
location through the change feed, exactly as ``python -m queue_display`` does (a fresh overview
after every notice). One counter per location raises a public-aggression alarm now and then;
the first display of that location also plays "another workstation" and reads the open alarms
after every notice, as the alarm banner does.

The business day is compressed: a busy real morning is 60 counters each calling a visitor every
six minutes (10 calls a minute); here a counter serves a visitor in seconds. The JSON says how
many times faster than that morning the run called (``speedup_vs_busy_morning``, at least 10).

Measured:
- ``call_to_display_p99_ms``: from the return of a counter's call_next (committed) until a
  display of that location has the call in its overview, over every (call, display) pair.
- ``alarm_to_banner_p99_ms``: from the return of raise_alarm until another process's change
  feed re-read shows the alarm open.
- ``duplicates``: tickets called more than once or handed to two counters; ``lost``: tickets a
  counter was given that did not end done, or whose call has no event. Both must be 0.

Run: ``python benchmarks/regional_load.py [--quick]``; the last line is flat JSON.
"""

from __future__ import annotations

import argparse
import json
import logging
import multiprocessing
import random
import sys
import threading
import time
from collections import Counter
from multiprocessing.synchronize import Barrier
from pathlib import Path
from typing import Any

_ROOT = str(Path(__file__).resolve().parents[1])
sys.path.insert(0, _ROOT)  # first: benchmarks/workstation.py must not shadow the package

from benchmarks._common import (  # noqa: E402
    WALK_IN_LETTERS,
    add_counters,
    event_counts,
    fresh_database,
    percentile,
    ticket_states,
)
from workstation.app import open_site  # noqa: E402
from workstation.domain.overview import LocationOverview  # noqa: E402
from workstation.domain.queue import EventType, TicketState  # noqa: E402

LOCATIONS = ("BOZ", "ETL", "RSD", "MDK")
COUNTERS_PER_LOCATION = 15
FIRST_COUNTER = 101  # added to each demo location, serving every service
DISPLAYS = {"BOZ": 3, "ETL": 3, "RSD": 2, "MDK": 2}
SEED_PER_LOCATION = 60
BUSY_MORNING_CALLS_PER_S = 60 / 360.0  # 60 counters, one visitor each per six minutes
WALK_UP_S = (0.3, 1.0)  # called -> at the desk
SERVE_S = (16.0, 32.0)  # at the desk -> done: a six-minute visit, 15x faster
ALARM_EVERY_S = 4.0
ALARM_OPEN_S = 2.0  # acknowledged after this; an alarm not seen by then counts as not seen


def _counter(url: str, location: str, number: int, staff: str, raises_alarms: bool,
             barrier: Barrier, stop_at_box: Any, results: Any) -> None:
    site = open_site(url, migrate=False)
    rng = random.Random(number * 31 + len(location))
    calls: list[tuple[str, str, float]] = []
    alarms: list[tuple[int, str, float]] = []
    try:
        queue = site.queue
        post = queue.counter_post(location, number, staff)
        barrier.wait()
        stop_at = stop_at_box.value
        next_alarm = time.time() + rng.uniform(1.0, ALARM_EVERY_S)
        while time.time() < stop_at:
            ticket = queue.call_next(post)
            returned = time.time()
            if ticket is None:
                time.sleep(0.2)
                continue
            calls.append((ticket.id, location, returned))
            time.sleep(rng.uniform(*WALK_UP_S))
            queue.start_serving(post)
            served_until = time.time() + rng.uniform(*SERVE_S)
            while time.time() < served_until:
                # Alarms only while the displays watch (the last visitor may be served later).
                if raises_alarms and next_alarm <= time.time() < stop_at - ALARM_OPEN_S:
                    alarm_id = site.alarms.raise_alarm(post.location, post.counter, post.staff)
                    alarms.append((alarm_id, location, time.time()))
                    time.sleep(ALARM_OPEN_S)
                    site.alarms.close(post.location, alarm_id, post.staff, post.counter)
                    next_alarm = time.time() + ALARM_EVERY_S
                time.sleep(min(0.1, max(0.0, served_until - time.time())))
            queue.finish(post)
    finally:
        results.put(("counter", calls, alarms))
        site.close()


def _display(url: str, location: str, watches_alarms: bool, barrier: Barrier,
             stop_at_box: Any, results: Any) -> None:
    site = open_site(url, migrate=False)
    seen_calls: dict[str, float] = {}
    seen_alarms: dict[int, float] = {}
    reads: list[float] = []
    lock = threading.Lock()
    location_id = site.queue.location(location).id

    def on_overview(overview: LocationOverview) -> None:
        now = time.time()
        reads.append(now - overview.read_at.timestamp())
        alarms = site.alarms.open_alarms(location_id) if watches_alarms else ()
        with lock:
            for call in overview.calls:
                seen_calls.setdefault(call.ticket_id, now)
            for alarm in alarms:
                seen_alarms.setdefault(alarm.alarm_id, now)

    follower = site.follower(location, on_overview, recent_calls=10)
    try:
        follower.start()
        barrier.wait()
        time.sleep(max(0.0, stop_at_box.value - time.time() + 1.0))  # the last calls land
    finally:
        follower.stop()
        with lock:
            results.put(("display", location, dict(seen_calls), dict(seen_alarms), reads))
        site.close()


def _reception(url: str, per_second: float, barrier: Barrier, stop_at_box: Any,
               results: Any) -> None:
    site = open_site(url, migrate=False)
    issued = 0
    try:
        barrier.wait()
        stop_at = stop_at_box.value
        started = time.time()
        while time.time() < stop_at:
            location = LOCATIONS[issued % len(LOCATIONS)]
            letter = WALK_IN_LETTERS[(issued // len(LOCATIONS)) % len(WALK_IN_LETTERS)]
            site.queue.issue_ticket(location, letter)
            issued += 1
            time.sleep(max(0.0, started + issued / per_second - time.time()))
    finally:
        results.put(("reception", issued))
        site.close()


def run(quick: bool) -> dict[str, float | int]:
    seconds = 60.0 if quick else 240.0
    with fresh_database("postgres") as url:
        site = open_site(url, demo=True)
        numbers = list(range(FIRST_COUNTER, FIRST_COUNTER + COUNTERS_PER_LOCATION))
        for location in LOCATIONS:
            add_counters(site.database, location, numbers)
            for i in range(SEED_PER_LOCATION):
                site.queue.issue_ticket(location, WALK_IN_LETTERS[i % len(WALK_IN_LETTERS)])
        site.database.dispose()  # no pooled connection may cross the fork
        context = multiprocessing.get_context("fork")
        results = context.Queue()
        stop_at = context.Value("d", 0.0)
        parties = len(LOCATIONS) * COUNTERS_PER_LOCATION + sum(DISPLAYS.values()) + 2
        barrier = context.Barrier(parties, action=lambda: setattr(
            stop_at, "value", time.time() + seconds))
        processes = []
        for index, location in enumerate(LOCATIONS):
            for n in range(DISPLAYS[location]):
                processes.append(context.Process(target=_display, args=(
                    url, location, n == 0, barrier, stop_at, results)))
            for offset, number in enumerate(numbers):
                staff = f"mw0{(index * COUNTERS_PER_LOCATION + offset) % 6 + 1}"
                processes.append(context.Process(target=_counter, args=(
                    url, location, number, staff, offset == 0, barrier, stop_at, results)))
        expected_rate = len(LOCATIONS) * COUNTERS_PER_LOCATION / (
            sum(WALK_UP_S) / 2 + sum(SERVE_S) / 2)
        processes.append(context.Process(target=_reception, args=(
            url, expected_rate * 0.9, barrier, stop_at, results)))
        for process in processes:
            process.start()
        barrier.wait()
        outcomes = [results.get(timeout=seconds + 300) for _ in processes]
        for process in processes:
            process.join(60)
        called_events = event_counts(site.database, EventType.CALLED)
        states = ticket_states(site.database)
        site.close()
    return _figures(outcomes, called_events, states, seconds)


def _figures(outcomes: list[Any], called_events: dict[str, int],
             states: dict[str, TicketState], seconds: float) -> dict[str, float | int]:
    calls = [c for o in outcomes if o[0] == "counter" for c in o[1]]
    alarms = [a for o in outcomes if o[0] == "counter" for a in o[2]]
    displays = [o for o in outcomes if o[0] == "display"]
    issued = sum(o[1] for o in outcomes if o[0] == "reception")
    claimed = Counter(ticket_id for ticket_id, _location, _at in calls)
    duplicates = sum(n - 1 for n in claimed.values() if n > 1) + sum(
        n - 1 for n in called_events.values() if n > 1)
    lost = sum(1 for t in claimed if states.get(t) is not TicketState.DONE) + sum(
        1 for t in claimed if t not in called_events)
    call_latencies: list[float] = []
    missed_on_display = 0
    for ticket_id, location, returned in calls:
        for _kind, shown_at, seen_calls, _alarms, _reads in displays:
            if shown_at != location:
                continue
            if ticket_id in seen_calls:
                call_latencies.append(max(0.0, seen_calls[ticket_id] - returned))
            else:
                missed_on_display += 1
    alarm_latencies = []
    for alarm_id, location, returned in alarms:
        seen = [d[3][alarm_id] for d in displays if d[1] == location and alarm_id in d[3]]
        if seen:
            alarm_latencies.append(max(0.0, min(seen) - returned))
    reads = [r for d in displays for r in d[4]]
    call_rate = len(calls) / seconds
    return {
        "counters": len(LOCATIONS) * COUNTERS_PER_LOCATION,
        "displays": len(displays),
        "locations": len(LOCATIONS),
        "seconds": seconds,
        "calls": len(calls),
        "issued_during_run": issued,
        "call_rate_per_s": round(call_rate, 2),
        "speedup_vs_busy_morning": round(call_rate / BUSY_MORNING_CALLS_PER_S, 1),
        "duplicates": duplicates,
        "lost": lost,
        "calls_missed_on_display": missed_on_display,
        "call_to_display_p50_ms": _ms(call_latencies, 50),
        "call_to_display_p99_ms": _ms(call_latencies, 99),
        "display_reads": len(reads),
        "display_read_p50_ms": _ms(reads, 50),
        "display_read_p99_ms": _ms(reads, 99),
        "alarms": len(alarms),
        "alarms_not_seen": len(alarms) - len(alarm_latencies),
        "alarm_to_banner_p50_ms": _ms(alarm_latencies, 50),
        "alarm_to_banner_p99_ms": _ms(alarm_latencies, 99),
    }


def _ms(values: list[float], q: float) -> float:
    return round(percentile(values, q) * 1000, 1) if values else -1.0


def main() -> None:
    logging.getLogger("loket").setLevel(logging.ERROR)  # every alarm is logged as a warning
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="60 s of load; under two minutes")
    print(json.dumps(run(parser.parse_args().quick)))


if __name__ == "__main__":
    main()
