"""The list of earlier calls, so a visitor who looked away can still find their number."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from queue_display.theme import MUTED, TEXT, font
from workstation.domain.overview import CallView


class RecentCallsPanel(QWidget):
    def __init__(self, rows: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Eerder opgeroepen"), self)
        self.title.setStyleSheet(f"color: {MUTED};")
        self.numbers = [QLabel(self) for _ in range(rows)]
        self.counters = [QLabel(self) for _ in range(rows)]
        self._grid = grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.title, 0, 0, 1, 2)
        for index, (number, counter) in enumerate(zip(self.numbers, self.counters, strict=True)):
            number.setStyleSheet(f"color: {TEXT};")
            counter.setStyleSheet(f"color: {TEXT};")
            counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(number, index + 1, 0)
            grid.addWidget(counter, index + 1, 1)
        grid.setRowStretch(rows + 1, 1)

    def show_calls(self, calls: tuple[CallView, ...]) -> None:
        for index, (number, counter) in enumerate(zip(self.numbers, self.counters, strict=True)):
            call = calls[index] if index < len(calls) else None
            number.setText(call.number if call else "")
            counter.setText(
                self.tr("balie {counter}").format(counter=call.counter_number) if call else ""
            )

    def shown(self) -> tuple[str, ...]:
        return tuple(label.text() for label in self.numbers if label.text())

    def rescale(self, height: int) -> None:
        self.title.setFont(font(height, 0.03, bold=True))
        for number, counter in zip(self.numbers, self.counters, strict=True):
            number.setFont(font(height, 0.042, bold=True))
            counter.setFont(font(height, 0.036))
        self._grid.setVerticalSpacing(round(height * 0.006))
