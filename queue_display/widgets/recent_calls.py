"""The list of earlier calls, so a visitor who looked away can still find their number.

It shows ``rows`` calls in two columns (newest first, left to right), and more when pending
calls overflow the "now calling" rows (those lead the list): a pending call is never left off
the screen. Two columns keep the list short, so the table of services below it has room.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from queue_display.theme import MUTED, TEXT, font
from workstation.domain.overview import CallView

COLUMNS = 2
STRIDE = 3  # grid columns per call: number, counter, and a gap before the next call


class RecentCallsPanel(QWidget):
    def __init__(self, rows: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._height = 1080
        self.title = QLabel(self.tr("Eerder opgeroepen"), self)
        self.title.setStyleSheet(f"color: {MUTED};")
        self.numbers: list[QLabel] = []
        self.counters: list[QLabel] = []
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.addWidget(self.title, 0, 0, 1, STRIDE * COLUMNS)
        for pair in range(COLUMNS):
            self._grid.setColumnStretch(STRIDE * pair + 1, 1)
        self._grid.setRowStretch(1000, 1)  # rows stay at the top however many there are
        for _ in range(rows):
            self._add_row()

    def show_calls(self, calls: tuple[CallView, ...]) -> None:
        while len(self.numbers) < len(calls):
            self._add_row()
        for index, (number, counter) in enumerate(zip(self.numbers, self.counters, strict=True)):
            call = calls[index] if index < len(calls) else None
            number.setText(call.number if call else "")
            counter.setText(
                self.tr("balie {counter}").format(counter=call.counter_number) if call else ""
            )
            number.setVisible(call is not None)
            counter.setVisible(call is not None)

    def shown(self) -> tuple[str, ...]:
        return tuple(label.text() for label in self.numbers
                     if label.text() and label.isVisibleTo(self.window()))

    def rescale(self, height: int) -> None:
        self._height = height
        self.title.setFont(font(height, 0.03, bold=True))
        for number, counter in zip(self.numbers, self.counters, strict=True):
            self._scale_row(number, counter)
        self._grid.setVerticalSpacing(round(height * 0.006))
        self._grid.setHorizontalSpacing(round(height * 0.02))
        for pair in range(COLUMNS - 1):
            self._grid.setColumnMinimumWidth(STRIDE * pair + 2, round(height * 0.02))

    def _add_row(self) -> None:
        number, counter = QLabel(self), QLabel(self)
        number.setStyleSheet(f"color: {TEXT};")
        counter.setStyleSheet(f"color: {TEXT};")
        counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row, pair = divmod(len(self.numbers), COLUMNS)
        self._grid.addWidget(number, row + 1, STRIDE * pair)
        self._grid.addWidget(counter, row + 1, STRIDE * pair + 1)
        number.setVisible(False)
        counter.setVisible(False)
        self.numbers.append(number)
        self.counters.append(counter)
        self._scale_row(number, counter)

    def _scale_row(self, number: QLabel, counter: QLabel) -> None:
        number.setFont(font(self._height, 0.042, bold=True))
        counter.setFont(font(self._height, 0.036))
