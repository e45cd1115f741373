"""Every exception that ends a thread of the display reaches the log; the death of the change
feed's thread is reported, so the display can show "verbinding verbroken" and follow again.

The change feed retries lost connections itself, but an error it does not expect (a database
error its driver does not classify as a lost connection, a bug) ends its thread. Without this
hook the hall would keep showing the last calls for good, looking connected.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

log = logging.getLogger("loket.ui")

FEED_THREAD = "loket-change-feed"


class ThreadDeaths:
    """Installs itself as ``threading.excepthook`` until ``uninstall()``."""

    def __init__(self, on_feed_died: Callable[[], None]) -> None:
        self._on_feed_died = on_feed_died
        self._previous: Callable[[Any], object] | None = None
        self._hook = self._thread_died  # one bound method, to recognise it when uninstalling

    def install(self) -> None:
        if self._previous is None:
            self._previous = threading.excepthook
            threading.excepthook = self._hook

    def uninstall(self) -> None:
        if self._previous is not None and threading.excepthook is self._hook:
            threading.excepthook = self._previous
        self._previous = None

    def _thread_died(self, args: threading.ExceptHookArgs) -> None:
        name = args.thread.name if args.thread is not None else "?"
        if args.exc_type is SystemExit:
            return
        log.error("thread %s ended by an unexpected error", name, exc_info=args.exc_value)
        if name == FEED_THREAD:
            self._on_feed_died()
