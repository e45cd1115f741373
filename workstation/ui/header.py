"""The municipality's band at the top: logo, name and the location."""

from __future__ import annotations

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
