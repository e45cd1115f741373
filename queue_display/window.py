"""The hall screen: header, the big current calls, earlier calls, queues per service, ticker."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLayout, QVBoxLayout, QWidget

from queue_display.calls import board
from queue_display.theme import BACKGROUND, PANEL, Palette
from queue_display.widgets.current_calls import CurrentCallsPanel
from queue_display.widgets.header import HeaderBar
from queue_display.widgets.recent_calls import RecentCallsPanel
from queue_display.widgets.services import ServicesPanel
from queue_display.widgets.ticker import TickerBar
from workstation.domain.overview import CallView, LocationOverview
from workstation.domain.queue import utc_now
from workstation.domain.site import LocationInfo


class DisplayWindow(QWidget):
    """Pure view: it is told what to show and never touches the database."""

    shown = Signal(object)  # the LocationOverview now on screen (for latency measurements)

    def __init__(self, location: LocationInfo, *, language: str, highlight_seconds: float,
                 recent_calls: int, clock: Callable[[], datetime] = utc_now,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("display")
        self.setWindowTitle(self.tr("Wachtrij {location}").format(location=location.name))
        self.setStyleSheet(f"#display {{ background: {BACKGROUND}; }}")
        self._recent_calls = recent_calls
        self._language = language
        palette = Palette.from_colours(location.municipality.primary_colour,
                                       location.municipality.accent_colour)
        self.header = HeaderBar(location, palette, self, clock=clock)
        self.current = CurrentCallsPanel(palette, highlight_seconds, self)
        self.recent = RecentCallsPanel(recent_calls, self)
        self.services = ServicesPanel(palette, language, self)
        self.ticker = TickerBar(location.ticker(language), palette, self)
        self.side = QFrame(self)
        self.side.setObjectName("side")
        self.side.setStyleSheet(f"#side {{ background: {PANEL}; border-radius: 0.6em; }}")

        self._side = QVBoxLayout(self.side)
        # The earlier calls take what they need; the table of services gets the rest, so a
        # long service name can wrap onto a second line.
        self._side.addWidget(self.recent, 0)
        self._side.addWidget(self.services, 1)
        self._body = QHBoxLayout()
        self._body.addWidget(self.current, 60)
        self._body.addWidget(self.side, 40)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(0)
        # The window size is the screen's; sizes follow it, never the other way round.
        page.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        page.addWidget(self.header)
        page.addLayout(self._body, 1)
        page.addWidget(self.ticker)
        self.rescale(max(self.height(), 1))

    def show_overview(self, overview: LocationOverview, new_calls: tuple[CallView, ...]) -> None:
        shown = board(overview, self._recent_calls)
        self.current.mark_new(new_calls)
        self.current.show_calls(shown.current)
        self.recent.show_calls(shown.earlier)
        self.services.show_services(overview.services)
        self.ticker.set_text(overview.ticker(self._language))  # a supervisor may change it
        self.shown.emit(overview)

    def calls_on_screen(self) -> tuple[str, ...]:
        """The ticket numbers a person in the hall can read now: "now calling" rows whose whole
        text fits their row, then the earlier list (for tests and the benchmark)."""
        current = tuple(row.number.text() for row in self.current.rows
                        if row.isVisibleTo(self) and row.needed_width() <= row.width())
        return current + self.recent.shown()

    def set_connected(self, connected: bool) -> None:
        self.header.set_connected(connected)

    def rescale(self, height: int) -> None:
        """Set every size from the window height (1080p and 4K alike)."""
        margin = round(height * 0.03)
        self._body.setContentsMargins(margin, margin, margin, margin)
        self._body.setSpacing(margin)
        pad = round(height * 0.02)
        self._side.setContentsMargins(pad, pad, pad, pad)
        self._side.setSpacing(pad)
        for part in (self.header, self.current, self.recent, self.services, self.ticker):
            part.rescale(height)

    def stop(self) -> None:
        self.header.stop()
        self.current.stop()
        self.ticker.stop()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.rescale(event.size().height())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.stop()
        super().closeEvent(event)
