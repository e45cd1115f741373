"""The kiosk's staff screen, reached through the staff exit (key combination and staff code).

Leaving kiosk mode on purpose lands here, not on the desktop: check the printer, print the
last ticket again, restart the kiosk (back to the visitor's start screen, locked again), and
only from here quit Loket altogether.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from workstation.services.device_ports import DeviceBoard
from workstation.ui.i18n import lower_layer_text
from workstation.ui.status_bar import DeviceIndicator
from workstation.ui.style import set_role


class KioskStaffScreen(QWidget):
    reprint = Signal()
    restart = Signal()
    quit = Signal()

    def __init__(self, devices: DeviceBoard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._devices = devices
        self._last_ticket: str | None = None
        self.title = QLabel(self)
        set_role(self.title, "title")
        self.devices_box = QWidget(self)
        self._devices_layout = QVBoxLayout(self.devices_box)
        self._devices_layout.setContentsMargins(0, 8, 0, 8)
        self.indicators: list[DeviceIndicator] = []
        self.no_devices = QLabel(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        set_role(self.message, "message-info")
        self.message.hide()
        self.check_printer = QPushButton(self)
        self.reprint_button = QPushButton(self)
        self.restart_button = QPushButton(self)
        self.quit_button = QPushButton(self)
        set_role(self.restart_button, "primary")
        self.check_printer.clicked.connect(self.show_devices)
        self.reprint_button.clicked.connect(self.reprint)
        self.restart_button.clicked.connect(self.restart)
        self.quit_button.clicked.connect(self.quit)
        buttons = QHBoxLayout()
        for button in (self.check_printer, self.reprint_button, self.restart_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.addWidget(self.title)
        layout.addWidget(self.devices_box)
        layout.addWidget(self.no_devices)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._retranslate()

    def open(self, last_ticket: str | None) -> None:
        """Shown after a staff member unlocked the kiosk."""
        self._last_ticket = last_ticket
        self.reprint_button.setEnabled(last_ticket is not None)
        self.message.hide()
        self.show_devices()
        self._retranslate()

    def show_devices(self) -> None:
        """The printer check: each device's status and reason as the device manager has it."""
        for indicator in self.indicators:
            indicator.deleteLater()
        self.indicators = []
        for state in self._devices.states():
            indicator = DeviceIndicator(state, self.devices_box)
            if state.message:
                reason = QLabel(lower_layer_text(state.message), indicator)
                indicator_layout = indicator.layout()
                assert indicator_layout is not None
                indicator_layout.addWidget(reason)
            self._devices_layout.addWidget(indicator)
            self.indicators.append(indicator)
        self.no_devices.setVisible(not self.indicators)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.show_devices()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Zuil beheren"))
        self.no_devices.setText(self.tr("Geen apparaten aangesloten."))
        self.check_printer.setText(self.tr("&Printer controleren"))
        last = self._last_ticket
        self.reprint_button.setText(
            self.tr("&Laatste bon opnieuw afdrukken (%1)").replace("%1", last) if last
            else self.tr("&Laatste bon opnieuw afdrukken"))
        self.restart_button.setText(self.tr("Zuil &herstarten"))
        self.quit_button.setText(self.tr("Loket &afsluiten"))
