"""Call to hall screen: from the commit of a call in a separate workstation process until the
display's "now calling" label shows the number.

The display widget runs offscreen in this process, following the site database exactly as
``python -m queue_display`` does (SQLite: ``PRAGMA data_version`` polled every 20 ms;
PostgreSQL: LISTEN/NOTIFY). A second process (this script with ``--writer``) calls tickets one
by one and prints each number with ``time.time()`` right after its commit returned; this
process notes ``time.time()`` when the top label first shows that number. Both clocks are the
same machine's wall clock. The first calls are a warm-up and are not counted.

Two more figures from a display whose speech engine hangs (the ``hang`` test engine in its real
speaker process: ``say()`` never returns):

- ``hung_voice_max_frame_gap_ms``: the longest gap between two repaints of the display while
  calls keep coming. A 60 Hz frame timer asks the header clock for a repaint; every paint event
  is timed, so a blocked GUI thread shows up as a gap. Target: at most 100 ms.
- ``calls_visible_of_8``: eight counters call at the same moment; how many of those eight
  numbers a person can read on the screen (``DisplayWindow.calls_on_screen``). Target: 8.

``no_voice_max_frame_gap_ms`` is the same run on a display without sound, as a baseline: on a
busy machine the scheduler alone makes gaps, and the hung engine must add nothing to them.

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
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_ROOT = str(Path(__file__).resolve().parents[1])
if sys.path[0] != _ROOT:  # before this script's folder, whose workstation.py is a benchmark
    sys.path.insert(0, _ROOT)

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from queue_display.app import build_display, freeze_start_up_heap  # noqa: E402
from queue_display.calls import board  # noqa: E402
from queue_display.speaker import HANG_ENGINE  # noqa: E402
from queue_display.speaker_process import Budgets, SpeakerProcess, speaker_command  # noqa: E402
from tests.databases import fresh_postgres_database, postgres_available  # noqa: E402
from workstation.app import open_site  # noqa: E402
from workstation.domain.overview import LocationOverview  # noqa: E402
from workstation.settings import DisplaySettings  # noqa: E402

LOCATION = "BOZ"
COUNTERS = (1, 2, 3, 4, 5, 6, 7, 8)  # all serve service A at the demo location
WARM_UP = 3
PAUSE_S = 0.1  # between calls, so each one is measured on a quiet display


FRAME_MS = 16
HUNG_CALLS = 40
HUNG_BUDGETS = Budgets(line_ms=2000)  # a hung line is given up after 2 s, then a new child


def writer(url: str, count: int) -> None:
    """The other workstation: eight counters take turns calling; each counter finishes its
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


def burst(url: str) -> None:
    """Eight counters call at the same moment: each has its ticket before any call is made."""
    site = open_site(url, migrate=False)
    try:
        queue = site.queue
        posts = [queue.counter_post(LOCATION, n, f"mw0{n}") for n in COUNTERS]
        for post in posts:
            queue.call_next(post)
        print(json.dumps({"burst": len(posts)}), flush=True)
    finally:
        site.close()


class FrameClock(QObject):
    """Asks for a frame every ``FRAME_MS`` and times each paint event that follows.

    The frame asked for is the header clock's: the cheapest real part of the screen, so the
    benchmark does not itself load the CPU with full-window software repaints. A gap means the
    GUI thread did not get to draw: a blocked event loop, or a long repaint after a new call.
    """

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.painted: list[float] = []
        self._window = widget
        widget.installEventFilter(self)
        self._frames = QTimer(self)
        self._frames.setInterval(FRAME_MS)
        self._frames.timeout.connect(widget.update)
        self._frames.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self.painted.append(time.monotonic())
        return False

    def max_gap_ms(self) -> float:
        gaps = [b - a for a, b in zip(self.painted, self.painted[1:], strict=False)]
        return round(max(gaps) * 1000, 2)

    def stop(self) -> None:
        self._frames.stop()
        self._window.removeEventFilter(self)


def frame_gaps(url: str, *, hung: bool) -> dict[str, float | int]:
    """8 calls at once, then a stream of calls, on a display whose speech engine never answers
    (``hung``) or that has no sound at all (the baseline of the same machine and load)."""
    prefix = "hung_voice" if hung else "no_voice"
    site = open_site(url, demo=True)
    for _ in range(HUNG_CALLS + len(COUNTERS) * 2):
        site.queue.issue_ticket(LOCATION, "A")
    app = QApplication.instance() or QApplication([])
    speaker = (SpeakerProcess(speaker_command(HANG_ENGINE, voice=True), HUNG_BUDGETS)
               if hung else None)
    restarts: list[bool] = []
    if speaker is not None:
        speaker.restarted.connect(lambda: restarts.append(True))
    controller = build_display(site.followers, site.queue.location(LOCATION),
                               DisplaySettings(location=LOCATION), language="nl",
                               chime=speaker, voice=speaker)
    window = controller.window
    shown: list[LocationOverview] = []
    window.shown.connect(shown.append)
    window.resize(1920, 1080)
    window.show()
    controller.start()
    if speaker is not None:
        speaker.start()
    freeze_start_up_heap()  # as python -m queue_display does once its window is up
    frames: FrameClock | None = None
    try:
        _wait(lambda: controller.connected, 20)
        frames = FrameClock(window.header.clock)
        _run_script(["--burst", url])
        _wait(lambda: bool(shown) and len(board(shown[-1], 0).current) == len(COUNTERS), 20)
        app.processEvents()
        pending = {row.number.text() for row in window.current.rows if row.isVisible()}
        visible = len(pending & set(window.calls_on_screen()))
        _run_script(["--writer", url, str(HUNG_CALLS)])
        if hung:
            _wait(lambda: bool(restarts), 30)  # the engine hung for real, at least once
        frames.stop()
        result: dict[str, float | int] = {f"{prefix}_max_frame_gap_ms": frames.max_gap_ms(),
                                          f"{prefix}_frames": len(frames.painted)}
        if hung:
            result.update({"hung_voice_restarts": len(restarts), "calls_visible_of_8": visible})
        return result
    finally:
        if frames is not None:
            frames.stop()
        controller.close()
        window.close()
        window.deleteLater()
        site.close()
        app.processEvents()


def _run_script(args: list[str]) -> None:
    """This script as another workstation, while the display's event loop keeps running."""
    process = subprocess.Popen([sys.executable, __file__, *args], cwd=_ROOT,
                               stdout=subprocess.DEVNULL)
    _wait(lambda: process.poll() is not None, 120)
    if process.returncode != 0:
        raise RuntimeError(f"{args[0]} process failed with exit code {process.returncode}")


def _wait(condition: Callable[[], bool], timeout_s: float) -> None:
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(10)
    poll.timeout.connect(lambda: loop.quit() if condition() else None)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    poll.start()
    deadline.start(int(timeout_s * 1000))
    if not condition():
        loop.exec()
    poll.stop()
    deadline.stop()
    if not condition():
        raise RuntimeError("the display did not get there in time")


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
    for hung in (True, False):
        with tempfile.TemporaryDirectory() as folder:
            result.update(frame_gaps(f"sqlite:///{Path(folder) / 'site.sqlite3'}", hung=hung))
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
    parser.add_argument("--burst", metavar="URL", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.burst:
        burst(args.burst)
        return
    if args.writer:
        writer(args.writer[0], int(args.writer[1]))
        return
    result = run(args.quick)
    result["load_average_1m"] = round(os.getloadavg()[0], 2)  # frame gaps depend on it
    print(json.dumps(result))


if __name__ == "__main__":
    main()
