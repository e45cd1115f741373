"""The big "now calling" rows: "A012 → balie 3", a new call highlighted for a while.

Up to ``WIDE_ROWS`` calls fill one column in the largest type; more calls (five counters
calling at once) go into two columns of smaller rows without the arrow, so every pending call
stays on screen.
Rows shrink further only when a text would not fit its column. Calls beyond ``MAX_ROWS`` head the
"eerder opgeroepen" list (``calls.board``). A recall carries an "opnieuw" mark.
"""

from __future__ import annotations

import time
from collections.abc import Iterable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from queue_display.calls import CURRENT_LIMIT
from queue_display.theme import MUTED, PANEL, TEXT, Palette, css, font
from workstation.domain.overview import CallView

MAX_ROWS = CURRENT_LIMIT
WIDE_ROWS = MAX_ROWS // 2
WIDE_SIZE = 0.085  # of the window height: about 9 cm on a 55" TV, read from five metres
NARROW_SIZE = 0.062
FIT_STEPS = 12
TEXT_SLACK_PX = 4  # QLabel draws a little wider than the bare text advance


class CallRow(QFrame):
    """One call: the ticket number left (with "opnieuw" on a recall), the counter right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callRow")
        self.number = QLabel(self)
        self.recall = QLabel(self.tr("opnieuw"), self)
        self.recall.setObjectName("recall")
        self.arrow = QLabel("→", self)
        self.counter = QLabel(self)
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._row = QHBoxLayout(self)
        self._row.addWidget(self.number)
        self._row.addWidget(self.recall)
        self._row.addWidget(self.arrow)
        self._row.addStretch(1)
        self._row.addWidget(self.counter)
        self.recall.setVisible(False)

    def show_call(self, call: CallView, highlighted: bool, palette: Palette) -> None:
        self.number.setText(call.number)
        self.counter.setText(self.tr("balie {counter}").format(counter=call.counter_number))
        self.recall.setVisible(call.recall)
        if self.property("highlighted") != highlighted:  # restyling is costly: only on change
            bg = css(palette.accent) if highlighted else PANEL
            fg = css(palette.on_accent) if highlighted else TEXT
            self.setStyleSheet(f"#callRow {{ background: {bg}; border-radius: 0.4em; }}"
                               f" QLabel {{ color: {fg}; background: transparent; }}"
                               f" #recall {{ border: 0.1em solid {fg};"
                               " border-radius: 0.3em; padding: 0 0.3em; }")
            self.setProperty("highlighted", highlighted)
        self.setVisible(True)

    def rescale(self, height: int, size: float, *, compact: bool = False) -> None:
        """``compact``: narrower margins, for rows in two columns."""
        self.number.setFont(font(height, size, bold=True))
        self.recall.setFont(font(height, size * 0.45, bold=True))
        self.arrow.setFont(font(height, size * 0.8))
        self.counter.setFont(font(height, size, bold=True))
        pad = round(height * 0.012)
        side = pad * (2 if compact else 3)
        self._row.setContentsMargins(side, pad, side, pad)
        self._row.setSpacing(pad if compact else pad * 2)
        self.arrow.setHidden(compact)  # in a column half as wide the counter needs the room

    def needed_width(self) -> int:
        """The width the row's texts take in their current fonts (no eliding, no clipping)."""
        parts = [label for label in (self.number, self.recall, self.arrow, self.counter)
                 if not label.isHidden()]
        texts = sum(_text_width(label) for label in parts)
        margins = self._row.contentsMargins()
        spacing = self._row.spacing() * (len(parts) - 1)
        recall_frame = self.recall.font().pixelSize() if not self.recall.isHidden() else 0
        return texts + margins.left() + margins.right() + spacing + recall_frame


class CurrentCallsPanel(QWidget):
    def __init__(self, palette: Palette, highlight_seconds: float,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._palette = palette
        self._highlight_seconds = highlight_seconds
        self._highlight_until: dict[int, float] = {}
        self._calls: tuple[CallView, ...] = ()
        self._height = 1080
        self._columns = 0
        self.row_size = WIDE_SIZE
        self.title = QLabel(self.tr("Nu aan de beurt"), self)
        self.title.setStyleSheet(f"color: {MUTED};")
        self.empty = QLabel(self.tr("Nog niemand opgeroepen"), self)
        self.empty.setStyleSheet(f"color: {MUTED};")
        self.rows = [CallRow(self) for _ in range(MAX_ROWS)]
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.addWidget(self.title)
        self._column.addWidget(self.empty)
        self._column.addLayout(self._grid)
        self._column.addStretch(1)
        for row in self.rows:
            row.setVisible(False)
        self._place_rows(1)
        self._expiry = QTimer(self)
        self._expiry.setSingleShot(True)
        self._expiry.timeout.connect(self._render)

    @property
    def columns(self) -> int:
        return self._columns

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
        self._height = height
        self.title.setFont(font(height, 0.035, bold=True))
        self.empty.setFont(font(height, 0.045))
        spacing = round(height * 0.018)
        self._column.setSpacing(spacing)
        self._grid.setHorizontalSpacing(spacing)
        self._grid.setVerticalSpacing(spacing)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit()

    def _render(self) -> None:
        now = time.monotonic()
        for row, call in zip(self.rows, self._calls, strict=False):
            row.show_call(call, self._highlight_until.get(call.event_id, 0) > now, self._palette)
        for row in self.rows[len(self._calls):]:
            row.setVisible(False)
        self.empty.setVisible(not self._calls)
        self._place_rows(1 if len(self._calls) <= WIDE_ROWS else 2)
        self._fit()
        pending = [t for t in self._highlight_until.values() if t > now]
        if pending:
            self._expiry.start(max(1, round((min(pending) - now) * 1000)))
        else:
            self._expiry.stop()

    def _place_rows(self, columns: int) -> None:
        """Newest first: down the left column, then down the right one."""
        if columns == self._columns:
            return
        self._columns = columns
        for row in self.rows:
            self._grid.removeWidget(row)
        for index, row in enumerate(self.rows):
            if columns == 1:
                self._grid.addWidget(row, index, 0, 1, 2)
            else:
                self._grid.addWidget(row, index % WIDE_ROWS, index // WIDE_ROWS)
        for column in range(2):
            self._grid.setColumnStretch(column, 1)

    def _fit(self) -> None:
        """The largest size for this many rows at which every row's text fits its column."""
        height = self._height
        size = WIDE_SIZE if self._columns == 1 else NARROW_SIZE
        available = (self.width() - self._grid.horizontalSpacing() * (self._columns - 1)
                     ) // self._columns
        shown = [row for row in self.rows if not row.isHidden()]
        for _ in range(FIT_STEPS):
            for row in shown:
                row.rescale(height, size, compact=self._columns > 1)
            needed = max((row.needed_width() for row in shown), default=0)
            if needed <= available or available <= 0:
                break
            size *= min(available / needed, 0.97)  # margins do not shrink with the text
        for row in self.rows:
            if row.isHidden():
                row.rescale(height, size, compact=self._columns > 1)
        self.row_size = size


def _text_width(label: QLabel) -> int:
    return QFontMetrics(label.font()).horizontalAdvance(label.text()) + TEXT_SLACK_PX
