"""What fills a kiosk window: the visitor's intake, the error page or the staff screen.

The error page covers the intake while the site database is unavailable, and for
``KIOSK_RESTART_MS`` after an unexpected error, after which the intake is reset and read afresh
(the crash handler's ``restart_view``). The staff screen opens after the staff exit and stays
until staff restart the kiosk or quit; nothing else switches away from it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from workstation.services.device_ports import DeviceBoard
from workstation.ui.i18n import LanguageSwitcher, error_text
from workstation.ui.intake_view import IntakeView
from workstation.ui.kiosk_error_page import KioskErrorPage
from workstation.ui.kiosk_staff_screen import KioskStaffScreen
from workstation.ui.tasks import TaskRunner

log = logging.getLogger("loket.ui")

KIOSK_RESTART_MS = 5_000


class KioskPages(QStackedWidget):
    staff_mode = Signal(bool)  # the staff screen is (not) shown: staff may see details
    relock = Signal()  # staff restarted the kiosk: lock it again
    quit = Signal()  # staff chose to quit Loket, from the staff screen only

    def __init__(self, intake: IntakeView, devices: DeviceBoard, runner: TaskRunner,
                 language: LanguageSwitcher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intake = intake
        self.error_page = KioskErrorPage(self)
        self.staff_screen = KioskStaffScreen(devices, self)
        for page in (intake, self.error_page, self.staff_screen):
            self.addWidget(page)
        self._devices = devices
        self._runner = runner
        self._language = language
        self._connected = True
        self.restart_timer = QTimer(self)
        self.restart_timer.setSingleShot(True)
        self.restart_timer.setInterval(KIOSK_RESTART_MS)
        self.restart_timer.timeout.connect(self._restart_view)
        self.staff_screen.reprint.connect(self._reprint_last_ticket)
        self.staff_screen.restart.connect(self._restart_by_staff)
        self.staff_screen.quit.connect(self.quit)

    def show_connection(self, connected: bool) -> None:
        self._connected = connected
        self._show_page()

    def restart_after_crash(self) -> None:
        """Error page now, a fresh intake in a few seconds."""
        self.setCurrentWidget(self.error_page)
        self.restart_timer.start()

    def open_staff_screen(self) -> None:
        issued = self.intake.issued
        self.staff_screen.open(issued.ticket.number if issued is not None else None)
        self.setCurrentWidget(self.staff_screen)
        self.staff_mode.emit(True)

    def stop(self) -> None:
        self.restart_timer.stop()

    def _restart_view(self) -> None:
        self.intake.reset()
        self.intake.load()
        self._show_page()

    def _show_page(self) -> None:
        if self.currentWidget() is self.staff_screen:
            return
        if self.restart_timer.isActive() or not self._connected:
            self.setCurrentWidget(self.error_page)
        elif self.currentWidget() is self.error_page:
            self.intake.reset()
            self.setCurrentWidget(self.intake)

    def _reprint_last_ticket(self) -> None:
        issued = self.intake.issued
        if issued is None:
            return
        self.staff_screen.show_message(self.tr("Bon wordt afgedrukt…"))
        future = self._devices.print_ticket(issued, self._language.language)
        self._runner.watch(
            future, lambda _none: self.staff_screen.show_message(self.tr("Bon is afgedrukt.")),
            lambda error: self.staff_screen.show_message(error_text(error)))

    def _restart_by_staff(self) -> None:
        """Back to the visitor's start screen, locked again, services read afresh."""
        log.info("kiosk restarted by staff")
        self.relock.emit()
        self.staff_mode.emit(False)
        self.setCurrentWidget(self.error_page)
        self._restart_view()
