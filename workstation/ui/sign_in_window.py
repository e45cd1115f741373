"""The sign-in window, and the flow between it and the main window of whoever signed in.

Sign-in screen -> (the counter session opens on the worker thread) -> the person's main window
-> "Afmelden" -> the sign-in screen again. Closing the main window any other way ends the
program; its counter session is closed on the way out.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt, Signal, SignalInstance
from PySide6.QtWidgets import QMainWindow, QVBoxLayout, QWidget

from workstation.domain.errors import UserFacingError
from workstation.domain.site import LocationInfo, StaffInfo
from workstation.domain.staff import Permission
from workstation.services.queue_service import CounterPost
from workstation.services.staff_service import StaffService
from workstation.ui.header import MunicipalityHeader
from workstation.ui.sign_in import SignInScreen
from workstation.ui.style import Theme, stylesheet
from workstation.ui.tasks import TaskRunner

log = logging.getLogger("loket.ui")

OpenPost = Callable[[StaffInfo], CounterPost | None]
"""Opens the person's counter session (None at a reception); runs on the worker thread."""


class StaffWindow(Protocol):
    """What the flow needs of the window it opens: the main window, or the supervisor's."""

    @property
    def signed_out(self) -> SignalInstance: ...

    @property
    def stopped(self) -> SignalInstance: ...

    def start(self) -> None: ...

    def show(self) -> None: ...

    def close(self) -> bool: ...

    def deleteLater(self) -> None: ...  # noqa: N802 - Qt's name

    def shutdown(self) -> None: ...


BuildWindow = Callable[[StaffInfo, CounterPost | None], StaffWindow]


def fill_screen(window: QWidget) -> None:
    """A staff window is the one program of its PC: it opens maximized, and is sized to the
    screen first for a desktop without a window manager that would maximize it."""
    screen = window.screen()
    if screen is not None:
        window.resize(screen.availableGeometry().size())
    window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


class SignInWindow(QMainWindow):
    def __init__(self, staff: StaffService, location: LocationInfo, needs: Permission,
                 code: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = TaskRunner("sign-in", self._refused, self)
        self.setStyleSheet(stylesheet(Theme(primary=location.municipality.primary_colour)))
        self.header = MunicipalityHeader(location, False, self)
        self.page = SignInScreen(staff, needs, self.runner, code, self)
        self._location = location
        central = QWidget(self)
        central.setObjectName("page")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.page, 1)
        self.setCentralWidget(central)
        self.setMinimumSize(1024, 700)
        self._retranslate()

    def _refused(self, error: UserFacingError) -> None:
        self.page.show_refusal(error)

    def shutdown(self) -> None:
        self.runner.close()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(f"Loket — {self.tr('Aanmelden')} — {self._location.name}")


class SignInFlow(QObject):
    """Shows the sign-in window until someone signs in, then their main window."""

    window_opened = Signal(object)  # StaffWindow

    def __init__(self, sign_in: SignInWindow, open_post: OpenPost, build_window: BuildWindow,
                 staff: StaffService, code: str = "") -> None:
        super().__init__(sign_in)
        self.sign_in = sign_in
        self._open_post = open_post
        self._build_window = build_window
        self._staff = staff
        self._code = code
        self.window: StaffWindow | None = None
        self._post: CounterPost | None = None
        sign_in.page.signed_in.connect(self._signed_in)

    def start(self) -> None:
        self.sign_in.show()
        self.sign_in.page.focus_first_empty()

    def _signed_in(self, staff: StaffInfo) -> None:
        open_post = self._open_post
        self.sign_in.runner.run(lambda: open_post(staff),
                                lambda post: self._open_window(staff, post))

    def _open_window(self, staff: StaffInfo, post: CounterPost | None) -> None:
        window = self._build_window(staff, post)
        self.window, self._post = window, post
        window.signed_out.connect(self._signed_out)
        window.start()
        if isinstance(window, QWidget):
            fill_screen(window)
        window.show()
        self.sign_in.hide()
        self.window_opened.emit(window)

    def _signed_out(self) -> None:
        window, self.window, self._post = self.window, None, None
        self.sign_in.page.reset(self._code)
        self.sign_in.show()  # before the main window closes, so the program keeps running
        if window is not None:
            window.close()
            window.deleteLater()

    def shutdown(self) -> None:
        """At exit: close the open counter session, stop both windows' workers."""
        window, post = self.window, self._post
        self.window = self._post = None
        if window is not None:
            window.shutdown()
        if post is not None:
            try:
                self._staff.sign_out(post)
            except UserFacingError as exc:
                log.warning("counter session not closed at exit: %s", exc.detail)
        self.sign_in.shutdown()
