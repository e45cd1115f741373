"""The main window: municipality header, banners, the role's view and the status bar."""

from __future__ import annotations

import logging
from typing import Literal

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QPushButton, QVBoxLayout, QWidget

from workstation.domain.contacts import Kanaal
from workstation.domain.errors import StoreUnavailable, UserFacingError
from workstation.domain.identify import is_bsn_qr
from workstation.domain.keystrokes import BurstTiming
from workstation.domain.site import LocationInfo, StaffInfo
from workstation.domain.ticket import Ticket
from workstation.services.alarm_service import AlarmService
from workstation.services.device_ports import DeviceBoard, DeviceState
from workstation.services.keyboard_wedge import KeyboardWedge
from workstation.services.kto_service import KtoService
from workstation.services.privacy import PrivacyService
from workstation.services.queue_follower import Followers
from workstation.services.queue_service import CounterPost, QueueService
from workstation.services.site_health import SiteHealth
from workstation.services.staff_service import StaffService
from workstation.ui.alarm_alert import AlarmSound, QtAlarmSound
from workstation.ui.alarm_desk import AlarmDesk
from workstation.ui.banners import ConnectionBanner
from workstation.ui.counter_view import CounterView
from workstation.ui.desk_lock import ScreenLock
from workstation.ui.desk_panel import DeskPanel, DeskSetup
from workstation.ui.desk_phone import PhoneView
from workstation.ui.header import MunicipalityHeader, TopBand
from workstation.ui.housekeeping import Housekeeping
from workstation.ui.i18n import LanguageSwitcher, error_text
from workstation.ui.intake_view import IntakeView
from workstation.ui.kiosk import KioskGuard, StaffCheck
from workstation.ui.kiosk_pages import KioskPages
from workstation.ui.kto_window import KtoWindow
from workstation.ui.live import DatabaseProbe, LiveQueue, LiveSnapshot, read_snapshot
from workstation.ui.order_panel import OrderPanel
from workstation.ui.product_info import ProductBrowser
from workstation.ui.staff_bar import StaffBar
from workstation.ui.status_bar import WorkstationStatusBar
from workstation.ui.style import Theme, set_role, stylesheet
from workstation.ui.tasks import TaskRunner
from workstation.ui.wedge_input import WedgeInput
from workstation.ui.window_menu import WindowMenu, window_menu
from workstation.ui.workplace import Workplace

log = logging.getLogger("loket.ui")

Role = Literal["reception", "kiosk", "counter", "phone"]
LOCK_KEY = "Ctrl+L"
# Waiting times grow without any change notice; re-read the queue this often.
REFRESH_MS = 20_000


class _DeviceBridge(QObject):
    """Carries device states from device threads to the GUI thread (queued signal)."""

    state = Signal(object)
    code = Signal(str)  # a booking code scanned on the ID reader


class MainWindow(QMainWindow):
    ready = Signal()  # the first live snapshot is on screen
    stopped = Signal(object)  # SchemaMismatch after a reconnect: the window must not go on
    signed_out = Signal()  # "Afmelden": back to the sign-in screen (ui/sign_in_window.py)

    def __init__(self, queue: QueueService, followers: Followers, location: LocationInfo,
                 devices: DeviceBoard, language: LanguageSwitcher, role: Role,
                 post: CounterPost | None = None, check_staff: StaffCheck | None = None,
                 kiosk_idle_seconds: float = 45, *, alarms: AlarmService, health: SiteHealth,
                 alarm_phone: str = "112", alarm_sound: AlarmSound | None = None,
                 demo: bool = False, privacy: PrivacyService | None = None,
                 staff: StaffInfo | None = None, staff_service: StaffService | None = None,
                 desk: DeskSetup | None = None, kto: KtoService | None = None,
                 kto_screen: int | None = None, wedge_timing: BurstTiming | None = None,
                 parent: QWidget | None = None) -> None:
        """``wedge_timing``: how scanners that type are told from people (settings
        ``devices.idreader.wedge_*``)."""
        super().__init__(parent)
        if role == "counter" and post is None:
            raise ValueError("a counter window needs its counter post")
        if role == "kiosk" and check_staff is None:
            raise ValueError("a kiosk window needs a staff check for its exit")
        if role == "phone" and (desk is None or (staff or (post and post.staff)) is None):
            raise ValueError("a phone window needs the desk and a signed-in colleague")
        self.role = role
        self.demo = demo
        self._queue = queue
        self._alarms = alarms
        self._post = post
        self._language = language
        self._devices = devices
        self._shut_down = False
        self.connected: bool | None = None
        self.snapshot: LiveSnapshot | None = None
        self.runner = TaskRunner("queue", self._show_error, self)
        staff = staff or (post.staff if post is not None else None)
        self.workplace = Workplace(queue, location, devices, language, self.runner, staff)
        theme = Theme(primary=location.municipality.primary_colour, touch=role == "kiosk")
        self.setStyleSheet(stylesheet(theme))
        self.header = MunicipalityHeader(location, role == "kiosk", self)
        # Visitors at a kiosk never see staff alarms.
        self.alarm_desk: AlarmDesk | None = None if role == "kiosk" else AlarmDesk(
            self, alarms, location, post, alarm_phone, alarm_sound or QtAlarmSound(self),
            self._show_error)
        self.connection_banner = ConnectionBanner(self)
        self.intake: IntakeView | None = None
        self.counter: CounterView | None = None
        self.phone: PhoneView | None = None
        # The KCC desk: the counter's main tab, the whole of a phone workstation.
        self.desk: DeskPanel | None = None
        if desk is not None and staff is not None and role in ("counter", "phone"):
            kanaal = Kanaal.TELEFOON if role == "phone" else Kanaal.BALIE
            self.desk = DeskPanel(desk, staff, kanaal, self)
        # The visit's order at the counter; the same catalogue, read-only, on the phone.
        self.orders: OrderPanel | None = None
        self.products: ProductBrowser | None = None
        if role == "counter":
            assert post is not None
            if self.desk is not None and desk is not None and desk.orders is not None:
                self.orders = OrderPanel(desk.orders.orders, desk.orders.catalogue, location,
                                         post.counter.number, language, desk.orders.documents,
                                         self)
            self.counter = CounterView(self.workplace, post, self, desk_panel=self.desk,
                                       order_panel=self.orders)
            view: QWidget = self.counter
        elif role == "phone":
            assert self.desk is not None and desk is not None
            view = self.phone = PhoneView(self.desk, self)
            if desk.orders is not None:
                self.products = ProductBrowser(desk.orders.catalogue, location.municipality.code,
                                               self.desk.runner, language, parent=self.desk)
                self.desk.tabs.addTab(self.products, "")
        else:
            self.intake = IntakeView(self.workplace, self, kiosk=role == "kiosk")
            view = self.intake
        # The screen turned towards the visitor asks for a mark when a visit is finished.
        self.kto_window: KtoWindow | None = None
        self._kto_screen = kto_screen
        if self.counter is not None and kto is not None and kto_screen is not None:
            assert post is not None
            self.kto_window = KtoWindow(kto, location, counter_number=post.counter.number)
            self.counter.visit_finished.connect(self._ask_mark)
        self.kiosk_pages: KioskPages | None = None
        if role == "kiosk":
            assert self.intake is not None
            view = self.kiosk_pages = KioskPages(self.intake, devices, self.runner, language,
                                                 self)
        self.language_button: QPushButton | None = None
        if role == "kiosk":
            self.language_button = QPushButton(self.header)
            self.language_button.clicked.connect(self._toggle_language)
            header_layout = self.header.layout()
            assert header_layout is not None
            header_layout.addWidget(self.language_button)
        central = QWidget(self)
        central.setObjectName("page")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        # Visitors do not see staff alarms; the alarm panel and the connection banner share the
        # header's band, so a banner never shifts the buttons under the mouse.
        banners: list[QWidget] = [self.connection_banner]
        if self.alarm_desk is not None:
            banners.insert(0, self.alarm_desk.panel)
        self.top_band = TopBand(self.header, banners, central)
        layout.addWidget(self.top_band)
        self.staff_bar: StaffBar | None = None
        if staff is not None and staff_service is not None and role != "kiosk":
            self.staff_bar = StaffBar(self.workplace, staff_service, staff, post, self)
            self.staff_bar.signed_out.connect(self.signed_out)
            if self.counter is not None:
                self.staff_bar.paused_changed.connect(self.counter.set_paused)
            layout.addWidget(self.staff_bar)
        layout.addWidget(view, 1)
        self.setCentralWidget(central)
        self.lock: ScreenLock | None = None
        if self.desk is not None and staff is not None and staff_service is not None:
            self.lock = ScreenLock(central, staff, staff_service, self.runner)
            self.lock.locked.connect(self.desk.clear)  # nothing personal behind the cover
            if self.counter is not None and self.counter.chip is not None:
                self.lock.locked.connect(self.counter.chip.clear)
            self.lock.locked.connect(lambda: view.setEnabled(False))
            self.lock.unlocked.connect(lambda: view.setEnabled(True))
            lock_key = QShortcut(QKeySequence(LOCK_KEY), self)
            lock_key.activated.connect(self.lock.lock)
        self.status = WorkstationStatusBar(self)
        self.setStatusBar(self.status)
        # Visitors at a kiosk see no device or database details; staff unlock it to check.
        self.status.setVisible(role != "kiosk")
        self.status.show_who(staff.display_name if staff is not None else "",
                             post.counter.number if post is not None else None)
        self.runner.busy_changed.connect(self.status.show_busy)
        self.runner.store_unavailable.connect(self._store_unavailable)
        if self.orders is not None:
            self.orders.runner.store_unavailable.connect(self._store_unavailable)
        if self.alarm_desk is not None:
            self.alarm_desk.runner.store_unavailable.connect(self._store_unavailable)
            self.alarm_desk.notice.connect(lambda text: self.status.showMessage(text, 10_000))
            if self.counter is not None:
                self.alarm_desk.attach_button(self.counter.alarm)
        self.live = LiveQueue(queue, alarms, followers, location.code, lambda: self._post, self)
        self.live.snapshot.connect(self._show_snapshot)
        self.live.connection.connect(self._show_connection)
        self.live.stopped.connect(self.stopped)
        self._refresh = QTimer(self)
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.timeout.connect(self.refresh)
        self.housekeeping = Housekeeping(queue, location.code, post, privacy, self)
        self._probe = DatabaseProbe(queue, alarms, health, location.code, lambda: self._post,
                                    self.runner, self)
        self._probe.back.connect(self._database_back)
        self._device_bridge = _DeviceBridge()
        # Scanners that type (MRZ readers, 2D QR scanners) feed the reader and the desk, not
        # the focused field; a kiosk keeps the scanner typing into its booking-code field.
        self.wedge_input: WedgeInput | None = None
        if role != "kiosk":
            self.wedge_input = WedgeInput(
                self, wedge_timing or BurstTiming(),
                devices if isinstance(devices, KeyboardWedge) else None,
                self.desk.identify_qr if self.desk is not None else None)
        self._device_bridge.state.connect(self._show_device)
        self.kiosk: KioskGuard | None = None
        if role == "kiosk":
            assert check_staff is not None
            self.kiosk = KioskGuard(self, self.runner, check_staff, kiosk_idle_seconds)
            assert self.intake is not None
            self.kiosk.idle.connect(self.intake.reset)
            assert self.kiosk_pages is not None
            self.kiosk.unlocked.connect(self.kiosk_pages.open_staff_screen)
            self.kiosk_pages.relock.connect(self.kiosk.lock)
            self.kiosk_pages.staff_mode.connect(self.status.setVisible)
            self.kiosk_pages.quit.connect(self.close)
        self._menu: WindowMenu | None = None
        if self.kiosk is None:
            self._build_menu()
        language.changed.connect(self._language_changed)
        self.setMinimumSize(1024, 700)
        self._retranslate()

    # -- life cycle ------------------------------------------------------------------------

    def start(self) -> None:
        """Start live updates, read the view's data and listen to the devices."""
        bridge = self._device_bridge
        for state in self._devices.states():
            self.status.show_device(state)
        self._devices.subscribe(bridge.state.emit)
        if self.wedge_input is not None:
            self.wedge_input.start()
        if self.intake is not None or self.desk is not None:
            bridge.code.connect(self._scanned_code)
            self._devices.on_scanned_code(bridge.code.emit)
        self.live.start()
        if self.intake is not None:
            self.intake.load()
        if self.counter is not None:
            self.counter.load()
        if self.orders is not None:
            self.orders.load()
        if self.products is not None:
            self.products.load()
        self._refresh.start()
        self.housekeeping.start()
        if self.kto_window is not None:
            self._show_kto_window(self.kto_window)

    def _show_kto_window(self, window: KtoWindow) -> None:
        """Full screen on the visitor's screen; beside this window when there is none."""
        screens = QApplication.screens()
        index = self._kto_screen or 0
        if 0 < index < len(screens):
            window.setScreen(screens[index])
            window.setGeometry(screens[index].geometry())
            window.showFullScreen()
        else:
            window.show()

    def _ask_mark(self, ticket: Ticket) -> None:
        if self.kto_window is None:
            return
        services = self.snapshot.overview.services if self.snapshot is not None else ()
        letter = next((s.letter for s in services if s.service_id == ticket.service_id), None)
        self.kto_window.ask_after_visit(letter)

    def _scanned_code(self, code: str) -> None:
        """A code the ID reader (or a serial 2D scanner) read: a BSN QR code identifies at
        the desk, a booking code checks an appointment in."""
        if self.desk is not None and is_bsn_qr(code):
            self.desk.identify_qr(code)
        elif self.intake is not None:
            self.intake.scanned_code(code)

    def refresh(self) -> None:
        queue, alarms = self._queue, self._alarms
        code, post = self.workplace.location.code, self._post
        self.runner.run(lambda: read_snapshot(queue, alarms, code, post), self._show_snapshot,
                        lambda _error: None)

    def shutdown(self) -> None:
        """Stop timers, the change feed and the worker; idempotent."""
        if self._shut_down:
            return
        self._shut_down = True
        self._refresh.stop()
        self.housekeeping.stop()
        self._probe.stop()
        if self.wedge_input is not None:
            self.wedge_input.stop()
        if self.kiosk_pages is not None:
            self.kiosk_pages.stop()
        if self.alarm_desk is not None:
            self.alarm_desk.close()
        if self.kiosk is not None:
            self.kiosk.stop()
        if self.desk is not None:
            self.desk.shutdown()
        if self.kto_window is not None:
            self.kto_window.close()
            self.kto_window.shutdown()
        if self.orders is not None:
            self.orders.shutdown()
        self.live.stop()
        self.runner.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.kiosk is not None and self.kiosk.locked:
            event.ignore()
            self.kiosk.ask_staff_code()
            return
        self.shutdown()
        super().closeEvent(event)

    # -- live state ------------------------------------------------------------------------

    def _show_snapshot(self, snapshot: LiveSnapshot) -> None:
        first = self.snapshot is None
        self.snapshot = snapshot
        if self.alarm_desk is not None:
            self.alarm_desk.show_alarms(snapshot.alarms)
        if self.counter is not None:
            self.counter.show_overview(snapshot.overview)
            self.counter.show_current(snapshot.current, snapshot.current_read_at)
        if self.intake is not None:
            self.intake.show_overview(snapshot.overview)
        if self.connected is None:
            self._show_connection(True)
        if first:
            self.ready.emit()

    def _show_connection(self, connected: bool) -> None:
        if connected == self.connected:
            return
        self.connected = connected
        if not connected:
            log.warning("queue connection lost; actions disabled until it is back")
        elif self.connection_banner.isVisible():
            log.info("queue connection back")
        self.connection_banner.setVisible(not connected)
        self.status.show_connection(connected)
        if connected:
            self._probe.stop()
            self.connection_banner.show_problem("")
        else:
            self._probe.start()
        if self.kiosk_pages is not None:
            self.kiosk_pages.show_connection(connected)
        if self.counter is not None:
            self.counter.set_actions_enabled(connected)
        if self.intake is not None:
            self.intake.set_actions_enabled(connected)

    def _show_device(self, state: DeviceState) -> None:
        self.status.show_device(state)

    def _store_unavailable(self, error: StoreUnavailable) -> None:
        """Any action that found the site database failing: the disconnected state, with
        the reason on the banner, until the health probe finds it usable again."""
        self.connection_banner.show_problem(error_text(error))
        self._show_connection(False)

    def _database_back(self, snapshot: LiveSnapshot) -> None:
        self._show_snapshot(snapshot)
        self._show_connection(True)

    def restart_after_crash(self) -> None:
        """The crash handler's way out for a kiosk: error page now, a fresh view soon."""
        if self.kiosk_pages is not None and not self._shut_down:
            self.kiosk_pages.restart_after_crash()

    def _show_error(self, error: UserFacingError) -> None:
        if self.phone is not None:
            self.phone.desk.identify.show_message(error_text(error), "message-error")
        elif self.counter is not None:
            self.counter.show_message(error_text(error))
        elif self.intake is not None:
            self.intake.start.show_error(error_text(error))

    # -- language --------------------------------------------------------------------------

    def _build_menu(self) -> None:
        menu = window_menu(self, self._language)
        self.file_menu, self.quit_action = menu.file_menu, menu.quit_action
        self.language_menu, self.language_actions = menu.language_menu, menu.language_actions
        self._menu = menu

    def _toggle_language(self) -> None:
        self._language.set_language("en" if self._language.language == "nl" else "nl")

    def _language_changed(self, language: str) -> None:
        if self.counter is not None:
            self.counter.set_language(language)
        if self._menu is not None:
            self._menu.show_language(language)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        location = self.workplace.location
        titles = {
            "reception": self.tr("Ontvangst"),
            "kiosk": self.tr("Aanmelden"),
            "counter": self.tr("Balie"),
            "phone": self.tr("Telefoon"),
        }
        demo = " — DEMO" if self.demo else ""
        self.setWindowTitle(f"Loket — {titles[self.role]} — {location.name}{demo}")
        if self.language_button is not None:
            other = "English" if self._language.language == "nl" else "Nederlands"
            self.language_button.setText(other)
            set_role(self.language_button, "on-banner")
        if self.kiosk is None:
            self.file_menu.setTitle(self.tr("&Bestand"))
            self.quit_action.setText(self.tr("&Afsluiten"))
            self.language_menu.setTitle(self.tr("&Taal"))
        if self.products is not None and self.desk is not None:
            self.desk.tabs.setTabText(self.desk.tabs.indexOf(self.products),
                                      self.tr("Producten"))

