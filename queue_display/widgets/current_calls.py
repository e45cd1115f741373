"""The big "now calling" rows: "A012 → balie 3", a new call highlighted for a while."""

from __future__ import annotations

import time
from collections.abc import Iterable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from queue_display.theme import MUTED, PANEL, TEXT, Palette, css, font
from workstation.domain.overview import CallView

MAX_ROWS = 4


class CallRow(QFrame):
    """One call: the ticket number left, the counter right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callRow")
        self.number = QLabel(self)
        self.arrow = QLabel("→", self)
        self.counter = QLabel(self)
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._row = QHBoxLayout(self)
        self._row.addWidget(self.number)
        self._row.addWidget(self.arrow)
        self._row.addStretch(1)
        self._row.addWidget(self.counter)

    def show_call(self, call: CallView, highlighted: bool, palette: Palette) -> None:
        self.number.setText(call.number)
        self.counter.setText(self.tr("balie {counter}").format(counter=call.counter_number))
        if self.property("highlighted") != highlighted:  # restyling is costly: only on change
            bg = css(palette.accent) if highlighted else PANEL
            fg = css(palette.on_accent) if highlighted else TEXT
            self.setStyleSheet(f"#callRow {{ background: {bg}; border-radius: 0.4em; }}"
                               f" QLabel {{ color: {fg}; background: transparent; }}")
            self.setProperty("highlighted", highlighted)
        self.setVisible(True)

    def rescale(self, height: int) -> None:
        size = 0.085
        self.number.setFont(font(height, size, bold=True))
        self.arrow.setFont(font(height, size * 0.8))
        self.counter.setFont(font(height, size, bold=True))
        pad = round(height * 0.012)
        self._row.setContentsMargins(pad * 3, pad, pad * 3, pad)
        self._row.setSpacing(pad * 3)


class CurrentCallsPanel(QWidget):
    def __init__(self, palette: Palette, highlight_seconds: float,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._palette = palette
        self._highlight_seconds = highlight_seconds
        self._highlight_until: dict[int, float] = {}
        self._calls: tuple[CallView, ...] = ()
        self.title = QLabel(self.tr("Nu aan de beurt"), self)
        self.title.setStyleSheet(f"color: {MUTED};")
        self.empty = QLabel(self.tr("Nog niemand opgeroepen"), self)
        self.empty.setStyleSheet(f"color: {MUTED};")
        self.rows = [CallRow(self) for _ in range(MAX_ROWS)]
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.addWidget(self.title)
        self._column.addWidget(self.empty)
        for row in self.rows:
            self._column.addWidget(row)
            row.setVisible(False)
        self._column.addStretch(1)
        self._expiry = QTimer(self)
        self._expiry.setSingleShot(True)
        self._expiry.timeout.connect(self._render)

    def mark_new(self, calls: Iterable[CallView]) -> None:
        until = time.monotonic() + self._highlight_seconds
        for call in calls:
            self._highlight_until[call.event_id] = until

    def show_calls(self, calls: tuple[CallView, ...]) -> None:
        self._calls = calls[:MAX_ROWS]
        shown = {call.event_id for call in self._calls}
        self._highlight_until = {k: v for k, v in self._highlight_until.items() if k in shown}
        self._render()

    def highlighted(self) -> tuple[str, ...]:
        now = time.monotonic()
        until = self._highlight_until
        return tuple(c.number for c in self._calls if until.get(c.event_id, 0) > now)

    def stop(self) -> None:
        self._expiry.stop()

    def rescale(self, height: int) -> None:
        self.title.setFont(font(height, 0.035, bold=True))
        self.empty.setFont(font(height, 0.045))
        self._column.setSpacing(round(height * 0.018))
        for row in self.rows:
            row.rescale(height)

    def _render(self) -> None:
        now = time.monotonic()
        for row, call in zip(self.rows, self._calls, strict=False):
            row.show_call(call, self._highlight_until.get(call.event_id, 0) > now, self._palette)
        for row in self.rows[len(self._calls):]:
            row.setVisible(False)
        self.empty.setVisible(not self._calls)
        pending = [t for t in self._highlight_until.values() if t > now]
        if pending:
            self._expiry.start(max(1, round((min(pending) - now) * 1000)))
        else:
            self._expiry.stop()
