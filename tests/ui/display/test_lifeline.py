"""SIGTERM ends the display promptly, also when its GUI thread is stuck; a stall is logged;
a GUI thread stuck for good is restarted; full garbage collections stay short."""

from __future__ import annotations

import gc
import signal
import subprocess
import sys

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from queue_display.app import freeze_start_up_heap
from queue_display.lifeline import Lifeline
from tests.ui.display.processes import ROOT


def test_sigterm_asks_the_event_loop_to_quit(qtbot: QtBot, qapp: QApplication) -> None:
    lifeline = Lifeline(qapp)
    quits: list[int] = []
    lifeline.quit_requested.connect(quits.append)
    try:
        signal.raise_signal(signal.SIGTERM)
        qtbot.waitUntil(lambda: quits == [signal.SIGTERM], timeout=5000)
    finally:
        lifeline.close()
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL


def test_a_stuck_gui_thread_is_logged_and_still_ends_on_sigterm() -> None:
    process = subprocess.Popen([sys.executable, "-m", "tests.ui.display.stuck_display"],
                               cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    try:
        assert process.stdout is not None and process.stderr is not None
        assert process.stdout.readline().strip() == "stuck"
        logged = [process.stderr.readline()]  # the stall, with where the GUI thread is
        while logged[-1] and "block_forever" not in logged[-1]:
            logged.append(process.stderr.readline())
        process.send_signal(signal.SIGTERM)
        _, rest = process.communicate(timeout=30)
        stderr = "".join(logged) + rest
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 1
    assert "the display's event loop has not run for" in stderr
    assert "block_forever" in stderr  # the stall is logged with where the GUI thread is
    assert "the display did not stop within 2 s; ending it" in stderr


def test_a_gui_thread_stuck_for_good_is_replaced_by_a_fresh_process() -> None:
    done = subprocess.run([sys.executable, "-m", "tests.ui.display.stuck_display", "--restart"],
                          cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["stuck", "restarted"]
    assert "s; restarting the display" in done.stderr


def test_the_start_up_heap_is_kept_out_of_full_collections() -> None:
    """A full collection of everything Qt and SQLAlchemy loaded held the GUI for 380 ms."""
    gc.unfreeze()
    freeze_start_up_heap()
    try:
        assert gc.get_freeze_count() > 10_000
    finally:
        gc.unfreeze()
