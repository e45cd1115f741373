"""The municipality's band at the top: logo, name and the location; banners take its place."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from workstation.domain.site import LocationInfo
from workstation.ui.logo import LogoView
from workstation.ui.style import set_role


class MunicipalityHeader(QFrame):
    def __init__(self, location: LocationInfo, touch: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "header")
        municipality = location.municipality
        self.logo = LogoView(municipality.logo_resource, 72 if touch else 48, self)
        self.name = QLabel(municipality.name, self)
        set_role(self.name, "title")
        self.place = QLabel(location.name, self)
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.name)
        names.addWidget(self.place)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        layout.setSpacing(16)
        layout.addWidget(self.logo)
        layout.addLayout(names, 1)


class TopBand(QWidget):
    """The header's place at the top, which banners take over while they are shown.

    A banner never pushes the screen below it down: it replaces the municipality header in a
    band of fixed height (the taller of the header and the tallest banner), so no button moves
    under the mouse when a banner appears. Only when more banners are open than fit the band
    does it grow.
    """

    def __init__(self, header: QWidget, banners: list[QWidget],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = header
        self._banners = banners
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        for banner in banners:
            layout.addWidget(banner)
            banner.installEventFilter(self)
        self._follow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent,
                            QEvent.Type.LayoutRequest):
            self._follow()
        return False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self._follow()
        super().showEvent(event)

    def _follow(self) -> None:
        shown = [b for b in self._banners if not b.isHidden()]
        self.header.setVisible(not shown)
        width = self.width()
        needed = sum(_height(b, width) for b in shown)
        # Room for the tallest single banner is kept even while none shows: the alarm panel
        # is taller than the header, and it must not push the counter's buttons down.
        tallest = max((_reserved(b, width) for b in self._banners), default=0)
        self.setFixedHeight(max(self.header.sizeHint().height(), tallest, needed))
        layout = self.layout()
        if layout is not None:  # a band that shrank must lay out its header again
            layout.invalidate()
            layout.activate()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._follow()


def _reserved(banner: QWidget, width: int) -> int:
    """The room a banner needs when it shows: its own say (the alarm panel, whose rows exist
    only while an alarm is open), else its height now."""
    reserved = getattr(banner, "reserved_height", None)
    return int(reserved(width)) if callable(reserved) else _height(banner, width)


def _height(banner: QWidget, width: int) -> int:
    """A banner's height at the band's width (its text wraps)."""
    if banner.hasHeightForWidth() and width > 0:
        return max(banner.heightForWidth(width), banner.minimumSizeHint().height())
    return banner.sizeHint().height()
