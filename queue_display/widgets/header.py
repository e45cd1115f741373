"""Header: the municipality's logo, name and colour, the location, a clock, and the discreet
"verbinding verbroken" mark shown while the site database is out of reach.

The clock shows the site's time (Europe/Amsterdam), whatever time zone the display PC has.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from queue_display.theme import Palette, css, font
from workstation.domain.queue import SITE_TIMEZONE, utc_now
from workstation.domain.site import LocationInfo
from workstation.ui.logo import load_logo


class HeaderBar(QWidget):
    def __init__(self, location: LocationInfo, palette: Palette,
                 parent: QWidget | None = None, *,
                 clock: Callable[[], datetime] = utc_now) -> None:
        super().__init__(parent)
        self._clock = clock
        self.setObjectName("header")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        fg = css(palette.on_primary)
        self.setStyleSheet(f"#header {{ background: {css(palette.primary)}; }}"
                           f" QLabel {{ color: {fg}; background: transparent; }}"
                           " #logo { background: #FFFFFF; }")
        self._logo = load_logo(location.municipality.logo_resource)
        self.logo = QLabel(self)  # on a white tile: logos are drawn in the header's colour
        self.logo.setObjectName("logo")
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.setVisible(self._logo is not None)
        self.municipality = QLabel(location.municipality.name, self)
        self.location = QLabel(location.name, self)
        self.clock = QLabel(self)
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.offline = QLabel(self.tr("verbinding verbroken"), self)
        self.offline.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.offline.setVisible(False)

        names = QVBoxLayout()
        names.setSpacing(0)
        names.addStretch(1)
        names.addWidget(self.municipality)
        names.addWidget(self.location)
        names.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(0)
        right.addStretch(1)
        right.addWidget(self.clock)
        right.addWidget(self.offline)
        right.addStretch(1)
        self._row = QHBoxLayout(self)
        self._row.addWidget(self.logo)
        self._row.addLayout(names, 1)
        self._row.addLayout(right)

        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self._tick()
        self._timer.start()

    def set_connected(self, connected: bool) -> None:
        self.offline.setVisible(not connected)

    def stop(self) -> None:
        self._timer.stop()

    def rescale(self, height: int) -> None:
        bar = round(height * 0.13)
        self.setFixedHeight(bar)
        margin = round(bar * 0.12)
        self._row.setContentsMargins(margin * 2, margin, margin * 2, margin)
        self._row.setSpacing(margin * 2)
        self.municipality.setFont(font(height, 0.045, bold=True))
        self.location.setFont(font(height, 0.026))
        self.clock.setFont(font(height, 0.055, bold=True))
        self.offline.setFont(font(height, 0.02))
        if self._logo is not None:
            tile = bar - 2 * margin
            pad = round(tile * 0.08)
            self.logo.setPixmap(self._render_logo(tile - 2 * pad))
            self.logo.setFixedSize(self.logo.pixmap().width() + 2 * pad, tile)

    def _render_logo(self, logo_height: int) -> QPixmap:
        size = self._logo.defaultSize() if self._logo is not None else None
        ratio = size.width() / size.height() if size and size.height() > 0 else 1.0
        pixmap = QPixmap(max(1, round(logo_height * ratio)), max(1, logo_height))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._logo is not None:
            self._logo.render(painter, QRectF(pixmap.rect()))
        painter.end()
        return pixmap

    def _tick(self) -> None:
        self.clock.setText(self._clock().astimezone(SITE_TIMEZONE).strftime("%H:%M"))
