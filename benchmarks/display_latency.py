"""Call to hall screen: from the commit of a call in a separate workstation process until the
display's "now calling" label shows the number.

The display widget runs offscreen in this process, following the site database exactly as
``python -m queue_display`` does (SQLite: ``PRAGMA data_version`` polled every 20 ms;
PostgreSQL: LISTEN/NOTIFY). A second process (this script with ``--writer``) calls tickets one
by one and prints each number with ``time.time()`` right after its commit returned; this
process notes ``time.time()`` when the top label first shows that number. Both clocks are the
same machine's wall clock. The first calls are a warm-up and are not counted.

Run: ``python benchmarks/display_latency.py [--quick]``; the last line is flat JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from queue_display.app import build_display  # noqa: E402
from tests.databases import fresh_postgres_database, postgres_available  # noqa: E402
from workstation.app import open_site  # noqa: E402
from workstation.settings import DisplaySettings  # noqa: E402

LOCATION = "BOZ"
COUNTERS = (1, 2, 3, 4, 5, 6)  # all serve service A at the demo location
WARM_UP = 3
PAUSE_S = 0.1  # between calls, so each one is measured on a quiet display


def writer(url: str, count: int) -> None:
    """The other workstation: six counters take turns calling; each counter finishes its
    previous ticket first, so every call stays "now calling" for several rounds."""
    site = open_site(url, migrate=False)
    try:
        queue = site.queue
        posts = [queue.counter_post(LOCATION, n, f"mw0{n}") for n in COUNTERS]
        busy: set[int] = set()
        for i in range(count):
            post = posts[i % len(posts)]
            if post.counter.number in busy:
                queue.start_serving(post)
                queue.finish(post)
            time.sleep(PAUSE_S)
            ticket = queue.call_next(post)
            committed = time.time()
            assert ticket is not None
            busy.add(post.counter.number)
            print(json.dumps({"number": ticket.number, "committed": committed}), flush=True)
    finally:
        site.close()


def measure(url: str, count: int) -> list[float]:
    """Latencies in ms of ``count`` calls on the site at ``url`` (created and seeded here)."""
    site = open_site(url, demo=True)
    for _ in range(count):
        site.queue.issue_ticket(LOCATION, "A")
    app = QApplication.instance() or QApplication([])
    controller = build_display(site.followers, site.queue.location(LOCATION),
                               DisplaySettings(location=LOCATION), language="nl",
                               chime=None, voice=None)
    label = controller.window.current.rows[0].number
    first_seen: dict[str, float] = {}

    def on_shown(_overview: object) -> None:
        text = label.text()
        if controller.window.current.rows[0].isVisibleTo(controller.window):
            first_seen.setdefault(text, time.time())

    controller.window.shown.connect(on_shown)
    controller.window.resize(1920, 1080)
    controller.window.show()
    controller.start()
    commits: dict[str, float] = {}
    process = subprocess.Popen(
        [sys.executable, __file__, "--writer", url, str(count)], cwd=_ROOT,
        stdout=subprocess.PIPE, text=True)
    reader = threading.Thread(target=_read_commits, args=(process, commits), daemon=True)
    reader.start()
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(
        lambda: loop.quit() if process.poll() is not None and set(commits) <= set(first_seen)
        else None)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    poll.start()
    deadline.start(int(count * PAUSE_S * 4 * 1000) + 20000)
    try:
        loop.exec()
    finally:
        poll.stop()
        deadline.stop()
        process.wait(timeout=30)
        reader.join(5)
        controller.close()
        controller.window.close()
        controller.window.deleteLater()
        site.close()
        app.processEvents()
    if process.returncode != 0:
        raise RuntimeError(f"writer process failed with exit code {process.returncode}")
    missing = set(commits) - set(first_seen)
    if missing:
        raise RuntimeError(f"the display never showed {sorted(missing)}")
    ordered = sorted(commits, key=commits.__getitem__)[WARM_UP:]
    return [(first_seen[n] - commits[n]) * 1000 for n in ordered]


def _read_commits(process: subprocess.Popen[str], commits: dict[str, float]) -> None:
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("{"):
            record = json.loads(line)
            commits[record["number"]] = record["committed"]


def _percentile(values: list[float], q: int) -> float:
    return round(statistics.quantiles(values, n=100, method="inclusive")[q - 1], 2)


def _summary(prefix: str, latencies: list[float]) -> dict[str, float | int]:
    return {
        f"{prefix}_p50_ms": _percentile(latencies, 50),
        f"{prefix}_p99_ms": _percentile(latencies, 99),
        f"{prefix}_max_ms": round(max(latencies), 2),
        f"{prefix}_calls": len(latencies),
    }


def run(quick: bool) -> dict[str, float | int | bool | None]:
    count = (60 if quick else 300) + WARM_UP
    result: dict[str, float | int | bool | None] = {}
    with tempfile.TemporaryDirectory() as folder:
        result.update(_summary("sqlite", measure(f"sqlite:///{Path(folder) / 'site.sqlite3'}",
                                                 count)))
    result["pg_available"] = postgres_available()
    if result["pg_available"]:
        with fresh_postgres_database("loket_bench") as url:
            result.update(_summary("pg", measure(url, count)))
    else:
        result.update({"pg_p50_ms": None, "pg_p99_ms": None, "pg_max_ms": None, "pg_calls": 0})
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer calls (under a minute)")
    parser.add_argument("--writer", nargs=2, metavar=("URL", "COUNT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.writer:
        writer(args.writer[0], int(args.writer[1]))
        return
    print(json.dumps(run(args.quick)))


if __name__ == "__main__":
    main()
