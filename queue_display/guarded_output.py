"""What the chime and the voice share: one sound at a time, and the hall never waits forever.

``done`` is called exactly once per sound: when it ends, when it fails, or when the guard timer
runs out (a device or engine that never reports the end must not stop the announcement queue).
A missing device or engine is logged once, not on every call.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from queue_display.announcer import Done

log = logging.getLogger("loket.ui")


class GuardedOutput(QObject):
    def __init__(self, off_message: str, guard_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._off_message = off_message  # "%s" is the reason
        self._done: Done | None = None
        self._told_off = False
        self._guard = QTimer(self)
        self._guard.setSingleShot(True)
        self._guard.setInterval(guard_ms)
        self._guard.timeout.connect(self._timed_out)

    def _begin(self, done: Done) -> None:
        self._done = done
        self._guard.start()

    def _timed_out(self) -> None:
        self._finish()

    def _finish(self) -> None:
        self._guard.stop()
        done, self._done = self._done, None
        if done is not None:
            done()

    def _forget(self) -> None:
        """On close: nothing more is reported."""
        self._guard.stop()
        self._done = None

    def _off(self, reason: str) -> None:
        if not self._told_off:
            self._told_off = True
            log.warning(self._off_message, reason)
