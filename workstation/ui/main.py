"""``python -m workstation``: build the application, open the site, show the role's window.

The GUI's entry point and the one UI module that talks to the composition root: it opens the
``Site`` and hands the window only the services (ADR 0012). A schema mismatch, at start or
after a reconnect, ends the program with a dialog naming both versions (exit code 2).
"""

from __future__ import annotations

import argparse
import logging
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from workstation import app as composition
from workstation.app import Site
from workstation.domain.errors import SchemaMismatch, UserFacingError
from workstation.services.deferred_devices import DeferredDeviceBoard
from workstation.services.device_ports import DeviceBoard
from workstation.services.queue_service import CounterPost
from workstation.settings import Settings
from workstation.ui.crash import CrashHandler
from workstation.ui.i18n import LanguageSwitcher, error_text
from workstation.ui.main_window import MainWindow
from workstation.ui.self_test import SelfTest

log = logging.getLogger("loket.ui")

DEMO_COUNTER = 1
EXIT_STOPPED = 2  # as for every expected error that stops a command


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
        devices = DeferredDeviceBoard()  # started once the window is on screen
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
                window.stopped.connect(lambda error: _stop(app, window, error, args.self_test))
                test = SelfTest(window, devices) if args.self_test else None
                if test is not None:
                    QTimer.singleShot(0, test.start)
                QTimer.singleShot(0, lambda: _start_devices(app, devices, settings, test))
                return app.exec()
            finally:
                crash.restart_view = None
                window.shutdown()
                window.deleteLater()
        finally:
            devices.close()
    finally:
        site.close()


def _start_devices(app: QApplication, devices: DeferredDeviceBoard, settings: Settings,
                   test: SelfTest | None) -> None:
    """Start the devices once the window is shown; a refused configuration (a simulated
    device in a frozen build without demo mode) ends the program as it did at start."""
    try:
        devices.attach(composition.build_devices(settings))
    except UserFacingError as exc:
        log.error("devices not started: %s", exc.detail)
        print(exc.screen_text, file=sys.stderr, flush=True)
        if test is None:
            QMessageBox.warning(None, "Loket", error_text(exc))
        app.exit(EXIT_STOPPED)
        return
    if test is not None:
        test.devices_started()


def _stop(app: QApplication, window: MainWindow, error: SchemaMismatch, self_test: bool) -> None:
    """The database's schema changed under a running window: say so, then end the program."""
    log.error("stopping: %s", error.detail)
    print(error.screen_text, file=sys.stderr)
    window.shutdown()
    if not self_test:
        QMessageBox.warning(window, "Loket", error_text(error))
    app.exit(EXIT_STOPPED)


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
        site.queue, site.followers, location, devices, language, where.role, post,
        check_staff=site.queue.staff, kiosk_idle_seconds=where.kiosk_idle_seconds,
        alarms=site.alarms, health=site.health, alarm_phone=settings.alarm.fallback_phone,
        demo=settings.demo, privacy=site.privacy,
    )
