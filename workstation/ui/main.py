"""``python -m workstation``: build the application, open the site, show the role's window."""

from __future__ import annotations

import argparse
import logging
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from workstation import app as composition
from workstation.app import Site
from workstation.domain.errors import UserFacingError
from workstation.services.device_ports import DeviceBoard
from workstation.services.queue_service import CounterPost
from workstation.settings import Settings
from workstation.ui.crash import CrashHandler
from workstation.ui.i18n import LanguageSwitcher, error_text
from workstation.ui.main_window import MainWindow
from workstation.ui.self_test import SelfTest

log = logging.getLogger("loket.ui")

DEMO_COUNTER = 1


def startup_error_box(error: UserFacingError) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, "Loket", error_text(error))
    box.setObjectName("startup-error")
    return box


def report_startup_error(error: UserFacingError) -> None:
    """Unusable settings, before any window exists: say so in a dialog, not only on stderr."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    startup_error_box(error).exec()


def run_gui(args: argparse.Namespace, settings: Settings) -> int:
    """Run the workstation window until it is closed; returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Loket")
    app.setApplicationDisplayName("Loket")
    language = LanguageSwitcher(app)
    language.set_language(settings.language)
    with CrashHandler().installed() as crash:
        try:
            return _run(app, args, settings, language, crash)
        except UserFacingError as exc:
            if not args.self_test:
                QMessageBox.warning(None, "Loket", error_text(exc))
            raise


def _run(app: QApplication, args: argparse.Namespace, settings: Settings,
         language: LanguageSwitcher, crash: CrashHandler) -> int:
    site = composition.open_site_from(settings)  # at start-up, before any window shows
    try:
        devices = composition.build_devices(settings)
        try:
            window = _build_window(site, devices, language, settings)
            if window.role == "kiosk":  # a public screen restarts its view, never exits
                crash.restart_view = window.restart_after_crash
            try:
                window.start()
                if window.role == "kiosk" and not args.self_test:
                    window.showFullScreen()
                else:
                    window.show()
                if args.self_test:
                    test = SelfTest(window, devices)
                    QTimer.singleShot(0, test.start)
                return app.exec()
            finally:
                crash.restart_view = None
                window.shutdown()
                window.deleteLater()
        finally:
            devices.close()
    finally:
        site.close()


def _build_window(site: Site, devices: DeviceBoard, language: LanguageSwitcher,
                  settings: Settings) -> MainWindow:
    where = settings.workstation
    location = site.queue.location(where.location)
    post: CounterPost | None = None
    if where.role == "counter":
        number = where.counter
        if number is None and settings.demo:
            log.info("demo: no counter configured, using counter %d", DEMO_COUNTER)
            number = DEMO_COUNTER
        if number is None:
            raise UserFacingError(
                "Voor een baliewerkplek moet het balienummer ingesteld zijn.",
                "Zet 'counter = <nummer>' onder [workstation] in het instellingenbestand.",
                detail="workstation.counter missing for role counter",
            )
        post = site.queue.counter_post(where.location, number, where.staff)
    return MainWindow(
        site, location, devices, language, where.role, post,
        check_staff=site.queue.staff, kiosk_idle_seconds=where.kiosk_idle_seconds,
        alarm_phone=settings.alarm.fallback_phone,
    )
