"""The kiosk's on-screen keypad: digits for a booking code, for visitors without a keyboard."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QWidget

from workstation.ui.buttons import ActionButton
from workstation.ui.style import set_role

KEY_MAX_HEIGHT = 120


class Keypad(QWidget):
    """0-9, erase one, erase all; each press emits what to do with the code field."""

    digit = Signal(str)
    erase = Signal()
    clear = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(10)
        self.keys: dict[str, ActionButton] = {}
        for index, key in enumerate("123456789"):
            self._add(grid, key, index // 3, index % 3)
        self.erase_button = self._add(grid, "", 3, 0)
        self._add(grid, "0", 3, 1)
        self.clear_button = self._add(grid, "", 3, 2)
        self.erase_button.clicked.connect(self.erase)
        self.clear_button.clicked.connect(self.clear)
        self.retranslate()

    def _add(self, grid: QGridLayout, key: str, row: int, column: int) -> ActionButton:
        button = ActionButton(key, self)
        set_role(button, "keypad")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the code field keeps the focus
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        button.setMaximumHeight(KEY_MAX_HEIGHT)
        if key:
            button.clicked.connect(lambda _checked=False, k=key: self.digit.emit(k))
            self.keys[key] = button
        grid.addWidget(button, row, column)
        return button

    def retranslate(self) -> None:
        self.erase_button.setText(self.tr("⌫ Terug"))
        self.clear_button.setText(self.tr("Wissen"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
