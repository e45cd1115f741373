"""The ticker line from the site configuration: still when it fits, scrolling when it does not."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import (
    QFontMetricsF,
    QHideEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QWidget

from queue_display.theme import Palette, font

SCROLL_INTERVAL_MS = 30
GAP_EM = 4.0


class TickerBar(QWidget):
    def __init__(self, text: str, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = " ".join(text.split())
        self._palette = palette
        self._offset = 0.0
        self._step = 2.0
        self._timer = QTimer(self)
        self._timer.setInterval(SCROLL_INTERVAL_MS)
        self._timer.timeout.connect(self._scroll)
        self.setVisible(bool(self.text))

    def set_text(self, text: str) -> None:
        """A new line (the supervisor changed it): shown, hidden or scrolling as it needs."""
        text = " ".join(text.split())
        if text == self.text:
            return
        self.text = text
        self._offset = 0.0
        self.setVisible(bool(text))
        self._update_scrolling()
        self.update()

    @property
    def scrolling(self) -> bool:
        return self._timer.isActive()

    def stop(self) -> None:
        self._timer.stop()

    def rescale(self, height: int) -> None:
        self.setFont(font(height, 0.034))
        self.setFixedHeight(round(height * 0.065))
        self._step = max(1.0, height / 540)
        self._update_scrolling()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._update_scrolling()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._update_scrolling()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        super().hideEvent(event)
        self._timer.stop()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), self._palette.primary)
        painter.setPen(self._palette.on_primary)
        painter.setFont(self.font())
        if not self.scrolling:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.text)
            return
        span = self._text_width() + self._gap()
        x = -self._offset
        while x < self.width():
            rect = QRectF(x, 0, span, self.height())
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self.text)
            x += span

    def _text_width(self) -> float:
        return QFontMetricsF(self.font()).horizontalAdvance(self.text)

    def _gap(self) -> float:
        return QFontMetricsF(self.font()).height() * GAP_EM

    def _update_scrolling(self) -> None:
        fits = self._text_width() <= self.width() * 0.95
        if fits or not self.text or not self.isVisible():
            self._timer.stop()
            self._offset = 0.0
        elif not self._timer.isActive():
            self._timer.start()

    def _scroll(self) -> None:
        self._offset = (self._offset + self._step) % (self._text_width() + self._gap())
        self.update()
