"""``python -m workstation``: build the application, open the site, show the role's window.

The GUI's entry point and the one UI module that talks to the composition root: it opens the
``Site`` and hands the window only the services (ADR 0012). A schema mismatch, at start or
after a reconnect, ends the program with a dialog naming both versions (exit code 2).
A desk workstation (counter, reception, phone) also opens its workstation store and delivers
its outbox in the background while the program runs (``DeskSync``, ADR 0020).
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from workstation import app as composition
from workstation.app import Site
from workstation.domain.errors import SchemaMismatch, UserFacingError
from workstation.domain.keystrokes import BurstTiming
from workstation.domain.site import LocationInfo, StaffInfo
from workstation.domain.staff import Permission
from workstation.services.deferred_devices import DeferredDeviceBoard
from workstation.services.device_ports import DeviceBoard
from workstation.services.instance_link import instance_name, server_address
from workstation.services.queue_service import CounterPost
from workstation.services.staff_service import DEMO_PIN
from workstation.settings import DeskSettings, Settings
from workstation.ui.crash import CrashHandler
from workstation.ui.desk_panel import DeskSetup
from workstation.ui.i18n import LanguageSwitcher, error_text
from workstation.ui.kcc_upkeep import KccUpkeep
from workstation.ui.kiosk import kiosk_exit_check
from workstation.ui.kto_window import KtoWindow
from workstation.ui.main_window import MainWindow, Role
from workstation.ui.order_panel import OrderSetup, office_documents
from workstation.ui.self_test import SelfTest
from workstation.ui.sign_in_window import SignInFlow, SignInWindow, StaffWindow
from workstation.ui.single_instance import SingleInstance
from workstation.ui.supervisor_window import SupervisorWindow

if TYPE_CHECKING:  # loaded by DeskSync.start, once the sign-in window shows
    from workstation.kcc import BackgroundSync, Kcc
    from workstation.services.customer_service import CustomerService

log = logging.getLogger("loket.ui")

DEMO_COUNTER = 1
DEMO_STAFF = "mw01"
EXIT_STOPPED = 2  # as for every expected error that stops a command
DESK_ROLES = frozenset({"counter", "reception", "phone"})  # they record contacts: a relay


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
    kcc = _open_kcc(settings)
    try:
        # Started once the window is on screen.
        devices = DeferredDeviceBoard(chip_reader=_has_chip_reader(settings))
        try:
            role = settings.workstation.role
            if role == "feedback" and not args.self_test:
                return _run_feedback(app, site, language, settings, crash)
            if role != "kiosk" and not args.self_test:
                return _run_signed_in(app, site, devices, language, settings, kcc)
            window = _build_window(site, devices, language, settings,
                                   _self_test_staff(site, settings) if args.self_test else None,
                                   kcc)
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
        if kcc is not None:
            kcc.close()
        site.close()


def serve_opened_windows(app: QApplication, flow: SignInFlow, settings: Settings) -> None:
    """What each window the sign-in opens gets: the end of the program when the database's
    schema changes under it, and for a phone window the calls of ``contact --phone``."""
    flow.window_opened.connect(
        lambda window: window.stopped.connect(
            lambda error: _stop(app, window, error, False)))
    flow.window_opened.connect(lambda window: take_calls(window, settings))


def _has_chip_reader(settings: Settings) -> bool:
    """The settings name a chip reader and an ID reader whose MRZ opens its chips."""
    readers = settings.devices
    return readers.cardreader.backend != "none" and readers.idreader.backend != "none"


def take_calls(window: StaffWindow, settings: Settings) -> None:
    """A phone window takes ``contact --phone`` requests of this user's Loket (ADR 0023);
    any other window (a counter, the supervisor's view) does not."""
    if not isinstance(window, MainWindow) or window.phone is None:
        return
    address = server_address(instance_name(getpass.getuser(), settings.data_path))
    link = SingleInstance(address, window)
    link.contact_requested.connect(window.phone.incoming)
    window.destroyed.connect(lambda *_: link.close())
    link.start()


def _open_kcc(settings: Settings) -> Kcc | None:
    """The KCC half for the desk of counter and phone workstations."""
    if settings.workstation.role not in ("counter", "phone"):
        return None
    from workstation.kcc import open_kcc  # off the window path until a desk needs it

    return open_kcc(settings)


def desk_setup(kcc: Kcc | None, location: LocationInfo,
               settings: DeskSettings, *, required: bool = False,
               orders: OrderSetup | None = None) -> DeskSetup | None:
    """The desk of a window; None (the counter without its KCC half) when it cannot be set up,
    for instance without the privacy officer's key: lookups must be recorded or not made.
    ``required`` (a phone workstation, which is nothing without it): the reason is raised.
    ``orders``: the counter's order tab and the phone's product info (``order_setup``)."""
    if kcc is None:
        return None
    try:
        service = kcc.desk_service(location.municipality.code)
    except UserFacingError as exc:
        if required:
            raise
        log.warning("the KCC desk is not available: %s", exc.detail)
        return None
    return DeskSetup(service, settings.idle_seconds, orders)


def order_setup(kcc: Kcc | None, devices: DeviceBoard,
                settings: Settings) -> OrderSetup | None:
    """The orders of a desk workstation: the receipt on the device board's printer (once
    the devices have started), the uittreksels signed, printed on the office's default
    printer or saved in the documents folder."""
    if kcc is None:
        return None
    deferred = devices if isinstance(devices, DeferredDeviceBoard) else None
    printer = kcc.receipt_printer(
        (lambda: deferred.board) if deferred is not None else (lambda: devices))
    return OrderSetup(kcc.order_service(printer, kcc.order_documents()),
                      kcc.catalogue_service(), office_documents(settings.document_save_path))


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


def _stop(app: QApplication, window: StaffWindow, error: SchemaMismatch,
          self_test: bool) -> None:
    """The database's schema changed under a running window: say so, then end the program."""
    log.error("stopping: %s", error.detail)
    print(error.screen_text, file=sys.stderr)
    window.shutdown()
    if not self_test:
        parent = window if isinstance(window, QWidget) else None
        QMessageBox.warning(parent, "Loket", error_text(error))
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
                   language: LanguageSwitcher, settings: Settings,
                   kcc: Kcc | None) -> int:
    """Counter, phone and reception: the sign-in screen first, the main window once signed
    in."""
    flow = sign_in_flow(site, devices, language, settings, kcc)
    serve_opened_windows(app, flow, settings)
    desk = DeskSync(settings, flow, kcc)
    try:
        flow.start()
        QTimer.singleShot(0, lambda: _start_devices(app, devices, settings, None))
        QTimer.singleShot(0, desk.start)
        return app.exec()
    finally:
        flow.shutdown()
        desk.stop()
        flow.sign_in.deleteLater()


class DeskSync:
    """The KCC side of a desk workstation (counter, reception, phone) while the program runs:
    its workstation store, the sync relay on its own threads (unless another process already
    delivers this store) and the upkeep of every main window the flow opens (the backlog in
    the status bar; lookups forgotten at sign-out). Started once the sign-in window shows
    (opening the store and importing the registry clients takes a moment); ``stop`` at exit
    stops them in order."""

    def __init__(self, settings: Settings, flow: SignInFlow, kcc: Kcc | None = None) -> None:
        self._settings = settings
        self._flow = flow
        self._shared = kcc  # opened at start-up for the desk (counter, phone); closed there
        self._kcc: Kcc | None = None
        self._sync: BackgroundSync | None = None
        self.upkeep: KccUpkeep | None = None

    def start(self) -> None:
        """A configuration the KCC side refuses (a half-filled [zaken], a missing secret) is
        said in a dialog; the queue goes on without it."""
        if self._settings.workstation.role not in DESK_ROLES:
            return
        from workstation.kcc import BackgroundSync, open_kcc

        try:
            kcc = self._kcc = self._shared or open_kcc(self._settings)
            sync = self._sync = BackgroundSync(kcc)
            sync.start()
            heartbeat = kcc.backlog_heartbeat()
        except UserFacingError as exc:
            log.error("workstation store or sync not started: %s", exc.detail)
            self.stop()
            QMessageBox.warning(None, "Loket", error_text(exc))
            return
        upkeep = self.upkeep = KccUpkeep(kcc.contact_service(sync.relay),
                                         _customer_service(kcc), heartbeat=heartbeat)
        upkeep.start()
        self._flow.window_opened.connect(self._attach)
        if self._flow.window is not None:
            self._attach(self._flow.window)

    def _attach(self, window: StaffWindow) -> None:
        if self.upkeep is not None and isinstance(window, MainWindow):
            self.upkeep.attach(window)  # a desk window (DESK_ROLES), never the supervisor's

    def stop(self) -> None:
        upkeep, sync, kcc = self.upkeep, self._sync, self._kcc
        self.upkeep = self._sync = self._kcc = None
        if upkeep is not None:
            upkeep.stop()
        if sync is not None:
            sync.stop()
        if kcc is not None and kcc is not self._shared:
            kcc.close()


def _customer_service(kcc: Kcc) -> CustomerService | None:
    """None where no lookups can be made (no key for the audit trail: Loket refuses them)."""
    from workstation.kcc import AuditNotConfigured

    try:
        return kcc.customer_service()
    except AuditNotConfigured as exc:
        log.info("no person lookups on this workstation: %s", exc.detail)
        return None


def sign_in_flow(site: Site, devices: DeviceBoard, language: LanguageSwitcher,
                 settings: Settings, kcc: Kcc | None = None) -> SignInFlow:
    """The sign-in window of this workstation, leading to its main window (not yet shown).

    ``workstation.staff`` only fills in the staff code; the PIN is always asked.
    """
    where = settings.workstation
    location = site.queue.location(where.location)
    number = _counter_number(settings) if where.role == "counter" else None
    needs = {"counter": Permission.CALL, "phone": Permission.SEARCH_PERSONS,
             "supervisor": Permission.SUPERVISE}.get(where.role, Permission.ISSUE_TICKET)
    desk = desk_setup(kcc, location, settings.desk, required=where.role == "phone",
                      orders=order_setup(kcc, devices, settings))

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
                          staff_service=site.staff, desk=desk, kto=site.kto,
                          kto_screen=where.kto_screen, wedge_timing=wedge_timing(settings))

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
                  settings: Settings, staff: StaffInfo | None,
                  kcc: Kcc | None) -> MainWindow:
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
        desk=desk_setup(kcc, location, settings.desk, required=where.role == "phone",
                        orders=order_setup(kcc, devices, settings)),
        kto=site.kto, kto_screen=where.kto_screen,
        wedge_timing=wedge_timing(settings),
    )


def wedge_timing(settings: Settings) -> BurstTiming:
    """How this workstation tells scanners that type from people (``devices.idreader``)."""
    idreader = settings.devices.idreader
    return BurstTiming(idreader.wedge_max_gap_s, idreader.wedge_min_chars_per_s)
