"""Per service: how many are waiting and the expected wait, readable from five metres.

Every text of the table, its column heads too, is at least ``HEAD_SIZE`` of the window height;
a service name that does not fit its column wraps onto a second line instead of being cut.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from queue_display.theme import MUTED, TEXT, Palette, css, font
from workstation.domain.overview import ServiceQueueView
from workstation.domain.queue import wait_minutes

TITLE_SIZE = 0.034
HEAD_SIZE = 0.028
ROW_SIZE = 0.034


class ServicesPanel(QWidget):
    def __init__(self, palette: Palette, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._palette = palette
        self._language = language
        self._height = 1080
        self.title = QLabel(self.tr("Wachtenden"), self)
        self.title.setStyleSheet(f"color: {MUTED};")
        self.waiting_head = QLabel(self.tr("wachtend"), self)
        self.wait_head = QLabel(self.tr("wachttijd"), self)
        for head in (self.waiting_head, self.wait_head):
            head.setStyleSheet(f"color: {MUTED};")
            head.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.addWidget(self.title, 0, 0, 1, 2)
        self._grid.addWidget(self.waiting_head, 0, 2)
        self._grid.addWidget(self.wait_head, 0, 3)
        self._grid.setColumnStretch(1, 1)
        self._grid.setRowStretch(1000, 1)  # rows stay at the top however many there are
        self._rows: list[tuple[QLabel, QLabel, QLabel, QLabel]] = []

    def show_services(self, services: tuple[ServiceQueueView, ...]) -> None:
        while len(self._rows) < len(services):
            self._add_row()
        for row, service in zip(self._rows, services, strict=False):
            letter, name, count, wait = row
            letter.setText(service.letter)
            name.setText(service.name(self._language))
            count.setText(str(service.waiting_count))
            wait.setText(self._wait_text(service))
            for label in row:
                label.setVisible(True)
        for row in self._rows[len(services):]:
            for label in row:
                label.setVisible(False)

    def waiting_counts(self) -> dict[str, int]:
        return {row[0].text(): int(row[2].text()) for row in self._rows if row[0].isVisible()}

    def rescale(self, height: int) -> None:
        self._height = height
        self.title.setFont(font(height, TITLE_SIZE, bold=True))
        self.waiting_head.setFont(font(height, HEAD_SIZE, bold=True))
        self.wait_head.setFont(font(height, HEAD_SIZE, bold=True))
        for row in self._rows:
            self._scale_row(row)
        self._grid.setHorizontalSpacing(round(height * 0.018))
        self._grid.setVerticalSpacing(round(height * 0.008))

    def _add_row(self) -> None:
        row = (QLabel(self), QLabel(self), QLabel(self), QLabel(self))
        letter, name, count, wait = row
        letter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        letter.setStyleSheet(f"color: {css(self._palette.on_accent)};"
                             f" background: {css(self._palette.accent)}; border-radius: 0.2em;")
        for label in (name, count, wait):
            label.setStyleSheet(f"color: {TEXT};")
        name.setWordWrap(True)
        count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        wait.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        index = len(self._rows) + 1
        for column, label in enumerate(row):
            self._grid.addWidget(label, index, column)
        self._rows.append(row)
        self._scale_row(row)

    def _scale_row(self, row: tuple[QLabel, QLabel, QLabel, QLabel]) -> None:
        letter, name, count, wait = row
        letter.setFont(font(self._height, ROW_SIZE, bold=True))
        letter.setFixedWidth(round(self._height * 0.058))
        name.setFont(font(self._height, ROW_SIZE))
        count.setFont(font(self._height, ROW_SIZE, bold=True))
        wait.setFont(font(self._height, ROW_SIZE))

    def _wait_text(self, service: ServiceQueueView) -> str:
        if service.waiting_count == 0:
            return self.tr("geen")
        if service.expected_wait is None:
            return self.tr("nu geen balie open")
        minutes = max(1, wait_minutes(service.expected_wait))
        return self.tr("± {minutes} min").format(minutes=minutes)
