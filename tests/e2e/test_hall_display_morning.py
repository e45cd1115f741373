"""The hall display on a real X server (Xvfb), fullscreen, as a display PC runs it, on the
morning that froze it: the speech engine hangs, eight counters call at once, then SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.e2e.xvfb import xvfb_available, xvfb_display
from tests.requirements import require
from tests.ui.display.processes import ROOT, workstation_actions

pytestmark = pytest.mark.display

LOCATION = "BOZ"


@pytest.fixture
def x_display() -> Iterator[str]:
    require(xvfb_available(), "Xvfb (Debian package xvfb)")
    with xvfb_display() as value:
        yield value


def wait_for(condition: Callable[[], bool], process: subprocess.Popen[str],
             timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if process.poll() is not None:
            pytest.fail(f"display exited with {process.returncode}: {process.communicate()[1]}")
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.1)


def children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        found |= {int(p) for p in (task / "children").read_text().split()}
    return found


def test_a_hung_voice_and_eight_calls_under_x_then_sigterm(tmp_path: Path,
                                                           x_display: str) -> None:
    data, logs = tmp_path / "data", tmp_path / "log"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LOKET_", "QT_QPA"))}
    env.update(DISPLAY=x_display, QT_QPA_PLATFORM="xcb", LOKET_DATA_DIR=str(data),
               LOKET_LOGGING__DIRECTORY=str(logs))
    ui_log = logs / "ui.log"

    def logged() -> str:
        return ui_log.read_text(encoding="utf-8") if ui_log.exists() else ""

    display = subprocess.Popen(
        [sys.executable, "-m", "queue_display", "--demo", "--location", LOCATION,
         "--voice-engine", "hang"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        wait_for(lambda: "connected to the site database" in logged(), display)
        url = f"sqlite:///{data / 'demo' / 'site.sqlite3'}"
        workstation_actions(url, *(["issue:A"] * 8))
        workstation_actions(url, *(f"call:{n}" for n in range(1, 9)))
        for n in range(1, 9):
            wait_for(lambda n=n: f"showing A{n:03d} at counter {n}" in logged(), display)
        speaker = children(display.pid)
        assert len(speaker) == 1  # the speech engine hangs in there, not in the display
        display.send_signal(signal.SIGTERM)
        _, stderr = display.communicate(timeout=20)
    finally:
        if display.poll() is None:
            display.kill()
            display.communicate()
    assert display.returncode == 0, stderr
    assert not Path(f"/proc/{speaker.pop()}").exists()  # no speaker left behind
    text = logged()
    assert "the display's event loop has not run" not in text
    assert "Traceback" not in text
