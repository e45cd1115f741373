"""Status bar: every device with its status, the queue connection, staff member and counter."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStatusBar, QWidget

from workstation.services.device_ports import DeviceKind, DeviceState, DeviceStatus
from workstation.ui.i18n import lower_layer_text
from workstation.ui.style import set_role


class DeviceIndicator(QWidget):
    """``Bonprinter: gereed [GESIMULEERD]`` with the device's message as tooltip."""

    def __init__(self, state: DeviceState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QLabel(self)
        self.badge = QLabel(self)
        set_role(self.badge, "badge-simulated")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.status)
        layout.addWidget(self.badge)
        self.state = state
        self.show_state(state)

    def show_state(self, state: DeviceState) -> None:
        self.state = state
        kinds = {
            DeviceKind.PRINTER: self.tr("Bonprinter"),
            DeviceKind.ID_READER: self.tr("ID-scanner"),
            DeviceKind.CARD_READER: self.tr("Kaartlezer"),
        }
        statuses = {
            DeviceStatus.READY: self.tr("gereed"),
            DeviceStatus.DEGRADED: self.tr("let op"),
            DeviceStatus.OFFLINE: self.tr("niet bereikbaar"),
            DeviceStatus.SIMULATED: self.tr("gereed"),
        }
        roles = {
            DeviceStatus.READY: "device-ready",
            DeviceStatus.DEGRADED: "device-degraded",
            DeviceStatus.OFFLINE: "device-offline",
            DeviceStatus.SIMULATED: "device-ready",
        }
        self.status.setText(f"{kinds[state.kind]}: {statuses[state.status]}")
        set_role(self.status, roles[state.status])
        self.badge.setText(self.tr("GESIMULEERD"))
        self.badge.setVisible(state.simulated or state.status is DeviceStatus.SIMULATED)
        self.setToolTip(f"{state.name}\n{lower_layer_text(state.message)}".strip())


class WorkstationStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self._devices: dict[tuple[DeviceKind, str], DeviceIndicator] = {}
        self.no_devices = QLabel(self)
        self.connection = QLabel(self)
        self.busy = QLabel(self)
        self.who = QLabel(self)
        set_role(self.busy, "muted")
        self.addWidget(self.no_devices)
        self.addPermanentWidget(self.busy)
        self.addPermanentWidget(self.connection)
        self.addPermanentWidget(self.who)
        self._connected: bool | None = None
        self._staff = ""
        self._counter: int | None = None
        self.busy.hide()
        self._retranslate()

    def device_indicator(self, kind: DeviceKind, name: str) -> DeviceIndicator | None:
        return self._devices.get((kind, name))

    def show_device(self, state: DeviceState) -> None:
        key = (state.kind, state.name)
        indicator = self._devices.get(key)
        if indicator is None:
            indicator = DeviceIndicator(state, self)
            self._devices[key] = indicator
            self.insertWidget(len(self._devices) - 1, indicator)
        else:
            indicator.show_state(state)
        self.no_devices.hide()

    def show_connection(self, connected: bool) -> None:
        self._connected = connected
        self._retranslate()

    def show_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)

    def show_who(self, staff: str, counter: int | None) -> None:
        self._staff, self._counter = staff, counter
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            for indicator in self._devices.values():
                indicator.show_state(indicator.state)
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.no_devices.setText(self.tr("Geen apparaten aangesloten"))
        self.busy.setText(self.tr("Bezig…"))
        if self._connected is None:
            self.connection.setText(self.tr("Wachtrij: verbinden…"))
            set_role(self.connection, "muted")
        elif self._connected:
            self.connection.setText(self.tr("Wachtrij: verbonden"))
            set_role(self.connection, "connection-ok")
        else:
            self.connection.setText(self.tr("Wachtrij: verbinding verbroken"))
            set_role(self.connection, "connection-lost")
        parts = []
        if self._staff:
            parts.append(self.tr("Medewerker: %1").replace("%1", self._staff))
        if self._counter is not None:
            parts.append(self.tr("Balie %1").replace("%1", str(self._counter)))
        self.who.setText(" · ".join(parts))
        self.who.setVisible(bool(parts))
