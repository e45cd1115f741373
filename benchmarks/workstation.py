"""Workstation start-up and counter responsiveness.

- ``cold_start_ms``: from spawning ``python -m workstation --demo --self-test`` until the main
  window is shown (the self-test prints the moment); median of a few runs after one warm-up run
  that creates the demo database.
- ``qt_floor_ms``: the same measurement for a bare QApplication showing an empty main window,
  in the same run and the same way (a subprocess of the same Python): what no Loket change can
  go below on this machine.
- ``cold_start_ratio``: ``cold_start_ms / qt_floor_ms``; target <= 3. Machines differ in speed,
  the ratio much less.
- ``rss_mb``: resident memory of that process once the first queue overview is on screen.
- ``call_next_p99_ms``: click Volgende on a real counter window (offscreen) until the called
  ticket is on screen, on a seeded SQLite queue; Start and Afronden are clicked in between.

Run: ``python benchmarks/workstation.py [--quick]``; the last line is flat JSON.
Targets: cold start <= 1500 ms and <= 3 x the Qt floor, RSS <= 200 MB, call next p99 <= 100 ms.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_ROOT = Path(__file__).resolve().parents[1]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QPushButton  # noqa: E402

from workstation.app import open_site  # noqa: E402
from workstation.devices.manager import DeviceManager  # noqa: E402
from workstation.ui.i18n import LanguageSwitcher  # noqa: E402
from workstation.ui.main_window import MainWindow  # noqa: E402
from workstation.wiring.device_board import ManagedDeviceBoard  # noqa: E402

LOCATION = "BOZ"
STEP_TIMEOUT_MS = 5000


def _self_test(data_dir: Path) -> dict[str, float]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LOKET_")}
    env.update(QT_QPA_PLATFORM="offscreen", LOKET_DATA_DIR=str(data_dir),
               LOKET_LOGGING__DIRECTORY=str(data_dir / "logs"))
    started = time.time()
    done = subprocess.run([sys.executable, "-m", "workstation", "--demo", "--self-test"],
                          cwd=_ROOT, env=env, capture_output=True, text=True, timeout=120,
                          check=False)
    if done.returncode != 0:
        raise RuntimeError(f"self-test failed: {done.stderr.strip()}")
    values = dict(
        part.split("=", 1) for line in done.stdout.splitlines() if line.startswith("self-test:")
        for part in line.split()[1:]
    )
    return {"cold_start_ms": (float(values["window_shown_at"]) - started) * 1000,
            "rss_mb": float(values["rss_mb"])}


# A bare QApplication with an empty QMainWindow, timed like the self-test: spawn -> shown.
_QT_FLOOR = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.show()
QTimer.singleShot(0, lambda: (print(f"window_shown_at={time.time():.3f}", flush=True), app.quit()))
app.exec()
"""


def _qt_floor() -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.time()
    done = subprocess.run([sys.executable, "-c", _QT_FLOOR], cwd=_ROOT, env=env,
                          capture_output=True, text=True, timeout=60, check=True)
    shown = next(line for line in done.stdout.splitlines() if line.startswith("window_shown_at"))
    return (float(shown.split("=", 1)[1]) - started) * 1000


def measure_start(runs: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        _self_test(Path(tmp))  # creates and seeds the demo database
        _qt_floor()  # warm-up alike: Qt's files in the page cache for both
        samples = []
        floors = []
        for _ in range(runs):  # interleaved, so a busy moment of the machine hits both
            samples.append(_self_test(Path(tmp)))
            floors.append(_qt_floor())
    cold = statistics.median(s["cold_start_ms"] for s in samples)
    floor = statistics.median(floors)
    return {
        "cold_start_ms": round(cold, 1),
        "qt_floor_ms": round(floor, 1),
        "cold_start_ratio": round(cold / floor, 2),
        "rss_mb": round(statistics.median(s["rss_mb"] for s in samples), 1),
    }


def _wait(app: QApplication, condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + STEP_TIMEOUT_MS / 1000
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the counter window did not answer in time")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def _click_and_wait(app: QApplication, button: QPushButton, done: Callable[[], bool]) -> None:
    _wait(app, button.isEnabled)  # the change feed may show the ticket before the action ends
    button.click()
    _wait(app, done)


def measure_call_next(app: QApplication, clicks: int) -> dict[str, float]:
    language = LanguageSwitcher()
    language.set_language("nl")
    with tempfile.TemporaryDirectory() as tmp, ExitStack() as stack:
        site = open_site(f"sqlite:///{Path(tmp) / 'site.sqlite3'}", demo=True)
        try:
            for index in range(clicks):
                site.queue.issue_ticket(LOCATION, "ABF"[index % 3])  # served at counter 1
            post = site.queue.counter_post(LOCATION, 1, "mw01")
            no_devices = ManagedDeviceBoard(DeviceManager())
            stack.callback(no_devices.close)  # its status poller must not outlive the run
            window = MainWindow(site.queue, site.followers, site.queue.location(LOCATION),
                                no_devices, language, "counter", post, alarms=site.alarms,
                                health=site.health)
            view = window.counter
            assert view is not None
            window.resize(1366, 800)
            window.start()
            window.show()
            _wait(app, lambda: window.snapshot is not None and view.next.isEnabled())
            samples = []
            for _ in range(clicks):
                _wait(app, view.next.isEnabled)
                loop = QEventLoop()
                shown = view.current_changed.connect(
                    lambda current, loop=loop: loop.quit() if current is not None else None
                )
                QTimer.singleShot(STEP_TIMEOUT_MS, loop.quit)
                started = time.perf_counter()
                view.next.click()
                loop.exec()
                samples.append((time.perf_counter() - started) * 1000)
                view.current_changed.disconnect(shown)
                if view.current is None or view.card.number.text() != view.current.number:
                    raise RuntimeError("Volgende did not put a ticket on screen")
                _click_and_wait(app, view.start, view.finish.isEnabled)
                _click_and_wait(app, view.finish, view.next.isEnabled)
            window.close()
            window.deleteLater()
        finally:
            site.close()
    samples.sort()
    return {
        "call_next_p50_ms": round(statistics.median(samples), 2),
        "call_next_p99_ms": round(samples[min(len(samples) - 1,
                                              math.ceil(0.99 * len(samples)) - 1)], 2),
        "call_next_clicks": clicks,
    }


def run(quick: bool) -> dict[str, float | int]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    result: dict[str, float | int] = {}
    result.update(measure_start(runs=3 if quick else 7))
    result.update(measure_call_next(app, clicks=60 if quick else 300))
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer runs, under a minute")
    args = parser.parse_args()
    print(json.dumps(run(args.quick)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
