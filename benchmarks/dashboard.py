"""Event committed -> the supervisor's view updated, offscreen.

The supervisor's window (``ui/supervisor_window.py``) runs offscreen in this process and
follows the site database through the change feed, as ``python -m workstation`` with
``role = "supervisor"`` does. A writer thread with a site connection of its own issues tickets
one at a time at the demo's four locations and notes ``time.monotonic()`` right after each
commit returned (inside the unit of work: the ticket's expected wait is read after it); the
window notes the time when a board showing that ticket is on screen (its ``updated`` signal,
emitted after the cards were filled; two commits between two reads count as shown together).
The site is given a busy day first (a few hundred tickets spread over the region, a third of
them served), so the board's reads are not of an empty database. The first events are a
warm-up and are not counted.

When the generated year of the region is there (``build/reports-year-2025.sqlite3``, made by
``python -m benchmarks.reports --quick``; another file with ``--year-file``), the same is
measured on a copy of it too: half a million tickets and a year of callbacks under the board.

Run: ``python -m benchmarks.dashboard [--quick]``; the last line is flat JSON with
``dashboard_update_p99_ms`` (the worst of SQLite, PostgreSQL when it is there, and the year;
target <= 100) and the figures per database.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_ROOT = str(Path(__file__).resolve().parents[1])
if sys.path[0] != _ROOT:
    sys.path.insert(0, _ROOT)

from PySide6.QtCore import QEventLoop  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks._common import fresh_database, percentile  # noqa: E402
from tests.databases import postgres_available  # noqa: E402
from workstation.app import Site, open_site  # noqa: E402
from workstation.domain.supervision import SupervisorBoard  # noqa: E402
from workstation.services.queue_service import QueueService  # noqa: E402
from workstation.services.staff_service import DEMO_PIN  # noqa: E402
from workstation.store.queue_reader import SqlQueueReader  # noqa: E402
from workstation.store.queue_uow import SqlQueueUnitOfWork  # noqa: E402
from workstation.ui.i18n import LanguageSwitcher  # noqa: E402
from workstation.ui.supervisor_window import SupervisorWindow  # noqa: E402

LOCATIONS = ("BOZ", "ETL", "MDK", "RSD")
YEAR_FILE = Path(_ROOT) / "build" / "reports-year-2025.sqlite3"
WARM_UP = 3
PAUSE_S = 0.05  # between events, so each one is measured on a settled view


def _busy_day(site: Site, tickets: int) -> None:
    """Tickets at every location, a third of them called and finished by a counter."""
    queue = site.queue
    posts = [queue.counter_post(code, 1, "mw01") for code in LOCATIONS]
    for i in range(tickets):
        queue.issue_ticket(LOCATIONS[i % len(LOCATIONS)], "A")
        if i % 3 == 2:
            post = posts[i % len(posts)]
            if queue.call_next(post) is not None:
                queue.start_serving(post)
                queue.finish(post)


def _waiting(board: SupervisorBoard) -> int:
    return sum(location.waiting for location in board.locations)


def measure(url: str, events: int, busy: int) -> list[float]:
    """Latencies in ms of ``events`` tickets, each from its commit to the view showing it."""
    site = open_site(url, demo=True)
    writer_site = open_site(url)
    app = QApplication.instance() or QApplication([])
    language = LanguageSwitcher(app)
    window: SupervisorWindow | None = None
    try:
        _busy_day(site, busy)
        staff = site.staff.sign_in("mw04", DEMO_PIN)
        window = SupervisorWindow(site.supervision, site.queue.location("BOZ"), language, staff)
        window.resize(1366, 800)
        shown_at: dict[int, float] = {}

        def shown(board: SupervisorBoard) -> None:
            # Two commits between two reads arrive in one board: both are on screen now.
            now, waiting = time.monotonic(), _waiting(board)
            for count in range(waiting - events, waiting + 1):
                shown_at.setdefault(count, now)

        window.updated.connect(shown)
        window.start()
        window.show()
        started = time.monotonic()
        while window.board is None and time.monotonic() - started < 20:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        assert window.board is not None, "the supervisor's view never showed a board"
        base = _waiting(window.board)
        committed: dict[int, float] = {}
        errors: list[BaseException] = []

        database = writer_site.database
        commits: list[float] = []

        class TimedUnitOfWork(SqlQueueUnitOfWork):
            """Notes the moment the commit returned: the ticket's expected wait is read
            after it, while the view may already show the ticket."""

            def commit(self) -> None:
                super().commit()
                commits.append(time.monotonic())

        queue = QueueService(lambda: TimedUnitOfWork(database), SqlQueueReader(database))

        def write() -> None:
            try:
                for i in range(events):
                    time.sleep(PAUSE_S)
                    queue.issue_ticket(LOCATIONS[i % len(LOCATIONS)], "B")
                    committed[base + i + 1] = commits[-1]
            except BaseException as exc:  # reported on the main thread
                errors.append(exc)

        writer = threading.Thread(target=write, name="bench-writer")
        writer.start()
        deadline = time.monotonic() + events * PAUSE_S * 4 + 20
        while time.monotonic() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
            if not writer.is_alive() and set(committed) <= set(shown_at):
                break
        writer.join(10)
        if errors:
            raise errors[0]
        missing = set(committed) - set(shown_at)
        if missing:
            raise RuntimeError(f"the view never showed {len(missing)} of the events")
        ordered = sorted(committed)[WARM_UP:]
        return [max(shown_at[n] - committed[n], 0.0) * 1000 for n in ordered]
    finally:
        if window is not None:
            window.close()
            window.shutdown()
            window.deleteLater()
        app.processEvents()
        writer_site.close()
        site.close()


def _figures(latencies: list[float]) -> dict[str, float]:
    return {"p50_ms": round(percentile(latencies, 50), 2),
            "p99_ms": round(percentile(latencies, 99), 2),
            "max_ms": round(max(latencies), 2)}


def _year_copy(year_file: Path, folder: str) -> str:
    """A copy of the generated year, so the events written here stay out of the cache."""
    copy = Path(folder) / "year.sqlite3"
    shutil.copyfile(year_file, copy)
    return f"sqlite:///{copy}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer events and a smaller day")
    parser.add_argument("--year-file", type=Path, default=YEAR_FILE,
                        help="a generated year of the region (SQLite), measured on a copy")
    args = parser.parse_args(argv)
    events, busy = (60, 200) if args.quick else (300, 1000)
    result: dict[str, float | int | str] = {"events": events, "busy_day_tickets": busy}
    kinds = ["sqlite"] + (["postgres"] if postgres_available() else [])
    if args.year_file.exists():
        kinds.append("year")
    worst = 0.0
    for kind in kinds:
        if kind == "year":
            with tempfile.TemporaryDirectory(prefix="loket-bench-") as folder:
                figures = _figures(measure(_year_copy(args.year_file, folder), events, busy))
        else:
            with fresh_database(kind) as url:
                figures = _figures(measure(url, events, busy))
        print(f"{kind}: {figures}", file=sys.stderr, flush=True)
        for name, value in figures.items():
            result[f"{kind}_{name}"] = value
        worst = max(worst, figures["p99_ms"])
    result["dashboard_update_p99_ms"] = worst
    result["databases"] = ",".join(kinds)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
