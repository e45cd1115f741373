"""Unexpected errors are bugs: log them with a traceback, say so plainly, and exit.

DESIGN.md §7: the app does not limp on after an exception it did not expect.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
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


class CrashHandler:
    """Install as ``sys.excepthook``; the first crash shows the dialog and ends the app."""

    def __init__(self, show: Callable[[str], None] = show_crash_dialog,
                 quit_app: Callable[[int], None] = quit_application) -> None:
        self._show = show
        self._quit = quit_app
        self.crashed = False

    def __call__(self, exc_type: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> None:
        log.critical("unexpected error, Loket stops", exc_info=(exc_type, exc, tb))
        if self.crashed:
            return
        self.crashed = True
        self._show(crash_text())
        self._quit(EXIT_CRASH)
