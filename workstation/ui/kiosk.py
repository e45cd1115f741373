"""Kiosk mode: back to the start screen when idle, and no way out without a staff code.

The visitor sees only the intake. Staff leave kiosk mode with Ctrl+Alt+Shift+K followed by a
valid staff code; the check runs on the worker thread like any other database call.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.errors import UserFacingError
from workstation.ui.i18n import error_text
from workstation.ui.style import set_role
from workstation.ui.tasks import TaskRunner

log = logging.getLogger("loket.ui")

EXIT_KEYS = "Ctrl+Alt+Shift+K"
_ACTIVITY = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress, QEvent.Type.TouchBegin,
    QEvent.Type.Wheel,
})

StaffCheck = Callable[[str], object]
"""Raises a UserFacingError when the code is not a staff member's; runs off the GUI thread."""


class StaffCodeDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kiosk verlaten"))
        self.setModal(True)
        self.prompt = QLabel(self.tr("&Medewerkerscode:"), self)
        self.code = QLineEdit(self)
        self.code.setEchoMode(QLineEdit.EchoMode.Password)
        self.prompt.setBuddy(self.code)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        set_role(self.message, "message-error")
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Verlaten"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.code)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.submitted: Callable[[str], None] = lambda _code: None

    def _submit(self) -> None:
        self.submitted(self.code.text().strip())

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.code.selectAll()
        self.code.setFocus()


class KioskGuard(QObject):
    """Watches a kiosk window: idle reset, and the staff-only exit."""

    idle = Signal()
    unlocked = Signal()

    def __init__(self, window: QWidget, runner: TaskRunner, check_staff: StaffCheck,
                 idle_seconds: float) -> None:
        super().__init__(window)
        self._window = window
        self._runner = runner
        self._check_staff = check_staff
        self.locked = True
        self.dialog: StaffCodeDialog | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(round(idle_seconds * 1000))
        self._timer.timeout.connect(self.idle)
        self._shortcut = QShortcut(QKeySequence(EXIT_KEYS), window)
        self._shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self._shortcut.activated.connect(self.ask_staff_code)
        app = QCoreApplication.instance()
        assert app is not None
        self._app = app
        app.installEventFilter(self)  # any touch or key anywhere counts as activity
        self._timer.start()

    def lock(self) -> None:
        """Back in kiosk mode after the staff screen (``ui/kiosk_staff_screen.py``)."""
        self.locked = True
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _ACTIVITY and self.locked:
            self._timer.start()
        return False

    def ask_staff_code(self) -> None:
        if self.dialog is not None:
            return
        dialog = StaffCodeDialog(self._window)
        dialog.submitted = self._verify
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()

    def _verify(self, code: str) -> None:
        if not code:
            if self.dialog is not None:
                self.dialog.show_error(self.tr("Vul uw medewerkerscode in."))
            return
        self._runner.run(lambda: self._check_staff(code), self._accepted,
                         lambda error: self._refused(error, code))

    def _accepted(self, _staff: object) -> None:
        log.info("kiosk unlocked by staff")
        self.locked = False
        self._timer.stop()
        if self.dialog is not None:
            self.dialog.accept()
        self.unlocked.emit()

    def _refused(self, error: UserFacingError, code: str) -> None:
        log.warning("kiosk unlock refused")
        if self.dialog is not None:
            # Visitors stand behind the kiosk: a typed staff code is never shown back, also
            # not inside a message that quotes it ("Medewerkerscode '…' is onbekend.").
            self.dialog.show_error(error_text(error).replace(code, "•" * len(code)))

    def _dialog_closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
