"""Keeps the hall display answerable: SIGTERM/SIGINT end it promptly, a stalled loop is logged.

Python runs a signal handler only when the main thread next executes Python code, so a GUI
thread stuck in a C call never saw SIGTERM. ``signal.set_wakeup_fd`` makes the C-level handler
write the signal number to a socket at once; a watchdog thread reads it, asks the event loop to
quit, and ends the process itself if the display has not stopped within ``QUIT_GRACE_S``.

The same thread watches a heartbeat timer on the GUI thread. A loop that has not run for
``STALL_S`` is logged with the main thread's stack, so a freeze is never silent in the log; one
that stays stuck for ``RESTART_AFTER_S`` is restarted (``restart`` replaces the process with a
fresh display), so a hall screen never stays frozen.
"""

from __future__ import annotations

import logging
import os
import select
import signal
import socket
import sys
import threading
import time
import traceback
from collections.abc import Callable
from types import FrameType

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

log = logging.getLogger("loket.ui")

QUIT_SIGNALS = (signal.SIGINT, signal.SIGTERM)
HEARTBEAT_MS = 250
CHECK_S = 0.5
STALL_S = 5.0
QUIT_GRACE_S = 8.0
RESTART_AFTER_S = 60.0


class Lifeline(QObject):
    """Install once around ``app.exec()``; ``close()`` after the display has shut down."""

    quit_requested = Signal(int)  # emitted on the watchdog thread, delivered on the GUI thread

    def __init__(self, app: QCoreApplication, *, stall_s: float = STALL_S,
                 grace_s: float = QUIT_GRACE_S, restart_after_s: float = RESTART_AFTER_S,
                 restart: Callable[[], None] | None = None) -> None:
        super().__init__()
        self._app = app
        self._stall_s = stall_s
        self._grace_s = grace_s
        self._restart_after_s = restart_after_s
        self._restart = restart
        self._beat = time.monotonic()
        self._quit_by: float | None = None
        self._stop = threading.Event()
        self._receive, self._send = socket.socketpair()
        self._receive.setblocking(False)
        self._send.setblocking(False)
        self._previous = {number: signal.getsignal(number) for number in QUIT_SIGNALS}
        for number in QUIT_SIGNALS:
            signal.signal(number, _noted)  # the watchdog thread acts on the wakeup byte
        self._previous_fd = signal.set_wakeup_fd(self._send.fileno(), warn_on_full_buffer=False)
        self.quit_requested.connect(self._quit, Qt.ConnectionType.QueuedConnection)
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self._beat_now)
        self._heartbeat.start()
        self._thread = threading.Thread(target=self._watch, name="loket-lifeline", daemon=True)
        self._thread.start()

    def shutting_down(self) -> None:
        """The event loop has returned: no more heartbeats to expect, but the shutdown itself
        must end within the grace time too."""
        if self._quit_by is None:
            self._quit_by = time.monotonic() + self._grace_s

    def close(self) -> None:
        self._heartbeat.stop()
        self._stop.set()
        self._thread.join(2 * CHECK_S)
        signal.set_wakeup_fd(self._previous_fd)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        self._receive.close()
        self._send.close()

    def _beat_now(self) -> None:
        self._beat = time.monotonic()

    def _quit(self, number: int) -> None:
        log.info("queue display stopping on signal %d", number)
        self._app.quit()

    def _watch(self) -> None:
        stalled = False
        while not self._stop.is_set():
            readable, _, _ = select.select([self._receive], [], [], CHECK_S)
            if readable:
                self._signals_arrived()
            now = time.monotonic()
            if self._quit_by is not None and now > self._quit_by and not self._stop.is_set():
                log.error("the display did not stop within %.0f s; ending it", self._grace_s)
                logging.shutdown()  # the process ends or is replaced without its own
                os._exit(1)
            if self._quit_by is not None:
                continue  # stopping: the loop is meant to be gone
            age = now - self._beat
            if age > self._stall_s and not stalled:
                stalled = True
                log.error("the display's event loop has not run for %.0f s; it is at:\n%s",
                          age, _main_thread_stack())
            elif age <= self._stall_s and stalled:
                stalled = False
                log.warning("the display's event loop runs again")
            if age > self._restart_after_s and self._restart is not None and \
                    not self._stop.is_set():
                log.error("the display's event loop has been stuck for %.0f s; restarting the "
                          "display", age)
                logging.shutdown()  # the process ends or is replaced without its own
                self._restart()

    def _signals_arrived(self) -> None:
        try:
            numbers = self._receive.recv(64)
        except BlockingIOError:
            return
        for number in numbers:
            if number in QUIT_SIGNALS and self._quit_by is None:
                self._quit_by = time.monotonic() + self._grace_s
                self.quit_requested.emit(number)


def _noted(_number: int, _frame: FrameType | None) -> None:
    """The Python-level handler: nothing to do, the wakeup byte carries the signal."""


def _main_thread_stack() -> str:
    main = threading.main_thread().ident
    frame = sys._current_frames().get(main) if main is not None else None
    return "".join(traceback.format_stack(frame)) if frame is not None else "(unknown)"
