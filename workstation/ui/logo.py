"""The municipality's logo, drawn from its SVG in the resources package."""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

log = logging.getLogger("loket.ui")


def load_logo(resource: str | None) -> QSvgRenderer | None:
    """Renderer for ``resource`` (relative to the resources package), or None if unusable."""
    if not resource:
        return None
    try:
        data = (resources.files("resources") / resource).read_bytes()
    except OSError as exc:
        log.warning("logo %s cannot be read: %s", resource, exc)
        return None
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        log.warning("logo %s is not a valid SVG", resource)
        return None
    return renderer


class LogoView(QWidget):
    """Paints the logo keeping its aspect ratio, at a fixed height."""

    def __init__(self, resource: str | None, height: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer = load_logo(resource)
        self._height = height
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setVisible(self._renderer is not None)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        if self._renderer is None:
            return QSize(0, 0)
        size = self._renderer.defaultSize()
        ratio = size.width() / size.height() if size.height() else 1.0
        return QSize(round(self._height * ratio), self._height)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if self._renderer is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self._renderer.render(painter, QRectF(self.rect()))
        painter.end()
