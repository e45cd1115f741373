"""A push button that Enter presses too, like Space, when it has the focus.

Qt presses a focused button only on Space (Enter only for a dialog's default button); staff
at a counter or reception expect Enter to do what the highlighted button says.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPushButton

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ActionButton(QPushButton):
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in _ENTER_KEYS and not event.isAutoRepeat() and self.isEnabled():
            event.accept()
            self.click()
            return
        super().keyPressEvent(event)
