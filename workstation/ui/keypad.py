"""The kiosk's on-screen keyboard for a booking code, for visitors without a keyboard.

Booking codes are letters and digits, sometimes in dash-separated groups (ADR 0014), so the
keyboard has all of them, the dash, one key to erase the last character and one to clear.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QWidget

from workstation.ui.buttons import ActionButton
from workstation.ui.style import set_role

KEY_MAX_HEIGHT = 110
COLUMNS = 10
# Digits first (as on a phone), then the alphabet, then the dash.
KEYS = "1234567890ABCDEFGHIJKLMNOPQRSTUVWXYZ-"


class Keypad(QWidget):
    """Each press emits what to do with the code field."""

    key = Signal(str)
    erase = Signal()
    clear = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        self.keys: dict[str, ActionButton] = {}
        for index, key in enumerate(KEYS):
            button = self._add(grid, key, index // COLUMNS, index % COLUMNS)
            button.clicked.connect(lambda _checked=False, k=key: self.key.emit(k))
            self.keys[key] = button
        last_row, used = divmod(len(KEYS), COLUMNS)
        self.erase_button = self._add(grid, "⌫", last_row, used)
        self.clear_button = self._add(grid, "", last_row, used + 1, COLUMNS - used - 1)
        self.erase_button.clicked.connect(self.erase)
        self.clear_button.clicked.connect(self.clear)
        self.retranslate()

    def _add(self, grid: QGridLayout, text: str, row: int, column: int,
             span: int = 1) -> ActionButton:
        button = ActionButton(text, self)
        set_role(button, "keypad")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the code field keeps the focus
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        button.setMaximumHeight(KEY_MAX_HEIGHT)
        grid.addWidget(button, row, column, 1, span)
        return button

    def retranslate(self) -> None:
        self.erase_button.setToolTip(self.tr("Laatste teken weghalen"))
        self.clear_button.setText(self.tr("Wis"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
