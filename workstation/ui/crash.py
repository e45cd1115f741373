"""Unexpected errors are bugs: log them with a traceback, say so plainly, then stop or restart.

DESIGN.md §7: the app does not limp on after an exception it did not expect. A staff window
shows the crash dialog and exits (code 70). A public screen (the kiosk) never leaves its
visitor at the desktop: it shows its error page and restarts its view instead.

Errors of every thread arrive here: ``sys.excepthook`` (the GUI thread, and PySide's QThreads)
and ``threading.excepthook`` (Python threads). Both log at once, on the thread where the error
happened; the dialog or restart always runs on the GUI thread, carried there by a queued signal.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox

log = logging.getLogger("loket.ui")

EXIT_CRASH = 70  # EX_SOFTWARE


def crash_text() -> str:
    return QCoreApplication.translate(
        "CrashHandler",
        "Er ging iets mis dat Loket niet verwachtte. Loket sluit nu af. "
        "Start Loket opnieuw; wachtnummers en de wachtrij blijven bewaard. "
        "Gebeurt dit vaker, meld het dan bij IT (de details staan in het logbestand).",
    )


def show_crash_dialog(text: str) -> None:
    QMessageBox.critical(None, QCoreApplication.translate("CrashHandler", "Loket sluit af"), text)


def quit_application(code: int) -> None:
    QCoreApplication.exit(code)


class _ToGuiThread(QObject):
    crashed = Signal()


class CrashHandler:
    """Install with ``installed()`` (both hooks); the first crash shows the dialog and ends
    the app, unless ``restart_view`` is set (a kiosk): then every crash restarts the view."""

    def __init__(self, show: Callable[[str], None] = show_crash_dialog,
                 quit_app: Callable[[int], None] = quit_application,
                 restart_view: Callable[[], None] | None = None) -> None:
        self._show = show
        self._quit = quit_app
        self.restart_view = restart_view
        self.crashed = False
        self._bridge = _ToGuiThread()  # lives on the thread that made the handler: the GUI's
        self._bridge.crashed.connect(self._on_gui_thread)

    def __call__(self, exc_type: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> None:
        where = threading.current_thread().name
        log.critical("unexpected error in thread %s", where, exc_info=(exc_type, exc, tb))
        if threading.current_thread() is threading.main_thread():
            self._on_gui_thread()
        else:
            self._bridge.crashed.emit()  # queued: handled by the GUI thread's event loop

    def thread_hook(self, args: Any) -> None:
        """``threading.excepthook``: an exception that ended a Python thread."""
        if args.exc_type is SystemExit:
            return
        self(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    @contextmanager
    def installed(self) -> Iterator[CrashHandler]:
        previous_sys, previous_threading = sys.excepthook, threading.excepthook
        sys.excepthook = self
        threading.excepthook = self.thread_hook
        try:
            yield self
        finally:
            sys.excepthook, threading.excepthook = previous_sys, previous_threading

    def _on_gui_thread(self) -> None:
        if self.restart_view is not None:
            log.warning("restarting the view after an unexpected error")
            self.restart_view()
            return
        if self.crashed:
            return
        self.crashed = True
        self._show(crash_text())
        self._quit(EXIT_CRASH)
