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
from workstation.domain.site import StaffInfo
from workstation.domain.staff import Permission
from workstation.services.deferred_devices import DeferredDeviceBoard
from workstation.services.device_ports import DeviceBoard
from workstation.services.queue_service import CounterPost
from workstation.services.staff_service import DEMO_PIN
from workstation.settings import Settings
from workstation.ui.crash import CrashHandler
from workstation.ui.i18n import LanguageSwitcher, error_text
from workstation.ui.kiosk import kiosk_exit_check
from workstation.ui.kto_window import KtoWindow
from workstation.ui.main_window import MainWindow, Role
from workstation.ui.self_test import SelfTest
from workstation.ui.sign_in_window import SignInFlow, SignInWindow, StaffWindow
from workstation.ui.supervisor_window import SupervisorWindow

log = logging.getLogger("loket.ui")

DEMO_COUNTER = 1
DEMO_STAFF = "mw01"
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
            role = settings.workstation.role
            if role == "feedback" and not args.self_test:
                return _run_feedback(app, site, language, settings, crash)
            if role != "kiosk" and not args.self_test:
                return _run_signed_in(app, site, devices, language, settings)
            window = _build_window(site, devices, language, settings,
                                   _self_test_staff(site, settings) if args.self_test else None)
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


def _run_feedback(app: QApplication, site: Site, language: LanguageSwitcher,
                  settings: Settings, crash: CrashHandler) -> int:
    """A kiosk that asks every visitor for a mark; full screen, left with a staff code."""
    where = settings.workstation
    window = KtoWindow(site.kto, site.queue.location(where.location), language=language,
                       check_staff=kiosk_exit_check(site.staff),
                       idle_seconds=where.kiosk_idle_seconds)
    crash.restart_view = window.questions.back_to_waiting
    try:
        window.showFullScreen()
        return app.exec()
    finally:
        crash.restart_view = None
        window.shutdown()
        window.deleteLater()


def _run_signed_in(app: QApplication, site: Site, devices: DeferredDeviceBoard,
                   language: LanguageSwitcher, settings: Settings) -> int:
    """Counter and reception: the sign-in screen first, the main window once signed in."""
    flow = sign_in_flow(site, devices, language, settings)
    flow.window_opened.connect(
        lambda window: window.stopped.connect(
            lambda error: _stop(app, window, error, False)))
    try:
        flow.start()
        QTimer.singleShot(0, lambda: _start_devices(app, devices, settings, None))
        return app.exec()
    finally:
        flow.shutdown()
        flow.sign_in.deleteLater()


def sign_in_flow(site: Site, devices: DeviceBoard, language: LanguageSwitcher,
                 settings: Settings) -> SignInFlow:
    """The sign-in window of this workstation, leading to its main window (not yet shown).

    ``workstation.staff`` only fills in the staff code; the PIN is always asked.
    """
    where = settings.workstation
    location = site.queue.location(where.location)
    number = _counter_number(settings) if where.role == "counter" else None
    needs = (Permission.SUPERVISE if where.role == "supervisor"
             else Permission.CALL if number is not None else Permission.ISSUE_TICKET)

    def open_post(staff: StaffInfo) -> CounterPost | None:
        if number is None:
            return None
        return site.queue.counter_post(where.location, number, staff.code)

    def build(staff: StaffInfo, post: CounterPost | None) -> StaffWindow:
        if where.role == "supervisor":
            return SupervisorWindow(site.supervision, location, language, staff,
                                    demo=settings.demo)
        return MainWindow(site.queue, site.followers, location, devices, language,
                          _window_role(settings), post, check_staff=kiosk_exit_check(site.staff),
                          kiosk_idle_seconds=where.kiosk_idle_seconds, alarms=site.alarms,
                          health=site.health, alarm_phone=settings.alarm.fallback_phone,
                          demo=settings.demo, privacy=site.privacy, staff=staff,
                          staff_service=site.staff, kto=site.kto, kto_screen=where.kto_screen)

    sign_in = SignInWindow(site.staff, location, needs, where.staff)
    return SignInFlow(sign_in, open_post, build, site.staff, where.staff)


def _self_test_staff(site: Site, settings: Settings) -> StaffInfo | None:
    """``--self-test`` runs without a person: in demo mode it signs in a demo colleague with
    the demo PIN (``workstation.staff``, else mw01); otherwise nobody is signed in."""
    if not settings.demo or settings.workstation.role == "kiosk":
        return None
    return site.staff.sign_in(settings.workstation.staff or DEMO_STAFF, DEMO_PIN)


def _counter_number(settings: Settings) -> int:
    number = settings.workstation.counter
    if number is None and settings.demo:
        log.info("demo: no counter configured, using counter %d", DEMO_COUNTER)
        number = DEMO_COUNTER
    if number is None:
        raise UserFacingError(
            "Voor een baliewerkplek moet het balienummer ingesteld zijn.",
            "Zet 'counter = <nummer>' onder [workstation] in het instellingenbestand.",
            detail="workstation.counter missing for role counter",
        )
    return number


def _window_role(settings: Settings) -> Role:
    """The role of a main window: counter, reception or kiosk (the supervisor and the
    feedback kiosk have windows of their own)."""
    role = settings.workstation.role
    if role == "supervisor" or role == "feedback":  # noqa: PLR1714 - narrows for mypy
        raise UserFacingError(
            "De zelftest werkt op een balie, een ontvangst of een kiosk.",
            "Zet role op counter, reception of kiosk om de zelftest te doen.",
            detail=f"--self-test for role {role}",
        )
    return role


def _build_window(site: Site, devices: DeviceBoard, language: LanguageSwitcher,
                  settings: Settings, staff: StaffInfo | None) -> MainWindow:
    where = settings.workstation
    role = _window_role(settings)
    location = site.queue.location(where.location)
    post: CounterPost | None = None
    if where.role == "counter":
        post = site.queue.counter_post(where.location, _counter_number(settings),
                                       staff.code if staff is not None else "")
    return MainWindow(
        site.queue, site.followers, location, devices, language, role, post,
        check_staff=kiosk_exit_check(site.staff), kiosk_idle_seconds=where.kiosk_idle_seconds,
        alarms=site.alarms, health=site.health, alarm_phone=settings.alarm.fallback_phone,
        demo=settings.demo, privacy=site.privacy, staff=staff, staff_service=site.staff,
        kto=site.kto, kto_screen=where.kto_screen,
    )
